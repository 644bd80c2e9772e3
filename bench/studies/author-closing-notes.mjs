#!/usr/bin/env node
// Corpus study (precision round 11): two closing lines the author rules misread. (1) A credit that names no one: "St",
// "ST", "Sưu tầm" (sưu tầm, collected from elsewhere) after the last sentence, read as a byline "St". (2) A bracketed
// source note right before the credit: "(Nguồn: dailymail) Newben / Theo Trí Thức Trẻ", where the credit after the
// note was passed over for the outlet. Counts each form at the end of corpus/real articles, with examples, and with a
// JSONL of `extract` the author each such article got.
//   node bench/studies/author-closing-notes.mjs [/tmp/real.jsonl] [--examples N]
import fs from 'node:fs';
import { readFlags, readReal, snippet, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 5);
const records = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const authors = new Map();
if (records) {
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) if (line) {
    const r = JSON.parse(line);
    authors.set(r.file.split('/').pop(), r.author);
  }
}
const FORMS = [
  ['unnamed credit after the last sentence ("St", "ST", "Sưu tầm")', /[.!?…"”]\s*\(?(St|ST|Sưu tầm|sưu tầm)\.?\)?\s*$/u],
  ['bracketed source note, then a credit ("(Nguồn: X) Name")', /\(Nguồn:?\s[^()]{1,80}\)\s*(\p{Lu}[^()\n]{1,60})$/u],
];
const tallies = FORMS.map(() => new Tally({ examples }));
for (const { file, text } of readReal()) {
  const end = text.trimEnd();
  FORMS.forEach(([, re], i) => {
    const m = re.exec(end.slice(-200));
    if (!m) return;
    const at = end.length - Math.min(200, end.length) + m.index;
    const got = authors.has(file) ? ` → author ${JSON.stringify(authors.get(file))}` : '';
    tallies[i].add(m[1].trim(), `${file}: ${snippet(end, at, end.length, 60)}${got}`, file);
  });
}
FORMS.forEach(([name], i) => tallies[i].print(name, { top: 20 }));
