#!/usr/bin/env node
// Corpus study (precision round 11): "hàng không" (aviation) against "hàng" closing another word before the negation
// "không" ("ngân hàng không trả lời", "khách hàng không được"), which the officials rules read as a verb ending a post
// ("Tổng giám đốc hãng hàng" for "… hãng hàng không Viet Jet"). Counts "<word> hàng không" in corpus/real by the word
// before it, with examples; with a JSONL of `extract`, the posts of officials that end on "hàng" where the text goes on
// with "không".
//   node bench/studies/officials-aviation.mjs [/tmp/real.jsonl] [--examples N]
import fs from 'node:fs';
import { readFlags, readReal, snippet, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const records = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const before = new Tally({ examples });
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(/([\p{L}\p{M}]+) ([Hh]àng) không\b/gu)) before.add(m[1].toLowerCase(), `${file}: ${snippet(text, m.index, m.index + m[0].length, 100)}`, file);
}
before.print('"<word> hàng không" in corpus/real, by the word before "hàng"', { top: 30 });
if (records) {
  const cut = new Tally({ examples: 10 });
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    let text = null;
    for (const o of r.officials ?? []) for (const p of o.positions) {
      if (!/\b[Hh]àng$/u.test(p)) continue;
      text ??= fs.readFileSync(r.file, 'utf8').normalize('NFC');
      if (text.includes(`${p} không`)) cut.add('post ending on "hàng" before "không"', `${r.file.split('/').pop()} | ${o.name} | ${p}`, r.file);
    }
  }
  cut.print('posts of the run cut at "không"', { top: 5 });
}
