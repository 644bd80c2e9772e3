// A day after a word naming a document ("Quyết định số 64/2014/QĐ-UBND, ngày 25/9/2014", "Nghị định 167/2013/NĐ-CP
// ngày 12/11/2013", "Thực hiện quyết định của Bộ Chính trị, ngày 26/5, ông …", "vừa thông báo, ngày 30/5, tại Hà Nội,
// nhà thơ … đã từ trần", "do vắng mặt luật sư, ngày 30/6, cha con … hầu tòa"), which src/lexicon/dates.ts reads as the
// document's date. Counts them in corpus/real by whether a comma stands between the word and the day and whether a
// number (the document's) does: after an unnumbered document word, a comma ends a clause and the day opens the news.
// Usage: node bench/studies/date-document-comma.mjs [--examples N]
import { readFlags, readReal, oneLine, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 8);
const DOC = /(?<![\p{L}])(quyết định|nghị định|nghị quyết|thông tư|chỉ thị|công văn|văn bản|kế hoạch|thông báo|tờ trình|luật|hiến pháp|công điện|hướng dẫn|đề án|số\s+\d+[/\p{L}\d-]*)(?![\p{L}])([^.;\n]{0,40}?)(?:\s(?:ngày|hôm)\s+|,\s*(?:(?:ngày|hôm)\s+)?)(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)(?!\d)/giu;

const byKind = new Tally({ examples });
for (const a of readReal()) {
  for (const m of a.text.matchAll(DOC)) {
    const word = m[1].toLowerCase();
    // "tỉ số 6-3, 6-2", "điểm số 7/5": a score, no document
    if (/^số/u.test(word) && /(?:điểm|tỉ|tỷ|hiệu)\s+$/iu.test(a.text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const comma = m[0].slice(m[1].length).includes(',');
    const numbered = /^số\s/u.test(word) || /\d/u.test(m[2]);
    const lawyer = word === 'luật' && /^\s+sư(?![\p{L}])/iu.test(m[2]);
    const kind = lawyer ? '"luật sư" (a lawyer)' : `${comma ? 'a comma between' : 'no comma'}, ${numbered ? 'numbered' : 'no number'}`;
    byKind.add(kind, oneLine(a.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 50)), a.file);
  }
}
byKind.print('days after a document word, by what stands between', { top: 10 });
