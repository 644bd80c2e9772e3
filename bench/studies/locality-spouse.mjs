#!/usr/bin/env node
// Corpus study: "bà xã" / "ông xã" (colloquial: wife, husband) before a capitalised name, which the unit word "xã"
// would read as a commune ("bà xã Công Vinh", "ông xã Tuấn Hưng"). Tallies, over corpus/real, the name after them and
// whether the list knows it as a commune. Needs `npm run build` (dist/data/gazetteer.json).
//   node bench/studies/locality-spouse.mjs
import { key, loadGazetteer, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const gaz = loadGazetteer();
const FORM = /(?<![\p{L}])([Bb]à|[Ôô]ng) xã ((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,2})/gu;
const [byName, byListed] = tallies();
let n = 0;
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) {
    n++;
    const ex = snippet(text, m.index, m.index + m[0].length, 110);
    const listed = [2, 1].some((k) => (gaz.byKey.get(key(m[2].split(' ').slice(0, k).join(' '))) ?? []).some((u) => u.level === 'commune'));
    byName.add(`${m[1].toLowerCase()} xã ${m[2]}`, ex, file);
    byListed.add(listed ? 'a commune name of the list' : 'not a commune of the list', ex, file);
  }
}
console.log(`# corpus/real: ${n} "bà xã" / "ông xã" before a capitalised name`);
byListed.print('Is the name after it a commune of the list?', { top: 5 });
byName.print('The names', { top: 40, examples: false });
