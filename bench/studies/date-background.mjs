// Where the event dates that `vnreport extract` chooses stand: printed with their own year (dd/mm/yyyy) or not, with a
// publication date or not, how many days before publication, and (no publication date) whether the text dates a later
// day that has happened. The precision reviews found year-less lead days right 27/27 and own-year days wrong 7/11
// (notes/quality2/part-date.md): this counts the own-year ones by what tells background from news.
// `--compare OLD NEW` lists the articles whose date changed between two extract runs over the same folder.
// Usage: node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//        node bench/studies/date-background.mjs /tmp/real.jsonl [--examples N]
//        node bench/studies/date-background.mjs --compare /tmp/old.jsonl /tmp/new.jsonl
import fs from 'node:fs';
import { markedSnippet, readFlags, Tally } from './lib.mjs';

const flags = readFlags();
const records = (file) => fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const id = (r) => r.file.replace(/^.*\//, '').replace(/\.\w+$/, '');
const textOf = new Map();
const text = (r) => {
  if (!textOf.has(r.file)) textOf.set(r.file, fs.readFileSync(r.file, 'utf8').normalize('NFC'));
  return textOf.get(r.file);
};
const days = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const FULL_DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)/gu;
const BOUND_BEFORE = /(?:từ|đến|tới|trước|hết|hạn)\s+(?:hết\s+)?(?:ngày\s+)?$/iu;

/** The finding in context; its span is into the cleaned text, so the raw file is searched for it near there. */
function context(r) {
  const s = r.sources?.date;
  if (!s) return '';
  const t = text(r);
  const near = t.indexOf(s.text, Math.max(0, s.span[0] - 40));
  const at = near >= 0 ? near : s.span[0];
  return markedSnippet(t, at, at + s.text.length, 70, 50);
}

if (flags.has('--compare')) {
  const before = records(flags.value('--compare'));
  const after = records(flags.value('--compare', 2));
  let changed = 0;
  before.forEach((a, i) => {
    const b = after[i];
    if (a.date === b.date) return;
    changed++;
    console.log(`${id(a)}  ${a.date} → ${b.date}  (published ${a.published})`);
    console.log(`    was: ${context(a)}`);
    if (b.date) console.log(`    now: ${context(b)}`);
  });
  console.log(`\n${changed} changed; dated before ${before.filter((r) => r.date).length}, after ${after.filter((r) => r.date).length}`);
  process.exit(0);
}

const file = process.argv[2];
if (!file || file.startsWith('--')) {
  console.error('usage: node bench/studies/date-background.mjs OUT.jsonl | --compare OLD.jsonl NEW.jsonl');
  process.exit(2);
}
const tally = new Tally({ examples: flags.number('--examples', 3), laterAt: 7 });
for (const r of records(file)) {
  if (!r.date) continue;
  const s = r.sources.date;
  const ownYear = /(?:19|20)\d\d/.test(s.text);
  let where;
  if (!ownYear) where = r.published ? 'year from the page date' : 'year from the text';
  else if (r.published) {
    const gap = days(r.published) - days(r.date);
    where = `own year, ${gap <= 14 ? '0-14' : gap <= 90 ? '15-90' : gap <= 365 ? '91-365' : '>365'} days before publication`;
  } else {
    const t = text(r);
    const year = Number(r.date.slice(0, 4));
    let later = false;
    for (const m of t.matchAll(FULL_DATE)) if (Number(m[3]) > year && !BOUND_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) later = true;
    where = `own year, no page date, ${later ? 'a later past day in the text' : 'no later day in the text'}`;
  }
  tally.add(`${where} | ${s.rule}`, context(r), id(r));
}
console.log(`# chosen event dates by where their year comes from (${file})`);
for (const e of tally.sorted()) {
  console.log(`${String(e.n).padStart(5)}  ${e.key}`);
  for (const x of e.examples) console.log(`         e.g. ${x.article}: ${x.text}`);
}

// The publication date the event's year is implied from: a stamp on its own line, or a clock and day read in running
// text ("Lúc 10 giờ 35 ngày 18-1-2012, …"), which dates something the article tells (src/refine/dates.ts prefers a stamp
// line among findings of equal precedence).
const stampLines = new Tally({ examples: flags.number('--examples', 3) });
for (const r of records(file)) {
  const p = r.sources?.published;
  if (!p || !p.text) continue;
  const t = text(r);
  const at = t.indexOf(p.text);
  const line = at < 0 ? '' : t.slice(t.lastIndexOf('\n', at) + 1, (t.indexOf('\n', at) + 1 || t.length + 1) - 1);
  stampLines.add(line.trim() === p.text.trim() || /GMT|UTC/.test(line) ? 'a stamp on its own line' : 'a clock and day in running text', `${p.text} | ${line.slice(0, 90)}`, id(r));
}
console.log('\n# where the publication date was read');
for (const e of stampLines.sorted()) {
  console.log(`${String(e.n).padStart(5)}  ${e.key}`);
  for (const x of e.examples) console.log(`         e.g. ${x.article}: ${x.text}`);
}
