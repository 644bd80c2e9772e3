// Vietnamese numbers: "." groups thousands, "," marks decimals ("1.925" is 1925, "98,5" is 98.5),
// counts carry leading zeros ("05" is 5).

/** A number as written: thousands groups, or digits with an optional decimal part. */
export const NUMBER = '(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)';
/** A whole count as written: "05", "1.200". */
export const COUNT = '(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)';

export function parseNumber(written: string): number | null {
  const s = written.trim().replace(/\s+/g, '');
  if (!s) return null;
  let n: number;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+,\d+$/.test(s)) n = Number(s.replace(',', '.'));
  else if (/^\d+\.\d+$/.test(s)) n = Number(s); // a decimal point, as some sites write it
  else if (/^\d+$/.test(s)) n = Number(s);
  else return null;
  return Number.isFinite(n) ? n : null;
}

const NUMBER_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười hai': 12,
  'mười lăm': 15,
  'hai mươi': 20,
};
// "năm" (five) is left out on purpose: it is also "year".

export const COUNT_WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function parseCount(written: string): number | null {
  const w = written.trim().toLowerCase().replace(/\s+/g, ' ');
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const n = parseNumber(w);
  return n !== null && Number.isInteger(n) ? n : null;
}
