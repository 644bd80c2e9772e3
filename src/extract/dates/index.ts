// Date candidates of one article: the page's publication stamp and the likeliest event date.
import type { Doc } from '../../text/document.js';
import { applyRules } from '../rule.js';
import { DATE_RULES, type DateMention } from './rules.js';

export type { DateMention } from './rules.js';

const PUBLISHED_PRIORITY: Record<string, number> = {
  'published-label': 4,
  'published-dateline': 3,
  'published-timestamp': 2,
  'published-iso': 2,
};

export interface DateCandidates {
  published: DateMention | null;
  events: DateMention[];
}

/** Below this a date is a deadline, a document's date or a passing mention, not the day of the event. */
const MIN_EVENT_WEIGHT = 4;

const overlaps = (a: DateMention, b: DateMention) => a.start < b.end && b.start < a.end;

export function findDates(doc: Doc): DateCandidates {
  const all = applyRules(DATE_RULES, doc);
  const published = all.filter((m) => m.role === 'published' && m.year !== null);
  const events: DateMention[] = [];
  for (const m of all.filter((x) => x.role === 'event').sort((a, b) => b.weight - a.weight || a.start - b.start)) {
    if (published.some((p) => overlaps(p, m))) continue;
    if (events.some((e) => overlaps(e, m))) continue;
    events.push(m);
  }
  events.sort((a, b) => b.weight - a.weight || a.start - b.start);
  while (events.length && events[events.length - 1].weight < MIN_EVENT_WEIGHT) events.pop();
  const best =
    published.sort((a, b) => (PUBLISHED_PRIORITY[b.rule] ?? 0) - (PUBLISHED_PRIORITY[a.rule] ?? 0) || a.start - b.start)[0] ??
    null;
  return { published: best, events };
}
