// Event days written with a word of the reporter's now ("chiều qua, 7/2/2017", "sáng nay (30-5)", "hôm qua (24/5)")
// that stand after the lead (the refiner reads only its first sentences), in the articles whose record has no event
// date: how many there are, in dated and undated pages, and how far into the body, with examples. "Qua"/"nay" date
// the day from the writer's today, so such a day is the news's own wherever it stands, unlike a bare "Ngày 9/2,"
// after a background preamble (a widened lead was reviewed at 55-85 % right in round 7).
// Usage: node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl
//        npm run build && node bench/studies/date-relative-days.mjs OUT.jsonl [--dev DEV.jsonl] [--examples N]
import path from 'node:path';
import { oneLine, readFlags, shared, Tally } from './lib.mjs';
import { leadFindings, recordsByFile } from './date-lead-findings.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 8);
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl') && a !== flags.value('--dev'));
if (!jsonl) {
  console.error('usage: node bench/studies/date-relative-days.mjs OUT.jsonl [--dev DEV.jsonl] (extract runs over corpus/real and corpus/dev)');
  process.exit(2);
}
/** A part of the day or "hôm" with "qua"/"nay", then at most a comma, bracket or "ngày", right before the day. */
const RELATIVE_BEFORE = /(?<![\p{L}])(?:(?:rạng\s+)?(?:sáng|trưa|chiều|tối|đêm)\s+(?:hôm\s+)?|hôm\s+)(qua|nay)\s*[,(]?\s*(?:ngày\s+)?$/iu;

function study(corpus, file) {
  const byPlace = new Tally({ examples });
  let undatedEvents = 0;
  for (const [name, record] of recordsByFile(file)) {
    if (!record.ok || record.date) continue;
    const read = leadFindings(path.join(shared, 'corpus', corpus, name));
    if (!read) continue;
    undatedEvents++;
    for (const d of read.days) {
      if (d.notEvent !== null || d.sentence < 3) continue;
      const m = RELATIVE_BEFORE.exec(read.text.slice(Math.max(0, d.start - 30), d.start));
      if (!m) continue;
      const where = `${record.published ? 'dated' : 'undated'} page, ${d.year === null ? 'no year' : 'own year'}, "${m[1]}", sentence ${d.sentence < 10 ? '3-9' : '10+'}`;
      byPlace.add(where, `${name} ${oneLine(read.text.slice(Math.max(0, d.start - 80), d.start))}[${oneLine(read.text.slice(d.start, d.end))}]${oneLine(read.text.slice(d.end, d.end + 40))}`, name);
      break;
    }
  }
  console.log(`corpus/${corpus}: ${undatedEvents} records without an event date; their first relative day after the lead:`);
  byPlace.printShares('where', { limit: 20 });
}

study('real', jsonl);
if (flags.value('--dev')) study('dev', flags.value('--dev'));
