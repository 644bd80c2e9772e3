// Shared CLI plumbing: reading one input whole (for clean and check), and writing lines to standard output.
import { EXTRACTING, setFlags } from './heap-flags.js';
import type { InputFormat } from '../clean/index.js';
import type { ArticleResult } from '../pipeline.js';
import { failedRecord } from '../extract/contracts.js';
import { DEFAULT_MAX_BYTES } from '../read/limits.js';
import { readArticleBytes, ReadError, tooLarge } from '../read/file.js';
import { readStdin, type InputSource } from '../read/inputs.js';
import { standardOutput } from './stdout.js';

export function write(line: string): void {
  standardOutput().write(`${line}\n`);
}

/** The bytes of one input, or why they cannot be read. */
async function readInput(src: InputSource, maxBytes: number): Promise<{ bytes: Uint8Array } | { error: string }> {
  if (src.error !== undefined) return { error: src.error };
  try {
    return { bytes: src.stdin ? await readStdin(maxBytes) : readArticleBytes(src.file, maxBytes) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { size?: number };
    return { error: e instanceof ReadError ? e.message : err.code === 'ETOOBIG' ? tooLarge(err.size ?? 0, maxBytes) : `cannot read: ${err.message}` };
  }
}

/** One article, start to finish, keeping the cleaned text (what `clean` prints and `check` compares against). */
export async function runOne(src: InputSource, format: InputFormat, maxBytes = DEFAULT_MAX_BYTES): Promise<ArticleResult> {
  const read = await readInput(src, maxBytes);
  if ('error' in read) return { record: failedRecord(src.file, read.error), cleaned: null, body: null };
  setFlags(EXTRACTING);
  const { processArticle } = await import('../pipeline.js');
  try {
    return processArticle({ file: src.file, bytes: read.bytes, format });
  } catch (e) {
    // a bug of ours must not lose the other articles: the record carries it
    return { record: failedRecord(src.file, `internal error: ${(e as Error).message}`), cleaned: null, body: null };
  }
}

/**
 * The cleaned text of one article, which every span points into, without the extraction: the steps processArticle
 * (src/pipeline.ts) takes before it (src/prepare.ts), with its reasons for failing. Printing the text of a page does
 * not wait on the rules.
 */
export async function cleanOne(src: InputSource, format: InputFormat, maxBytes = DEFAULT_MAX_BYTES): Promise<{ text: string } | { error: string }> {
  const read = await readInput(src, maxBytes);
  return 'error' in read ? read : cleanBytes(read.bytes, format);
}

/** What `vnreport clean` prints for these bytes (already read and unpacked), or why it cannot. */
export async function cleanBytes(bytes: Uint8Array, format: InputFormat): Promise<{ text: string } | { error: string }> {
  const { prepareArticle } = await import('../prepare.js');
  const prepared = prepareArticle({ file: '', bytes, format });
  return prepared.ok ? { text: prepared.cleaned.text } : { error: prepared.error };
}
