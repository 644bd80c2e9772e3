// A day and month written with a dot ("27.5") in brackets or after a comma behind a word of the day: "Hôm qua (27.5)",
// "sáng nay (28.5)", "Sáng nay, 1.7, Cục Quản lý thị trường …", "chiều tối và đêm qua (5.6)". Some papers write every
// day this way; the dates dimension read a dotted day only right after the word (src/dimensions/dates/index.ts,
// date-dotted). Counts the form by the word before it and by what closes it (a bracket, a comma, anything else: a
// decimal or a figure would show there), and, given an `extract` JSONL over corpus/real, whether the article's event
// date is that day.
// Usage: node bench/studies/date-dotted-brackets.mjs [OUT.jsonl] [--examples N]
import { readFlags, readReal, oneLine, Tally } from './lib.mjs';
import { recordsByFile } from './date-lead-findings.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 6);
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const records = jsonl ? recordsByFile(jsonl) : null;
const WORD = '(?:rạng\\s+)?(?:sáng|trưa|chiều|tối|đêm|hôm|ngày)(?:\\s+(?:hôm\\s+)?(?:nay|qua|mai|cùng\\s+ngày))?';
const FORM = new RegExp(`(?<![\\p{L}])(${WORD})\\s*([(,])\\s*(\\d{1,2})\\.(\\d{1,2})(?![.\\d])(.?)`, 'giu');

const byWord = new Tally({ examples });
const byClose = new Tally({ examples });
const byOutcome = new Tally({ examples });
for (const a of readReal()) {
  for (const m of a.text.matchAll(FORM)) {
    const [day, month] = [Number(m[3]), Number(m[4])];
    const example = oneLine(a.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40));
    const close = m[2] === '(' ? (m[5] === ')' ? '"(" … ")"' : '"(" then no ")"') : `"," then ${m[5] === ',' ? '","' : JSON.stringify(m[5])}`;
    byClose.add(close + (day > 31 || month > 12 ? ' (no such day)' : ''), example, a.file);
    byWord.add(`${m[1].toLowerCase().replace(/\s+/g, ' ')} ${m[2]}`, example, a.file);
    const r = records?.get(a.file);
    if (!r) continue;
    const dated = r.date && Number(r.date.slice(5, 7)) === month && Number(r.date.slice(8, 10)) === day;
    byOutcome.add(dated ? 'the event date is this day' : r.date ? 'another day is the event date' : r.published ? 'no event date (page dated)' : 'no event date (page undated)', example, a.file);
  }
}
byWord.print('dotted days in brackets or after a comma, by the word before them', { top: 25 });
byClose.print('what follows the number', { top: 10 });
if (records) byOutcome.print(`the article's event date in ${jsonl}`, { top: 10 });
