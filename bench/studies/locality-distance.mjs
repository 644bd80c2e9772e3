#!/usr/bin/env node
// Corpus study: a place a distance is measured from ("Cách Hà Nội khoảng 70km – Hải Dương là tỉnh …", "chỉ cách Đà
// Nẵng 63 hải lý về hướng đông bắc"), a landmark rather than where the event is: "cách" + a capitalised name + a number,
// by the word before the number; with OUT.jsonl (an `extract` run over corpus/real), how often that name was the
// locality chosen. Needs `npm run build` (the lexicon's DISTANCE_FROM_BEFORE / DISTANCE_AFTER).
//   node bench/studies/locality-distance.mjs [OUT.jsonl] (--limit N)
import path from 'node:path';
import { chosenLocalities, readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const { DISTANCE_FROM_BEFORE, DISTANCE_AFTER } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const NAME = /(?<![\p{L}])[Cc]ách\s+(?:(?:thủ đô|Thủ đô|trung tâm)\s+)?((?:(?:TP\.?|thành phố|tỉnh|huyện|thị xã|xã)\s*)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3})/gu;
const [byWord, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(NAME)) {
    const at = m.index + m[0].length - m[1].length;
    const after = text.slice(at + m[1].length, at + m[1].length + 60);
    if (!DISTANCE_FROM_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || !DISTANCE_AFTER.test(after)) continue;
    const ex = snippet(text, m.index, at + m[1].length + 20, 70);
    byWord.add(/^\s*(?:\([^()]*\)\s*)?,?\s*(\p{L}+)?/u.exec(after)?.[1] ?? '(the number)', ex, file);
    if (chosen.get(id) && Math.abs(chosen.get(id).start - at) < 20) byChosen.add(m[1], ex, file);
  }
}
byWord.print('"cách" + a name + a distance, by the word before the number', { top: 10 });
if (out) byChosen.print('…that name chosen as the locality', { top: 10 });
