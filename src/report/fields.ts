// How the report shows each record field: its label, its highlight colour, where its findings are in a record and
// the one line that describes a finding (on the record card and in the tooltip of its highlight). Derived from the
// field contracts (src/extract/<field>/contract.ts `report`), in record order, each field's added keys after it.
import type { Presentation } from '../engine/field.js';
import { CONTRACTS } from '../extract/contracts.js';
import type { ArticleRecord, Span } from '../record.js';

export { unitName } from '../extract/locality/contract.js';
export { percentValue } from '../extract/percentages/contract.js';

/** Where a value came from: a finding's evidence, or a scalar field's source (which may have no span). */
export interface EntrySource {
  rule: string;
  text?: string;
  span?: Span;
  implied?: string[];
}

/** One value of a field: its readable line and where it came from. */
export interface FieldEntry {
  line: string;
  evidence: EntrySource | null;
}

interface FieldPresentation {
  label: string;
  colour: string;
  edge: string;
  entries(r: ArticleRecord): FieldEntry[];
}

type Line = (v: unknown) => string;

/** The entries of a record key: each element of a list, or the value, with its evidence or its source. */
function entriesOf(key: string, p: Presentation, sourced: boolean): (r: ArticleRecord) => FieldEntry[] {
  const line = (p.line as Line | undefined) ?? ((v: unknown) => String(v));
  return (r) => {
    const value = (r as unknown as Record<string, unknown>)[key];
    if (value === null || value === undefined) return [];
    if (sourced) {
      const source = r.sources?.[key];
      const implied = source?.implied?.length ? ` (${source.implied.join(', ')} inferred)` : '';
      return [{ line: `${line(value)}${implied}`, evidence: source ?? null }];
    }
    const items = Array.isArray(value) ? value : [value];
    return items.map((x) => ({ line: line(x), evidence: (x as EntrySource) ?? null }));
  };
}

const presented: [string, FieldPresentation][] = CONTRACTS.flatMap((f) => [
  [f.name, { ...f.report, entries: entriesOf(f.name, f.report, !!f.sourced) }] as [string, FieldPresentation],
  ...Object.entries(f.extras ?? {}).map(([k, x]) => [k, { ...(x as { report: Presentation }).report, entries: entriesOf(k, (x as { report: Presentation }).report, false) }] as [string, FieldPresentation]),
]);

export const REPORT_FIELDS: readonly string[] = presented.map(([k]) => k);
export type ReportField = string;

export const FIELD_PRESENTATION: Readonly<Record<string, FieldPresentation>> = Object.fromEntries(presented);
