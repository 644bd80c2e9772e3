// The period: the best-scored span, earliest first; "5 tháng đầu năm" takes the year of the article's date.
import type { Refiner } from '../engine/refine.js';
import type { PeriodCandidate } from '../extract/period/index.js';
import { monthEnd } from '../dimensions/time/index.js';

export const choosePeriod: Refiner = {
  name: 'period',
  fields: ['period'],
  refine(ctx) {
    const year = ctx.facts.published?.year ?? null;
    const scored = ctx
      .get<PeriodCandidate>('period')
      .flatMap((f) => {
        if (f.value.months === undefined) return [f];
        if (year === null) return [];
        f.implied = ['year'];
        return [{ ...f, value: { ...f.value, from: `${year}-01-01`, to: monthEnd(year, f.value.months) } }];
      })
      .sort((a, b) => b.value.score - a.value.score || (a.origin.kind === 'text' && b.origin.kind === 'text' ? a.origin.start - b.origin.start : 0));
    ctx.set('period', scored.slice(0, 1));
  },
};
