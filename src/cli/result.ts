// What a task hands back: small enough to pass between threads. Kept apart from task.ts, which loads the whole
// pipeline, so that the main thread of a worker-pool run does not.
import { jsonLine } from '../emit/json.js';
import { failedRecord, type ArticleRecord } from '../record.js';

export interface TaskResult {
  file: string;
  ok: boolean;
  error?: string;
  /**
   * The record as one JSON line ending in a newline, in UTF-8, when the task asked for it. Bytes rather than a
   * string: they cross threads outside the JavaScript heap, so the main thread of a long run allocates (and keeps
   * resident) far less, and they go to stdout as they are.
   */
  json?: Uint8Array;
  record?: ArticleRecord;
  /** The cleaned text the spans point into, when the task asked for it (null: the article could not be read). */
  cleaned?: string | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function resultOf(record: ArticleRecord, serialize: boolean): TaskResult {
  const base = { file: record.file, ok: record.ok, ...(record.error !== undefined ? { error: record.error } : {}) };
  return serialize ? { ...base, json: encoder.encode(`${jsonLine(record)}\n`) } : { ...base, record };
}

/** The record's JSON line, without the newline. */
export function lineOf(r: TaskResult): string {
  if (r.json) return decoder.decode(r.json).replace(/\n$/, '');
  return jsonLine(r.record!);
}

export function failedResult(file: string, error: string, serialize: boolean): TaskResult {
  return resultOf(failedRecord(file, error), serialize);
}

