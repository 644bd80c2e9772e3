// Percentage candidates: every rule's, one per figure (the first rule that reads a figure keeps it).
import type { Doc } from '../../text/document.js';
import { applyRules } from '../rule.js';
import { PERCENT_RULES, type PercentMention } from './rules.js';

export type { PercentMention } from './rules.js';

export function findPercentages(doc: Doc): PercentMention[] {
  const out: PercentMention[] = [];
  if (!doc.text.includes('%')) return out; // every rule reads a figure with its % sign
  const all = applyRules(PERCENT_RULES, doc);
  for (const m of all.filter((x) => x.follows === undefined)) {
    if (out.some((o) => o.figureStart === m.figureStart)) continue;
    out.push(m);
  }
  // listed figures, in text order, each only after the one it follows
  for (const m of all.filter((x) => x.follows !== undefined).sort((a, b) => a.figureStart - b.figureStart)) {
    const head = out.find((o) => o.figureStart === m.follows);
    if (!head || out.some((o) => o.figureStart === m.figureStart)) continue;
    out.push({ ...m, planned: m.planned || head.planned });
  }
  return out.sort((a, b) => a.figureStart - b.figureStart);
}
