// Inputs: files, folders (recursively, sorted, streamed one folder at a time), glob patterns and "-" for stdin,
// expanded lazily into the articles to read, optionally one shard of them.
//
// Order: arguments in the order given; inside a folder, entries sorted by name (code-unit order), depth first;
// a glob's matches sorted. Hidden entries (".name") are skipped in folders.
//
// Symbolic links are followed only where they stay within the input trees (the folders given, and the fixed
// leading folders of the patterns given), unless `followLinks` (--follow-links): a link that leads out of them, to
// ".." say, is skipped with a warning, so that it cannot make a run read a whole parent folder. A link back to a
// folder being walked (a loop) is skipped with a warning, and a folder reached twice is read once. Glob patterns
// follow links to folders only with `followLinks`. A folder that cannot be read is an input of its own, with the
// reason (`error`), so that its articles are not lost without a record.
//
// Shards (`--shard i/n`): a file belongs to shard i when FNV-1a-32(key) mod n = i - 1, where the key is the
// file's path relative to the argument it came from — the folder for a folder, the glob's fixed leading folders for
// a pattern, the path as given for a file. So every file is in exactly one shard, whatever the order of the walk
// and wherever the corpus is mounted, and a shard needs no list of the whole corpus. Standard input is not sharded.
import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { clampMaxBytes } from './limits.js';

export const DEFAULT_EXTENSIONS = ['.txt', '.html', '.htm', '.xhtml', '.shtml', '.gz'];

export interface InputSource {
  /** The path as the user gave it (relative stays relative), or "-". */
  file: string;
  stdin: boolean;
  /** The path below the argument it came from: below the folder or the pattern's fixed folders; a file's own name. */
  rel?: string;
  /** Why this input (a folder) could not be read: it gets a failed record of its own. */
  error?: string;
}

export class UsageError extends Error {}

/** Where an article sits below its argument, without its extension (or .gz): in/a/b.html → { dir: 'a', name: 'b' }. */
export function stemBelowArgument(src: InputSource): { dir: string; name: string } {
  const { dir, name } = path.parse((src.rel ?? path.basename(src.file)).replace(/\.gz$/i, ''));
  return { dir, name };
}

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard wants i/n with 1 ≤ i ≤ n, e.g. 1/4; got "${spec}"`);
  return { index, count };
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of the key: stable across machines, runs and Node versions. */
export function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(key, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || fnv1a(key.split(path.sep).join('/')) % shard.count === shard.index - 1;
}

export interface ExpandOptions {
  extensions?: readonly string[];
  shard?: Shard;
  /** Told about symbolic links skipped (a loop, a way out of the input trees): not errors, the walk goes on. */
  onWarning?: (message: string) => void;
  /** Follow symbolic links wherever they lead (--follow-links). */
  followLinks?: boolean;
}

type Root =
  | { kind: 'stdin' }
  | { kind: 'file'; file: string }
  | { kind: 'folder'; dir: string }
  | { kind: 'glob'; pattern: string; files: { file: string; key: string }[] };

export interface InputPlan {
  /** The articles, lazily: folders are read one at a time as the iteration reaches them. Can be iterated again. */
  sources(opts?: { quiet?: boolean }): Generator<InputSource>;
  /** Whether standard input is among the inputs. */
  readonly stdin: boolean;
}

function wanted(name: string, extensions: readonly string[]): boolean {
  if (name.endsWith('.expected.json')) return false;
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

/** The leading folders of a pattern that hold no wildcard: where the glob starts, and what shard keys are relative to. */
function globBase(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !isDynamicPattern(parts[i])) i++;
  const base = parts.slice(0, i).join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base, rest: parts.slice(i).join('/') };
}

function expandGlob(pattern: string, links: Links): { file: string; key: string }[] {
  const { base, rest } = globBase(pattern);
  if (!fs.existsSync(base)) return [];
  const found = globSync(rest, { cwd: base, onlyFiles: true, expandDirectories: false, followSymbolicLinks: links.follow, dot: false });
  // following links, a loop yields the same files again under longer names: keep each real file once, by its
  // shortest name (the first in order among equals)
  const byReal = new Map<string, { file: string; key: string }>();
  for (const rel of found) {
    // `check`'s expected files sit beside the articles and are never articles themselves
    if (rel.endsWith('.expected.json')) continue;
    const file = base === '.' && !pattern.startsWith('./') ? rel : path.join(base, rel);
    let real: string;
    try {
      real = fs.realpathSync.native(file);
    } catch {
      real = path.resolve(file);
    }
    if (!links.allows(real)) {
      links.warn?.(outside(file, real));
      continue;
    }
    const had = byReal.get(real);
    const depth = (key: string) => key.split('/').length;
    if (!had || depth(rel) < depth(had.key) || (depth(rel) === depth(had.key) && rel < had.key)) byReal.set(real, { file, key: rel });
  }
  return [...byReal.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Which symbolic links are followed: those whose target lies within the input trees, or all with followLinks. */
interface Links {
  follow: boolean;
  allows(real: string): boolean;
  warn?: (message: string) => void;
}

function realOrNull(p: string): string | null {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return null;
  }
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The real paths of the folders given and of the patterns' fixed leading folders. */
function inputTrees(args: readonly string[]): string[] {
  const trees: string[] = [];
  for (const a of args) {
    if (a === '-') continue;
    const dir = isDynamicPattern(a) && !fs.existsSync(a) ? globBase(a).base : a;
    const real = realOrNull(dir);
    if (real && isFolder(real)) trees.push(real.endsWith(path.sep) ? real : real + path.sep);
  }
  return trees;
}

function linksOf(args: readonly string[], opts: ExpandOptions): Links {
  const trees = inputTrees(args);
  const follow = opts.followLinks === true;
  return { follow, allows: (real) => follow || trees.some((t) => `${real}${path.sep}`.startsWith(t)), warn: opts.onWarning };
}

const outside = (p: string, real: string) => `skipped ${p}: a symbolic link to ${real}, outside the input folders (--follow-links follows it)`;

/**
 * Checks every argument now (a missing path or a glob matching nothing is a usage error, raised before any work)
 * and returns a plan whose sources are produced lazily.
 */
export function planInputs(args: readonly string[], opts: ExpandOptions = {}): InputPlan {
  const extensions = opts.extensions ?? DEFAULT_EXTENSIONS;
  const links = linksOf(args, opts);
  const roots: Root[] = [];
  for (const a of args) {
    if (a === '-') {
      roots.push({ kind: 'stdin' });
      continue;
    }
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(a);
    } catch {
      st = null;
    }
    if (st?.isDirectory()) roots.push({ kind: 'folder', dir: a });
    else if (st) roots.push({ kind: 'file', file: a });
    else if (isDynamicPattern(a)) {
      const files = expandGlob(a, links);
      if (!files.length) throw new UsageError(`no files match ${a}`);
      roots.push({ kind: 'glob', pattern: a, files });
    } else {
      let dangling = false;
      try {
        dangling = fs.lstatSync(a).isSymbolicLink();
      } catch {
        dangling = false;
      }
      // a broken link named on the command line is an unreadable article, not a typo
      if (dangling) roots.push({ kind: 'file', file: a });
      else throw new UsageError(`no such file or folder: ${a}`);
    }
  }
  const shard = opts.shard;
  return {
    stdin: roots.some((r) => r.kind === 'stdin'),
    *sources({ quiet = false } = {}) {
      const walkLinks = quiet ? { ...links, warn: undefined } : links;
      for (const r of roots) {
        if (r.kind === 'stdin') yield { file: '-', stdin: true };
        else if (r.kind === 'file') {
          if (inShard(r.file, shard)) yield { file: r.file, stdin: false, rel: path.basename(r.file) };
        } else if (r.kind === 'glob') {
          for (const f of r.files) if (inShard(f.key, shard)) yield { file: f.file, stdin: false, rel: f.key };
        } else {
          for (const f of walk(r.dir, extensions, new Set(), [], walkLinks)) {
            const rel = path.relative(r.dir, f.file);
            if (!shard || inShard(rel, shard)) yield { ...f, rel };
          }
        }
      }
    },
  };
}

function folderFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const why = err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ENOENT' ? 'it disappeared before it could be read' : err.message;
  return `cannot read this folder: ${why}; the articles in it were not read`;
}

function* walk(dir: string, extensions: readonly string[], seen: Set<string>, ancestors: string[], links: Links): Generator<InputSource> {
  let real: string;
  try {
    real = fs.realpathSync.native(dir);
  } catch (e) {
    yield { file: dir, stdin: false, error: folderFailure(e) };
    return;
  }
  if (ancestors.includes(real)) {
    links.warn?.(`skipped ${dir}: a symbolic link that loops back to ${real}`);
    return;
  }
  if (seen.has(real)) return; // the same folder reached through another link: read once
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    // not a warning: the articles in it would be lost without a record
    yield { file: dir, stdin: false, error: folderFailure(e) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  ancestors.push(real);
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    let isDir = e.isDirectory();
    if (e.isSymbolicLink()) {
      const target = realOrNull(p);
      if (target && !links.allows(target)) {
        links.warn?.(outside(p, target));
        continue;
      }
      // a broken link is no folder: if it is named like an article, reading it says why it failed
      isDir = target !== null && isFolder(target);
    }
    if (isDir) yield* walk(p, extensions, seen, ancestors, links);
    else if (wanted(e.name, extensions)) yield { file: p, stdin: false }; // files, links to files, broken links, special files
  }
  ancestors.pop();
}

/** All inputs at once (for `check` and small runs). */
export function expandInputs(args: readonly string[], extensions: readonly string[] = DEFAULT_EXTENSIONS, opts: Omit<ExpandOptions, 'extensions'> = {}): InputSource[] {
  return [...planInputs(args, { ...opts, extensions }).sources()];
}

export async function readStdin(maxBytes = Infinity): Promise<Buffer> {
  maxBytes = clampMaxBytes(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    size += (c as Buffer).length;
    if (size > maxBytes) throw Object.assign(new Error('standard input is over the size limit'), { code: 'ETOOBIG', size });
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}
