import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutColourSettings } from '../helpers.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/vnreport.js');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-cli-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function run(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    input: opts.input,
    encoding: 'utf8',
    env: { ...withoutColourSettings(process.env), ...opts.env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vnreport command line', () => {
  it('prints only the version for --version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.stderr).toBe('');
  });

  it('writes one JSON record per article when piped', () => {
    const r = run(['extract', 'fixtures/articles']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((x) => x.file)).toEqual([0, 1, 2, 3, 4].map((i) => `fixtures/articles/00${i}.txt`));
    expect(records.every((x) => x.ok)).toBe(true);
  });

  it('reads standard input as "-"', () => {
    const text = fs.readFileSync(path.join(root, 'fixtures/articles/004.txt'));
    const r = run(['extract', '-'], { input: text });
    const rec = JSON.parse(r.stdout);
    expect(rec.file).toBe('-');
    expect(rec.locality.name).toBe('Dương Kinh');
  });

  it('prints one indented record with --pretty', () => {
    const r = run(['extract', 'fixtures/articles/001.txt', '--pretty']);
    expect(r.stdout.startsWith('{\n  "file": "fixtures/articles/001.txt"')).toBe(true);
    expect(JSON.parse(r.stdout).awards).toHaveLength(2);
  });

  it('names the rule of each finding with --explain', () => {
    const r = run(['extract', 'fixtures/articles/001.txt', '--explain']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[official-honorific \d+-\d+\]/);
    expect(r.stdout).toMatch(/\[published-iso \d+-\d+\]/);
  });

  it('prints the cleaned text that spans point into', () => {
    const r = run(['clean', 'fixtures/articles/001.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('Đang online32');
    const rec = JSON.parse(run(['extract', 'fixtures/articles/001.txt']).stdout);
    const cleaned = r.stdout.replace(/\n$/, '');
    for (const o of rec.officials) expect(cleaned.slice(o.span[0], o.span[1])).toBe(o.text);
  });

  it('cleans piped standard input with no argument, as extract reads it', () => {
    const text = fs.readFileSync(path.join(root, 'fixtures/articles/001.txt'));
    const piped = run(['clean'], { input: text });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(run(['clean', 'fixtures/articles/001.txt']).stdout);
    expect(run(['clean', '-'], { input: text }).stdout).toBe(piped.stdout);
  });

  // These inputs ran for minutes in the rules (quadratic in a line's length); `clean` prints the text without them.
  it.each([
    ['a 10 MB page that is one <p>', (p: string) => `<html><head><title>Tin</title></head><body><p>${p}</p></body></html>`, '.html'],
    ['a 1 MB line of one sentence repeated', (p: string) => p, '.txt'],
  ])('prints the cleaned text of %s without waiting on the rules', (_name, page, ext) => {
    const sentence = 'Ngày 21 tháng 11 năm 2019, UBND huyện Đắk Hà hoàn thành 100% chỉ tiêu, tặng Giấy khen cho 5 tập thể. ';
    const text = sentence.repeat(Math.ceil((ext === '.html' ? 10 << 20 : 1 << 20) / sentence.length)).trim();
    const file = path.join(fs.mkdtempSync(path.join(TMP, 'long-')), `page${ext}`);
    fs.writeFileSync(file, page(text));
    const r = spawnSync(process.execPath, [bin, 'clean', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(text);
  }, 120_000);

  it('gives a page\'s title, author, date and body with clean --format json, and the extract record agrees', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'clean-'));
    const page = path.join(dir, 'page.html');
    const para = 'Ngày 13/10/2020, Huyện Kim Bảng tổ chức hội nghị tổng kết các đề án về công tác quốc phòng giai đoạn 2015-2020 của UBND tỉnh Hà Nam.';
    fs.writeFileSync(
      page,
      `<html><head><title>Kim Bảng tổng kết | Cổng thông tin điện tử tỉnh Hà Nam</title><meta name="author" content="Đài Kim Bảng"><meta property="article:published_time" content="2020-10-14T08:00:00+07:00"></head>` +
        `<body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav><h1>Kim Bảng tổng kết công tác quốc phòng</h1><p>${para}</p>` +
        `<div class="tin-lien-quan"><a href="/a">Tin khác một</a><a href="/b">Tin khác hai</a></div><p>Số lượt xem 537</p></body></html>`,
    );
    const r = run(['clean', page, '--format', 'json']);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got).toMatchObject({ title: 'Kim Bảng tổng kết công tác quốc phòng', author: 'Đài Kim Bảng', published: '2020-10-14', body: para });
    const rec = JSON.parse(run(['extract', page]).stdout);
    expect(rec).toMatchObject({ title: got.title, author: got.author, published: '2020-10-14', date: '2020-10-13' });
  });

  it('passes the fixture check, and fails with a diff and exit 1 when an expected value differs', () => {
    expect(run(['check', 'fixtures/articles']).code).toBe(0);
    const dir = fs.mkdtempSync(path.join(TMP, 'check-'));
    fs.copyFileSync(path.join(root, 'fixtures/articles/002.txt'), path.join(dir, '002.txt'));
    const expected = JSON.parse(fs.readFileSync(path.join(root, 'fixtures/articles/002.expected.json'), 'utf8'));
    expected.officials[0].rank = 'Đại tá';
    fs.writeFileSync(path.join(dir, '002.expected.json'), JSON.stringify(expected));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('officials');
    expect(r.stdout).toContain('official-rank');
    expect(run(['check', dir, '--update']).code).toBe(0);
    expect(run(['check', dir]).code).toBe(0);
    // an unreadable article gets no expected file made up for it
    fs.writeFileSync(path.join(dir, '003.txt'), '');
    const u = run(['check', dir, '--update']);
    expect(u.code).toBe(1);
    expect(u.stdout).toMatch(/003\.txt: empty file/);
    expect(fs.existsSync(path.join(dir, '003.expected.json'))).toBe(false);
  });

  it.each([
    [['extract', 'no/such/file.txt'], /no such file or folder: no\/such\/file\.txt/],
    [['extract', '--bogus', 'fixtures'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['extract', 'src', '--shard', '1/2'], /no articles found in src/],
    [['clean', 'fixtures/articles'], /clean prints one article, and fixtures\/articles holds several/],
  ])('treats %j as a usage mistake: one line, exit 2, no stack trace', (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .+\.js:\d+/);
    expect(r.stdout).toBe('');
  });

  it('gives an unreadable article an error record, keeps the others, and exits 1', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'bad-'));
    fs.copyFileSync(path.join(root, 'fixtures/articles/003.txt'), path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, 'c.txt'), '');
    const r = run(['extract', dir]);
    expect(r.code).toBe(1);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs.map((x) => [path.basename(x.file), x.ok])).toEqual([
      ['a.txt', true],
      ['b.txt', false],
      ['c.txt', false],
    ]);
    expect(recs[1].error).toMatch(/PNG/);
    expect(r.stderr).toMatch(/b\.txt: binary file/);
  });

  it('shows a readable summary without colour under NO_COLOR', () => {
    const r = run(['extract', 'fixtures/articles/000.txt', '--format', 'summary'], { env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('Nguyễn Thị Huế');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('has help with examples', () => {
    const r = run(['extract', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--explain');
  });
});
