// Findings: what the field rules found, with where each came from. A finding keeps what the text stated apart
// from what was implied (a year inferred from the page's date, a count derived from "X và 8 người"), and names
// its origin: a span of the text and the rule that read it, or a page's metadata (a meta tag, a JSON-LD key).

export interface TextOrigin {
  kind: 'text';
  rule: string;
  /** Range in the match view. */
  start: number;
  end: number;
}

export interface MetaOrigin {
  kind: 'meta';
  /** "meta:og:title", "json-ld:datePublished", "html:h1". */
  rule: string;
  /** Where the same value stands in the text, when it does (a page's headline is its first line). */
  start?: number;
  end?: number;
}

export type Origin = TextOrigin | MetaOrigin;

export interface Finding<V = unknown> {
  field: string;
  value: V;
  origin: Origin;
  /** Parts of the value inferred rather than stated ("year", "count"). */
  implied: string[];
  /** How strongly the rule believes this is the field's value; refiners rank candidates by it. */
  weight: number;
}

export function textFinding<V>(field: string, value: V, rule: string, start: number, end: number, weight = 0): Finding<V> {
  return { field, value, origin: { kind: 'text', rule, start, end }, implied: [], weight };
}

export function metaFinding<V>(field: string, value: V, rule: string, weight = 0): Finding<V> {
  return { field, value, origin: { kind: 'meta', rule }, implied: [], weight };
}

export function isText<V>(f: Finding<V>): f is Finding<V> & { origin: TextOrigin } {
  return f.origin.kind === 'text';
}

/** Do two text findings overlap in the text? */
export function overlaps(a: Finding, b: Finding): boolean {
  return a.origin.kind === 'text' && b.origin.kind === 'text' && a.origin.start < b.origin.end && b.origin.start < a.origin.end;
}
