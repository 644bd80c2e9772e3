// Spans of days written "từ D1[/M1[/Y1]] đến|tới|-|– D2/M2[/Y2]" in corpus/real, by how many days they last (0-14,
// 15-31, 32-92, more) and whether the first day carries its year. Short spans are events (a conference, a tour, a
// festival); longer ones are periods (a promotion, a trading window, a detention, a production run, a statistic's
// window), whose first day is no event's: src/lexicon/dates.ts SPAN_EVENT_DAYS. Also the days a running total or a
// state runs up to ("Tính đến sáng ngày 6/2/2017, Vietlott đã trao …", "Cho đến chiều 31-5, các nạn nhân vẫn …"), by
// the words before the day: src/lexicon/dates.ts 'the end of a running total'.
// Usage: node bench/studies/date-spans.mjs [--examples N]
import { readFlags, readReal, oneLine, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 8);
const SPAN = /(?<![\p{L}])từ\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)/giu;
const day = (y, m, d) => Date.UTC(y, m - 1, d) / 86_400_000;

const byLength = new Tally({ examples });
const byBound = new Tally({ examples });
const UP_TO = /(?<![\p{L}])(tính|cho)\s+(đến|tới)\s+(?:hết\s+)?((?:sáng|trưa|chiều|tối|đêm)\s+)?(ngày\s+|hôm nay\s*\(?\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)/giu;
for (const a of readReal()) {
  for (const m of a.text.matchAll(SPAN)) {
    const [d1, m1, y1, d2, m2, y2] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? null : Number(x)));
    if (m1 > 12 || m2 > 12 || d1 > 31 || d2 > 31) continue;
    const last = y2 ?? y1 ?? 2000;
    const first = y1 ?? (m1 > m2 ? last - 1 : last);
    const days = day(last, m2, d2) - day(first, m1, d1);
    const length = days < 0 ? 'ends before it starts' : days <= 14 ? '0-14 days' : days <= 31 ? '15-31 days' : days <= 92 ? '32-92 days' : 'over 92 days';
    byLength.add(`${length}${y1 ? ', first day with its year' : ''}`, oneLine(a.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20)), a.file);
  }
}
for (const a of readReal()) {
  for (const m of a.text.matchAll(UP_TO)) {
    const key = `${m[1].toLowerCase()} ${m[2]}${m[3] ? ' <part of day>' : ''}${m[4] ? ` ${m[4].trim().replace(/\($/, '(')}` : ''} <day>`;
    byBound.add(key, oneLine(a.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 60)), a.file);
  }
}
// spans written with both years and no "từ": an anniversary (same day and month) or a period
const FULL_SPAN = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/gu;
const fullSpans = new Tally({ examples });
for (const a of readReal()) {
  for (const m of a.text.matchAll(FULL_SPAN)) {
    if (/(?<![\p{L}])từ\s+(?:(?:\d+h|0h)\s+)?(?:ngày\s+)?(?:mùng\s+)?$/iu.test(a.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const key = m[1] === m[4] && m[2] === m[5] ? 'same day and month: an anniversary' : 'a period';
    fullSpans.add(key, oneLine(a.text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 10)), a.file);
  }
}
fullSpans.print('"D/M/YYYY đến|- D/M/YYYY" without "từ"', { top: 5 });
byBound.print('"tính/cho đến|tới … <day>": the day a count or a state runs up to', { top: 20 });
byLength.print('"từ <day> đến <day>" spans by length', { top: 20 });
