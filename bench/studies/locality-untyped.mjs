#!/usr/bin/env node
// Corpus study: a district named without its unit word right before its province ("(Thạch Thất, Hà Nội)", "tại Mộc
// Châu, Sơn La", "Quốc Oai (Hà Nội)", "Việt Trì - Phú Thọ"). Counts, over corpus/real, capitalised runs before a
// separator and a province name, by whether the run is a listed unit of that province (district, commune, none), by
// the separator, and by what stands before the run (a unit word: already typed; a lower-case word; a capitalised word:
// part of a longer name). Needs `npm run build` (dist/data/gazetteer.json).
//   node bench/studies/locality-untyped.mjs            (tables with examples)
//   node bench/studies/locality-untyped.mjs --limit 1000
import { key, loadGazetteer, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const gaz = loadGazetteer();
const provinces = gaz.provinces;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PROVINCE = provinces.sort((a, b) => b.length - a.length).map(esc).join('|');
// a run of 1-4 capitalised words, a separator, a province name (not itself followed by a capitalised word)
const FORM = new RegExp(`((?:\\p{Lu}[\\p{L}]*)(?: \\p{Lu}[\\p{L}]*){0,3})(\\s?,\\s|\\s\\(|\\s[-–]\\s)(${PROVINCE})(?![\\p{L}])(?! \\p{Lu})`, 'gu');
const UNIT_WORD = /(?:tỉnh|thành phố|Thành phố|TP|Tp|thị xã|Thị xã|TX|Tx|huyện|Huyện|H|quận|Quận|Q|xã|Xã|phường|Phường|P|thị trấn|TT)\.?\s*$/u;

const [byKind, bySeparator, byBefore] = tallies();
let n = 0;
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) {
    const [, run, sep, province] = m;
    const units = gaz.byKey.get(key(run)) ?? [];
    const inProvince = units.filter((u) => u.province === province);
    const kind = inProvince.some((u) => u.level === 'district') ? 'district of that province' : inProvince.length ? 'commune of that province' : units.length ? 'unit of another province' : 'no unit';
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const context = UNIT_WORD.test(before) ? 'unit word (typed)' : /\p{Lu}[\p{L}]*\s$/u.test(before) ? 'capitalised word (longer name)' : /[,(]\s*$/u.test(before) ? 'a comma or bracket (address chain)' : 'lower-case word or start';
    const ex = snippet(text, m.index, m.index + m[0].length, 130);
    n++;
    byKind.add(kind, ex, file);
    if (kind === 'district of that province') {
      bySeparator.add(`"${sep.trim() || ' '}"`, ex, file);
      byBefore.add(context, ex, file);
    }
  }
}
console.log(`# corpus/real: ${n} runs of "Name <sep> Province"`);
byKind.print('What the run before the province is', { top: 10 });
bySeparator.print('Districts of that province: the separator', { top: 10 });
byBefore.print('Districts of that province: what stands before the run', { top: 10 });
