// Percentages resolved: one reading per figure (the first rule's; a listed figure only after the one it follows),
// the year each figure belongs to, achieved or planned, one entry per statement; none from a photo caption.
import { evidence, insideQuotes, lineIndexAt, type Doc } from '../engine/document.js';
import { isCaptionLine } from '../extract/title/index.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner, RefineContext } from '../engine/refine.js';
import { Kind, tokenEndingAfter } from '../engine/tokens.js';
import { yearMentions, type YearMention } from '../dimensions/time/index.js';
import { periodYear } from './years.js';
import type { PercentMention } from '../extract/percentages/index.js';
import type { Percentage } from '../record.js';
import { fold } from '../text/fold.js';
import { lowerBound } from '../engine/search.js';

/** How far after a figure its own year may stand, in tokens ("12% cho năm 2013"). */
const OWN_YEAR_REACH = 6;
/** "năm nay" in a figure's own statement. */
const THIS_YEAR = /(?<![\p{L}])năm nay(?![\p{L}])/iu;
/** How many paragraphs back a figure may look for its year. */
const PARAGRAPHS_BACK = 2;

/**
 * The year of a figure: a year in its own phrase ("kế hoạch năm 2013"), else the nearest year before it in its
 * sentence, its paragraph or the two before (comparisons, law names and quoted titles skipped, though not a year
 * quoted with the figure; a span of years
 * means the figure has no single year), else the article's year as the text fixes it (`fallback`).
 */
function figureYear(doc: Doc, m: PercentMention, end: number, years: YearIndex, fallback: number | null): number | null {
  const { list } = years;
  const reach = Math.max(end, m.figureEnd + OWN_YEAR_REACH);
  // years are in text order: the ones after the figure and before it are found by a binary search, not a pass over
  // all of them for each figure
  for (let i = lowerBound(list.length, (j) => list[j].first < m.figureEnd); i < list.length && list[i].first < reach; i++) {
    const y = list[i];
    let clean = true;
    for (let k = m.figureEnd; k < y.first && clean; k++) if (doc.tokens.kind[k] === Kind.Punct && /[,;.]/.test(doc.text[doc.tokens.start[k]])) clean = false;
    if (clean && !y.comparison && (y.kind === 'year' || y.kind === 'month')) return y.year;
  }
  const line = doc.lineOf[m.figureFirst];
  const from = doc.lines[Math.max(0, line - PARAGRAPHS_BACK)].start;
  // the nearest year before the figure that is not skipped: comparisons and law names, and quoted years but those in
  // one quotation with the figure, a speaker's words ("… Phấn đấu trong năm 2013 cần có dư nợ … đạt 12%"): the years
  // after the last unquoted token before it; one jump in each of the two lists
  const quoteOpen = years.lastUnquoted[m.figureFirst];
  let i = lowerBound(list.length, (j) => list[j].first < m.figureFirst) - 1;
  if (i >= 0 && list[i].first > quoteOpen) i = years.usable[i];
  if (i >= 0 && list[i].first <= quoteOpen) i = years.unquoted[i];
  if (i < 0 || doc.tokens.start[list[i].first] < from) return fallback;
  const y = list[i];
  if (y.kind === 'range-start' || y.kind === 'range-end' || y.since) return null;
  // "năm 2015, 2016, 2017": several years, none the figure's own
  // ("… tổng kết năm 2023.\nNăm 2024, phấn đấu …": a year closing the sentence before is no list with this one)
  if (i > 0 && y.first - list[i - 1].first <= 3 && doc.sentenceOf[list[i - 1].first] === doc.sentenceOf[y.first]) return null;
  return y.year;
}

/**
 * The years of an article in text order, and for each the nearest one at or before it that a figure does not skip:
 * `usable` skips comparisons and law names, `unquoted` quoted years too; `lastUnquoted` is, for each token, the last
 * token at or before it outside quotation marks (a year after it stands in one quotation with that token).
 */
interface YearIndex {
  list: readonly YearMention[];
  usable: Int32Array;
  unquoted: Int32Array;
  lastUnquoted: Int32Array;
}

function yearIndex(doc: Doc, list: readonly YearMention[]): YearIndex {
  const usable = new Int32Array(list.length);
  const unquoted = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const y = list[i];
    const skipped = y.comparison || y.named;
    usable[i] = skipped ? (i > 0 ? usable[i - 1] : -1) : i;
    unquoted[i] = skipped || insideQuotes(doc, y.first) ? (i > 0 ? unquoted[i - 1] : -1) : i;
  }
  const lastUnquoted = new Int32Array(doc.tokens.count);
  for (let k = 0; k < doc.tokens.count; k++) lastUnquoted[k] = insideQuotes(doc, k) ? (k > 0 ? lastUnquoted[k - 1] : -1) : k;
  return { list, usable, unquoted, lastUnquoted };
}

export const resolvePercentages: Refiner = {
  name: 'percentages',
  fields: ['percentages', 'period', 'published', 'date', 'title'],
  refine(ctx) {
    const found = ctx.get<PercentMention>('percentages');
    const byFigure = new Map<number, Finding<PercentMention>>();
    for (const f of found) if (f.value.follows === undefined && !byFigure.has(f.value.figureFirst)) byFigure.set(f.value.figureFirst, f);
    // listed figures, in text order, each only after the one it follows
    for (const f of found.filter((x) => x.value.follows !== undefined).sort((a, b) => a.value.figureFirst - b.value.figureFirst)) {
      const head = byFigure.get(f.value.follows!);
      if (!head || byFigure.has(f.value.figureFirst)) continue;
      byFigure.set(f.value.figureFirst, { ...f, value: { ...f.value, planned: f.value.planned || head.value.planned } });
    }
    // the dateline's year is the page's, not a statement's
    const dateline = ctx.get('published')[0]?.origin;
    const years = yearMentions(ctx.doc, ctx.units).filter((y) => dateline?.kind !== 'text' || ctx.doc.tokens.start[y.first] < dateline.start || ctx.doc.tokens.start[y.first] >= dateline.end);
    const reference = ctx.facts.year;
    // a figure without a year of its own belongs to the reviewed period's year when the text states it, or to the
    // article's year when the text names that year; a year only the dateline gives is not fixed by the text (ANNOTATION.md)
    const periodFinding = ctx.get('period')[0];
    const fallback = (periodFinding && !periodFinding.implied.includes('year') ? periodYear(ctx) : null) ?? (years.some((y) => y.year === reference && !y.comparison && !y.named) ? reference : null);
    const out: Finding<Percentage>[] = [];
    const sentenceOfFinding = new Map<Percentage, number>();
    // where in `out` the figures of one value, range and status stand: only those can be the same statement, so a
    // page of thousands of figures compares each with its likes, not with all before it
    const outByFigure = new Map<string, number[]>();
    let index: YearIndex | null = null;
    for (const f of [...byFigure.values()].sort((a, b) => a.value.figureFirst - b.value.figureFirst)) {
      if (f.origin.kind !== 'text') continue;
      // a photo caption repeats what the body reports
      if (isCaptionLine(ctx.doc, lineIndexAt(ctx.doc, f.origin.start), ctx.facts.titleLine)) continue;
      const m = f.value;
      const endToken = tokenEndingAfter(ctx.doc.tokens, f.origin.end);
      // "mục tiêu tăng trưởng GDP cả năm nay là 6,7%": this year is the one reported on
      const year = THIS_YEAR.test(ctx.doc.text.slice(f.origin.start, f.origin.end)) && reference !== null ? reference : figureYear(ctx.doc, m, endToken, (index ??= yearIndex(ctx.doc, years)), fallback);
      const planned = m.planned || (year !== null && reference !== null && year > reference);
      const p: Percentage = {
        value: m.value,
        ...(m.max !== undefined ? { max: m.max } : {}),
        status: planned ? 'planned' : 'achieved',
        year,
        target: m.target,
        subject: m.subject,
        ...evidence(ctx.doc, f.origin.start, f.origin.end, f.origin.rule),
      };
      const sentence = ctx.doc.sentenceOf[m.figureFirst];
      const figure = `${p.value}|${p.max}|${p.status}`;
      let likes = outByFigure.get(figure);
      if (!likes) outByFigure.set(figure, (likes = []));
      const repeats = (o: Finding<Percentage>) =>
        (o.value.year === p.year ||
          // the same figure told again in another sentence (the headline, the lead, the body), once without its year
          ((o.value.year === null || p.year === null) && sentenceOfFinding.get(o.value) !== sentence)) &&
        (!o.value.target ||
          !p.target ||
          fold(o.value.target).includes(fold(p.target)) ||
          fold(p.target).includes(fold(o.value.target)) ||
          (sentenceOfFinding.get(o.value) !== sentence && sharedWords(o.value.target, p.target) >= REPEAT_OVERLAP));
      let same = -1;
      for (let k = 0; k < Math.min(likes.length, LIKES_COMPARED) && same < 0; k++) if (repeats(out[likes[k]])) same = likes[k];
      if (same < 0) {
        const kept = { ...f, value: p };
        sentenceOfFinding.set(p, sentence);
        likes.push(out.length);
        out.push(kept);
      } else if (out[same].value.year === null && p.year !== null) {
        // one statement: the telling that gives its year stands for it
        sentenceOfFinding.set(p, sentence);
        out[same] = { ...f, value: p };
      }
    }
    ctx.set('percentages', out);
  },
};

/**
 * How many earlier figures of the same value, range and status a figure is compared with (the first ones: the
 * headline and lead tell a figure again before the body). Its target is compared by containment, which has no index,
 * so a line of thousands of 5% figures with different targets must not compare every pair; in the 5,000 articles of
 * corpus/real no article keeps more than 2 figures of one value and status.
 */
const LIKES_COMPARED = 16;

/** How many words two targets must share (Jaccard) for two tellings of one figure in different sentences to be one statement. */
const REPEAT_OVERLAP = 0.3;

/** Jaccard overlap of the words of two targets ("mục tiêu GDP tăng" and "chỉ tiêu tăng trưởng GDP cả năm": 0.38). */
function sharedWords(a: string, b: string): number {
  const words = (s: string) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / (x.size + y.size - both || 1);
}

