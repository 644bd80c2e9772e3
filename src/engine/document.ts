// One article as the rules see it: the normalised views of its text, its lines and sentences, its tokens, and the
// helpers that turn a range of the match view into evidence on the cleaned text.
import type { Evidence, Span } from '../record.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { splitLines, splitSentences, type Segment } from './sentences.js';
import { Flag, Kind, tokenAt, tokenize, type Tokens } from './tokens.js';
import { lowerBound } from './search.js';

export interface Sentence extends Segment {
  /** Index of its line. */
  line: number;
  /** Its tokens: [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface Line extends Segment {
  /** Its tokens: [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface Doc {
  /** What the article was: a page (HTML) or a text. */
  format: 'html' | 'text';
  /** A page whose cleaner put its headline (h1, og:title) on the first line; false for a fragment without one. */
  pageHeadline: boolean;
  norm: NormalizedText;
  /** The match view: NFC, white space collapsed, canonical tones, one dash. Rules read this. */
  text: string;
  lines: Line[];
  sentences: Sentence[];
  tokens: Tokens;
  /** Sentence index of every token. */
  sentenceOf: Int32Array;
  /** Line index of every token. */
  lineOf: Int32Array;
}

export function buildDoc(cleaned: string, format: 'html' | 'text' = 'text', pageHeadline = format === 'html'): Doc {
  const norm = normalizeText(cleaned);
  const text = norm.match;
  const segments = splitLines(text);
  const tokens = tokenize(text);
  const sentenceOf = new Int32Array(tokens.count);
  const lineOf = new Int32Array(tokens.count);
  const sentences: Sentence[] = [];
  let li = 0;
  let t = 0;
  for (const s of splitSentences(text, segments)) {
    while (li < segments.length - 1 && segments[li].end < s.start) li++;
    while (t < tokens.count && tokens.start[t] < s.start) sentenceOf[t++] = Math.max(0, sentences.length - 1);
    const first = t;
    while (t < tokens.count && tokens.start[t] < s.end) sentenceOf[t++] = sentences.length;
    sentences.push({ start: s.start, end: s.end, line: li, firstToken: first, endToken: t });
  }
  while (t < tokens.count) sentenceOf[t++] = Math.max(0, sentences.length - 1);
  const lines: Line[] = segments.map((l) => ({ start: l.start, end: l.end, firstToken: 0, endToken: 0 }));
  for (let k = 0, l = 0; k < tokens.count; k++) {
    while (l < lines.length - 1 && lines[l].end <= tokens.start[k]) l++;
    lineOf[k] = l;
  }
  for (let l = 0, k = 0; l < lines.length; l++) {
    while (k < tokens.count && tokens.start[k] < lines[l].start) k++;
    lines[l].firstToken = k;
    while (k < tokens.count && tokens.start[k] < lines[l].end) k++;
    lines[l].endToken = k;
  }
  return { format, pageHeadline: format === 'html' && pageHeadline, norm, text, lines, sentences, tokens, sentenceOf, lineOf };
}

/** The text of token i in the match view. */
export function tokenText(doc: Doc, i: number): string {
  return i >= 0 && i < doc.tokens.count ? doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) : '';
}

/** The readable value of a range of the match view: as written (display view), white space collapsed. */
export function valueOf(doc: Doc, start: number, end: number): string {
  return doc.norm.display.slice(start, end).trim();
}

/** The readable value of tokens [first, end). */
export function tokensValue(doc: Doc, first: number, end: number): string {
  if (end <= first) return '';
  return doc.norm.display.slice(doc.tokens.start[first], doc.tokens.end[end - 1]);
}

/** Evidence for a range of the match view: the exact slice of cleaned text, its span, and the rule's name. */
export function evidence(doc: Doc, start: number, end: number, rule: string): Evidence {
  const span = sourceSpan(doc, start, end);
  return { text: doc.norm.source.slice(span[0], span[1]), span, rule };
}

export function sourceSpan(doc: Doc, start: number, end: number): Span {
  const { map } = doc.norm;
  if (end <= start) return [map[start], map[start]];
  return [map[start], map[end - 1] + 1];
}

/** The sentence that holds an offset (sentences are in text order and do not overlap), if any. */
export function sentenceAt(doc: Doc, offset: number): Sentence | undefined {
  const s = doc.sentences[lowerBound(doc.sentences.length, (i) => doc.sentences[i].end <= offset)];
  return s && s.start <= offset ? s : undefined;
}

/** The line that holds an offset (its end, the line break, included), or the nearest line after it, or the last. */
export function lineIndexAt(doc: Doc, offset: number): number {
  const i = lowerBound(doc.lines.length, (j) => doc.lines[j].end < offset);
  return Math.max(0, Math.min(doc.lines.length - 1, i));
}

export function lineText(doc: Doc, index: number): string {
  const l = doc.lines[index];
  return l ? doc.text.slice(l.start, l.end) : '';
}

/**
 * A line's text when it is at most `max` characters long, else null: a test of a line's shape asked for each sentence
 * or finding on it must not read a long line whole each time.
 */
export function shortLineText(doc: Doc, index: number, max: number): string | null {
  const l = doc.lines[index];
  return l && l.end - l.start <= max ? doc.text.slice(l.start, l.end) : null;
}

export { tokenAt };

const quoteDepths = new WeakMap<Doc, Uint8Array>();

/**
 * Does token k open a quotation: a curly “, or a straight " with no word glued before it and the next word glued to it
 * ("trao Kỷ niệm chương "Vì chủ quyền …""): sites write names in either. A stray straight quote with spaces on both
 * sides opens and closes nothing.
 */
export function opensQuote(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  if (k < 0 || k >= t.count) return false;
  const c = doc.text.charCodeAt(t.start[k]);
  if (c === 0x201c) return true;
  const wordBefore = (t.flags[k] & Flag.Glued) !== 0 && t.kind[k - 1] !== Kind.Punct;
  return c === 0x22 && !wordBefore && k + 1 < t.count && (t.flags[k + 1] & Flag.Glued) !== 0 && t.kind[k + 1] !== Kind.Punct;
}

/** Does token k close a quotation: a curly ”, or a straight " glued to the word before it and not to a word after it. */
export function closesQuote(doc: Doc, k: number): boolean {
  const t = doc.tokens;
  if (k < 0 || k >= t.count) return false;
  const c = doc.text.charCodeAt(t.start[k]);
  if (c === 0x201d) return true;
  return c === 0x22 && k > 0 && (t.flags[k] & Flag.Glued) !== 0 && !(k + 1 < t.count && t.flags[k + 1] & Flag.Glued && t.kind[k + 1] !== Kind.Punct);
}

/**
 * Is token i inside quotation marks on its line (a quoted title: báo cáo “Tình hình … năm 2013”)? Computed once per
 * article for every token, so asking costs nothing however many times it is asked.
 */
export function insideQuotes(doc: Doc, i: number): boolean {
  let depths = quoteDepths.get(doc);
  if (!depths) {
    const t = doc.tokens;
    depths = new Uint8Array(t.count);
    let curly = 0;
    let straight = false;
    for (let k = 0; k < t.count; k++) {
      if (t.flags[k] & Flag.LineBefore) {
        curly = 0;
        straight = false;
      }
      const c = doc.text.charCodeAt(t.start[k]);
      if (c === 0x201c) curly++;
      else if (c === 0x201d) curly = Math.max(0, curly - 1);
      else if (c === 0x22) straight = !straight;
      depths[k] = curly > 0 || (straight && c !== 0x22) ? 1 : 0;
    }
    quoteDepths.set(doc, depths);
  }
  return depths[i] === 1;
}
