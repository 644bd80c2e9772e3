// Which year named in an event day's sentence is the event's year. In the articles of corpus/real that carry a page
// timestamp the event's year is known (the day on or before publication), so each kind of year cue in the sentence of a
// year-less event day ("Sáng 5/7", "Ngày 9/2", "(30-5)") can be scored: how often its year is the event's, earlier or
// later. The refiner (src/refine/dates.ts ownYears) implies the year of an undated article from such cues.
// "từng" governs its clause: the years after it ("từng đạt danh hiệu … năm 2007") are counted by distance at the end.
// Usage: node bench/studies/date-year-cues.mjs [--examples N]
import { readFlags, readReal, sentenceSpans, oneLine, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const STAMP = /^\s*(\d{2})\/(\d{2})\/(\d{2}) \d{2}:\d{2} GMT\+7\s*$/mu;
const DAY = /(?:(?:sáng|chiều|tối|trưa|đêm)(?: nay| qua| hôm qua)?|[Nn]gày|hôm)\s*,?\s*\(?(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\s*[/-]\s*\d)|\((\d{1,2})\s*[/-]\s*(\d{1,2})\)/giu;
const YEAR = /(?<![\d/.,-])((?:19|20)\d\d)(?![\d%])/gu;

/** What the text before a year says it is. */
function cueOf(before, after, sentence) {
  if (/nhiệm kỳ\s*$/iu.test(before) && /^\s*[-–]\s*\d{4}/u.test(after)) return /đại hội/iu.test(sentence) ? 'term start, sentence names a congress (đại hội)' : 'term start, no congress';
  if (/nhiệm kỳ\s*\d{4}\s*[-–]\s*$/iu.test(before)) return 'term end';
  if (/năm học\s*(?:\d{4}\s*[-–]\s*)?$/iu.test(before)) return 'school year';
  if (/\d{4}\s*[-–]\s*$/u.test(before) || /^\s*[-–]\s*\d{4}/u.test(after)) return 'span of years';
  if (/(?:PCI|PAPI|Index|\(PCI\)|\(PAPI\))\s*$/u.test(before)) return 'index year (PCI, PAPI)';
  if (/(?:^|\s)(?:từ|kể từ|tính từ)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+)?$/iu.test(before)) return 'since (từ năm Y, từ tháng M/Y)';
  if (/(?:hồi|từng)\s+(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}\s*[/.-]\s*|năm\s+)?$/iu.test(before)) return 'past (hồi năm Y, hồi tháng M/Y)';
  if (/(?:SN|sinh năm|sinh)\s*:?\s*$/iu.test(before)) return 'birth (SN, sinh năm)';
  if (/những năm\s*$/iu.test(before)) return 'decade (những năm 1970)';
  if (/(?:so với|cùng kỳ)[^,.;]{0,20}$/iu.test(before)) return 'comparison';
  if (/(?<![\p{L}])giải\s+(?:thưởng|báo chí)(?![\p{L}])[^,.;:()]*$/iu.test(before)) return 'a prize (Giải thưởng …, Giải báo chí …)';
  if (/tháng\s+(?:đầu\s+)?năm\s+$/iu.test(before) || /tháng\s+cuối\s+năm\s+$/iu.test(before)) return 'months of a year (N tháng đầu năm Y)';
  if (/(?:đến|tới|trước)\s+(?:năm\s+)?$/iu.test(before)) return 'horizon (đến năm)';
  if (/(?:\p{Lu}[\p{L}]*|\d+)\s+$/u.test(before) && !/năm\s+$/iu.test(before)) return 'after a name ("APEC 2017")';
  if (/(?:trong|cả|của)\s+năm\s+$/iu.test(before)) return '"trong/của năm Y"';
  if (/năm\s+$/iu.test(before)) return '"năm Y" (other)';
  return 'other';
}

const yearWords = new Tally({ examples: 2 });
/** "từng" (once, ever) and a year later in its clause: "từng đạt danh hiệu Hoa hậu người Việt tại Nga năm 2007". */
const ONCE_YEAR = /(?<![\p{L}])từng(?![\p{L}])([^,.;()\n]{0,60}?)(?:năm\s+)((?:19|20)\d\d)(?!\d)/giu;
const onceYears = new Tally({ examples: 3 });
/** A year after a word of time, anywhere in the text: "vào năm 2012", "trong năm 2013", "đầu năm 2013". */
const YEAR_WORD = /(?<![\p{L}])(vào năm|trong năm|đến năm|tới năm|cuối năm|đầu năm|hồi năm|từ năm)\s+((?:19|20)\d\d)(?!\d)/giu;
const [byCue, firstCue, terms, lastYear, several, months] = [new Tally({ examples }), new Tally({ examples }), new Tally({ examples: 10 }), new Tally({ examples: 10 }), new Tally({ examples }), new Tally({ examples: 8 })];
/** "tháng 12/2016", "tháng 5 năm 2013": a month with its year. */
const MONTH_YEAR = /tháng\s+(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*((?:19|20)\d\d)(?!\d)/giu;
/** A day followed by "(của) N năm trước", "năm ngoái": a day of an earlier year (src/lexicon/dates.ts EARLIER_AFTER). */
const DAY_OF_EARLIER_YEAR = /(?<![\d/.])\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{4})?\s*\)?,?\s*(?:của\s+|cách đây\s+)?(?:(?:\d+|mấy|nhiều|hai|ba|mười)\s+)?năm\s+(?:trước|ngoái|về trước)(?![\p{L}])/giu;
let articles = 0;
for (const a of readReal()) {
  // every article, dated or not: a term's years ("nhiệm kỳ 2016 - 2021") and a month's ("trong tháng 12/2016") in the
  // first sentence with a day; a month later in the year than the day's is a coming month or an earlier year's
  const stamped = STAMP.exec(a.text);
  for (const s of sentenceSpans(a.text).slice(0, 6)) {
    const sentence = a.text.slice(s.start, s.end);
    DAY.lastIndex = 0;
    const d = DAY.exec(sentence);
    if (!d) continue;
    for (const m of sentence.matchAll(MONTH_YEAR)) {
      const order = Number(m[1]) > Number(d[2] ?? d[4]) ? 'a month later in the year than the day' : 'the day\'s month or an earlier one';
      const rel = stamped ? (Number(m[2]) === 2000 + Number(stamped[3]) ? 'the publication year' : 'another year') : 'no page date';
      months.add(`${order}: ${rel}`, oneLine(sentence.slice(Math.max(0, m.index - 60), m.index + m[0].length + 10)), a.file);
    }
    const term = /nhiệm kỳ\s*(\d{4})\s*[-–]\s*\d{4}/iu.exec(sentence);
    if (term) terms.add(/đại hội/iu.test(sentence) ? 'a congress (đại hội) in the sentence' : 'no congress: an office, an appointment', oneLine(sentence).slice(0, 160), a.file);
    break;
  }
  for (const m of a.text.matchAll(DAY_OF_EARLIER_YEAR)) lastYear.add(m[0].replace(/^[\d\s/.-]+/u, '<day> ').replace(/\d+/gu, 'N'), oneLine(a.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20)), a.file);
  const stamp = STAMP.exec(a.text);
  for (const m of a.text.matchAll(ONCE_YEAR)) {
    const gap = m[1].length <= 20 ? 'within 20 characters' : '21-60 characters';
    const rel = stamp ? (Number(m[2]) < 2000 + Number(stamp[3]) ? 'an earlier year than the page\'s' : 'the page\'s year or later') : 'no page date';
    onceYears.add(`"từng" … năm Y, ${gap}: ${rel}`, oneLine(a.text.slice(m.index, m.index + m[0].length)), a.file);
  }
  if (!stamp) continue;
  articles++;
  const pub = 2000 + Number(stamp[3]);
  for (const m of a.text.matchAll(YEAR_WORD)) {
    const y = Number(m[2]);
    yearWords.add(`${m[1].toLowerCase()} Y → ${y === pub ? 'same' : y < pub ? 'earlier' : 'later'}`, oneLine(a.text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 10)), a.file);
  }
  const spans = sentenceSpans(a.text).slice(0, 6);
  for (const s of spans) {
    const sentence = a.text.slice(s.start, s.end);
    DAY.lastIndex = 0;
    if (!DAY.exec(sentence)) continue;
    let first = true;
    const usable = [];
    for (const m of sentence.matchAll(YEAR)) {
      const cue = cueOf(sentence.slice(Math.max(0, m.index - 40), m.index), sentence.slice(m.index + 4, m.index + 12), sentence);
      if (!/birth|since|past|decade|term end|span|comparison|horizon|index/.test(cue)) usable.push(Number(m[1]));
    }
    if (new Set(usable).size > 1) {
      const ex = oneLine(sentence).slice(0, 160);
      const which = (y) => (y === pub ? 'the publication year' : y < pub ? 'earlier' : 'later');
      several.add(`first: ${which(usable[0])}; latest: ${which(Math.max(...usable))}`, ex, a.file);
    }
    for (const m of sentence.matchAll(YEAR)) {
      const y = Number(m[1]);
      const before = sentence.slice(Math.max(0, m.index - 60), m.index);
      const after = sentence.slice(m.index + 4, m.index + 12);
      const rel = y === pub ? 'same' : y < pub ? 'earlier' : 'later';
      const cue = cueOf(before, after, sentence);
      const ex = oneLine(sentence.slice(Math.max(0, m.index - 70), m.index + 30));
      byCue.add(`${cue} → ${rel}`, ex, a.file);
      if (first) firstCue.add(`${cue} → ${rel}`, ex, a.file);
      first = false;
    }
    break; // the first sentence with a day only: the one the refiner reads
  }
}
console.log(`${articles} articles of corpus/real with a page timestamp; the first of their first six sentences with a year-less day`);
byCue.print('every year in that sentence, by cue and against the publication year', { top: 40 });
firstCue.print('the first year in that sentence (what ownYears takes), by cue', { top: 40 });
several.print('sentences naming two or more usable years: the first against the latest', { top: 10 });
months.print('a month with its year in the sentence of the first day (all articles)', { top: 10 });
yearWords.print('a year after a word of time, anywhere in the dated articles, against the publication year', { top: 30 });
terms.print('a term in the sentence of the first day (all articles, dated or not)', { top: 10 });
lastYear.print('a day followed by "(của) N năm trước" / "năm ngoái" (all articles)', { top: 10 });
onceYears.print('"từng" (once, ever) then "năm Y" in its clause, by the distance between them (all articles)', { top: 10 });
