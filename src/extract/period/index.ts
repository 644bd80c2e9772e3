// period: what the article's meeting or report reviews. A span of time counts when it stands on its own as one
// ("9 tháng năm 2015", "6 tháng đầu năm") or when the nearest cue before it in its sentence is a review word
// ("tổng kết … năm 2019"), not a plan word ("triển khai nhiệm vụ năm 2020"); a span of several years needs a
// meeting word at least. Spans inside quotation marks name a document, not a period.
import { wordClass } from '../../engine/lexicon.js';
import { defineField } from '../../engine/field.js';
import { insideQuotes } from '../../engine/document.js';
import { anchor, dim } from '../../engine/pattern.js';
import type { Rule, RuleContext } from '../../engine/rule.js';
import { Kind } from '../../engine/tokens.js';
import type { SpanValue } from '../../dimensions/time/index.js';
import { quote, ruleTag } from '../../emit/view.js';
import { MEETING_WORDS, PLAN_WORDS, REVIEW_WORDS } from '../../lexicon/review.js';
import type { Period } from '../../record.js';
import { finding, isoDate, nullable } from '../../engine/schema-parts.js';

export const reviewCues = wordClass('review-cue', REVIEW_WORDS);
export const planCues = wordClass('plan-cue', PLAN_WORDS);
export const meetingCues = wordClass('meeting-cue', MEETING_WORDS);

/** How far before a span a cue still governs it, in words. */
const CUE_REACH = 25;

type Cue = 'review' | 'plan' | 'meeting' | null;

/** The nearest cue before token `first` in its sentence, within reach. */
export function nearestCue(ctx: RuleContext, first: number): Cue {
  const { doc, units } = ctx;
  const s = doc.sentences[doc.sentenceOf[first]];
  const from = s ? s.firstToken : 0;
  let words = 0;
  for (let k = first - 1; k >= from && words <= CUE_REACH; k--) {
    if (doc.tokens.kind[k] !== Kind.Punct) words++;
    if (units.endingAt('review-cue', k + 1).length) return 'review';
    if (units.endingAt('plan-cue', k + 1).length) return 'plan';
    if (units.endingAt('meeting-cue', k + 1).length) return 'meeting';
  }
  return null;
}

const MULTI_YEAR = new Set(['stage', 'term', 'school-year', 'years']);
const STANDALONE = new Set(['months', 'months-so-far']);

/** A span of time with how strongly it reads as the reviewed period (0: not at all). */
export interface PeriodCandidate extends SpanValue {
  score: number;
}

export const PERIOD_RULES: readonly Rule<PeriodCandidate>[] = [
  {
    name: 'period-span',
    pattern: [anchor(dim('span', 's'))],
    build(m, ctx) {
      if (insideQuotes(ctx.doc, m.first)) return null;
      // "lũy kế đến cuối tháng 5 năm 2013" is one span, not also "tháng 5 năm 2013"
      if (ctx.units.of('span').some((o) => o !== m.anchor && o.first <= m.first && m.end <= o.end && o.end - o.first > m.end - m.first)) return null;
      const span = m.anchor.value as SpanValue;
      const cue = nearestCue(ctx, m.first);
      let score = 0;
      if (cue === 'review') score = 3;
      else if (cue === 'meeting' && MULTI_YEAR.has(span.kind) && span.kind !== 'term') score = 2;
      else if (cue !== 'plan' && STANDALONE.has(span.kind)) score = 1;
      return score > 0 ? { value: { ...span, score }, weight: score } : null;
    },
  },
];

export const period = defineField({
  name: 'period',
  contractKeys: ['from', 'to'],
  dimensions: ['span', 'review-cue', 'plan-cue', 'meeting-cue'],
  rules: PERIOD_RULES,
  empty: null as Period | null,
  schema: nullable(finding({ from: isoDate, to: isoDate })),
  // an ISO 8601 interval
  csv: (p) => ({ value: `${p.from}/${p.to}`, from: p.from, to: p.to }),
  report: { label: 'Period', colour: '#bbf7d0', edge: '#15803d', line: (p: Period) => `${p.from} → ${p.to}` },
  record(ctx) {
    const f = ctx.findings('period')[0];
    const v = f?.value as PeriodCandidate | undefined;
    if (!f || !v || !v.from) return { value: null };
    return { value: { from: v.from, to: v.to, ...ctx.evidence(f) } };
  },
  view: (v, _r, c, explain) => (v ? [`${v.from} → ${v.to}${quote(c, v)}${ruleTag(c, v, explain)}`] : []),
});
