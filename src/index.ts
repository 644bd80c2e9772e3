// The library API, for people who import rather than shell out.
export { processArticle, extractFromDoc, type ArticleInput, type ArticleResult } from './pipeline.js';
export { clean, looksLikeHtml, type Cleaned, type InputFormat } from './clean/index.js';
export { decode, type Decoded } from './read/decode.js';
export { buildDoc, type Doc } from './engine/document.js';
export { normalizeText, matchForm, canonicalTones } from './text/normalize.js';
export { compareRecord, expectedOf, type Difference } from './check.js';
export { recordSchema } from './emit/schema.js';
export { FIELDS } from './extract/fields.js';
export { CONTRACTS, CONTRACT_FIELDS, failedRecord } from './extract/contracts.js';
export * from './record.js';

import { processArticle } from './pipeline.js';
import type { ArticleRecord } from './record.js';

/** Extract the record of one article given as text (plain or HTML). */
export function extract(text: string, file = '-'): ArticleRecord {
  return processArticle({ file, text }).record;
}
