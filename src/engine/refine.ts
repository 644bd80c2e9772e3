// Refiners: after every rule has run, one ordered list of steps, each one concern (choose the page's date, imply
// a year, drop overlaps, merge an official's mentions, choose the locality …), all with one signature. A refiner
// reads and replaces findings by field, and may record a fact a later one needs (the publication date).
import type { Doc } from './document.js';
import type { Finding } from './finding.js';
import type { Units } from './units.js';

export interface Facts {
  /** The publication date chosen, if any. */
  published: { year: number; month: number; day: number } | null;
  /** The year the article reports on: a one-year period's, else the publication's, else the event's. */
  year: number | null;
  /** The article's date: the event's, else the publication's (ISO). */
  date: string | null;
  /** Lines that are photo captions. */
  captionLines: Set<number>;
  /** The headline's line, when the title is a line of the text. */
  titleLine: number | null;
}

export interface RefineContext {
  doc: Doc;
  units: Units;
  facts: Facts;
  get<V = unknown>(field: string): Finding<V>[];
  set(field: string, findings: Finding[]): void;
}

export interface Refiner {
  name: string;
  /** The fields it reads or changes, for the reader of the list. */
  fields: readonly string[];
  refine(ctx: RefineContext): void;
}
