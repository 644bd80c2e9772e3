// The contracts of the record's fields, in contract order: names, contract keys, empty values, schema, CSV cells,
// report and view of each (src/extract/<field>/contract.ts). The record type, `check`, the failed record, --fields,
// the schema, CSV, summary and report writers are derived from this list, and load no rule or lexicon: the main
// thread of a worker-pool run writes records and failed records with these alone. The rules are listed in
// fields.ts, in the same order.
import type { ArticleRecord } from '../record.js';
import { authorContract } from './author/contract.js';
import { awardsContract } from './awards/contract.js';
import { dateContract } from './date/contract.js';
import { localityContract } from './locality/contract.js';
import { officialsContract } from './officials/contract.js';
import { percentagesContract } from './percentages/contract.js';
import { periodContract } from './period/contract.js';
import { publishedContract } from './published/contract.js';
import { titleContract } from './title/contract.js';

export const CONTRACTS = [titleContract, dateContract, publishedContract, periodContract, localityContract, authorContract, officialsContract, percentagesContract, awardsContract] as const;

export type Contract = (typeof CONTRACTS)[number];
export type FieldName = Contract['name'];

/** The contract fields, in contract order: what `check` compares and `--update` writes. */
export const CONTRACT_FIELDS: readonly FieldName[] = CONTRACTS.map((f) => f.name);

/** The record of an article that could not be read: every field empty, and what went wrong. */
export function failedRecord(file: string, error: string, extra: { encoding?: string } = {}): ArticleRecord {
  const values: Record<string, unknown> = {};
  for (const field of CONTRACTS) values[field.name] = field.empty;
  return { file, ok: false, error, ...extra, ...values } as ArticleRecord;
}
