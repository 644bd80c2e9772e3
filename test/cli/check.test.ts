// `vnreport check` as CI runs it: per-element differences, the summary line, --update, --expected-dir, JSON.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutColourSettings } from '../helpers.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/vnreport.js');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-check-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...withoutColourSettings(process.env), ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const fixtureText = (name: string) => fs.readFileSync(path.join(root, 'fixtures/articles', name), 'utf8');

/** 000 matching, 004 with one position and one rank changed in its expected file, 002 without one. */
function suite(): { dir: string; changed: string } {
  const dir = fs.mkdtempSync(path.join(TMP, 'suite-'));
  for (const n of ['000', '004', '002']) fs.copyFileSync(path.join(root, 'fixtures/articles', `${n}.txt`), path.join(dir, `${n}.txt`));
  fs.writeFileSync(path.join(dir, '000.expected.json'), fixtureText('000.expected.json'));
  const original = fixtureText('004.expected.json');
  const e = JSON.parse(original);
  expect(e.officials[0].rank).toBe(null);
  const changed = original.replace(JSON.stringify(e.officials[0].positions[0]), '"Phó Chủ tịch UBND"').replace('"rank": null', '"rank": "Đại tá"');
  expect(changed).not.toBe(original);
  fs.writeFileSync(path.join(dir, '004.expected.json'), changed);
  return { dir, changed };
}

describe('vnreport check', () => {
  it('shows each differing element on one line, expected removed and actual added, and sums up', () => {
    const { dir } = suite();
    const e = JSON.parse(fixtureText('004.expected.json'));
    const r = run(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`officials[0].positions[0]: - "Phó Chủ tịch UBND" → + ${JSON.stringify(e.officials[0].positions[0])}`);
    expect(r.stdout).toMatch(/officials\[0\]\.rank: - "Đại tá" → \+ null {2}\(official-\w+\)/);
    expect(r.stdout).toContain(`✓ ${path.join(dir, '000.txt')}`);
    expect(r.stdout).toContain(`002.txt: no expected file (${path.join(dir, '002.expected.json')}); run with --update to create it`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 articles, 1 differs, 1 field, 1 without an expected file');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours the expected value red and the actual green when colour is on', () => {
    const { dir } = suite();
    const r = run(['check', dir], { FORCE_COLOR: '1' });
    expect(r.stdout).toContain('\u001b[31m- "Đại tá"\u001b[39m');
    expect(r.stdout).toContain('\u001b[32m+ null\u001b[39m');
    expect(run(['check', dir], { FORCE_COLOR: '1', TERM: 'dumb' }).stdout).toContain('\u001b[31m');
  });

  it('--update rewrites only the files that differ or are missing, changing only the values that changed', () => {
    const { dir, changed } = suite();
    const untouched = path.join(dir, '000.expected.json');
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    fs.utimesSync(untouched, past, past);
    const r = run(['check', dir, '--update']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`updated ${path.join(dir, '004.expected.json')} (officials)`);
    expect(r.stdout).toContain(`created ${path.join(dir, '002.expected.json')}`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 articles, 1 updated, 1 created, 1 unchanged');
    expect(Math.round(fs.statSync(untouched).mtimeMs)).toBe(past.getTime());
    // the rewritten file is the original fixture again, byte for byte: same layout, only two values changed
    const rewritten = fs.readFileSync(path.join(dir, '004.expected.json'), 'utf8');
    expect(rewritten).toBe(fixtureText('004.expected.json'));
    expect(rewritten).not.toBe(changed);
    expect(fs.readFileSync(path.join(dir, '002.expected.json'), 'utf8').split('\n').length).toBeGreaterThan(8);
    expect(run(['check', dir]).code).toBe(0);
  });

  it('--update adds nothing a file did not state, unless --all-fields', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'narrow-'));
    fs.copyFileSync(path.join(root, 'fixtures/articles/004.txt'), path.join(dir, '004.txt'));
    const file = path.join(dir, '004.expected.json');
    fs.writeFileSync(file, '{\n  "author": "Someone",\n  "officials": [\n    { "name": "Đào Văn Ninh" }\n  ]\n}\n');
    expect(run(['check', dir, '--update']).code).toBe(0);
    const narrow = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(narrow)).toEqual(['author', 'officials']);
    expect(narrow.officials.every((o: object) => Object.keys(o).join() === 'name')).toBe(true);
    expect(narrow.officials).toHaveLength(3);
    expect(run(['check', dir, '--update', '--all-fields']).code).toBe(0);
    const all = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(Object.keys(all).sort()).toEqual(['author', 'awards', 'date', 'locality', 'officials', 'percentages', 'period', 'published', 'title']);
    expect(Object.keys(all.officials[0])).toEqual(['name', 'rank', 'positions']);
    expect(run(['check', dir, '--all-fields']).code).toBe(2);
  });

  it('reads and writes expected files in a folder of their own with --expected-dir, mirroring subfolders', () => {
    const articles = fs.mkdtempSync(path.join(TMP, 'articles-'));
    const expectedDir = path.join(TMP, `expected-${path.basename(articles)}`);
    fs.mkdirSync(path.join(articles, 'sub'));
    fs.copyFileSync(path.join(root, 'fixtures/articles/001.txt'), path.join(articles, '001.txt'));
    fs.copyFileSync(path.join(root, 'fixtures/articles/003.txt'), path.join(articles, 'sub/003.txt'));
    fs.mkdirSync(path.join(expectedDir, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(expectedDir, 'sub/003.json'), fixtureText('003.expected.json'));
    const r = run(['check', articles, '--expected-dir', expectedDir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✓ ${path.join(articles, 'sub/003.txt')}`);
    expect(r.stdout).toContain(`no expected file (${path.join(expectedDir, '001.json')})`);
    expect(run(['check', articles, '--expected-dir', expectedDir, '--update']).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(expectedDir, '001.json'), 'utf8'))).toMatchObject(JSON.parse(fixtureText('001.expected.json')));
    expect(run(['check', articles, '--expected-dir', expectedDir]).code).toBe(0);
    expect(fs.readdirSync(articles).sort()).toEqual(['001.txt', 'sub']);
    expect(run(['check', articles, '--expected-dir', path.join(TMP, 'nowhere')]).code).toBe(2);
  });

  it('gives the report as JSON with --format json', () => {
    const { dir } = suite();
    fs.writeFileSync(path.join(dir, '005.txt'), '');
    const r = run(['check', dir, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary).toMatchObject({ articles: 4, match: 1, differ: 1, fields: 1, missing: 1, unreadable: 1 });
    const differs = report.articles.find((a: { status: string }) => a.status === 'differs');
    expect(differs.file).toBe(path.join(dir, '004.txt'));
    expect(differs.differences.map((d: { path: string }) => d.path)).toEqual(['officials[0].rank', 'officials[0].positions[0]']);
    expect(differs.differences[0]).toMatchObject({ field: 'officials', expected: 'Đại tá', actual: null });
    expect(report.articles.find((a: { file: string }) => a.file.endsWith('005.txt'))).toMatchObject({ status: 'unreadable', error: 'empty file' });
  });
});
