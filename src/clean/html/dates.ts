// Dates as pages write them, to ISO: machine dates from meta tags and JSON-LD, and the visible Vietnamese forms
// ("Thứ hai, 14/12/2022 16:17", "Cập nhật lúc: 10/01/2020", "Ngày 24 tháng 01 năm 2020", "16:17 - 14/12/2022").

export interface VisibleDate {
  iso: string;
  /** Where the date starts in the text searched. */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(year: number, month: number, day: number, hour?: number, minute?: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined || Number.isNaN(hour) || hour > 23 || minute > 59) return date;
  return `${date}T${pad(hour)}:${pad(minute)}`;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const afternoon = (marker: string | undefined, hour: number) => (marker && /^(?:PM|CH)$/i.test(marker) && hour < 12 ? hour + 12 : hour);

/** Each visible form: its pattern and how its groups become a date. */
const VISIBLE_FORMS: readonly { pattern: RegExp; build: (g: string[]) => string | null }[] = [
  {
    // ngày 24 tháng 01 năm 2020
    pattern: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu,
    build: (g) => isoOf(+g[3], +g[2], +g[1]),
  },
  {
    // 16:17 14/12/2022, 16h17 - 14/12/2022, 08:30 SA, Thứ hai, 14/12/2022
    pattern: /(\d{1,2})[:hg](\d{2})(?::\d{2})?\s*(SA|CH|AM|PM)?\s*(?:[,|–-]\s*)?(?:(?:thứ\s+\S+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/iu,
    build: (g) => isoOf(+g[6], +g[5], +g[4], afternoon(g[3], +g[1]), +g[2]),
  },
  {
    // 14/12/2022 16:17, 14/12/2022 - 16:17, 14-12-2022 lúc 16h17, 31/05/13 10:48
    pattern: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)(?:\s*(?:[,|–-]|lúc)?\s*(\d{1,2})[:hg](\d{2})(?!\d)\s*(SA|CH|AM|PM)?)?/iu,
    build: (g) => isoOf(fullYear(g[3]), +g[2], +g[1], g[4] === undefined ? undefined : afternoon(g[6], +g[4]), g[5] === undefined ? undefined : +g[5]),
  },
  {
    // 2022-12-15 16:17:43
    pattern: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/u,
    build: (g) => isoOf(+g[1], +g[2], +g[3], g[4] === undefined ? undefined : +g[4], g[5] === undefined ? undefined : +g[5]),
  },
];

/** The first visible date in a short text, in any of the Vietnamese forms. */
export function findVisibleDate(text: string): VisibleDate | null {
  let best: VisibleDate | null = null;
  for (const { pattern, build } of VISIBLE_FORMS) {
    const m = pattern.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const iso = build(m as unknown as string[]);
    if (iso) best = { iso, index: m.index };
  }
  return best;
}

const MACHINE_DATE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;

/** A date from a meta tag or JSON-LD: ISO kept as written (date, or date and time), other forms read as visible. */
export function isoFromMachineDate(value: string): string | null {
  const v = value.trim();
  const m = MACHINE_DATE.exec(v);
  if (m) {
    const date = isoOf(+m[1], +m[2], +m[3]);
    if (!date) return null;
    if (m[4] === undefined) return date;
    const zone = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7];
    return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  const english = Date.parse(v);
  if (/[a-z]{3}/i.test(v) && !Number.isNaN(english)) {
    const d = new Date(english);
    return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return findVisibleDate(v)?.iso ?? null;
}

const BYLINE_OR_DATE_LABEL = /^(?:Tác\s+giả|Bài\s+(?:và\s+)?ảnh|Bài,\s*ảnh|Tin\s+(?:và\s+)?ảnh|Tin,\s*ảnh|Cập\s+nhật|Ngày\s+đăng|Đăng\s+(?:ngày|lúc))\b/iu;

/** "Thứ hai, 14/12/2022 16:17", "Cập nhật lúc: 10/01/2020", "Bài và ảnh: Hằng Hà": the article's stamp lines. */
export function isStampLine(text: string): boolean {
  return BYLINE_OR_DATE_LABEL.test(text) || findVisibleDate(text) !== null;
}
