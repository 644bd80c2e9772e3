#!/usr/bin/env node
// Corpus study: foreign names in Latin letters after a position title ("Tổng thống Mỹ Donald Trump", "Thủ tướng Anh
// Theresa May", "Tổng thư ký LHQ Antonio Guterres"), which a surname list cannot find. Counts, in corpus/real, each
// title followed (within six words) by a run of capitalised Latin words whose first is no Vietnamese syllable, by the
// run's length and by what stands between title and run (nothing, a country or body in Vietnamese, a Latin place or
// firm), with examples.
//   node bench/studies/officials-foreign.mjs [--examples N]
import { alternation, caseless, lexiconStrings, readReal } from './lib.mjs';

const examples = Number(process.argv[process.argv.indexOf('--examples') + 1]) || 2;
const TITLES = lexiconStrings('POSITION_TITLES');
const VIET_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
const VIET_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}(?:ng|nh|ch|c|m|n|p|t)?$/u;
const latin = (w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !VIET_ONLY.test(w);
const foreign = (w) => latin(w) && !VIET_SYLLABLE.test(w.toLowerCase());
const RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${caseless(alternation(TITLES))})((?:\\s+[\\p{L}\\p{M}&.()-]+){1,10})`, 'gu');

const byLength = new Map();
const between = new Map();
const add = (map, key, ex) => {
  let e = map.get(key);
  if (!e) map.set(key, (e = { n: 0, ex: [] }));
  e.n++;
  if (e.ex.length < examples) e.ex.push(ex);
};
for (const a of readReal()) {
  for (const m of a.text.matchAll(RE)) {
    const words = m[1].trim().split(/\s+/);
    const k = words.findIndex((w, i) => i < 6 && foreign(w));
    if (k < 0) continue;
    let end = k + 1;
    while (end < words.length && end - k < 4 && latin(words[end])) end++;
    const gap = words.slice(0, k);
    const kind = gap.length === 0 ? 'right after the title' : gap.some(latin) && gap.every((w) => !VIET_ONLY.test(w)) ? 'after Latin words' : 'after Vietnamese words (country, body)';
    const ex = `${a.file}: ${a.text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ').slice(0, 110)}`;
    add(byLength, `${end - k} word(s)`, ex);
    add(between, kind, ex);
  }
}
for (const [title, map] of [['Length of the Latin run', byLength], ['What stands between the title and the run', between]]) {
  console.log(`\n## ${title}`);
  for (const [k, e] of [...map].sort((x, y) => y[1].n - x[1].n)) {
    console.log(`${String(e.n).padStart(6)}  ${k}`);
    for (const x of e.ex) console.log(`          e.g. ${x}`);
  }
}
