// Adversarial lines: 1 MB runs of what the rules look for (fixtures/adversarial-lines.json, shared with the
// benchmark), through the whole pipeline. Each must give a whole record whose spans point at the text they quote.
// A rule that rescans its sentence for every mention makes such a line run for minutes or hours, which is what
// these reproduce; how long the linear ones take (a second is the budget) is measured by `npm run bench`, where
// timing belongs, never here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';

/** [name, repeated unit, text before the run]; a "{n}" in the unit counts up 1, 2, 3 … from one repetition to the next. */
type Kind = [string, string, string?];
const KINDS: Kind[] = JSON.parse(readFileSync(new URL('../../fixtures/adversarial-lines.json', import.meta.url), 'utf8'));

const SIZE = 1 << 20;
function line([, unit, before = '']: Kind): string {
  if (!unit.includes('{n}')) return before + unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  let run = '';
  for (let n = 1; run.length < SIZE; n++) run += unit.replaceAll('{n}', String(n));
  return before + run.slice(0, SIZE);
}
const article = (body: string) => `Hội nghị tổng kết công tác quân sự\n${body}\nMinh Anh`;

/** Every finding in a record: whatever carries a span and the text it quotes. */
function findings(value: unknown, out: { text: string; span: [number, number] }[] = []): { text: string; span: [number, number] }[] {
  if (Array.isArray(value)) for (const v of value) findings(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.span) && typeof o.text === 'string') out.push({ text: o.text, span: o.span as [number, number] });
    for (const v of Object.values(o)) findings(v, out);
  }
  return out;
}

function throughThePipeline(kind: Kind): void {
  const { record, cleaned } = processArticle({ file: 'adversarial.txt', bytes: Buffer.from(article(line(kind))) });
  expect(record).toMatchObject({ file: 'adversarial.txt', ok: true });
  expect(cleaned!.length).toBeGreaterThan(SIZE * 0.9);
  const found = findings(record);
  for (const f of found) expect(cleaned!.slice(f.span[0], f.span[1])).toBe(f.text);
}


describe('adversarial lines of 1 MB', () => {
  // every kind runs in linear time (bench/adversarial.mjs times them; a line of "ngày 21 tháng 11 năm 2019 " took
  // 114 s at 256 KB before the period rule read its look-backs from one pass, 3.9 s at 1 MB after)
  it.each(KINDS)('%s: a whole record, every span on its text', (...kind) => throughThePipeline(kind as Kind));
});
