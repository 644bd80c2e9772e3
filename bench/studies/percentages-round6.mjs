#!/usr/bin/env node
// Corpus study (round 6): the targets `vnreport extract` gives the percentages of corpus/real, by the kind of span
// the round-5 review judged wrong: an empty target, a target noun ending on its link or on who set it ("mục tiêu
// đặt ra là", "mục tiêu tăng trưởng từ", "Quốc hội giao"), a measure that is only the change word ("tăng", "tăng
// đều", "lên"), a clause opening on an adverb, a connective or a list item ("Hiện đã thu hồi", "Về số lượng", "mà
// thông thường", "Gia Lai (đều"), a clause that runs on past a concession ("… tuy vượt kế hoạch"), words glued by a
// lost line break ("nhu cầuHiện nay"); the rest counted as "other". Each kind by rule, with every example.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/percentages-round6.mjs /tmp/real.jsonl [--all]
// `--lists` instead counts, in corpus/real and dev, sentences listing two or more figures each led by its own years
// ("… giai đoạn 2016 - 2020 sẽ đạt 11,62%/năm; giai đoạn 2021 - 2025 đạt 8,87%/năm", "… năm 2020 đạt 45%, năm 2025
// đạt 47% và năm 2035 đạt 55%"), whose items name only their years and share the measure of the list's head.
// Read-only; prints to stdout.
import fs from 'node:fs';
import path from 'node:path';
import { readDev, readFlags, readReal, sentencesOf, Tally } from './lib.mjs';

const flags = readFlags();
if (flags.has('--lists')) {
  const ITEM = /(?<![\p{L}])(?:giai đoạn|thời kỳ|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?\s+(?:sẽ\s+|dự kiến\s+)?(?:đạt|là|ở mức|tăng)\s+(?:\S+\s+){0,2}?\d+(?:[.,]\d+)?\s?%/giu;
  for (const [set, articles] of [['real', readReal()], ['dev', readDev()]]) {
    let sentences = 0;
    const found = new Set();
    const examples = [];
    for (const a of articles) {
      for (const { text } of sentencesOf(a.text).sentences) {
        const items = text.match(ITEM) ?? [];
        if (items.length < 2) continue;
        sentences++;
        found.add(a.file);
        if (examples.length < 12) examples.push(`${a.file}: ${items.join(' | ')}`);
      }
    }
    console.log(`${set}: ${sentences} sentences in ${found.size} articles list figures each led by its years`);
    for (const e of examples) console.log(`    ${e}`);
  }
  process.exit(0);
}
const run = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!run) {
  console.error('usage: node bench/studies/percentages-round6.mjs OUT.jsonl [--all]');
  process.exit(2);
}

const KINDS = [
  ['empty', (t) => t === ''],
  ['glued words', (t) => /\p{Ll}\p{Lu}/u.test(t)],
  ['who set it', (t) => /^\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,4}\s+(?:đã\s+)?(?:giao|đề ra|đặt ra)$/u.test(t)],
  ['ends on a link word', (t) => /(?:^|\s)(?:là|từ|khoảng|ở mức|ước|đều|đề ra|đặt ra|giao|\()$/iu.test(t)],
  ['only the change word', (t) => /^(?:mức\s+)?(?:tăng|giảm|lên|xuống|còn|tăng trưởng)(?:\s+(?:đều|thêm))?$/iu.test(t)],
  ['opens on an adverb or connective', (t) => /^(?:hiện nay|hiện|về|mà|tuy|nhưng|song|trong khi|đ a)(?:\s|$)/iu.test(t) || /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*\s*\(/u.test(t)],
  ['runs past a concession', (t) => /\s(?:tuy|nhưng|song|dù)\s/iu.test(t)],
];

const tally = new Tally();
const examples = new Map();
let total = 0;
for (const line of fs.readFileSync(run, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  for (const p of r.percentages ?? []) {
    total++;
    const kind = KINDS.find(([, test]) => test(p.target))?.[0] ?? 'other';
    tally.add(`${kind} | ${p.rule}`);
    if (!examples.has(kind)) examples.set(kind, []);
    examples.get(kind).push(`${path.basename(r.file, '.txt')} ${p.value}${p.max !== undefined ? `–${p.max}` : ''}% ${p.status} ${p.year ?? '—'} ${p.rule}: "${p.target}"`);
  }
}

console.log(`${total} percentages in ${run}\n`);
for (const [kind] of [...KINDS, ['other']]) {
  const list = examples.get(kind) ?? [];
  console.log(`${kind}: ${list.length}`);
  if (kind !== 'other' || flags.has('--all')) for (const e of list) console.log(`    ${e}`);
}
tally.printShares('by kind and rule', { examples: false, total });
