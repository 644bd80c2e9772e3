// `vnreport extract` on what a scraper leaves behind: bad files, big folders, pipes, shards, a terminal.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
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

// What went wrong around the articles rather than in them (issue 11): limits the runtime cannot hold, a full disk,
// an interrupted run, folders that cannot be read, links out of the input, a timeout on a small run.
describe('vnreport extract when things around it fail', () => {
  const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/\bat .+\.js:\d+|Check failed|Fatal error|Assertion failed/);

  it('gives a gzip bomb (2 GiB from 2 MB) an error record under --max-bytes 3G, clamped to what one article can hold', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'bomb-'));
    // gzip members one after another unpack as one stream: 128 of 16 MiB each
    const member = gzipSync(Buffer.alloc(16 << 20, 0x61));
    fs.writeFileSync(path.join(dir, 'bomb.txt.gz'), Buffer.concat(Array.from({ length: 128 }, () => member)));
    fs.writeFileSync(path.join(dir, 'small.txt.gz'), gzipSync(ARTICLE));
    const r = run(['extract', dir, '--max-bytes', '3G', '--ordered']);
    noStackTrace(r.stderr);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--max-bytes 3G is more than one article can hold .*; using 512 MiB/);
    const [bomb, small] = records(r.stdout);
    expect(bomb).toMatchObject({ ok: false, error: 'too large: a gzip file that unpacks to more than the --max-bytes limit of 512 MiB' });
    // a limit above what V8 can hold once made every .gz article "too large"
    expect(small).toMatchObject({ ok: true, locality: { name: 'Dương Kinh' } });
    expect(records(run(['extract', path.join(dir, 'small.txt.gz'), '--max-bytes', '5G']).stdout)[0].ok).toBe(true);
  }, 120_000);

  it.each([
    ['extract, JSON Lines', ['extract', 'fixtures/articles']],
    ['extract, a JSON array', ['extract', 'fixtures/articles', '--format', 'json']],
    ['extract, one record written only at the end', ['extract', 'fixtures/articles/001.txt', '--format', 'json']],
    ['extract, CSV', ['extract', 'fixtures/articles', '--format', 'csv']],
    ['clean', ['clean', 'fixtures/articles/001.txt']],
    ['check', ['check', 'fixtures/articles']],
    ['schema', ['schema']],
    ['report to standard output', ['report', 'fixtures/articles', '-o', '-']],
  ])('says in one line that the output cannot be written to a full disk (/dev/full): %s', (_name, args) => {
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.stderr).toBe('vnreport: cannot write output: no space left on device\n');
      expect(r.status).toBe(74);
    } finally {
      fs.closeSync(full);
    }
  });

  it.runIf(fs.existsSync('/usr/bin/prlimit'))('cuts a file that fills up back to its last whole record', () => {
    const dir = corpus(40);
    const out = path.join(TMP, `limited-${process.pid}.jsonl`);
    const fd = fs.openSync(out, 'w');
    try {
      // a file size limit: the write that crosses it is cut short, as on a filesystem that fills up
      const r = spawnSync('prlimit', ['--fsize=50000', process.execPath, bin, 'extract', dir, '--jobs', '1'], { cwd: root, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] });
      expect(r.stderr).toBe('vnreport: cannot write output: file too large (a file size limit, such as ulimit -f)\n');
      expect(r.status).toBe(74);
    } finally {
      fs.closeSync(fd);
    }
    const written = fs.readFileSync(out, 'utf8');
    expect(written.length).toBeGreaterThan(10_000);
    expect(written.endsWith('\n')).toBe(true);
    for (const line of written.trimEnd().split('\n')) expect(JSON.parse(line).ok).toBe(true);
  });

  /** Runs vnreport with a reader that takes its time, signals it once some output came, and reads the rest. */
  function interrupt(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: withoutColourSettings(process.env) });
      let stdout = '';
      let stderr = '';
      let signalled = false;
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => {
        stdout += d;
        // a slow reader: the pipe fills and vnreport waits on it
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 20);
        if (!signalled && stdout.length > 30_000) {
          signalled = true;
          child.kill(signal);
        }
      });
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it.each([
    ['SIGINT', 'jsonl', '1', 130],
    ['SIGTERM', 'json', '1', 143],
    ['SIGINT', 'json', '2', 130],
    ['SIGTERM', 'jsonl', '2', 143],
  ] as const)('ends on a whole record when stopped by %s with a slow reader (--format %s, --jobs %s)', async (signal, format, jobs, exit) => {
    const dir = corpus(200);
    const r = await interrupt(['extract', dir, '--format', format, '--jobs', jobs], signal);
    expect(r.code).toBe(exit);
    expect(r.stderr).toMatch(new RegExp(`^vnreport: interrupted \\(${signal}\\) after \\d+ records; the articles still in progress were dropped\\n$`));
    expect(r.stdout.endsWith('\n')).toBe(true);
    const got = format === 'json' ? JSON.parse(r.stdout) : r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(got.length).toBeGreaterThan(5);
    expect(got.length).toBeLessThan(200);
  }, 120_000);

  /** Runs vnreport as an unprivileged user when the tests run as root, who may read any folder. */
  function asUnprivileged(args: string[]) {
    const command = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args] : [process.execPath, bin, ...args];
    const r = spawnSync(command[0], command.slice(1), { cwd: root, encoding: 'utf8', env: withoutColourSettings(process.env) });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it.runIf(!isRoot || fs.existsSync('/usr/bin/setpriv'))('gives a folder (and a file) it cannot read a failed record of its own, and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'locked-'));
    for (const d of [TMP, dir]) fs.chmodSync(d, 0o755); // (made 0700; the unprivileged user must reach them)
    fs.copyFileSync(fixtures[0], path.join(dir, 'a.txt'));
    fs.mkdirSync(path.join(dir, 'b-locked'));
    fs.copyFileSync(fixtures[1], path.join(dir, 'b-locked', 'lost.txt'));
    fs.chmodSync(path.join(dir, 'b-locked'), 0);
    fs.copyFileSync(fixtures[2], path.join(dir, 'c.txt'));
    fs.copyFileSync(fixtures[3], path.join(dir, 'd-locked.txt'));
    fs.chmodSync(path.join(dir, 'd-locked.txt'), 0);
    const r = asUnprivileged(['extract', dir]);
    expect(r.code).toBe(1);
    expect(records(r.stdout).map((x) => [path.relative(dir, x.file), x.ok, x.error])).toEqual([
      ['a.txt', true, undefined],
      ['b-locked', false, 'cannot read this folder: permission denied; the articles in it were not read'],
      ['c.txt', true, undefined],
      ['d-locked.txt', false, 'cannot read: permission denied'],
    ]);
    expect(r.stderr).toMatch(/b-locked: cannot read this folder: permission denied/);
  });

  it('follows a symbolic link out of the input folder (to "..") only with --follow-links', () => {
    const parent = fs.mkdtempSync(path.join(TMP, 'parent-'));
    fs.copyFileSync(fixtures[0], path.join(parent, 'outside.txt'));
    const dir = path.join(parent, 'corpus');
    fs.mkdirSync(dir);
    fs.copyFileSync(fixtures[1], path.join(dir, 'a.txt'));
    fs.symlinkSync('..', path.join(dir, 'up'));
    fs.symlinkSync(path.join(parent, 'outside.txt'), path.join(dir, 'b.txt'));
    const r = run(['extract', dir]);
    expect(r.code).toBe(0);
    expect(records(r.stdout).map((x) => path.relative(dir, x.file))).toEqual(['a.txt']);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      `vnreport: skipped ${path.join(dir, 'b.txt')}: a symbolic link to ${fs.realpathSync(path.join(parent, 'outside.txt'))}, outside the input folders (--follow-links follows it)`,
      `vnreport: skipped ${path.join(dir, 'up')}: a symbolic link to ${fs.realpathSync(parent)}, outside the input folders (--follow-links follows it)`,
    ]);
    const followed = run(['extract', dir, '--follow-links']);
    expect(records(followed.stdout).map((x) => path.relative(dir, x.file))).toEqual(['a.txt', 'b.txt', 'up/outside.txt']);
  });

  it('applies --timeout to a small run, which then uses a worker thread', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'slow-'));
    // 64 MB of spaces: inflating and decoding them takes far longer than 0.02 s, and ends in "empty file"
    fs.writeFileSync(path.join(dir, 'spaces.txt.gz'), gzipSync(Buffer.alloc(64 << 20, 0x20)));
    const plain = run(['extract', dir, '--max-bytes', '100M']);
    expect(records(plain.stdout)[0]).toMatchObject({ ok: false, error: 'empty file' });
    const timed = run(['extract', dir, '--max-bytes', '100M', '--timeout', '0.02']);
    expect(records(timed.stdout)[0]).toMatchObject({ ok: false, error: 'timed out after 0.02 s (--timeout); the article was abandoned' });
    expect(timed.code).toBe(1);
  });
});
