#!/usr/bin/env node
// Corpus study (round 8): the Central Highlands' names written with "c" for "k" ("Đắc Lắc", "Đác Nông", "huyện Đác
// Mil", "huyện Đắc Hà") or "Lắc" for "Lắk", against the list's "Đắk …" spellings, in corpus/real and dev, by form and
// by whether a unit word stands before it; with an `extract` JSONL over corpus/real, the locality of each article
// naming one. "Đắc" is also a real name ("xã Đắc Sơn", Thái Nguyên): the rule reads a "c" spelling only where the list
// knows no unit of that name.
//   node bench/studies/locality-highlands-spellings.mjs [OUT.jsonl]   (--limit N)
import { chosenLocalities, readFlags, readReal, readDev, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const chosen = chosenLocalities(process.argv.slice(2).find((a) => a.endsWith('.jsonl')));
/** The locality the run chose for a corpus/real article, as written: " → «TP.HCM»", " → null"; nothing without a run. */
const localityOf = (file) => (!chosen.size || !/^r\d+/.test(file) ? '' : ` → ${chosen.has(file.replace(/\.\w+$/, '')) ? `«${chosen.get(file.replace(/\.\w+$/, '')).text}»` : 'null'}`);
const FORM = /(?<![\p{L}])(?:(tỉnh|huyện|xã|thị trấn|TP|thành phố)\s+)?(Đ[ắáăa]c|Đ[ắăa]k|Đak|Dak)[ -]?(\p{Lu}[\p{L}']*)/gu;
const [byForm] = tallies();
const articles = [...readReal(flag.limit).map((a) => ({ ...a, set: 'real' })), ...readDev().map((a) => ({ ...a, set: 'dev' }))];
for (const { file, text, set } of articles) {
  for (const m of text.matchAll(FORM)) {
    const cForK = /c$/u.test(m[2]) || /c$/u.test(m[3]) && /^L/u.test(m[3]);
    if (!cForK) continue;
    const key = `${set}: ${m[2]} ${m[3]}${m[1] ? ' (after a unit word)' : ''}`;
    const got = localityOf(file);
    byForm.add(key, `${file}${got}: ${snippet(text, m.index, m.index + m[0].length, 110)}`, file);
  }
}
byForm.print('"c for k" spellings of the Central Highlands\' names', { top: 40 });
