// A rule is a name, one pattern over the match text and a function that builds a candidate from a match
// (or declines with null). Adding a phrasing is adding a rule; the engine never changes.
import { matchesIn, type Doc } from '../text/document.js';

export interface Rule<T> {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, doc: Doc): T | T[] | null;
}

export function defineRule<T>(rule: Rule<T>): Rule<T> {
  if (!rule.pattern.global || !rule.pattern.unicode) throw new Error(`rule ${rule.name}: pattern needs the g and u flags`);
  return rule;
}

/** Runs every rule over the document (or a range of it) and returns all candidates, in rule order. */
export function applyRules<T>(rules: readonly Rule<T>[], doc: Doc, start = 0, end = doc.text.length): T[] {
  const out: T[] = [];
  for (const rule of rules) {
    for (const m of matchesIn(doc, rule.pattern, start, end)) {
      const got = rule.extract(m, doc);
      if (got === null) continue;
      if (Array.isArray(got)) out.push(...got);
      else out.push(got);
    }
  }
  return out;
}
