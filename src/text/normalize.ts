// Normalisation for matching, with an offset map back to the cleaned text.
//
// Two views of one cleaned text, of equal length:
//   display: NFC, look-alike Ð fixed, invisible characters dropped, white space collapsed
//            (a run holding a line break becomes '\n', any other run one ' '). Values are read from it.
//   match:   display with canonical tone placement (hoà → hòa, thuỷ → thủy) and every dash as '-'.
//            Rules run on it. Both views share one map, because the second step never changes length.

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
}

/** What a character is to normalisation, by its code: this runs once per character of every article. */
function kindOf(c: number): Kind {
  if (c > 0x20 && c < 0x7f) return Kind.Keep;
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000)
    return Kind.Space;
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return Kind.Newline;
  if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad) return Kind.Invisible;
  return Kind.Keep;
}

/** Characters that are wrong but common in scraped Vietnamese: Eth shown for Đ when CP1258 is read as cp1252. */
const LOOKALIKES: Record<number, string> = { 0xd0: 'Đ', 0xf0: 'đ' };

export function normalizeText(source: string): NormalizedText {
  // NFC can change length; spans are relative to the NFC form, which the cleaner already produces.
  const src = source.normalize('NFC');
  const parts: string[] = [];
  const map = new Int32Array(src.length + 1);
  let n = 0;
  let runStart = 0; // start of the run of kept characters being copied
  let i = 0;
  const flush = (end: number) => {
    if (end > runStart) {
      parts.push(src.slice(runStart, end));
      for (let k = runStart; k < end; k++) map[n++] = k;
    }
  };
  while (i < src.length) {
    const c = src.charCodeAt(i);
    const kind = kindOf(c);
    if (kind === Kind.Keep) {
      const fix = LOOKALIKES[c];
      if (fix) {
        flush(i);
        parts.push(fix);
        map[n++] = i;
        runStart = i + 1;
      }
      i++;
      continue;
    }
    flush(i);
    if (kind === Kind.Invisible) {
      i++;
      runStart = i;
      continue;
    }
    const start = i;
    let newline = false;
    for (; i < src.length; i++) {
      const k = kindOf(src.charCodeAt(i));
      if (k === Kind.Keep) break;
      if (k === Kind.Newline) newline = true;
    }
    runStart = i;
    if (n > 0 && i < src.length) {
      parts.push(newline ? '\n' : ' '); // leading and trailing white space are dropped
      map[n++] = start;
    }
  }
  flush(src.length);
  map[n] = src.length;
  const display = parts.join('');
  return { source: src, display, match: toMatchForm(display), map: map.slice(0, n + 1) };
}

const TONE_MARKS = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const DASH = /[\p{Pd}\u2212]/u;

/**
 * The new-style pairs and their old-style form, every case: "oà" → "òa", "uỷ" → "ủy", "OÀ" → "ÒA". Built once,
 * so that the scan below is a table look-up at each "o" or "u".
 */
const OLD_STYLE = new Map<string, string>();
for (const [first, seconds] of [['o', 'ae'], ['u', 'y']] as const)
  for (const second of seconds)
    for (const mark of TONE_MARKS)
      for (const [f, v] of [[first, second], [first.toUpperCase(), second.toUpperCase()], [first.toUpperCase(), second]]) {
        OLD_STYLE.set(`${f}${(v + mark).normalize('NFC')}`, `${(f + mark).normalize('NFC')}${v}`);
      }

const isLetterOrMark = (ch: string | undefined) => ch !== undefined && ch.toLowerCase() !== ch.toUpperCase();

/**
 * Canonical tone placement: the old style, tone on the first vowel of open "oa", "oe", "uy" (hòa, khỏe, thủy).
 * Only open syllables differ between the styles, so the pair must end the word; "qu" + y is never moved.
 */
export function canonicalTones(s: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x6f && c !== 0x75 && c !== 0x4f && c !== 0x55) continue; // o u O U
    const old = OLD_STYLE.get(s.slice(i, i + 2));
    if (old === undefined) continue;
    if (isLetterOrMark(s[i + 2]) || /[\u0300-\u036f]/.test(s[i + 2] ?? '')) continue;
    if ((c === 0x75 || c === 0x55) && (s[i - 1] === 'q' || s[i - 1] === 'Q')) continue;
    out ??= [];
    out.push(s.slice(copied, i), old);
    copied = i + 2;
    i++;
  }
  if (!out) return s;
  out.push(s.slice(copied));
  return out.join('');
}

const DASHES = /[\p{Pd}\u2212]/u;
const DASHES_G = /[\p{Pd}\u2212]/gu;

export function toMatchForm(display: string): string {
  const toned = canonicalTones(display);
  return DASHES.test(toned) ? toned.replace(DASHES_G, (d) => (d === '-' ? d : '-')) : toned;
}

const INVISIBLE_RUN = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE_RUN = /[\s\u00A0\u202F]+/g;

/**
 * The match form of a lexicon entry, a name or any free string: what rules compare against. The same as the
 * document's match view, without the offset map it needs; cached, since names and keys repeat.
 */
export function matchForm(s: string): string {
  let got = matchForms.get(s);
  if (got === undefined) {
    got = toMatchForm(s.normalize('NFC').replace(INVISIBLE_RUN, '').replace(/\u00D0/g, 'Đ').replace(/\u00F0/g, 'đ').replace(SPACE_RUN, ' ').trim());
    if (matchForms.size > MAX_CACHED) matchForms.clear();
    matchForms.set(s, got);
  }
  return got;
}

const matchForms = new Map<string, string>();
const MAX_CACHED = 50_000;

export function isDash(ch: string): boolean {
  return DASH.test(ch);
}

/** Case-insensitive, tone-placement-insensitive key (keeps diacritics), white space collapsed. */
export function key(s: string): string {
  return matchForm(s).toLowerCase();
}
