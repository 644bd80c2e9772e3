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

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const HSPACE = /[ \t\f\v\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const NEWLINE = /[\n\r\u2028\u2029\u0085]/;

/** Characters that are wrong but common in scraped Vietnamese: Eth shown for Đ when CP1258 is read as cp1252. */
const LOOKALIKES: Record<string, string> = { '\u00D0': 'Đ', '\u00F0': 'đ' };

export function normalizeText(source: string): NormalizedText {
  const nfc = source.normalize('NFC');
  // NFC can change length; when it does, spans are relative to the NFC form, which the cleaner already produces.
  const src = nfc;
  let display = '';
  const map: number[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (INVISIBLE.test(ch)) {
      i++;
      continue;
    }
    if (HSPACE.test(ch) || NEWLINE.test(ch)) {
      const start = i;
      let newline = false;
      while (i < src.length && (HSPACE.test(src[i]) || NEWLINE.test(src[i]) || INVISIBLE.test(src[i]))) {
        if (NEWLINE.test(src[i])) newline = true;
        i++;
      }
      if (display.length === 0) continue; // leading space
      display += newline ? '\n' : ' ';
      map.push(start);
      continue;
    }
    display += LOOKALIKES[ch] ?? ch;
    map.push(i);
    i++;
  }
  // trailing white space
  while (display.length && (display.endsWith(' ') || display.endsWith('\n'))) {
    display = display.slice(0, -1);
    map.pop();
  }
  map.push(src.length);
  return { source: src, display, match: toMatchForm(display), map: Int32Array.from(map) };
}

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const DASH = /[\p{Pd}\u2212]/u;

/**
 * Canonical tone placement: the old style, tone on the first vowel of open "oa", "oe", "uy" (hòa, khỏe, thủy).
 * Only open syllables differ between the styles, so the pair must end the word; "qu" + y is never moved.
 */
export function canonicalTones(s: string): string {
  let out: string[] | null = null;
  for (let i = 0; i + 1 < s.length; i++) {
    const first = s[i];
    const lower = first.toLowerCase();
    if (lower !== 'o' && lower !== 'u') continue;
    const next = s[i + 1];
    const parts = next.normalize('NFD');
    if (parts.length !== 2 || !TONE_MARKS.has(parts[1])) continue;
    const base = parts[0].toLowerCase();
    if (lower === 'o' ? base !== 'a' && base !== 'e' : base !== 'y') continue;
    const after = s[i + 2];
    if (after !== undefined && /[\p{L}\p{M}]/u.test(after)) continue;
    const before = s[i - 1];
    if (lower === 'u' && before !== undefined && before.toLowerCase() === 'q') continue;
    out ??= s.split('');
    out[i] = (first + parts[1]).normalize('NFC');
    out[i + 1] = parts[0];
  }
  return out ? out.join('') : s;
}

export function toMatchForm(display: string): string {
  return canonicalTones(display).replace(/[\p{Pd}\u2212]/gu, '-');
}

/** The match form of a lexicon entry or any free string: what rules compare against. */
export function matchForm(s: string): string {
  return toMatchForm(normalizeText(s).display);
}

export function isDash(ch: string): boolean {
  return DASH.test(ch);
}
