// Normalisation for matching, with an offset map back to the cleaned text.
//
// Two views of one cleaned text, of equal length:
//   display: NFC, look-alike Ð fixed, invisible characters dropped, white space collapsed
//            (a run holding a line break becomes '\n', any other run one ' '). Values are read from it.
//   match:   display with canonical tone placement (hoà → hòa, thuỷ → thủy) and every dash as '-'.
//            Rules run on it. Both views share one map, because the second step never changes length.
// Both passes work on character codes and copy runs of unchanged text whole: they run on every article.

export interface NormalizedText {
  /** The text spans point into (what `vnreport clean` prints). */
  source: string;
  display: string;
  match: string;
  /** map[i] is the source offset of display[i]; map[display.length] is source.length. */
  map: Int32Array;
}

const enum Kind {
  Keep,
  Invisible,
  Space,
  Newline,
  Lookalike,
}

/** What a character is to normalisation, by its code. */
function kindByRule(c: number): Kind {
  if (c > 0x20 && c < 0x7f) return Kind.Keep;
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000)
    return Kind.Space;
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return Kind.Newline;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return Kind.Invisible;
  if (c === 0xd0 || c === 0xf0) return Kind.Lookalike;
  return Kind.Keep;
}

/**
 * Every UTF-16 code's Kind in the low bits, and whether the match view may change it (a dash, or the "o"/"u" of a
 * tone pair): built from the rules once, because both passes ask about every character of every article.
 */
const CODE_INFO = new Uint8Array(0x10000);
const KIND_BITS = 7;
const MATCH_BIT = 8;

/** What a character is to normalisation. */
function kindOf(c: number): Kind {
  return (CODE_INFO[c] & KIND_BITS) as Kind;
}

/** Characters that are wrong but common in scraped Vietnamese: Eth shown for Đ when CP1258 is read as cp1252. */
const LOOKALIKE: Record<number, string> = { 0xd0: 'Đ', 0xf0: 'đ' };

export function normalizeText(source: string): NormalizedText {
  // NFC can change length; spans are relative to the NFC form, which the cleaner already produces.
  const src = source.normalize('NFC');
  const len = src.length;
  const map = new Int32Array(len + 1);
  let display = '';
  let n = 0;
  let runStart = 0; // start of the run of characters copied unchanged, not yet copied
  const copyRun = (end: number) => {
    if (end <= runStart) return;
    display += src.slice(runStart, end);
    for (let k = runStart; k < end; k++) map[n++] = k;
  };
  let i = 0;
  while (i < len) {
    const c = src.charCodeAt(i);
    const kind = kindOf(c);
    if (kind === Kind.Keep) {
      i++;
      continue;
    }
    if (kind === Kind.Lookalike) {
      copyRun(i);
      display += LOOKALIKE[c];
      map[n++] = i;
      runStart = ++i;
      continue;
    }
    if (kind === Kind.Invisible) {
      copyRun(i);
      runStart = ++i;
      continue;
    }
    const start = i;
    let newline = false;
    for (; i < len; i++) {
      const k = kindOf(src.charCodeAt(i));
      if (k === Kind.Keep || k === Kind.Lookalike) break;
      if (k === Kind.Newline) newline = true;
    }
    // leading and trailing white space are dropped; a run inside becomes '\n' or ' '
    const inside = n + (start - runStart) > 0 && i < len;
    // one ' ' or '\n' between words is what it becomes: it stays in the run being copied (most gaps)
    if (inside && i - start === 1 && (c === 0x20 || c === 0x0a)) continue;
    copyRun(start);
    runStart = i;
    if (inside) {
      display += newline ? '\n' : ' ';
      map[n++] = start;
    }
  }
  copyRun(len);
  map[n] = len;
  return { source: src, display, match: toMatchForm(display), map: map.subarray(0, n + 1) };
}

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/**
 * The new-style pairs and their old-style form, every case, by the two characters' codes: "oà" → "òa", "uỷ" → "ủy",
 * "OÀ" → "ÒA". Built once, so that the scan below is a table look-up at each "o" or "u".
 */
const OLD_STYLE = new Map<number, string>();
for (const [first, seconds] of [['o', 'ae'], ['u', 'y']] as const)
  for (const second of seconds)
    for (const mark of TONE_MARKS)
      for (const [f, v] of [[first, second], [first.toUpperCase(), second.toUpperCase()], [first.toUpperCase(), second]]) {
        const toned = (v + mark).normalize('NFC');
        OLD_STYLE.set(f.charCodeAt(0) * 0x10000 + toned.charCodeAt(0), `${(f + mark).normalize('NFC')}${v}`);
      }

/** The lowest second code of a pair: an "o" or "u" before anything lower (most are) starts none. */
const LOWEST_TONED = Math.min(...[...OLD_STYLE.keys()].map((k) => k % 0x10000));

for (let c = 0; c < 0x10000; c++) CODE_INFO[c] = kindByRule(c) | (isDashCode(c) || c === 0x6f || c === 0x75 || c === 0x4f || c === 0x55 ? MATCH_BIT : 0);

const isLetterOrMarkCode = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
function isDashCode(c: number): boolean {
  return c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0x2e3a || c === 0x2e3b;
}

/**
 * The match view of a text: canonical tone placement (the old style, tone on the first vowel of open "oa", "oe", "uy":
 * hòa, khỏe, thủy; only open syllables differ between the styles, so the pair must end the word, and "qu" + y is never
 * moved) and every dash as "-".
 */
export function toMatchForm(s: string, dashes = true): string {
  let out = '';
  let copied = 0;
  const len = s.length;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if ((CODE_INFO[c] & MATCH_BIT) === 0) continue;
    if (dashes && isDashCode(c)) {
      out += `${s.slice(copied, i)}-`;
      copied = i + 1;
      continue;
    }
    if (c !== 0x6f && c !== 0x75 && c !== 0x4f && c !== 0x55) continue; // o u O U
    if (i + 1 >= len) continue;
    const next = s.charCodeAt(i + 1);
    if (next < LOWEST_TONED) continue;
    const old = OLD_STYLE.get(c * 0x10000 + next);
    if (old === undefined) continue;
    if (i + 2 < len && isLetterOrMarkCode(s.charCodeAt(i + 2))) continue;
    if ((c === 0x75 || c === 0x55) && i > 0 && (s.charCodeAt(i - 1) === 0x71 || s.charCodeAt(i - 1) === 0x51)) continue;
    out += s.slice(copied, i) + old;
    copied = i + 2;
    i++;
  }
  return copied === 0 ? s : out + s.slice(copied);
}

/** Canonical tone placement of any string, dashes left as they are (see toMatchForm). */
export function canonicalTones(s: string): string {
  return toMatchForm(s, false);
}

const INVISIBLE_RUN = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE_RUN = /[\s\u00A0\u202F]+/g;

/** The match form of a lexicon entry, a name or any free string: what rules compare against. */
export function matchForm(s: string): string {
  return toMatchForm(s.normalize('NFC').replace(INVISIBLE_RUN, '').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(SPACE_RUN, ' ').trim());
}

/** Case-insensitive, tone-placement-insensitive key (keeps diacritics), white space collapsed. */
export function key(s: string): string {
  return matchForm(s).toLowerCase();
}
