#!/usr/bin/env node
// Corpus study (precision round 11): "Anh" (England, and the honorific "Mr") between a title and a name in Latin
// letters ("Thủ tướng Anh David Cameron", "Ngoại trưởng Anh William Hague"), which the officials rules took for the
// honorific and left out of the post ("Thủ tướng"); round 10 seed 102 #13. Counts in corpus/real the word before "Anh"
// when a Latin name follows, and against it "Anh" before a Vietnamese name (the honorific or a given name); with a
// JSONL of `extract`, the officials named after "<title> Anh" whose posts lack the country.
//   node bench/studies/officials-country-honorific.mjs [/tmp/real.jsonl] [--examples N]
import fs from 'node:fs';
import { readFlags, readReal, snippet, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const records = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const LATIN = /^[A-Z][a-z]+$/u;
const forms = new Tally({ examples });
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(/([\p{L}\p{M}]+) Anh ([\p{Lu}][\p{L}\p{M}]*) ([\p{Lu}][\p{L}\p{M}]*)/gu)) {
    const latin = LATIN.test(m[2]) && LATIN.test(m[3]) && !/[^\x00-\x7f]/u.test(m[2] + m[3]);
    forms.add(`${latin ? 'Latin name' : 'other name'} after "${m[1]} Anh"`, `${file}: ${snippet(text, m.index, m.index + m[0].length, 100)}`, file);
  }
}
forms.print('"<word> Anh <Capitalised> <Capitalised>" in corpus/real', { top: 25 });
if (records) {
  const missing = new Tally({ examples: 30 });
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    let text = null;
    for (const o of r.officials ?? []) {
      if (!/^[A-Z][a-z]+ [A-Z]/u.test(o.name)) continue;
      text ??= fs.readFileSync(r.file, 'utf8').normalize('NFC');
      for (const p of o.positions) if (!p.includes('Anh') && text.includes(`${p} Anh ${o.name}`)) missing.add('post without "Anh"', `${r.file.split('/').pop()} | ${o.name} | ${p}`, r.file);
    }
  }
  missing.print('officials written "<post> Anh <name>" whose post lacks the country', { top: 5 });
}
