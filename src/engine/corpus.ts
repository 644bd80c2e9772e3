// Examples beside the rules, as Duckling keeps a corpus beside each rule file: sentences and what a rule reads in
// them, and negatives that must give nothing. test/corpus.test.ts runs every dimension's and every field's corpus
// against that part alone and checks which rule fired.

/** A part of a value: the keys an example states (nested objects too). */
export type Partial2<V> = V extends object ? { [K in keyof V]?: Partial2<V[K]> } : V;

export interface Example<V = unknown> {
  text: string;
  /** The rule that must read it. */
  rule: string;
  /** What it must read (the keys stated), for a field the finding's value, for a dimension the unit's. */
  value?: Partial2<V>;
  /** For a dimension: the unit kind, and the text the unit covers as written. */
  unit?: string;
  written?: string;
}

export interface Negative {
  text: string;
  /** For a dimension: the unit kind that must not be read. For a field: nothing at all may be found. */
  unit?: string;
  /** Why it is a negative: the look-alike it stands for. */
  why: string;
}

export interface Corpus<V = unknown> {
  examples: readonly Example<V>[];
  negatives: readonly Negative[];
}
