// What the main thread and the worker threads share about a batch of articles, kept apart from worker.ts so
// that the main thread does not load the pipeline.
import type { Task } from './task.js';

export interface Batch {
  tasks: Task[];
  /**
   * Shared with the main thread, which times each article from its own start (see run.ts): slot 0 holds 1 + the
   * index of the article being worked on, set as each one starts, and -1 once the main thread is done waiting.
   */
  started: Int32Array;
}

/** The message a worker thread posts once it has loaded: until then, stopping it can abort the process. */
export const LOADED = 'vnreport-worker-loaded';

export function markStarted(started: Int32Array, value: number): void {
  Atomics.store(started, 0, value);
  Atomics.notify(started, 0);
}
