#!/usr/bin/env node
// Round 10 (recall by review): the draw of the date recall sample, and the count behind its change.
//   --draw      the 30 files of the sample: every corpus/real article, Fisher-Yates with mulberry32(100)
//   OUT.jsonl   (a JSONL of `vnreport extract` over corpus/real, from the build before the change; needs `npm run
//               build`) the undated pages whose first usable lead day has no year, and among them the sentences of that
//               day that name a bare year after a word ("kỳ thi THPT quốc gia 2017", "Yaris 2017", "Hoa hậu … 2017"),
//               which the time dimension reads only after a year word ("năm 2017"); each marked by whether one of
//               YEARED_EVENT_HEADS (src/lexicon/dates.ts) opens the name, the form the refiner now takes the year from.
//   node bench/studies/date-recall10.mjs --draw
//   node bench/studies/date-recall10.mjs OUT.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, random, shared, lexiconStrings, oneLine } from './lib.mjs';

const flags = readFlags();
if (flags.has('--draw')) {
  const files = fs.readdirSync(path.join(shared, 'corpus', 'real')).filter((f) => /^r\d+\.txt$/.test(f)).sort();
  const rnd = random(100);
  const a = [...files];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  console.log(`pool ${files.length}: ${a.slice(0, 30).sort().join(' ')}`);
  process.exit(0);
}

const jsonl = process.argv[2];
if (!jsonl || jsonl.startsWith('--')) {
  console.error('usage: node bench/studies/date-recall10.mjs OUT.jsonl | --draw');
  process.exit(2);
}
const { leadFindings, recordsByFile } = await import('./date-lead-findings.mjs');
const escape = (w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEAD = new RegExp(`(?<![\\p{L}])(?:${lexiconStrings('YEARED_EVENT_HEADS').map(escape).join('|')})(?![\\p{L}])(?:[^,;:()\\n.]|\\.(?=\\S)){0,60}?$`, 'iu');
// a bare year after a word, followed by a lower-case word (one followed by punctuation, the end or a capital the time
// dimension reads already), with no year word before it
const BARE = /(?<=[\p{L}”"]\s)((?:19|20)\d\d)(?=\s+\p{Ll})/gu;
const YEAR_WORD = /(?:năm|trong|từ|đến|cuối|đầu|kỳ|vụ|mùa|SN|\()\s*$/iu;
let undatedYearless = 0;
const rows = { head: [], other: [] };
for (const [file, record] of recordsByFile(jsonl)) {
  if (record.date || record.published) continue;
  const found = leadFindings(path.join(shared, 'corpus', 'real', file));
  const day = found?.days.find((d) => d.sentence >= 0 && d.sentence < 3 && d.notEvent === null);
  if (!day || day.year !== null) continue;
  undatedYearless++;
  const t = found.text;
  const from = Math.max(t.lastIndexOf('. ', day.start) + 2, t.lastIndexOf('\n', day.start) + 1);
  const stop = /\.\s|\n/.exec(t.slice(day.end));
  const sentence = t.slice(from, stop ? day.end + stop.index : t.length);
  for (const m of sentence.matchAll(BARE)) {
    if (YEAR_WORD.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const kind = HEAD.test(sentence.slice(0, m.index)) ? 'head' : 'other';
    rows[kind].push(`${file} ${day.day}/${day.month}: …${oneLine(sentence.slice(Math.max(0, m.index - 60), m.index + 30))}…`);
    break;
  }
}
console.log(`undated pages whose first usable lead day has no year: ${undatedYearless}`);
console.log(`  its sentence names a bare year after a word: ${rows.head.length + rows.other.length}`);
console.log(`\nafter a head of YEARED_EVENT_HEADS (${rows.head.length}):`);
for (const r of rows.head) console.log(`  ${r}`);
console.log(`\nafter another name (${rows.other.length}):`);
for (const r of rows.other) console.log(`  ${r}`);
