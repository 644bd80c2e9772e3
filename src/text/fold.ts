// Folding for comparison: lower case, no diacritics, đ as d. By table, character by character, so that folding a
// name allocates one small string and caches nothing (a cache keyed by strings cut from articles keeps the
// articles alive).

const FOLD = new Uint16Array(0x2000);
for (let c = 0; c < FOLD.length; c++) {
  const ch = String.fromCharCode(c);
  let base = ch.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  if (base === 'đ') base = 'd';
  FOLD[c] = base.length === 1 ? base.charCodeAt(0) : c >= 0x300 && c <= 0x36f ? 0 : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : c;
}

const isDashOrSpace = (c: number) => c === 0x20 || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212 || c === 0x27 || c === 0x2019 || c === 0x09 || c === 0x0a || c === 0xa0;

/** Lower-cased, diacritic-free, đ → d, white space collapsed to one space and trimmed. */
export function fold(s: string, start = 0, end = s.length): string {
  let out = '';
  let space = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    const f = c < FOLD.length ? FOLD[c] : c;
    if (f === 0) continue;
    if (space) out += ' ';
    space = false;
    out += String.fromCharCode(f);
  }
  return out;
}

/**
 * The lookup key of a name: folded, without spaces, dashes and apostrophes ("Kon Tum", "Kontum", "KON-TUM" meet); a
 * number without its leading zeros, since the list writes TP.HCM's wards "05" where articles write "phường 5", "P.5".
 * Spellings of one name meet too (round 25): "qui" and "quy" ("Phú Quí" in the national list, "Phú Quý" in articles);
 * a syllable's closing "k" and "c", which spell one sound ("Krông Pắk" and the list's "Krông Pắc", "Đắc Lắc"); a
 * closing Roman numeral and its digit ("xã Sơn Kim I", the list's "Sơn Kim 1").
 */
export function nameKey(s: string, start = 0, end = s.length): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDashOrSpace(c)) continue;
    let f = c < FOLD.length ? FOLD[c] : c;
    if (f === 0x6b && closesSyllable(s, i, end, out)) f = 0x63;
    if (f !== 0) out += String.fromCharCode(f);
  }
  if (out.includes('qui')) out = out.replace(QUI, 'quy');
  const last = end > start ? s.charCodeAt(end - 1) : 0;
  if (last === 0x49 || last === 0x56) {
    const roman = CLOSING_ROMAN.exec(s.slice(Math.max(start, end - 5), end));
    if (roman) out = out.slice(0, out.length - roman[1].length) + ROMAN_DIGITS[roman[1]];
  }
  return out.replace(/^0+(?=\d$)/, '');
}

const QUI = /qui/g;
const isVowel = (c: number) => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75 || c === 0x79;

/**
 * A folded "k" at `i` closing a syllable: after a vowel, before no vowel and no "h" (spaces aside, as keys drop them):
 * "Pắk", "Đắk", "Đa Krông" and "Đakrông" alike; not an opening "k" ("Kon Đào" is no "Côn Đảo"), nor "kh".
 */
function closesSyllable(s: string, i: number, end: number, out: string): boolean {
  if (!out.length || !isVowel(out.charCodeAt(out.length - 1))) return false;
  let j = i + 1;
  while (j < end && isDashOrSpace(s.charCodeAt(j))) j++;
  if (j === end) return true;
  const c = s.charCodeAt(j);
  const next = c < FOLD.length ? FOLD[c] : c;
  return next !== 0x68 && !isVowel(next);
}
const CLOSING_ROMAN = /\s(I{1,3}|IV|V)$/u;
const ROMAN_DIGITS: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5' };
