// A single day after "từ" in an article's lead ("rời nhà từ sáng 29-3-2013", "Từ ngày 15/5/2013, Trung tâm … tuyển
// sinh", "có hiệu lực từ trưa ngày 9/7", "bắt đầu từ hôm 24/5"): the day a state, a period or a rule starts, not a
// dated event. Counted in the first three sentences of the body of every article of corpus/real (the refiner's lead),
// by the word before "từ" and what follows the day (a span's end "đến 31/5", "đến nay", nothing), with the days the
// date rules already mark as no event's apart; with an `extract` JSONL, how many were the event date chosen.
// Short spans ("từ ngày 11 - 15/5", "từ 13h30 ngày 5/6 đến 13h ngày 6/6") are an event's days and are counted apart.
// Usage: npm run build && node bench/studies/date-state-start.mjs [OUT.jsonl] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, shared, Tally } from './lib.mjs';
import { leadFindings, recordsByFile } from './date-lead-findings.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const records = jsonl ? recordsByFile(jsonl) : null;

/** "từ" then what may stand between it and the day: "ngày", "hôm (nay|qua)", a part of the day, a clock, "(". */
const FROM_BEFORE = /(?<![\p{L}])(\p{L}+\s+)?từ\s+(?:(?:ngày|hôm nay|hôm qua|hôm|rạng sáng|sáng|trưa|chiều|tối|đêm|nay|qua|\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?)[\s,(]*)*$/iu;
/** Right after the day: the end of a span of days ("- 31/5", "đến 13h ngày 6/6"), or "đến nay" (a state up to now). */
const SPAN_END = /^[^.;!?\n]{0,25}?(?:đến|tới|-|–)\s*(?:hết\s+)?(?:khoảng\s+)?(?:\d{1,2}\s*(?:h|giờ)\S*\s+)?(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;
/** The day as read is itself a span's first day ("ngày 18-21/9", "28 - 31/5/2013", "29 đến 31.5"). */
const OWN_SPAN = /\d{1,2}\s*(?:[-–]|đến|tới)\s*\d{1,2}\s*[/.]\s*\d{1,2}/u;
const UNTIL_NOW = /^[^.;!?\n]{0,25}?(?:đến|tới)\s+nay(?![\p{L}])/iu;
const TAKES_EFFECT = /^(?:kể|lực|dụng|đầu)$/iu;
const OPENING = /^(?:mạc|diễn|ra)$/iu;

const [byForm, chosenByForm] = [new Tally({ examples }), new Tally({ examples: 1000 })];
const dir = path.join(shared, 'corpus', 'real');
let lead = 0;
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const read = leadFindings(path.join(dir, file));
  if (!read) continue;
  const record = records?.get(file);
  const chosen = record?.sources?.date?.span?.[0];
  for (const d of read.days) {
    if (d.sentence < 0 || d.sentence >= 3) continue;
    lead++;
    const before = read.text.slice(Math.max(0, d.start - 60), d.start);
    const from = FROM_BEFORE.exec(before);
    if (!from) continue;
    const after = read.text.slice(d.end, d.end + 50);
    const word = (from[1] ?? '').trim().toLowerCase();
    const span = d.rule === 'event-span' || OWN_SPAN.test(read.text.slice(d.start, d.end)) || SPAN_END.test(after);
    const follows = span ? 'a span of days' : UNTIL_NOW.test(after) ? '"đến nay" (a state up to now)' : 'a single day';
    const before_ = TAKES_EFFECT.test(word) ? `"${word} từ" (takes effect)` : OPENING.test(word) ? `"${word} từ" (an opening)` : 'other word before "từ"';
    const key = `${follows}; ${before_}; ${d.notEvent ? `already marked: ${d.notEvent}` : 'unmarked'}`;
    const example = `${file} ${oneLine(before.slice(-45))}[${oneLine(read.text.slice(d.start, d.end))}]${oneLine(after.slice(0, 30))}`;
    byForm.add(key, example, file);
    if (chosen !== undefined && chosen >= d.start - 12 && chosen <= d.end) chosenByForm.add(key, example, file);
  }
}
console.log(`${lead} days read in the first three sentences of the body of corpus/real's articles; those after "từ":`);
byForm.print('a day after "từ", by what follows it, the word before "từ" and whether the rules mark it', { top: 40 });
if (records) chosenByForm.print(`of these, the event date chosen in ${jsonl}`, { top: 40 });
