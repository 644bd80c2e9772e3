#!/usr/bin/env node
// Corpus study (round 8): positions of an `extract` run that hold a capitalised word opening a sentence after their
// first word ("Thống đốc NHNN Việt Nam Trong phiên họp", "… quận 1 Theo PLO", "… Tuy tình hình", "… Chính phủ Ngày
// 8/2/2017"): a caption or sentence the source glued on without its full stop, read into the post. Counts each word
// by what follows it (a lower-case word, a number, a capitalised word), with examples, so that names that hold the same
// syllable ("Tuy Hòa", "Hai Bà Trưng", "VKSND Tối cao", "Khởi nghiệp Sáng tạo") show apart from glued sentences.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/officials-glued-openers.mjs /tmp/real.jsonl [--examples N]
import fs from 'node:fs';
import { readFlags, Tally } from './lib.mjs';

const flags = readFlags();
const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-glued-openers.mjs OUT.jsonl [--examples N]');
  process.exit(2);
}
const examples = flags.number('--examples', 3);
const OPENERS = ['Theo', 'Trong', 'Tuy', 'Tại', 'Sau', 'Trước', 'Khi', 'Với', 'Để', 'Về', 'Ngày', 'Sáng', 'Trưa', 'Chiều', 'Tối', 'Hôm', 'Từ', 'Đến', 'Nhưng', 'Do', 'Vì', 'Nếu', 'Còn', 'Cũng', 'Hiện', 'Riêng', 'Lúc', 'Qua', 'Ở', 'Có', 'Những', 'Nhiều', 'Đây', 'Cụ'];
const opener = new RegExp(` (${OPENERS.join('|')}) (\\S+)`, 'u');
const followedBy = (w) => (/^\d/u.test(w) ? 'number' : w[0] === w[0].toLowerCase() ? 'lower' : 'capital');
const tally = new Tally({ examples });
let positions = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  for (const o of r.officials ?? []) {
    for (const p of o.positions ?? []) {
      positions++;
      const m = opener.exec(p);
      if (m) tally.add(`${m[1]} + ${followedBy(m[2])}`, `${r.file.split('/').pop()} | ${o.name} | ${p.slice(0, 100)}`, r.file);
    }
  }
}
tally.print(`${positions} positions; those holding a sentence opener after their first word, by what follows it`, { top: 60 });
