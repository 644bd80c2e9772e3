#!/usr/bin/env node
// Corpus study (round 7): a commune or ward named in an address chain right before its district ("phường 5, quận 10,
// TP.HCM", "P.9, Q.Phú Nhuận", "xã Phú Cường, huyện Ba Vì", "xã Tam Hiệp, Phúc Thọ"): how many units of the list the
// name fits at all, and how many of them lie in the district named next; a numbered ward by how it is written
// ("phường 5", "P.5", "phường 05", "P5" with no dot) against how the list writes it (TP.HCM's single-digit wards are
// "05" there, other cities' "5"); and the wards and districts abbreviated with no dot at all ("P10, Q5", "Q12,
// TPHCM"), which are no unit word to the places dimension; a street named after a person before a unit in brackets
// ("660 Lê Hồng Phong (phường 10, …)", "đường Chu Văn An (quận Bình Thạnh)"), which looked like a person's province.
// Needs `npm run build` (the list's lookup keys).
//   node bench/studies/locality-numbered-wards.mjs (--limit N)
import path from 'node:path';
import { SURNAMES, readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const { gazetteer, nameKey } = await import(path.join(root, 'dist', 'gazetteer', 'index.js'));
const g = gazetteer();
const SURNAME = `(?:${[...SURNAMES].join('|')})`;
const COMMUNE = '(?:xã|phường|thị trấn|P\\.|TT\\.)';
const DISTRICT = '(?:huyện|quận|thị xã|thành phố|TP\\.?|Q\\.|H\\.|TX\\.?)';
const NAME = '[\\p{Lu}\\d][\\p{L}\\d]*(?:\\s+[\\p{Lu}][\\p{L}]*){0,3}';
// a commune, then its district with or without its unit word
const CHAIN = new RegExp(`(?<![\\p{L}])(${COMMUNE})\\s?(${NAME})\\s*[,(–-]\\s*(?:${DISTRICT}\\s?)?(${NAME})`, 'gu');
const NUMBERED = /(?<![\p{L}\d])(phường|Phường|P\.|P)\s?(0?[1-9])(?![\p{L}\d])/gu;
const DOTLESS = /(?<![\p{L}\d.])(P\d{1,2}\s*,\s*Q\d{1,2}|Q\d{1,2}\s*[,)]?\s*(?:TP\.?\s?HCM|TPHCM|TP HCM)|(?:UBND|TAND|VKS|VKSND|[Cc]ông an|CA)\s+Q\d{1,2})(?![\p{L}\d])/gu;

// a street named after a person, after its house number or a street word, then a unit in brackets
const STREET_PERSON = new RegExp(`(?:\\d+[A-Za-z]?(?:/\\d+[A-Za-z]?)*|đường|[Pp]hố|hẻm|ngõ|Đường)\\s+(${SURNAME})(?:\\s+\\p{Lu}\\p{L}*){1,3}\\s*\\((?:xã|phường|quận|huyện|thị trấn|TP|P\\.|Q\\.|\\p{Lu})`, 'gu');
const [byFit, byWritten, dotless, streets] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(CHAIN)) {
    const communes = g.withKey(nameKey(m[2])).filter((u) => u.level === 'commune');
    const districts = new Set(g.withKey(nameKey(m[3])).filter((u) => u.level === 'district').map((u) => u.code));
    if (communes.length < 2 || !districts.size) continue;
    const inside = communes.filter((u) => districts.has(u.parent));
    const fit = inside.length === 1 ? 'one of several, the one in the district named next' : inside.length ? 'several in that district too' : 'none in the district named next';
    byFit.add(fit, snippet(text, m.index, m.index + m[0].length, 80), file);
  }
  for (const m of text.matchAll(NUMBERED)) {
    byWritten.add(`${m[1] === 'Phường' ? 'phường' : m[1]} ${m[2].length === 2 ? '0N' : 'N'}${m[1] === 'P' ? ' (no dot)' : ''}`, snippet(text, m.index, m.index + m[0].length, 60), file);
  }
  for (const m of text.matchAll(STREET_PERSON)) streets.add(/^\d/.test(m[0]) ? 'house number + street' : 'street word + street', snippet(text, m.index, m.index + m[0].length, 70), file);
  for (const m of text.matchAll(DOTLESS)) dotless.add(m[1].replace(/\d+/g, 'N').replace(/\s+/g, ' '), snippet(text, m.index, m.index + m[0].length, 70), file);
}
byFit.print('A commune whose name several units of the list share, before the district its chain names', { top: 5 });
byWritten.print('Numbered wards by spelling (the list: "05" in TP.HCM, "5" elsewhere)', { top: 10 });
streets.print('A street named after a person, then a unit in brackets (read as a person\'s province before round 7)', { top: 5 });
dotless.print('Wards and districts abbreviated with no dot', { top: 10 });
