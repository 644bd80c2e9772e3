// Word tokens with offsets, and phrase lexicons matched over them (longest phrase first).
import { matchForm } from './normalize.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased match form. */
  key: string;
  kind: 'word' | 'number' | 'punct';
  /** First letter upper-case. */
  cap: boolean;
}

// Words keep inner "/", "&" and "'" ("đ/c", "HIV/AIDS", "NN&PTNT"), dotted capitals ("TP.HCM", "T.Ư"),
// transcribed foreign syllables ("An-tô-ni", "Bách-xtơ") and thousands groups ("1.925"); a dot between words
// ("chắc.Tiến", "TP.Vinh") still splits them. A hand-written scanner: tokenising runs on every article, and
// classifying characters by code is several times faster than the equivalent regex.

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** A letter, mark or digit, by code: Latin, Vietnamese and combining marks directly, other scripts by regex. */
function isWordCode(c: number, ch: string): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c === 0xaa || c === 0xb5 || c === 0xba) return true;
  return c > 0x24f && OTHER_WORD_CHAR.test(ch);
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isLowerOrMark = (ch: string) => ch !== ch.toUpperCase() || (ch.charCodeAt(0) >= 0x300 && ch.charCodeAt(0) <= 0x36f);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** End of the run of word characters starting at i. */
function wordEnd(text: string, i: number, end: number): number {
  while (i < end && isWordCode(text.charCodeAt(i), text[i])) i++;
  return i;
}

/** "TP.HCM", "T.Ư": one to four capitals, then dot-joined runs of capitals not followed by a small letter. */
function dottedCapitals(text: string, start: number, runEnd: number, end: number): number {
  if (runEnd - start > 4) return -1;
  for (let k = start; k < runEnd; k++) if (!isUpper(text[k])) return -1;
  let j = runEnd;
  let joined = -1;
  while (j + 1 < end && text[j] === '.' && isUpper(text[j + 1])) {
    let k = j + 1;
    while (k < end && isUpper(text[k])) k++;
    if (k < end && isLowerOrMark(text[k])) break;
    joined = k;
    j = k;
  }
  return joined;
}

/** "An-tô-ni", "Bách-xtơ": a capitalised syllable and lower-case ones joined by dashes, ending the word. */
function transcribedName(text: string, start: number, runEnd: number, end: number): number {
  if (!isUpper(text[start])) return -1;
  for (let k = start + 1; k < runEnd; k++) if (!isLowerOrMark(text[k])) return -1;
  let j = runEnd;
  let joined = -1; // the longest join that ends the word ("Cam-pu-chiaSáng" gives "Cam-pu", as a regex would)
  while (j + 1 < end && text[j] === '-' && isLowerOrMark(text[j + 1]) && !isDigit(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < end && isWordCode(text.charCodeAt(k), text[k]) && isLowerOrMark(text[k])) k++;
    if (k >= end || !isWordCode(text.charCodeAt(k), text[k])) joined = k;
    j = k;
  }
  return joined;
}

function token(text: string, start: number, end: number, kind: Token['kind']): Token {
  const t = text.slice(start, end);
  return { start, end, text: t, key: t.toLowerCase(), kind, cap: isUpper(t[0]) && kind === 'word' };
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      i++;
      continue;
    }
    if (!isWordCode(c, text[i])) {
      const size = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1; // one code point, as \S would take
      if (!/\s/.test(text.slice(i, i + size))) out.push(token(text, i, i + size, 'punct'));
      i += size;
      continue;
    }
    const runEnd = wordEnd(text, i, end);
    let j = dottedCapitals(text, i, runEnd, end);
    if (j < 0) j = transcribedName(text, i, runEnd, end);
    if (j < 0) {
      j = runEnd;
      // inner joiners: "đ/c", "NN&PTNT", "N’Jang", and thousands groups after a digit ("1.925")
      for (;;) {
        const ch = text[j];
        if ((ch === '/' || ch === '&' || ch === "'" || ch === '’') && j + 1 < end && isWordCode(text.charCodeAt(j + 1), text[j + 1])) {
          j = wordEnd(text, j + 1, end);
        } else if (ch === '.' && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) {
          let k = j + 1;
          while (k < end && isDigit(text.charCodeAt(k))) k++;
          j = k;
        } else break;
      }
    }
    out.push(token(text, i, j, isDigit(c) ? 'number' : /[\p{L}\p{M}]/u.test(text[i]) ? 'word' : 'number'));
    i = j;
  }
  return out;
}

/** A set of multi-word phrases, matched token by token, case-insensitively unless told otherwise. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  readonly size: number;

  constructor(phrases: readonly string[], private readonly caseSensitive = false) {
    const seen = new Set<string>();
    for (const p of phrases) {
      const words = tokenize(matchForm(p)).map((t) => (caseSensitive ? t.text : t.key));
      const k = words.join(' ');
      if (!words.length || seen.has(k)) continue;
      seen.add(k);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = seen.size;
  }

  /** Number of tokens of the longest phrase starting at tokens[i], or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const first = tokens[i];
    if (!first) return 0;
    const list = this.byFirst.get(this.caseSensitive ? first.text : first.key);
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const t = tokens[i + k];
        if ((this.caseSensitive ? t.text : t.key) !== words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return words.length;
    }
    return 0;
  }

  has(phrase: string): boolean {
    const words = tokenize(matchForm(phrase)).map((t) => (this.caseSensitive ? t.text : t.key));
    return (this.byFirst.get(words[0]) ?? []).some((w) => w.join(' ') === words.join(' '));
  }
}

/** Index of the first token that starts at or after an offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
