// Reporting-period rules: each surface form of a span of time, with whether it stands on its own as a
// reporting period ("9 tháng năm 2015", "lũy kế đến cuối tháng 5") or needs a review word before it.
import { B, E, rx } from '../../text/patterns.js';
import { defineRule, type Rule } from '../rule.js';

export interface PeriodMention {
  /** Empty when the year comes from the page's date ("5 tháng đầu năm"): `months` then says how many. */
  from: string;
  to: string;
  months?: number;
  start: number;
  end: number;
  rule: string;
  /** Needs no context to be a reporting period. */
  standalone: boolean;
  /** A span of several years: "hội nghị" alone is enough context for it. */
  multiYear: boolean;
}

const YEAR = '((?:19|20)\\d\\d)';
const MONTHS_WORD: Record<string, number> = { ba: 3, sáu: 6, chín: 9, 'mười hai': 12 };
const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const start = (y: number, m: number) => `${y}-${pad(m)}-01`;
const end = (y: number, m: number) => `${y}-${pad(m)}-${pad(lastDay(y, m))}`;

function mention(
  rule: string,
  m: RegExpExecArray,
  from: string,
  to: string,
  standalone: boolean,
  multiYear = false,
): PeriodMention | null {
  if (from > to) return null;
  return { from, to, start: m.index, end: m.index + m[0].length, rule, standalone, multiYear };
}

/** "9 tháng năm 2015", "6 tháng đầu năm 2017", "6 tháng cuối năm 2013", "chín tháng đầu năm 2020". */
const monthsOfYear = defineRule<PeriodMention>({
  name: 'period-months-of-year',
  pattern: rx(`${B}(\\d{1,2}|ba|sáu|chín|mười\\s+hai)\\s+tháng\\s+(?:(đầu|cuối)\\s+)?năm\\s+${YEAR}${E}`, 'giu'),
  extract(m) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : MONTHS_WORD[m[1].toLowerCase().replace(/\s+/g, ' ')];
    const y = Number(m[3]);
    if (!n || n < 1 || n > 12) return null;
    if (m[2]?.toLowerCase() === 'cuối') return mention('period-last-months', m, start(y, 13 - n), end(y, 12), false);
    return mention('period-months-of-year', m, start(y, 1), end(y, n), true);
  },
});

/** "lũy kế đến cuối tháng 5 năm 2013", "tính đến hết tháng 5-2013": from the start of the year. */
const cumulative = defineRule<PeriodMention>({
  name: 'period-cumulative',
  pattern: rx(
    `${B}(?:lũy\\s+kế|luỹ\\s+kế|tính|cộng\\s+dồn)(?:\\s+từ\\s+đầu\\s+năm)?\\s+đến\\s+(?:hết\\s+|cuối\\s+|ngày\\s+\\d{1,2}\\s*[/-]\\s*)?(?:tháng\\s+)?(\\d{1,2})\\s*(?:[/-]|\\s+năm\\s+)\\s*${YEAR}${E}`,
    'giu',
  ),
  extract(m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return mention('period-cumulative', m, start(y, 1), end(y, mo), true);
  },
});

/** "quý I/2025", "quý I-2013", "quý 3 năm 2020". */
const quarter = defineRule<PeriodMention>({
  name: 'period-quarter',
  pattern: rx(`${B}quý\\s+(IV|I{1,3}|[1-4])\\s*(?:[/-]|\\s+năm\\s+|\\s+)\\s*${YEAR}${E}`, 'giu'),
  extract(m) {
    const q = QUARTERS[m[1].toLowerCase()];
    const y = Number(m[2]);
    return mention('period-quarter', m, start(y, q * 3 - 2), end(y, q * 3), false);
  },
});

/** "giai đoạn 2015-2020", "nhiệm kỳ 2015 – 2017", "(2002 – 2012)", "từ năm 2015 đến năm 2020". */
const yearRange = defineRule<PeriodMention>({
  name: 'period-year-range',
  pattern: rx(`${B}(?:(?:giai\\s+đoạn|nhiệm\\s+kỳ|thời\\s+kỳ)\\s+|từ\\s+năm\\s+|\\(\\s*)?${YEAR}\\s*(?:-|đến(?:\\s+năm)?|tới)\\s*${YEAR}${E}\\)?`, 'giu'),
  extract(m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b <= a || b - a > 30) return null;
    return mention('period-year-range', m, start(a, 1), end(b, 12), false, true);
  },
});

/** "tháng 1-2017", "tháng 5/2013", "tháng 9 năm 2020". */
const month = defineRule<PeriodMention>({
  name: 'period-month',
  pattern: rx(`${B}tháng\\s+(\\d{1,2})\\s*(?:[/-]|\\s+năm\\s+)\\s*${YEAR}${E}`, 'giu'),
  extract(m) {
    const mo = Number(m[1]);
    const y = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return mention('period-month', m, start(y, mo), end(y, mo), false);
  },
});

/** "năm 2019". */
const year = defineRule<PeriodMention>({
  name: 'period-year',
  pattern: rx(`${B}năm\\s+${YEAR}${E}`, 'giu'),
  extract: (m) => mention('period-year', m, start(Number(m[1]), 1), end(Number(m[1]), 12), false),
});

/** "5 tháng đầu năm", "Sau 5 tháng,": months of the current year, which the page's date gives. */
const monthsSoFar = defineRule<PeriodMention>({
  name: 'period-months-so-far',
  pattern: rx(`${B}(?:(?:sau|trong|qua)\\s+)?(\\d{1,2}|ba|sáu|chín)\\s+tháng(?:\\s+đầu\\s+năm(?:\\s+nay)?(?!\\s+\\d)|(?=\\s*,)(?<=(?:sau|qua)\\s+\\S+\\s+tháng))`, 'giu'),
  extract(m) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : MONTHS_WORD[m[1].toLowerCase()];
    if (!n || n < 1 || n > 12) return null;
    return { from: '', to: '', months: n, start: m.index, end: m.index + m[0].length, rule: 'period-months-so-far', standalone: true, multiYear: false };
  },
});

export const PERIOD_RULES: readonly Rule<PeriodMention>[] = [monthsOfYear, cumulative, quarter, yearRange, month, year, monthsSoFar];

/** Words that make the time after them the one being reviewed. */
export const REVIEW_WORDS: readonly string[] = [
  'tổng kết',
  'sơ kết',
  'giao ban',
  'đánh giá',
  'báo cáo',
  'kết quả',
  'nhìn lại',
  'điểm lại',
  'tình hình',
  'lũy kế',
];

/** Words that make the time after them a plan, not a review. */
export const PLAN_WORDS: readonly string[] = [
  'triển khai',
  'phương hướng',
  'kế hoạch',
  'phấn đấu',
  'mục tiêu',
  'định hướng',
  'dự kiến',
  'đề ra',
  'chuẩn bị',
  'quy hoạch',
  'chiến lược',
];

/** Enough context for a span of several years: "hội nghị … (2011-2013)". */
export const MEETING_WORDS: readonly string[] = ['hội nghị', 'hội thảo'];
