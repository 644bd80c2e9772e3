// Round 8: year-less days that close a photo caption ("Beckham (trái) đã trở lại Mỹ vào ngày 28.5 - Ảnh: Zimbio",
// "Cảnh đổ nát tại Qusayr sau xung đột ngày 20/5. (Nguồn: AFP/TTXVN)", "Toàn cảnh phiên họp … ngày 30/5 Ảnh: VGP"), in
// corpus/real and dev, by whether they stand in the lead the refiner reads and whether the text names that day again;
// with an `extract` JSONL of corpus/real made before the change, which of them were the record's event date. The
// precision reviews of rounds 7 and 8 judged such a date wrong when the news itself has no day.
// Usage: npm run build && node bench/studies/date-caption-days.mjs [BEFORE.jsonl] [--examples N]
import path from 'node:path';
import { oneLine, readFlags, shared, Tally } from './lib.mjs';
import { builtModule } from './lib.mjs';
import { leadFindings, recordsByFile } from './date-lead-findings.mjs';
import fs from 'node:fs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const records = jsonl ? recordsByFile(jsonl) : null;
const { CAPTION_AFTER } = await builtModule('lexicon/dates.js');
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

for (const corpus of ['real', 'dev']) {
  const dir = path.join(shared, 'corpus', corpus);
  const kinds = new Tally({ examples });
  for (const name of fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort()) {
    const read = leadFindings(path.join(dir, name));
    if (!read) continue;
    const seen = new Set();
    for (const d of read.days) {
      if (d.year !== null || seen.has(d.start) || !CAPTION_AFTER.test(read.text.slice(d.end, d.end + 30))) continue;
      seen.add(d.start);
      const again = read.days.some((o) => o.start !== d.start && o.day === d.day && o.month === d.month);
      const record = corpus === 'real' && records ? records.get(name) : null;
      const chosen = record?.date && record.date.endsWith(iso(0, d.month, d.day).slice(4)) && record.sources?.date?.span?.[0] === d.start;
      const key = `${d.sentence >= 0 && d.sentence < 3 ? 'lead' : 'later'}, ${again ? 'named again' : 'named once'}${records && corpus === 'real' ? (chosen ? ', was the event date' : '') : ''}`;
      kinds.add(key, `${name} ${oneLine(read.text.slice(Math.max(0, d.start - 80), d.start))}[${oneLine(read.text.slice(d.start, d.end))}]${oneLine(read.text.slice(d.end, d.end + 30))}`, name);
    }
  }
  console.log(`\ncorpus/${corpus}: year-less days closing a photo caption`);
  kinds.printShares('where and whether named again', { limit: 20 });
}
