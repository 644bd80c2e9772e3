// The reporting period: the span of time the article's meeting or report reviews. A time expression counts
// when it stands on its own as one ("9 tháng năm 2015") or when the nearest cue before it in its sentence is a
// review word ("tổng kết … năm 2019"), not a plan word ("triển khai nhiệm vụ năm 2020").
import { sentenceAt, type Doc } from '../../text/document.js';
import { rx, wordsPattern } from '../../text/patterns.js';
import { applyRules } from '../rule.js';
import { MEETING_WORDS, PERIOD_RULES, PLAN_WORDS, REVIEW_WORDS, type PeriodMention } from './rules.js';

export type { PeriodMention } from './rules.js';

const CUES = rx(`(${wordsPattern(REVIEW_WORDS)})|(${wordsPattern(PLAN_WORDS)})|(${wordsPattern(MEETING_WORDS)})`, 'giu');

type Cue = 'review' | 'plan' | 'meeting' | null;

/** How far before a time expression a cue still governs it, in words. */
const CUE_REACH = 25;

function nearestCue(doc: Doc, from: number, to: number): Cue {
  let cue: Cue = null;
  let at = -1;
  CUES.lastIndex = 0;
  const text = doc.text.slice(from, to);
  for (const m of text.matchAll(CUES)) {
    cue = m[1] ? 'review' : m[2] ? 'plan' : 'meeting';
    at = m.index + m[0].length;
  }
  if (cue && text.slice(at).trim().split(/\s+/).length > CUE_REACH) return null;
  return cue;
}

/** Inside quotation marks the words name a report or a document ("báo cáo “Tình hình … năm 2013”"). */
function quoted(doc: Doc, start: number): boolean {
  const line = doc.text.lastIndexOf('\n', start) + 1;
  const before = doc.text.slice(line, start);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0) || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Candidates that qualify, best first: reviewed spans before standalone ones, then text order. `year` is the page's
 * year, for periods written without one ("5 tháng đầu năm").
 */
export function periodCandidates(doc: Doc, year: number | null = null): PeriodMention[] {
  const all = applyRules(PERIOD_RULES, doc)
    .filter((m) => !quoted(doc, m.start))
    .flatMap((m) => {
      if (m.months === undefined) return [m];
      if (year === null) return [];
      const last = new Date(Date.UTC(year, m.months, 0)).getUTCDate();
      return [{ ...m, from: `${year}-01-01`, to: `${year}-${String(m.months).padStart(2, '0')}-${String(last).padStart(2, '0')}` }];
    });
  // the longest expression wins where two rules read the same words ("tính đến hết tháng 5-2013" vs "tháng 5-2013")
  const kept = all
    .sort((a, b) => b.end - b.start - (a.end - a.start))
    .filter((m, i, arr) => !arr.slice(0, i).some((o) => o.start < m.end && m.start < o.end));
  const scored: { m: PeriodMention; score: number }[] = [];
  for (const m of kept) {
    const s = sentenceAt(doc, m.start);
    const cue = s ? nearestCue(doc, s.start, m.start) : null;
    const term = /^nhiệm\s+kỳ/iu.test(doc.text.slice(m.start, m.end));
    let score = 0;
    if (cue === 'review') score = 3;
    else if (cue === 'meeting' && m.multiYear && !term) score = 2;
    else if (cue !== 'plan' && m.standalone) score = 1;
    if (score > 0) scored.push({ m, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.m.start - b.m.start).map((x) => x.m);
}
