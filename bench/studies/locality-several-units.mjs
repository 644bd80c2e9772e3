#!/usr/bin/env node
// Corpus study (round 8): a unit written as the first of several ("các quận 7, 1, 5 (TP.HCM)", "hai huyện Ân Thi và Mỹ
// Hào, tỉnh Hưng Yên", "tại 3 huyện Mường Chà (Điện Biên), Văn Chấn (Yên Bái) …"), which round 8's precision draw found
// chosen as the article's unit; by the count word before the unit word, and (from an `extract` JSONL over corpus/real)
// the locality of the article; and the last of several ("Các xã … là Hàng Vịnh, Tam Giang và thị trấn Năm Căn"). A number counts only after a word that introduces a count, not a hamlet's ("thôn 9 xã").
//   node bench/studies/locality-several-units.mjs [OUT.jsonl]   (--limit N)
import { chosenLocalities, readFlags, readReal, readDev, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const chosen = chosenLocalities(process.argv.slice(2).find((a) => a.endsWith('.jsonl')));
/** The locality the run chose for a corpus/real article, as written: " → «TP.HCM»", " → null"; nothing without a run. */
const localityOf = (file) => (!chosen.size || !/^r\d+/.test(file) ? '' : ` → ${chosen.has(file.replace(/\.\w+$/, '')) ? `«${chosen.get(file.replace(/\.\w+$/, '')).text}»` : 'null'}`);
const FORM = /(?<![\p{L}\d])(các|những|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|(?<=(?:tại|ở|của|cho|gồm|trong|tới|đến|thuộc|và)\s+)(?:[2-9]|[1-9]\d))\s+(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s+(\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?|\d{1,2})/gu;
// the last of several after a count word and the others' names: "Các xã … là Hàng Vịnh, Hiệp Tùng, Tam Giang và thị trấn Năm Căn"
const LAST = /(?<![\p{L}])(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã)(?![\p{L}])[^().;!?]*(?:,|\svà)\s+(xã|phường|thị trấn|huyện|quận|thị xã)\s+\p{Lu}[\p{L}]*/gu;
const [byWord, byType, last] = tallies();
const articles = [...readReal(flag.limit).map((a) => ({ ...a, set: 'real' })), ...readDev().map((a) => ({ ...a, set: 'dev' }))];
for (const { file, text, set } of articles) {
  for (const m of text.matchAll(FORM)) {
    const word = /\d/u.test(m[1]) ? 'a number' : m[1].toLowerCase();
    const got = localityOf(file);
    const ex = `${file}${got}: ${snippet(text, m.index, m.index + m[0].length, 120)}`;
    byWord.add(`${set}: ${word}`, ex, file);
    byType.add(`${set}: ${m[2].replace(/\.$/, '')}`, ex, file);
  }
}
for (const { file, text, set } of articles) {
  for (const m of text.matchAll(LAST)) last.add(`${set}: ${m[1]} last`, `${file}${localityOf(file)}: ${snippet(text, m.index, m.index + m[0].length, 140)}`, file);
}
byWord.print('The first of several units, by the count word before the unit word', { top: 30 });
byType.print('… by unit word', { top: 20 });
last.print('The last of several units, after a count word and the others\' names', { top: 20 });
