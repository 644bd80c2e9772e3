// "hồi" within 25 characters before a day ("… hồi 17h15 phút, ngày 31/5/2013", "hồi tháng 3, ngày 16/3", "Khoa Hồi sức
// … ngày 4/6"), the stretch src/lexicon/dates.ts reads as an earlier event ("hồi" = back then). Counts it in corpus/real
// by the word after "hồi" (a clock: "hồi" = at, the event's own time; a time word: back then; another syllable: a
// compound such as "thu hồi", "phục hồi", "Hồi sức") with examples.
// Usage: node bench/studies/date-hoi-clock.mjs [--examples N]
import { readFlags, readReal, oneLine, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 6);
const HOI_BEFORE_DAY = /(?<![\p{L}])(\p{L}+\s+)?hồi(?![\p{L}])\s*(\S+)[^.;]{0,25}?(?<![\d/.-])\d{1,2}\s*[/.-]\s*\d{1,2}(?![\d])/giu;
const CLOCK = /^\d{1,2}\s*(?:h|giờ)/iu;
const TIME_WORDS = new Set(['tháng', 'năm', 'đầu', 'cuối', 'giữa', 'trước', 'đó', 'ấy', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'ngày', 'hôm', 'tuần', 'còn', 'nhỏ']);

const byAfter = new Tally({ examples });
const byCompound = new Tally({ examples });
for (const a of readReal()) {
  for (const m of a.text.matchAll(HOI_BEFORE_DAY)) {
    const after = m[2].toLowerCase().replace(/[,.;:()]+$/u, '');
    const example = oneLine(a.text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20));
    // "hồi 17h15", "Hồi 2 giờ 45 phút": the number and its unit
    const clock = CLOCK.test(a.text.slice(m.index + m[0].toLowerCase().indexOf('hồi') + 3).trimStart());
    const kind = clock ? 'a clock: "hồi" = at' : TIME_WORDS.has(after) ? 'a time word: back then' : /^\d/.test(after) ? 'a number, not a clock' : 'another syllable';
    byAfter.add(kind, example, a.file);
    if (kind === 'another syllable') byCompound.add(`${(m[1] ?? '').trim().toLowerCase()} hồi ${after}`.trim(), example, a.file);
  }
}
byAfter.print('"hồi" within 25 characters before a day, by what follows it', { top: 10 });
byCompound.print('"hồi" in another word (the syllables around it)', { top: 25 });
