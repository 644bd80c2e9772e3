// Sentence boundaries with offsets. Scraped Vietnamese often glues sentences ("vững chắc.Tiến hành"),
// and uses dotted abbreviations ("TP. Hồ Chí Minh", "T.Ư") that must not end a sentence.

export interface Segment {
  start: number;
  end: number;
}

/** Tokens that end with a dot without ending a sentence. */
const ABBREVIATIONS = new Set([
  'tp', 'q', 'h', 'p', 'tx', 'tt', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'ls', 'th', 'st', 'mr', 'mrs', 'ms', 'dr',
  'ng', 'tr', 'số', 'v.v', 'vv', 'k', 'x',
]);

const SENTENCE_END = /[.!?…]/u;
const CLOSERS = /[”"’')\]»]/u;

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}/u.test(ch);
}
function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Ll}/u.test(ch);
}

function tokenBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{M}.]/u.test(text[i - 1])) i--;
  return text.slice(i, dot);
}

/** Splits one line (no '\n' inside) into sentences. */
function splitLine(text: string, lineStart: number, lineEnd: number, out: Segment[]): void {
  let start = lineStart;
  let i = lineStart;
  const push = (end: number, next: number) => {
    let s = start;
    let e = end;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    if (e > s) out.push({ start: s, end: e });
    start = next;
  };
  while (i < lineEnd) {
    const ch = text[i];
    if (!SENTENCE_END.test(ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lineEnd && (SENTENCE_END.test(text[j]) || text[j] === '/')) j++; // "./." ends Vietnamese articles
    while (j < lineEnd && CLOSERS.test(text[j])) j++;
    const punctEnd = j;
    if (punctEnd >= lineEnd) break;
    const spaced = text[j] === ' ';
    while (j < lineEnd && text[j] === ' ') j++;
    const next = text[j];
    const dotOnly = ch === '.' && punctEnd === i + 1;
    if (dotOnly) {
      const token = tokenBefore(text, i);
      const prev = text[i - 1];
      // a digit after the dot: thousands groups (1.925), dates (09.01.2020), decimals
      if (/\d/.test(prev ?? '') && /\d/.test(text[i + 1] ?? '')) {
        i = punctEnd;
        continue;
      }
      if (ABBREVIATIONS.has(token.toLowerCase()) || /^\p{Lu}$/u.test(token) || /\p{Lu}\.\p{Lu}?$/u.test(token)) {
        i = punctEnd;
        continue;
      }
      if (!spaced) {
        // glued: "chắc.Tiến" ends a sentence, "TP.HCM" and "T.Ư" do not
        if (!((isLower(prev) || /[)"”’]/u.test(prev ?? '')) && isUpper(next) && (isLower(text[j + 1]) || isUpper(text[j + 1])))) {
          i = punctEnd;
          continue;
        }
      }
    }
    if (next !== undefined && (isUpper(next) || /[\d“"‘'(\-•*]/u.test(next))) {
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
    if (i === text.length || text[i] === '\n') {
      if (i > s) lines.push({ start: s, end: i });
      s = i + 1;
    }
  }
  return lines;
}

export function splitSentences(text: string, lines: Segment[] = splitLines(text)): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) splitLine(text, line.start, line.end, out);
  return out;
}
