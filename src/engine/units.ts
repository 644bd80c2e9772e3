// Units: what the dimensions recognised in an article, each a token range with a typed value. Every unit is
// indexed by the token it starts at and the token it ends before, so that a rule finds the units next to a
// position without scanning: two Int32Arrays of heads and two chains, whatever the number of dimensions.
import type { Doc } from './document.js';
import { classIdMatchAt, lazyClassId, longestPhraseOf } from './lexicon.js';

export interface Unit<V = unknown> {
  dim: string;
  /** First token. */
  first: number;
  /** The token after the last one. */
  end: number;
  value: V;
  /** The dimension rule (or lexicon) that made it. */
  rule: string;
}

const NONE = -1;
/** What a look-up that finds nothing returns: most look-ups find nothing, and allocate nothing. */
const NOTHING: readonly Unit[] = Object.freeze([]);

export class Units {
  readonly all: Unit[] = [];
  private readonly startHead: Int32Array;
  private readonly endHead: Int32Array;
  private readonly nextByStart: number[] = [];
  private readonly nextByEnd: number[] = [];
  private readonly byDim = new Map<string, Unit[]>();
  /** Dimensions whose list got a unit out of text order since it was last sorted. */
  private readonly unsorted = new Set<string>();

  /** Word classes matched on demand: by class id, for each token, 0 not asked yet, 1 nothing starts there, 2 a unit. */
  private readonly asked: (Uint8Array | undefined)[] = [];
  /** Those units, by class id × (tokens + 1) + start token. */
  private readonly askedUnits = new Map<number, Unit>();

  /** Kinds whose rules run when a reader first asks for them (see defer). */
  private readonly deferred = new Map<string, () => void>();

  constructor(readonly doc: Doc) {
    this.startHead = new Int32Array(doc.tokens.count + 1).fill(NONE);
    this.endHead = new Int32Array(doc.tokens.count + 1).fill(NONE);
  }

  /** A word class that patterns never name is matched when a reader asks, once per class and token. */
  private lazyAt(cls: number, dim: string, token: number): Unit | undefined {
    const count = this.doc.tokens.count;
    if (token < 0 || token >= count) return undefined;
    let state = this.asked[cls];
    if (!state) {
      while (this.asked.length < cls) this.asked.push(undefined);
      this.asked[cls] = state = new Uint8Array(count);
    }
    const key = cls * (count + 1) + token;
    if (state[token] === 0) {
      const m = classIdMatchAt(this.doc.tokens, cls, token);
      state[token] = m ? 2 : 1;
      if (m) this.askedUnits.set(key, { dim, first: token, end: m.end, value: m.value, rule: `lexicon:${dim}` });
    }
    return state[token] === 2 ? this.askedUnits.get(key) : undefined;
  }

  /**
   * Units of a kind made by `lex` when a reader first asks for that kind, not before: a dimension's costly rules that
   * only some articles' fields read ("05 tập thể", read next to an award).
   */
  defer(dim: string, lex: () => void): void {
    this.deferred.set(dim, lex);
  }

  /** Runs a deferred kind's rules, once, before its first look-up. */
  private made(dim: string): void {
    const lex = this.deferred.get(dim);
    if (!lex) return;
    this.deferred.delete(dim);
    lex();
  }

  add<V>(dim: string, first: number, end: number, value: V, rule: string): Unit<V> {
    const u: Unit<V> = { dim, first, end, value, rule };
    const id = this.all.length;
    this.all.push(u);
    this.nextByStart.push(this.startHead[first]);
    this.startHead[first] = id;
    this.nextByEnd.push(this.endHead[end]);
    this.endHead[end] = id;
    const list = this.byDim.get(dim);
    if (!list) this.byDim.set(dim, [u]);
    else {
      const last = list[list.length - 1];
      if (last.first > first || (last.first === first && last.end < end)) this.unsorted.add(dim);
      list.push(u);
    }
    return u;
  }

  /** Units of a dimension in text order (by first token, then longer first). */
  of<V = unknown>(dim: string): readonly Unit<V>[] {
    if (this.deferred.size) this.made(dim);
    const list = this.byDim.get(dim) as Unit<V>[] | undefined;
    if (!list) return [];
    if (this.unsorted.delete(dim)) list.sort((a, b) => a.first - b.first || b.end - a.end);
    return list;
  }

  has(dim: string): boolean {
    if (this.deferred.size) this.made(dim);
    return this.byDim.has(dim);
  }

  /** Units of a dimension that start at a token, longest first. */
  startingAt<V = unknown>(dim: string, token: number): readonly Unit<V>[] {
    if (this.deferred.size) this.made(dim);
    const lazy = lazyClassId(dim);
    if (lazy >= 0) {
      const u = this.lazyAt(lazy, dim, token);
      return u ? [u as Unit<V>] : (NOTHING as readonly Unit<V>[]);
    }
    if (token < 0 || token >= this.startHead.length) return NOTHING as readonly Unit<V>[];
    let out: Unit<V>[] | null = null;
    for (let id = this.startHead[token]; id !== NONE; id = this.nextByStart[id]) {
      const u = this.all[id];
      if (u.dim === dim) (out ??= []).push(u as Unit<V>);
    }
    if (!out) return NOTHING as readonly Unit<V>[];
    if (out.length > 1) out.sort((a, b) => b.end - a.end);
    return out;
  }

  /** Units of a dimension that end right before a token, longest first. */
  endingAt<V = unknown>(dim: string, token: number): readonly Unit<V>[] {
    if (this.deferred.size) this.made(dim);
    const lazy = lazyClassId(dim);
    if (lazy >= 0) {
      for (let first = Math.max(0, token - longestPhraseOf(lazy)); first < token; first++) {
        const u = this.lazyAt(lazy, dim, first);
        if (u && u.end === token) return [u as Unit<V>];
      }
      return NOTHING as readonly Unit<V>[];
    }
    if (token < 0 || token >= this.endHead.length) return NOTHING as readonly Unit<V>[];
    let out: Unit<V>[] | null = null;
    for (let id = this.endHead[token]; id !== NONE; id = this.nextByEnd[id]) {
      const u = this.all[id];
      if (u.dim === dim) (out ??= []).push(u as Unit<V>);
    }
    if (!out) return NOTHING as readonly Unit<V>[];
    if (out.length > 1) out.sort((a, b) => a.first - b.first);
    return out;
  }

  /** The longest unit of a dimension starting at a token, or undefined. */
  at<V = unknown>(dim: string, token: number): Unit<V> | undefined {
    if (this.deferred.size) this.made(dim);
    let best: Unit<V> | undefined;
    if (token < 0 || token >= this.startHead.length) return undefined;
    const lazy = lazyClassId(dim);
    if (lazy >= 0) return this.lazyAt(lazy, dim, token) as Unit<V> | undefined;
    for (let id = this.startHead[token]; id !== NONE; id = this.nextByStart[id]) {
      const u = this.all[id];
      if (u.dim === dim && (!best || u.end > best.end)) best = u as Unit<V>;
    }
    return best;
  }

  /** Character range of a unit in the match view. */
  range(u: { first: number; end: number }): { start: number; end: number } {
    const t = this.doc.tokens;
    return { start: t.start[u.first], end: t.end[u.end - 1] };
  }
}
