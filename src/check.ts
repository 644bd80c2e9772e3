// Fixture checks: an article's record against the expected values (<name>.expected.json), over the contract
// fields the expected file states. The comparison is generic over JSON values: objects are compared on the keys
// the expected side states (so extra record keys such as spans and rules never count), strings after NFC and
// whitespace folding, and list elements are aligned as a diff tool aligns lines, so that one official missing
// from the middle of a list is one difference, not one per later official.
import { CONTRACT_FIELDS, CONTRACTS, type FieldName } from './extract/contracts.js';
import type { ArticleRecord } from './record.js';

type ContractField = FieldName;
const valueOf = (record: ArticleRecord, field: string) => (record as unknown as Record<string, unknown>)[field];

type Segment = string | number;

export interface Difference {
  /** Where, as a JSON path: `officials[2].positions[1]`. */
  path: string;
  field: ContractField;
  /** The expected value; absent when only the actual record has an element here. */
  expected?: unknown;
  /** The actual value with only the keys the expected file states; absent when the element is missing. */
  actual?: unknown;
  /** The rule behind the actual value, for the reader of the diff. */
  rule?: string;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Does the actual value match the expected one, looking only at the keys the expected value states? */
export function matches(expected: unknown, actual: unknown): boolean {
  if (expected === null || expected === undefined) return actual === null || actual === undefined;
  if (typeof expected === 'string') return typeof actual === 'string' && norm(expected) === norm(actual);
  if (typeof expected === 'number' || typeof expected === 'boolean') return expected === actual;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]));
  }
  if (isObject(expected)) return isObject(actual) && Object.entries(expected).every(([k, v]) => matches(v, actual[k]));
  return false;
}

export function pathText(segments: readonly Segment[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$]*$/.test(s) ? `${i ? '.' : ''}${s}` : `[${JSON.stringify(s)}]`))
    .join('');
}

/** A template for new elements of a list: every key any of its elements states. */
function elementTemplate(list: readonly unknown[]): Record<string, unknown> | undefined {
  const objects = list.filter(isObject);
  return objects.length ? Object.assign({}, ...objects) : undefined;
}

/** The actual value with only the keys the expected value states, recursively; as it is where nothing is stated. */
export function stated(actual: unknown, like: unknown): unknown {
  // a key the actual value lacks stays out (a percentage without `max` is not a range)
  if (isObject(actual) && isObject(like)) return Object.fromEntries(Object.keys(like).filter((k) => k in actual).map((k) => [k, stated(actual[k], like[k])]));
  if (Array.isArray(actual) && Array.isArray(like)) {
    const template = elementTemplate(like);
    return actual.map((a, i) => stated(a, i < like.length ? like[i] : template));
  }
  return actual;
}

/** Pairs of indices of equal elements, in order: the longest common subsequence under `matches`. */
function alignment(expected: readonly unknown[], actual: readonly unknown[]): [number, number][] {
  const n = expected.length;
  const m = actual.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = matches(expected[i], actual[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (matches(expected[i], actual[j]) && table[i][j] === table[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

interface RawDifference {
  /** Path on the expected side (on the actual side for an element only the record has). */
  at: Segment[];
  /** Path on the actual side, to find the rule; null when the element is missing. */
  actualAt: Segment[] | null;
  expected?: unknown;
  actual?: unknown;
}

/** Every difference between two JSON values, as deep as both sides have the same kind of container. */
export function differences(expected: unknown, actual: unknown, at: Segment[] = [], actualAt: Segment[] = at): RawDifference[] {
  if (matches(expected, actual)) return [];
  if (isObject(expected) && isObject(actual)) {
    return Object.keys(expected).flatMap((k) => differences(expected[k], actual[k] ?? null, [...at, k], [...actualAt, k]));
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const out: RawDifference[] = [];
    const template = elementTemplate(expected);
    // between two aligned pairs, the unmatched elements of both sides are paired in order; what is left over
    // on one side was removed or added
    const gaps = (i0: number, i1: number, j0: number, j1: number) => {
      const paired = Math.min(i1 - i0, j1 - j0);
      for (let k = 0; k < paired; k++) out.push(...differences(expected[i0 + k], actual[j0 + k], [...at, i0 + k], [...actualAt, j0 + k]));
      for (let i = i0 + paired; i < i1; i++) out.push({ at: [...at, i], actualAt: null, expected: expected[i] });
      for (let j = j0 + paired; j < j1; j++) out.push({ at: [...actualAt, j], actualAt: [...actualAt, j], actual: stated(actual[j], template) });
    };
    let i = 0;
    let j = 0;
    for (const [pi, pj] of alignment(expected, actual)) {
      gaps(i, pi, j, pj);
      i = pi + 1;
      j = pj + 1;
    }
    gaps(i, expected.length, j, actual.length);
    return out;
  }
  return [{ at, actualAt, expected, actual: stated(actual, expected) }];
}

/** The rule of the deepest finding on the path, or of the scalar field's source. */
function ruleAt(record: ArticleRecord, at: readonly Segment[]): string | undefined {
  let rule = record.sources?.[at[0] as string]?.rule;
  let node: unknown = record;
  for (const s of at) {
    node = (node as Record<Segment, unknown> | null)?.[s];
    if (isObject(node) && typeof node.rule === 'string') rule = node.rule;
  }
  return rule;
}

export function compareRecord(expected: Record<string, unknown>, record: ArticleRecord): Difference[] {
  const out: Difference[] = [];
  for (const field of CONTRACT_FIELDS) {
    if (!(field in expected)) continue;
    for (const d of differences(expected[field], contractView(field, valueOf(record, field)), [field])) {
      const rule = d.actualAt ? ruleAt(record, d.actualAt) : undefined;
      out.push({
        path: pathText(d.at),
        field,
        ...('expected' in d ? { expected: d.expected } : {}),
        ...('actual' in d ? { actual: d.actual } : {}),
        ...(rule ? { rule } : {}),
      });
    }
  }
  return out;
}

/** The keys of each contract field's value (or of each element) that expected files hold, from its definition. */
const KEYS = new Map<string, readonly string[] | null>(CONTRACTS.map((f) => [f.name, f.contractKeys]));

function pick(obj: unknown, keys: readonly string[]): unknown {
  if (!isObject(obj)) return obj;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
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
  for (const f of CONTRACT_FIELDS) out[f] = contractView(f, valueOf(record, f));
  return out;
}

/**
 * The expected file brought up to date with the record, stating what it stated: its fields and keys (new list
 * elements get the keys its other elements state), with its own spelling wherever a value still matches. With
 * `allFields`, every contract field and key is stated.
 */
export function updatedExpected(expected: Record<string, unknown>, record: ArticleRecord, allFields = false): Record<string, unknown> {
  const full = expectedOf(record);
  const fields = allFields ? [...Object.keys(expected), ...CONTRACT_FIELDS.filter((f) => !(f in expected))] : Object.keys(expected);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    // a key that is not a contract field is not check's to change
    if (!(f in full)) out[f] = expected[f];
    else out[f] = keepSpelling(expected[f], stated(full[f], allFields ? widen(expected[f], full[f]) : expected[f]));
  }
  return out;
}

/** `like` with every key of the full value added (for --all-fields). */
function widen(like: unknown, full: unknown): unknown {
  if (isObject(like) && isObject(full)) return { ...like, ...Object.fromEntries(Object.keys(full).filter((k) => !(k in like)).map((k) => [k, full[k]])) };
  if (Array.isArray(like) && Array.isArray(full)) return full.map((f, i) => widen(like[i] ?? elementTemplate(like), f));
  return like ?? full;
}

/** The new value, but the old one as written wherever the two are the same (up to NFC and whitespace). */
function keepSpelling(old: unknown, next: unknown): unknown {
  if (matches(old, next) && matches(next, old)) return old;
  if (isObject(old) && isObject(next)) return Object.fromEntries(Object.entries(next).map(([k, v]) => [k, k in old ? keepSpelling(old[k], v) : v]));
  if (Array.isArray(old) && Array.isArray(next)) return next.map((v, i) => (i < old.length ? keepSpelling(old[i], v) : v));
  return next;
}
