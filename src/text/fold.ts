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
 * number without its leading zeros, since the list writes TP.HCM's wards "05" where articles write "phường 5", "P.5";
 * "qui" as "quy", the two spellings of one syllable ("Phú Quí" in the national list, "Phú Quý" in articles; round 25).
 */
export function nameKey(s: string, start = 0, end = s.length): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (isDashOrSpace(c)) continue;
    const f = c < FOLD.length ? FOLD[c] : c;
    if (f !== 0) out += String.fromCharCode(f);
  }
  if (out.includes('qui')) out = out.replace(QUI, 'quy');
  return out.replace(/^0+(?=\d$)/, '');
}

const QUI = /qui/g;
