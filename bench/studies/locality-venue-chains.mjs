#!/usr/bin/env node
// Corpus study: an opening venue ("Tại quận 4, …", "Chiều 6/7, tại Mộc Châu, …") whose chain of units the venue
// pattern (VENUE_OPENING) cuts short: a unit right after where the pattern ends, by whether a verb follows it (the
// sentence's subject: "tại TP Rạch Giá, tỉnh Kiên Giang đã khai mạc …") or not (the chain's last link: "Tại quận 4,
// TP.HCM một “thượng đế” …"). Counted over the first four sentences of each article in corpus/real. Needs `npm run build`.
//   node bench/studies/locality-venue-chains.mjs (--limit N)
import path from 'node:path';
import { readFlags, readReal, root, sentencesOf, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const { VENUE_OPENING } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const UNIT_AFTER = /^(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|Q\.|H\.)\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3}/u;
const VERB_AFTER = /^\s*(?:đã|vừa|sẽ|đang|tổ chức|khai mạc|phối hợp|ra mắt|long trọng|chính thức)(?![\p{L}])/u;
const [byKind] = tallies();
let openings = 0;
for (const { file, text } of readReal(flag.limit)) {
  for (const s of sentencesOf(text).sentences.slice(1, 5)) {
    const sentence = s.text.trim();
    const venue = VENUE_OPENING.exec(sentence);
    if (!venue) continue;
    openings++;
    const rest = sentence.slice(venue[0].length);
    const unit = UNIT_AFTER.exec(rest);
    if (!unit) continue;
    byKind.add(VERB_AFTER.test(rest.slice(unit[0].length)) ? 'a verb follows: the sentence\'s subject' : 'no verb: the chain\'s last link', snippet(sentence, 0, venue[0].length + unit[0].length, 90), file);
  }
}
console.log(`# ${openings} venue openings in the first four sentences`);
byKind.print('A unit right after the venue pattern ends', { top: 5 });
