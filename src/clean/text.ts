// Plain text that still carries page chrome: a line classifier keeps headline, dateline, body and byline and
// drops menus, counters, breadcrumbs, image file names, repeated headlines and trailing tag blocks.
import {
  BREADCRUMB_SEPARATOR,
  CHROME_INLINE,
  CHROME_LINES,
  COUNTER_LINE,
  IMAGE_FILE_LINE,
  RELATED_HEADINGS,
  SECTION_WORDS,
  SITE_CHROME_LINES,
  IMAGE_ELEMENT_LINE,
  SITE_NAME_LINES,
  TAGS_HEADINGS,
  TAGS_LABEL,
} from './markers.js';
import { wrappedJoins } from './wrap.js';
import { PROVINCES_BEFORE_2025 } from '../gazetteer/provinces-2025.js';
import { isTimestampLine } from '../lexicon/dates.js';
import { PROVINCE_ALIASES } from '../lexicon/units.js';

export type LineVerdict = 'keep' | 'chrome' | 'counter' | 'image-file' | 'breadcrumb' | 'repeat' | 'tags' | 'related' | 'footer';

export interface CleanedLine {
  text: string;
  verdict: LineVerdict;
}

/** Lines are compared lower-cased with white space collapsed: cheap, and enough for exact repeats and short lists. */
const lineKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const chromeLines = new Set(CHROME_LINES.map(lineKey));
const sectionWords = new Set(SECTION_WORDS.map(lineKey));
const longestSection = Math.max(...SECTION_WORDS.map((w) => w.split(/\s+/).length));
const longestChrome = Math.max(...CHROME_LINES.map((w) => w.split(/\s+/).length));

/** Can these words be cut into phrases of the set only (each at most `longest` words)? */
function coveredBy(words: readonly string[], phrases: ReadonlySet<string>, longest: number): boolean {
  const ok: boolean[] = new Array(words.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < words.length; i++) {
    if (!ok[i]) continue;
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      if (phrases.has(words.slice(i, i + n).join(' ').toLowerCase())) ok[i + n] = true;
    }
  }
  return ok[words.length];
}

/**
 * A line that is chrome phrases only, one or several run together where a menu or a toolbar lost its breaks ("Skip
 * Ribbon Commands Skip to main content", "Email Print Góp ý", "Trang chủ Liên hệ Sơ đồ site").
 */
function isChromeLine(line: string): boolean {
  if (chromeLines.has(lineKey(line))) return true;
  const words = line.trim().split(/\s+/u);
  return words.length > 1 && coveredBy(words, chromeLines, longestChrome);
}

export function isBreadcrumb(line: string): boolean {
  if (line.length > 120 || /[.!?;:,]$/.test(line) || !/^\p{Lu}/u.test(line)) return false;
  const parts = line.split(BREADCRUMB_SEPARATOR).filter(Boolean);
  const words = parts.flatMap((p) => p.split(/\s+/)).filter(Boolean);
  return words.length > 0 && coveredBy(words, sectionWords, longestSection);
}

/** "Bạc Liêu,Quân sự,Đào tạo,Đồng chí,…": a tag list, items glued by commas with no space after them. */
export function isTagLine(line: string): boolean {
  const items = line.split(',');
  if (items.length < 4 || /,\s/.test(line) || /[.!?]$/.test(line)) return false;
  const words = items.map((i) => i.trim().split(/\s+/).length).sort((a, b) => a - b);
  return items.every((i) => i.length > 0 && i.length <= 80) && words[words.length >> 1] <= 4;
}

/** "31/05/13 10:48 GMT+7", "2022-12-15 16:17:43": a page timestamp on a line of its own. */
export const TIMESTAMP_LINE =
  /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})[ T,]*\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?|AM|PM|SA|CH)?$/iu;

const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
const isBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;

/** A line without invisible characters, its runs of blanks one space, trimmed; the line itself when already so. */
export function tidyLine(line: string): string {
  let out = '';
  let copied = 0;
  const len = line.length;
  for (let i = 0; i < len; i++) {
    const c = line.charCodeAt(i);
    if (isInvisible(c)) {
      out += line.slice(copied, i);
      copied = i + 1;
    } else if (isBlank(c) && (c !== 0x20 || (i + 1 < len && (isBlank(line.charCodeAt(i + 1)) || isInvisible(line.charCodeAt(i + 1)))))) {
      let j = i + 1;
      while (j < len && (isBlank(line.charCodeAt(j)) || isInvisible(line.charCodeAt(j)))) j++;
      out += `${line.slice(copied, i)} `;
      copied = j;
      i = j - 1;
    }
  }
  const tidy = copied === 0 ? line : out + line.slice(copied);
  const first = tidy.charCodeAt(0);
  const last = tidy.charCodeAt(tidy.length - 1);
  return first === 0x20 || last === 0x20 ? tidy.trim() : tidy;
}

/** Words every inline counter or widget holds: a line without any of them needs none of the patterns. */
const INLINE_CHROME_HINT = /lượt|online|trực tuyến|mail|print|facebook|zalo|twitter|share|\d\s*$/iu;

function stripInlineChrome(line: string): string {
  if (!INLINE_CHROME_HINT.test(line)) return line;
  return withoutChromeInline(line).trim();
}

/** A line without its inline counters and widgets (CHROME_INLINE), each pattern tried where it can match. */
export function withoutChromeInline(line: string): string {
  let out = line;
  for (const { pattern, holds } of CHROME_INLINE) if (holds.some((w) => out.includes(w))) out = out.replace(pattern, '');
  return out;
}

/** Chrome lines are short; a tag list may run longer. Longer lines are body (or a repeat) without more tests. */
const SHORT_LINE = 120;
const TAG_LINE = 400;

/** The article's tags: a list glued by commas, or a line opened by a label ("Từ khóa: …"). */
export const isTagsLine = (line: string) => line.length <= TAG_LINE && (isTagLine(line) || TAGS_LABEL.test(line));

const splitLines = (raw: string) => raw.replace(/\r\n?/g, '\n').split('\n');

export function classifyLines(raw: string): CleanedLine[] {
  return classifyTidyLines(splitLines(raw).map(tidyLine));
}

function classifyTidyLines(lines: string[]): CleanedLine[] {
  const out: CleanedLine[] = [];
  const seen = new Map<string, number>();
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const original = lines[i];
    if (!original) {
      out.push({ text: '', verdict: 'keep' });
      continue;
    }
    const short = original.length <= SHORT_LINE;
    const k = original.length < 300 ? lineKey(original.replace(/[.!?…:;,\s]+$/u, '')) : '';
    let verdict: LineVerdict = 'keep';
    let text = original;
    // the site's name above everything else ("Báo Tin Tức"), where a scraper took the page's whole text: above a
    // menu or the headline; above the lead only when it is as short as a name ("Báo Động Đỏ Về Ô Nhiễm", a headline
    // in title case, opens the article)
    if (!started && short && SITE_NAME_LINES.some((re) => re.test(original)) && (!proseFollows(lines, i) || original.split(' ').length <= 4)) verdict = 'chrome';
    else if (short && isRelatedHeading(original)) verdict = 'related';
    else if (short && isTagsHeading(original)) verdict = 'tags';
    else if (short && (isChromeLine(original) || SITE_CHROME_LINES.some((re) => re.test(original)))) verdict = 'chrome';
    else if (short && COUNTER_LINE.test(original)) verdict = 'counter';
    else if ((original.length <= 260 && IMAGE_FILE_LINE.test(original)) || IMAGE_ELEMENT_LINE.test(original)) verdict = 'image-file';
    else if (isTagsLine(original)) verdict = 'tags';
    else if (short && isBreadcrumb(original)) verdict = 'breadcrumb';
    else if (k && seen.has(k)) {
      verdict = 'repeat';
      // a page repeats its headline above the body: the first copy is the headline, whatever its full stop says
      const first = out[seen.get(k)!];
      if (first.text === original && first.text.length <= SHORT_LINE) first.text = first.text.replace(/(?<!\.)\.$/u, '');
    }
    else {
      text = stripInlineChrome(original);
      if (!text) verdict = 'counter';
    }
    if (verdict === 'keep') started = true;
    if (verdict === 'keep' && k) seen.set(k, out.length);
    out.push({ text, verdict });
  }
  markHeadedLists(out);
  markFooter(out);
  return out;
}

/** The next line with text after line i is prose (see isProse). */
function proseFollows(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return isProse(lines[j]);
  return false;
}

/** A heading alone on its line, without the colon or ">>" after it, as the heading lists compare it. */
const headingKey = (line: string) => lineKey(line.replace(/[\s:>»]+$/u, ''));
const relatedHeadings = new Set(RELATED_HEADINGS.map(lineKey));
const tagsHeadings = new Set(TAGS_HEADINGS.map(lineKey));

/** "Tin liên quan", "Xem thêm:", "TIN BÀI LIÊN QUAN >>" alone on a line. */
const isRelatedHeading = (line: string) => relatedHeadings.has(headingKey(line));
/** "Tags:", "Từ khóa" alone on a line. */
const isTagsHeading = (line: string) => tagsHeadings.has(headingKey(line));

/**
 * A link title under a related-articles heading: a headline's length at most (bulleted, with its day after it: "- Hội
 * nghị tổng kết năm 2019, triển khai nhiệm vụ … năm 2020 (10/03/2019)"), and not a sentence, a label or a page stamp.
 */
const isLinkTitle = (text: string) =>
  text.length <= LINK_TITLE_CHARS && !/[.:;,]$/u.test(text) && !TIMESTAMP_LINE.test(text) && (text.length <= SHORT_LINE || !CLOSES_PROSE.test(text));
/**
 * A paragraph's close: past a short line's length, a line closing on its quote or its exclamation is the article's
 * paragraph after the box, no link title ("… nhấn mạnh: “Năm 2020, huyện phải …”"; round 19 review).
 */
const CLOSES_PROSE = /[!?…"”»]$/u;
/** The title rule's bound on a headline, in characters. */
const LINK_TITLE_CHARS = 180;
/** A tag under a tags heading: a few words, a comma at most after them. */
const isTagItem = (text: string) => text.split(' ').length <= 6 && !/[.:;!?]$/u.test(text) && !TIMESTAMP_LINE.test(text);

/** A line of the article's prose: longer than chrome, or a sentence. */
const isProse = (text: string) => text.length > SHORT_LINE || /[.!?…"”]$/u.test(text);

/**
 * The lists under a related-articles or a tags heading that stands alone after the article's first sentence: the
 * lines after it while they are link titles (or tags) take the heading's verdict. Above the article a box of newest
 * articles runs into the headline (and a standfirst without a full stop), which read as link titles too: there only
 * the heading goes.
 */
function markHeadedLists(lines: CleanedLine[]): void {
  let prose = false;
  for (let i = 0; i < lines.length; i++) {
    const { verdict, text } = lines[i];
    if (verdict === 'keep' && isProse(text)) prose = true;
    const item = !prose ? null : verdict === 'related' ? isLinkTitle : verdict === 'tags' && isTagsHeading(text) ? isTagItem : null;
    if (!item) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.verdict !== 'keep' || !l.text) continue;
      if (!item(l.text)) break;
      l.verdict = verdict;
      i = j;
    }
  }
}

/** After a page timestamp line, a run of short lines (section, tags, outlet) is the page footer. */
export function markFooter(lines: CleanedLine[]): void {
  const kept = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.verdict === 'keep' && l.text);
  for (let k = kept.length - 1; k >= 0; k--) {
    if (!TIMESTAMP_LINE.test(kept[k].l.text)) continue;
    const after = kept.slice(k + 1);
    if (after.length <= 4 && after.every(({ l }) => l.text.split(/\s+/).length <= 6 && !/[.!?]$/.test(l.text))) {
      for (const { l } of after) l.verdict = 'footer';
    }
    break;
  }
}

/** "Hà Nội, 12/3/2020", "Thứ Hai, 12/03/2020 10:30 (GMT+7)": a place or weekday, then a full date (and time) ending
 *  the line. */
const DATELINE =
  /^(?:[\p{L} ]{2,30},\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ ,|-]+\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}\)?)?$/u;

/** A page timestamp, a dateline, a known chrome line or heading, a breadcrumb, a scraper's placeholder ("[img]") or
 *  the article's tags ("Từ khóa: …", as long as they run; not a wrapped sentence's "từ khóa: …") is a line of its own,
 *  never part of a wrapped paragraph. */
const standsAlone = (line: string) =>
  (!/^\p{Ll}/u.test(line) && isTagsLine(line)) ||
  // a heading's underline ("=====") and a page's stamp with its labels ("Ngày đăng 12/12/2023 | 09:28 | View count:
  // 2498", "23:48 - 01/01/2018"): a wrapped headline never runs on into them (round 19, the audits hard-wrapped)
  RULE_LINE.test(line) ||
  // a page's stamp never opens in lower case: "lúc 8:00 ngày 12/12/2019." ends a wrapped sentence (round 19 review)
  (!/^\p{Ll}/u.test(line) && isTimestampLine(line)) ||
  (line.length <= 60 &&
    (/^\[[^\]\s]+\]$/u.test(line) ||
      TIMESTAMP_LINE.test(line) ||
      DATELINE.test(line) ||
      isChromeLine(line) ||
      isRelatedHeading(line) ||
      isTagsHeading(line) ||
      SITE_CHROME_LINES.some((re) => re.test(line)) ||
      COUNTER_LINE.test(line) ||
      isBreadcrumb(line)));

/** A line of one mark repeated: a heading's underline or a rule ("=====", "-----", "*****"). */
const RULE_LINE = /^([=\-_*~#])\1{2,}$/u;

/** A hard-wrapped paragraph's lines on one line (wrap.ts); other lines as they are. */
function unwrapLines(rawLines: string[], lines: string[]): string[] {
  const joins = wrappedJoins({ text: lines, raw: rawLines }, standsAlone);
  if (!joins.includes(true)) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && joins[i - 1]) out[out.length - 1] += ` ${lines[i]}`;
    else out.push(lines[i]);
  }
  return out;
}

/** The cleaned text: kept lines (a hard-wrapped paragraph's on one), single blank lines between paragraphs, nothing
 *  at either end. */
export function cleanText(raw: string): string {
  return cleanTextPage(raw).text;
}

/**
 * The cleaned text, and the outlet the page's footer names ("28/05/13 12:29 GMT+7", "Nhà đất", "<tags>", "Lao
 * Động"): ANNOTATION.md's "source line in the page chrome", the byline when no person signs. The footer is not part
 * of the text, so it is stated about the page, as a page's meta tags are, below every byline the text holds.
 */
export function cleanTextPage(raw: string): { text: string; outlet: string | null } {
  const rawLines = splitLines(raw);
  const lines = classifyTidyLines(unwrapLines(rawLines, rawLines.map(tidyLine)));
  const kept: string[] = [];
  for (const l of lines) {
    if (l.verdict !== 'keep') continue;
    if (!l.text && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(l.text);
  }
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return { text: kept.join('\n'), outlet: footerOutlet(lines) };
}

/** An outlet's name: a few words, each capitalised ("Lao Động", "Hà Nội Mới", "GiadinhNet"), or an acronym ("QĐND"). */
const OUTLET_NAME = /^(?:[\p{Lu}\d][\p{L}\p{M}\d&.-]*)(?: [\p{Lu}\d][\p{L}\p{M}\d&.-]*){0,3}$/u;
const provinceNames = new Set([...Object.values(PROVINCES_BEFORE_2025), ...Object.keys(PROVINCE_ALIASES)].map(lineKey));

/** Where a footer's outlet is said to come from, as a page's statement about itself. */
export const FOOTER_OUTLET_SOURCE = 'chrome:footer-outlet';

/**
 * The last line of the footer, when it names an outlet rather than the page's section or a place, and is the only
 * line of the footer that could: a footer listing its tags one to a line ("Thời sự", "COVID-19", "EVN") names no
 * outlet it can be told from them.
 */
export function footerOutlet(lines: readonly CleanedLine[]): string | null {
  const named = lines.filter((l) => l.verdict === 'footer' && couldBeOutlet(l.text));
  const last = lines.findLast((l) => l.verdict === 'footer');
  return named.length === 1 && named[0] === last ? last.text : null;
}

const couldBeOutlet = (text: string) => {
  const key = lineKey(text);
  return OUTLET_NAME.test(text) && !sectionWords.has(key) && !provinceNames.has(key);
};
