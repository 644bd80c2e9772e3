// The year the article reports on, which figures without a year of their own belong to: a one-year period's, else
// the publication's, else the event's. Also the article's date, which warnings about its locality are checked at.
import type { Refiner, RefineContext } from '../engine/refine.js';
import type { PeriodCandidate } from '../extract/period/index.js';
import type { EventDay } from '../extract/date/index.js';
import { isoDate } from '../extract/dates.js';

/** The year of the reviewed period when it lies within one year ("6 tháng đầu năm 2017"), else null. */
export function periodYear(ctx: RefineContext): number | null {
  const period = ctx.get<PeriodCandidate>('period')[0]?.value;
  return period && period.from && period.from.slice(0, 4) === period.to.slice(0, 4) ? Number(period.from.slice(0, 4)) : null;
}

export const referenceYear: Refiner = {
  name: 'reference-year',
  fields: ['period', 'published', 'date'],
  refine(ctx) {
    const event = ctx.get<EventDay>('date')[0]?.value;
    const published = ctx.facts.published;
    ctx.facts.year = periodYear(ctx) ?? published?.year ?? event?.year ?? null;
    ctx.facts.date = event && event.year !== null ? isoDate(event.year, event.month, event.day) : published ? isoDate(published.year, published.month, published.day) : null;
  },
};
