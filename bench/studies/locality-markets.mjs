#!/usr/bin/env node
// Corpus study: a city named as a market in price quotes and trade ("giá vàng SJC tại thị trường Hà Nội", "Công ty Vàng
// bạc đá quý Sài Gòn tại Hà Nội niêm yết ở mức …", "cung ứng 70 tấn mỗi ngày cho thị trường TP.HCM"): national market
// news, not an event there. Counts "thị trường" + name and name + a quoting verb ("niêm yết", "giao dịch", "mua vào",
// "bán ra") in corpus/real; with OUT.jsonl (an `extract` run), how often that name was the locality chosen. Needs
// `npm run build` (the lexicon's MARKET_BEFORE / QUOTE_AFTER).
//   node bench/studies/locality-markets.mjs [OUT.jsonl] (--limit N)
import path from 'node:path';
import { chosenLocalities, readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const { MARKET_BEFORE, QUOTE_AFTER } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const CITY = /(?<![\p{L}])(Hà Nội|TP\.? ?HCM|TPHCM|TP\.? ?Hồ Chí Minh|Sài Gòn|Đà Nẵng|Cần Thơ|Hải Phòng)(?![\p{L}])/gu;
const [byForm, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(CITY)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const form = MARKET_BEFORE.test(before) ? '"thị trường" + city' : QUOTE_AFTER.test(after) ? 'city + a quoting verb' : null;
    if (!form) continue;
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byForm.add(form, ex, file);
    if (chosen.get(id)?.start === m.index) byChosen.add(form, ex, file);
  }
}
byForm.print('A city named as a market', { top: 5 });
if (out) byChosen.print('…chosen as the locality', { top: 5 });
