#!/usr/bin/env node
// Corpus study (precision round 11): a post ending with a province's name glued to the next sentence without its full
// stop, whose first syllable was read as a person's name ("Giám đốc Công an Yên Bái Thông tin từ UBND …" → "Yên Bái
// Thông", "… giáo dục Hà Nội Đối với những trẻ em …" → "Hà Nội Đối"), or a person named after the province read with
// it ("Bí thư Tỉnh ủy Yên Bái Phạm Thị Thanh Trà" → "Yên Bái Phạm Thị Thanh"). Needs `npm run build` (the
// gazetteer). Counts in corpus/real "<province> <Capitalised> <lower-case>" by the word after the province, and with a
// JSONL of `extract`, the officials whose name opens with a province's name.
//   node bench/studies/officials-province-names.mjs [/tmp/real.jsonl] [--examples N]
import fs from 'node:fs';
import { readFlags, readReal, snippet, Tally } from './lib.mjs';
import { gazetteer } from '../../dist/gazetteer/index.js';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const records = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const province = (name) => gazetteer().named(name).some((u) => u.name === name && u.level === 'province');
const glued = new Tally({ examples });
const pair = /(\p{Lu}[\p{Ll}\p{M}]*) (\p{Lu}[\p{Ll}\p{M}]*) (\p{Lu}[\p{Ll}\p{M}]*) (\p{Ll}[\p{Ll}\p{M}]*)/gu;
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(pair)) {
    if (!province(`${m[1]} ${m[2]}`)) continue;
    glued.add(`${m[3]} ${m[4]}`, `${file}: ${snippet(text, m.index, m.index + m[0].length, 100)}`, file);
  }
}
glued.print('"<province> <Capitalised> <lower-case>" in corpus/real, by the two words after the province', { top: 120 });
if (records) {
  const named = new Tally({ examples: 20 });
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    for (const o of r.officials ?? []) {
      const w = o.name.split(' ');
      if (w.length > 2 && province(w.slice(0, 2).join(' '))) named.add('name opening with a province', `${r.file.split('/').pop()} | ${o.name} | ${JSON.stringify(o.positions)}`, r.file);
    }
  }
  named.print('officials of the run whose name opens with a province\'s name', { top: 5 });
}
