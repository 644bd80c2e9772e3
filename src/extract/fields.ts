// The fields of the record, in contract order. Everything per field (the pipeline's extraction and record steps, the
// record type, `check`, the failed record, the readable view) is derived from this list: a new field is one folder
// and one line here.
import { author } from './author/index.js';
import { awards } from './awards/index.js';
import { date } from './date/index.js';
import { locality } from './locality/index.js';
import { officials } from './officials/index.js';
import { percentages } from './percentages/index.js';
import { period } from './period/index.js';
import { published } from './published/index.js';
import { title } from './title/index.js';

export const FIELDS = [title, date, published, period, locality, author, officials, percentages, awards] as const;

export type Field = (typeof FIELDS)[number];
export type FieldName = Field['name'];

/** The contract fields, in contract order: what `check` compares and `--update` writes. */
export const CONTRACT_FIELDS: readonly FieldName[] = FIELDS.map((f) => f.name);
