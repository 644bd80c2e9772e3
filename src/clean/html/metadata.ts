// What the page says about itself: title, author and publication date, from meta tags, JSON-LD, microdata,
// byline and date elements, and the visible Vietnamese forms near the headline.
import {
  BYLINE_HINTS,
  BYLINE_LABELS,
  DATE_HINTS,
  DATE_LABELS,
  META_FIELDS,
  SHORT_SITE_NAME,
  SHORT_SITE_NAME_WORDS,
  SITE_NAME_WORDS,
  TITLE_HINTS,
  TITLE_SEPARATORS,
} from '../html-markers.js';
import { SITE_NAME_LINES } from '../markers.js';
import { isBreadcrumb } from '../text.js';
import { key } from '../../text/normalize.js';
import { collapse, textAt, type Page } from './dom.js';
import { findVisibleDate, isoFromMachineDate } from './dates.js';
import { anyOf } from './hints.js';
import type { LdArticle } from './jsonld.js';
import { escapeRegExp } from '../../text/regexp.js';
import { DAY_OPENING } from '../../lexicon/time.js';

export interface Headline {
  text: string;
  /** The element the title came from, -1 when it came from meta tags or <title>. */
  index: number;
  /** Where it came from: "html:h1", "meta:og:title", "json-ld:headline", "html:title", "html:title-class". */
  source: string;
}

/** A value the page states about itself, and the key or element it came from ("meta:author", "html:time"). */
export interface Stated {
  value: string;
  source: string;
}

const bylineHints = anyOf(BYLINE_HINTS);
const titleHints = anyOf(TITLE_HINTS);
const dateHints = anyOf(DATE_HINTS);
const BYLINE_LABEL = new RegExp(`^(?:${BYLINE_LABELS.map(escapeRegExp).join('|')})\\s*:\\s*(.+)$`, 'iu');
const DATE_LABEL = new RegExp(`(?:${DATE_LABELS.map(escapeRegExp).join('|')})\\s*:?\\s*`, 'iu');
const siteNameWords = anyOf(SITE_NAME_WORDS);
const shortSiteNameWords = anyOf(SHORT_SITE_NAME_WORDS);
/** How far from the headline, in elements, a date or byline element still belongs to the article. */
const NEAR_HEADLINE = 400;
const SHORT_TEXT = 160;
/** How many descendants are searched for a detail (a name, a logo) of an element. */
const LOOKAHEAD = 40;
/** A page has one headline; past this many <h1> it is not a news page anyway. */
const MAX_HEADINGS = 20;

/** Meta tags by lower-cased name, property or itemprop; the first occurrence of each wins. */
export function readMetaTags(page: Page): Map<string, string> {
  const metas = new Map<string, string>();
  for (let i = 0; i < page.size; i++) {
    if (page.tag[i] !== 'meta') continue;
    const a = page.attribs[i];
    const name = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase().trim();
    const content = a.content?.trim();
    if (name && content && !metas.has(name)) metas.set(name, collapse(content));
  }
  return metas;
}

function firstMeta(metas: Map<string, string>, names: readonly string[]): string | null {
  return firstMetaNamed(metas, names)?.value ?? null;
}

function firstMetaNamed(metas: Map<string, string>, names: readonly string[]): Stated | null {
  for (const n of names) {
    const v = metas.get(n);
    if (v) return { value: v, source: `meta:${n}` };
  }
  return null;
}

// ---- title

function looksLikeSiteName(part: string, siteNames: string[]): boolean {
  const k = key(part);
  if (siteNames.some((s) => s && (k === s || k.includes(s) || s.includes(k))) || siteNameWords.test(k)) return true;
  return k.split(' ').length <= SHORT_SITE_NAME && shortSiteNameWords.test(k);
}

/** "Headline - Cổng thông tin điện tử tỉnh X", "Site | Headline": the headline without the site's name. */
export function withoutSiteName(title: string, siteNames: string[]): string {
  const parts = title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const names = siteNames.map(key);
  const last = parts[parts.length - 1];
  if (looksLikeSiteName(last, names) && key(last) !== key(parts.slice(0, -1).join(' '))) {
    return withoutSiteName(title.slice(0, title.lastIndexOf(last)).replace(/[\s|\-–—:»·•]+$/u, ''), siteNames);
  }
  if (looksLikeSiteName(parts[0], names)) return title.slice(title.indexOf(parts[0]) + parts[0].length).replace(/^[\s|\-–—:»·•]+/u, '').trim();
  const piped = title.lastIndexOf('|');
  if (piped > 0 && last.split(/\s+/).length <= 5) return title.slice(0, piped).trim();
  return title.trim();
}

function similar(a: string, b: string | null): boolean {
  if (!b) return false;
  const x = key(a);
  const y = key(b);
  return x.length >= 8 && y.length >= 8 && (x.includes(y) || y.includes(x));
}

function isLogo(page: Page, i: number): boolean {
  if (/logo|brand|site-?name|site-?title/.test(page.hint[i])) return true;
  for (let k = i + 1; k < Math.min(page.end[i], i + 1 + LOOKAHEAD); k++) {
    if (page.tag[k] === 'a' && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(page.attribs[k].href ?? '')) return true;
    if (/logo/.test(page.hint[k])) return true;
  }
  return false;
}

/** "Tin tức - Sự kiện": a section heading where the title should be. */
function isSectionName(text: string): boolean {
  return text.split(/\s+/).length <= 8 && isBreadcrumb(text);
}

/** "Cổng thông tin điện tử", "Trang TTĐT huyện X", "Báo Tin Tức": a site's name, not an article's headline. */
const isSiteNameTitle = (title: string) => SITE_NAME_LINES.some((re) => re.test(title.trim()));

/** The site's name as its logo or brand elements print it ("<div class="logo">Báo Tin Tức</div>", or the alt text
 *  of the logo's image). */
function logoTexts(page: Page): string[] {
  const out: string[] = [];
  for (let i = 0; i < page.size && out.length < MAX_HEADINGS; i++) {
    if (!/logo|brand|site-?name|site-?title/.test(page.hint[i]) || page.end[i] - i > LOOKAHEAD) continue;
    for (let k = i; k < page.end[i]; k++) {
      const text = k === i ? textAt(page, i) : page.tag[k] === 'img' ? collapse(page.attribs[k].alt ?? '') : '';
      if (text.length >= 2 && text.length <= SHORT_TEXT) out.push(text);
    }
    i = page.end[i] - 1;
  }
  return out;
}

function headingCandidates(page: Page): Headline[] {
  const out: Headline[] = [];
  for (let i = 0; i < page.size && out.length < MAX_HEADINGS; i++) {
    if (page.tag[i] !== 'h1' || isLogo(page, i)) continue;
    const text = textAt(page, i);
    if (text.length >= 3 && text.length <= 400 && !isSectionName(text)) out.push({ text, index: i, source: 'html:h1' });
  }
  return out;
}

/** An element classed as the article's title ("title-detail", "tieude"), outside furniture, that reads as one. */
function titledElement(page: Page, skip: (i: number) => boolean): Headline | null {
  for (let i = 0; i < page.size; i++) {
    if (skip(i)) {
      i = page.end[i] - 1;
      continue;
    }
    if (!titleHints.test(page.hint[i]) || page.end[i] - i > LOOKAHEAD) continue;
    const text = textAt(page, i);
    if (text.length >= 10 && text.length <= 300 && text.split(' ').length >= 3 && !isSectionName(text)) return { text, index: i, source: 'html:title-class' };
  }
  return null;
}

/**
 * With no <h1>, no title in the metadata and no element classed as one: the heading nearest above the article's first
 * paragraph (an <h2> or <h3>), or a first block that is only a short line in bold with no stop ("<p><strong>Tuổi trẻ
 * Trà Vinh báo công dâng Bác</strong></p>"), as fragments and some portals mark their headlines (round 20, the markup
 * variant of bench/studies/round20-words.mjs: 10 of 18 such pages had none).
 */
function headingAboveBody(page: Page, skip: (i: number) => boolean): Headline | null {
  let heading: Headline | null = null;
  let blocks = 0;
  for (let i = 0; i < page.size; i++) {
    if (skip(i)) {
      i = page.end[i] - 1;
      continue;
    }
    const tag = page.tag[i];
    if (tag === 'h2' || tag === 'h3') {
      const text = textAt(page, i);
      if (text.length >= 10 && text.length <= 300 && !isSectionName(text)) heading = { text, index: i, source: `html:${tag}` };
      i = page.end[i] - 1;
      continue;
    }
    if (tag !== 'p' && tag !== 'div') continue;
    const text = textAt(page, i);
    if (!text) continue;
    if (text.length >= BODY_PARAGRAPH) return heading;
    // the first block, all of it in bold, a line with no stop
    if (blocks++ === 0 && !heading && text.length >= 10 && !/[.!?:;]$/u.test(text) && boldThroughout(page, i, text)) heading = { text, index: i, source: 'html:bold-line' };
  }
  return heading;
}

/** A paragraph this long begins the article's body. */
const BODY_PARAGRAPH = 80;

/** Is all of element i's text inside one <strong> or <b> child? */
function boldThroughout(page: Page, i: number, text: string): boolean {
  for (let k = i + 1; k < Math.min(page.end[i], i + LOOKAHEAD); k++) if ((page.tag[k] === 'strong' || page.tag[k] === 'b') && textAt(page, k) === text) return true;
  return false;
}

/** A title that is only the name of a section ("Tin tức - Sự kiện") is no title for an article. */
function asTitle(text: string | null): string | null {
  return text && !isSectionName(text) ? text : null;
}

/**
 * The headline: an <h1> that the meta or <title> confirms, a sole <h1>, og:title without the site name,
 * <title> without the site name, an element classed as a title, any <h1>.
 */
export function findHeadline(page: Page, metas: Map<string, string>, ld: LdArticle | null, skip: (i: number) => boolean): Headline | null {
  const siteNames = [firstMeta(metas, META_FIELDS.siteName) ?? ''];
  const metaNamed = firstMetaNamed(metas, META_FIELDS.title);
  const metaTitle = metaNamed?.value ?? ld?.headline ?? null;
  const metaSource = metaNamed?.source ?? 'json-ld:headline';
  const titleIndex = page.tag.indexOf('title');
  const docTitle = titleIndex >= 0 ? textAt(page, titleIndex) || null : null;
  const h1s = headingCandidates(page);
  const matching = h1s.find((h) => similar(h.text, metaTitle) || similar(h.text, docTitle));
  if (matching) return matching;
  if (h1s.length === 1) return h1s[0];
  // a <title> or og:title that is only the site's name (as its logo or og:site_name print it) names no article
  const names = new Set([...siteNames, ...logoTexts(page)].filter(Boolean).map(key));
  const articleTitle = (t: string | null) => {
    const title = asTitle(t && withoutSiteName(t, siteNames));
    return title && !names.has(key(title)) && !isSiteNameTitle(title) ? title : null;
  };
  const fromMeta = articleTitle(metaTitle);
  if (fromMeta) return { text: fromMeta, index: -1, source: metaSource };
  const fromDoc = articleTitle(docTitle);
  if (fromDoc) return { text: fromDoc, index: -1, source: 'html:title' };
  return titledElement(page, skip) ?? h1s[0] ?? headingAboveBody(page, skip);
}

// ---- author

/** Lower-case words that names and bylines hold: "and", "và", "van", "de". */
const NAME_PARTICLES = new Set(['and', 'và', 'de', 'da', 'van', 'von', 'der', 'del', 'la', 'le', 'bin', 'al', 'of']);
const NAME_LIKE = /^[\p{Lu}][\p{L}\p{M}.'’-]*(?:[\s,]+(?:(?:and|và|&)\s+)?[\p{Lu}][\p{L}\p{M}.'’-]*){0,7}$/u;

/** A byline as a name: labels, "By", dates and trailing outlet parts cut off. */
export function cleanAuthor(raw: string): string | null {
  let s = collapse(raw)
    .replace(/^(?:(?:written|posted|reported|words|story)\s+)?(?:by|bởi)\s*:?\s+/iu, '')
    .replace(/^(?:Tác\s+giả|Author|Người\s+viết|Phóng\s+viên)\s*:\s*/iu, '');
  s = s.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=\d)|\s*\n/u)[0];
  s = s.replace(/\s*[(\[][^()[\]]*[)\]]\s*$/u, '').replace(/[\s,.;:|]+$/u, '').trim();
  if (s.length < 2 || s.length > 80 || /https?:|www\.|@|\d{3,}/i.test(s)) return null;
  const words = s.split(/\s+/);
  if (!/\p{L}/u.test(s) || words.length > 10) return null;
  // "Dallas Robinson is a freelance writer": a sentence about the author, not a name
  if (words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w)).length > words.length / 3) return null;
  return s;
}

/** The itemprop="name" inside an itemprop="author", looked for among its first few descendants. */
function itempropName(page: Page, i: number): number {
  const stop = Math.min(page.end[i], i + 1 + LOOKAHEAD);
  for (let k = i + 1; k < stop; k++) if (page.attribs[k].itemprop === 'name') return k;
  return -1;
}

function bylineRank(page: Page, i: number): number {
  const a = page.attribs[i];
  if (a.itemprop === 'author' || a.rel === 'author') return 0;
  return bylineHints.test(page.hint[i]) && !/bio|avatar|image|photo|img/.test(page.hint[i]) ? 1 : -1;
}

/**
 * Bylines: itemprop="author" and rel="author" first, then elements classed as bylines. A byline box is read even
 * where pruning dropped it from the body ("author-info"), but nothing inside other furniture (comment forms).
 */
function authorFromElements(page: Page, from: number, skip: (i: number) => boolean): string | null {
  const found: { rank: number; name: string }[] = [];
  for (let i = Math.max(0, from); i < page.size && found.length < 8; i++) {
    const rank = bylineRank(page, i);
    if (rank < 0) {
      if (skip(i)) i = page.end[i] - 1;
      continue;
    }
    const a = page.attribs[i];
    const nameAt = a.itemprop === 'author' ? itempropName(page, i) : -1;
    const raw = nameAt >= 0 ? page.attribs[nameAt].content ?? textAt(page, nameAt) : a.content ?? textAt(page, i);
    const name = raw.length <= SHORT_TEXT ? cleanAuthor(raw) : null;
    if (!name) continue; // the name may stand alone further in: "By <span>Name</span> <time>…</time>"
    found.push({ rank, name });
    i = page.end[i] - 1;
  }
  found.sort((x, y) => x.rank - y.rank);
  return found[0]?.name ?? null;
}

/** "Tác giả: Quốc Vũ", "Bài và ảnh: Hằng Hà" among the article's lines; the last one wins, as bylines close. */
export function authorFromLabels(lines: string[]): string | null {
  for (let k = lines.length - 1; k >= 0; k--) {
    const m = BYLINE_LABEL.exec(lines[k]);
    if (!m) continue;
    const name = cleanAuthor(m[1]);
    if (name && NAME_LIKE.test(name)) return name;
  }
  return null;
}

function isSiteName(value: string, metas: Map<string, string>): boolean {
  const site = firstMeta(metas, META_FIELDS.siteName);
  return (site !== null && key(site) === key(value)) || looksLikeSiteName(value, []);
}

/** What the author and date finders read: the page, its meta tags and JSON-LD, the body's lines, the headline. */
export interface PageEvidence {
  page: Page;
  metas: Map<string, string>;
  ld: LdArticle | null;
  lines: string[];
  headline: Headline | null;
  /** Whether an element is furniture (menus, sidebars) to pass over. */
  skip: (i: number) => boolean;
}

/**
 * The page's byline: a person's first (article:author, JSON-LD, a byline element), then the meta tags that news
 * sites fill with their own name ("author", "dc.creator"), and only when they do not name the site.
 */
export function findAuthor({ page, metas, ld, lines, headline, skip }: PageEvidence): Stated | null {
  const articleAuthor = metas.get('article:author');
  const cleaned = articleAuthor ? cleanAuthor(articleAuthor) : null;
  if (cleaned && !isSiteName(cleaned, metas)) return { value: cleaned, source: 'meta:article:author' };
  const fromLd = ld?.author ? cleanAuthor(ld.author) : null;
  if (fromLd && !isSiteName(fromLd, metas)) return { value: fromLd, source: 'json-ld:author' };
  const from = headline && headline.index >= 0 ? headline.index - NEAR_HEADLINE / 4 : 0;
  const element = authorFromElements(page, from, skip);
  if (element) return { value: element, source: 'html:byline' };
  for (const name of META_FIELDS.author) {
    const v = metas.get(name);
    const meta = v ? cleanAuthor(v) : null;
    if (meta && !isSiteName(meta, metas)) return { value: meta, source: `meta:${name}` };
  }
  const labelled = authorFromLabels(lines);
  return labelled ? { value: labelled, source: 'html:byline-label' } : null;
}

// ---- publication date

function machineDateOf(page: Page, i: number): string | null {
  const a = page.attribs[i];
  const raw = a.datetime ?? a.content ?? (page.tag[i] === 'time' ? textAt(page, i) : null);
  return raw ? isoFromMachineDate(raw) : null;
}

/** <time datetime> and itemprop="datePublished" on elements, the ones marked as the publication first. */
function dateFromMarkup(page: Page, near: number): string | null {
  let firstTime: string | null = null;
  let nearTime: string | null = null;
  for (let i = 0; i < page.size; i++) {
    const a = page.attribs[i];
    if (a.itemprop === 'datePublished' || (page.tag[i] === 'time' && a.pubdate !== undefined)) {
      const iso = machineDateOf(page, i);
      if (iso) return iso;
    }
    if (page.tag[i] !== 'time' || !a.datetime) continue;
    const iso = machineDateOf(page, i);
    if (!iso) continue;
    firstTime ??= iso;
    if (near >= 0 && !nearTime && i > near && i - near < NEAR_HEADLINE) nearTime = iso;
  }
  return nearTime ?? firstTime;
}

function shortTextAt(page: Page, i: number): string | null {
  if (page.end[i] - i > 12) return null;
  const text = textAt(page, i);
  return text.length >= 6 && text.length <= SHORT_TEXT ? text : null;
}

/** A sentence's closing stop at the end of a short text. */
const DATE_CLOSES_SENTENCE = /[.!?…]["”]?\s*$/u;
/** The words a written date itself holds ("ngày 24 tháng 01 năm 2020"), no sentence's words after it. */
const DATE_WORDS = /(?<![\p{L}])(?:ngày|tháng|năm|lúc|giờ|GMT|SA|CH|AM|PM)(?![\p{L}])/giu;

/** More words than a page's detail line puts after its date: a sentence's ("Thứ hai, 14/12/2022 - 16:17 Bình luận (0)."). */
const SENTENCE_WORDS_AFTER = 4;

/**
 * A lead that opens on its day goes on with its words right after the date ("(Baonghean.vn) - Ngày 27/10/2014 huyện
 * Quế Phong tổ chức …"); a stamp or a dateline puts a clock, a stop or a separator there, or a label or a place before
 * it ("Ngày 27/10/2014 10:30 - Tác giả …", "Ngày 27/10/2014. Tác giả: …", "Cập nhật ngày 27/10/2014 lúc 10:30 bởi …",
 * "Quế Phong, ngày 27/10/2014. Nguồn: …"; round 19 review).
 */
const DAY_LEAD = new RegExp(String.raw`${DAY_OPENING.source}(?:\s*[/.-]\s*\d{2,4}|\s+năm\s+\d{4})?(?:,\s*|\s+)(?!lúc\s*\d)\p{L}`, 'iu');

/** More words than a dateline or a page's detail line puts before its date ("Hải Phòng, ngày 24 tháng 01 năm 2020"). */
const DATELINE_WORDS = 8;

/**
 * Whether the date found at `index` of a short element's text is dated by a sentence of the article, not printed as a
 * dateline: more than DATELINE_WORDS words before it, none of them a page's detail separated by "|" or a bullet.
 * "Đoàn trường … tổ chức lễ tổng kết … vào thứ Bảy, ngày 13/10/2018." under the headline dates the event, not the page
 * (ANNOTATION.md: only a printed dateline, timestamp or meta is the publication date); "Tác giả: … | Thứ hai,
 * 14/12/2022 16:17" still dates the page. So does a sentence that opens on its day and goes on past it (round 19: the
 * audits' texts laid out as pages, bench/studies/round19-title.mjs --html, gave 7 leads' days as the page's date).
 */
function datedBySentence(text: string, index: number): boolean {
  const before = text.slice(0, index);
  if (/[|•·]/u.test(before)) return false;
  // "Ủy ban nhân dân huyện Đắk Hà, tỉnh Kon Tum, thứ Năm, ngày 15/10/2018": a dateline ends with its date, a sentence goes
  // on or closes with its stop
  const after = text.slice(index).replace(DATE_WORDS, '');
  if (!DATE_CLOSES_SENTENCE.test(text) && !/\p{L}/u.test(after)) return false;
  // "(Baonghean.vn) - Ngày 27/10/2014 huyện Quế Phong tổ chức Hội nghị tổng kết …." under the headline: a lead that opens
  // on its day dates the event, as the text rules read it
  if (DAY_LEAD.test(text) && DATE_CLOSES_SENTENCE.test(text) && !/[|•·]/u.test(after) && after.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > SENTENCE_WORDS_AFTER) return true;
  let words = 0;
  for (const w of before.split(/\s+/u)) if (/\p{L}/u.test(w) && ++words > DATELINE_WORDS) return true;
  return false;
}

/**
 * An inline element that is only a part of its block's text: a lead's opening in bold ("<p><strong>Chiều 3/1/2025,
 * Công</strong> ty … tổ chức …"), which the lead's day is, not the page's (round 20, the markup variant of
 * bench/studies/round20-words.mjs).
 */
function insideLongerText(page: Page, i: number): boolean {
  const parent = page.parent[i];
  return page.isInline[i] === 1 && parent >= 0 && page.ownText[parent] > SENTENCE_TEXT_BESIDE;
}

/** More characters of its block's own text beside an inline element than a page's detail line puts there (" | "). */
const SENTENCE_TEXT_BESIDE = 20;

/** Visible dates: first in date elements near the headline, then in any short line just after it. */
function visibleDateNear(page: Page, headline: number, skip: (i: number) => boolean): string | null {
  const from = headline >= 0 ? Math.max(0, headline - NEAR_HEADLINE / 4) : 0;
  const to = headline >= 0 ? Math.min(page.size, headline + NEAR_HEADLINE) : page.size;
  let plain: string | null = null;
  for (let i = from; i < to; i++) {
    if (skip(i)) {
      i = page.end[i] - 1;
      continue;
    }
    const hinted = dateHints.test(page.hint[i]);
    if (!hinted && (plain || headline < 0 || i < headline)) continue;
    const text = shortTextAt(page, i);
    if (!text || (!hinted && insideLongerText(page, i))) continue;
    const found = findVisibleDate(text);
    if (!found || (!hinted && datedBySentence(text, found.index))) continue;
    if (hinted) return found.iso;
    plain = found.iso;
  }
  return plain;
}

/** How far after its label a labelled date may start ("Cập nhật lúc 10:48 ngày 20/5/2017"). */
const LABELLED_DATE_GAP = 24;

/**
 * "Cập nhật lúc: 10/01/2020" in the article's lines: the label opening a short line or a part of one ("Tác giả: X |
 * Cập nhật: …"), the date right after it. A body sentence that says "cập nhật lại các quy hoạch" is no page stamp.
 */
function labelledDate(lines: string[]): string | null {
  for (const line of lines) {
    const m = DATE_LABEL.exec(line);
    if (!m) continue;
    const opensPart = /^[\s([]*$|[|•·–—-]\s*$/u.test(line.slice(0, m.index));
    if (!opensPart && line.length > SHORT_TEXT) continue;
    const found = findVisibleDate(line.slice(m.index + m[0].length));
    if (found && found.index <= LABELLED_DATE_GAP) return found.iso;
  }
  return null;
}

export function findPublished({ page, metas, ld, lines, headline, skip }: PageEvidence): Stated | null {
  for (const name of META_FIELDS.published) {
    const v = metas.get(name);
    const iso = v ? isoFromMachineDate(v) : null;
    if (iso) return { value: iso, source: `meta:${name}` };
  }
  const fromLd = ld?.published ? isoFromMachineDate(ld.published) : null;
  if (fromLd) return { value: fromLd, source: 'json-ld:datePublished' };
  const at = headline?.index ?? -1;
  const markup = dateFromMarkup(page, at);
  if (markup) return { value: markup, source: 'html:time' };
  const visible = visibleDateNear(page, at, skip);
  if (visible) return { value: visible, source: 'html:visible-date' };
  const labelled = labelledDate(lines);
  return labelled ? { value: labelled, source: 'html:date-label' } : null;
}
