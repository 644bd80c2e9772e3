#!/usr/bin/env node
// Corpus study (round 6): the localities chosen as a province named bare ("Hà Nội", "TP.HCM", "Khánh Hòa": 687 of the
// 1,543 localities on corpus/real at e414e06, and the rule the round-5 and round-6 samples judged wrong most often), by
// what stands right before the name: an administrative body ("UBND", "Công an", "Sở …"), a site word ("tại", "ở"),
// a capitalised word that is no unit word (the province ends a longer name: a club "Sanna Khánh Hòa", "ĐT.Long An",
// a theatre "Nhà hát kịch TP.HCM", a regiment "Trung đoàn 10 (Đ10) Cà Mau", a firm "Habeco Hà Nội"), a lower-case
// word, punctuation, the start of the headline. Prints each group's count with random examples (seeded).
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl && node bench/studies/locality-bare-before.mjs OUT.jsonl
//   (--limit N examples per group, --seed S, --group NAME prints every article of one group)
import path from 'node:path';
import { extractRecordsArg, oneLine, random, readFlags, readReal, root } from './lib.mjs';

const flags = readFlags();
const records = extractRecordsArg('node bench/studies/locality-bare-before.mjs OUT.jsonl (an extract run over corpus/real)');
const { ADMIN_BODY_BEFORE, SITE_OR_BODY_BEFORE, UNIT_WORD_END } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const texts = new Map(readReal().map((a) => [a.file, a.text]));

/** What stands right before a bare province: the group it is counted in. */
export function groupOf(text, start) {
  const before = text.slice(Math.max(0, start - 120), start);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start === 0 || lineStart === start) return 'line start';
  if (ADMIN_BODY_BEFORE.test(before)) return 'administrative body';
  if (SITE_OR_BODY_BEFORE.test(before)) return 'site, court or going word';
  if (UNIT_WORD_END.test(before)) return 'unit word';
  const word = /(\S+)\s*$/u.exec(before)?.[1] ?? '';
  if (/^[\p{Lu}\p{N}][\p{L}\p{N}.&]*$/u.test(word) || /^\p{Lu}[\p{L}]*\.$/u.test(word)) return 'capitalised word (a longer name)';
  if (/[(,–-]$/u.test(before.trimEnd())) return `punctuation ${before.trimEnd().slice(-1)}`;
  if (/[.:!?"”]$/u.test(before.trimEnd())) return 'sentence start';
  return 'lower-case word';
}

const groups = new Map();
let bare = 0;
for (const [file, r] of records) {
  const loc = r.locality;
  if (loc?.rule !== 'locality-bare-province') continue;
  bare++;
  const text = texts.get(file);
  const group = groupOf(text, loc.span[0]);
  if (!groups.has(group)) groups.set(group, []);
  groups.get(group).push(`${file} …${oneLine(text.slice(Math.max(0, loc.span[0] - 80), loc.span[0]))}[${loc.text}]${oneLine(text.slice(loc.span[1], loc.span[1] + 60))}…`);
}
console.log(`${bare} localities are a province named bare`);
const draw = random(flags.number('--seed', 1));
const only = flags.value('--group');
for (const [group, list] of [...groups.entries()].sort((a, b) => b[1].length - a[1].length)) {
  if (only && group !== only) continue;
  console.log(`\n## ${group}: ${list.length}`);
  const shuffled = only ? list : [...list].sort(() => draw() - 0.5);
  for (const ex of shuffled.slice(0, only ? Infinity : Number.isFinite(flags.limit) ? flags.limit : 6)) console.log(`  ${ex}`);
}
