// The one scan of an article: tokens with offsets, kind, case flags and word id, held in typed arrays.
//
// Words keep inner "/", "&" and "'" next to a letter ("đ/c", "HIV/AIDS", "NN&PTNT", "123/QĐ"), dotted capitals
// ("TP.HCM", "T.Ư"), transcribed foreign syllables ("An-tô-ni") and numbers as written ("1.925", "98,5", "7.5");
// between digits "/" splits, so "21/11/2019" is three numbers and two slashes for the date dimension to read.
import { HASH_START, hashStep, isLowerCode, isUpperCode, NO_WORD, vocabulary, type Vocabulary } from './vocabulary.js';
import { lowerBound } from './search.js';

export const enum Kind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

export const enum Flag {
  /** First letter upper-case. */
  Cap = 1,
  /** Letters, all upper-case ("UBND", "HĐND"). */
  Upper = 2,
  /** A line break in the gap before the token. */
  LineBefore = 4,
  /** Nothing between this token and the one before. */
  Glued = 8,
  /** Only white space of one character (or none) before it: part of the same run of words. */
  Tight = 16,
}

export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  /** Word id in the vocabulary, NO_WORD for words no lexicon knows. */
  readonly word: Int32Array;
}

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A letter, mark or digit, by code: Latin, Vietnamese and combining marks directly, other scripts by regex. */
function isWordCodeOf(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x300 && c <= 0x36f)) return true;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  // punctuation, symbols, arrows, box drawing, CJK punctuation, surrogates: never word characters
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe30 && c <= 0xfe6f) || c === 0xfeff) return false;
  return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

/** Codes below this are looked up in a table built from isWordCodeOf when the module loads. */
const TABLED = 0x2000;
const WORD_CODE = new Uint8Array(TABLED);
for (let c = 0; c < TABLED; c++) WORD_CODE[c] = isWordCodeOf(c) ? 1 : 0;

/** A letter, mark or digit. */
export function isWordCode(c: number): boolean {
  return c < TABLED ? WORD_CODE[c] === 1 : isWordCodeOf(c);
}

function isLetterCode(c: number): boolean {
  return isWordCode(c) && !isDigit(c);
}

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b;
}

function wordEnd(text: string, i: number, end: number): number {
  while (i < end && isWordCode(text.charCodeAt(i))) i++;
  return i;
}

/** "TP.HCM", "T.Ư": one to four capitals, then dot-joined runs of capitals not followed by a small letter. */
function dottedCapitals(text: string, start: number, runEnd: number, end: number): number {
  if (runEnd - start > 4) return -1;
  for (let k = start; k < runEnd; k++) if (!isUpperCode(text.charCodeAt(k))) return -1;
  let j = runEnd;
  let joined = -1;
  while (j + 1 < end && text.charCodeAt(j) === 0x2e && isUpperCode(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < end && isUpperCode(text.charCodeAt(k))) k++;
    if (k < end && isLowerCode(text.charCodeAt(k))) break;
    joined = k;
    j = k;
  }
  return joined;
}

/** "An-tô-ni", "Bách-xtơ": a capitalised syllable and lower-case ones joined by dashes, ending the word. */
function transcribedName(text: string, start: number, runEnd: number, end: number): number {
  if (!isUpperCode(text.charCodeAt(start))) return -1;
  for (let k = start + 1; k < runEnd; k++) if (!isLowerCode(text.charCodeAt(k))) return -1;
  let j = runEnd;
  let joined = -1;
  while (j + 1 < end && text.charCodeAt(j) === 0x2d && isLowerCode(text.charCodeAt(j + 1))) {
    let k = j + 1;
    while (k < end && isWordCode(text.charCodeAt(k)) && isLowerCode(text.charCodeAt(k))) k++;
    if (k >= end || !isWordCode(text.charCodeAt(k))) joined = k;
    j = k;
  }
  return joined;
}

/** End of a number as written: thousands groups ("1.925.000"), a decimal part ("98,5", "7.5"). */
function numberEnd(text: string, i: number, end: number): number {
  let j = i;
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  // thousands groups: a dot and exactly three digits, repeated
  let k = j;
  while (k + 3 < end + 0 && text.charCodeAt(k) === 0x2e && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4)))
    k += 4;
  if (k > j) j = k;
  const sep = text.charCodeAt(j);
  // in the middle of "30.4.1975" the "4" is no decimal's start
  const dotted = i >= 2 && (text.charCodeAt(i - 1) === 0x2e || text.charCodeAt(i - 1) === 0x2c) && isDigit(text.charCodeAt(i - 2));
  if (!dotted && (sep === 0x2c || sep === 0x2e) && j + 1 < end && isDigit(text.charCodeAt(j + 1))) {
    let d = j + 1;
    while (d < end && isDigit(text.charCodeAt(d))) d++;
    // "09.01.2020" and "1,2,3" are not decimals: another separator and digit follow
    const after = text.charCodeAt(d);
    if (!((after === 0x2e || after === 0x2c) && isDigit(text.charCodeAt(d + 1)))) j = d;
  }
  return j;
}

function isJoiner(c: number): boolean {
  return c === 0x2f || c === 0x26 || c === 0x27 || c === 0x2019;
}

class Builder {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  word: Int32Array;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.word = new Int32Array(capacity);
  }

  push(s: number, e: number, kind: Kind, flags: number, word: number): void {
    if (this.count === this.start.length) this.grow();
    const n = this.count++;
    this.start[n] = s;
    this.end[n] = e;
    this.kind[n] = kind;
    this.flags[n] = flags;
    this.word[n] = word;
  }

  private grow(): void {
    const size = this.start.length * 2 + 16;
    const copy = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.kind = copy(this.kind, new Uint8Array(size));
    this.flags = copy(this.flags, new Uint8Array(size));
    this.word = copy(this.word, new Int32Array(size));
  }

  done(): Tokens {
    const n = this.count;
    return { count: n, start: this.start.subarray(0, n), end: this.end.subarray(0, n), kind: this.kind.subarray(0, n), flags: this.flags.subarray(0, n), word: this.word.subarray(0, n) };
  }
}

export function tokenize(text: string, vocab: Vocabulary = vocabulary, from = 0, to = text.length): Tokens {
  const out = new Builder(Math.max(16, ((to - from) >> 2) + 8));
  let i = from;
  let gapStart = from;
  let lineBreak = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 0x0a) lineBreak = true;
      i++;
      continue;
    }
    let flags = (lineBreak ? Flag.LineBefore : 0) | (i === gapStart && out.count > 0 ? Flag.Glued : 0) | (i - gapStart <= 1 && !lineBreak ? Flag.Tight : 0);
    let j: number;
    let kind: Kind;
    if (!isWordCode(c)) {
      j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1);
      kind = Kind.Punct;
    } else if (isDigit(c)) {
      j = numberEnd(text, i, to);
      kind = Kind.Number;
      // "123/QĐ-UBND", "2/9": a slash before a letter joins a document number's parts
      while (j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetterCode(text.charCodeAt(j + 1))) {
        j = wordEnd(text, j + 1, to);
        kind = Kind.Word;
      }
      // "2020-01-10T08:00": the T of an ISO time ends the number
      const isoTime = text.charCodeAt(j) === 0x54 && isDigit(text.charCodeAt(j + 1));
      if (kind === Kind.Number && j < to && isLetterCode(text.charCodeAt(j)) && !isoTime) {
        j = wordEnd(text, j, to); // "3G", "4x4": letters glued to digits make a word
        kind = Kind.Word;
      }
    } else {
      // the run of word characters, hashed as the vocabulary hashes it, noting a small letter after the first
      let hash = hashStep(HASH_START, c);
      let lowerAfterFirst = false;
      let runEnd = i + 1;
      for (; runEnd < to; runEnd++) {
        const d = text.charCodeAt(runEnd);
        if (!isWordCode(d)) break;
        hash = hashStep(hash, d);
        if (!lowerAfterFirst && isLowerCode(d)) lowerAfterFirst = true;
      }
      kind = Kind.Word;
      const after = runEnd < to ? text.charCodeAt(runEnd) : 0;
      // what may join more to the run: a dot ("TP.HCM"), a dash ("An-tô-ni"), a joiner ("đ/c", "HIV/AIDS")
      if (after !== 0x2e && after !== 0x2d && !isJoiner(after)) {
        j = runEnd;
        if (isUpperCode(c)) flags |= lowerAfterFirst ? Flag.Cap : Flag.Cap | Flag.Upper;
        out.push(i, j, kind, flags, vocab.idOfHashed(text, i, j, hash >>> 0));
        i = j;
        gapStart = j;
        lineBreak = false;
        continue;
      }
      j = dottedCapitals(text, i, runEnd, to);
      if (j < 0) j = transcribedName(text, i, runEnd, to);
      if (j < 0) {
        j = runEnd;
        // "đ/c", "HIV/AIDS", "NN&PTNT", "N'Jang": joined to letters; "I/2025" is a quarter and its year
        while (j + 1 < to && isJoiner(text.charCodeAt(j)) && isLetterCode(text.charCodeAt(j + 1))) j = wordEnd(text, j + 1, to);
      }
      if (isUpperCode(c)) {
        flags |= Flag.Cap;
        let upper = true;
        for (let k = i + 1; k < j && upper; k++) if (isLowerCode(text.charCodeAt(k))) upper = false;
        if (upper) flags |= Flag.Upper;
      }
    }
    out.push(i, j, kind, flags, vocab.idOf(text, i, j));
    i = j;
    gapStart = j;
    lineBreak = false;
  }
  return out.done();
}

export { NO_WORD };

/** Index of the first token that starts at or after an offset (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  return lowerBound(tokens.count, (i) => tokens.start[i] < offset);
}

/** Index of the first token that ends after an offset: the tokens before it end at or before the offset. */
export function tokenEndingAfter(tokens: Tokens, offset: number): number {
  return lowerBound(tokens.count, (i) => tokens.end[i] <= offset);
}
