#!/usr/bin/env node
// Corpus study: which year an article's year-less spans ("6 tháng đầu năm nay", "quý I", "5 tháng đầu năm") are in,
// when the page gives no date. Compares the year of the counted months the article names with their year ("6 tháng
// đầu năm 2017", "quý I/2017"; not after a comparison, a plan word or "đến (hết)", "từ") with the year it names most (any "năm YYYY",
// target years such as "vào năm 2030" included), in ../shared/corpus/real and the dev set, and lists the articles where
// they differ.   node bench/studies/period-article-year.mjs [--all]
// Reads ../shared relative to the repo root, or VNREPORT_SHARED. Read-only; prints to stdout.
import { Tally, markedSnippet, readDev, readReal } from './lib.mjs';

const all = process.argv.includes('--all');
const Y = String.raw`((?:19|20)\d\d)`;
const PART = new RegExp(String.raw`(?<![\p{L}\d])(?:(?:\d{1,2}|sáu|chín|ba|bốn|năm|bảy|tám|hai|mười) tháng (?:đầu )?năm|quý (?:IV|III|II|I|[1-4])(?:\s*[/-]\s*|\s+năm\s+)?)\s*` + Y + String.raw`(?![\d])`, 'giu');
const YEAR = new RegExp(String.raw`(?<![\p{L}\d])(?:năm|vào|đến|trong)\s+` + Y + String.raw`(?![\d])`, 'giu');
const YEARLESS = /(?<![\p{L}\d])(?:\d{1,2} tháng đầu năm(?! (?:19|20)\d\d)|quý (?:IV|III|II|I|[1-4])(?![\p{L}\d]|\s*[/-]\s*\d|\s+năm))/iu;
const COMPARISON = /(?:so với|cùng kỳ|cùng kì|so)\s+(?:cùng k[ỳì]\s+)?(?:năm\s+)?$/iu;
const PLAN = /(?:kế hoạch|mục tiêu|phấn đấu|dự kiến|sẽ|dự báo)[^.]{0,40}$/iu;
const BOUND = /(?:^|\s)(?:đến|tới|từ|trước)\s+(?:hết\s+)?$/iu;
const DATED = /\b\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})\s+\d{1,2}:\d{2}|(?:Cập nhật|Ngày đăng)[^\n]{0,20}\d{4}/u;

const most = (counts) => [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;

for (const [set, articles] of [['real', readReal()], ['dev', readDev()]]) {
  const outcome = new Tally({ examples: 3 });
  for (const a of articles) {
    const t = a.text;
    const parts = new Map();
    let example = null;
    for (const m of t.matchAll(PART)) {
      const before = t.slice(Math.max(0, m.index - 60), m.index);
      if (COMPARISON.test(before) || PLAN.test(before) || BOUND.test(before)) continue;
      parts.set(+m[1], (parts.get(+m[1]) ?? 0) + 1);
      example ??= markedSnippet(t, m.index, m.index + m[0].length, 60, 30);
    }
    if (!parts.size) continue;
    const years = new Map();
    for (const m of t.matchAll(YEAR)) {
      if (COMPARISON.test(t.slice(Math.max(0, m.index - 30), m.index + 4))) continue;
      years.set(+m[1], (years.get(+m[1]) ?? 0) + 1);
    }
    const part = most(parts);
    const named = most(years);
    const key = `${DATED.test(t) ? 'page dated' : 'undated'}, ${YEARLESS.test(t) ? 'with' : 'no'} year-less span: ${part === named ? 'same year' : 'years differ'}`;
    outcome.add(key, `${a.file}: counted ${part}, most named ${named} — ${example}`, a.file);
    if (all && part !== named) console.log(`${a.file}\tcounted ${part}\tmost named ${named}\t${example}`);
  }
  outcome.print(`${set}: the year of the counted months vs the year named most`, { top: 10 });
}
