import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs, fnv1a, inShard, parseShard, planInputs, UsageError } from '../../src/read/inputs.js';

/** Every folder these tests make, removed at the end. */
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-test-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(TMP, 'inputs-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const names = (dir: string, files: { file: string }[]) => files.map((f) => path.relative(dir, f.file));

describe('inputs', () => {
  it('walks folders recursively in name order, with the default extensions, skipping hidden entries and expected files', () => {
    const dir = tree({ 'b.txt': '', 'a.html': '', 'sub/c.htm': '', 'sub/d.pdf': '', '.hidden/e.txt': '', '.f.txt': '', 'g.expected.json': '', 'h.TXT': '', 'z.html.gz': '' });
    expect(names(dir, expandInputs([dir]))).toEqual(['a.html', 'b.txt', 'h.TXT', 'sub/c.htm', 'z.html.gz']);
  });

  it('chooses extensions with --ext', () => {
    const dir = tree({ 'a.txt': '', 'b.html': '', 'c.md': '' });
    expect(names(dir, expandInputs([dir], ['.md', '.html']))).toEqual(['b.html', 'c.md']);
  });

  it('follows links, skips a link that loops back (with a warning) and reads a folder reached twice once', () => {
    const dir = tree({ 'a/x.txt': '', 'b/y.txt': '' });
    fs.symlinkSync('..', path.join(dir, 'a', 'loop'));
    fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'c'));
    const warnings: string[] = [];
    const files = [...planInputs([dir], { onWarning: (w) => warnings.push(w) }).sources()];
    expect(names(dir, files)).toEqual(['a/x.txt', 'b/y.txt']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/loop/);
  });

  it('follows links only within the input folders unless told to, saying which it skipped', () => {
    const parent = tree({ 'outside/o.txt': '', 'corpus/a/x.txt': '', 'other/y.txt': '' });
    const dir = path.join(parent, 'corpus');
    fs.symlinkSync('..', path.join(dir, 'up'));
    fs.symlinkSync(path.join(parent, 'outside', 'o.txt'), path.join(dir, 'o.txt'));
    fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b')); // within: read once, as a folder reached twice
    fs.symlinkSync(path.join(parent, 'other'), path.join(dir, 'c')); // into another folder given
    const warnings: string[] = [];
    const plan = (followLinks: boolean) => [...planInputs([dir, path.join(parent, 'other')], { followLinks, onWarning: (w) => warnings.push(w) }).sources()];
    expect(names(parent, plan(false))).toEqual(['corpus/a/x.txt', 'corpus/c/y.txt', 'other/y.txt']);
    expect(warnings.map((w) => w.replace(parent, '<parent>'))).toEqual([
      expect.stringMatching(/^skipped .*corpus\/o\.txt: a symbolic link to .*outside\/o\.txt, outside the input folders \(--follow-links follows it\)$/),
      expect.stringMatching(/^skipped .*corpus\/up: a symbolic link to .*, outside the input folders/),
    ]);
    warnings.length = 0;
    // through "up" the walk meets corpus (a loop) and other (read already, through "c") again
    expect(names(parent, plan(true))).toEqual(['corpus/a/x.txt', 'corpus/c/y.txt', 'corpus/o.txt', 'corpus/up/outside/o.txt', 'other/y.txt']);
  });

  it('does not follow links in a glob pattern unless told to', () => {
    const parent = tree({ 'outside/o.txt': '', 'corpus/a.txt': '', 'corpus/sub/s.txt': '' });
    const dir = path.join(parent, 'corpus');
    fs.symlinkSync(path.join(parent, 'outside', 'o.txt'), path.join(dir, 'o.txt'));
    fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, 'again'));
    expect(names(dir, expandInputs([`${dir}/**/*.txt`]))).toEqual(['a.txt', 'sub/s.txt']);
    // followed, a link out of the pattern's folder is read, and a file reached twice is read once, by its shortest
    // name, the first in order among equals
    expect(names(dir, expandInputs([`${dir}/**/*.txt`], undefined, { followLinks: true }))).toEqual(['a.txt', 'again/s.txt', 'o.txt']);
  });

  it('lists a broken link named like an article, so that its record says why it failed', () => {
    const dir = tree({ 'a.txt': '' });
    fs.symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'b.txt'));
    expect(names(dir, expandInputs([dir]))).toEqual(['a.txt', 'b.txt']);
  });

  it('expands glob patterns (sorted, relative paths kept relative), and names a pattern that matches nothing', () => {
    const dir = tree({ 'x/a.html': '', 'x/y/b.html': '', 'x/c.txt': '' });
    expect(names(dir, expandInputs([`${dir}/**/*.html`]))).toEqual(['x/a.html', 'x/y/b.html']);
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(expandInputs(['x/*.{txt,html}']).map((f) => f.file)).toEqual(['x/a.html', 'x/c.txt']);
    } finally {
      process.chdir(cwd);
    }
    expect(() => expandInputs([`${dir}/**/*.docx`])).toThrow(/no files match/);
  });

  it('leaves check\'s expected files out of a glob, as out of a folder', () => {
    const dir = tree({ '000.txt': '', '000.expected.json': '{}', 'notes.json': '{}' });
    expect(names(dir, expandInputs([`${dir}/*`]))).toEqual(['000.txt', 'notes.json']);
    expect(() => expandInputs([`${dir}/*.expected.json`])).toThrow(/no files match/);
  });

  it('reads each file of a glob once even through a link loop', () => {
    const dir = tree({ 'a/x.txt': '' });
    fs.symlinkSync('..', path.join(dir, 'a', 'loop'));
    expect(names(dir, expandInputs([`${dir}/**/*.txt`]))).toEqual(['a/x.txt']);
  });

  it('takes "-" as standard input and refuses a path that does not exist', () => {
    expect(expandInputs(['-'])).toEqual([{ file: '-', stdin: true }]);
    expect(() => expandInputs(['no/such/file.txt'])).toThrow(UsageError);
  });

  it('is lazy: a folder is read only when the iteration reaches it', () => {
    const dir = tree({ 'a/1.txt': '', 'b/2.txt': '' });
    const it = planInputs([dir]).sources();
    expect(it.next().value.file).toBe(path.join(dir, 'a/1.txt'));
    fs.writeFileSync(path.join(dir, 'b/3.txt'), ''); // added after the walk started: still found
    expect([...it].map((f) => path.basename(f.file))).toEqual(['2.txt', '3.txt']);
  });
});

describe('shards', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 200; i++) files[`d${i % 7}/article-${i}.txt`] = '';
  const dir = tree(files);
  const all = names(dir, expandInputs([dir]));

  it.each([1, 2, 3, 5])('split the corpus into %i parts: every file in exactly one', (n) => {
    const parts = Array.from({ length: n }, (_, i) => names(dir, expandInputs([dir], undefined, { shard: { index: i + 1, count: n } })));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(new Set(parts.flat()).size).toBe(all.length);
    if (n > 1) for (const p of parts) expect(p.length).toBeGreaterThan(all.length / n / 2);
  });

  it('do not depend on where the corpus is mounted (the key is the path inside the folder given)', () => {
    const other = fs.mkdtempSync(path.join(TMP, 'mount-'));
    fs.cpSync(dir, path.join(other, 'copy'), { recursive: true });
    const a = names(dir, expandInputs([dir], undefined, { shard: { index: 2, count: 3 } }));
    const b = names(path.join(other, 'copy'), expandInputs([path.join(other, 'copy')], undefined, { shard: { index: 2, count: 3 } }));
    expect(b).toEqual(a);
  });

  it('use a stable hash (FNV-1a over UTF-8)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    expect(inShard('d1/article-1.txt', { index: (fnv1a('d1/article-1.txt') % 4) + 1, count: 4 })).toBe(true);
  });

  it.each(['0/4', '5/4', '1/0', 'a/b', '2', '1/2/3'])('refuse "%s"', (spec) => {
    expect(() => parseShard(spec)).toThrow(UsageError);
  });
});
