// Records as JSON Lines (one per line) or indented JSON.
import type { ArticleRecord } from '../record.js';

export function jsonLine(r: ArticleRecord): string {
  return JSON.stringify(r);
}

export function prettyJson(r: ArticleRecord | ArticleRecord[]): string {
  return JSON.stringify(r, null, 2);
}
