// The fields of the record with their rules, in contract order: the pipeline's extraction and record steps run down
// this list. A new field is one folder (contract.ts, its rules in index.ts, corpus.ts) and one line here and in
// contracts.ts, which must list the same fields in the same order (checked when this module loads).
import { CONTRACTS } from './contracts.js';
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

if (FIELDS.map((f) => f.name).join() !== CONTRACTS.map((c) => c.name).join())
  throw new Error(`src/extract/fields.ts lists ${FIELDS.map((f) => f.name).join(', ')} but contracts.ts ${CONTRACTS.map((c) => c.name).join(', ')}`);
