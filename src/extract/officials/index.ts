// Person mentions in an article, from every official rule.
import type { Doc } from '../../text/document.js';
import { applyRules } from '../rule.js';
import { OFFICIAL_RULES, type PersonMention } from './rules.js';

export type { PersonMention } from './rules.js';

export function findPersonMentions(doc: Doc): PersonMention[] {
  return applyRules(OFFICIAL_RULES, doc).sort((a, b) => a.nameStart - b.nameStart || b.end - a.end);
}
