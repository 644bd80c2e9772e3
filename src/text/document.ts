// One article as the rules see it: the normalised views, its lines and sentences, and the helpers that turn
// an offset range of the match text into evidence on the cleaned text.
import type { Evidence, Span } from '../record.js';
import { normalizeText, type NormalizedText } from './normalize.js';
import { splitLines, splitSentences, type Segment } from './sentences.js';
import { tokenize, tokenIndexAt, type Token } from './tokens.js';

export interface Sentence extends Segment {
  line: number;
}

export interface Doc {
  norm: NormalizedText;
  /** The match view: rules run on this. */
  text: string;
  /** The match view lower-cased, offset for offset (null in the rare case lower-casing changes the length). */
  lower: string | null;
  lines: Segment[];
  sentences: Sentence[];
  /** Word tokens of the match text. */
  tokens: Token[];
  /** Hints from the cleaner (HTML metadata) that rules may use. */
  hints: DocHints;
}

export interface DocHints {
  title?: string | null;
  author?: string | null;
  published?: string | null;
}

export function buildDoc(cleaned: string, hints: DocHints = {}): Doc {
  const norm = normalizeText(cleaned);
  const lines = splitLines(norm.match);
  const sentences: Sentence[] = [];
  let li = 0;
  for (const s of splitSentences(norm.match, lines)) {
    while (li < lines.length - 1 && lines[li].end < s.start) li++;
    sentences.push({ ...s, line: li });
  }
  const lower = norm.match.toLowerCase();
  return { norm, text: norm.match, lower: lower.length === norm.match.length ? lower : null, lines, sentences, tokens: tokenize(norm.match), hints };
}

export function sourceSpan(doc: Doc, start: number, end: number): Span {
  const { map } = doc.norm;
  if (end <= start) return [map[start], map[start]];
  return [map[start], map[end - 1] + 1];
}

/** Evidence for a range of the match text: the exact slice of cleaned text, its span and the rule's name. */
export function evidence(doc: Doc, start: number, end: number, rule: string): Evidence {
  const span = sourceSpan(doc, start, end);
  return { text: doc.norm.source.slice(span[0], span[1]), span, rule };
}

/** The readable value of a range: as written, white space collapsed. */
export function valueOf(doc: Doc, start: number, end: number): string {
  return doc.norm.display.slice(start, end).trim();
}

export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function lineIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = doc.lines[mid];
    if (offset < l.start) hi = mid - 1;
    else if (offset > l.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(doc.lines.length - 1, lo));
}

export function lineText(doc: Doc, index: number): string {
  const l = doc.lines[index];
  return l ? doc.text.slice(l.start, l.end) : '';
}

/** Runs a global regex over a range of the match text (or another view of the same length), yielding matches. */
export function* matchesIn(doc: Doc, re: RegExp, start = 0, end = doc.text.length, view = doc.text): Generator<RegExpExecArray> {
  if (!re.global && !re.sticky) throw new Error(`pattern needs the g flag: ${re.source}`);
  re.lastIndex = start;
  const text = end === view.length ? view : view.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** The tokens inside [start, end). */
export function tokensIn(doc: Doc, start: number, end: number): Token[] {
  return doc.tokens.slice(tokenIndexAt(doc.tokens, start), tokenIndexAt(doc.tokens, end));
}
