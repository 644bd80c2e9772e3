// One article, start to finish: decode → clean → normalise and scan → lex the dimensions → find every field's
// candidates → refine → record. Every step per field comes from the list of fields.
import type { PageStatements } from './clean/html.js';
import { lexArticle } from './dimensions/index.js';
import { buildDoc, evidence, type Doc } from './engine/document.js';
import type { FieldContext } from './engine/field.js';
import { metaFinding, type Finding } from './engine/finding.js';
import type { Facts, RefineContext } from './engine/refine.js';
import { findAll } from './engine/rule.js';
import { failedRecord } from './extract/contracts.js';
import { FIELDS } from './extract/fields.js';
import { prepareArticle, type ArticleInput } from './prepare.js';
import type { ArticleRecord, Evidence, Source } from './record.js';
import { REFINERS } from './refine/index.js';

export type { ArticleInput } from './prepare.js';

export interface ArticleResult {
  record: ArticleRecord;
  /** The cleaned text that spans point into; null when the article could not be read. */
  cleaned: string | null;
  /** The article body alone (for a page, without its headline line); null when the article could not be read. */
  body: string | null;
}

/** A page's own statements as findings of their fields, named by the key they came from. */
function statedFindings(stated: PageStatements): Finding[] {
  const out: Finding[] = [];
  if (stated.title) out.push(metaFinding('title', stated.title.value, stated.title.source));
  if (stated.author) out.push(metaFinding('author', stated.author.value, stated.author.source));
  const iso = stated.published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(stated.published.value) : null;
  if (iso) out.push(metaFinding('published', { year: +iso[1], month: +iso[2], day: +iso[3] }, stated.published!.source));
  return out;
}

function evidenceOf(doc: Doc, f: Finding): Evidence {
  const o = f.origin;
  if (o.kind === 'text' || (o.start !== undefined && o.end !== undefined)) return evidence(doc, o.start!, o.end!, o.rule);
  return { text: '', span: [0, 0], rule: o.rule };
}

function sourceOf(doc: Doc, f: Finding): Source {
  const o = f.origin;
  const implied = f.implied.length ? { implied: f.implied } : {};
  if (o.kind === 'meta' && o.start === undefined) return { rule: o.rule, ...implied };
  return { ...evidenceOf(doc, f), ...implied };
}

/** The extraction proper, on text that is already decoded and cleaned. */
export function extractFromDoc(doc: Doc, file: string, stated: PageStatements = {}): ArticleRecord {
  const units = lexArticle(doc);
  const findings = new Map<string, Finding[]>();
  for (const field of FIELDS) findings.set(field.name, findAll(field.name, field.rules, { doc, units }));
  for (const f of statedFindings(stated)) findings.get(f.field)!.push(f);

  const facts: Facts = { published: null, year: null, date: null, captionLines: new Set(), titleLine: null };
  const refining: RefineContext = { doc, units, facts, get: <V>(field: string) => (findings.get(field) ?? []) as Finding<V>[], set: (field, list) => void findings.set(field, list) };
  for (const r of REFINERS) r.refine(refining);

  const ctx: FieldContext = { doc, units, facts, findings: (field) => findings.get(field) ?? [], evidence: (f) => evidenceOf(doc, f), source: (f) => sourceOf(doc, f) };
  const values: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  const sources: Record<string, Source> = {};
  const warnings: string[] = [];
  for (const field of FIELDS) {
    const out = field.record(ctx);
    values[field.name] = out.value;
    if (out.source) sources[field.name] = out.source;
    if (out.extra) Object.assign(extras, out.extra);
    if (out.warnings?.length) warnings.push(...out.warnings);
  }
  return {
    file,
    ok: true,
    ...values,
    ...extras,
    ...(warnings.length ? { warnings } : {}),
    sources,
  } as ArticleRecord;
}

/** One article from bytes or text to its record. Never throws for bad input: the record says what went wrong. */
export function processArticle(input: ArticleInput): ArticleResult {
  const prepared = prepareArticle(input);
  if (!prepared.ok) return { record: failedRecord(input.file, prepared.error, prepared.encoding ? { encoding: prepared.encoding } : {}), cleaned: null, body: null };
  const { cleaned, encoding } = prepared;
  const doc = buildDoc(cleaned.text, cleaned.format, cleaned.headline);
  const record = extractFromDoc(doc, input.file, cleaned.stated);
  if (encoding) record.encoding = encoding;
  if (cleaned.warnings.length) record.warnings = [...(record.warnings ?? []), ...cleaned.warnings];
  return { record: orderRecord(record), cleaned: doc.norm.source, body: cleaned.body };
}

/** Contract fields first, in contract order, then the additions. */
function orderRecord(r: ArticleRecord): ArticleRecord {
  const { file, ok, error, encoding, warnings, sources, localities, ...rest } = r;
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS) fields[field.name] = rest[field.name];
  return {
    file,
    ok,
    ...(error !== undefined ? { error } : {}),
    ...fields,
    ...(localities?.length ? { localities } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(warnings?.length ? { warnings } : {}),
    ...(sources ? { sources } : {}),
  } as ArticleRecord;
}
