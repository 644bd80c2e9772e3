#!/usr/bin/env node
// Corpus study: a firm's seat named in passing ("Công ty Trâm Anh có trụ sở đóng tại khu 6, phường Đại Phúc, TP Bắc
// Ninh", "Pepsico Việt Nam có trụ sở tại Thành phố Hồ Chí Minh"): "trụ sở (chính) (đóng|đặt) tại|ở" by its form, and
// (from an `extract` JSONL over corpus/real) the localities chosen within the address that follows it. "tại trụ sở
// UBND xã …" (a meeting at a body's seat) is another form and is not counted. Needs `npm run build` (SEAT_BEFORE).
//   node bench/studies/locality-seats.mjs [OUT.jsonl] (--limit N)
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const { SEAT_BEFORE } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const SEAT = /(?<![\p{L}])((?:có |đặt |đóng )?trụ sở(?: chính)?(?:\s+(?:đóng|đặt))?\s+(?:tại|ở))\s/gu;
const texts = new Map();
const [byForm, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  texts.set(file, text);
  for (const m of text.matchAll(SEAT)) byForm.add(m[1].replace(/\s+/g, ' '), snippet(text, m.index, m.index + m[0].length + 40, 60), file);
}
if (out) {
  for (const line of fs.readFileSync(out, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    const text = texts.get(path.basename(r.file));
    if (!r.locality?.span || !text) continue;
    const [start, end] = r.locality.span;
    if (SEAT_BEFORE.test(text.slice(Math.max(0, start - 90), start))) byChosen.add(`${r.locality.type} ${r.locality.name}`, snippet(text, start, end, 90), r.file);
  }
}
byForm.print('A seat named with "trụ sở … tại|ở"', { top: 10 });
if (out) byChosen.print('…the locality chosen within a seat\'s address', { top: 10 });
