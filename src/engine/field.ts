// A field of the record, defined in its folder: its contract (name, the keys `check` compares, empty value, JSON
// Schema, CSV cells, report and view lines) in contract.ts, and beside it the dimensions it reads, its rules and how
// its refined findings become record values. The record type, `check`, the failed record, the summary view, the
// schema and the CSV rows are derived from the list of contracts; the pipeline from the list of fields.
import type { ChalkInstance } from 'chalk';
import type { Evidence, Source } from '../record.js';
import type { Doc } from './document.js';
import type { Finding } from './finding.js';
import type { Facts } from './refine.js';
import type { Rule } from './rule.js';
import type { Units } from './units.js';
import type { Schema } from './schema-parts.js';

/** The CSV columns a finding of a field fills beside file, field, index and its evidence (src/emit/csv.ts). */
export type CsvCells = Partial<Record<'value' | 'rank' | 'positions' | 'status' | 'year' | 'max' | 'target' | 'subject' | 'by' | 'collectives' | 'individuals' | 'type' | 'province' | 'code' | 'from' | 'to', string | number | null>>;

/** How the HTML report shows a field's findings: a label, a highlight colour, and one plain line per value. */
export interface Presentation {
  label: string;
  /** Highlight background; `edge` underlines it, darker, so that nested highlights stay apart. */
  colour: string;
  edge: string;
  /** One value (a list's element) as one plain line; the value itself when absent. */
  line?(element: never): string;
}

/** A key a field adds to the record beside its own (locality adds `localities`). */
export interface ExtraKey {
  schema: Schema;
  /** Its CSV cells, per element. */
  csv(element: never): CsvCells;
  report: Presentation;
}

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

/**
 * What the record says about a field, without how it is found: its name, contract keys, empty value, schema, CSV
 * cells, report and view. The main thread of a worker-pool run (which writes records and failed records but extracts
 * nothing) and the schema, CSV and view writers load only these, not the rules and lexicons.
 */
export interface FieldContract<K extends string = string, V = unknown, X extends object = object> {
  name: K;
  /** For list and object fields, the contract keys of a value that `check` compares and `--update` writes. */
  contractKeys: readonly string[] | null;
  /** The value of an article with no finding, and of a failed record. */
  empty: V;
  /** The JSON Schema of its value. */
  schema: Schema;
  /** Its CSV cells: for a list, per element; for a scalar, of the value. */
  csv(value: V extends readonly (infer E)[] ? E : NonNullable<V>): CsvCells;
  /** A scalar whose evidence is kept in the record's `sources` (title, date, published, author). */
  sourced?: boolean;
  /** How the HTML report shows it. */
  report: Presentation;
  /** Keys it adds to the record, with their schema and CSV cells. */
  extras?: { [K in keyof X]-?: ExtraKey };
  /** Its lines in the readable view ([] when it has nothing to show), without the label column. */
  view(value: V, record: ViewRecord, c: ChalkInstance, explain: boolean): ViewLine[];
}

/** How a field is found: the unit kinds its rules read, the rules, and how its refined findings become its value. */
export interface FieldEngine<V = unknown, X extends object = object> {
  /** Unit kinds its rules read. */
  dimensions: readonly string[];
  rules: readonly Rule<unknown>[];
  record(ctx: FieldContext): FieldOutput<V, X>;
}

export interface FieldDefinition<K extends string = string, V = unknown, X extends object = object> extends FieldContract<K, V, X>, FieldEngine<V, X> {}

/** A line of the readable view: text under the field's label, or a row with a label of its own. */
export type ViewLine = string | [label: string, text: string];

/** What a view reads beside its own value. */
export interface ViewRecord {
  sources?: Partial<Record<string, Source>>;
  [key: string]: unknown;
}

export function defineContract<const K extends string, V, X extends object = object>(contract: FieldContract<K, V, X>): FieldContract<K, V, X> {
  return contract;
}

/** A field: its contract (contract.ts beside its rules) and how it is found. */
export function defineField<const K extends string, V, X extends object = object>(contract: FieldContract<K, V, X>, engine: FieldEngine<V, X>): FieldDefinition<K, V, X> {
  return { ...contract, ...engine };
}
