#!/usr/bin/env node
// Corpus study: a province in brackets (or after a dash) right after a person's name: "ĐB Nguyễn Bá Thuyền (Lâm Đồng)",
// "bà Trần Kim Yến - Thành ủy viên, Chủ tịch LĐLĐ TP HCM". Before the name stands a title word that is capitalised
// ("ĐB", "Bà", "Ông", "Đại biểu"), so the capitalised run before the place is longer than the name. Tallies, over
// corpus/real, the runs before "(Province" by their first word (a surname: the name alone; a title word; other), and
// where the surname stands in the run. Needs `npm run build` (dist/data/gazetteer.json). Round 5: a run right after a
// unit word is a unit whose name opens with a surname ("Công an huyện Từ Liêm (Hà Nội)", "UBND quận Ngô Quyền (Hải
// Phòng)"), no person: counted apart.
//   node bench/studies/locality-person-province.mjs
import path from 'node:path';
import { loadGazetteer, readFlags, readReal, root, snippet, tallies, SURNAMES } from './lib.mjs';

const flag = readFlags();
const gaz = loadGazetteer();
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PLACE = [...gaz.provinces, 'TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM', 'TP Hồ Chí Minh', 'TP.Hồ Chí Minh', 'Sài Gòn']
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');
// a capitalised run of 2-6 words right before "(" and a province (or a "unit, province" chain)
const FORM = new RegExp(`((?:[\\p{Lu}][\\p{L}]*\\s+){1,5}[\\p{Lu}][\\p{L}]*)\\s*\\((?:[^()]{0,40},\\s*)?(${PLACE})\\)`, 'gu');

const { UNIT_WORD_END } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const [byFirst, bySurnameAt] = tallies({ examples: 3 });
let n = 0;
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) {
    const words = m[1].trim().split(/\s+/);
    const at = words.findIndex((w) => SURNAMES.has(w));
    const ex = snippet(text, m.index, m.index + m[0].length, 120);
    n++;
    if (at >= 0 && UNIT_WORD_END.test(text.slice(Math.max(0, m.index - 20), m.index))) {
      byFirst.add('after a unit word: a unit named like a person ("huyện Từ Liêm")', ex, file);
      continue;
    }
    const first = at === 0 ? 'surname first (the name alone)' : at > 0 ? `title word(s) then a surname: "${words.slice(0, at).join(' ')}"` : 'no surname (a body, a place, a firm)';
    byFirst.add(at > 0 ? 'title word(s) then a surname' : first, ex, file);
    if (at > 0) bySurnameAt.add(words.slice(0, at).join(' '), ex, file);
  }
}
console.log(`# corpus/real: ${n} capitalised runs before "(Province)"`);
byFirst.print('What the run before the bracket is', { top: 5 });
bySurnameAt.print('Title words before the surname', { top: 25 });
