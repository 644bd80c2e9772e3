// Percentages resolved: the year each figure belongs to, achieved or planned, one entry per statement.
import type { PercentMention } from '../extract/percentages/index.js';
import { yearMentions, type YearMention } from '../extract/years.js';
import type { Percentage } from '../record.js';
import { evidence, lineIndexAt, type Doc } from '../text/document.js';
import { fold } from '../text/patterns.js';

/** How many paragraphs back a figure may look for its year. */
const PARAGRAPHS_BACK = 2;

/**
 * The year of a figure: a year in its target phrase ("kế hoạch năm 2013"), else the nearest year before it in
 * its sentence, its paragraph or the two before (comparisons and law names skipped; a span of years means the
 * figure has no single year), else the article's reference year.
 */
export function figureYear(doc: Doc, m: PercentMention, years: readonly YearMention[], reference: number | null): number | null {
  const own = years.find((y) => y.start >= m.figureEnd && y.end <= m.end && !y.comparison && (y.kind === 'year' || y.kind === 'month'));
  if (own) return own.year;
  const line = lineIndexAt(doc, m.figureStart);
  const from = doc.lines[Math.max(0, line - PARAGRAPHS_BACK)].start;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    if (y.end > m.figureStart || y.start < from) continue;
    if (y.comparison || y.named) continue;
    if (y.kind === 'range-start' || y.kind === 'range-end') return null;
    return y.year;
  }
  return reference;
}

export function resolvePercentages(doc: Doc, mentions: readonly PercentMention[], reference: number | null): Percentage[] {
  const years = yearMentions(doc, 0, doc.text.length);
  const out: Percentage[] = [];
  for (const m of mentions) {
    const year = figureYear(doc, m, years, reference);
    const planned = m.planned || (year !== null && reference !== null && year > reference);
    const p: Percentage = {
      value: m.value,
      ...(m.max !== undefined ? { max: m.max } : {}),
      status: planned ? 'planned' : 'achieved',
      year,
      target: m.target,
      subject: m.subject,
      ...evidence(doc, m.start, m.end, m.rule),
    };
    const same = out.find(
      (o) =>
        o.value === p.value &&
        o.max === p.max &&
        o.status === p.status &&
        o.year === p.year &&
        (!o.target || !p.target || fold(o.target).includes(fold(p.target)) || fold(p.target).includes(fold(o.target))),
    );
    if (!same) out.push(p);
  }
  return out;
}
