// Round 15: stage-review, the year of a year-less event day whose sentence reviews a stage or a span of years
// ("Chiều 22/8, UBND huyện Nông Sơn tổ chức Hội nghị sơ kết 10 năm …, giai đoạn 2009 – 2019", "Ngày 22-5, … Đại hội Thi
// đua quyết thắng … giai đoạn 2019-2024"). For each article of corpus/real, dev and the audit sets (/tmp/a1all …
// /tmp/a4all, outside the repository, each with expected/) whose first year-less day of the first 1,500 characters
// has a span of years "Y1 - Y2" in its sentence: the review word before the span (or none), and how the day's year
// (the expected date, else the expected or found publication date) stands to the span: Y2, Y2+1, Y1, other, unknown.
// Usage: node bench/studies/round15-dates.mjs [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, shared, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);

/** [label, folder, folder of expected values or null] */
const SETS = [
  ['real', path.join(shared, 'corpus', 'real'), null],
  ['dev', path.join(shared, 'corpus', 'dev'), path.join(shared, 'corpus', 'dev', 'expected')],
  ...[1, 2, 3, 4].map((a) => [`audit${a}`, `/tmp/a${a}all`, `/tmp/a${a}all/expected`]),
];

const DAY = /(?:^|[\n.]\s*|\()\s*(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\s+(?:ngày\s+)?\(?(\d{1,2})\s*[/.–-]\s*(\d{1,2})(?!\d|\s*[/.–-]\s*\d)/gu;
const YEAR_SPAN = /(?<!\d)((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/u;
const REVIEW = /(tổng kết|sơ kết|điển hình tiên tiến|đại hội thi đua|đại hội tuyên dương|tuyên dương|biểu dương|đại hội|nhìn lại|kỷ niệm)/iu;
/** A page's dateline "dd/mm/yyyy" in the first 600 characters: the year of corpus/real's dated pages. */
const PAGE_DATE = /(?<!\d)\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d\d)(?!\d)/u;

const byRelation = new Tally({ examples });
for (const [label, dir, expectedDir] of SETS) {
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|html?)$/.test(x)).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC').replace(/<[^>]+>/g, ' ');
    DAY.lastIndex = 0;
    const day = DAY.exec(text);
    if (!day || day.index > 1500) continue;
    const rest = text.slice(day.index, day.index + 400);
    const stop = rest.slice(day[0].length).search(/\.\s|\n/);
    const sentence = rest.slice(0, stop < 0 ? 400 : day[0].length + stop);
    const span = YEAR_SPAN.exec(sentence);
    if (!span) continue;
    const review = REVIEW.exec(sentence.slice(0, span.index));
    let year = null;
    if (expectedDir) {
      const e = JSON.parse(fs.readFileSync(path.join(expectedDir, f.replace(/\.\w+$/, '.json')), 'utf8'));
      year = e.date ? Number(e.date.slice(0, 4)) : e.published ? Number(e.published.slice(0, 4)) : null;
    } else {
      const page = PAGE_DATE.exec(text.slice(0, 600));
      year = page ? Number(page[1]) : null;
    }
    const [y1, y2] = [Number(span[1]), Number(span[2])];
    const relation = year === null ? 'unknown' : year === y2 ? 'Y2' : year === y2 + 1 ? 'Y2+1' : year === y1 ? 'Y1' : 'other';
    const month = Number(day[2]);
    byRelation.add(`${label}\t${review ? review[1].toLowerCase() : '-'}\t${month < 3 ? 'Jan-Feb' : 'Mar-Dec'}\t${relation}`, `${f}: ${oneLine(sentence).slice(0, 180)}`, `${label}/${f}`);
  }
}
byRelation.print('set, review word before the span, the day\'s months, the day\'s year against the span', { top: 80 });
