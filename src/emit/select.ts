// --fields: a record narrowed to the fields asked for. file, ok and error always stay (they say what the record
// is); a scalar field's entry in `sources` stays with it.
import { CONTRACT_FIELDS, CONTRACTS } from '../extract/contracts.js';
import type { ArticleRecord } from '../record.js';

/** The record fields --fields can name, in record order: every field, the keys fields add, warnings and encoding. */
export const SELECTABLE_FIELDS: readonly string[] = [...CONTRACT_FIELDS, ...CONTRACTS.flatMap((f) => Object.keys(f.extras ?? {})), 'warnings', 'encoding'];
export type SelectableField = string;

/** A record as written: every field, or the ones --fields kept. */
export type RecordView = Pick<ArticleRecord, 'file' | 'ok' | 'error'> & Partial<ArticleRecord>;

/** "officials, awards" as a list of known field names; throws with the valid names on an unknown one. */
export function parseFieldList(list: string): SelectableField[] {
  const names = list.split(',').map((f) => f.trim()).filter(Boolean);
  if (!names.length) throw new Error(`name at least one field: ${SELECTABLE_FIELDS.join(', ')}`);
  const unknown = names.filter((f) => !(SELECTABLE_FIELDS as readonly string[]).includes(f));
  if (unknown.length) throw new Error(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; fields are ${SELECTABLE_FIELDS.join(', ')}`);
  // record order, each once, whatever the order given
  return SELECTABLE_FIELDS.filter((f) => names.includes(f));
}

export function selectFields(record: ArticleRecord, fields: readonly string[]): RecordView {
  const out: Record<string, unknown> = { file: record.file, ok: record.ok };
  if (record.error !== undefined) out.error = record.error;
  for (const f of fields) {
    const value = (record as unknown as Record<string, unknown>)[f];
    if (value !== undefined) out[f] = value;
  }
  if (record.sources) {
    const kept = Object.fromEntries(Object.entries(record.sources).filter(([f]) => fields.includes(f)));
    if (Object.keys(kept).length) out.sources = kept;
  }
  return out as RecordView;
}
