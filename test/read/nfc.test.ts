// NFC that stays linear: long runs of stacked combining marks (src/read/nfc.ts). String.prototype.normalize sorts
// a run of marks quadratically; these inputs, sized so that it would run for minutes, must come back with no run
// longer than 30 marks, which is what keeps each sort short. (Their time is the benchmark's concern.)
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/clean/index.js';
import { decode } from '../../src/read/decode.js';
import { nfc } from '../../src/read/nfc.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const articles = fs.readdirSync(path.join(root, 'fixtures/articles')).filter((f) => f.endsWith('.txt'));
const HEADING = 'Hội nghị tổng kết công tác quân sự năm 2019';
/** Acute and dot below: marks of two canonical classes, which NFC must reorder. */
const MIXED = '\u0301\u0323';
const GRAPHEME_JOINER = '\u034F';

/** The longest run of combining marks, the joiner not counted as one. */
function longestMarkRun(text: string): number {
  let longest = 0;
  for (const m of text.matchAll(/(?:(?!\u034F)\p{M})+/gu)) longest = Math.max(longest, m[0].length);
  return longest;
}

const marksIn = (text: string) => text.match(/(?!\u034F)\p{M}/gu)?.length ?? 0;

describe('NFC on long runs of combining marks', () => {
  it('is String.prototype.normalize on real text, decomposed or not', () => {
    for (const f of articles) {
      const text = fs.readFileSync(path.join(root, 'fixtures/articles', f), 'utf8');
      expect(nfc(text.normalize('NFD'))).toBe(text.normalize('NFC'));
      expect(nfc(text)).toBe(text.normalize('NFC'));
    }
    // three stacked marks are ordinary (Vietnamese uses up to two): left alone
    expect(nfc(`a${'\u0302\u0301\u0323'}`)).toBe(`a${'\u0302\u0301\u0323'}`.normalize('NFC'));
  });

  it('breaks a run of more than 30 marks with a grapheme joiner after every 30, keeping every mark', () => {
    const text = nfc(`x${'\u0301'.repeat(95)}y`);
    expect(text).toBe(`x${'\u0301'.repeat(30)}${GRAPHEME_JOINER}${'\u0301'.repeat(30)}${GRAPHEME_JOINER}${'\u0301'.repeat(30)}${GRAPHEME_JOINER}${'\u0301'.repeat(5)}y`.normalize('NFC'));
  });

  it('leaves text it already made safe as it is, so that decoding and cleaning add no joiners of their own', () => {
    const once = nfc(`x${MIXED.repeat(100)}y`);
    expect(nfc(once)).toBe(once);
    expect(once.split(GRAPHEME_JOINER)).toHaveLength(7); // 200 marks: a joiner after every 30
  });

  it('decodes a TCVN3 file holding 650,000 stacked tone marks', () => {
    const marks = iconv.encode(MIXED, 'tcvn');
    expect(marks.length).toBe(2); // TCVN3 has the tone marks as bytes of their own
    const bytes = Buffer.concat([iconv.encode(`${HEADING}\n`, 'tcvn'), Buffer.from('a'), Buffer.alloc(650_000, marks)]);
    const d = decode(bytes);
    expect(d.encoding).toBe('tcvn3');
    expect(d.text.startsWith(`${HEADING}\n`)).toBe(true);
    expect(longestMarkRun(d.text)).toBeLessThanOrEqual(30);
    // the first mark composes with the "a"; the others are all still there
    expect(marksIn(d.text)).toBe(650_000 - 1);
  });

  it('decodes UTF-8 text holding 650,000 stacked marks', () => {
    const d = decode(Buffer.from(`${HEADING}\na${MIXED.repeat(325_000)}`));
    expect(d.encoding).toBe('utf-8');
    expect(longestMarkRun(d.text)).toBeLessThanOrEqual(30);
  });

  it('cleans a page whose runs of marks, each short, join into one long run once the tags are gone', () => {
    const html = `<html><body><p>${HEADING}. Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2019.</p><p>a${`<b>${MIXED.repeat(15)}</b>`.repeat(20_000)}</p></body></html>`;
    const d = decode(Buffer.from(html));
    expect(longestMarkRun(d.text)).toBe(30);
    const cleaned = clean(d.text);
    expect(cleaned.format).toBe('html');
    expect(cleaned.text).toContain(HEADING);
    expect(longestMarkRun(cleaned.text)).toBeLessThanOrEqual(30);
    expect(marksIn(cleaned.text)).toBe(600_000 - 1);
  });
});
