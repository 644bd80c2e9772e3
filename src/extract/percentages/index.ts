// Percentage candidates: every rule's, one per figure (the first rule that reads a figure keeps it).
import type { Doc } from '../../text/document.js';
import { applyRules } from '../rule.js';
import { PERCENT_RULES, type PercentMention } from './rules.js';

export type { PercentMention } from './rules.js';

export function findPercentages(doc: Doc): PercentMention[] {
  const out: PercentMention[] = [];
  for (const m of applyRules(PERCENT_RULES, doc)) {
    if (out.some((o) => o.figureStart === m.figureStart)) continue;
    out.push(m);
  }
  return out.sort((a, b) => a.figureStart - b.figureStart);
}
