// V8 flags that keep a run's resident memory low (README, "Benchmark"), set with v8.setFlagsFromString.
//
// Two things about when they are set. Node puts V8's flags back as they were at start-up whenever a worker thread
// starts (node 20: `--semi-space-growth-factor=1` set before `new Worker()` no longer holds once the worker runs),
// so the pool sets its flags again each time one of its threads has loaded. And a young generation that has grown
// does not shrink back, so the launcher sets the flags for a main thread that only dispatches before it loads the
// program; a run that extracts on the main thread switches to EXTRACTING when it starts to.
import v8 from 'node:v8';

/**
 * The main thread only reads arguments, hands out files and writes records. Much of an article's garbage dies in
 * the old generation, which V8 otherwise lets grow to about twice what survived its last full collection before it
 * collects again; and V8 grows the young generation of a main thread that only dispatches to 32 MB (twice that with
 * the space it copies into): kept at its first size, it costs a few more collections of little. The workers' young
 * generations are at their own limit anyway (WORKER_YOUNG_MB in run.ts).
 */
export const DISPATCHING = ['--heap-growing-percent=20', '--semi-space-growth-factor=1'];

/** The main thread extracts (in-process runs, check, clean): a young generation kept small costs 10-15 % more CPU. */
export const EXTRACTING = ['--heap-growing-percent=20', '--semi-space-growth-factor=2'];

export function setFlags(flags: readonly string[]): void {
  for (const flag of flags) v8.setFlagsFromString(flag);
}
