// How long before the page's date the lead's first year-less day falls ("Ngày 14/4 vừa qua", "từ hôm 28/3", a score
// "(3-2)" read as the 3rd of February), in the articles of corpus/real whose record has a publication date: the day
// the refiner would date the event with, its year implied from the page (the day on or before it; a day more than a
// quarter after it is last year's), by how many days it lies before publication, with examples of each stretch.
// News dates its event by day and month alone because it is recent; a month and more before the page it is an
// earlier event told as background, a misread number or a coming day taken for last year's.
// Usage: node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl
//        npm run build && node bench/studies/date-stale-days.mjs OUT.jsonl [--examples N]
import path from 'node:path';
import { oneLine, readFlags, shared, Tally } from './lib.mjs';
import { leadFindings, recordsByFile } from './date-lead-findings.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 6);
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!jsonl) {
  console.error('usage: node bench/studies/date-stale-days.mjs OUT.jsonl (an extract run over corpus/real)');
  process.exit(2);
}
const dayNumber = (y, m, d) => Date.UTC(y, m - 1, d) / 86_400_000;
const STRETCHES = [[1, '0-1 days'], [3, '2-3 days'], [7, '4-7 days'], [14, '8-14 days'], [30, '15-30 days'], [90, '31-90 days'], [Infinity, 'over 90 days']];

const byStretch = new Tally({ examples });
let dated = 0;
for (const [file, record] of recordsByFile(jsonl)) {
  if (!record.published) continue;
  const read = leadFindings(path.join(shared, 'corpus', 'real', file));
  if (!read) continue;
  dated++;
  const first = read.days.find((d) => d.sentence >= 0 && d.sentence < 3 && d.notEvent === null);
  if (!first || first.year !== null) continue;
  const [py, pm, pd] = record.published.split('-').map(Number);
  const after = dayNumber(py, first.month, first.day) - dayNumber(py, pm, pd);
  if (after > 0 && after < 90) continue; // a coming day: the refiner gives no date
  const before = after > 0 ? dayNumber(py, pm, pd) - dayNumber(py - 1, first.month, first.day) : -after;
  const stretch = STRETCHES.find(([max]) => before <= max)[1];
  byStretch.add(stretch, `${file} (${before} d) ${oneLine(read.text.slice(Math.max(0, first.start - 70), first.start))}[${oneLine(read.text.slice(first.start, first.end))}]${oneLine(read.text.slice(first.end, first.end + 30))}`, file);
}
console.log(`${dated} articles with a publication date; their lead's first year-less day, by how long before publication:`);
byStretch.printShares('days before publication', { limit: STRETCHES.length });
