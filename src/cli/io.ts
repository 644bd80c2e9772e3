// Shared CLI plumbing: reading one input, writing without losing output, and quiet exits on closed pipes.
import fs from 'node:fs';
import { processArticle, type ArticleResult } from '../pipeline.js';
import type { InputFormat } from '../clean/index.js';
import { failedRecord } from '../record.js';
import { readStdin, type InputSource } from '../read/inputs.js';

/** A reader gone away (`| head -1`) is not an error: stop quietly. */
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

export async function runOne(src: InputSource, format: InputFormat): Promise<ArticleResult> {
  let bytes: Uint8Array;
  try {
    bytes = src.stdin ? await readStdin() : fs.readFileSync(src.file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT' ? 'the file disappeared before it could be read' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a folder' : err.message;
    return { record: failedRecord(src.file, `cannot read: ${why}`), cleaned: null };
  }
  try {
    return processArticle({ file: src.file, bytes, format });
  } catch (e) {
    // a bug of ours must not lose the other articles: the record carries it
    return { record: failedRecord(src.file, `internal error: ${(e as Error).message}`), cleaned: null };
  }
}
