// Fixture checks: an article's record against the expected values beside it (<name>.expected.json), field by
// field over the contract fields the expected file states. Extra record fields (spans, rules) are not compared.
import { CONTRACT_FIELDS, FIELDS, type FieldName } from './extract/fields.js';
import type { ArticleRecord } from './record.js';

type ContractField = FieldName;

export interface FieldDiff {
  field: ContractField;
  expected: unknown;
  actual: unknown;
  /** The rules behind the actual value, for the reader of the diff. */
  rules: string[];
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Does the actual value match the expected one, looking only at the keys the expected value states? */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (typeof expected === 'string') return typeof actual === 'string' && norm(expected) === norm(actual);
  if (typeof expected === 'number' || typeof expected === 'boolean') return expected === actual;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]));
  }
  if (typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected as Record<string, unknown>).every(([k, v]) => matches(v, (actual as Record<string, unknown>)[k]));
  }
  return false;
}

function rulesOf(value: unknown, record: ArticleRecord, field: ContractField): string[] {
  const src = record.sources?.[field];
  if (src) return [src.rule];
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.map((v) => (v && typeof v === 'object' && 'rule' in v ? String((v as { rule: unknown }).rule) : '')).filter(Boolean);
}

export function compareRecord(expected: Record<string, unknown>, record: ArticleRecord): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  for (const field of CONTRACT_FIELDS) {
    if (!(field in expected)) continue;
    const actual = (record as unknown as Record<string, unknown>)[field];
    if (!matches(expected[field], actual)) diffs.push({ field, expected: expected[field], actual: contractView(field, actual), rules: rulesOf(actual, record, field) });
  }
  return diffs;
}

const KEYS = new Map(FIELDS.map((f) => [f.name as string, f.contractKeys]));

function pick(obj: unknown, keys: readonly string[]): unknown {
  if (!obj || typeof obj !== 'object') return obj;
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((obj as Record<string, unknown>)[k] !== undefined) out[k] = (obj as Record<string, unknown>)[k];
  return out;
}

/** The contract value of a field without spans and rules: what expected files hold. */
export function contractView(field: ContractField, value: unknown): unknown {
  const keys = KEYS.get(field);
  if (!keys) return value ?? null;
  if (Array.isArray(value)) return value.map((v) => pick(v, keys));
  return value ? pick(value, keys) : null;
}

/** The expected file for a record: its contract fields, nothing else. */
export function expectedOf(record: ArticleRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of CONTRACT_FIELDS) out[f] = contractView(f, (record as unknown as Record<string, unknown>)[f]);
  return out;
}
