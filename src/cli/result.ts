// What a task hands back: small enough to pass between threads. Kept apart from task.ts, which loads the whole
// pipeline, so that the main thread of a worker-pool run does not.
import { jsonLine } from '../emit/json.js';
import { selectFields, type RecordView } from '../emit/select.js';
import { failedRecord } from '../extract/contracts.js';
import type { ArticleRecord } from '../record.js';

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
  record?: RecordView;
  /** The cleaned text the spans point into, when the task asked for it (null: the article could not be read). */
  cleaned?: string | null;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What the runner hands on: a JSON line or the record, narrowed to `fields` when given (--fields). */
export interface ResultShape {
  /** Return the record as a JSON line (cheaper to pass between threads) rather than as an object. */
  serialize: boolean;
  /** Keep only these record fields (and file, ok, error). */
  fields?: readonly string[];
}

export function resultOf(full: ArticleRecord, shape: ResultShape): TaskResult {
  const record = shape.fields ? selectFields(full, shape.fields) : full;
  const base = { file: record.file, ok: record.ok, ...(record.error !== undefined ? { error: record.error } : {}) };
  return shape.serialize ? { ...base, json: encoder.encode(`${jsonLine(record)}\n`) } : { ...base, record };
}

/** The record's JSON line, without the newline. */
export function lineOf(r: TaskResult): string {
  if (r.json) return decoder.decode(r.json).replace(/\n$/, '');
  return jsonLine(r.record!);
}

export function failedResult(file: string, error: string, shape: ResultShape): TaskResult {
  return resultOf(failedRecord(file, error), shape);
}

