// Round 8: the year a review names ("Sáng 10.1, … tổng kết công tác năm 2024", "đánh giá kết quả thực hiện kế hoạch …
// năm 2012"): reviews held in the first half of a year look back on the year before, so that year is not the day's
// (ANNOTATION.md: only the event's own year fixes it). Two counts:
// `--only dated`: the dated pages of corpus/real and dev read as if undated (their page dates dropped): the event date
// the refiner then gives against the one it gives with the page date (the year it should have implied), by whether a
// review word stands before the sentence's year it took, and the day's half of the year;
// `--only phrasings`: how often a review word stands within the 60 characters before a year in the sentence of the
// lead's first year-less day, by review word, in corpus/real and dev.
// Usage: npm run build && node bench/studies/date-reviewed-year.mjs [--only dated|phrasings] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, oneLine, readFlags, refinedArticle, shared, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 6);
const only = flags.value('--only');
const { prepareArticle } = await builtModule('prepare.js');

/** The review words counted before a year: the rule's own list (src/refine/dates.ts REVIEWED_YEAR_BEFORE) and "báo cáo". */
const REVIEW = /(?<![\p{L}])(tổng kết|sơ kết|đánh giá|nhìn lại|kết quả|báo cáo)(?![\p{L}])[^.;:!?()]{0,60}?năm\s+$/iu;

/** The refined event date, whether the page had a date, and the sentence of the day, with or without the page's date. */
async function eventDate(file, dropPublished) {
  let hadPublished = false;
  const read = await refinedArticle(file, (findings) => {
    hadPublished = findings.get('published').length > 0;
    if (dropPublished) findings.set('published', []);
  });
  if (!read) return null;
  const { doc, findings } = read;
  const f = findings.get('date')[0];
  if (!f) return { hadPublished, date: null };
  const s = doc.sentences.find((x) => x.start <= f.origin.start && f.origin.start < x.end);
  return { hadPublished, date: f.value, implied: f.implied.length > 0, sentence: s ? doc.text.slice(s.start, s.end) : '' };
}

function files(corpus) {
  const dir = path.join(shared, 'corpus', corpus);
  return fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => path.join(dir, f));
}

if (!only || only === 'dated') {
  for (const corpus of ['real', 'dev']) {
    const outcome = new Tally({ examples });
    let dated = 0;
    for (const file of files(corpus)) {
      const withPage = await eventDate(file, false);
      if (!withPage?.hadPublished || !withPage.date || !withPage.implied) continue;
      dated++;
      const without = await eventDate(file, true);
      if (!without?.date) continue;
      // the year the page implies is the right one; the text's year is measured against it
      const right = without.date.year === withPage.date.year ? 'same year' : without.date.year < withPage.date.year ? 'earlier year' : 'later year';
      const yearAt = without.sentence.search(new RegExp(`(?<!\\d)${without.date.year}(?!\\d)`));
      const review = yearAt >= 0 && REVIEW.test(without.sentence.slice(Math.max(0, yearAt - 80), yearAt));
      const half = without.date.month <= 6 ? 'day in Jan-Jun' : 'day in Jul-Dec';
      outcome.add(`${review ? 'review word before the year' : 'no review word'}, ${half} → ${right}`, `${path.basename(file)} ${oneLine(without.sentence).slice(0, 220)}`, file);
    }
    console.log(`\ncorpus/${corpus}: ${dated} dated pages whose event year comes from the page; read without the page date:`);
    outcome.printShares('the text year against the page year', { limit: 20 });
  }
}

if (!only || only === 'phrasings') {
  for (const corpus of ['real', 'dev']) {
    const words = new Tally({ examples });
    for (const file of files(corpus)) {
      const prepared = prepareArticle({ file, bytes: fs.readFileSync(file) });
      if (!prepared.ok) continue;
      const text = prepared.cleaned.text;
      for (const m of text.matchAll(/(?<![\p{L}])(tổng kết|sơ kết|đánh giá|nhìn lại|kết quả|báo cáo)(?![\p{L}])[^.;:!?()\n]{0,60}?năm\s+((?:19|20)\d\d)(?!\d)/giu)) {
        const lead = text.slice(Math.max(0, m.index - 200), m.index);
        const day = /(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)[^.!?]*$/iu.exec(lead);
        if (!day) continue;
        words.add(`${m[1].toLowerCase()}, day in ${Number(day[2]) <= 6 ? 'Jan-Jun' : 'Jul-Dec'}`, `${path.basename(file)} ${oneLine(text.slice(m.index - Math.min(80, m.index), m.index + m[0].length))}`, file);
      }
    }
    console.log(`\ncorpus/${corpus}: a review word before a year, in the sentence of a year-less day`);
    words.printShares('by review word', { limit: 20 });
  }
}
