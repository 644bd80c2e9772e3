// Reading one article's bytes, with a size limit and a plain reason when it cannot be read.
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { clampMaxBytes, formatBytes } from './limits.js';

export class ReadError extends Error {}

/** Why a read failed, in words a user can act on. */
export function readFailure(e: unknown, file: string): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': {
      let link = false;
      try {
        link = fs.lstatSync(file).isSymbolicLink();
      } catch {
        link = false;
      }
      return link ? 'a broken symbolic link (its target does not exist)' : 'the file disappeared before it could be read';
    }
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'a symbolic link that loops';
    case 'EIO':
      return 'an input/output error (a failing disk or network share?)';
    default:
      return err.message;
  }
}

/**
 * The bytes of one file, refusing anything that is not a regular file or is larger than `maxBytes` (checked before
 * reading, so a 40 MB file costs nothing), and unpacking gzip within the same limit. Throws ReadError.
 */
export function readArticleBytes(file: string, maxBytes: number): Uint8Array {
  maxBytes = clampMaxBytes(maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO named like an article must not hang the run
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    throw new ReadError(`cannot read: ${readFailure(e, file)}`);
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) throw new ReadError('cannot read: is a folder');
    if (!st.isFile()) throw new ReadError('cannot read: not a regular file (a device, pipe or socket)');
    if (st.size > maxBytes) throw new ReadError(tooLarge(st.size, maxBytes));
    const bytes = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = fs.readSync(fd, bytes, off, st.size - off, off);
      if (n === 0) break; // the file shrank while we read it
      off += n;
    }
    return unpack(off === st.size ? bytes : bytes.subarray(0, off), maxBytes);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(`cannot read: ${readFailure(e, file)}`);
  } finally {
    fs.closeSync(fd);
  }
}

export function tooLarge(size: number, maxBytes: number): string {
  return `too large: ${formatBytes(size)} is over the --max-bytes limit of ${formatBytes(maxBytes)}`;
}

/** gzip within the size limit; anything else as it is. */
export function unpack(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  maxBytes = clampMaxBytes(maxBytes);
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new ReadError(`too large: a gzip file that unpacks to more than the --max-bytes limit of ${formatBytes(maxBytes)}`);
    throw new ReadError('a damaged gzip file');
  }
}
