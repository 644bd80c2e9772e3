// --out-dir: one file per article, mirroring the input tree below the argument each came from
// (in/a/b.html → DIR/a/b.json). Every target is worked out before anything is written, so that a clash (a file
// already there without --force, or two articles that would share a name) stops the run with nothing written.
import fs from 'node:fs';
import path from 'node:path';
import { stemBelowArgument, UsageError, type InputPlan, type InputSource } from '../read/inputs.js';
import { documentOf, type OutputFormat, type WriterOptions } from './output.js';
import type { TaskResult } from './result.js';

export function extensionFor(format: OutputFormat): string {
  return format === 'csv' || format === 'tsv' ? `.${format}` : '.json';
}

/** The target of one article: its path below its argument, with the article's extension (and .gz) replaced. */
export function targetOf(dir: string, src: InputSource, ext: string): string {
  const stem = stemBelowArgument(src);
  const target = path.join(dir, stem.dir, `${stem.name}${ext}`);
  if (path.relative(dir, target).startsWith('..')) throw new UsageError(`${src.file} would be written outside ${dir}`);
  return target;
}

/** Every article's target, checked for clashes; throws a usage error naming the first. */
export function planTargets(plan: InputPlan, dir: string, ext: string, force: boolean): Map<string, string> {
  if (plan.stdin) throw new UsageError('standard input cannot go to --out-dir: name files or folders, or write to stdout');
  const targets = new Map<string, string>();
  const from = new Map<string, string>();
  for (const src of plan.sources({ quiet: true })) {
    const target = targetOf(dir, src, ext);
    const earlier = from.get(target);
    if (earlier !== undefined) throw new UsageError(`${earlier} and ${src.file} would both be written to ${target}`);
    if (!force && fs.existsSync(target)) throw new UsageError(`${target} already exists (from ${src.file}); --force replaces existing files`);
    from.set(target, src.file);
    targets.set(src.file, target);
  }
  return targets;
}

/** Writes each result to its own file; a file that cannot be written is reported (onError) and the run goes on. */
export class DirWriter {
  constructor(
    private readonly format: OutputFormat,
    private readonly targets: ReadonlyMap<string, string>,
    private readonly onError: (message: string) => void,
    private readonly opts: WriterOptions = {},
  ) {}

  write(r: TaskResult): void {
    const target = this.targets.get(r.file);
    if (!target) throw new Error(`no target planned for ${r.file}`);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, documentOf(this.format, r, this.opts));
    } catch (e) {
      this.onError(`cannot write ${target}: ${(e as Error).message}`);
    }
  }
}
