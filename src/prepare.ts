// The steps before the extraction: decode (unless the text is given), refuse an empty article, clean. Shared by
// processArticle (src/pipeline.ts) and `vnreport clean`, which prints the cleaned text without loading the rules.
import { clean, type Cleaned, type InputFormat } from './clean/index.js';
import { decode, DecodeError } from './read/decode.js';
import { nfc } from './read/nfc.js';

export interface ArticleInput {
  /** The path as given, or "-" for stdin. */
  file: string;
  bytes?: Uint8Array;
  text?: string;
  format?: InputFormat;
}

/** The cleaned article, or why it could not be read; `encoding` is how the bytes were decoded. */
export type Prepared = { ok: true; cleaned: Cleaned; encoding?: string } | { ok: false; error: string; encoding?: string };

export function prepareArticle(input: ArticleInput): Prepared {
  let raw: string;
  let encoding: string | undefined;
  try {
    if (input.text !== undefined) raw = nfc(input.text);
    else {
      const decoded = decode(input.bytes ?? new Uint8Array());
      raw = decoded.text;
      encoding = decoded.encoding;
    }
  } catch (e) {
    return { ok: false, error: e instanceof DecodeError ? e.message : `could not decode: ${(e as Error).message}` };
  }
  const known = encoding ? { encoding } : {};
  if (!raw.trim()) return { ok: false, error: 'empty file', ...known };
  return { ok: true, cleaned: clean(raw, input.format ?? 'auto'), ...known };
}
