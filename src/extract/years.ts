// Years written in the text, with what kind of mention each is. Dates, periods and percentages all ask
// "which year does this sentence speak of?", and each asks it a little differently.
import { matchesIn, type Doc } from '../text/document.js';
import { B, E, rx } from '../text/patterns.js';

export type YearKind =
  | 'year' // năm 2019, trong 2019
  | 'month' // tháng 1-2017, tháng 5/2013
  | 'date' // 21/11/2019
  | 'range-start' // 2015 in 2015-2020
  | 'range-end'; // 2020 in 2015-2020

export interface YearMention {
  year: number;
  start: number;
  end: number;
  kind: YearKind;
  /** "so với năm 2018", "cao hơn năm 2018", "cùng kỳ 2012": a year used only for comparison. */
  comparison: boolean;
  /** "Luật NVQS năm 2015": the year is part of a law's or document's name. */
  named: boolean;
  /** "nhiệm kỳ 2017-2019": a term, which starts when it is opened. */
  term: boolean;
}

const YEAR = '(?:19[4-9]\\d|20\\d\\d)';
const RANGE = rx(`${B}(${YEAR})\\s*(?:-|đến|tới)\\s*(${YEAR})${E}`, 'giu');
const DATE_RANGE = rx(
  `${B}\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(${YEAR})\\s*-\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(${YEAR})${E}`,
  'gu',
);
const DATE_YEAR = rx(`${B}\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(${YEAR})${E}`, 'gu');
const MONTH_YEAR = rx(`${B}tháng\\s+\\d{1,2}\\s*(?:[/-]|\\s+năm\\s+)\\s*(${YEAR})${E}`, 'giu');
const PLAIN_YEAR = rx(`${B}(${YEAR})${E}`, 'gu');

const COMPARISON = /(?:so\s+với|so|hơn|với|cùng\s+kỳ|cùng\s+kì|như|bằng)\s+(?:cùng\s+k[ỳì]\s+)?(?:năm\s+)?$/iu;
const NAMED = /(?:Luật|Bộ luật|Nghị quyết|Nghị định|Quyết định|Thông tư|Chỉ thị|Hiến pháp|Pháp lệnh)[^.;\n]{0,60}?(?:năm\s+)?$/u;

/** Every year mention in [start, end), in text order; a year inside a date or a range is reported once. */
export function yearMentions(doc: Doc, start: number, end: number): YearMention[] {
  const out: YearMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (year: number, s: number, e: number, kind: YearKind, term = false) => {
    const before = doc.text.slice(Math.max(0, s - 80), s);
    out.push({ year, start: s, end: e, kind, comparison: COMPARISON.test(before), named: NAMED.test(before), term });
  };
  for (const m of matchesIn(doc, RANGE, start, end)) {
    const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
    const term = /nhiệm\s+kỳ\s*\(?$/iu.test(before);
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b < a) continue;
    const mid = m.index + m[0].indexOf(m[2], m[1].length);
    add(a, m.index, m.index + m[1].length, 'range-start', term);
    add(b, mid, mid + m[2].length, 'range-end', term);
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesIn(doc, DATE_RANGE, start, end)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const first = m.index + m[0].indexOf(m[1]);
    const second = m.index + m[0].lastIndexOf(m[2]);
    add(a, first, first + 4, 'range-start');
    add(b, second, second + 4, 'range-end');
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesIn(doc, DATE_YEAR, start, end)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add(Number(m[1]), m.index, m.index + m[0].length, 'date');
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesIn(doc, MONTH_YEAR, start, end)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    add(Number(m[1]), m.index, m.index + m[0].length, 'month');
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of matchesIn(doc, PLAIN_YEAR, start, end)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
    // a bare number needs a year word before it, or it is a count ("2015 học sinh")
    const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const yearWord = /(?:năm|trong|từ|đến|cuối|đầu|kỳ|vụ|mùa)\s+$/iu.test(before) || /[(]\s*$/.test(before);
    // "… nông nghiệp 2017, do Bộ …": a bare year that no noun follows is a year too
    if (!yearWord && !/^(?:\s*[,.;:)”"]|\s*$|\s+\p{Lu})/u.test(after)) continue;
    add(Number(m[1]), m.index, m.index + m[0].length, 'year');
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The year a sentence is about when it names exactly one kind of time: the first usable mention. */
export function sentenceYear(mentions: readonly YearMention[]): number | null {
  for (const m of mentions) {
    if (m.comparison || m.named) continue;
    if (m.kind === 'range-start') {
      if (m.term) return m.year;
      continue;
    }
    if (m.kind === 'range-end') {
      if (m.term) continue;
      return m.year;
    }
    return m.year;
  }
  return null;
}
