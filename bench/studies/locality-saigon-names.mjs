#!/usr/bin/env node
// Corpus study: "Sài Gòn" as the last word of a name ("Thời báo Kinh tế Sài Gòn", "Bia Sài Gòn", "Biệt động Sài Gòn",
// "Đa khoa Hoàn Mỹ Sài Gòn") or inside a short quoted title ("Lọ lem Sài Gòn", 'Chân dài 1m1 Sài Gòn'), against the
// city named as a place ("tại Sài Gòn", "người Sài Gòn", "Hẻm Sài Gòn kể chuyện" opening a headline). Counts every
// mention in corpus/real by form and, with a JSONL of `extract`, the localities chosen from each form.
// The forms are the built lexicon's (SAIGON_NAME_BEFORE, TITLE_QUOTE_*), so it needs `npm run build`.
//   node bench/studies/locality-saigon-names.mjs [OUT.jsonl] [--examples N]
import path from 'node:path';
import { builtModule, chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const { SAIGON_NAME_BEFORE, TITLE_QUOTE_OPEN_BEFORE, TITLE_QUOTE_CLOSE_AFTER } = await builtModule('lexicon/places.js');

const flags = readFlags();
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(jsonl);
const examples = flags.number('--examples', 8);
const [mentions, picked] = tallies({ examples });

/** The refiner's window: 90 characters before the mention, 220 after. */
function formOf(text, start) {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(start + 7, start + 227);
  if (SAIGON_NAME_BEFORE.test(before)) return 'the last word of a capitalised name inside a sentence (trapped)';
  if (TITLE_QUOTE_OPEN_BEFORE.test(before) && TITLE_QUOTE_CLOSE_AFTER.test(after)) return 'inside a short quoted title (trapped)';
  const word = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}/u.test(word)) return 'after a capitalised word opening a sentence or a preposition';
  return word ? 'after a lower-case word' : 'after punctuation or nothing';
}

let total = 0;
for (const a of readReal()) {
  const id = path.basename(a.file).replace(/\.\w+$/, '');
  const chose = chosen.get(id);
  for (const m of a.text.matchAll(/Sài [Gg]òn(?![\p{L}])/gu)) {
    total++;
    const form = formOf(a.text, m.index);
    const line = `${id}: ${snippet(a.text, m.index, m.index + 7, 110)}`;
    mentions.add(form, line, id);
    if (chose && chose.start === m.index) picked.add(form, line, id);
  }
}
console.log(`# "Sài Gòn" in corpus/real: ${total} mentions`);
mentions.print('Every mention by form');
if (jsonl) picked.print('The localities chosen from a mention, by its form');
