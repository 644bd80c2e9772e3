// The streaming runner: articles in, results out as each one finishes, with bounded memory.
//
// - Inputs are pulled lazily from an iterator (folders are walked as the run goes), never listed up front.
// - Small runs go in-process: when the inputs turn out to be fewer than IN_PROCESS_BELOW files, or --jobs is 1,
//   the articles are processed on the main thread. Starting the worker threads costs 0.3–0.4 s before the first
//   record (each thread loads the pipeline and the gazetteer), and on 2 cores the pool only pulls ahead of a
//   single thread somewhere around 100 articles (measured: 48 articles 0.67 s in-process against 0.73 s with two
//   workers, 96 about even, 192 articles 1.47 s against 1.37 s). In-process runs have no timeout, so a run that
//   asks for one (`workers`) always uses worker threads, one at least.
// - Otherwise a piscina pool of `jobs` worker threads processes them, in batches of BATCH articles per task. At
//   most `window` articles are in flight (read but not yet written), so memory does not grow with the corpus;
//   with `ordered` a finished article waits in that window until the ones before it are written.
// - Each article in a worker is timed from its own start, which the worker signals through shared memory (so a
//   thread's start-up, 0.3–0.4 s or far more on a loaded machine, never counts against an article). One that
//   takes longer than `timeoutMs` is abandoned (its thread is stopped and replaced) and gets a failed record; so
//   does one that makes a worker run out of memory. The articles of its batch are run again one at a time.
// - A thread is never stopped while it is still loading: Node aborts the whole process when a worker is
//   terminated inside its module instantiation ("Assertion failed: facade->InstantiateModule"). Timeouts only
//   start once a thread works on an article, and the pool is destroyed only when every thread has said it loaded.
// - `signal` stops a run early (an interrupt, an output that failed): no more inputs are read, nothing more is
//   emitted, the records in flight are dropped.
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import type { InputFormat } from '../clean/index.js';
import { readStdin, type InputSource } from '../read/inputs.js';
import { tooLarge } from '../read/file.js';
import { LOADED, markStarted, type Batch } from './batch.js';
import { DISPATCHING, EXTRACTING, setFlags } from './heap-flags.js';
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
  /** Stops the run early: no more inputs are read and nothing more is emitted. */
  signal?: AbortSignal;
  /** Use worker threads (at least one) whatever the number of articles: the timeout applies only there. */
  workers?: boolean;
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
  if (src.error !== undefined) return failedResult(src.file, src.error, opts);
  const task: Task = { file: src.file, format: opts.format, maxBytes: opts.maxBytes, serialize: opts.serialize, fields: opts.fields, ...(opts.keepText ? { keepText: true } : {}) };
  if (!src.stdin) return task;
  try {
    // standard input may never end: a stop must not wait for it
    const bytes = await Promise.race([readStdin(opts.maxBytes), whenAborted(opts.signal)]);
    return bytes ? { ...task, bytes } : failedResult('-', 'interrupted while reading standard input', opts);
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { size?: number };
    return failedResult('-', err.code === 'ETOOBIG' ? tooLarge(err.size ?? 0, opts.maxBytes) : `cannot read standard input: ${err.message}`, opts);
  }
}

/** Resolves (to null) when the signal is aborted; never without one. */
function whenAborted(signal: AbortSignal | undefined): Promise<null> {
  return new Promise((resolve) => {
    if (signal?.aborted) resolve(null);
    else signal?.addEventListener('abort', () => resolve(null), { once: true });
  });
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
  const threshold = opts.workers ? 0 : (opts.inProcessBelow ?? IN_PROCESS_BELOW);
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
  if (opts.workers) return withWorkers(all, { ...opts, jobs: Math.max(1, opts.jobs) });
  return opts.jobs <= 1 || exhausted ? inProcess(all, opts) : withWorkers(all, opts);
}

async function inProcess(sources: Iterable<InputSource>, opts: RunOptions): Promise<RunSummary> {
  setFlags(EXTRACTING);
  const { runTask } = await import('./task.js');
  let total = 0;
  let failed = 0;
  for (const src of sources) {
    if (opts.signal?.aborted) break;
    const t = await taskOf(src, opts);
    const result = isTask(t) ? runTask(t) : t;
    if (opts.signal?.aborted) break;
    total++;
    if (!result.ok) failed++;
    await opts.emit(result);
    // let the event loop breathe: a closed pipe, a signal, a redraw of the progress bar
    await new Promise<void>((r) => setImmediate(r));
  }
  return { total, failed, mode: 'in-process' };
}

/**
 * Aborts the batch when one of its articles runs longer than `timeoutMs`, timing each from the moment the worker
 * says it started it (slot 0 of `started` changes); before the first, the thread may still be loading. Ends when
 * the main thread sets the slot to -1.
 */
async function watchArticles(started: Int32Array, timeoutMs: number, abort: AbortController): Promise<void> {
  let seen = 0;
  for (;;) {
    const before = seen;
    const wait = Atomics.waitAsync(started, 0, before, before === 0 ? Infinity : timeoutMs);
    const outcome = wait.async ? await wait.value : wait.value;
    seen = Atomics.load(started, 0);
    if (seen < 0) return;
    if (outcome === 'timed-out' && seen === before) {
      abort.abort();
      return;
    }
  }
}

/** The pool's threads that have said they loaded (see worker.ts). */
function trackLoading(pool: Piscina): () => Promise<void> {
  const loaded = new Set<number>();
  pool.on('message', (m: unknown) => {
    const id = (m as Record<string, unknown> | null)?.[LOADED];
    if (typeof id !== 'number') return;
    loaded.add(id);
    setFlags(DISPATCHING);
  });
  /** Resolves once no thread of the pool is still loading (or after 30 s, whatever they do). */
  return async () => {
    for (let waited = 0; waited < 30_000 && !pool.threads.every((w) => loaded.has(w.threadId)); waited += 10) {
      await new Promise((r) => setTimeout(r, 10));
    }
  };
}

type Outcome = { results: TaskResult[] } | { failedAt: number; why: string };

async function withWorkers(sources: Iterable<InputSource>, opts: RunOptions): Promise<RunSummary> {
  const { Piscina } = await import('piscina');
  setFlags(DISPATCHING);
  const pool = new Piscina<Batch, TaskResult[]>({
    filename: opts.workerFile ?? workerFile(),
    minThreads: opts.jobs,
    maxThreads: opts.jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 5000,
    resourceLimits: { maxOldGenerationSizeMb: opts.workerHeapMb ?? 1024, maxYoungGenerationSizeMb: opts.workerYoungMb ?? WORKER_YOUNG_MB },
  });
  const allLoaded = trackLoading(pool);
  const stopped = () => opts.signal?.aborted === true;
  const batchSize = opts.batch ?? BATCH;
  const window = Math.max(32, opts.jobs * 2 * batchSize);
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
  opts.signal?.addEventListener('abort', notify);
  const waitForSlot = () => new Promise<void>((r) => (wake = r));

  const emitOne = (result: TaskResult) => {
    emitting = emitting
      .then(() => (emitError || stopped() ? undefined : opts.emit(result)))
      .catch((e) => {
        emitError ??= e;
      })
      .finally(() => {
        inflight--;
        notify();
      });
  };

  const settle = (index: number, result: TaskResult) => {
    if (stopped()) return;
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

  // work goes to the pool only as threads are free, so that a batch waits in this queue, not in piscina's
  let running = 0;
  const queue: (() => void)[] = [];
  const acquire = () => (running < opts.jobs ? (running++, Promise.resolve()) : new Promise<void>((r) => queue.push(r)));
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  /** Runs tasks on a free thread; when one times out or kills its thread, says which one and why. */
  const onThread = async (tasks: Task[]): Promise<Outcome> => {
    await acquire();
    const started = new Int32Array(new SharedArrayBuffer(4));
    const abort = new AbortController();
    const watching = watchArticles(started, opts.timeoutMs, abort);
    try {
      return { results: await pool.run({ tasks, started }, { signal: abort.signal }) };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      return {
        failedAt: Atomics.load(started, 0) - 1,
        why: abort.signal.aborted
          ? `timed out after ${opts.timeoutMs / 1000} s (--timeout); the article was abandoned`
          : err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'internal error: the article made a worker run out of memory'
            : `internal error: ${err.message}`,
      };
    } finally {
      markStarted(started, -1);
      await watching;
      release();
    }
  };

  /**
   * A batch of articles goes to one thread as one task (far less overhead per article on the main thread). If
   * an article of it times out or kills its worker, it gets a failed record and the others are run again one by
   * one (their results went with the thread).
   */
  const dispatch = async (batch: { task: Task; index: number }[]) => {
    const outcome = await onThread(batch.map((b) => b.task));
    if ('results' in outcome) return batch.forEach((b, i) => settle(b.index, outcome.results[i]));
    // the article being worked on when the thread was stopped (none when it died before the first)
    const guilty = batch.length === 1 ? batch[0] : batch[outcome.failedAt];
    if (guilty) settle(guilty.index, failedResult(guilty.task.file, outcome.why, opts));
    await Promise.all(
      batch
        .filter((b) => b !== guilty)
        .map(async (b) => {
          const again = await onThread([b.task]);
          settle(b.index, 'results' in again ? again.results[0] : failedResult(b.task.file, again.why, opts));
        }),
    );
  };

  let batch: { task: Task; index: number }[] = [];
  const flush = () => {
    if (!batch.length) return;
    void dispatch(batch);
    batch = [];
  };

  try {
    for (const src of sources) {
      if (inflight >= window) {
        flush();
        // room for a whole batch again, or every batch after the first would go out with a single article
        while (inflight > window - batchSize && !emitError && !stopped()) await waitForSlot();
      }
      if (emitError || stopped()) break;
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
    if (!stopped()) flush();
    while (inflight > 0 && !stopped()) await waitForSlot();
    if (!stopped()) await emitting;
  } finally {
    opts.signal?.removeEventListener('abort', notify);
    // stopping a thread that is still loading would abort the process (see above)
    await allLoaded();
    await pool.destroy();
  }
  if (emitError) throw emitError;
  return { total, failed, mode: 'workers' };
}
