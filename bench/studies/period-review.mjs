#!/usr/bin/env node
// Corpus study: which articles the built period rules take for reviews, and what stands before the span they chose.
// Runs the built pipeline (npm run build) over corpus/real (or dev) and, for every article, keeps the spans of time the
// period rule read (kind, where, cue, the words before it) and the period the refiner chose. Prints:
//  - the chosen periods by the words just before their span (a start point "kể từ", a deadline "trong … hoàn thành",
//    a forecast "dự báo") and by kind and place, with examples;
//  - on dev, the same against the expected period.
//   node bench/studies/period-review.mjs            (corpus/real)
//   node bench/studies/period-review.mjs --dev      (corpus/dev, with expected values)
//   node bench/studies/period-review.mjs --list     (every chosen period with its context)
// Read-only; prints to stdout.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tally, oneLine, root, shared } from './lib.mjs';

const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const { processArticle } = await import(dist('pipeline.js'));
const { choosePeriod } = await import(dist('refine/period.js'));

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');

// capture the candidates the refiner sees, per article
let seen = null;
const refine = choosePeriod.refine.bind(choosePeriod);
choosePeriod.refine = (ctx) => {
  const text = ctx.doc.text;
  seen = ctx.get('period').map((f) => ({ ...f.value, start: f.origin.start, end: f.origin.end, before: text.slice(Math.max(0, f.origin.start - 60), f.origin.start), after: text.slice(f.origin.end, f.origin.end + 60) }));
  refine(ctx);
};

const dir = path.join(shared, 'corpus', dev ? 'dev' : 'real');
const files = fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort();
const rows = [];
for (const f of files) {
  const bytes = fs.readFileSync(path.join(dir, f));
  seen = [];
  const { record } = processArticle({ file: f, bytes });
  const id = f.replace(/\.\w+$/, '');
  const expected = dev && fs.existsSync(path.join(dir, 'expected', `${id}.json`)) ? JSON.parse(fs.readFileSync(path.join(dir, 'expected', `${id}.json`), 'utf8')).period ?? null : undefined;
  rows.push({ id, title: record.title ?? '', period: record.period, candidates: seen, expected });
}

/** What stands just before a chosen span: the phenomena this study counts. */
const BEFORE_FORMS = [
  ['start point: (kể|tính|bắt đầu) từ', /(?:^|\s)(?:kể từ|tính từ|từ)\s+$/iu],
  ['inside a day: ngày DD', /(?:^|\s)ngày\s+\d{1,2}\s+$/iu],
  ['forecast: dự báo / có thể / sẽ', /(?:dự báo|có thể|sẽ|dự kiến)(?:\s+\S+){0,6}\s+$/iu],
  ['deadline: trước / ngay trong / hết', /(?:trước|ngay trong|trong hết|đến hết|chậm nhất)\s+(?:năm\s+|tháng\s+|quý\s+)?$/iu],
  ['comparison in the clause: so với … của', /so với[^,.;]{0,30}$/iu],
];

// every span the rule read, by what stands before it, and how many of them the refiner chose
const allBefore = new Tally({ early: 4, laterAt: 15 });
for (const r of rows) {
  for (const c of r.candidates) {
    const form = BEFORE_FORMS.find(([, re]) => re.test(c.before))?.[0];
    if (form) allBefore.add(`${form} (${c.kind})`, `${r.id}: …${oneLine(c.before).slice(-45)}[${c.kind}]${r.period?.span[0] === c.start ? ' CHOSEN' : ''}`, r.id);
  }
}
allBefore.print('every span read, by what stands before it', { top: 40 });

// a plan or forecast word in the span's clause right after it ("năm 2018 sẽ chỉ đạt"); the rule reads these as plans
const AFTER_WORD = /^\s*,?(?:\s+[^\s,.;:!?]+){0,4}?\s+(sẽ|dự kiến|dự báo|phấn đấu|cần|có thể)(?![\p{L}])/iu;
const allAfter = new Tally({ early: 4, laterAt: 15 });
for (const r of rows) {
  for (const c of r.candidates) {
    const m = c.after.match(AFTER_WORD);
    if (m) allAfter.add(`${m[1].toLowerCase()} after (${c.kind})`, `${r.id}: …${oneLine(c.before).slice(-30)}[${c.kind}]${oneLine(c.after).slice(0, 45)}`, r.id);
  }
}
allAfter.print('every span read, by a plan or forecast word after it', { top: 30 });

const chosen = rows.filter((r) => r.period);
console.log(`# Chosen periods on corpus/${dev ? 'dev' : 'real'}: ${chosen.length} of ${rows.length} articles`);
const byBefore = new Tally({ early: 3 });
const byKind = new Tally({ early: 2 });
for (const r of chosen) {
  const c = r.candidates.find((x) => x.start === r.period.span[0]);
  if (!c) continue;
  const form = BEFORE_FORMS.find(([, re]) => re.test(c.before))?.[0] ?? '(none of these)';
  byBefore.add(form, `${r.id}: …${oneLine(c.before).slice(-45)}[${r.period.text}]`);
  byKind.add(`${c.kind} in ${c.where}, cue ${c.cue ?? '-'}`, `${r.id}: ${r.period.text} | ${r.title.slice(0, 60)}`);
}
byBefore.print('chosen spans by what stands before them', { top: 10 });
byKind.print('chosen spans by kind, place and cue', { top: 40 });

if (dev) {
  console.log('\n## dev: chosen against expected');
  for (const r of rows) {
    const got = r.period ? `${r.period.from}..${r.period.to}` : 'null';
    const want = r.expected ? `${r.expected.from}..${r.expected.to}` : 'null';
    if (got !== want) console.log(`${r.id}: got ${got} want ${want} | ${r.title.slice(0, 70)}`);
  }
}
if (args.has('--list')) {
  console.log('\n## every chosen period');
  for (const r of chosen) {
    const c = r.candidates.find((x) => x.start === r.period.span[0]);
    console.log(`${r.id} ${r.period.from}..${r.period.to} ${c?.kind}/${c?.where}/${c?.cue ?? '-'} …${oneLine(c?.before ?? '').slice(-50)}[${r.period.text}] | ${r.title.slice(0, 60)}`);
  }
}
