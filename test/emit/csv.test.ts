import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, csvRecord, csvRows } from '../../src/emit/csv.js';
import { selectFields } from '../../src/emit/select.js';
import { extract } from '../../src/index.js';
import { failedRecord } from '../../src/extract/contracts.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const record = extract(fs.readFileSync(path.join(root, 'fixtures/articles/004.txt'), 'utf8'), 'fixtures/articles/004.txt');

describe('CSV rows of a record', () => {
  it('has one row per non-null scalar field and per list element, in record order', () => {
    const fields = csvRows(record).map((r) => `${r.field}${r.index ?? ''}`);
    const lists = (['officials', 'percentages', 'awards', 'localities'] as const).flatMap((f) => (record[f] ?? []).map((_, i) => `${f}${i}`));
    const scalars = (['title', 'date', 'published', 'period', 'locality', 'author'] as const).filter((f) => record[f] !== null);
    expect(fields).toEqual([...scalars, ...lists]);
  });

  it('survives values with quotes, commas and line breaks, in CSV and TSV', () => {
    const quoted = { ...record.officials[0], name: 'Lê "Lương"', text: 'đ/c Lê Lương,\tPhó Bí thư Quận ủy' };
    // a bare line break, with nothing else that asks for quotes
    const broken = { ...record.officials[0], text: 'đ/c Lê Lương\nPhó Bí thư\rQuận ủy' };
    const odd = { ...record, officials: [quoted, broken] };
    for (const [kind, delimiter] of [['csv', ','], ['tsv', '\t']] as const) {
      const text = csvRecord(kind, odd);
      // readers that split lines first (Python's csv on a file, awk) need every line break inside quotes
      expect(text).toContain(`"${broken.text}"`);
      const rows = parse(csvHeader(kind) + text, { columns: true, delimiter });
      expect(rows.filter((r: Record<string, string>) => r.field === 'officials')).toEqual([
        expect.objectContaining({ value: quoted.name, text: quoted.text }),
        expect.objectContaining({ value: broken.name, text: broken.text }),
      ]);
      expect(rows.every((r: Record<string, string>) => Object.keys(r).length === CSV_COLUMNS.length)).toBe(true);
    }
  });

  it('gives a failed record one error row, and a narrowed record only its fields', () => {
    expect(csvRows(failedRecord('x.txt', 'empty file'))).toEqual([{ file: 'x.txt', field: 'error', value: 'empty file' }]);
    expect(new Set(csvRows(selectFields(record, ['awards', 'period'])).map((r) => r.field))).toEqual(new Set(['awards', 'period']));
  });
});
