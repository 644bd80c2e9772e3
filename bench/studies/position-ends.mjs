#!/usr/bin/env node
// Corpus study: where an official's position phrase ends. Reads the project's own officials findings on corpus/real
// (a JSONL from `vnreport extract`), finds each position in its article and tallies what follows it: punctuation
// with the word after it, a lower-case word, "và". The tallies show how unit names go on after the capitalised head
// ("Sở Giao thông - Vận tải", "Trung tâm Y tế dự phòng", "Cục Quản lý nợ và tài chính đối ngoại", ", thành phố Đà
// Nẵng") and what ends a position (a verb, a clause, a new person).
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 2 > /tmp/real.jsonl
//   node bench/studies/position-ends.mjs /tmp/real.jsonl [--examples N] [--top N]
import fs from 'node:fs';
import path from 'node:path';
import { Tally, readReal, oneLine } from './lib.mjs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: position-ends.mjs REAL.jsonl [--examples N] [--top N]');
  process.exit(2);
}
const flag = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const examples = flag('--examples', 2);
const top = flag('--top', 40);

const texts = new Map(readReal().map((a) => [path.basename(a.file), a.text]));
const WORD = /^[\p{L}\p{M}\p{N}]+/u;
const after = new Tally();
const afterComma = new Tally();
const afterDash = new Tally();
const lowerWord = new Tally();
const sample = new Map();
const note = (key, ex) => {
  const list = sample.get(key) ?? [];
  if (list.length < examples) list.push(ex);
  sample.set(key, list);
};
let positions = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const text = texts.get(path.basename(r.file));
  if (!text || !r.officials) continue;
  for (const o of r.officials) {
    for (const p of o.positions) {
      const at = text.indexOf(p);
      if (at < 0) continue;
      positions++;
      const rest = text.slice(at + p.length, at + p.length + 60);
      const ex = `${oneLine(text.slice(Math.max(0, at - 30), at))}[[${p}]]${oneLine(rest)}`;
      const m = /^(\s*)([,\-–;.:()"“”]|\n)?\s*([\p{L}\p{M}\p{N}]+)?/u.exec(rest);
      const punct = m[2] === '\n' ? 'LINE' : m[2] ?? '';
      const word = m[3] ?? '';
      const lower = word && word === word.toLowerCase();
      const shape = punct ? `${punct} ${word ? (lower ? 'lower' : 'Cap') : ''}` : word ? (lower ? 'lower' : 'Cap') : 'end';
      after.add(shape);
      note(shape, ex);
      if (punct === ',') {
        afterComma.add(word.toLowerCase());
        note(`, ${word.toLowerCase()}`, ex);
      }
      if (punct === '-' || punct === '–') {
        afterDash.add(lower ? 'lower' : word ? 'Cap' : 'end');
      }
      if (!punct && lower) {
        lowerWord.add(word);
        note(`lw ${word}`, ex);
      }
    }
  }
}
const print = (title, tally, prefix = '') => {
  console.log(`\n## ${title}`);
  for (const { key: k, n } of tally.sorted().slice(0, top)) {
    console.log(`${String(n).padStart(5)}  ${k}`);
    for (const ex of sample.get(prefix + k) ?? []) console.log(`        ${ex}`);
  }
};
console.log(`${positions} positions found in their articles`);
print('what follows a position', after);
print('word after a comma that ends a position', afterComma, ', ');
print('lower-case word right after a position (no punctuation)', lowerWord, 'lw ');
print('after a dash', afterDash);
