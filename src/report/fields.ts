// How the report shows each record field: its label, its highlight colour, where its findings are in a record and
// the one line that describes a finding (on the record card and in the tooltip of its highlight). One table keyed
// by field, in the order the card lists them, so that it can later be derived from the extractor's field registry.
import type { ArticleRecord, Award, Evidence, Locality, Official, Percentage, Span } from '../record.js';

export const REPORT_FIELDS = ['title', 'author', 'date', 'published', 'period', 'locality', 'localities', 'officials', 'percentages', 'awards'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Where a value came from: a finding's evidence, or a scalar field's source (which may have no span). */
export interface EntrySource {
  rule: string;
  text?: string;
  span?: Span;
  implied?: string[];
}

/** One value of a field: its readable line and where it came from. */
export interface FieldEntry {
  line: string;
  evidence: EntrySource | null;
}

interface FieldPresentation {
  label: string;
  /** Highlight background; `edge` underlines it, darker, so that nested highlights stay apart. */
  colour: string;
  edge: string;
  entries(r: ArticleRecord): FieldEntry[];
}

function scalar(value: string | null, source: EntrySource | undefined, line: (v: string) => string = (v) => v): FieldEntry[] {
  if (value === null) return [];
  return [{ line: line(value), evidence: source ?? null }];
}

export function unitName(l: Pick<Locality, 'type' | 'name'>): string {
  return `${l.type} ${l.name}`;
}

function localityLine(l: Locality): string {
  const where = [l.province && l.province !== l.name ? l.province : null, l.code ? `code ${l.code}` : null].filter(Boolean);
  return `${unitName(l)}${where.length ? ` (${where.join(', ')})` : ''}`;
}

function officialLine(o: Official): string {
  return `${o.rank ? `${o.rank} ` : ''}${o.name}${o.positions.length ? ` — ${o.positions.join('; ')}` : ''}`;
}

export function percentValue(p: Pick<Percentage, 'value' | 'max'>): string {
  return `${p.value}${p.max !== undefined ? `–${p.max}` : ''}%`;
}

function percentageLine(p: Percentage): string {
  return `${percentValue(p)} ${p.status}${p.year ? ` ${p.year}` : ''}: ${p.target}${p.subject ? ` (${p.subject})` : ''}`;
}

function awardLine(a: Award): string {
  const counts = [a.collectives !== null ? `${a.collectives} tập thể` : '', a.individuals !== null ? `${a.individuals} cá nhân` : ''].filter(Boolean);
  return `${a.award}${a.by ? ` by ${a.by}` : ''}${counts.length ? ` → ${counts.join(', ')}` : ''}`;
}

const listed = <T extends Evidence>(items: T[] | undefined, line: (x: T) => string): FieldEntry[] =>
  (items ?? []).map((x) => ({ line: line(x), evidence: x }));

export const FIELD_PRESENTATION: Record<ReportField, FieldPresentation> = {
  title: { label: 'Title', colour: '#e9d5ff', edge: '#7e22ce', entries: (r) => scalar(r.title, r.sources?.title) },
  author: { label: 'Author', colour: '#fbcfe8', edge: '#be185d', entries: (r) => scalar(r.author, r.sources?.author) },
  date: {
    label: 'Event date',
    colour: '#fed7aa',
    edge: '#c2410c',
    entries: (r) => scalar(r.date, r.sources?.date, (v) => (r.sources?.date?.implied?.length ? `${v} (${r.sources.date.implied.join(', ')} inferred)` : v)),
  },
  published: { label: 'Published', colour: '#fef08a', edge: '#a16207', entries: (r) => scalar(r.published, r.sources?.published) },
  period: { label: 'Period', colour: '#bbf7d0', edge: '#15803d', entries: (r) => (r.period ? [{ line: `${r.period.from} → ${r.period.to}`, evidence: r.period }] : []) },
  locality: { label: 'Locality', colour: '#a5f3fc', edge: '#0e7490', entries: (r) => listed(r.locality ? [r.locality] : [], localityLine) },
  localities: { label: 'Other localities', colour: '#e0f2fe', edge: '#0369a1', entries: (r) => listed(r.localities, localityLine) },
  officials: { label: 'Officials', colour: '#bfdbfe', edge: '#1d4ed8', entries: (r) => listed(r.officials, officialLine) },
  percentages: { label: 'Percentages', colour: '#fecaca', edge: '#b91c1c', entries: (r) => listed(r.percentages, percentageLine) },
  awards: { label: 'Awards', colour: '#d9f99d', edge: '#4d7c0f', entries: (r) => listed(r.awards, awardLine) },
};
