// The record contract (../shared/spec/OUTPUT.md) in one place. Field names and meanings are fixed;
// fields beyond the contract (sources, rule, warnings, encoding) are additions, never renames.

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

/** Where a scalar field (date, published, title, author) came from; `implied` names parts that were inferred. */
export interface Source extends Evidence {
  implied?: string[];
}

export interface ArticleRecord {
  file: string;
  ok: boolean;
  error?: string;
  encoding?: string;
  warnings?: string[];
  title: string | null;
  date: string | null;
  published: string | null;
  period: Period | null;
  locality: Locality | null;
  /** Every other administrative unit the article names, in order of first mention. */
  localities?: Locality[];
  author: string | null;
  officials: Official[];
  percentages: Percentage[];
  awards: Award[];
  sources?: Partial<Record<'title' | 'date' | 'published' | 'author', Source>>;
}

/** The contract fields, in contract order: what `check` compares and `--update` writes. */
export const CONTRACT_FIELDS = [
  'title',
  'date',
  'published',
  'period',
  'locality',
  'author',
  'officials',
  'percentages',
  'awards',
] as const;
export type ContractField = (typeof CONTRACT_FIELDS)[number];

export function failedRecord(file: string, error: string, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    file,
    ok: false,
    error,
    ...extra,
    title: null,
    date: null,
    published: null,
    period: null,
    locality: null,
    author: null,
    officials: [],
    percentages: [],
    awards: [],
  };
}
