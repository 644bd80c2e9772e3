// What the date fields share: ISO dates and their line in the readable view.
import type { ChalkInstance } from 'chalk';
import { implied, quote, ruleTag } from '../emit/view.js';
import type { Source } from '../record.js';

export const isoDate = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function dayView(value: string, source: Source | undefined, c: ChalkInstance, explain: boolean): string {
  return `${value}${implied(c, source?.implied)}${source?.text ? quote(c, { text: source.text }) : ''}${ruleTag(c, source, explain)}`;
}
