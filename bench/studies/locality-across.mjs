#!/usr/bin/env node
// Corpus study: an event across two districts or communes of one province, joined by "và" ("giáp ranh quận 5 và quận
// 10, TP. HCM", "tại 2 huyện Thanh Oai và Hoài Đức (Hà Nội)", "xã Mỹ Hòa, thị xã Bình Minh và xã Phú Thành, huyện Trà
// Ôn"): two units of the same level that the national list places in one province, by level; with OUT.jsonl (an
// `extract` run over corpus/real), how often the first of them was the locality chosen. Needs `npm run build`.
//   node bench/studies/locality-across.mjs [OUT.jsonl] (--limit N)
import path from 'node:path';
import { chosenLocalities, readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const { gazetteer, nameKey } = await import(path.join(root, 'dist', 'gazetteer', 'index.js'));
const g = gazetteer();
const LEVEL = { xã: 'commune', phường: 'commune', 'thị trấn': 'commune', huyện: 'district', quận: 'district', 'thị xã': 'district' };
const NAME = '(?:\\p{Lu}[\\p{L}]*|\\d+)(?:\\s+(?:\\p{Lu}[\\p{L}]*|\\d+)){0,3}';
const PAIR = new RegExp(`(?<![\\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã) (${NAME})(?:\\s*,[^.;:()]{0,50}?)?\\s+và\\s+(?:(xã|phường|thị trấn|huyện|quận|thị xã)\\s+)?(${NAME})`, 'gu');
const unitsOf = (name, level) => g.withKey(nameKey(name)).filter((u) => u.level === level);
const [byLevel, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(PAIR)) {
    const level = LEVEL[m[1]];
    if (m[3] && LEVEL[m[3]] !== level) continue;
    const a = unitsOf(m[2], level);
    const b = unitsOf(m[4], level);
    const shared = a.filter((u) => b.some((v) => v.province === u.province && v.code !== u.code));
    if (!shared.length) continue;
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byLevel.add(level, ex, file);
    if (chosen.get(id)?.start === m.index) byChosen.add(level, ex, file);
  }
}
byLevel.print('Two units of one level and one province joined by "và"', { top: 5 });
if (out) byChosen.print('…the first of them chosen as the locality', { top: 5 });
