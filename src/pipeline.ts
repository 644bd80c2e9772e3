// One article, start to finish: decode → clean → normalise → extract → refine → record.
import { clean, type InputFormat } from './clean/index.js';
import { findAwards } from './extract/awards/index.js';
import { findDates } from './extract/dates/index.js';
import { findLocality } from './extract/locality/index.js';
import { findAuthor } from './extract/meta/author.js';
import { findTitle, isCaptionLine } from './extract/meta/title.js';
import { findPersonMentions } from './extract/officials/index.js';
import { periodCandidates } from './extract/period/index.js';
import { findPercentages } from './extract/percentages/index.js';
import { decode, DecodeError } from './read/decode.js';
import { failedRecord, type ArticleRecord } from './record.js';
import { resolveAwards } from './refine/awards.js';
import { localityRecord, localityWarnings } from './refine/locality.js';
import { mergeOfficials } from './refine/officials.js';
import { resolvePercentages } from './refine/percentages.js';
import { isoDate, resolveDate } from './refine/years.js';
import { buildDoc, evidence, type Doc } from './text/document.js';

export interface ArticleInput {
  /** The path as given, or "-" for stdin. */
  file: string;
  bytes?: Uint8Array;
  text?: string;
  format?: InputFormat;
}

export interface ArticleResult {
  record: ArticleRecord;
  /** The cleaned text that spans point into; null when the article could not be read. */
  cleaned: string | null;
  /** The article body alone (for a page, without its headline line); null when the article could not be read. */
  body: string | null;
}

/** The extraction proper, on text that is already decoded and cleaned. */
export function extractFromDoc(doc: Doc, file: string): ArticleRecord {
  const sources: NonNullable<ArticleRecord['sources']> = {};

  const title = findTitle(doc);
  if (title) sources.title = evidence(doc, title.start, title.end, title.rule);
  const titleLine = title?.line ?? null;

  const author = findAuthor(doc, titleLine);
  if (author) sources.author = evidence(doc, author.start, author.end, author.rule);

  const dates = findDates(doc);
  const published = dates.published;
  if (published) sources.published = evidence(doc, published.start, published.end, published.rule);
  const hinted = doc.hints.published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.hints.published) : null;
  const publishedIso = published?.year
    ? isoDate(published.year, published.month, published.day)
    : hinted
      ? `${hinted[1]}-${hinted[2]}-${hinted[3]}`
      : null;
  const publishedForYears =
    published ?? (hinted ? { role: 'published' as const, day: +hinted[3], month: +hinted[2], year: +hinted[1], start: 0, end: 0, rule: 'published-meta', weight: 0 } : null);
  const event = resolveDate(doc, dates.events[0] ?? null, publishedForYears);
  if (event) sources.date = { ...evidence(doc, event.mention.start, event.mention.end, event.mention.rule), ...(event.implied.length ? { implied: event.implied } : {}) };

  const periodMention = periodCandidates(doc, publishedForYears?.year ?? null)[0] ?? null;
  const period = periodMention
    ? { from: periodMention.from, to: periodMention.to, ...evidence(doc, periodMention.start, periodMention.end, periodMention.rule) }
    : null;

  const found = findLocality(doc, titleLine);
  const locality = found.primary ? localityRecord(doc, found.primary) : null;
  const localities = found.others.map((r) => localityRecord(doc, r));
  const warnings = found.primary ? localityWarnings(found.primary, event?.iso ?? publishedIso) : [];

  const officials = mergeOfficials(doc, findPersonMentions(doc), author ? [author.value] : []);

  // the year the article reports on: a one-year period's, else the page's, else the event's
  const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : null);
  const periodYear = period && yearOf(period.from) === yearOf(period.to) ? yearOf(period.from) : null;
  const reference = periodYear ?? yearOf(publishedIso) ?? yearOf(event?.iso);
  const percentages = resolvePercentages(doc, findPercentages(doc), reference);

  const awards = resolveAwards(doc, findAwards(doc), (line) => isCaptionLine(doc, line, titleLine));

  return {
    file,
    ok: true,
    ...(warnings.length ? { warnings } : {}),
    title: doc.hints.title ?? title?.value ?? null,
    date: event?.iso ?? null,
    published: publishedIso,
    period,
    locality,
    ...(localities.length ? { localities } : {}),
    author: author?.value ?? doc.hints.author ?? null,
    officials,
    percentages,
    awards,
    sources,
  };
}

/** One article from bytes or text to its record. Never throws for bad input: the record says what went wrong. */
export function processArticle(input: ArticleInput): ArticleResult {
  let raw: string;
  let encoding: string | undefined;
  try {
    if (input.text !== undefined) raw = input.text.normalize('NFC');
    else {
      const decoded = decode(input.bytes ?? new Uint8Array());
      raw = decoded.text;
      encoding = decoded.encoding;
    }
  } catch (e) {
    const msg = e instanceof DecodeError ? e.message : `could not decode: ${(e as Error).message}`;
    return { record: failedRecord(input.file, msg), cleaned: null, body: null };
  }
  if (!raw.trim()) return { record: failedRecord(input.file, 'empty file', encoding ? { encoding } : {}), cleaned: null, body: null };
  const cleaned = clean(raw, input.format ?? 'auto');
  const doc = buildDoc(cleaned.text, cleaned.hints);
  const record = extractFromDoc(doc, input.file);
  if (encoding) record.encoding = encoding;
  if (cleaned.warnings.length) record.warnings = [...(record.warnings ?? []), ...cleaned.warnings];
  return { record: orderRecord(record), cleaned: doc.norm.source, body: cleaned.body };
}

/** Contract fields first, in contract order, then the additions. */
function orderRecord(r: ArticleRecord): ArticleRecord {
  const { file, ok, error, encoding, warnings, title, date, published, period, locality, localities, author, officials, percentages, awards, sources } =
    r;
  return {
    file,
    ok,
    ...(error !== undefined ? { error } : {}),
    title,
    date,
    published,
    period,
    locality,
    author,
    officials,
    percentages,
    awards,
    ...(localities?.length ? { localities } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(warnings?.length ? { warnings } : {}),
    ...(sources ? { sources } : {}),
  };
}
