// The streaming runner: articles in, results out as each one finishes, with bounded memory.
//
// - Inputs are pulled lazily from an iterator (folders are walked as the run goes), never listed up front.
// - Small runs go in-process: when the inputs turn out to be fewer than IN_PROCESS_BELOW files, or --jobs is 1,
//   the articles are processed on the main thread. Starting the worker threads costs 0.3–0.4 s before the first
//   record (each thread loads the pipeline and the gazetteer), and on 2 cores the pool only pulls ahead of a
//   single thread somewhere around 100 articles (measured: 48 articles 0.67 s in-process against 0.73 s with two
//   workers, 96 about even, 192 articles 1.47 s against 1.37 s).
// - Otherwise a piscina pool of `jobs` worker threads processes them, in batches of BATCH articles per task. At
//   most `window` articles are in flight (read but not yet written), so memory does not grow with the corpus;
//   with `ordered` a finished article waits in that window until the ones before it are written.
// - An article that takes longer than `timeoutMs` in a worker is abandoned (the worker is replaced) and gets a
//   failed record; so does one that makes a worker run out of memory. (A batch that times out or kills its worker
//   is run again one article at a time, so only the guilty article fails.) In-process runs have no timeout.
import { fileURLToPath } from 'node:url';
import type { InputFormat } from '../clean/index.js';
import { readStdin, type InputSource } from '../read/inputs.js';
import { tooLarge } from '../read/file.js';
import { failedResult, type TaskResult } from './result.js';
import type { Task } from './task.js';

/** Fewer files than this run in-process (see above). */
export const IN_PROCESS_BELOW = 64;

/**
 * Young-generation size of each worker, in MB. V8's default lets each thread's young generation grow to tens of
 * MB; articles make short-lived garbage only, so a small one keeps the resident memory of N threads low at little
 * cost in speed (measured with bench/bench.mjs).
 */
export const WORKER_YOUNG_MB = 3;

/** Articles sent to a worker thread at a time (see withWorkers). */
export const BATCH = 8;

export interface RunOptions {
  sources: Iterable<InputSource>;
  format: InputFormat;
  maxBytes: number;
  jobs: number;
  ordered: boolean;
  /** Workers return JSON lines instead of record objects (for --format jsonl). */
  serialize: boolean;
  /** Records keep only these fields (--fields). */
  fields?: readonly string[];
  /** Results carry the cleaned text as well (for the HTML report). */
  keepText?: boolean;
  timeoutMs: number;
  /** Called once per article, in input order when `ordered`; the run waits for a returned promise. */
  emit: (result: TaskResult) => void | Promise<void>;
  inProcessBelow?: number;
  /** Heap limits of each worker thread, in MB (old and young generation). */
  workerHeapMb?: number;
  workerYoungMb?: number;
  /** Articles per task sent to a worker (default BATCH). */
  batch?: number;
  /** The worker module (default: dist/cli/worker.js); one that exports the same function, e.g. to test timeouts. */
  workerFile?: string;
}

export interface RunSummary {
  total: number;
  failed: number;
  mode: 'in-process' | 'workers';
}

async function taskOf(src: InputSource, opts: RunOptions): Promise<Task | TaskResult> {
  const task: Task = { file: src.file, format: opts.format, maxBytes: opts.maxBytes, serialize: opts.serialize, fields: opts.fields, ...(opts.keepText ? { keepText: true } : {}) };
  if (!src.stdin) return task;
  try {
    return { ...task, bytes: await readStdin(opts.maxBytes) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { size?: number };
    return failedResult('-', err.code === 'ETOOBIG' ? tooLarge(err.size ?? 0, opts.maxBytes) : `cannot read standard input: ${err.message}`, opts);
  }
}

function isTask(t: Task | TaskResult): t is Task {
  return 'format' in t;
}

function workerFile(): string {
  // from dist/cli/run.js the worker sits beside it; from the TypeScript sources (tests) use the built one
  const here = import.meta.url;
  return fileURLToPath(here.endsWith('.ts') ? new URL('../../dist/cli/worker.js', here) : new URL('./worker.js', here));
}

export async function runArticles(opts: RunOptions): Promise<RunSummary> {
  const it = opts.sources[Symbol.iterator]();
  const head: InputSource[] = [];
  const threshold = opts.inProcessBelow ?? IN_PROCESS_BELOW;
  let exhausted = false;
  while (head.length < threshold) {
    const n = it.next();
    if (n.done) {
      exhausted = true;
      break;
    }
    head.push(n.value);
  }
  const all: Iterable<InputSource> = {
    *[Symbol.iterator]() {
      yield* head;
      head.length = 0;
      for (let n = it.next(); !n.done; n = it.next()) yield n.value;
    },
  };
  return opts.jobs <= 1 || exhausted ? inProcess(all, opts) : withWorkers(all, opts);
}

async function inProcess(sources: Iterable<InputSource>, opts: RunOptions): Promise<RunSummary> {
  const { runTask } = await import('./task.js');
  let total = 0;
  let failed = 0;
  for (const src of sources) {
    const t = await taskOf(src, opts);
    const result = isTask(t) ? runTask(t) : t;
    total++;
    if (!result.ok) failed++;
    await opts.emit(result);
    // let the event loop breathe: a closed pipe, a redraw of the progress bar
    await new Promise<void>((r) => setImmediate(r));
  }
  return { total, failed, mode: 'in-process' };
}

async function withWorkers(sources: Iterable<InputSource>, opts: RunOptions): Promise<RunSummary> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina<Task | Task[], TaskResult | TaskResult[]>({
    filename: opts.workerFile ?? workerFile(),
    minThreads: opts.jobs,
    maxThreads: opts.jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 5000,
    resourceLimits: { maxOldGenerationSizeMb: opts.workerHeapMb ?? 1024, maxYoungGenerationSizeMb: opts.workerYoungMb ?? WORKER_YOUNG_MB },
  });
  const window = Math.max(32, opts.jobs * 16);
  const batchSize = opts.batch ?? BATCH;
  let inflight = 0;
  let total = 0;
  let failed = 0;
  let nextIndex = 0;
  let nextEmit = 0;
  const finished = new Map<number, TaskResult>();
  let emitting: Promise<void> = Promise.resolve();
  let emitError: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const waitForSlot = () => new Promise<void>((r) => (wake = r));

  const emitOne = (result: TaskResult) => {
    emitting = emitting
      .then(() => (emitError ? undefined : opts.emit(result)))
      .catch((e) => {
        emitError ??= e;
      })
      .finally(() => {
        inflight--;
        notify();
      });
  };

  const settle = (index: number, result: TaskResult) => {
    total++;
    if (!result.ok) failed++;
    if (!opts.ordered) return emitOne(result);
    finished.set(index, result);
    while (finished.has(nextEmit)) {
      const r = finished.get(nextEmit)!;
      finished.delete(nextEmit);
      nextEmit++;
      emitOne(r);
    }
  };

  // work goes to the pool only as threads are free, so that a timeout counts its own run, not the queue
  let running = 0;
  const queue: (() => void)[] = [];
  const acquire = () => (running < opts.jobs ? (running++, Promise.resolve()) : new Promise<void>((r) => queue.push(r)));
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  /** Runs one task or a batch on a free thread; rejects with a reason when it timed out or the worker died. */
  const onThread = async <T extends Task | Task[]>(work: T): Promise<T extends Task[] ? TaskResult[] : TaskResult> => {
    await acquire();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), opts.timeoutMs);
    try {
      return (await pool.run(work, { signal: abort.signal })) as T extends Task[] ? TaskResult[] : TaskResult;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new Error(
        abort.signal.aborted
          ? `timed out after ${opts.timeoutMs / 1000} s (--timeout); the article was abandoned`
          : err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'internal error: the article made a worker run out of memory'
            : `internal error: ${err.message}`,
      );
    } finally {
      clearTimeout(timer);
      release();
    }
  };

  /**
   * A batch of articles goes to one thread as one task (far less overhead per article on the main thread). If the
   * batch times out or kills its worker, its articles are run again one by one, so that only the guilty one fails.
   */
  const dispatch = async (batch: { task: Task; index: number }[]) => {
    try {
      const results = await onThread(batch.map((b) => b.task));
      batch.forEach((b, i) => settle(b.index, results[i]));
    } catch {
      await Promise.all(
        batch.map(async (b) => {
          let result: TaskResult;
          try {
            result = await onThread(b.task);
          } catch (e) {
            result = failedResult(b.task.file, (e as Error).message, opts);
          }
          settle(b.index, result);
        }),
      );
    }
  };

  let batch: { task: Task; index: number }[] = [];
  const flush = () => {
    if (!batch.length) return;
    void dispatch(batch);
    batch = [];
  };

  try {
    for (const src of sources) {
      if (inflight >= window) flush();
      while (inflight >= window && !emitError) await waitForSlot();
      if (emitError) break;
      inflight++;
      const index = nextIndex++;
      const t = await taskOf(src, opts);
      if (!isTask(t)) {
        settle(index, t);
        continue;
      }
      batch.push({ task: t, index });
      if (batch.length >= batchSize) flush();
    }
    flush();
    while (inflight > 0) await waitForSlot();
    await emitting;
  } finally {
    await pool.destroy();
  }
  if (emitError) throw emitError;
  return { total, failed, mode: 'workers' };
}
