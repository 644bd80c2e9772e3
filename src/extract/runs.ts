// Runs of capitalised words: the raw material of place and person names.
import type { Doc } from '../text/document.js';
import { tokenIndexAt, type Token } from '../text/tokens.js';

export interface Run {
  /** Index of the first token in doc.tokens. */
  first: number;
  tokens: Token[];
  start: number;
  end: number;
}

export function isNameWord(t: Token | undefined, allowDigits = false): boolean {
  if (!t) return false;
  if (t.kind === 'number') return allowDigits && /^\d{1,3}$/.test(t.text);
  return t.kind === 'word' && t.cap;
}

/** Tokens are adjacent when only one space (or nothing) separates them. */
export function adjacent(doc: Doc, a: Token, b: Token): boolean {
  const gap = doc.text.slice(a.end, b.start);
  return gap === '' || gap === ' ';
}

/**
 * The capitalised run starting at token index i (at most `max` words): "Bắc Kạn", "Bà Rịa - Vũng Tàu", "Quận 1"
 * (with digits allowed). Stops at a lower-case word, punctuation or a line break.
 */
export function runAt(doc: Doc, i: number, max = 5, allowDigits = false, allowDash = true): Run | null {
  const toks = doc.tokens;
  if (!isNameWord(toks[i], allowDigits)) return null;
  const out: Token[] = [toks[i]];
  let j = i + 1;
  while (out.length < max && j < toks.length) {
    const prev = toks[j - 1];
    const t = toks[j];
    if (isNameWord(t, allowDigits) && adjacent(doc, prev, t)) {
      out.push(t);
      j++;
      continue;
    }
    // "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a dash between two capitalised words
    if (allowDash && t.text === '-' && isNameWord(toks[j + 1]) && doc.text.slice(prev.end, toks[j + 1].start).length <= 3) {
      out.push(t, toks[j + 1]);
      j += 2;
      continue;
    }
    break;
  }
  return { first: i, tokens: out, start: out[0].start, end: out[out.length - 1].end };
}

export function runAtOffset(doc: Doc, offset: number, max = 5, allowDigits = false): Run | null {
  let i = tokenIndexAt(doc.tokens, offset);
  const t = doc.tokens[i];
  if (!t) return null;
  if (doc.text.slice(offset, t.start).trim() !== '') return null;
  return runAt(doc, i, max, allowDigits);
}

/** The first `n` words of a run (dash tokens do not count as words). */
export function prefixOf(run: Run, n: number): Run {
  const out: Token[] = [];
  let words = 0;
  for (const t of run.tokens) {
    if (t.text !== '-') {
      if (words === n) break;
      words++;
    }
    out.push(t);
  }
  while (out.length && out[out.length - 1].text === '-') out.pop();
  return { first: run.first, tokens: out, start: out[0].start, end: out[out.length - 1].end };
}

export function wordCount(run: Run): number {
  return run.tokens.filter((t) => t.text !== '-').length;
}

export function runText(run: Run): string {
  return run.tokens.map((t) => (t.text === '-' ? '-' : t.text)).join(' ').replace(/ - /g, ' - ');
}
