#!/usr/bin/env node
// Corpus study: where an article states its place when its first sentences name none. Runs the built extractor
// (dist/, `npm run build` first) over corpus/real and, for the articles whose locality is null although they name
// units, tallies the first unit named after the lead by its sentence (counted after the headline) and by what stands
// before it: an administrative body ("Công an tỉnh Hưng Yên"), a party or union organ ("Thành ủy TP HCM"), a venue
// ("tại điểm cầu Nghệ An", "tại hội trường UBND huyện"), a residence or a post (traps), or nothing.
//   node bench/studies/locality-depth.mjs                 (tables with examples)
//   node bench/studies/locality-depth.mjs --limit 1000    (first N real articles)
//   node bench/studies/locality-depth.mjs --sample venue --sample-n 20   (articles whose first late unit has that context)
//   node bench/studies/locality-depth.mjs --compare OLD.jsonl NEW.jsonl --sample-n 30
//       (two extract runs over corpus/real: how many localities changed, and a random sample of the changes to review)
//   node bench/studies/locality-depth.mjs --unnamed   (lead sentences opening with a province's body left unnamed,
//       "UBND tỉnh vừa …", "Sở Y tế TP đã …", and the locality found for each)
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const SAMPLE = flag.value('--sample');
const SAMPLE_N = flag.number('--sample-n', 20);

const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'index.js'))) {
  console.error('study: run `npm run build` first (dist/index.js is read)');
  process.exit(2);
}
const { processArticle, buildDoc } = await import(path.join(dist, 'index.js'));
const { ADMIN_BODY_BEFORE, RESIDENCE_BEFORE, POST_BEFORE, UNNAMED_LOCAL } = await import(path.join(dist, 'lexicon', 'places.js'));

/** A small fixed-seed generator, so that a sample is the same on every run. */
function random(seed = 20261204) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function sampleOf(list, n) {
  const rnd = random();
  const pool = [...list];
  const out = [];
  while (pool.length && out.length < n) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
  return out;
}

/** What stands before a unit named at [start, end). */
function contextOf(text, start, mentionText) {
  const before = text.slice(Math.max(0, start - 90), start);
  if (/^(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ|đoàn)/u.test(mentionText)) return 'organ';
  if (RESIDENCE_BEFORE.test(before)) return 'residence';
  if (POST_BEFORE.test(before)) return 'post';
  if (ADMIN_BODY_BEFORE.test(before)) return 'admin body';
  const venue = /(?<![\p{L}])(?:tại|Tại|ở|Ở)\s+((?:[\p{L}]+\s+){0,4})$/u.exec(before);
  if (venue) return venue[1] ? `venue: tại + ${venue[1].trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase()} …` : 'venue: tại/ở + unit';
  return 'other';
}

function bucket(i) {
  return i < 3 ? `s${i + 1}` : i < 6 ? `s${i + 1}` : i < 10 ? 's7-10' : 's11+';
}

if (flag.has('--compare')) {
  const [oldFile, newFile] = [flag.value('--compare', 1), flag.value('--compare', 2)];
  const read = (f) => new Map(fs.readFileSync(f, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).map((r) => [path.basename(r.file), r]));
  const before = read(oldFile);
  const after = read(newFile);
  const show = (l) => (l ? `${l.type} ${l.name} (${l.province ?? '?'}) "${l.text}"@${l.span[0]} [${l.rule}]` : 'null');
  const changes = [];
  for (const [file, r] of after) {
    const o = before.get(file);
    const a = JSON.stringify([o?.locality?.type, o?.locality?.name, o?.locality?.province]);
    const b = JSON.stringify([r.locality?.type, r.locality?.name, r.locality?.province]);
    if (a !== b) changes.push({ file, from: o?.locality ?? null, to: r.locality });
  }
  const kinds = new Map();
  for (const c of changes) {
    const k = c.from ? (c.to ? 'changed' : 'lost') : 'gained';
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  console.log(`# ${changes.length} localities differ: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const real = new Map(readReal().map((a) => [a.file, a.text]));
  for (const c of sampleOf(changes, SAMPLE_N)) {
    const text = processArticle({ file: c.file, text: real.get(c.file) }).cleaned ?? '';
    console.log(`\n== ${c.file}: ${show(c.from)} → ${show(c.to)}`);
    console.log(`   ${text.slice(0, 260).replace(/\s+/g, ' ')}`);
    if (c.to) console.log(`   at: ${snippet(text, c.to.span[0], c.to.span[1], 220)}`);
  }
  process.exit(0);
}

if (flag.has('--unnamed')) {
  // the opening of src/refine/locality.ts (UNNAMED_OPENING): an optional date phrase, then the unnamed body
  const opening = new RegExp(`^(?:[^,]{0,30},\\s*)?${UNNAMED_LOCAL.source}(?!\\.\\s?\\p{Lu})`, 'u');
  const [found] = tallies();
  for (const { file, text: raw } of readReal(flag.limit)) {
    const { record, cleaned } = processArticle({ file, text: raw });
    if (!cleaned) continue;
    const titleEnd = record.sources?.title?.span?.[1] ?? -1;
    const lead = buildDoc(cleaned).sentences.filter((s) => s.start >= titleEnd).slice(0, 3);
    const hit = lead.find((s) => opening.test(cleaned.slice(s.start, s.end).replace(/^\s*\([^()]{1,30}\)\s*[-–—:]?\s*/u, '')));
    if (!hit) continue;
    const l = record.locality;
    found.add(l ? `${l.level ?? 'unlisted'} (${l.rule})` : 'null', `${l ? `${l.type} ${l.name}` : 'null'} | ${snippet(cleaned, hit.start, hit.start, 120)}`, file);
  }
  found.print('Lead sentences opening with an unnamed body, by the locality found', { top: 10 });
  process.exit(0);
}

const real = readReal(flag.limit);
const [lateFirst, lateByContext, foundDepth] = tallies();
const samples = [];
let nullWithUnits = 0;
let nullNone = 0;
let found = 0;
for (const { file, text: raw } of real) {
  const { record, cleaned } = processArticle({ file, text: raw });
  if (!cleaned) continue;
  const doc = buildDoc(cleaned);
  const titleEnd = record.sources?.title?.span?.[1] ?? -1;
  const sentences = doc.sentences.filter((s) => s.start >= titleEnd);
  const sentenceIndex = (at) => sentences.findIndex((s) => at >= s.start && at < s.end);
  if (record.locality) {
    found++;
    foundDepth.add(bucket(sentenceIndex(record.locality.span[0])), snippet(cleaned, record.locality.span[0], record.locality.span[1], 110), file);
    continue;
  }
  const units = record.localities ?? [];
  if (!units.length) {
    nullNone++;
    continue;
  }
  nullWithUnits++;
  const late = units.map((u) => ({ u, i: sentenceIndex(u.span[0]) })).filter((x) => x.i >= 3);
  if (!late.length) continue;
  const first = late[0];
  const context = contextOf(cleaned, first.u.span[0], first.u.text);
  const ex = snippet(cleaned, first.u.span[0], first.u.span[1], 130);
  lateFirst.add(`${bucket(first.i)} ${context.startsWith('venue') ? 'venue' : context}`, ex, file);
  lateByContext.add(context, ex, file);
  // the first late unit that an administrative body, an organ or a venue introduces, wherever it is
  const strong = late.find((x) => /^(?:admin body|organ|venue)/u.test(contextOf(cleaned, x.u.span[0], x.u.text)));
  if (strong && (!SAMPLE || contextOf(cleaned, strong.u.span[0], strong.u.text).startsWith(SAMPLE)))
    samples.push({ file, i: strong.i, context: contextOf(cleaned, strong.u.span[0], strong.u.text), ex: snippet(cleaned, strong.u.span[0], strong.u.span[1], 200), lead: cleaned.slice(0, 240) });
}

console.log(`# corpus/real: ${real.length} articles; locality found ${found}; null with units named ${nullWithUnits}; null naming no unit ${nullNone}`);
foundDepth.print('Sentence (after the headline) of the locality found', { top: 12 });
lateFirst.print('Null localities: the first unit named after the third sentence, by sentence and what stands before it', { top: 40 });
lateByContext.print('Null localities: the first unit named after the third sentence, by what stands before it', { top: 30 });
console.log(`\n## ${samples.length} null articles with a late unit after a body, an organ or a venue; sample of ${SAMPLE_N}`);
for (const s of sampleOf(samples, SAMPLE_N)) console.log(`\n${s.file} s${s.i + 1} ${s.context}\n   lead: ${s.lead.replace(/\s+/g, ' ')}\n   unit: ${s.ex}`);
