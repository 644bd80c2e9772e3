// Standard output that never throws and never leaves half a line in a file.
//
// To a file or a device (`> out.jsonl`, `> /dev/full`) each write is written here, whole, with write(2) in a
// loop: Node's own stream for such an fd ignores a short write (a filesystem that fills up, `ulimit -f`), losing
// the rest of the line without a word. When a write fails, the file is cut back to the end of the last whole
// write, so it ends on a whole record. To a pipe or a terminal, Node's asynchronous stream is used as it is, with
// its back-pressure; bytes a pipe has taken cannot be taken back, but a record is never left half in the queue (see
// flush()).
//
// A failure is reported once, to the handler set with onFailure (by default: a closed pipe exits quietly with the
// exit code so far, anything else prints one line and exits EXIT_OUTPUT), and later writes are dropped.
import fs from 'node:fs';
import tty from 'node:tty';

/** The exit code when the output cannot be written (sysexits.h EX_IOERR). */
export const EXIT_OUTPUT = 74;

export interface Sink {
  write(s: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

export type FailureHandler = (error: NodeJS.ErrnoException) => void;

/** Why an output write failed, in words a user can act on. */
export function outputFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EFBIG':
      return 'file too large (a file size limit, such as ulimit -f)';
    case 'EIO':
      return 'input/output error';
    case 'EBADF':
      return 'standard output is closed';
    default:
      return error.message;
  }
}

export function exitOnFailure(error: NodeJS.ErrnoException): never {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`vnreport: cannot write output: ${outputFailure(error)}\n`);
  process.exit(EXIT_OUTPUT);
}

export class StandardOutput implements Sink {
  private readonly fd: number;
  /** Written here with writeSync (a file or a device) rather than through process.stdout (a pipe or a terminal). */
  private readonly direct: boolean;
  /** A regular file: where it stood before this run, and the bytes of whole writes since. */
  private readonly regular: boolean;
  private readonly startedAt: number;
  private written = 0;
  private failure: NodeJS.ErrnoException | null = null;
  private handler: FailureHandler = exitOnFailure;
  private drainWaiters: (() => void)[] = [];

  constructor(fd = 1) {
    this.fd = fd;
    let st: fs.Stats | null = null;
    try {
      st = fs.fstatSync(fd);
    } catch {
      st = null;
    }
    this.regular = !!st?.isFile();
    this.direct = this.regular || (!!st?.isCharacterDevice() && !tty.isatty(fd));
    this.startedAt = this.regular ? st!.size : 0;
    if (!this.direct) {
      process.stdout.on('error', (e: NodeJS.ErrnoException) => this.fail(e));
      process.stdout.on('drain', () => this.wakeDrainWaiters());
    }
  }

  get failed(): NodeJS.ErrnoException | null {
    return this.failure;
  }

  /** Replaces what happens on the first failure (the run stops, then decides how to exit). */
  onFailure(handler: FailureHandler): void {
    this.handler = handler;
  }

  write(s: string | Uint8Array): boolean {
    if (this.failure) return true;
    if (!this.direct) return process.stdout.write(s);
    const bytes = typeof s === 'string' ? Buffer.from(s) : s;
    try {
      for (let off = 0; off < bytes.length; ) off += fs.writeSync(this.fd, bytes, off, bytes.length - off);
      this.written += bytes.length;
    } catch (e) {
      this.cutBackToLastWhole();
      this.fail(e as NodeJS.ErrnoException);
    }
    return true;
  }

  once(_event: 'drain', listener: () => void): this {
    if (this.failure) listener();
    else this.drainWaiters.push(listener);
    return this;
  }

  /** Resolves once everything written has left this process (or the output has failed). */
  flush(): Promise<void> {
    if (this.direct || this.failure || process.stdout.writableLength === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      process.stdout.write('', () => resolve());
      this.drainWaiters.push(resolve);
    });
  }

  private cutBackToLastWhole(): void {
    if (!this.regular) return;
    try {
      fs.ftruncateSync(this.fd, this.startedAt + this.written);
    } catch {
      // nothing more can be done for the file; the failure is reported all the same
    }
  }

  private fail(error: NodeJS.ErrnoException): void {
    if (this.failure) return;
    this.failure = error;
    this.wakeDrainWaiters();
    this.handler(error);
  }

  private wakeDrainWaiters(): void {
    const waiting = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiting) w();
  }
}

let stdout: StandardOutput | null = null;

/** The one standard output of the process. */
export function standardOutput(): StandardOutput {
  return (stdout ??= new StandardOutput());
}
