// Inputs: files, folders (recursively, sorted) and "-" for stdin, expanded to the list of articles to read.
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_EXTENSIONS = ['.txt', '.html', '.htm', '.xhtml', '.shtml', '.gz'];

export interface InputSource {
  /** The path as the user gave it (relative stays relative), or "-". */
  file: string;
  stdin: boolean;
}

export class UsageError extends Error {}

function wanted(name: string, extensions: readonly string[]): boolean {
  if (name.endsWith('.expected.json')) return false;
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

function walk(dir: string, extensions: readonly string[], out: InputSource[], seen: Set<string>): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const st = fs.statSync(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(p, extensions, out, seen);
    else if (isFile && wanted(e.name, extensions)) out.push({ file: p, stdin: false });
  }
}

/** Expands the command line's inputs. A path that does not exist is a usage error, raised before any work. */
export function expandInputs(args: readonly string[], extensions: readonly string[] = DEFAULT_EXTENSIONS): InputSource[] {
  const out: InputSource[] = [];
  for (const a of args) {
    if (a === '-') {
      out.push({ file: '-', stdin: true });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch {
      throw new UsageError(`no such file or folder: ${a}`);
    }
    if (st.isDirectory()) walk(a, extensions, out, new Set());
    else out.push({ file: a, stdin: false });
  }
  return out;
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}
