// Lines and sentences with offsets, by character code. Scraped Vietnamese often glues sentences ("vững chắc.Tiến
// hành") and uses dotted abbreviations ("TP. Hồ Chí Minh", "T.Ư") that must not end a sentence.
import { isLowerCode, isUpperCode, lowerCode } from './vocabulary.js';

export interface Segment {
  start: number;
  end: number;
}

/** Tokens that end with a dot without ending a sentence. */
const ABBREVIATIONS = new Set([
  'tp', 'q', 'h', 'p', 'tx', 'tt', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'ls', 'th', 'st', 'mr', 'mrs', 'ms', 'dr',
  'ng', 'tr', 'số', 'v.v', 'vv', 'k', 'x',
  // portal reports' posts: "CT. HĐND xã", "PCT. Hội Nông dân huyện", "PTP. Kế hoạch tổng hợp" (round 17)
  'ct', 'pct', 'ptp',
]);
const LONGEST_ABBREVIATION = 4;

const isEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 0x201d || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0xbb;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetterOrMark = (c: number) => isUpperCode(c) || isLowerCode(c);
/** What may open a sentence besides a capital: a digit, a quote, a bracket, a dash, a bullet. */
const isOpener = (c: number) => isDigit(c) || c === 0x201c || c === 0x22 || c === 0x2018 || c === 0x27 || c === 0x28 || c === 0x2d || c === 0x2022 || c === 0x2a;

/** Is the word before the dot at `dot` an abbreviation ("TP", "Q", "v.v") or a single capital? */
function abbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && dot - i <= LONGEST_ABBREVIATION + 1 && (isLetterOrMark(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2e)) i--;
  if (i > 0 && isLetterOrMark(text.charCodeAt(i - 1))) return false; // longer than any abbreviation
  if (i > 0 && text.charCodeAt(i - 1) === 0x2f) return false; // a document's code ends it: "Chỉ thị số 16/CT. Tỷ lệ …"
  const len = dot - i;
  if (len === 0) return false;
  if (len === 1 && isUpperCode(text.charCodeAt(i))) return true;
  // "T.Ư.", "Q.": a capital after a dot
  if (len >= 2 && text.charCodeAt(dot - 2) === 0x2e && isUpperCode(text.charCodeAt(dot - 1))) return true;
  let word = '';
  for (let k = i; k < dot; k++) word += String.fromCharCode(lowerCode(text.charCodeAt(k)));
  return ABBREVIATIONS.has(word);
}

/** Splits one line (no '\n' inside) into sentences. */
function splitLine(text: string, lineStart: number, lineEnd: number, out: Segment[]): void {
  let start = lineStart;
  const push = (end: number, next: number) => {
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) === 0x20) s++;
    while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
    if (e > s) out.push({ start: s, end: e });
    start = next;
  };
  let i = lineStart;
  while (i < lineEnd) {
    const c = text.charCodeAt(i);
    if (!isEnd(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lineEnd && (isEnd(text.charCodeAt(j)) || text.charCodeAt(j) === 0x2f)) j++; // "./." ends Vietnamese articles
    while (j < lineEnd && isCloser(text.charCodeAt(j))) j++;
    const punctEnd = j;
    if (punctEnd >= lineEnd) break;
    const spaced = text.charCodeAt(j) === 0x20;
    while (j < lineEnd && text.charCodeAt(j) === 0x20) j++;
    const next = text.charCodeAt(j);
    if (c === 0x2e && punctEnd === i + 1) {
      const prev = text.charCodeAt(i - 1);
      // a digit after the dot: thousands groups, dates, decimals
      if (isDigit(prev) && isDigit(text.charCodeAt(i + 1))) {
        i = punctEnd;
        continue;
      }
      if (abbreviationBefore(text, i)) {
        i = punctEnd;
        continue;
      }
      // glued: "chắc.Tiến" ends a sentence, "TP.HCM" and "T.Ư" do not
      if (!spaced && !((isLowerCode(prev) || prev === 0x29 || prev === 0x22 || prev === 0x201d || prev === 0x2019) && isUpperCode(next) && isLetterOrMark(text.charCodeAt(j + 1)))) {
        i = punctEnd;
        continue;
      }
    }
    if (j < lineEnd && (isUpperCode(next) || isOpener(next))) {
      push(punctEnd, j);
      i = j;
      continue;
    }
    i = punctEnd;
  }
  push(lineEnd, lineEnd);
}

export function splitLines(text: string): Segment[] {
  const lines: Segment[] = [];
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 0x0a) {
      if (i > s) lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return lines;
}

export function splitSentences(text: string, lines: readonly Segment[] = splitLines(text)): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) splitLine(text, line.start, line.end, out);
  return out;
}
