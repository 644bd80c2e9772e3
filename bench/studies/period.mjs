#!/usr/bin/env node
// Corpus study: how real Vietnamese news names a reporting period, and which articles are reviews/results reports
// (the ones that get a period per ANNOTATION.md). Counts the period forms in ../shared/corpus/real with the cue
// (review or plan) that stands before each in its sentence, then calibrates on the dev set's expected periods and
// scores a few simple "is this a review/results report" rules on dev.
//   node bench/studies/period.mjs
// Reads ../shared relative to the repo root, or VNREPORT_SHARED. Read-only; prints to stdout.
import { Tally, builtCleaner, markedSnippet, oneLine, readDev, readReal, sentenceSpans } from './lib.mjs';

const snippet = (text, start, end, before = 70, after = 50) => markedSnippet(text, start, end, before, after);
// an example from the first form of a label and one from its 20th
const tally = () => new Tally({ early: 1, laterAt: 20 });

// ---------- period forms ----------
const L = String.raw`(?<![\p{L}\d])`;
const R = String.raw`(?![\p{L}\d])`;
const Y = String.raw`((?:19|20)\d\d)`;
const DASH = String.raw`\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?`;
const ROMAN = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const MONTH_WORDS = { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const monthNumber = (s) => (/^\d+$/.test(s) ? Number(s) : MONTH_WORDS[s.toLowerCase()] ?? NaN);
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const months = (y, m1, m2) => (y && m2 >= 1 && m2 <= 12 ? { from: iso(y, m1, 1), to: iso(y, m2, lastDay(y, m2)) } : null);
const years = (a, b) => (a && b && b >= a && b - a < 40 ? { from: iso(a, 1, 1), to: iso(b, 12, 31) } : null);
const NMONTHS = String.raw`(\d{1,2}|sáu|chín|ba|bốn|năm|bảy|tám|hai|mười)`;

// Each form: label, regex, interval(match, contextYear). Order matters: the first form to claim a span keeps it.
const FORMS = [
  ['giai đoạn YYYY-YYYY', new RegExp(L + String.raw`giai đoạn\s+(?:từ\s+)?(?:năm\s+)?` + Y + DASH + Y, 'giu'), (m) => years(+m[1], +m[2])],
  ['nhiệm kỳ YYYY-YYYY', new RegExp(L + String.raw`nhiệm kỳ\s+(?:\p{L}+\s+){0,3}?` + Y + DASH + Y, 'giu'), (m) => years(+m[1], +m[2])],
  ['nhiệm kỳ (no years)', new RegExp(L + String.raw`nhiệm kỳ(?:\s+(?:qua|mới|tới|trước|này))?` + R, 'giu'), () => null],
  ['năm học YYYY-YYYY', new RegExp(L + String.raw`năm học\s+` + Y + DASH + Y, 'giu'), (m) => years(+m[1], +m[2])],
  ['(YYYY-YYYY) bare span', new RegExp(String.raw`\(\s*(?:giai đoạn\s+|năm\s+)?` + Y + DASH + Y + String.raw`\s*\)`, 'giu'), (m) => years(+m[1], +m[2])],
  ['từ (năm) YYYY đến/- YYYY', new RegExp(L + String.raw`từ\s+năm\s+` + Y + DASH + Y, 'giu'), (m) => years(+m[1], +m[2])],
  ['N năm … YYYY-YYYY / other span', new RegExp(L + String.raw`(?:năm\s+)?` + Y + String.raw`\s*(?:-|–|—)\s*` + Y + R, 'giu'), (m) => years(+m[1], +m[2])],
  ['N tháng đầu năm YYYY', new RegExp(L + NMONTHS + String.raw`\s+tháng\s+đầu\s+năm\s+(?:nay\s+)?` + Y, 'giu'), (m) => months(+m[2], 1, monthNumber(m[1]))],
  ['N tháng đầu năm (no year)', new RegExp(L + NMONTHS + String.raw`\s+tháng\s+đầu\s+năm(?:\s+nay)?` + R, 'giu'), (m, cy) => months(cy, 1, monthNumber(m[1]))],
  ['N tháng cuối năm (plan)', new RegExp(L + NMONTHS + String.raw`\s+tháng\s+cuối\s+năm(?:\s+` + Y + ')?', 'giu'), () => null],
  ['N tháng qua (no year)', new RegExp(L + NMONTHS + String.raw`\s+tháng\s+qua` + R, 'giu'), (m, cy) => months(cy, 1, monthNumber(m[1]))],
  ['N tháng năm YYYY', new RegExp(L + NMONTHS + String.raw`\s+tháng\s+(?:năm\s+|\/\s*)` + Y, 'giu'), (m) => months(+m[2], 1, monthNumber(m[1]))],
  ['quý I/YYYY, quý I năm YYYY', new RegExp(L + String.raw`quý\s+(IV|III|II|I|[1-4])(?:\s*\/\s*|\s+năm\s+|\s*-\s*)` + Y, 'gu'), (m) => months(+m[2], 3 * ROMAN[m[1]] - 2, 3 * ROMAN[m[1]])],
  ['quý I (no year)', new RegExp(L + String.raw`quý\s+(IV|III|II|I|[1-4])` + R, 'gu'), (m, cy) => months(cy, 3 * ROMAN[m[1]] - 2, 3 * ROMAN[m[1]])],
  ['tính/lũy kế đến (hết/cuối) tháng M/YYYY', new RegExp(L + String.raw`(?:tính|lũy kế|luỹ kế)\s+(?:từ đầu năm\s+)?đến\s+(?:hết|cuối)?\s*tháng\s+(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)` + Y, 'giu'), (m) => months(+m[2], 1, +m[1])],
  ['tính đến (ngày) D-M / D/M (cumulative to a day)', new RegExp(L + String.raw`tính\s+đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}`, 'giu'), () => null],
  ['tính đến nay / thời điểm này', new RegExp(L + String.raw`tính\s+đến\s+(?:nay|thời điểm (?:này|hiện tại))`, 'giu'), () => null],
  ['từ đầu năm đến nay', new RegExp(L + String.raw`từ\s+đầu\s+năm(?:\s+` + Y + String.raw`)?\s+(?:đến|tới)\s+nay`, 'giu'), (m, cy) => (m[1] ? months(+m[1], 1, 12) : null)],
  ['tháng M/YYYY, tháng M-YYYY, tháng M năm YYYY', new RegExp(L + String.raw`tháng\s+(\d{1,2})(?:\s*[/-]\s*|\s+năm\s+)` + Y + R, 'giu'), (m) => months(+m[2], +m[1], +m[1])],
  ['năm YYYY', new RegExp(L + String.raw`năm\s+` + Y + R, 'giu'), (m) => years(+m[1], +m[1])],
  ['năm nay / cả năm (no year)', new RegExp(L + String.raw`(?:năm\s+nay|cả\s+năm)` + R, 'giu'), (m, cy) => years(cy, cy)],
  ['năm qua / những năm qua (no year)', new RegExp(L + String.raw`năm\s+qua` + R, 'giu'), () => null],
];

const REVIEW_CUES = /(?<![\p{L}])(?:tổng kết|sơ kết|báo cáo|kết quả|đánh giá|nhìn lại|kiểm điểm|trong năm|năm qua|vừa qua|đạt được|đã đạt|ước đạt|thực hiện được|tình hình thực hiện|giao ban)(?![\p{L}])/giu;
const PLAN_CUES = /(?<![\p{L}])(?:triển khai|phương hướng|nhiệm vụ năm|nhiệm vụ trọng tâm|phấn đấu|kế hoạch|mục tiêu|chỉ tiêu|đề ra|sẽ|dự kiến|định hướng|năm tới|chương trình công tác|chuẩn bị)(?![\p{L}])/giu;

function nearestCue(before) {
  let best = null;
  for (const [kind, re] of [['review', REVIEW_CUES], ['plan', PLAN_CUES]]) {
    re.lastIndex = 0;
    for (const m of before.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { kind, end, word: m[0].toLowerCase() };
    }
  }
  return best;
}

function findForms(text) {
  const taken = [];
  const found = [];
  for (const [label, re, interval] of FORMS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ label, start, end, m, interval });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// Title = first non-empty line; lead = the first two sentences after it.
function analyse(article, contextYear) {
  const { text } = article;
  const sentences = sentenceSpans(text);
  const firstLine = sentences[0]?.lineNo ?? 0;
  const titleSentences = sentences.filter((s) => s.lineNo === firstLine);
  const bodySentences = sentences.filter((s) => s.lineNo !== firstLine);
  const forms = findForms(text).map((f) => {
    const si = sentences.findIndex((s) => f.start >= s.start && f.start < s.end);
    const s = sentences[si] ?? { start: 0, end: text.length, lineNo: 0 };
    const bi = bodySentences.indexOf(s);
    const where = s.lineNo === firstLine ? 'title' : bi < 2 ? 'lead (sentences 1-2)' : 'body';
    const before = text.slice(s.start, f.start);
    const cue = nearestCue(before);
    REVIEW_CUES.lastIndex = 0;
    PLAN_CUES.lastIndex = 0;
    const sentenceText = text.slice(s.start, s.end);
    const anyReview = (sentenceText.match(REVIEW_CUES) ?? []).length > 0;
    const anyPlan = (sentenceText.match(PLAN_CUES) ?? []).length > 0;
    return { ...f, where, cue, anyReview, anyPlan, sentenceText, value: f.interval(f.m, contextYear), text: text.slice(f.start, f.end) };
  });
  const title = titleSentences.length ? text.slice(titleSentences[0].start, titleSentences.at(-1).end) : '';
  const lead = bodySentences.slice(0, 2).map((s) => text.slice(s.start, s.end)).join(' ');
  return { forms, title, lead, sentences };
}

// ---------- review-report features and rules ----------
const TITLE_REVIEW = /(?<![\p{L}])(?:tổng kết|sơ kết|kết quả|nhìn lại|báo cáo|đánh giá|năm qua|tháng đầu năm|\d+ tháng|quý (?:I|II|III|IV|[1-4])|giai đoạn \d{4}|năm \d{4}|đạt \d|thu ngân sách|tăng trưởng)(?![\p{L}])/iu;
const LEAD_REVIEW = /(?<![\p{L}])(?:tổng kết|sơ kết|đánh giá (?:kết quả|tình hình)|báo cáo kết quả|kiểm điểm|giao ban|kết quả (?:thực hiện|công tác|đạt được)|tình hình (?:thực hiện|kinh tế)|hội nghị (?:tổng kết|sơ kết|đánh giá|giao ban))(?![\p{L}])/iu;
const CONFERENCE_REVIEW = /(?<![\p{L}])(?:hội nghị|họp|phiên họp|đại hội|tọa đàm|làm việc)[^.]{0,80}?(?:tổng kết|sơ kết|đánh giá|kết quả|báo cáo)(?![\p{L}])/iu;
// A form that ends after the publication date is a plan, not a reviewed period (year and span forms: after its year;
// month forms: more than a month after it). Without a known date every form stays.
function notFuture(f, contextDate) {
  if (!f.value || !contextDate) return true;
  if (f.value.from.endsWith('-01-01') && f.value.to.endsWith('-12-31')) return Number(f.value.to.slice(0, 4)) <= Number(contextDate.slice(0, 4));
  const limit = new Date(contextDate + 'T00:00:00Z');
  limit.setUTCMonth(limit.getUTCMonth() + 1);
  return f.value.to <= limit.toISOString().slice(0, 10);
}
function features(a, { dropFuture = false } = {}) {
  if (dropFuture) a = { ...a, forms: a.forms.filter((f) => notFuture(f, a.contextDate)) };
  const reviewForms = a.forms.filter((f) => f.value && f.cue?.kind === 'review');
  const t = a.text;
  return {
    titleReview: TITLE_REVIEW.test(a.title),
    titleSumUp: /(?<![\p{L}])(?:tổng kết|sơ kết)(?![\p{L}])/iu.test(a.title),
    leadReview: LEAD_REVIEW.test(a.lead),
    leadConference: CONFERENCE_REVIEW.test(a.lead),
    periodFormTitleLead: a.forms.some((f) => f.value && f.where !== 'body' && !/^năm YYYY$|^năm nay/.test(f.label)),
    reviewPeriodTitleLead: a.forms.some((f) => f.value && f.where !== 'body' && f.cue?.kind === 'review'),
    reviewForms: reviewForms.length,
    // a period form other than a bare year in the title or lead, not governed by a plan cue; or any form after a review cue there
    periodTitleLeadNotPlan: a.forms.some(
      (f) => f.value && f.where !== 'body' && ((!/^năm YYYY$|^năm nay/.test(f.label) && f.cue?.kind !== 'plan') || f.cue?.kind === 'review'),
    ),
    reviewFormWithReviewFrame: reviewForms.length > 0 && (LEAD_REVIEW.test(a.lead) || TITLE_REVIEW.test(a.title)),
    yoy: (t.match(/so với cùng k[ỳì]/giu) ?? []).length,
    ofPlan: (t.match(/\d%\s*(?:so với\s+)?(?:kế hoạch|dự toán|chỉ tiêu|KH)/gu) ?? []).length,
    estimate: (t.match(/(?<![\p{L}])ước (?:đạt|tính|tăng|thực hiện)/giu) ?? []).length,
  };
}
const RULES = [
  ['A title has tổng kết/sơ kết', (f) => f.titleSumUp],
  ['B title review word (kết quả, N tháng, năm YYYY, tăng trưởng …)', (f) => f.titleReview],
  ['C lead names a review (tổng kết, sơ kết, đánh giá kết quả, giao ban …)', (f) => f.leadReview],
  ['D A or C', (f) => f.titleSumUp || f.leadReview],
  ['E period form in title/lead after a review cue', (f) => f.reviewPeriodTitleLead],
  ['F C or E', (f) => f.leadReview || f.reviewPeriodTitleLead],
  ['G F or (≥2 period forms after review cues)', (f) => f.leadReview || f.reviewPeriodTitleLead || f.reviewForms >= 2],
  ['H G or (≥2 of "so với cùng kỳ"/"X% kế hoạch"/"ước đạt" and a period form in title/lead)', (f) => f.leadReview || f.reviewPeriodTitleLead || f.reviewForms >= 2 || (f.yoy + f.ofPlan + f.estimate >= 2 && f.periodFormTitleLead)],
  ['I (C or E) and not only a year-less form', (f) => (f.leadReview || f.reviewPeriodTitleLead) && (f.reviewForms >= 1 || f.periodFormTitleLead)],
  ['J period form (not a bare year) in title/lead without a plan cue, or any form there after a review cue', (f) => f.periodTitleLeadNotPlan],
  ['K J or (a form after a review cue anywhere, and the title or lead names a review)', (f) => f.periodTitleLeadNotPlan || f.reviewFormWithReviewFrame],
  ['L K or (≥2 forms after review cues)', (f) => f.periodTitleLeadNotPlan || f.reviewFormWithReviewFrame || f.reviewForms >= 2],
  ['M L, ignoring forms that end after the publication date', (f) => f.future.periodTitleLeadNotPlan || f.future.reviewFormWithReviewFrame || f.future.reviewForms >= 2],
];

// ---------- real corpus ----------
const real = readReal();
const byForm = tally();
const byFormCue = new Map();
const byFormWhere = new Map();
const realFeatures = [];
const cueWords = tally();
const articlesWith = new Map();
for (const article of real) {
  const timestamp = article.text.match(/\b\d{2}\/\d{2}\/(\d{2}) \d{2}:\d{2} GMT/);
  const contextYear = timestamp ? 2000 + Number(timestamp[1]) : null;
  const contextDate = timestamp ? `20${timestamp[1]}-${timestamp[0].slice(3, 5)}-${timestamp[0].slice(0, 2)}` : null;
  const a = { ...article, ...analyse(article, contextYear), contextDate };
  realFeatures.push({ ...features(a), future: features(a, { dropFuture: true }) });
  const seen = new Set();
  for (const f of a.forms) {
    if (f.cue && f.value) cueWords.add(`${f.cue.kind}: ${f.cue.word}`);
    byForm.add(f.label, `${a.file}: ${snippet(a.text, f.start, f.end)}`);
    const c = byFormCue.get(f.label) ?? { review: 0, plan: 0, none: 0, anyReview: 0, anyPlan: 0, reviewEx: null, planEx: null };
    c[f.cue?.kind ?? 'none']++;
    if (f.anyReview) c.anyReview++;
    if (f.anyPlan) c.anyPlan++;
    if (f.cue?.kind === 'review' && !c.reviewEx) c.reviewEx = `${a.file}: ${snippet(a.text, f.start, f.end, 90, 30)}`;
    if (f.cue?.kind === 'plan' && !c.planEx) c.planEx = `${a.file}: ${snippet(a.text, f.start, f.end, 90, 30)}`;
    byFormCue.set(f.label, c);
    const w = byFormWhere.get(f.label) ?? { title: 0, 'lead (sentences 1-2)': 0, body: 0 };
    w[f.where]++;
    byFormWhere.set(f.label, w);
    if (!seen.has(f.label)) articlesWith.set(f.label, (articlesWith.get(f.label) ?? 0) + 1);
    seen.add(f.label);
  }
}
console.log(`# Period forms in ${real.length} real articles`);
byForm.printShares('Forms (each span counted once, first matching form wins)');
console.log('\n## Nearest cue before the form in its sentence: review vs plan (and any cue anywhere in the sentence)');
console.log('   form | n | articles | nearest review / plan / none | any review / any plan in sentence | title / lead / body');
for (const [label, c] of [...byFormCue].sort((x, y) => byForm.count(y[0]) - byForm.count(x[0]))) {
  const n = byForm.count(label);
  const w = byFormWhere.get(label);
  console.log(`   ${label} | ${n} | ${articlesWith.get(label)} | ${c.review} / ${c.plan} / ${c.none} | ${c.anyReview} / ${c.anyPlan} | ${w.title} / ${w['lead (sentences 1-2)']} / ${w.body}`);
  if (c.reviewEx) console.log(`        review e.g. ${c.reviewEx}`);
  if (c.planEx) console.log(`        plan   e.g. ${c.planEx}`);
}

cueWords.printShares('Which cue word is nearest before a period form with an interval', { examples: false, limit: 30 });

// ---------- dev calibration ----------
function mostFrequentYear(text) {
  const counts = new Map();
  for (const m of text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? Number(best[0]) : null;
}
const dev = [];
for (const article of readDev({ htmlText: await builtCleaner() })) {
  const gold = article.expected;
  // year for year-less forms: the expected publication year, else the expected event year (calibration only)
  const contextYear = Number((gold.published ?? gold.date ?? '').slice(0, 4)) || mostFrequentYear(article.text);
  const a = { ...article, ...analyse(article, contextYear), gold, contextDate: gold.published ?? gold.date };
  a.features = { ...features(a), future: features(a, { dropFuture: true }) };
  dev.push(a);
}
const withPeriod = dev.filter((a) => a.gold.period);
console.log(`\n# Dev calibration: ${withPeriod.length} of ${dev.length} dev articles have a period`);
console.log('\n## Dev articles with a period: the phrase(s) giving it (first matching form; where; nearest cue)');
const pickerTally = tally();
for (const a of withPeriod) {
  const p = a.gold.period;
  const hits = a.forms.filter((f) => f.value && f.value.from === p.from && f.value.to === p.to);
  console.log(`  ${a.file} ${p.from}..${p.to} | title: ${oneLine(a.title).slice(0, 80)}`);
  if (!hits.length) console.log('      (no form gives this interval)');
  for (const h of hits.slice(0, 2)) console.log(`      ${h.label} [${h.where}; ${h.cue ? h.cue.kind + ': ' + h.cue.word : 'no cue'}] ${snippet(a.text, h.start, h.end, 80, 30)}`);
}
console.log('\n## Dev articles with no period that mention a year: title | forms found (where, nearest cue)');
for (const a of dev.filter((x) => !x.gold.period && /(?:19|20)\d\d/.test(x.text))) {
  const fs2 = a.forms.filter((f) => f.value).slice(0, 4).map((f) => `${f.text.replace(/\s+/g, ' ')} (${f.where === 'body' ? 'body' : f.where.split(' ')[0]}, ${f.cue?.kind ?? '-'})`);
  console.log(`  ${a.file} | ${oneLine(a.title).slice(0, 70)} | ${fs2.join('; ') || '(years only in other forms)'}`);
}

// simple picker: the first form with an interval and a review cue, title/lead first, then body
function pick(a) {
  const order = ['title', 'lead (sentences 1-2)', 'body'];
  for (const where of order) {
    const f = a.forms.find((x) => x.value && x.where === where && x.cue?.kind === 'review');
    if (f) return f;
  }
  return a.forms.find((x) => x.value && x.where !== 'body' && !/^năm YYYY$|năm qua/.test(x.label)) ?? null;
}
console.log('\n## Rules "is this a review/results report" on dev (label: expected period not null), and on the real corpus');
console.log('   rule | TP FP FN TN | precision recall | with the picker: exact interval among TP | real: flagged articles');
for (const [name, rule] of RULES) {
  let tp = 0, fp = 0, fn = 0, tn = 0, exact = 0;
  const fpFiles = [];
  const fnFiles = [];
  const wrongPick = [];
  for (const a of dev) {
    const yes = rule(a.features);
    const gold = Boolean(a.gold.period);
    if (yes && gold) {
      tp++;
      const f = pick(a);
      if (f && f.value.from === a.gold.period.from && f.value.to === a.gold.period.to) exact++;
      else wrongPick.push(`${a.file.slice(0, 3)} picked ${f ? `"${oneLine(f.text)}" ${f.value.from}..${f.value.to}` : 'nothing'} (expected ${a.gold.period.from}..${a.gold.period.to})`);
    } else if (yes) {
      fp++;
      fpFiles.push(a.file.slice(0, 3));
    } else if (gold) {
      fn++;
      fnFiles.push(a.file.slice(0, 3));
    } else tn++;
  }
  const flagged = realFeatures.filter(rule).length;
  console.log(`   ${name} | ${tp} ${fp} ${fn} ${tn} | ${(tp / Math.max(1, tp + fp)).toFixed(2)} ${(tp / Math.max(1, tp + fn)).toFixed(2)} | ${exact}/${tp} | ${flagged} (${((100 * flagged) / real.length).toFixed(1)}%)`);
  console.log(`        FP: ${fpFiles.join(' ') || '-'}   FN: ${fnFiles.join(' ') || '-'}`);
  if (name.startsWith('M ')) for (const w of wrongPick) console.log(`        picker wrong: ${w}`);
}
console.log('\n## Feature values per dev article with a period, and for the false positives of rules G and K');
const show = (a) =>
  `  ${a.file} ${a.gold.period ? 'P' : '-'} J=${+a.features.periodTitleLeadNotPlan} K2=${+a.features.reviewFormWithReviewFrame} titleSumUp=${+a.features.titleSumUp} titleReview=${+a.features.titleReview} leadReview=${+a.features.leadReview} leadConf=${+a.features.leadConference} reviewPeriodTitleLead=${+a.features.reviewPeriodTitleLead} reviewForms=${a.features.reviewForms} yoy=${a.features.yoy} ofPlan=${a.features.ofPlan} estimate=${a.features.estimate}`;
for (const a of dev) if (a.gold.period || RULES[6][1](a.features) || RULES[10][1](a.features)) console.log(show(a));
