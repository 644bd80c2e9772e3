#!/usr/bin/env node
// Corpus study: a unit named as a National Assembly delegate's delegation ("đại biểu Quốc hội đoàn TP HCM Trần Anh
// Tuấn", "ĐBQH đoàn Hà Nội", "ĐB đoàn Bình Định"): the delegate's province, not the article's place. Counts the form
// by the words before "đoàn" and whether a person's name or a title follows; with OUT.jsonl (an `extract` run over
// corpus/real), how often the delegation's unit is the locality chosen. Round 5 adds the delegate's title right before
// the unit ("đại biểu Quốc hội tỉnh Quảng Ninh Trần Xuân Hòa", "(ĐB tỉnh Thái Nguyên)"), which "Đoàn" before the title
// makes the delegation acting ("Đoàn đại biểu Quốc hội TP Đà Nẵng đã có buổi tiếp xúc cử tri"): counted apart.
//   node bench/studies/locality-delegation.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const FORM = /(?<![\p{L}])(đại biểu Quốc hội|Đại biểu Quốc hội|đại biểu QH|ĐBQH|đại biểu|Đại biểu|ĐB|Đoàn ĐBQH|Đoàn đại biểu Quốc hội|đoàn ĐBQH|đoàn đại biểu Quốc hội)( \p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*){1,3})?(?: \([^)]*\))?,? ([Đđ]oàn )((?:tỉnh |TP\.? ?|thành phố )?)(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*){0,2})/gu;
/** A delegate's title right before a typed province, with what stands before the title ("Đoàn", "hội" or other). */
const TITLED = /(?<![\p{L}])((?:\p{L}+ )?)(đại biểu Quốc hội|Đại biểu Quốc hội|đại biểu QH|ĐBQH|đại biểu|Đại biểu|ĐB) ((?:tỉnh |TP\.? ?|thành phố ))(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}]*){0,2})/gu;
const [byForm, byAfter, byChosen, byTitled, byTitledChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) {
    const placeAt = m.index + m[0].length - m[5].length - m[4].length;
    const form = `${m[1]}${m[2] ? ' <name>' : ''} ${m[3].trim()}`;
    const ex = snippet(text, m.index, m.index + m[0].length, 80);
    byForm.add(form, ex, file);
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    byAfter.add(/^\s*(?:[\p{Lu}][\p{L}]*\s+){1,3}/u.test(next) ? 'a capitalised run (a name)' : /^\s*[,:]/u.test(next) ? 'a comma or colon' : 'other', ex, file);
    const id = /r\d+/.exec(file)?.[0];
    if (chosen.has(id)) byChosen.add(Math.abs(chosen.get(id).start - placeAt) < 40 ? 'the locality chosen' : 'not the locality', ex, file);
  }
}
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(TITLED)) {
    const ex = snippet(text, m.index, m.index + m[0].length, 80);
    const kind = /^[Đđ]oàn $/u.test(m[1]) ? 'after "Đoàn": the delegation acts' : /^hội $/u.test(m[1]) ? 'after "hội" (a congress of delegates)' : 'a delegate\'s province';
    byTitled.add(`${kind}: ${m[2]} ${m[3].trim()}`, ex, file);
    const placeAt = m.index + m[0].length - m[4].length - m[3].length;
    if (chosen.has(id) && Math.abs(chosen.get(id).start - placeAt) < 3) byTitledChosen.add(kind, ex, file);
  }
}
byForm.print('Delegations after a delegate word', { top: 10 });
byTitled.print('A delegate\'s title right before a typed unit', { top: 20 });
if (out) byTitledChosen.print('…that unit chosen as the locality', { top: 8 });
byAfter.print('What follows the delegation', { top: 10 });
if (out) byChosen.print('Is the delegation\'s unit the locality chosen?', { top: 8 });
