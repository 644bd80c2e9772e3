#!/usr/bin/env node
// Corpus study (precision round 11): a caption glued to the next sentence without its full stop lends the name that
// sentence's first syllable ("Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng Tuy nhiên Điều 11 …", "GS.TS Nguyễn Hồng Sơn
// Hàng loạt các DN …", "Đại biểu Quốc hội Lê Thanh Vân Theo ông Vân, …"). From a JSONL of `extract` on corpus/real:
// (1) officials whose name is another official's name of the same article and one syllable more, by what follows the
// extra syllable in the text (none left once src/refine/officials.ts drops the syllable; 17 at 4b10377, all glued
// captions); (2) every mention in the text of an official's name followed by a capitalised syllable, by what follows
// that syllable (a lower-case word or a number: the glued sentence, or a longer name; a comma or a capital: a longer
// name or a list), whatever the build made of it.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/officials-glued-names.mjs /tmp/real.jsonl [--examples N]
import fs from 'node:fs';
import { readFlags, snippet, Tally } from './lib.mjs';

const flags = readFlags();
const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-glued-names.mjs OUT.jsonl [--examples N]');
  process.exit(2);
}
const examples = flags.number('--examples', 3);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const followedBy = (s) => (/^[ \u00a0]+\p{Ll}/u.test(s) ? 'a lower-case word' : /^[ \u00a0]+\d/u.test(s) ? 'a number' : /^[ \u00a0]+\p{Lu}/u.test(s) ? 'a capital' : 'punctuation or the end');

const listed = new Tally({ examples });
const inText = new Tally({ examples });
let officials = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  if (!r.officials?.length) continue;
  const id = r.file.split('/').pop();
  const text = fs.readFileSync(r.file, 'utf8').normalize('NFC');
  const names = new Set(r.officials.map((o) => o.name));
  for (const o of r.officials) {
    officials++;
    const words = o.name.split(' ');
    if (words.length >= 3 && names.has(words.slice(0, -1).join(' '))) {
      const at = text.indexOf(o.name, Math.max(0, o.span[0] - 40));
      const after = at >= 0 ? text.slice(at + o.name.length, at + o.name.length + 3) : '';
      listed.add(`then ${followedBy(after)}`, `${id} | ${o.name} | ${at >= 0 ? snippet(text, at, at + o.name.length, 80) : ''}`, r.file);
    }
    if (words.length < 2) continue;
    const glued = new RegExp(`${escape(o.name)} (\\p{Lu}[\\p{Ll}\\p{M}]*)(?=([^]{0,3}))`, 'gu');
    for (const m of text.matchAll(glued)) {
      if (names.has(`${o.name} ${m[1]}`) && r.officials.some((x) => x.name === `${o.name} ${m[1]}` && x.positions.length)) continue;
      inText.add(`then ${followedBy(m[2])}`, `${id} | ${o.name} + ${m[1]} | ${snippet(text, m.index, m.index + m[0].length, 80)}`, r.file);
    }
  }
}
listed.print(`${officials} officials; those named as another official of the article and one syllable more, by what follows it`, { top: 10 });
inText.print("mentions of an official's name followed by a capitalised syllable, by what follows that syllable", { top: 10 });
