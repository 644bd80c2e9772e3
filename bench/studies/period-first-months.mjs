#!/usr/bin/env node
// Corpus study: "những tháng đầu năm 2013" (the first months of a year, their count left open). Counts its forms in
// ../shared/corpus/real and the dev set, and for each mention the counted span of the same year that the article
// names elsewhere ("4 tháng đầu năm 2013", "quý I/2013"), which the period rule reads it as; with --all, every mention.
// Also "năm tháng đầu năm" (five months: "năm" is read as five nowhere else) against the idiom "những năm tháng".
//   node bench/studies/period-first-months.mjs [--all]
// Reads ../shared relative to the repo root, or VNREPORT_SHARED. Read-only; prints to stdout.
import { Tally, markedSnippet, readDev, readReal } from './lib.mjs';

const all = process.argv.includes('--all');
const FIRST = /(?<![\p{L}])(những|các|mấy) tháng đầu (?:tiên của )?năm(?: (nay|(?:19|20)\d\d))?(?![\p{L}\d])/giu;
const WORDS = { hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const COUNTED = /(?<![\p{L}\d])(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) tháng (?:đầu năm|năm)(?: nay)?(?: ((?:19|20)\d\d))?(?![\p{L}\d])|(?<![\p{L}])quý (?:I|1)(?:\s*[/-]\s*|\s+năm\s+)?((?:19|20)\d\d)?(?![\p{L}\d])/giu;

/** The longest count of months from a year's start the text names for `year` (null: any year), or 0. */
function longestCount(text, year) {
  let best = 0;
  for (const m of text.matchAll(COUNTED)) {
    const y = m[2] ?? m[3] ?? null;
    if (year !== null && y !== null && Number(y) !== year) continue;
    const n = m[1] ? (/^\d+$/.test(m[1]) ? Number(m[1]) : WORDS[m[1].toLowerCase()]) : 3;
    if (n >= 1 && n < 12) best = Math.max(best, n);
  }
  return best;
}

for (const [set, articles] of [['real', readReal()], ['dev', readDev()]]) {
  const forms = new Tally({ examples: 3 });
  const resolved = new Tally({ examples: 3 });
  for (const a of articles) {
    for (const m of a.text.matchAll(FIRST)) {
      const form = `${m[1].toLowerCase()} tháng đầu năm${m[2] ? (m[2] === 'nay' ? ' nay' : ' YYYY') : ''}`;
      const snip = markedSnippet(a.text, m.index, m.index + m[0].length, 70, 50);
      const n = longestCount(a.text, m[2] && m[2] !== 'nay' ? Number(m[2]) : null);
      forms.add(form, snip, a.file);
      resolved.add(n ? `counted elsewhere: ${n} months` : 'no count elsewhere (no period)', snip, a.file);
      if (all) console.log(`${a.file}\t${n || '-'}\t${snip}`);
    }
  }
  const five = new Tally({ examples: 4 });
  for (const a of articles) {
    for (const m of a.text.matchAll(/(?<![\p{L}])(?:(những|bao|các)\s+)?năm tháng (đầu năm|qua|cuối)(?: (nay|(?:19|20)\d\d))?(?![\p{L}\d])/giu)) {
      const form = m[1] ? `${m[1].toLowerCase()} năm tháng … (idiom: years and months)` : `năm tháng ${m[2].toLowerCase()}${m[3] ? (m[3] === 'nay' ? ' nay' : ' YYYY') : ''}`;
      five.add(form, markedSnippet(a.text, m.index, m.index + m[0].length, 60, 40), a.file);
    }
  }
  five.print(`${set}: "năm tháng đầu năm" (five months) and its look-alikes`);
  forms.print(`${set}: forms of "những tháng đầu năm"`);
  resolved.print(`${set}: what the article counts for those months`);
}
