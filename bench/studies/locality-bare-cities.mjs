#!/usr/bin/env node
// Corpus study: well-known district-level cities and islands written bare, without "thành phố"/"huyện"/"thị xã" ("du
// lịch Đà Lạt", "biển Nha Trang", "tại Phú Quốc"): how often each name stands bare or typed, what word stands before the
// bare ones, and (with OUT.jsonl, an `extract` run over corpus/real) what locality the articles naming one bare got.
//   node bench/studies/locality-bare-cities.mjs [OUT.jsonl] (--limit N)
// Found (round 4): bare forms outnumber typed ones for most of these names, but many bare ones name something else: a
// bay ("vịnh Hạ Long"), a festival or a product ("Lễ hội cà phê Buôn Ma Thuột", "bò sữa Mộc Châu"), a street ("đường
// Điện Biên Phủ"), a person ("Phạm Phú Quốc"), a port, a university, and "Vũng Tàu" inside "Bà Rịa - Vũng Tàu". Reading
// them as units changed 35 localities on corpus/real, about 6 in 10 right on review, and neither dev nor blind: no rule
// was written. "Phú Quốc" and "Sa Pa" changed type after 2017 (huyện → thành phố, thị xã), so a bare one also needs
// the article's date to be typed.
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const CITIES = ['Đà Lạt', 'Nha Trang', 'Vũng Tàu', 'Hạ Long', 'Buôn Ma Thuột', 'Hội An', 'Phan Thiết', 'Quy Nhơn', 'Sa Pa', 'Sapa', 'Phú Quốc', 'Cam Ranh', 'Tuy Hòa', 'Rạch Giá', 'Biên Hòa', 'Thủ Dầu Một', 'Móng Cái', 'Pleiku', 'Côn Đảo', 'Cửa Lò', 'Sầm Sơn', 'Đồ Sơn', 'Mộc Châu', 'Điện Biên Phủ', 'Lý Sơn'];
const TYPED = /(?:thành phố|TP\.?|Tp\.?|huyện|quận|thị xã|TX\.?|đảo|Thành phố|Huyện|Quận|Thị xã)\s*$/u;
const FORM = new RegExp(`(?<![\\p{L}])(${CITIES.join('|')})(?![\\p{L}])`, 'gu');
const [byName, byBefore, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  let bare = false;
  for (const m of text.matchAll(FORM)) {
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const typed = TYPED.test(before);
    const inProvince = /Bà Rịa\s*-\s*$/u.test(before);
    byName.add(`${m[1]} ${inProvince ? 'in the province "Bà Rịa - Vũng Tàu"' : typed ? 'typed' : 'bare'}`, snippet(text, m.index, m.index + m[0].length, 70), file);
    if (typed || inProvince) continue;
    bare = true;
    const word = /([\p{L}]+)\s*$/u.exec(before)?.[1] ?? '(start)';
    byBefore.add(word, snippet(text, m.index, m.index + m[0].length, 70), file);
  }
  if (bare && out) byChosen.add(chosen.has(id) ? 'a locality chosen' : 'no locality', `${id}: ${chosen.get(id)?.text ?? ''}`, file);
}
byName.print('Cities by name, bare or typed', { top: 50, examples: false });
byBefore.print('The word before a bare city', { top: 25 });
if (out) byChosen.print('Articles naming a city bare: their locality', { top: 3 });
