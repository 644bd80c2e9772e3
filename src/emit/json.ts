// Records as JSON Lines (one per line) or indented JSON.
import type { RecordView } from './select.js';

export function jsonLine(r: RecordView): string {
  return JSON.stringify(r);
}

export function prettyJson(r: RecordView | RecordView[]): string {
  return JSON.stringify(r, null, 2);
}
