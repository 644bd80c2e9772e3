// Date rules. Each finds one surface form and says whether it dates the page (published) or an event,
// and how strongly it looks like the day of the reported event.
import { sentenceAt, type Doc } from '../../text/document.js';
import { B, E, rx } from '../../text/patterns.js';
import { defineRule, type Rule } from '../rule.js';

export interface DateMention {
  role: 'published' | 'event';
  day: number;
  month: number;
  /** As written; null when the text gives no year (it is inferred later). */
  year: number | null;
  start: number;
  end: number;
  rule: string;
  /** For events: how much this looks like the day of the reported event. */
  weight: number;
}

const D = '(\\d{1,2})';
const M = '(\\d{1,2})';
const Y4 = '((?:19|20)\\d\\d)';
const Y = '((?:19|20)\\d\\d|\\d\\d)';
const SEP = '\\s*[/.-]\\s*';
const SLASH_OR_DASH = '\\s*[/-]\\s*';
const CLOCK = '\\d{1,2}\\s*[:hg]\\s*\\d{2}(?:\\s*:\\s*\\d{2})?(?:\\s*(?:AM|PM|SA|CH))?';
const ZONE = '(?:\\s*\\(?\\s*(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?\\s*\\)?)?';
const WEEKDAY = '(?:Thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|2|3|4|5|6|7)|Chủ\\s+nhật|CN|T[2-7])';
const PART_OF_DAY = '(?:rạng\\s+sáng|sáng\\s+sớm|chiều\\s+tối|sáng|chiều|tối|trưa|đêm|khuya)';

function fullYear(y: string | undefined): number | null {
  if (!y) return null;
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

export function validDate(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const days = new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate(); // 2000 is a leap year: 29/2 stays possible
  return d <= days;
}

function mention(
  role: DateMention['role'],
  rule: string,
  m: RegExpExecArray,
  d: string,
  mo: string,
  y: string | undefined,
  weight = 0,
): DateMention | null {
  const day = Number(d);
  const month = Number(mo);
  const year = fullYear(y);
  if (!validDate(year, month, day)) return null;
  return { role, day, month, year, start: m.index, end: m.index + m[0].length, rule, weight };
}

// ---- published: the page's own dates ----

const publishedLabel = defineRule<DateMention>({
  name: 'published-label',
  pattern: rx(
    `${B}(?:Cập\\s+nhật(?:\\s+lúc)?|Ngày\\s+cập\\s+nhật|Ngày\\s+đăng|Đăng\\s+(?:lúc|ngày)|Thời\\s+gian\\s+đăng|Ngày\\s+xuất\\s+bản|Xuất\\s+bản|Ngày\\s+ban\\s+hành|Published|Updated|Posted)\\s*:?\\s*(?:(?:lúc\\s+)?${CLOCK}\\s*,?\\s*(?:-\\s*)?(?:ngày\\s+)?)?(?:${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s+)?${D}${SEP}${M}${SEP}${Y}${E}`,
    'giu',
  ),
  extract: (m) => mention('published', 'published-label', m, m[1], m[2], m[3]),
});

const publishedIso = defineRule<DateMention>({
  name: 'published-iso',
  pattern: rx(`${B}${Y4}-(\\d{2})-(\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?${E}`, 'gu'),
  extract: (m) => mention('published', 'published-iso', m, m[3], m[2], m[1]),
});

/** "31/05/13 10:48 GMT+7", "Thứ hai, 14/12/2022 16:17", "10:22 31/05/2013": a date with a clock is a page stamp. */
const publishedTimestamp = defineRule<DateMention>({
  name: 'published-timestamp',
  pattern: rx(
    `${B}(?:(?:${WEEKDAY})\\s*,?\\s*(?:ngày\\s+)?${D}${SLASH_OR_DASH}${M}${SLASH_OR_DASH}${Y}(?:\\s*[,|-]?\\s*(?:lúc\\s+)?${CLOCK}${ZONE})?|${D}${SLASH_OR_DASH}${M}${SLASH_OR_DASH}${Y}\\s*[,|-]?\\s*(?:lúc\\s+)?${CLOCK}${ZONE}|${CLOCK}${ZONE}\\s*[,|-]?\\s*(?:(?:${WEEKDAY})\\s*,?\\s*)?(?:ngày\\s+)?${D}${SLASH_OR_DASH}${M}${SLASH_OR_DASH}${Y})${E}`,
    'giu',
  ),
  extract: (m) =>
    m[1] !== undefined
      ? mention('published', 'published-timestamp', m, m[1], m[2], m[3])
      : m[4] !== undefined
        ? mention('published', 'published-timestamp', m, m[4], m[5], m[6])
        : mention('published', 'published-timestamp', m, m[7], m[8], m[9]),
});

/** "Hải Phòng, ngày 24 tháng 01 năm 2020" or a date alone on its line: the dateline of the page. */
const publishedDateline = defineRule<DateMention>({
  name: 'published-dateline',
  pattern: rx(
    `^(?:[\\p{Lu}][\\p{L}\\p{M} .'-]{1,40},\\s*)?(?:(?:${WEEKDAY})\\s*,?\\s*)?(?:ngày\\s+${D}\\s+tháng\\s+${M}\\s+năm\\s+${Y4}|(?:ngày\\s+)?${D}${SLASH_OR_DASH}${M}${SLASH_OR_DASH}${Y4})\\s*\\.?$`,
    'gimu',
  ),
  extract: (m) =>
    m[1] !== undefined
      ? mention('published', 'published-dateline', m, m[1], m[2], m[3])
      : mention('published', 'published-dateline', m, m[4], m[5], m[6]),
});

// ---- events ----

/** A weight bonus when the date opens a sentence ("Ngày 14/12, UBND…"), the usual place of the event date. */
function leadBonus(doc: Doc, start: number): number {
  const s = sentenceAt(doc, start);
  if (!s) return 0;
  const before = doc.text.slice(s.start, start);
  // "QĐND Online - Sáng 31-5," and "(Chinhphu.vn) - Ngày 3/7," still open the sentence
  if (/^(?:\(?[\p{L}\p{N}.\s]{0,30}\)?\s*-\s*)?$/u.test(before)) return 4;
  return 0;
}

function earlyBonus(doc: Doc, start: number): number {
  const idx = doc.sentences.findIndex((s) => start < s.end);
  return idx >= 0 && idx < 4 ? 2 : 0;
}

/** Dates that are deadlines, ranges or document references are rarely the event. */
function contextPenalty(doc: Doc, start: number, end: number): number {
  const before = doc.text.slice(Math.max(0, start - 40), start);
  const after = doc.text.slice(end, end + 20);
  let p = 0;
  if (/(?:số\s+\S+\/\S*|\/[\p{Lu}Đ-]+(?:-[\p{Lu}Đ]+)*)\s*,?\s*(?:ký\s+)?$/u.test(before)) p -= 8;
  if (/(?:Quyết định|Nghị định|Thông tư|Chỉ thị|Công văn|Kế hoạch|Hướng dẫn|Nghị quyết|Luật)[^.;]{0,25}$/u.test(before)) p -= 6;
  if (/(?:từ|đến|tới|trước|sau|kể từ|cho đến|đến hết|hạn)\s+(?:ngày\s+)?$/iu.test(before)) p -= 3;
  // "ngày mai (7/2)", "vào 16/2 tới": what is coming is not what is reported
  if (/(?:ngày\s+mai|sắp\s+tới|dự\s+kiến|sẽ(?:\s+\S+){0,3})\s*\(?\s*(?:vào\s+)?(?:ngày\s+)?$/iu.test(before) || /^\s*(?:tới|tới\s+đây|sắp\s+tới)(?![\p{L}])/iu.test(after)) p -= 8;
  if (/^\s*(?:-|đến|tới)\s*(?:ngày\s+)?\d/iu.test(after)) p -= 3;
  if (/-\s*$/.test(before) && /\d\s*-\s*$/.test(before)) p -= 3;
  return p;
}

function event(rule: string, base: number, doc: Doc, m: RegExpExecArray, d: string, mo: string, y?: string) {
  const got = mention('event', rule, m, d, mo, y);
  if (!got) return null;
  got.weight = base + leadBonus(doc, m.index) + earlyBonus(doc, m.index) + contextPenalty(doc, m.index, got.end);
  return got;
}

/** "Chiều 9/01", "Sáng 31-5", "Ngày 21/11/2019", "sáng 3.7", "ngày 08/6". */
const eventDayWord = defineRule<DateMention>({
  name: 'event-day-word',
  pattern: rx(
    `${B}(${PART_OF_DAY}(?:\\s+(?:nay|qua|hôm\\s+qua))?(?:\\s+ngày)?|ngày|hôm)\\s+${D}\\s*([/.-])\\s*${M}(?:\\s*[/.-]\\s*${Y4})?(?![\\p{N}]|[/.-]\\d|,\\d)`,
    'giu',
  ),
  extract(m, doc) {
    const partOfDay = !/^(?:ngày|hôm)$/iu.test(m[1]);
    if (m[3] === '.' && !partOfDay) return null; // "ngày 3.7" is too often a number
    return event(partOfDay ? 'event-part-of-day' : 'event-day-word', partOfDay ? 8 : 6, doc, m, m[2], m[4], m[5]);
  },
});

/** "ngày 24 tháng 01 năm 2020", "ngày 9 tháng 5". */
const eventLongForm = defineRule<DateMention>({
  name: 'event-long-form',
  pattern: rx(`${B}(?:${PART_OF_DAY}\\s+)?ngày\\s+${D}\\s+tháng\\s+${M}(?:\\s*(?:năm|,)\\s*${Y4})?${E}`, 'giu'),
  extract: (m, doc) => event('event-long-form', 6, doc, m, m[1], m[2], m[3]),
});

/** "tại Hà Nội (30-5)": the news-agency style of dating the event. */
const eventParenthesised = defineRule<DateMention>({
  name: 'event-parenthesised',
  pattern: rx(`\\(\\s*${D}\\s*[/-]\\s*${M}(?:\\s*[/-]\\s*${Y4})?\\s*\\)`, 'gu'),
  extract: (m, doc) => event('event-parenthesised', 7, doc, m, m[1], m[2], m[3]),
});

/** A full date in running text, "13/10/2020", "31-5-2013", "09.01.2020": weak evidence of the event. */
const eventNumeric = defineRule<DateMention>({
  name: 'event-numeric',
  pattern: rx(`(?<![\\p{L}\\p{N}/.-])${D}\\s*([/.-])\\s*${M}\\s*\\2\\s*${Y4}(?![\\p{N}]|[/.-]\\d)`, 'gu'),
  extract: (m, doc) => event('event-numeric', 3, doc, m, m[1], m[3], m[4]),
});

export const DATE_RULES: readonly Rule<DateMention>[] = [
  publishedLabel,
  publishedIso,
  publishedTimestamp,
  publishedDateline,
  eventDayWord,
  eventLongForm,
  eventParenthesised,
  eventNumeric,
];
