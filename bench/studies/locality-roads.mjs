#!/usr/bin/env node
// Corpus study: a province's name right after a road word ("xa lộ Hà Nội" is a highway in TP.HCM, "cao tốc Hà Nội -
// Hải Phòng", "đại lộ Thăng Long"): counts, over corpus/real, each road word with the province name after it.
//   node bench/studies/locality-roads.mjs
import { loadGazetteer, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PROVINCE = loadGazetteer().provinces.sort((a, b) => b.length - a.length).map(esc).join('|');
const FORM = new RegExp(`(?<![\\p{L}])(?<![Tt]hành )(xa lộ|Xa lộ|đại lộ|Đại lộ|cao tốc|Cao tốc|quốc lộ|đường|Đường|phố|sân bay|bến xe) (${PROVINCE})(?![\\p{L}])`, 'gu');
const [byRoad] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) byRoad.add(`${m[1].toLowerCase()} + province`, snippet(text, m.index, m.index + m[0].length, 100), file);
}
byRoad.print('Road words before a province name', { top: 15 });
