#!/usr/bin/env node
// Corpus study: a province's name that names something else: written with a lower-case word that is a common noun
// ("giải Nobel Hòa bình", "Lực lượng Gìn giữ Hòa bình" = peace; "Cục Hải dương" = ocean; against "Hà nội", "Sài gòn",
// the cities misspelt), or a unit of China that shares a Vietnamese unit's name ("tỉnh Hà Nam (Trung Quốc)" = Henan,
// "thành phố Trường Sa, Trung Quốc" = Changsha). Counted in corpus/real with the word before; with OUT.jsonl (an
// `extract` run), how often each was the locality chosen.
//   node bench/studies/locality-homonyms.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const LOWER = /(?<![\p{L}])(Hòa bình|hòa bình|Hải dương|hải dương|Hà nội|Sài gòn|Hải phòng|Đồng tháp|Đà nẵng)(?![\p{L}])/gu;
const CHINA = /(?<![\p{L}])((?:tỉnh|thành phố|TP\.?)\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s*(?:,\s*|\(\s*)Trung Quốc/gu;
const [byLower, byChina, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  const at = chosen.get(id)?.start;
  for (const m of text.matchAll(LOWER)) {
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byLower.add(m[1], ex, file);
    if (at !== undefined && Math.abs(at - m.index) < 2) byChosen.add(`lower-case: ${m[1]}`, ex, file);
  }
  for (const m of text.matchAll(CHINA)) {
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byChina.add(`${m[1] ? 'typed' : 'bare'} name before "Trung Quốc"`, ex, file);
    if (at !== undefined && Math.abs(at - m.index) < 2) byChosen.add(`before "Trung Quốc": ${m[0].replace(/\s+/g, ' ')}`, ex, file);
  }
}
byLower.print('Province names with a lower-case word', { top: 12 });
byChina.print('A capitalised name right before "(Trung Quốc)" or ", Trung Quốc"', { top: 5 });
if (out) byChosen.print('…chosen as the locality', { top: 20, examples: false });
