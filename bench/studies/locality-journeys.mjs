#!/usr/bin/env node
// Corpus study: a unit named as the start of a journey or one end of a range ("bay từ TP HCM ra Hà Nội", "từ Đà Nẵng
// vào TP.HCM", "vùng biển từ Quảng Trị đến Quảng Ngãi", "chặng TPHCM - Singapore", "từ Thanh Hóa trở vào") or as where
// someone comes from ("cô kỹ sư đến từ Hà Nội"): counted in corpus/real by the word after the place, with examples;
// with OUT.jsonl (an `extract` run), how many articles got such a unit as their locality.
//   node bench/studies/locality-journeys.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const UNIT = '(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\\.?|tỉnh)\\s+)?';
const NAME = '\\p{Lu}[\\p{L}.-]*(?:\\s+[\\p{Lu}\\d][\\p{L}.-]*){0,3}';
const FROM = new RegExp(`(?<![\\p{L}])(đến từ|tới từ|từ)\\s+(${UNIT}${NAME})\\s*(đến|tới|vào|ra|lên|về|đi|sang|xuống|trở\\s+(?:vào|ra|lên|xuống|đi)|[-–]|[^\\s\\p{L}]|\\p{Ll}+)`, 'gu');
const [byNext, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(FROM)) {
    const next = m[1] !== 'từ' ? `"${m[1]}" (origin)` : /^(?:đến|tới|vào|ra|lên|về|đi|sang|xuống|trở|[-–])/u.test(m[3]) ? `"từ X ${m[3].replace(/\s+/g, ' ')}"` : '"từ X" + other';
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byNext.add(next, ex, file);
    const placeAt = m.index + m[0].indexOf(m[2]);
    if (chosen.get(id) && Math.abs(chosen.get(id).start - placeAt) < 5) byChosen.add(next, ex, file);
  }
}
byNext.print('"từ" + a capitalised name (a place or not), by what follows', { top: 20 });
if (out) byChosen.print('…where that name is the locality chosen', { top: 20 });
