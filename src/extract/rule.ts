// A rule is a name, one pattern over the match text and a function that builds a candidate from a match
// (or declines with null). Adding a phrasing is adding a rule; the engine never changes.
//
// The engine runs patterns the fast way without changing what they mean: a leading word-boundary lookbehind is
// checked in code instead (irregexp cannot skip ahead past a pattern that opens with a lookbehind), and a
// case-insensitive pattern runs case-sensitively on the lower-cased text (the i flag with Unicode costs several
// times more), its match handed to the rule with the original text's case.
import { matchesIn, type Doc } from '../text/document.js';
import { B } from '../text/patterns.js';

export interface Rule<T> {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, doc: Doc): T | T[] | null;
}

export function defineRule<T>(rule: Rule<T>): Rule<T> {
  if (!rule.pattern.global || !rule.pattern.unicode) throw new Error(`rule ${rule.name}: pattern needs the g and u flags`);
  compiled.set(rule.pattern, compile(rule.pattern));
  return rule;
}

interface Compiled {
  /** The pattern as written, less a leading word-boundary lookbehind. */
  plain: RegExp;
  /** For a case-insensitive pattern that can run on lower-cased text: lower-cased, without the i flag. */
  lowered: RegExp | null;
  wordStart: boolean;
}

const compiled = new WeakMap<RegExp, Compiled>();
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Lower-cases the literal characters of a pattern, leaving escapes (\p{Lu}, \S, \u00A0 …) as they are. */
function lowerLiterals(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch !== '\\') {
      out += ch.toLowerCase();
      continue;
    }
    const next = source[i + 1] ?? '';
    let end = i + 2;
    if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
    else if (next === 'u') end = i + 6;
    else if (next === 'x') end = i + 4;
    out += source.slice(i, end);
    i = end - 1;
  }
  return out;
}

function compile(pattern: RegExp): Compiled {
  const wordStart = pattern.source.startsWith(B);
  const source = wordStart ? pattern.source.slice(B.length) : pattern.source;
  const flags = pattern.flags;
  // patterns that test case themselves (\p{Lu}) must see the text as it is
  const caseTested = /\\[pP]\{L[ult]\}|\\[pP]\{(?:Uppercase|Lowercase)/.test(source);
  const lowered = flags.includes('i') && !caseTested ? new RegExp(lowerLiterals(source), `${flags.replace(/[id]/g, '')}d`) : null;
  return { plain: wordStart ? new RegExp(source, flags) : pattern, lowered, wordStart };
}

/** The match of a lower-cased run handed back with the original text's substrings. */
function withOriginalCase(m: RegExpExecArray, text: string): RegExpExecArray {
  const indices = m.indices!;
  const out = indices.map((span) => (span ? text.slice(span[0], span[1]) : undefined)) as unknown as RegExpExecArray;
  out.index = m.index;
  out.input = text;
  out.indices = indices;
  return out;
}

function* ruleMatches(doc: Doc, pattern: RegExp, start: number, end: number): Generator<RegExpExecArray> {
  const c = compiled.get(pattern) ?? compile(pattern);
  const lowered = c.lowered && doc.lower !== null;
  const re = lowered ? c.lowered! : c.plain;
  const text = lowered ? doc.lower! : doc.text;
  for (const m of matchesIn(doc, re, start, end, text)) {
    if (c.wordStart && m.index > 0 && WORD_CHAR.test(doc.text[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield lowered ? withOriginalCase(m, doc.text) : m;
  }
}

/** Runs every rule over the document (or a range of it) and returns all candidates, in rule order. */
export function applyRules<T>(rules: readonly Rule<T>[], doc: Doc, start = 0, end = doc.text.length): T[] {
  const out: T[] = [];
  for (const rule of rules) {
    for (const m of ruleMatches(doc, rule.pattern, start, end)) {
      const got = rule.extract(m, doc);
      if (got === null) continue;
      if (Array.isArray(got)) out.push(...got);
      else out.push(got);
    }
  }
  return out;
}
