// Look-ups that must not walk: a binary search over anything sorted, and where the tokens of a kind stand in each
// sentence, found once, so that "is there one between a and b" costs a search however far apart a and b are.
import type { Doc } from './document.js';
import { Kind } from './tokens.js';

/** The first index in [0, count) at which `before(i)` no longer holds; `before` must hold on a prefix only. */
export function lowerBound(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Is token k a punctuation mark among `marks` (",;:", ";:.")? The kinds of mark a TokenIndex is asked for. */
export function isMarkAmong(doc: Doc, marks: string, k: number): boolean {
  return doc.tokens.kind[k] === Kind.Punct && marks.includes(doc.text[doc.tokens.start[k]]);
}

/**
 * For each kind a reader names, the tokens of that kind in one sentence, listed when the sentence is first asked
 * about. `is(kind, k)` says whether token k is of the kind (a unit of it starts there, or it is a given mark).
 * A sentence here is every token `doc.sentenceOf` gives it, so that the lists cover the whole text.
 */
export class TokenIndex {
  private readonly lists = new Map<string, number[]>();

  constructor(
    readonly doc: Doc,
    private readonly is: (kind: string, k: number) => boolean,
  ) {}

  private listOf(kind: string, sentence: number): number[] {
    const key = `${kind}\u0000${sentence}`;
    let list = this.lists.get(key);
    if (list) return list;
    const { sentences, tokens } = this.doc;
    const from = sentence === 0 || !sentences[sentence] ? 0 : sentences[sentence].firstToken;
    const to = sentence + 1 < sentences.length ? sentences[sentence + 1].firstToken : tokens.count;
    list = [];
    for (let k = from; k < to; k++) if (this.is(kind, k)) list.push(k);
    this.lists.set(key, list);
    return list;
  }

  /** The first token of a kind in [a, b), or -1. */
  firstIn(kind: string, a: number, b: number): number {
    const { sentenceOf, tokens } = this.doc;
    a = Math.max(0, a);
    b = Math.min(b, tokens.count);
    if (a >= b) return -1;
    for (let s = sentenceOf[a]; s <= sentenceOf[b - 1]; s++) {
      const list = this.listOf(kind, s);
      const i = lowerBound(list.length, (j) => list[j] < a);
      if (i < list.length) return list[i] < b ? list[i] : -1;
    }
    return -1;
  }

  /** The last token of a kind in [a, b), or -1. */
  lastIn(kind: string, a: number, b: number): number {
    const { sentenceOf, tokens } = this.doc;
    a = Math.max(0, a);
    b = Math.min(b, tokens.count);
    if (a >= b) return -1;
    for (let s = sentenceOf[b - 1]; s >= sentenceOf[a]; s--) {
      const list = this.listOf(kind, s);
      const i = lowerBound(list.length, (j) => list[j] < b) - 1;
      if (i >= 0) return list[i] >= a ? list[i] : -1;
    }
    return -1;
  }

  has(kind: string, a: number, b: number): boolean {
    return this.firstIn(kind, a, b) >= 0;
  }
}

/**
 * Spans sorted by their first token (as `Units.of` gives them): which of them, the first in that order, holds a
 * stretch [first, end). Two binary searches, over the spans that start by the stretch's start and over the furthest
 * end each prefix of them reaches, instead of a look at every span.
 */
export class Enclosing<T extends { first: number; end: number }> {
  private readonly reach: Int32Array;

  constructor(private readonly spans: readonly T[]) {
    this.reach = new Int32Array(spans.length);
    let furthest = -1;
    for (let i = 0; i < spans.length; i++) this.reach[i] = furthest = Math.max(furthest, spans[i].end);
  }

  find(u: { first: number; end: number }): T | undefined {
    const { spans, reach } = this;
    const starting = lowerBound(spans.length, (i) => spans[i].first <= u.first);
    const i = lowerBound(starting, (j) => reach[j] < u.end);
    return i < starting ? spans[i] : undefined;
  }

  holds(u: { first: number; end: number }): boolean {
    return this.find(u) !== undefined;
  }
}
