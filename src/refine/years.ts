// The year the article reports on, which figures without a year of their own belong to: a one-year period's, else
// the publication's, else the event's. Also the article's date, which warnings about its locality are checked at, and
// the year an undated article is in (mainYearOf), which the date and period refiners both read.
import type { Refiner, RefineContext } from '../engine/refine.js';
import type { PeriodCandidate } from '../extract/period/index.js';
import type { EventDay } from '../extract/date/index.js';
import { isoDate } from '../extract/dates.js';
import { yearMentions } from '../dimensions/time/index.js';

/** The last month of a year in which the year before is reported on ("Năm 2016, … đã …" printed on 4 January 2017). */
export const REPORT_SEASON_CLOSES = 3;

/** Before a year, the same stretch a year earlier: "tăng 12% so với cùng kỳ năm 2024" is said in 2025. */
const SAME_STRETCH_BEFORE = /(?<![\p{L}])cùng\s+k[ỳì]\s+(?:năm\s+)?$/iu;

/**
 * The year an undated article is in, or null: the year after the stretch it compares with ("tăng 12% so với cùng kỳ
 * năm 2024" is said in 2025) unless it names a later year most, else the year it names most, not in comparisons, law
 * names or births, nor a horizon ("mục tiêu đến năm 2030": a target's deadline is no year the article is in; a plan's
 * year often is, "nhiệm vụ năm 2025"). bench/studies/period-round8.mjs --only year: where the two disagree on
 * corpus/real (2 of 17) the compared year's next is the one its year-less quarter or months are in. `comparedOnly`:
 * that next year is written nowhere in the text, so only arithmetic gives it, which dates neither a period nor a day
 * (ANNOTATION.md; audits 24 and 25 annotate such articles without a period; round 25).
 */
/**
 * A day's year counts for more than a year named alone or a span's last: "ngày 24/3/2016" is a day the text's events
 * fall on, "giai đoạn 2016-2020" is named as the stage opens as well as when it is reviewed (round 28, audit 34).
 * bench/studies/round28-main-year.mjs, the year found against the page's printed year on dated pages: a day's year
 * counted once, 1.5 and twice gives corpus/real 343, 345, 348 of 1,448 right, audits 23-36 67, 69, 71 of 77, dev 21
 * each time of 35 (a numbered document's date, "Kế hoạch số 05/KH-UBND ngày 20/12/2023", counts for nothing: round 28
 * review).
 */
export const DAY_VOTE = 2;

export function mainYearOf(ctx: Pick<RefineContext, 'doc' | 'units'>, dayVote = DAY_VOTE): { year: number | null; comparedOnly: boolean } {
  const counts = new Map<number, number>();
  const compared = new Map<number, number>();
  // every year written other than to compare with, horizons and names too: the compared year's next written anywhere
  const written = new Set<number>();
  for (const y of yearMentions(ctx.doc, ctx.units)) {
    const at = ctx.doc.tokens.start[y.first];
    if (y.comparison && SAME_STRETCH_BEFORE.test(ctx.doc.text.slice(Math.max(0, at - 20), at))) compared.set(y.year + 1, (compared.get(y.year + 1) ?? 0) + 1);
    if (!y.comparison) written.add(y.year);
    // a span's first year is no year the article is in ("giai đoạn 2017 – 2019" is reviewed in 2019), nor a term's
    // ("nhiệm kỳ 2016-2021" is named in every year it runs)
    if (y.comparison || y.named || y.birth || y.deadline || y.kind === 'range-start' || y.term) continue;
    counts.set(y.year, (counts.get(y.year) ?? 0) + (y.kind === 'date' ? dayVote : 1));
  }
  const top = (votes: Map<number, number>) => [...votes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  const named = top(counts);
  const after = top(compared);
  // a comparison's year is the one before the article's at the latest: a later year named most is the article's
  return after !== null && (named === null || named <= after) ? { year: after, comparedOnly: !written.has(after) } : { year: named, comparedOnly: false };
}

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
