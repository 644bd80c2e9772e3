#!/usr/bin/env node
// Corpus study (round 7): the forms of a figure stated for a headline or lead span and compared that round 6's
// FIGURE_COMPARED_AFTER (src/lexicon/review.ts) does not read. That rule needs a result verb a few words after the span
// and a number right after the verb ("CPI tháng 5/2017 giảm 0,53% so với tháng trước"); results reports also write:
//  - adverb: the verb qualified before its number ("trong năm 2016 đã giảm mạnh, tới khoảng 10.000 tỷ đồng so với năm
//    2015");
//  - clause: a report's name and a verb of showing before the clause with the figure ("BCTC năm 2016 cho thấy, tổng tài
//    sản của ngân hàng đạt 332.023 tỷ đồng, tăng 13,7% so với đầu năm");
//  - copula: "là" before the number ("lượng xe ô tô tiêu thụ … trong năm 2016 là 303.974 chiếc, tăng 24,1% so với năm
//    trước");
//  - before: the figure before the span, the comparison after it ("đạt gần 2.200 tỷ đồng trong năm 2016, nhưng lãi ròng
//    … tăng mạnh tới 76% so với 2015").
// Prints, for corpus/real and dev (with the expected period), every headline or lead span (not after a plan word) that
// one of these forms reads and the current rule does not, by form, with the record's period.
// --only months: "sơ kết / tổng kết / đánh giá … N tháng" followed by neither "đầu năm" nor a year (the rule
// span-months-reviewed reads the year's first N months), by the word after "tháng": in round 7, 1 in corpus/real, "sơ kết
// 6 tháng thực hiện truy xuất nguồn gốc thịt heo", six months of a programme (judged wrong in rounds 5, 6 and 7), 0 in dev.
//   node bench/studies/period-round7.mjs [--set real|dev|both] [--only forms|months]
// Needs `npm run build`. Read-only; prints to stdout.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { oneLine, root, shared } from './lib.mjs';

const argv = process.argv.slice(2);
const set = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : 'both';
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const { processArticle } = await import(dist('pipeline.js'));
const { choosePeriod } = await import(dist('refine/period.js'));

const VERBS = 'đạt|tăng|giảm|lỗ|lãi|thu về|thu|xuất khẩu|nhập khẩu|bán ra|bán được|ghi nhận';
const APPROX = 'khoảng|gần|hơn|trên|xấp xỉ|tới|đến|lên|xuống|mức|thêm|được|đạt';
const COMPARED = String.raw`\d(?:[^.!?]|\.(?=\d))*?(?<![\p{L}])(?:so với|so cùng kỳ|cùng kỳ(?!\s+hạn))(?![\p{L}])`;
const FORMS = {
  adverb: new RegExp(String.raw`^\s*(?:vừa qua\s*)?,?(?:\s+[^\s,.;:!?]+){0,6}?\s+(?:${VERBS})\s+(?:mạnh|nhẹ|mạnh mẽ|đáng kể|sâu)\s*,?\s+(?:(?:${APPROX})\s+)*${COMPARED}`, 'iu'),
  clause: new RegExp(String.raw`^\s*(?:vừa qua\s*)?(?:\s+[^\s,.;:!?]+){0,3}?\s+(?:cho thấy|cho biết|ghi nhận)\s*,(?:\s+[^\s,.;:!?]+){0,8}?\s+(?:${VERBS})\s+(?:(?:${APPROX})\s+)*${COMPARED}`, 'iu'),
  copula: new RegExp(String.raw`^\s*(?:vừa qua\s*)?,?(?:\s+[^\s,.;:!?]+){0,6}?\s+là\s+(?:(?:${APPROX})\s+)*${COMPARED}`, 'iu'),
};
const FIGURE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${VERBS})\s+(?:(?:${APPROX})\s+)*\d(?:[^.!?,;]|[.,](?=\d)){0,40}?\s+(?:trong|của|vào)\s+(?:cả\s+)?$`, 'iu');
const COMPARED_LATER = /(?<![\p{L}])(?:so với|so cùng kỳ|cùng kỳ(?!\s+hạn))(?![\p{L}])/iu;

let seen = null;
const refine = choosePeriod.refine.bind(choosePeriod);
choosePeriod.refine = (ctx) => {
  const { doc } = ctx;
  seen = ctx.get('period').flatMap((f) => {
    const p = f.value;
    if (p.where === 'body' || p.cue === 'plan' || p.stated) return [];
    const sentence = doc.sentences.find((s) => s.start <= f.origin.start && f.origin.start < s.end);
    const after = doc.text.slice(f.origin.end, Math.min(sentence?.end ?? f.origin.end + 400, f.origin.end + 400));
    const before = doc.text.slice(Math.max(sentence?.start ?? 0, f.origin.start - 80), f.origin.start);
    const forms = Object.entries(FORMS).filter(([, re]) => re.test(after)).map(([name]) => name);
    if (FIGURE_BEFORE.test(before) && COMPARED_LATER.test(after)) forms.push('before');
    return forms.length ? [{ ...p, forms, context: oneLine(doc.text.slice(Math.max(0, f.origin.start - 70), f.origin.end + 110)) }] : [];
  });
  refine(ctx);
};

const REVIEWED_MONTHS = /(?<![\p{L}])(?:tổng kết|sơ kết|đánh giá|kết quả|báo cáo|nhìn lại|kiểm điểm|giao ban)\s+(?:kết quả\s+)?(?:\d+|sáu|chín|ba)\s+tháng\s+([\p{L}]+(?:\s+[\p{L}]+){0,4})/giu;
for (const name of only === 'months' ? (set === 'both' ? ['real', 'dev'] : [set]) : []) {
  const dir = path.join(shared, 'corpus', name);
  const byWord = new Map();
  for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|html?)$/.test(x)).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
    for (const m of text.matchAll(REVIEWED_MONTHS)) {
      const word = m[1].split(/\s+/)[0].toLowerCase();
      if (!byWord.has(word)) byWord.set(word, []);
      byWord.get(word).push(`${f}: ${oneLine(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20))}`);
    }
  }
  console.log(`\n# corpus/${name}: review word + N tháng, by the word after "tháng"`);
  for (const [word, rows] of [...byWord].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${word}: ${rows.length}`);
    for (const r of rows.slice(0, 5)) console.log(`      ${r}`);
  }
}
for (const name of only === 'months' ? [] : set === 'both' ? ['real', 'dev'] : [set]) {
  const dir = path.join(shared, 'corpus', name);
  const byForm = new Map();
  for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|html?)$/.test(x)).sort()) {
    seen = null;
    const { record } = processArticle({ file: f, bytes: fs.readFileSync(path.join(dir, f)) });
    if (!seen?.length) continue;
    const id = f.replace(/\.\w+$/, '');
    const range = (p) => (p ? `${p.from}..${p.to}` : '-');
    const expected = name === 'dev' ? ` expected ${range(JSON.parse(fs.readFileSync(path.join(dir, 'expected', `${id}.json`), 'utf8')).period)}` : '';
    for (const s of seen) for (const form of s.forms) {
      if (!byForm.has(form)) byForm.set(form, []);
      byForm.get(form).push(`${id} [${s.kind} ${s.from ?? '?'}..${s.to ?? '?'} ${s.where}] got ${range(record.period)}${expected} | ${oneLine(record.title ?? '').slice(0, 60)}\n      ${s.context}`);
    }
  }
  console.log(`\n# corpus/${name}`);
  for (const form of [...Object.keys(FORMS), 'before']) {
    const rows = byForm.get(form) ?? [];
    const articles = new Set(rows.map((r) => r.split(' ')[0]));
    console.log(`\n## ${form}: ${rows.length} spans in ${articles.size} articles`);
    for (const r of rows) console.log(`  ${r}`);
  }
}
