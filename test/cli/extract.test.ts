// `vnreport extract` on what a scraper leaves behind: bad files, big folders, pipes, shards, a terminal.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutColourSettings } from '../helpers.js';

/** Every folder these tests make, removed at the end. */
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-test-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/vnreport.js');
const fixtures = fs.readdirSync(path.join(root, 'fixtures/articles')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures/articles', f));
const ARTICLE = fs.readFileSync(fixtures[4], 'utf8');
const isRoot = process.getuid?.() === 0;

function run(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8', maxBuffer: 1 << 28, env: withoutColourSettings(process.env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const records = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

function corpus(n: number): string {
  const dir = fs.mkdtempSync(path.join(TMP, 'cli-'));
  for (let i = 0; i < n; i++) fs.copyFileSync(fixtures[i % fixtures.length], path.join(dir, `good-${String(i).padStart(4, '0')}.txt`));
  return dir;
}

const html = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>Hội nghị</title></head><body><article><p>${body.split('\n').join('</p>\n<p>')}</p></article></body></html>`;

/** Every kind of bad input, each beside good articles; what each one's record must say. */
function badFolder(): { dir: string; expected: Record<string, RegExp | true> } {
  const dir = corpus(60); // enough files for the worker pool
  const at = (name: string) => path.join(dir, name);
  const expected: Record<string, RegExp | true> = {};
  const put = (name: string, bytes: string | Buffer, outcome: RegExp | true) => {
    fs.writeFileSync(at(name), bytes);
    expected[name] = outcome;
  };
  put('empty.txt', '', /^empty file$/);
  put('blank.txt', '  \n\t\n', /^empty file$/);
  put('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /PNG image/);
  put('document.txt', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n', 'latin1'), /PDF document/);
  put('nul.txt', Buffer.concat([Buffer.from('Hội nghị'), Buffer.alloc(64), Buffer.from('tổng kết')]), /NUL bytes/);
  const broken = Buffer.from(ARTICLE);
  for (let i = 100; i < broken.length; i += 400) broken[i] = 0xff;
  put('invalid-utf8.txt', broken, true);
  put('garbage.txt', Buffer.from(Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 255))), true);
  const page = html(ARTICLE);
  put('truncated.html', page.slice(0, Math.floor(page.length / 2)), true);
  put('nested.html', `<!doctype html><html><body>${'<div>'.repeat(200_000)}<p>${ARTICLE}</p>${'</div>'.repeat(200_000)}</body></html>`, true);
  fs.writeFileSync(at('huge.txt'), '');
  fs.truncateSync(at('huge.txt'), 40 * 1024 * 1024); // 40 MB, without writing them
  expected['huge.txt'] = /too large: 40 MiB is over the --max-bytes limit of 16 MiB/;
  fs.symlinkSync(at('nowhere.txt'), at('broken-link.txt'));
  expected['broken-link.txt'] = /cannot read: a broken symbolic link/;
  execFileSync('mkfifo', [at('fifo.txt')]);
  expected['fifo.txt'] = /not a regular file/;
  if (!isRoot) {
    put('locked.txt', ARTICLE, /permission denied/);
    fs.chmodSync(at('locked.txt'), 0);
  }
  for (let i = 0; i < 60; i++) expected[`good-${String(i).padStart(4, '0')}.txt`] = true;
  return { dir, expected };
}

describe('vnreport extract on bad input', () => {
  const { dir, expected } = badFolder();

  it.each([
    ['worker threads', []],
    ['one job, in-process', ['--jobs', '1']],
  ])('gives every file one record, never crashes, and exits 1 (%s)', (_name, extra) => {
    const r = run(['extract', dir, '--ordered', ...extra]);
    expect(r.code).toBe(1);
    const recs = records(r.stdout);
    expect(recs.map((x) => path.basename(x.file)).sort()).toEqual(Object.keys(expected).sort());
    for (const rec of recs) {
      const want = expected[path.basename(rec.file)];
      if (want === true) expect(rec, rec.file).toMatchObject({ ok: true });
      else expect(rec, rec.file).toMatchObject({ ok: false, error: expect.stringMatching(want) });
    }
    // the good copies give exactly the records they give alone
    const alone = records(run(['extract', fixtures[0]]).stdout)[0];
    expect({ ...recs.find((x) => x.file.endsWith('good-0000.txt')), file: alone.file }).toEqual(alone);
    // stderr: one line per failed article, nothing else (no stack traces, no progress bar off a terminal)
    const failed = recs.filter((x) => !x.ok);
    expect(r.stderr.trim().split('\n').sort()).toEqual(failed.map((x) => `vnreport: ${x.file}: ${x.error}`).sort());
  }, 60_000);

  it('reports the encoding of the broken UTF-8 file', () => {
    const rec = records(run(['extract', path.join(dir, 'invalid-utf8.txt')]).stdout)[0];
    expect(rec.encoding).toMatch(/^utf-8 \(\d+ invalid bytes replaced\)$/);
    expect(rec.locality.name).toBe('Dương Kinh');
  });

  it('reads a 40 MB file when --max-bytes allows it', () => {
    const d = fs.mkdtempSync(path.join(TMP, 'big-'));
    const big = path.join(d, 'big.txt');
    fs.writeFileSync(big, Buffer.alloc(2 * 1024 * 1024, 0x61));
    expect(records(run(['extract', big, '--max-bytes', '1M']).stdout)[0].error).toMatch(/over the --max-bytes limit of 1\.0 MiB/);
  });
});

describe('vnreport extract on big folders', () => {
  it('exits at once and quietly when the reader goes away (| head -1)', () => {
    const dir = corpus(300);
    // after the folder comes standard input, a pipe that never ends: a run that went on after the reader left
    // would wait on it for ever (and the test time out), so exiting at all shows that it stopped at once
    const fifo = path.join(TMP, `endless-${path.basename(dir)}`);
    execFileSync('mkfifo', [fifo]);
    const endless = fs.openSync(fifo, 'r+'); // read-write: opening does not wait for a writer, and no EOF comes
    try {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" extract "${dir}" - | head -1`], { encoding: 'utf8', stdio: [endless, 'pipe', 'pipe'] });
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(r.stdout).ok).toBe(true);
    } finally {
      fs.closeSync(endless);
    }
  });

  it('writes records in input order with --ordered, as they finish without it, the same set either way', () => {
    const dir = corpus(80);
    const ordered = records(run(['extract', dir, '--ordered', '--jobs', '2']).stdout);
    expect(ordered.map((x) => path.basename(x.file))).toEqual(Array.from({ length: 80 }, (_, i) => `good-${String(i).padStart(4, '0')}.txt`));
    const any = records(run(['extract', dir, '--jobs', '2']).stdout);
    expect(any.map((x) => JSON.stringify(x)).sort()).toEqual(ordered.map((x) => JSON.stringify(x)).sort());
  });

  it('splits a corpus into shards whose union is every file once', () => {
    const dir = corpus(30);
    const shards = [1, 2, 3].map((i) => records(run(['extract', dir, '--shard', `${i}/3`]).stdout).map((x) => x.file));
    const all = records(run(['extract', dir]).stdout).map((x) => x.file);
    expect(shards.flat().sort()).toEqual([...all].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(0);
  });

  it('expands quoted glob patterns itself', () => {
    const r = run(['extract', 'fixtures/**/00[12].txt']);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => x.file)).toEqual(['fixtures/articles/001.txt', 'fixtures/articles/002.txt']);
  });

  it('streams a JSON array with --format json', () => {
    const r = run(['extract', corpus(30), '--format', 'json', '--ordered']);
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(30);
    expect(arr.every((x: { ok: boolean }) => x.ok)).toBe(true);
  });

  it('draws a progress bar on a terminal, and only there', () => {
    const dir = corpus(30);
    const out = path.join(dir, 'out.jsonl.out');
    // `script` gives the command a terminal; stdout goes to a file, so what comes back is stderr's bar
    const tty = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" extract "${dir}" > "${out}"`, '/dev/null'], { encoding: 'utf8', input: '' });
    expect(tty.stdout).toMatch(/\d+\/30 \d+% {2}\[#*-*\] {2}[\d.]+\/s {2}ETA/);
    expect(tty.stdout).toMatch(/vnreport: 30 articles in \d+s \([\d.]+\/s\), 0 failed/);
    expect(fs.readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(30);
    const quiet = spawnSync('script', ['-qec', `"${process.execPath}" "${bin}" extract "${dir}" --no-progress > "${out}"`, '/dev/null'], { encoding: 'utf8', input: '' });
    expect(quiet.stdout).toBe('');
    expect(run(['extract', dir]).stderr).toBe('');
  });
});

describe('vnreport extract exit codes', () => {
  it('exits 0 when every article is ok', () => {
    expect(run(['extract', corpus(3)]).code).toBe(0);
  });

  it.each([
    [['extract', 'fixtures', '--jobs', '0'], /--jobs must be a whole number/],
    [['extract', 'fixtures', '--jobs', 'many'], /--jobs must be a whole number/],
    [['extract', 'fixtures', '--shard', '4/3'], /i\/n with 1 ≤ i ≤ n/],
    [['extract', 'fixtures', '--max-bytes', 'lots'], /a size such as 16M/],
    [['extract', 'fixtures', '--timeout', '-1'], /seconds above 0/],
    [['extract', 'fixtures/**/*.docx'], /no files match fixtures\/\*\*\/\*\.docx/],
    [['extract', 'fixtures', '--ext', 'docx'], /no articles found in fixtures/],
  ])('exits 2 with one clear message for %j', (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
    expect(r.stdout).toBe('');
  });

  it('documents the new flags with examples', () => {
    const r = run(['extract', '--help']);
    for (const flag of ['--jobs', '--ordered', '--shard', '--max-bytes', '--timeout', '--no-progress', 'head -1', "'scraped/**/*.html'"]) expect(r.stdout).toContain(flag);
  });
});
