// Round 10: recall by review on unseen text, period. Draws the review sample: corpus/real articles that hold any
// word of a review or report (a filter much broader than the period rules: "sơ kết", "tổng kết", "báo cáo",
// "kết quả", "tháng đầu năm", "quý", "giai đoạn", "nhiệm kỳ", "năm học", "năm qua"; case-insensitive, NFC), then 30
// drawn at random with seed 100. Prints the pool size and the drawn file names only (no article text).
//   node bench/studies/period-round10.mjs [--seed 100] [--n 30] [--lead] [--missed RECORDS.jsonl]
// --only frames [--records RECORDS.jsonl]: the ways a headline or lead publishes results that REVIEW_LEAD (src/lexicon/
// review.ts) did not read before round 10, counted in corpus/real and dev by article, in the headline or lead line or
// further down, with the lead ones printed (and their record's period with --records): an assessment's announced
// results (corpus/real 1 article, in its lead: "Hội nghị công bố kết quả đánh giá, xếp hạng công tác cải cách hành
// chính … năm 2012", a review of 2012 with no period), a business report (1 in a lead: "công bố báo cáo kinh doanh
// tháng đầu năm 2017", January's sales report with no period; 2 articles in all), and the look-alikes left out: a
// ranking named by its edition (corpus/real 2, none in the lead line; "Lễ công bố Bảng xếp hạng VNR500 … năm 2016",
// in the first body sentence, which the period rules' two-sentence lead holds, ranks 2015's results; dev 1, "(PCI)
// 2016"), a financial statement ("báo cáo tài chính", "BCTC": 23 articles, 2 in the lead line, both with their period
// already; read as a frame it turned a company's yearly results into its fourth quarter, a stock warning and an audit
// report into periods).
import fs from 'node:fs';
import { readReal, readDev, readFlags, random } from './lib.mjs';

const flags = readFlags();
const seed = flags.number('--seed', 100);
const n = flags.number('--n', 30);

export const REVIEW_VOCABULARY = ['sơ kết', 'tổng kết', 'báo cáo', 'kết quả', 'tháng đầu năm', 'quý', 'giai đoạn', 'nhiệm kỳ', 'năm học', 'năm qua'];

const articles = readReal();
if (flags.value('--only') === 'frames') {
  const FRAMES = {
    'assessment results': /công bố kết quả (?:đánh giá|xếp hạng|chấm điểm)/iu,
    'business report': /(?<![\p{L}])báo cáo kinh doanh(?![\p{L}])/iu,
    'ranking edition (left out)': /công bố (?:bảng )?xếp hạng/iu,
    'financial statement (left out)': /(?<![\p{L}])(?:báo cáo tài chính|BCTC)(?![\p{L}])/iu,
  };
  const recordsFile = flags.value('--records');
  const records = recordsFile
    ? new Map(fs.readFileSync(recordsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.file.split('/').pop(), r]))
    : null;
  for (const [set, list] of [['corpus/real', articles], ['dev', readDev()]]) {
    for (const [name, re] of Object.entries(FRAMES)) {
      const hits = list.filter((a) => re.test(a.text));
      const lead = hits.filter((a) => re.test(a.lines.slice(0, 2).join('\n')));
      console.log(`${set}: ${name}: ${hits.length} articles, ${lead.length} in the headline or lead line`);
      for (const a of lead) {
        const text = a.lines.slice(0, 2).join(' ');
        const m = re.exec(text);
        const period = records?.get(a.file)?.period;
        const shown = records ? ` [period ${period ? `${period.from}..${period.to}` : null}]` : '';
        console.log(`    ${a.file}${shown}: …${text.slice(Math.max(0, m.index - 60), m.index + 90).replace(/\s+/g, ' ')}…`);
      }
    }
  }
  process.exit(0);
}
const pool = articles.filter((a) => {
  const lower = a.text.toLocaleLowerCase('vi');
  return REVIEW_VOCABULARY.some((w) => lower.includes(w));
});
const rand = random(seed);
const order = pool.map((a) => a.file);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
console.log(`pool: ${pool.length} of ${articles.length} articles of corpus/real; seed ${seed}, ${n} drawn`);
for (const f of order.slice(0, n)) console.log(f);

// --lead: a second, denser draw for the same review (the first held 2 gold periods in 30): articles whose headline or
// lead (headline and lead lines) holds a review or report word; printed after the first draw, disjoint from it.
if (flags.has('--lead')) {
  const drawn = new Set(order.slice(0, n));
  const leadPool = pool.filter((a) => {
    if (drawn.has(a.file)) return false;
    const lead = a.lines.slice(0, 2).join('\n').toLocaleLowerCase('vi');
    return REVIEW_VOCABULARY.some((w) => lead.includes(w));
  });
  const leadRand = random(seed + 1);
  const leadOrder = leadPool.map((a) => a.file);
  for (let i = leadOrder.length - 1; i > 0; i--) {
    const j = Math.floor(leadRand() * (i + 1));
    [leadOrder[i], leadOrder[j]] = [leadOrder[j], leadOrder[i]];
  }
  console.log(`lead pool: ${leadPool.length} (a review word in the headline and lead lines, first draw left out); seed ${seed + 1}, ${n} drawn`);
  for (const f of leadOrder.slice(0, n)) console.log(f);
}

// --missed RECORDS.jsonl: a third draw aimed at recall misses, not at a rate: pool articles whose record (from
// `vnreport extract` over corpus/real) has no period although the headline or lead line holds a strong review or
// results cue (a review conference, months or a quarter of a year, a named year, a results word); 30 drawn, seed + 2.
const STRONG_CUE = /sơ kết|tổng kết|tháng đầu năm|tháng cuối năm|quý\s+(?:[IV]+|[1-4])\b|năm 20\d\d|kết quả (?:kinh doanh|hoạt động|thực hiện)|báo cáo (?:tài chính|kết quả)|lợi nhuận|doanh thu|lãi ròng|năm qua|nhiệm kỳ|giai đoạn 20\d\d|năm học 20\d\d/iu;
if (flags.has('--missed')) {
  const fs = await import('node:fs');
  const records = new Map(
    fs.readFileSync(flags.value('--missed'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => [r.file.split('/').pop(), r]),
  );
  const missPool = pool.filter((a) => records.get(a.file)?.period === null && STRONG_CUE.test(a.lines.slice(0, 2).join('\n')));
  const missRand = random(seed + 2);
  const missOrder = missPool.map((a) => a.file);
  for (let i = missOrder.length - 1; i > 0; i--) {
    const j = Math.floor(missRand() * (i + 1));
    [missOrder[i], missOrder[j]] = [missOrder[j], missOrder[i]];
  }
  console.log(`missed pool: ${missPool.length} (no period in the record, a strong cue in the headline or lead line); seed ${seed + 2}, ${n} drawn`);
  for (const f of missOrder.slice(0, n)) console.log(f);
}
