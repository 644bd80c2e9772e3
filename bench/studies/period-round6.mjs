#!/usr/bin/env node
// Corpus study (round 6), two phrasings of the period, counted on corpus/real and dev with the built pipeline (npm run
// build): every span of time the period rule reads, with where it stands and its cue, and the record's period.
//
// --only stated: statistical releases and results reports that name their period with no review word, by stating a
// figure for it in the headline or lead ("chỉ số giá tiêu dùng (CPI) tháng 5/2017 giảm 0,53% so với tháng trước",
// "doanh số bán hàng 24.365 xe trong tháng 6/2017 vừa qua, tăng 5% so với tháng 5", "Trong cả năm 2016, thâm hụt
// thương mại của Canada tăng lên 19,8 tỷ USD"). Headline and lead spans (not after a plan word) by kind, by whether a
// figure follows in their clause (a result verb and a number within a few words) and whether the sentence goes on to
// compare it ("so với", "cùng kỳ": FIGURE_COMPARED_AFTER in src/lexicon/review.ts), and by whether the article got a
// period. Round 6 result (corpus/real): a figure and a comparison after a headline or lead span in 12 articles, 8 of
// them without a period before the rule: 3 monthly releases (CPI, two VAMA car-sales reports), a year's trade figures,
// a QH debate on the year's results, a weekly bulletin's December figure, an Indian fiscal year (2016-2017, still
// running by the year the undated article names most, so no period) and a futures contract's month ("giao tháng
// 7/2013 … cùng kỳ hạn", now excluded); the rule gives the first 6 a period. A figure with no comparison: 10 articles,
// most in passing ("Năm 2012, có 1.218 vụ giết người …"; on dev "Năm 2017, quận Tây Hồ có 52 tân binh", expected null).
//
// --only forecast: headline spans with no review word that the body names only after plan or forecast words
// ("… thị trường lao động trong quý II/2017" over "Theo dự báo, kinh tế Việt Nam quý II/2017 sẽ …"). Round 6 result
// (corpus/real): 6 headlines, all plans or forecasts (a UN plan 2017-2021, job prospects for 2017, S&P's 2017
// forecast, a 2030 ban, a tax-honour ceremony whose year the body names after plan words); the one with a period
// (the MOLISA labour bulletin on Q1/2017) had taken the forecast quarter.
//   node bench/studies/period-round6.mjs [--set real|dev|both] [--only stated|forecast] [--examples N]
// Read-only; prints to stdout.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractedCorpus, oneLine, root } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const set = opt('--set', 'real');
const only = opt('--only', null);
const examples = Number(opt('--examples', 12));
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const { processArticle } = await import(dist('pipeline.js'));
const { choosePeriod } = await import(dist('refine/period.js'));
const { FIGURE_COMPARED_AFTER } = await import(dist('lexicon/review.js'));

// a figure stated for the span, compared or not: FIGURE_COMPARED_AFTER up to its number
const FIGURE_AFTER =
  /^\s*(?:vừa qua\s*)?,?(?:\s+[^\s,.;:!?]+){0,6}?\s+(?:đạt|tăng|giảm|lỗ|lãi|thu về|thu|xuất khẩu|nhập khẩu|bán ra|bán được|ghi nhận|có|là)\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ|tới|đến|lên|xuống|mức|thêm|được|đạt)\s+)*\d/iu;

let seen = null;
const refine = choosePeriod.refine.bind(choosePeriod);
choosePeriod.refine = (ctx) => {
  const text = ctx.doc.text;
  seen = ctx.get('period').map((f) => {
    const sentenceEnd = ctx.doc.sentences[ctx.doc.sentenceOf[findToken(ctx.doc, f.origin.end - 1)]].end;
    const after = text.slice(f.origin.end, Math.min(sentenceEnd, f.origin.end + 400));
    return { ...f.value, figure: FIGURE_AFTER.test(after), compared: FIGURE_COMPARED_AFTER.test(after), context: oneLine(text.slice(Math.max(0, f.origin.start - 60), f.origin.end + 80)) };
  });
  refine(ctx);
};

/** The token holding character `at` (the last one starting at or before it). */
function findToken(doc, at) {
  let lo = 0;
  let hi = doc.tokens.count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.tokens.start[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function read(name) {
  const range = (p) => (p ? `${p.from}..${p.to}` : null);
  return extractedCorpus(
    name,
    processArticle,
    ({ id, record, expected }) => ({
      id,
      title: oneLine(record.title ?? '').slice(0, 70),
      got: range(record.period),
      expected: expected === undefined ? undefined : range(expected.period),
      spans: seen ?? [],
    }),
    () => (seen = null),
  );
}

/** --only stated: headline and lead spans with a figure stated for them, one class per article. */
function stated(name, articles) {
  const classes = new Map();
  for (const a of articles) {
    // the strongest form among the article's headline and lead spans
    const opening = a.spans.filter((s) => s.where !== 'body' && s.cue !== 'plan');
    const best = opening.find((s) => s.compared) ?? opening.find((s) => s.figure);
    if (!best) continue;
    const key = `${best.compared ? 'figure + comparison' : 'figure, no comparison'} | ${best.where} ${best.kind} | ${a.got ? 'period' : 'no period'}${name === 'dev' ? ` | expected ${a.expected ? 'a period' : 'none'}` : ''}`;
    const list = classes.get(key) ?? [];
    list.push(`${a.id} got ${a.got}${name === 'dev' ? ` expected ${a.expected}` : ''} | ${a.title} || ${best.context}`);
    classes.set(key, list);
  }
  console.log(`# corpus/${name}: ${articles.length} articles; headline or lead spans with a figure stated for them`);
  for (const [key, list] of [...classes].sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n${list.length}\t${key}`);
    for (const line of list.slice(0, examples)) console.log(`    ${line}`);
  }
}

/** --only forecast: headline spans with no review word that every body mention follows a plan word for. */
function forecast(name, articles) {
  const found = [];
  for (const a of articles) {
    for (const t of a.spans.filter((s) => s.where === 'title' && s.cue !== 'review' && s.from)) {
      const body = a.spans.filter((s) => s.where === 'body' && s.from === t.from && s.to === t.to);
      if (!body.length || !body.every((s) => s.cue === 'plan')) continue;
      found.push(`${a.id} got ${a.got}${name === 'dev' ? ` expected ${a.expected}` : ''} | headline ${t.kind} (cue ${t.cue}), ${body.length} in the body | ${a.title} || ${body[0].context}`);
      break;
    }
  }
  console.log(`# corpus/${name}: ${found.length} headlines name a span the body names only after plan or forecast words`);
  for (const line of found.slice(0, examples)) console.log(`    ${line}`);
}

for (const name of set === 'both' ? ['real', 'dev'] : [set]) {
  const articles = read(name);
  if (only !== 'forecast') stated(name, articles);
  if (only !== 'stated') forecast(name, articles);
  console.log('');
}
