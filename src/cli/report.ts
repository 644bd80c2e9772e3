// `vnreport report`: the HTML review report. Articles are run as `extract` runs them (worker pool, in input order),
// keeping each one's cleaned text; with --from, the records come from an earlier extract's output instead and the
// run only supplies the texts their spans point into.
import fs from 'node:fs';
import path from 'node:path';
import type { InputFormat } from '../clean/index.js';
import { UsageError } from '../read/inputs.js';
import { failedRecord } from '../extract/contracts.js';
import type { ArticleRecord } from '../record.js';
import { ReportWriter, type Written } from '../report/html.js';
import { countInto, planOf, warn } from './plan.js';
import { Progress } from './progress.js';
import { runArticles } from './run.js';
import { EXIT_OUTPUT, outputFailure, standardOutput } from './stdout.js';

export interface ReportOptions {
  output?: string;
  from?: string;
  title?: string;
  input: InputFormat;
  ext?: string;
  jobs: number;
  maxBytes: number;
  timeout: number;
  /** --timeout was given: even a small run uses a worker thread, where the timeout applies. */
  timeoutGiven?: boolean;
  followLinks?: boolean;
  progress: boolean;
}

function isRecord(x: unknown): x is ArticleRecord {
  return typeof x === 'object' && x !== null && typeof (x as ArticleRecord).file === 'string' && typeof (x as ArticleRecord).ok === 'boolean';
}

/** Records from `extract`'s output: JSON Lines, a JSON array, or one (indented) record. */
export function readRecords(file: string): ArticleRecord[] {
  let text: string;
  try {
    text = file === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read --from ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const trimmed = text.trim();
  let items: unknown[];
  try {
    items = trimmed.startsWith('[') ? (JSON.parse(trimmed) as unknown[]) : [JSON.parse(trimmed)];
  } catch {
    items = [];
    trimmed.split('\n').forEach((line, n) => {
      if (!line.trim()) return;
      try {
        items.push(JSON.parse(line));
      } catch {
        throw new UsageError(`--from ${file}: line ${n + 1} is not JSON (give vnreport extract's JSON Lines or JSON output)`);
      }
    });
  }
  const bad = items.findIndex((x) => !isRecord(x));
  if (bad >= 0) throw new UsageError(`--from ${file}: item ${bad + 1} is not a vnreport record (it needs "file" and "ok")`);
  if (!items.length) throw new UsageError(`--from ${file} holds no records`);
  return items as ArticleRecord[];
}

function checkOutput(output: string | undefined): string {
  if (!output) throw new UsageError('report needs -o FILE for the HTML file (or -o - for standard output)');
  if (output === '-') return output;
  const dir = path.dirname(path.resolve(output));
  if (!fs.existsSync(dir)) throw new UsageError(`cannot write ${output}: the folder ${dir} does not exist`);
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) throw new UsageError(`cannot write ${output}: it is a folder; name the HTML file`);
  return output;
}

const keyOf = (file: string) => (file === '-' ? '-' : path.resolve(file));

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The page on standard output; a failed write is one line on stderr and EXIT_OUTPUT (a closed pipe: quietly). */
async function toStandardOutput(writer: ReportWriter, failed: number): Promise<number> {
  const out = standardOutput();
  // the run goes on to its end, so that the scratch file is removed
  out.onFailure(() => {});
  await writer.writeTo(out);
  await out.flush();
  const failure = out.failed;
  if (!failure || failure.code === 'EPIPE') return failed ? 1 : 0;
  warn(`cannot write output: ${outputFailure(failure)}`);
  return EXIT_OUTPUT;
}

export async function reportCommand(args: string[], opts: ReportOptions, version: string): Promise<number> {
  const output = checkOutput(opts.output);
  if (opts.from === '-' && args.includes('-')) throw new UsageError('standard input can give the records (--from -) or an article (-), not both');
  const given = opts.from ? readRecords(opts.from) : null;
  const byFile = new Map(given?.map((r) => [keyOf(r.file), r]));
  // with --from and no inputs, the inputs are the records' own files, those that are still there
  const inputsFromRecords = !!given && !args.length;
  if (inputsFromRecords) args = [...new Set(given.map((r) => r.file))].filter((f) => f !== '-' && fs.existsSync(f));

  let progress: Progress | null = null;
  const say = (line: string) => (progress ? progress.around(() => warn(line)) : warn(line));
  const writer = new ReportWriter({ title: opts.title ?? `vnreport: ${(opts.from ? [opts.from] : args.length ? args : ['-']).join(' ')}`.slice(0, 200), version });
  const used = new Set<string>();
  let failed = 0;
  const add = (record: ArticleRecord, cleaned: string | null) => {
    if (!record.ok) {
      failed++;
      say(`${record.file}: ${record.error}`);
    }
    writer.add(record, cleaned);
    progress?.tick(record.ok);
  };
  try {
    if (args.length || !inputsFromRecords) {
      const plan = planOf(args, opts.ext, undefined, say, opts.followLinks);
      progress = Progress.for(process.stderr, opts.progress);
      if (progress && !plan.stdin) void countInto(plan, progress);
      await runArticles({
        sources: plan.sources(),
        format: opts.input,
        maxBytes: opts.maxBytes,
        jobs: opts.jobs,
        ordered: true,
        serialize: false,
        keepText: true,
        timeoutMs: opts.timeout * 1000,
        workers: opts.timeoutGiven,
        emit: (r) => {
          // records come back as objects (serialize: false)
          // without --fields, the whole record
          if (!given) return add(r.record as ArticleRecord, r.cleaned ?? null);
          const key = keyOf(r.file);
          const record = byFile.get(key);
          if (record) used.add(key);
          add(record ?? failedRecord(r.file, `no record for this file in ${opts.from}`), r.cleaned ?? null);
        },
      });
    }
    progress?.stop();
    progress = null;
    if (given) {
      const unused = given.filter((r) => !used.has(keyOf(r.file)));
      if (unused.length && inputsFromRecords) {
        // their files are gone: the records still go in, without text
        for (const r of unused) add(r, null);
        warn(`${unused.length} record${unused.length === 1 ? '' : 's'} in ${opts.from} name files that are not there; ${unused.length === 1 ? 'it is' : 'they are'} in the report without text`);
      } else if (unused.length) {
        warn(`${unused.length} record${unused.length === 1 ? '' : 's'} in ${opts.from} name files outside the inputs; left out of the report`);
      }
    }
    if (!writer.size) throw new UsageError(`no articles found in ${args.join(', ')}`);
    if (output === '-') return await toStandardOutput(writer, failed);
    const written: Written = await writer.writeFile(output);
    if (output !== '-') warn(`wrote ${output}: ${written.articles} article${written.articles === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''} (${kb(written.bytes)})`);
    return failed ? 1 : 0;
  } finally {
    progress?.stop();
    writer.dispose();
  }
}
