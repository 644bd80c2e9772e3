// CSV and TSV: one row per finding. A finding is a non-null scalar field (title, date, published, period, locality,
// author) or one element of a list field (officials, percentages, awards, localities); a failed article is one
// row whose field is "error". Quoting is csv-stringify's (RFC 4180), with every line break quoted too.
import { stringify } from 'csv-stringify/sync';
import type { ArticleRecord, Evidence, Locality } from '../record.js';
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

type Element<T> = T extends readonly (infer E)[] ? E : T;
type FindingValue<F extends keyof ArticleRecord> = NonNullable<Element<NonNullable<ArticleRecord[F]>>>;

const localityCells = (l: Locality): Cells => ({ value: l.name, type: l.type, province: l.province, code: l.code });

/**
 * Per field, in row order: the columns that one finding of it fills (file, field, index and the evidence columns
 * are filled for all alike). `value` is the finding's main value.
 */
export const CSV_FIELD_CELLS: { [F in 'title' | 'date' | 'published' | 'period' | 'locality' | 'author' | 'officials' | 'percentages' | 'awards' | 'localities']: (v: FindingValue<F>) => Cells } = {
  title: (title) => ({ value: title }),
  date: (date) => ({ value: date }),
  published: (date) => ({ value: date }),
  // an ISO 8601 interval
  period: (p) => ({ value: `${p.from}/${p.to}`, from: p.from, to: p.to }),
  locality: localityCells,
  author: (author) => ({ value: author }),
  officials: (o) => ({ value: o.name, rank: o.rank, positions: o.positions.join('; ') }),
  percentages: (p) => ({ value: p.value, max: p.max ?? null, status: p.status, year: p.year, target: p.target, subject: p.subject }),
  awards: (a) => ({ value: a.award, by: a.by, collectives: a.collectives, individuals: a.individuals }),
  localities: localityCells,
};

function isEvidence(v: unknown): v is Evidence {
  return !!v && typeof v === 'object' && 'span' in v && 'rule' in v;
}

function evidenceCells(e: Evidence | undefined): Cells {
  return e ? { text: e.text, span_start: e.span[0], span_end: e.span[1], rule: e.rule } : {};
}

/** The rows of one record, as column → cell. */
export function csvRows(record: RecordView): Cells[] {
  if (!record.ok) return [{ file: record.file, field: 'error', value: record.error ?? 'failed' }];
  const rows: Cells[] = [];
  for (const [field, cellsOf] of Object.entries(CSV_FIELD_CELLS) as [keyof typeof CSV_FIELD_CELLS, (v: unknown) => Cells][]) {
    const value = record[field];
    if (value === null || value === undefined) continue;
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => {
      // list elements carry their own evidence; a scalar field's is in `sources`
      const evidence = isEvidence(item) ? item : record.sources?.[field as keyof NonNullable<ArticleRecord['sources']>];
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
