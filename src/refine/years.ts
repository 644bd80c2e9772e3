// Year inference for dates written without one ("Chiều 9/01"), after chrono's assign/imply split: the day and
// month were said, the year is implied, and the record says so.
import type { DateMention } from '../extract/dates/index.js';
import { sentenceYear, yearMentions } from '../extract/years.js';
import { sentenceAt, type Doc } from '../text/document.js';

export interface ResolvedDate {
  iso: string;
  mention: DateMention;
  implied: string[];
}

export const isoDate = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** How many days an event may lie after the publication date and still be the same year (previews, typos). */
const FUTURE_TOLERANCE_DAYS = 7;

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * The year of an event written without one: the publication year, moved back one when that would put the event
 * after publication (published 5 January about "28/12"); without a publication date, a year the same sentence
 * fixes ("Sáng 6/2 … nhập ngũ năm 2017"); otherwise none.
 */
export function inferYear(doc: Doc, m: DateMention, published: DateMention | null): number | null {
  if (published?.year) {
    const y = published.year;
    if (dayNumber(y, m.month, m.day) > dayNumber(y, published.month, published.day) + FUTURE_TOLERANCE_DAYS) return y - 1;
    return y;
  }
  const s = sentenceAt(doc, m.start);
  if (!s) return null;
  return sentenceYear(yearMentions(doc, s.start, s.end));
}

export function resolveDate(doc: Doc, m: DateMention | null, published: DateMention | null): ResolvedDate | null {
  if (!m) return null;
  if (m.year !== null) return { iso: isoDate(m.year, m.month, m.day), mention: m, implied: [] };
  const year = inferYear(doc, m, published);
  if (year === null) return null;
  return { iso: isoDate(year, m.month, m.day), mention: m, implied: ['year'] };
}
