#!/usr/bin/env node
// Corpus study (round 4): phrasings of a reviewed period that the period rule's cue lexicons may lack, counted on
// corpus/real with examples: two quarters named together ("quý I và II năm 2017", "quý I và quý II/2017"), council
// sessions ("kỳ họp thứ N"), "báo cáo kết quả", "trong năm qua", "quyết toán … năm 2015", sentence-opening "Năm 2016,"
// with "đã", and "những tháng đầu năm".
//   node bench/studies/period-recall.mjs [--examples N] [--form LABEL]
// Read-only; prints to stdout.
import { readReal, oneLine, parseOptions } from './lib.mjs';

const argv = process.argv.slice(2);
const exIdx = argv.indexOf('--examples');
const examples = exIdx >= 0 ? Number(argv[exIdx + 1]) : 5;
const formIdx = argv.indexOf('--form');
const only = formIdx >= 0 ? argv[formIdx + 1] : null;

const Q = '(?:I{1,3}|IV|[1-4])';
const FORMS = [
  ['two quarters: quý X và (quý) Y + year', new RegExp(`quý\\s+${Q}\\s*(?:và|,|-|–)\\s*(?:quý\\s+)?${Q}\\s*(?:\\/|-|năm)?\\s*\\d{4}`, 'giu')],
  ['two quarters: quý X và (quý) Y, no year', new RegExp(`quý\\s+${Q}\\s*(?:và|,)\\s*(?:quý\\s+)?${Q}(?![\\p{L}\\d/-])(?!\\s*(?:\\/|-|năm)\\s*\\d)`, 'giu')],
  ['council session: kỳ họp thứ N', /kỳ họp thứ\s+\S+/giu],
  ['báo cáo kết quả + span', /báo cáo kết quả[^.;]{0,60}?(?:năm \d{4}|\d+ tháng|quý)/giu],
  ['trong năm qua', /trong năm qua/giu],
  ['quyết toán + year (a budget\'s final accounts, or a settlement in an inspection)', /quyết toán[^.;]{0,60}?năm \d{4}/giu],
  ['sentence-opening "Năm YYYY," (then đã within 80 chars)', /(?:^|[.!?]\s+)Năm (\d{4}),[^.]{0,80}?\bđã\b/gmu],
  ['"những tháng đầu năm"', /những tháng đầu năm/giu],
];

const articles = readReal();
for (const [label, re] of FORMS) {
  if (only && !label.includes(only)) continue;
  let n = 0;
  const files = new Set();
  const ex = [];
  for (const a of articles) {
    for (const m of a.text.matchAll(re)) {
      n++;
      files.add(a.file);
      if (ex.length < examples) ex.push(`${a.file}: …${oneLine(a.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40))}…`);
    }
  }
  console.log(`\n## ${label}: ${n} mentions in ${files.size} articles`);
  for (const e of ex) console.log(`  ${e}`);
}
