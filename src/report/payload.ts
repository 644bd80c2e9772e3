// What the report file carries as JSON for its page script: shared by the Node side that writes it
// (src/report/*.ts) and the browser side that reads it (src/report/client/app.ts). Types only.

/** One finding the text shows: its field, its index in that field's list (0 for a single value), span and rule. */
export interface FindingView {
  field: string;
  index: number;
  start: number;
  end: number;
  rule: string;
  /** The readable value, as the record card shows it. */
  line: string;
  /** Parts of the value that were inferred rather than read (e.g. 'year'). */
  implied?: string[];
}

/**
 * A highlight in the text as a properly nested tree: [start, end, finding, continued, children]. A finding whose span
 * crosses another's is cut where the other ends; its first piece is its `mark`, the later ones (continued = 1) are
 * plain spans in the same colour, so every finding has exactly one `mark` element.
 */
export type Piece = [start: number, end: number, finding: number, continued: 0 | 1, children: Piece[]];

export interface CardLine {
  line: string;
  /** Index into the article's findings when the value is highlighted in the text. */
  finding?: number;
}

export interface CardRow {
  field: string;
  lines: CardLine[];
}

export interface ArticlePayload {
  /** The cleaned text that spans point into; null when the article could not be read. */
  text: string | null;
  findings: FindingView[];
  pieces: Piece[];
  card: CardRow[];
  /** What the report itself noticed (spans that do not match the text, no text to show). */
  notes: string[];
}

export interface ArticleSummary {
  file: string;
  title: string | null;
  ok: boolean;
  error?: string;
  warnings: string[];
  /** Findings per field, in the order of IndexPayload.fields. */
  counts: number[];
  /** The record's locality, as a unit name. */
  unit: string | null;
  /** The event date, else the publication date. */
  date: string | null;
  /** Names to search besides the title: author, officials, localities. */
  names: string[];
  /** Report notes (as in ArticlePayload.notes): an article with some is listed as having warnings. */
  notes: number;
}

export interface FieldStyle {
  field: string;
  label: string;
}

/** A link to an article: its number in the report. */
export type ArticleRef = number;

export interface AwardRow {
  unit: string | null;
  year: number | null;
  statements: number;
  /** Summed over the statements that state a count; null when none does. */
  collectives: number | null;
  individuals: number | null;
  /** Award kinds with how often each was given, most frequent first. */
  kinds: [string, number][];
  articles: ArticleRef[];
}

export interface OfficialRow {
  unit: string | null;
  name: string;
  ranks: string[];
  positions: string[];
  articles: ArticleRef[];
}

export interface PercentageFigure {
  value: string;
  article: ArticleRef;
}

export interface PercentageRow {
  unit: string | null;
  year: number | null;
  target: string;
  planned: PercentageFigure[];
  achieved: PercentageFigure[];
}

export interface IndexPayload {
  title: string;
  generated: string;
  version: string;
  fields: FieldStyle[];
  /** Article n's data is item n % articlesPerBlock of block b<n / articlesPerBlock>, gzipped JSON in base64. */
  articlesPerBlock: number;
  articles: ArticleSummary[];
  awards: AwardRow[];
  officials: OfficialRow[];
  percentages: PercentageRow[];
}
