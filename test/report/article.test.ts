import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import { articlePayload, findingsOf, layOut } from '../../src/report/article.js';
import { REPORT_FIELDS } from '../../src/report/fields.js';
import { scriptJson } from '../../src/report/html.js';
import type { Piece } from '../../src/report/payload.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const fixture = (name: string) => processArticle({ file: name, bytes: fs.readFileSync(path.join(root, 'fixtures/articles', name)) });

/** Each piece as [start, end, finding, continued], in document order, with its depth. */
function flatten(pieces: Piece[], depth = 0, out: { start: number; end: number; finding: number; continued: number; depth: number }[] = []) {
  for (const [start, end, finding, continued, children] of pieces) {
    out.push({ start, end, finding, continued, depth });
    flatten(children, depth + 1, out);
  }
  return out;
}

/** Children lie inside their parent, siblings in order without overlap. */
function properlyNested(pieces: Piece[], from = -Infinity, to = Infinity): boolean {
  let at = from;
  for (const [start, end, , , children] of pieces) {
    if (start < at || end > to || start > end) return false;
    if (!properlyNested(children, start, end)) return false;
    at = end;
  }
  return true;
}

describe('placing findings on the text', () => {
  it('nests a finding inside the one that encloses it', () => {
    expect(layOut([{ start: 0, end: 17 }, { start: 0, end: 57 }])).toEqual([[0, 57, 1, 0, [[0, 17, 0, 0, []]]]]);
  });

  it('cuts a finding that crosses another where the other ends, and continues it after', () => {
    expect(layOut([{ start: 0, end: 5 }, { start: 3, end: 8 }])).toEqual([
      [0, 5, 0, 0, [[3, 5, 1, 0, []]]],
      [5, 8, 1, 1, []],
    ]);
  });

  it('keeps findings with the same span, and empty ones, as one piece each', () => {
    expect(layOut([{ start: 2, end: 6 }, { start: 2, end: 6 }, { start: 4, end: 4 }, { start: 6, end: 6 }])).toEqual([
      [2, 6, 0, 0, [[2, 6, 1, 0, [[4, 4, 2, 0, []]]]]],
      [6, 6, 3, 0, []],
    ]);
  });

  it('gives every finding exactly one first piece, its pieces covering its span, whatever the overlaps', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(20)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 25 }), (spans) => {
        const pieces = layOut(spans);
        if (!properlyNested(pieces)) return false;
        const flat = flatten(pieces);
        return spans.every((s, i) => {
          const mine = flat.filter((p) => p.finding === i).sort((a, b) => a.start - b.start);
          if (mine.filter((p) => p.continued === 0).length !== 1 || mine[0].continued !== 0) return false;
          // contiguous from start to end
          return mine[0].start === s.start && mine[mine.length - 1].end === s.end && mine.every((p, k) => k === 0 || p.start === mine[k - 1].end);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('an article for the report', () => {
  it('places every finding with a span at its text, with its field, index and rule', () => {
    const { record, cleaned } = fixture('000.txt');
    const { placed, misplaced } = findingsOf(record, cleaned);
    expect(misplaced).toEqual([]);
    const spans = [
      ...Object.values(record.sources ?? {}),
      record.period,
      record.locality,
      ...(record.localities ?? []),
      ...record.officials,
      ...record.percentages,
      ...record.awards,
    ].filter((e) => e?.span);
    expect(placed).toHaveLength(spans.length);
    for (const f of placed) expect(cleaned!.slice(f.start, f.end).length).toBe(f.end - f.start);
    expect(placed.filter((f) => f.field === 'officials').map((f) => [f.index, f.rule, cleaned!.slice(f.start, f.end)])).toEqual(
      record.officials.map((o, i) => [i, o.rule, o.text]),
    );
    expect(placed.find((f) => f.field === 'date')).toMatchObject({ implied: ['year'], line: '2020-01-09 (year inferred)' });
  });

  it('lists findings whose spans miss the text on the card only, and says so', () => {
    const { record, cleaned } = fixture('004.txt');
    const changed = `Một dòng thêm vào đầu.\n${cleaned}`;
    const payload = articlePayload(record, changed);
    const before = articlePayload(record, cleaned);
    expect(before.notes).toEqual([]);
    expect(payload.findings.length).toBeLessThan(before.findings.length);
    expect(payload.notes[0]).toMatch(/point at text that is not there/);
    // the card still has every value
    const lines = (p: typeof payload) => p.card.map((row) => [row.field, row.lines.map((l) => l.line)]);
    expect(lines(payload)).toEqual(lines(before));
    expect(payload.card.flatMap((row) => row.lines).filter((l) => l.finding !== undefined)).toHaveLength(payload.findings.length);
  });

  it('has a presentation for every record field that carries a span', () => {
    const withSpans = new Set<string>();
    for (const name of ['000.txt', '001.txt', '002.txt', '003.txt', '004.txt']) {
      const { record } = fixture(name);
      for (const [key, value] of Object.entries(record)) {
        if (key === 'sources') Object.keys(value as object).forEach((k) => withSpans.add(k));
        else if (Array.isArray(value) ? value.some((x) => x?.span) : (value as { span?: unknown } | null)?.span) withSpans.add(key);
      }
    }
    expect(withSpans.size).toBeGreaterThanOrEqual(10);
    expect([...withSpans].filter((f) => !(REPORT_FIELDS as readonly string[]).includes(f))).toEqual([]);
  });
});

describe('JSON inside the page', () => {
  it('cannot end its script element or open a comment, and reads back the same', () => {
    const nasty = { text: '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & \u2028\u2029 </SCRIPT >' };
    const json = scriptJson(nasty);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(nasty);
  });
});
