// The record contract (../shared/spec/OUTPUT.md): the value types of its fields in one place. Which fields a record
// has, and of which type, is derived from the list of field contracts (src/extract/contracts.ts). Field names and meanings are
// fixed; fields beyond the contract (sources, rule, warnings, encoding, localities) are additions, never renames.
import type { FieldContract } from './engine/field.js';
import type { Contract } from './extract/contracts.js';

/** [start, end) in UTF-16 code units into the cleaned article text. */
export type Span = [number, number];

/** What every finding carries: the exact slice of cleaned text it came from and the rule that made it. */
export interface Evidence {
  text: string;
  span: Span;
  rule: string;
}

export interface Period extends Evidence {
  from: string;
  to: string;
}

export const LOCALITY_TYPES = ['tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn'] as const;
export type LocalityType = (typeof LOCALITY_TYPES)[number];

export interface Locality extends Evidence {
  type: LocalityType;
  /** The canonical name from the list of administrative units when the unit is known; as written otherwise. */
  name: string;
  province: string | null;
  /** GSO code of the unit, its level and its province's code; null when the unit is not in the list. */
  code: string | null;
  level: 'province' | 'district' | 'commune' | null;
  province_code: string | null;
  /** The province-level unit that took the unit's province over on 1 July 2025 (34 units). */
  province_2025: string | null;
}

export interface Official extends Evidence {
  name: string;
  rank: string | null;
  positions: string[];
}

export interface Percentage extends Evidence {
  value: number;
  max?: number;
  status: 'achieved' | 'planned';
  year: number | null;
  target: string;
  subject: string | null;
}

export interface Award extends Evidence {
  award: string;
  by: string | null;
  collectives: number | null;
  individuals: number | null;
}

/**
 * Where a scalar field (title, date, published, author) came from: a span of the text and the rule that read it, or
 * a page's metadata ("meta:og:title", "json-ld:datePublished", "html:h1"), with the span of the same value in the text
 * when it stands there too; `implied` names parts that were inferred ("year").
 */
export interface Source {
  rule: string;
  text?: string;
  span?: Span;
  implied?: string[];
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ValuesOf<F> = F extends FieldContract<infer K, infer V, infer X> ? { [P in K]: V } & Partial<X> : never;

/** The contract fields, each of its field's value type, and the keys the fields add (localities). */
export type FieldValues = UnionToIntersection<ValuesOf<Contract>>;

export interface RecordBase {
  file: string;
  ok: boolean;
  error?: string;
  encoding?: string;
  warnings?: string[];
  sources?: Partial<Record<string, Source>>;
}

export type ArticleRecord = RecordBase & FieldValues;
