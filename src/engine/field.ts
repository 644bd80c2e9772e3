// A field of the record, defined in one place: its name, the keys `check` compares, the dimensions it reads, its
// rules, how its refined findings become record values, and its line in the readable view. The pipeline, the
// record type, `check`, the failed record and the summary view are all derived from the list of fields.
import type { ChalkInstance } from 'chalk';
import type { Evidence, Source } from '../record.js';
import type { Doc } from './document.js';
import type { Finding } from './finding.js';
import type { Facts } from './refine.js';
import type { Rule } from './rule.js';
import type { Units } from './units.js';

/** What a field's record step sees: the article and the findings every field kept after refining. */
export interface FieldContext {
  doc: Doc;
  units: Units;
  facts: Facts;
  findings(field: string): Finding[];
  /** Evidence on the cleaned text for a text finding. */
  evidence(f: Finding): Evidence;
  /** The source of a scalar field: its evidence, or the metadata key it came from, and what was implied. */
  source(f: Finding): Source;
}

/** What a field puts in the record: its value, the source of a scalar value, extra keys it owns. */
export interface FieldOutput<V, X extends object = object> {
  value: V;
  source?: Source | null;
  extra?: Partial<X>;
  /** What a reader of the record should know about the value. */
  warnings?: string[];
}

export interface FieldDefinition<K extends string = string, V = unknown, X extends object = object> {
  name: K;
  /** For list and object fields, the contract keys of a value that `check` compares and `--update` writes. */
  contractKeys: readonly string[] | null;
  /** Unit kinds its rules read. */
  dimensions: readonly string[];
  rules: readonly Rule<unknown>[];
  /** The value of an article with no finding, and of a failed record. */
  empty: V;
  record(ctx: FieldContext): FieldOutput<V, X>;
  /** Its lines in the readable view ([] when it has nothing to show), without the label column. */
  view(value: V, record: ViewRecord, c: ChalkInstance, explain: boolean): string[];
}

/** What a view reads beside its own value. */
export interface ViewRecord {
  sources?: Partial<Record<string, Source>>;
  [key: string]: unknown;
}

export function defineField<const K extends string, V, X extends object = object>(def: FieldDefinition<K, V, X>): FieldDefinition<K, V, X> {
  return def;
}
