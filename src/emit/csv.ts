// CSV and TSV: one row per finding. A finding is a non-null scalar field (title, date, published, period, locality,
// author) or one element of a list field (officials, percentages, awards, localities); a failed article is one
// row whose field is "error". Quoting is csv-stringify's (RFC 4180), with every line break quoted too.
import { stringify } from 'csv-stringify/sync';
import { CONTRACTS } from '../extract/contracts.js';
import type { Evidence } from '../record.js';
import type { RecordView } from './select.js';

export const CSV_COLUMNS = [
  'file',
  'field',
  'index',
  'value',
  'rank',
  'positions',
  'status',
  'year',
  'max',
  'target',
  'subject',
  'by',
  'collectives',
  'individuals',
  'type',
  'province',
  'code',
  'from',
  'to',
  'text',
  'span_start',
  'span_end',
  'rule',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
type Cells = Partial<Record<CsvColumn, string | number | null>>;

/** Per record key, in record order (the fields, then the keys they add): the cells one finding of it fills. */
const CELLS: [string, (v: unknown) => Cells][] = [
  ...CONTRACTS.map((f) => [f.name, f.csv as (v: unknown) => Cells] as [string, (v: unknown) => Cells]),
  ...CONTRACTS.flatMap((f) => Object.entries(f.extras ?? {}).map(([k, x]) => [k, (x as { csv: (v: unknown) => Cells }).csv] as [string, (v: unknown) => Cells])),
];

function isEvidence(v: unknown): v is Evidence {
  return !!v && typeof v === 'object' && 'span' in v && 'rule' in v;
}

function evidenceCells(e: Partial<Evidence> | undefined): Cells {
  return e ? { text: e.text ?? null, span_start: e.span?.[0] ?? null, span_end: e.span?.[1] ?? null, rule: e.rule ?? null } : {};
}

/** The rows of one record, as column → cell. */
export function csvRows(record: RecordView): Cells[] {
  if (!record.ok) return [{ file: record.file, field: 'error', value: record.error ?? 'failed' }];
  const rows: Cells[] = [];
  for (const [field, cellsOf] of CELLS) {
    const value = (record as Record<string, unknown>)[field];
    if (value === null || value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      // list elements carry their own evidence; a scalar field's is in `sources`
      const evidence = isEvidence(item) ? item : record.sources?.[field];
      rows.push({ file: record.file, field, index: Array.isArray(value) ? i : null, ...cellsOf(item), ...evidenceCells(evidence) });
    });
  }
  return rows;
}

export type Delimited = 'csv' | 'tsv';

function options(kind: Delimited) {
  return {
    delimiter: kind === 'csv' ? ',' : '\t',
    // RFC 4180 ends records with CRLF; TSV files are read line by line, with LF
    record_delimiter: kind === 'csv' ? ('windows' as const) : ('unix' as const),
    // csv-stringify quotes a field holding the record delimiter; RFC 4180 wants any line break quoted
    quoted_match: /[\r\n]/,
    cast: { number: (n: number) => String(n) },
  };
}

export function csvHeader(kind: Delimited, bom = false): string {
  return stringify([[...CSV_COLUMNS]], { ...options(kind), bom });
}

export function csvRecord(kind: Delimited, record: RecordView): string {
  const rows = csvRows(record).map((cells) => CSV_COLUMNS.map((c) => cells[c] ?? null));
  return rows.length ? stringify(rows, options(kind)) : '';
}
