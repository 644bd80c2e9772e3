// What the commands that read articles share: the extension list, the input plan (stdin when nothing is named and
// it is not a terminal), warnings on stderr, and counting the articles for the progress bar.
import { DEFAULT_EXTENSIONS, planInputs, UsageError, type InputPlan, type Shard } from '../read/inputs.js';
import type { Progress } from './progress.js';

export function extensions(list: string | undefined): string[] {
  if (!list) return DEFAULT_EXTENSIONS;
  return list.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
}

export function warn(message: string): void {
  process.stderr.write(`vnreport: ${message}\n`);
}

export function planOf(args: string[], ext: string | undefined, shard?: Shard, onWarning: (m: string) => void = warn, followLinks = false): InputPlan {
  if (!args.length) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files, folders or glob patterns, or - to read standard input');
    args = ['-'];
  }
  return planInputs(args, { extensions: extensions(ext), shard, onWarning, followLinks });
}

/** Counts the articles for the progress bar while the run goes on, without holding up the event loop. */
export async function countInto(plan: InputPlan, progress: Progress): Promise<void> {
  let n = 0;
  for (const _ of plan.sources({ quiet: true })) {
    if (++n % 2000 === 0) await new Promise<void>((r) => setImmediate(r));
  }
  progress.setTotal(n);
}
