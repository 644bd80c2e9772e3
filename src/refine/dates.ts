// The page's date and the event's: one publication date by the precedence of the rules that read it, then one event
// day, its year implied from the publication date (the event on or before it) or from its own sentence, never a
// day after publication (chrono's assign/imply: the day and month were said, the year is implied and marked).
import type { Finding } from '../engine/finding.js';
import { overlaps } from '../engine/finding.js';
import type { Refiner, RefineContext } from '../engine/refine.js';
import { firstUsableYear, yearMentions } from '../dimensions/time/index.js';
import { sentenceAt } from '../engine/document.js';
import { dayNumber } from '../extract/dates.js';
import { MIN_EVENT_WEIGHT, type EventDay } from '../extract/date/index.js';
import { PUBLISHED_PRECEDENCE, type DayValue } from '../extract/published/index.js';

const precedence = (f: Finding) => (f.origin.kind === 'meta' ? 1 : (PUBLISHED_PRECEDENCE[f.origin.rule] ?? 0));

export const choosePublished: Refiner = {
  name: 'published-by-precedence',
  fields: ['published'],
  refine(ctx) {
    const all = ctx.get<DayValue>('published');
    const best = [...all].sort((a, b) => precedence(b) - precedence(a) || start(a) - start(b))[0];
    ctx.set('published', best ? [best] : []);
    ctx.facts.published = best ? best.value : null;
  },
};

const start = (f: Finding) => (f.origin.kind === 'text' ? f.origin.start : -1);

/** The year a sentence names for its event ("Sáng 6/2, … nhập ngũ năm 2017"): its first usable year mention. */
function sentenceYear(ctx: RefineContext, f: Finding): number | null {
  if (f.origin.kind !== 'text') return null;
  const s = sentenceAt(ctx.doc, f.origin.start);
  if (!s) return null;
  return firstUsableYear(yearMentions(ctx.doc, ctx.units).filter((y) => y.first >= s.firstToken && y.first < s.endToken && !y.deadline));
}

/** How many days an event may lie after the publication date and still be the same year (previews, typos). */
const FUTURE_TOLERANCE_DAYS = 7;

export const chooseEventDate: Refiner = {
  name: 'event-date',
  fields: ['date', 'published'],
  refine(ctx) {
    const published = ctx.facts.published;
    const pageDates = ctx.get('published');
    const candidates = ctx
      .get<EventDay>('date')
      .filter((f) => f.weight >= MIN_EVENT_WEIGHT && !pageDates.some((p) => overlaps(p, f)))
      .sort((a, b) => b.weight - a.weight || start(a) - start(b));
    const kept: Finding<EventDay>[] = [];
    // only the likeliest day is the event's: when its year cannot be told, the event's day is unknown
    for (const f of candidates.slice(0, 1)) {
      let v = f.value;
      if (v.year === null) {
        let year: number | null = null;
        if (published) {
          year = published.year;
          if (dayNumber(year, v.month, v.day) > dayNumber(year, published.month, published.day) + FUTURE_TOLERANCE_DAYS) year -= 1;
        } else year = sentenceYear(ctx, f);
        if (year === null) continue;
        v = { ...v, year };
        f.implied = ['year'];
      }
      if (published && dayNumber(v.year!, v.month, v.day) > dayNumber(published.year, published.month, published.day)) continue;
      kept.push({ ...f, value: v });
    }
    ctx.set('date', kept.slice(0, 1));
  },
};
