// Round 13: the date and period forms the audit of unseen articles (/work/extra/{portal,army,reports}) failed on, counted
// in corpus/real, dev and the audit set, with examples (needs `npm run build`). Forms (`--only NAME`):
//   review-year   the lead's first year-less day whose sentence names a review word, then "năm Y" (with a bracketed
//                 abbreviation between, "giao ban công tác quốc phòng-an ninh (QP-AN) năm 2021"): by review word, the
//                 day's months, whether a plan's year Y+1 follows ("… và triển khai nhiệm vụ năm 2022"), and, for dated
//                 pages, which of Y and Y+1 the page's year is
//   span-year     the lead's first year-less day whose sentence names a bare span of years ("(1986 - 2026)"), by
//                 whether the time dimension reads it as a span (30 years at most) and whether "N năm" says its length
//   anniversary-span  an undated page's year-less lead day and the first span of full dates in its text ("(3/3/1959 -
//                 3/3/2019)"), by how far into the text it stands
//   bullet-lines  short bulleted lines ("• HMT", "• /", "• 28.8.2020 - 15:54", "• icon gmail") before the first event
//                 day that is no stamp line's: they push the lead's day past the third body sentence
//   short-lines   short lines with no digit and no sentence's punctuation (8 words at most: a portal's name, a section,
//                 "Xem với cỡ chữ") past the first line and before the first event day, by how many and whether the day
//                 stands past the third body sentence
//   visible-date  HTML pages: the first element after the headline whose text holds a full date, by whether it is a
//                 dateline or stamp (8 words at most besides) or a sentence
//   commendation  "xét (duyệt)? thi đua, khen thưởng năm Y" and the emulation council's meeting, in the headline or lead
//   attendance    a sentence of the lead's first three, past the first, that says who attended ("Về tham dự và phát
//                 biểu chỉ đạo có đồng chí …", "Tham dự hội nghị có …"), which the period's two-sentence lead now passes over
//   remaining     "N tháng còn lại", "những tháng còn lại của năm": months still to come, read as a span
// Usage: npm run build && node bench/studies/round13-dates.mjs [--only NAME] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, refinedArticle, shared, Tally } from './lib.mjs';
import { leadFindings } from './date-lead-findings.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--only');
const want = (name) => !only || only === name;

const SETS = [
  ['corpus/real', path.join(shared, 'corpus', 'real')],
  ['corpus/dev', path.join(shared, 'corpus', 'dev')],
  ...['portal', 'army', 'reports'].map((g) => [`audit/${g}`, path.join(shared, '..', 'extra', g)]),
];
const filesOf = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort().map((f) => path.join(dir, f)) : []);

/** The sentence around [start, end) of `text`: from the last full stop or line break before it to the next. */
function sentenceAround(text, start, end) {
  const from = Math.max(text.lastIndexOf('. ', start) + 2, text.lastIndexOf('\n', start) + 1, 0);
  const stop = /\.\s|\n|$/.exec(text.slice(end));
  return text.slice(from, end + stop.index);
}

const monthsOf = (m) => (m <= 3 ? 'Jan-Mar' : m <= 9 ? 'Apr-Sep' : 'Oct-Dec');
const REVIEW_YEAR = /(?<![\p{L}])(tổng kết|sơ kết|giao ban|đánh giá|nhìn lại|kết quả)(?![\p{L}])((?:[^.;:!?“”"\n]){0,100}?)năm\s+((?:19|20)\d\d)(?!\d)/iu;
const PLAN_YEAR = /(?<![\p{L}])(?:triển khai|phương hướng|nhiệm vụ|kế hoạch)(?![\p{L}])[^.;:!?\n]{0,60}?năm\s+((?:19|20)\d\d)(?!\d)/iu;
const ANNIVERSARY = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\s*-\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)/u;
const ATTENDANCE = /^\s*(?:Về\s+)?(?:tham\s+dự|dự|cùng\s+dự|đến\s+dự|về\s+dự)(?!\s+(?:án|thảo|luật|báo|kiến|toán|định|trữ|phòng|bị|đoán|tính)(?![\p{L}]))(?![\p{L}])[^.]{0,80}?(?<![\p{L}])có(?![\p{L}])/iu;
const BARE_SPAN = /(?<![\d/.-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\d/.-])/u;
const BULLET_LINE = /^\s*[•·]\s*(?:\S+\s*){0,4}$/u;
const SHORT_LINE = /^\s*(?:[^\s\d.!?…:;]+\s+){0,7}[^\s\d.!?…:;]+\s*$/u;
const STAMP_LINE = /^[\s•·(]*[\d\s/:.,()+-]*(?:GMT|UTC)?[\d\s:+-]*\)?\s*$/iu;

const tallies = {
  'review-year': new Tally({ examples }),
  'span-year': new Tally({ examples }),
  'anniversary-span': new Tally({ examples }),
  'bullet-lines': new Tally({ examples }),
  'short-lines': new Tally({ examples }),
  'visible-date': new Tally({ examples }),
  commendation: new Tally({ examples }),
  remaining: new Tally({ examples }),
  attendance: new Tally({ examples }),
};

for (const [set, dir] of SETS) {
  for (const file of filesOf(dir)) {
    const name = `${set.replace('corpus/', '')}/${path.basename(file)}`;
    const found = leadFindings(file);
    if (!found) continue;
    const { text, days } = found;
    const day = days.find((d) => d.sentence >= 0 && d.sentence < 3 && d.notEvent === null);
    if ((want('review-year') || want('span-year') || want('anniversary-span')) && day && day.year === null) {
      const s = sentenceAround(text, day.start, day.end);
      const review = want('review-year') ? REVIEW_YEAR.exec(s) : null;
      if (review) {
        const y = Number(review[3]);
        const plan = PLAN_YEAR.exec(s.slice(review.index + review[0].length));
        const planKey = plan ? (Number(plan[1]) === y + 1 ? 'plan Y+1 after' : 'plan other year') : 'no plan year';
        const read = await refinedArticle(file);
        const pub = read?.facts.published;
        const dayYear = pub ? (pub.month < day.month || (pub.month === day.month && pub.day < day.day) ? pub.year - 1 : pub.year) : null;
        const page = dayYear === null ? 'undated' : dayYear === y ? 'day in Y' : dayYear === y + 1 ? 'day in Y+1' : 'day in another year';
        const bracket = /\(/.test(review[2]) ? ' (brackets between)' : '';
        tallies['review-year'].add(`${set}: ${review[1].toLowerCase()}${bracket}, ${monthsOf(day.month)}, ${planKey}, ${page}`, `${name} ${day.day}/${day.month}: ${oneLine(s).slice(0, 200)}`, name);
      }
      if (want('anniversary-span')) {
        const a = ANNIVERSARY.exec(text);
        const read = a ? await refinedArticle(file) : null;
        if (a && !read?.facts.published) tallies['anniversary-span'].add(`${set}: undated, the first span of days ${a.index < 600 ? 'within 600 characters' : a.index < 1500 ? 'at 600-1,500 characters' : 'past 1,500 characters'}`, `${name} ${day.day}/${day.month} (at ${a.index}): ${oneLine(text.slice(Math.max(0, a.index - 100), a.index + a[0].length))}`, name);
      }
      const span = want('span-year') ? BARE_SPAN.exec(s) : null;
      if (span) {
        const [a, b] = [Number(span[1]), Number(span[2])];
        const length = new RegExp(`(?<!\\d)${b - a}\\s+năm(?![\\p{L}])`, 'u').test(s) ? '"N năm" names its length' : 'no length';
        tallies['span-year'].add(`${set}: ${b > a && b - a <= 30 ? 'span of ≤30 years' : b > a ? 'span of >30 years' : 'not a span'}, ${length}`, `${name} ${day.day}/${day.month}: ${oneLine(s).slice(0, 200)}`, name);
      }
    }
    if (want('bullet-lines') || want('short-lines')) {
      // the first day that is no stamp line's ("• 28.8.2020 - 15:54" is the page's date)
      const lineOf = (d) => text.slice(text.lastIndexOf('\n', d.start) + 1, (text.indexOf('\n', d.end) + 1 || text.length + 1) - 1);
      const first = days.find((d) => d.notEvent === null && d.sentence >= 0 && !STAMP_LINE.test(lineOf(d)));
      if (first) {
        const before = text.slice(0, first.start).split('\n');
        const bullets = before.filter((l) => BULLET_LINE.test(l));
        // short lines without a digit or a sentence's punctuation, past the first (the headline, mostly), not the day's own
        const short = before.slice(1, -1).filter((l) => l.length <= 60 && SHORT_LINE.test(l));
        if (short.length) tallies['short-lines'].add(`${set}: ${short.length > 2 ? '3 or more' : short.length} short unpunctuated lines before the first event day${first.sentence >= 3 ? ', the day past the third sentence' : ''}`, `${name}: ${oneLine(short.join(' | ')).slice(0, 140)}`, name);
        if (bullets.length) tallies['bullet-lines'].add(`${set}: ${bullets.length} short bulleted lines before the first event day`, `${name}: ${oneLine(bullets.join(' | ')).slice(0, 120)}`, name);
        else tallies['bullet-lines'].add(`${set}: none before the first event day`, '', name);
      }
    }
    if (want('visible-date') && /\.html?$/.test(file)) {
      // the first element after the headline whose text holds a full date, as the page writes it
      const html = fs.readFileSync(file, 'utf8');
      const h1 = html.search(/<\/h1>/i);
      if (h1 >= 0) {
        for (const m of html.slice(h1, h1 + 3000).matchAll(/<(p|div|span|time|em|i|small)\b[^>]*>([^<]{0,200})</giu)) {
          const text = m[2].replace(/&[a-z]+;/g, ' ').trim();
          if (!/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/u.test(text)) continue;
          const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
          tallies['visible-date'].add(`${set}: ${words > 8 ? 'more than 8 words: a sentence' : '8 words or fewer: a dateline or stamp'}`, `${name}: ${oneLine(text).slice(0, 160)}`, name);
          break;
        }
      }
    }
    if (want('attendance')) {
      // the first three sentences after the first line: which of them says who attended ("Về tham dự … có đồng chí …")
      const sentences = text.split('\n').slice(1).join('\n').split(/(?<=[.!?])\s+|\n+/u).filter((x) => /\p{L}{2}/u.test(x)).slice(0, 3);
      sentences.forEach((x, k) => {
        if (k > 0 && ATTENDANCE.test(x.slice(0, 120))) tallies.attendance.add(`${set}: lead sentence ${k + 1} says who attended`, `${name}: ${oneLine(x).slice(0, 150)}`, name);
      });
    }
    if (want('commendation') || want('remaining')) {
      const head = text.slice(0, 1500);
      const c = /(?<![\p{L}])(?:(?:xét|bình xét|xét duyệt)\s+(?:thi đua|khen thưởng)[^.;\n]{0,40}?|Hội đồng Thi đua[^.;\n]{0,60}?)năm\s+((?:19|20)\d\d)/iu.exec(head);
      if (c && want('commendation')) tallies.commendation.add(`${set}: ${/xét/i.test(c[0]) ? '"xét thi đua, khen thưởng năm Y"' : '"Hội đồng Thi đua … năm Y"'}`, `${name}: ${oneLine(c[0]).slice(0, 160)}`, name);
      for (const m of text.matchAll(/(?<![\p{L}])(\d+|những|các)\s+tháng\s+còn\s+lại/giu)) {
        if (want('remaining')) tallies.remaining.add(`${set}: "${m[1].toLowerCase() === 'những' || m[1].toLowerCase() === 'các' ? m[1].toLowerCase() : 'N'} tháng còn lại"`, `${name}: …${oneLine(text.slice(Math.max(0, m.index - 80), m.index + 50))}`, name);
      }
    }
  }
}

for (const [form, tally] of Object.entries(tallies)) {
  if (!want(form)) continue;
  console.log(`\n== ${form}`);
  tally.printShares(form, { limit: 40 });
}
