// Percentages resolved: the year each figure belongs to, achieved or planned, one entry per statement.
import type { PercentMention } from '../extract/percentages/index.js';
import { yearMentions, type YearMention } from '../extract/years.js';
import type { Percentage } from '../record.js';
import { evidence, lineIndexAt, type Doc } from '../text/document.js';
import { fold } from '../text/patterns.js';

/** How far after a figure its own year may stand, in characters ("12% cho năm 2013"). */
const OWN_YEAR_REACH = 20;
/** How many paragraphs back a figure may look for its year. */
const PARAGRAPHS_BACK = 2;

/**
 * The year of a figure: a year in its target phrase ("kế hoạch năm 2013"), else the nearest year before it in
 * its sentence, its paragraph or the two before (comparisons and law names skipped; a span of years means the
 * figure has no single year), else the article's reference year.
 */
export function figureYear(doc: Doc, m: PercentMention, years: readonly YearMention[], reference: number | null): number | null {
  // "kế hoạch năm 2013", "12% cho năm 2013": a year right after the figure, in its own phrase
  const reach = Math.max(m.end, m.figureEnd + OWN_YEAR_REACH);
  const own = years.find(
    (y) => y.start >= m.figureEnd && y.end <= reach && !y.comparison && (y.kind === 'year' || y.kind === 'month') && !/[,;.]/.test(doc.text.slice(m.figureEnd, y.start)),
  );
  if (own) return own.year;
  const line = lineIndexAt(doc, m.figureStart);
  const from = doc.lines[Math.max(0, line - PARAGRAPHS_BACK)].start;
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    if (y.end > m.figureStart || y.start < from) continue;
    if (y.comparison || y.named || insideQuotes(doc, y.start)) continue;
    if (y.kind === 'range-start' || y.kind === 'range-end') return null;
    return y.year;
  }
  return reference;
}

/** Inside quotation marks on its line: the year belongs to a quoted title ("báo cáo “Tình hình … năm 2013”"). */
function insideQuotes(doc: Doc, offset: number): boolean {
  const line = doc.text.slice(doc.text.lastIndexOf('\n', offset) + 1, offset);
  return (line.match(/“/g)?.length ?? 0) > (line.match(/”/g)?.length ?? 0) || (line.match(/"/g)?.length ?? 0) % 2 === 1;
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
