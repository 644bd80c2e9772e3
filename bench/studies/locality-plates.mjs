#!/usr/bin/env node
// Corpus study: a province named after a licence-plate word ("xe Fortuner biển số Hải Phòng", "biển kiểm soát Đồng
// Nai"): where the vehicle is registered, not where the event happened. Counted in corpus/real by the word before and
// the province; with OUT.jsonl (an `extract` run), how often it was the locality chosen.
//   node bench/studies/locality-plates.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const PLATE = /(?<![\p{L}])(biển số|biển kiểm soát|BKS)\s+(?:xe\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,2})/gu;
const [byWord, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(PLATE)) {
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byWord.add(`${m[1]} + ${m[2]}`, ex, file);
    const placeAt = m.index + m[0].length - m[2].length;
    if (chosen.get(id) && Math.abs(chosen.get(id).start - placeAt) < 3) byChosen.add(m[1], ex, file);
  }
}
byWord.print('Licence-plate words before a capitalised name', { top: 30, examples: false });
if (out) byChosen.print('…that name chosen as the locality', { top: 5 });
