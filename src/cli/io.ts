// Shared CLI plumbing: reading one input whole (for clean and check), writing, and quiet exits on closed pipes.
import type { InputFormat } from '../clean/index.js';
import type { ArticleResult } from '../pipeline.js';
import { failedRecord } from '../pipeline.js';
import { DEFAULT_MAX_BYTES } from '../read/limits.js';
import { readArticleBytes, ReadError, tooLarge } from '../read/file.js';
import { readStdin, type InputSource } from '../read/inputs.js';

/** A reader gone away (`| head -1`) is not an error: stop at once and quietly (this also ends the worker threads). */
export function exitQuietlyOnClosedPipe(): void {
  const quit = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  };
  process.stdout.on('error', quit);
}

export function write(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** One article, start to finish, keeping the cleaned text (what `clean` prints and `check` compares against). */
export async function runOne(src: InputSource, format: InputFormat, maxBytes = DEFAULT_MAX_BYTES): Promise<ArticleResult> {
  let bytes: Uint8Array;
  try {
    if (src.stdin) {
      bytes = await readStdin(maxBytes);
    } else bytes = readArticleBytes(src.file, maxBytes);
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { size?: number };
    const why = e instanceof ReadError ? e.message : err.code === 'ETOOBIG' ? tooLarge(err.size ?? 0, maxBytes) : `cannot read: ${err.message}`;
    return { record: failedRecord(src.file, why), cleaned: null, body: null };
  }
  const { processArticle } = await import('../pipeline.js');
  try {
    return processArticle({ file: src.file, bytes, format });
  } catch (e) {
    // a bug of ours must not lose the other articles: the record carries it
    return { record: failedRecord(src.file, `internal error: ${(e as Error).message}`), cleaned: null, body: null };
  }
}
