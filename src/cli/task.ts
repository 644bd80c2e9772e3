// One article as a unit of work: read (with the size limit), decode, clean, extract. The same function runs in
// the worker threads (src/cli/worker.ts) and in-process for small runs, so both give identical records.
import type { InputFormat } from '../clean/index.js';
import { processArticle } from '../pipeline.js';
import { readArticleBytes, ReadError, tooLarge, unpack } from '../read/file.js';
import { failedResult, resultOf, type ResultShape, type TaskResult } from './result.js';

export type { TaskResult } from './result.js';

export interface Task extends ResultShape {
  /** The path as given, or "-". */
  file: string;
  /** Bytes already read (standard input); otherwise the task reads `file` itself. */
  bytes?: Uint8Array;
  format: InputFormat;
  maxBytes: number;
  /** Also hand back the cleaned text the record's spans point into (for the HTML report). */
  keepText?: boolean;
}

export function runTask(task: Task): TaskResult {
  let bytes: Uint8Array;
  try {
    if (task.bytes) {
      if (task.bytes.length > task.maxBytes) return failedResult(task.file, tooLarge(task.bytes.length, task.maxBytes), task);
      bytes = unpack(task.bytes, task.maxBytes);
    } else bytes = readArticleBytes(task.file, task.maxBytes);
  } catch (e) {
    return failedResult(task.file, e instanceof ReadError ? e.message : `cannot read: ${(e as Error).message}`, task);
  }
  try {
    const { record, cleaned } = processArticle({ file: task.file, bytes, format: task.format });
    const result = resultOf(record, task);
    return task.keepText ? { ...result, cleaned } : result;
  } catch (e) {
    // a bug of ours (or a stack overflow on absurd nesting) must not lose the other articles: the record says so
    const err = e as Error;
    const why = err instanceof RangeError && /call stack/i.test(err.message) ? 'the article is nested too deeply to process' : err.message;
    return failedResult(task.file, `internal error: ${why}`, task);
  }
}
