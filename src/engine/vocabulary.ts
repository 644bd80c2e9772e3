// Word ids. Every word a lexicon uses gets a number, and every token of an article is looked up once, while it is
// scanned, by hashing its characters lower-cased in place: phrases are then matched by comparing integers, and no
// string is cut from the article for it. Words no lexicon knows get NO_WORD, so the table never grows with the
// articles read (a cache keyed by article text keeps whole articles alive).

export const NO_WORD = -1;

/** Latin Extended-A and Additional pair their letters upper then lower, on even codes or (in two runs) odd ones. */
function pairedUpper(c: number): boolean | null {
  if ((c >= 0x100 && c <= 0x137) || (c >= 0x14a && c <= 0x177) || (c >= 0x1e00 && c <= 0x1e95) || (c >= 0x1ea0 && c <= 0x1eff)) return (c & 1) === 0;
  if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e)) return (c & 1) === 1;
  if (c === 0x1a0 || c === 0x1af) return true;
  if (c === 0x1a1 || c === 0x1b0) return false;
  return null;
}

/** Lower-case of one UTF-16 code, by rule for the scripts Vietnamese text uses. */
function lowerCodeOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde) return c === 0xd7 ? c : c + 32;
  const paired = pairedUpper(c);
  if (paired !== null) return paired ? c + 1 : c;
  if (c < 0x250 || (c >= 0x300 && c <= 0x36f)) return c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function isUpperCodeOf(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0xc0 && c <= 0xde) return c !== 0xd7;
  const paired = pairedUpper(c);
  if (paired !== null) return paired;
  if (c < 0x250 || (c >= 0x300 && c <= 0x36f)) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLowerCodeOf(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c >= 0xdf && c <= 0xff) return c !== 0xf7;
  const paired = pairedUpper(c);
  if (paired !== null) return !paired;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c < 0x250) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

/**
 * The codes below this (Latin, its extensions, combining marks, Vietnamese's Latin Extended Additional) are looked
 * up in tables built from the rules above when the module loads; every character of every article is asked about.
 */
const TABLED = 0x2000;
const LOWER = new Uint16Array(TABLED);
const CASE = new Uint8Array(TABLED);
const UPPER_BIT = 1;
const LOWER_BIT = 2;
for (let c = 0; c < TABLED; c++) {
  LOWER[c] = lowerCodeOf(c);
  CASE[c] = (isUpperCodeOf(c) ? UPPER_BIT : 0) | (isLowerCodeOf(c) ? LOWER_BIT : 0);
}

export function lowerCode(c: number): number {
  return c < TABLED ? LOWER[c] : lowerCodeOf(c);
}

/** Is this code an upper-case letter? */
export function isUpperCode(c: number): boolean {
  return c < TABLED ? (CASE[c] & UPPER_BIT) !== 0 : isUpperCodeOf(c);
}

/** Is this code a lower-case letter (or a combining mark, which never starts a capitalised word)? */
export function isLowerCode(c: number): boolean {
  return c < TABLED ? (CASE[c] & LOWER_BIT) !== 0 : isLowerCodeOf(c);
}

/** FNV-1a over the lower-cased codes: the tokeniser hashes a word while it scans it (hashStep from HASH_START). */
export const HASH_START = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ lowerCode(c), FNV_PRIME);
}

/** The hash of text[start, end) as the tokeniser computes it while it scans (unsigned). */
export function hashOf(text: string, start: number, end: number): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) h = hashStep(h, text.charCodeAt(i));
  return h >>> 0;
}

export class Vocabulary {
  private readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  private table = new Int32Array(0);
  private mask = 0;
  private stale = true;
  /** The longest word's length: longer text is no word. */
  private longest = 0;

  get size(): number {
    return this.words.length;
  }

  /** The id of a word (lower-cased), added when new. */
  add(word: string): number {
    let lower = '';
    for (let i = 0; i < word.length; i++) lower += String.fromCharCode(lowerCode(word.charCodeAt(i)));
    let id = this.ids.get(lower);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(lower);
      this.ids.set(lower, id);
      this.stale = true;
    }
    return id;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  /** The id of text[start, end) lower-cased, or NO_WORD. Allocates nothing. */
  idOf(text: string, start: number, end: number): number {
    return this.idOfHashed(text, start, end, hashOf(text, start, end));
  }

  /** The same, given hashOf(text, start, end). */
  idOfHashed(text: string, start: number, end: number, hash: number): number {
    if (this.stale) this.rebuild();
    const len = end - start;
    if (len > this.longest) return NO_WORD;
    let slot = hash & this.mask;
    for (;;) {
      const id = this.table[slot];
      if (id === NO_WORD) return NO_WORD;
      const w = this.words[id];
      if (w.length === len) {
        let k = 0;
        while (k < len && w.charCodeAt(k) === lowerCode(text.charCodeAt(start + k))) k++;
        if (k === len) return id;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  private rebuild(): void {
    let size = 64;
    while (size < this.words.length * 2) size <<= 1;
    this.table = new Int32Array(size).fill(NO_WORD);
    this.mask = size - 1;
    this.longest = 0;
    for (let id = 0; id < this.words.length; id++) {
      const w = this.words[id];
      this.longest = Math.max(this.longest, w.length);
      let slot = hashOf(w, 0, w.length) & this.mask;
      while (this.table[slot] !== NO_WORD) slot = (slot + 1) & this.mask;
      this.table[slot] = id;
    }
    this.stale = false;
  }
}

/** The one vocabulary of the process: lexicons add to it when they load, articles only look up. */
export const vocabulary = new Vocabulary();
