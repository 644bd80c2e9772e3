#!/usr/bin/env node
// Round 12: how a page's tail after the article is written in corpus/real and the dev set's text articles: the
// related-articles heading ("Tin liên quan", "TIN BÀI LIÊN QUAN", "Xem thêm:") by spelling and where it stands
// (a line of its own, opening a line of link titles, glued to the end of a paragraph, inside a line), what follows a
// heading that stands alone, tags lines opened by a label ("Từ khóa: …", "Tags: …"), and the lines after a page
// timestamp ("31/05/13 10:48 GMT+7"), which the text cleaner marks as the footer when they are few and short; and the
// lines of a site's own furniture the built cleaner drops by their shape (SITE_CHROME_LINES: font size, copyright,
// publisher and licence, follow prompts, share buttons) and counters in brackets ("Bình luận (0)"), at a line's start,
// and a first line that is a site's name by its shape (SITE_NAME_LINES: "Báo Tin Tức", "Cổng thông tin điện tử …").
//   npm run build && node bench/studies/page-tails.mjs            (--examples N)
import { builtModule, readDev, readFlags, readReal, Tally, oneLine } from './lib.mjs';

const { SITE_CHROME_LINES, SITE_NAME_LINES, COUNTER_LINE } = await builtModule('clean/markers.js');

const flags = readFlags();
const examples = flags.number('--examples', 3);

/** Every spelling looked for; the study reports which occur, so the lexicon holds what pages write. */
const RELATED = [
  'Tin liên quan', 'Tin bài liên quan', 'Bài liên quan', 'Bài viết liên quan', 'Tin cùng chuyên mục', 'Tin khác',
  'Các tin khác', 'Tin bài khác', 'Các bài khác', 'Tin đã đưa', 'Xem thêm', 'Đọc thêm', 'Có thể bạn quan tâm',
  'Tin mới hơn', 'Tin cũ hơn', 'Tin mới nhất', 'Đọc nhiều', 'Xem nhiều', 'Tin đọc nhiều',
];
const relatedAt = new RegExp(`(?<![\\p{L}\\p{M}])(${RELATED.join('|')})(?![\\p{L}\\p{M}])\\s*:?`, 'giu');
const TAGS_LABEL = /^(Từ\s+khóa|Từ\s+khoá|Tags?|Keywords?|Chủ\s+đề|Nhãn)\s*(?::|$)/iu;
const TIMESTAMP = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})[ T,]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|AM|PM|SA|CH)?$/iu;

function study(name, articles) {
  const [heading, place, afterAlone, tags, afterStamp, furniture] = [0, 1, 2, 3, 4, 5].map(() => new Tally({ examples }));
  for (const a of articles) {
    const lines = a.lines.map((l) => l.trim()).filter(Boolean);
    lines.forEach((line, i) => {
      for (const m of line.matchAll(relatedAt)) {
        const spelling = m[1] === m[1].toUpperCase() ? `${m[1].toLowerCase()} (CAPITALS)` : m[1];
        // a heading glued after a paragraph's full stop or to the next word ("chiến thắng.TIN BÀI LIÊN QUAN")
        const capitalised = /^\p{Lu}/u.test(m[1]);
        if (!capitalised) continue;
        const before = line.slice(0, m.index);
        const after = line.slice(m.index + m[0].length).trim();
        const where = !before && !after ? 'alone' : !before ? 'opens a line' : !after ? 'closes a line' : 'inside a line';
        heading.add(spelling, oneLine(line).slice(Math.max(0, m.index - 40), m.index + 80), a.file);
        place.add(`${where}${/[.!?"”]\s*$/u.test(before) ? ' (after a full stop)' : ''}`, oneLine(line).slice(Math.max(0, m.index - 40), m.index + 80), a.file);
        if (where === 'alone') {
          const rest = lines.slice(i + 1);
          const titles = rest.findIndex((l) => l.length > 120 || /[.:;]$/u.test(l));
          afterAlone.add(`${titles < 0 ? rest.length : titles} title-like lines after it, ${rest.length} lines to the end`, rest.slice(0, 3).join(' | ').slice(0, 160), a.file);
        }
      }
      const t = TAGS_LABEL.exec(line);
      if (t) tags.add(t[1], line.slice(0, 120), a.file);
      if (line.length <= 120) {
        const shape = SITE_CHROME_LINES.findIndex((re) => re.test(line));
        if (shape >= 0) furniture.add(`SITE_CHROME_LINES[${shape}]`, line, a.file);
        if (/\(\d/.test(line) && COUNTER_LINE.test(line)) furniture.add('a counter in brackets', line, a.file);
      }
    });
    if (lines[0] && SITE_NAME_LINES.some((re) => re.test(lines[0]))) furniture.add("a site's name as the first line (SITE_NAME_LINES)", lines[0], a.file);
    const stamp = lines.findLastIndex((l) => TIMESTAMP.test(l));
    if (stamp >= 0) {
      const rest = lines.slice(stamp + 1);
      afterStamp.add(`${rest.length} lines after the last timestamp line`, rest.join(' | ').slice(0, 160), a.file);
    }
  }
  console.log(`\n# ${name}: ${articles.length} articles`);
  for (const [title, tally] of [
    ['related-articles headings (capitalised), by spelling', heading],
    ['…by where they stand', place],
    ['a heading alone on its line: what follows', afterAlone],
    ['tags lines opened by a label, or the label alone', tags],
    ['the page footer: lines after the last timestamp line', afterStamp],
    ["a site's furniture lines by shape, and counters in brackets", furniture],
  ]) {
    tally.print(title, { examples: examples > 0 });
  }
}

study('corpus/real', readReal());
study('corpus/dev (text articles)', readDev().filter((a) => !a.html));
