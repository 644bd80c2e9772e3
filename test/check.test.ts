// The comparison behind `vnreport check`, and the rewriting of expected files by --update, on the fixture articles.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRecord, expectedOf, updatedExpected } from '../src/check.js';
import { formatExpected, rewriteExpected } from '../src/emit/expected-file.js';
import { extract } from '../src/index.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const fixture = (n: string) => path.join(root, 'fixtures/articles', n);
const record = extract(fs.readFileSync(fixture('000.txt'), 'utf8'), 'fixtures/articles/000.txt');
const text = fs.readFileSync(fixture('000.expected.json'), 'utf8');
const expected = () => JSON.parse(text) as Record<string, any>;

describe('compareRecord', () => {
  it('finds nothing when the record matches', () => {
    expect(compareRecord(expected(), record)).toEqual([]);
  });

  it('names each differing element by its path, with the rule behind the actual value', () => {
    const e = expected();
    e.officials[1].positions[1] = 'Bí thư Thành ủy Bắc Kạn';
    e.period.to = '2019-06-30';
    expect(compareRecord(e, record)).toEqual([
      { path: 'period.to', field: 'period', expected: '2019-06-30', actual: '2019-12-31', rule: record.period!.rule },
      { path: 'officials[1].positions[1]', field: 'officials', expected: 'Bí thư Thành ủy Bắc Kạn', actual: 'Bí thư Thành ủy', rule: record.officials[1].rule },
    ]);
  });

  it('sees one element missing from the middle of a list as one difference', () => {
    const e = expected();
    const removed = e.percentages.splice(1, 1)[0];
    expect(compareRecord(e, record)).toEqual([{ path: 'percentages[1]', field: 'percentages', actual: removed, rule: record.percentages[1].rule }]);
    const extra = { value: 50, status: 'achieved', year: 2019, target: 'chỉ tiêu giao quân' };
    const more = expected();
    more.percentages.splice(2, 0, extra);
    expect(compareRecord(more, record)).toEqual([{ path: 'percentages[2]', field: 'percentages', expected: extra }]);
  });

  it('never shows what the expected file does not state', () => {
    const e = expected();
    delete e.author;
    e.officials = e.officials.map(({ name }: { name: string }) => ({ name }));
    e.officials[0].name = 'Nguyễn Thị Hương';
    const diffs = compareRecord(e, record);
    expect(diffs).toEqual([{ path: 'officials[0].name', field: 'officials', expected: 'Nguyễn Thị Hương', actual: 'Nguyễn Thị Huế', rule: record.officials[0].rule }]);
    e.officials.pop();
    // a new element is shown with the keys the file states for the others
    expect(compareRecord(e, record).at(-1)).toEqual({ path: 'officials[1]', field: 'officials', actual: { name: 'Cù Ngọc Cường' }, rule: record.officials[1].rule });
  });

  it('compares strings up to NFC and spacing', () => {
    const e = expected();
    e.title = ` ${record.title!.normalize('NFD').replace(/ /g, '  ')} `;
    expect(compareRecord(e, record)).toEqual([]);
  });
});

describe('updatedExpected and rewriteExpected', () => {
  it('writes a new file in the fixtures\' own layout', () => {
    const e = expected();
    expect(formatExpected(e)).toBe(text);
    expect(formatExpected(expectedOf(record)).split('\n').length).toBe(text.split('\n').length);
  });

  it('changes only the values that differ, keeping the rest of the file byte for byte', () => {
    const e = expected();
    e.officials[1].positions[1] = 'Bí thư Thành ủy Bắc Kạn';
    e.percentages.splice(1, 1);
    const old = formatExpected(e).replace('"author": "Hoàng Thạc"', '"author":   "Hoàng Thạc"');
    const rewritten = rewriteExpected(old, updatedExpected(JSON.parse(old), record));
    expect(JSON.parse(rewritten)).toEqual(expected());
    expect(rewritten).toContain('"author":   "Hoàng Thạc"');
    expect(rewritten.replace('"author":   "Hoàng Thạc"', '"author": "Hoàng Thạc"')).toBe(text);
  });

  it('keeps an indented layout, and states only the keys the file stated', () => {
    const e = expected();
    e.officials = [{ name: 'Nguyễn Thị Huế' }];
    delete e.awards;
    const old = JSON.stringify(e, null, 4);
    const next = updatedExpected(e, record);
    expect(next.officials).toEqual([{ name: 'Nguyễn Thị Huế' }, { name: 'Cù Ngọc Cường' }]);
    expect('awards' in next).toBe(false);
    expect(rewriteExpected(old, next)).toBe(JSON.stringify(next, null, 4));
  });

  it('adds every contract field and key with allFields', () => {
    const e = { officials: [{ name: 'Nguyễn Thị Huế' }] };
    const next = updatedExpected(e, record, true);
    expect(next).toEqual({ ...expectedOf(record), officials: expectedOf(record).officials });
    expect(Object.keys(next)[0]).toBe('officials');
  });

  it('keeps the file\'s own spelling of a value that still matches', () => {
    const e = expected();
    e.title = record.title!.normalize('NFD');
    e.author = 'Nobody';
    const next = updatedExpected(e, record);
    expect(next.title).toBe(e.title);
    expect(next.author).toBe(record.author);
  });
});
