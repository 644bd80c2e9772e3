// CSV and TSV, --fields, --out-dir and the format flags, through the command line on the fixture articles.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/emit/csv.js';
import type { ArticleRecord } from '../../src/record.js';
import { withoutColourSettings } from '../helpers.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/vnreport.js');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-outputs-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

function run(args: string[], opts: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input, encoding: 'utf8', env: withoutColourSettings(process.env) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const records: ArticleRecord[] = run(['extract', 'fixtures/articles', '--ordered'])
  .stdout.trim()
  .split('\n')
  .map((l) => JSON.parse(l));

type Row = Record<(typeof CSV_COLUMNS)[number], string>;
const rowsOf = (text: string, delimiter = ','): Row[] => parse(text, { columns: true, delimiter, bom: true, relax_quotes: false });

/** A folder with two fixture articles below a subfolder, one more at the top, and an empty file. */
function tree(): string {
  const dir = fs.mkdtempSync(path.join(TMP, 'in-'));
  fs.mkdirSync(path.join(dir, 'a'));
  fs.copyFileSync(path.join(root, 'fixtures/articles/000.txt'), path.join(dir, 'a/000.txt'));
  fs.copyFileSync(path.join(root, 'fixtures/articles/004.txt'), path.join(dir, 'a/004.txt'));
  fs.copyFileSync(path.join(root, 'fixtures/articles/001.txt'), path.join(dir, '001.txt'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  return dir;
}

describe('extract --format csv and tsv', () => {
  const csv = run(['extract', 'fixtures/articles', '--ordered', '-f', 'csv']);

  it('writes the header and one row per finding, every value as in the JSON record', () => {
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const rows = rowsOf(csv.stdout);
    for (const r of records) {
      const mine = rows.filter((row) => row.file === r.file);
      const scalars = (['title', 'date', 'published', 'period', 'locality', 'author'] as const).filter((f) => r[f] !== null).length;
      expect(mine).toHaveLength(scalars + r.officials.length + r.percentages.length + r.awards.length + (r.localities?.length ?? 0));
      r.officials.forEach((o, i) => {
        const row = mine.find((x) => x.field === 'officials' && x.index === String(i))!;
        expect(row).toMatchObject({ value: o.name, rank: o.rank ?? '', positions: o.positions.join('; '), text: o.text, span_start: String(o.span[0]), span_end: String(o.span[1]), rule: o.rule });
      });
      r.awards.forEach((a, i) => {
        const row = mine.find((x) => x.field === 'awards' && x.index === String(i))!;
        expect(row).toMatchObject({ value: a.award, by: a.by ?? '', collectives: a.collectives === null ? '' : String(a.collectives), individuals: a.individuals === null ? '' : String(a.individuals) });
      });
      r.percentages.forEach((p, i) => {
        const row = mine.find((x) => x.field === 'percentages' && x.index === String(i))!;
        expect(Number(row.value)).toBe(p.value);
        expect(row).toMatchObject({ status: p.status, target: p.target, year: p.year === null ? '' : String(p.year) });
      });
      if (r.date) expect(mine.find((x) => x.field === 'date')).toMatchObject({ value: r.date, index: '', rule: r.sources!.date!.rule });
      if (r.period) expect(mine.find((x) => x.field === 'period')).toMatchObject({ value: `${r.period.from}/${r.period.to}`, from: r.period.from, to: r.period.to });
      if (r.locality) expect(mine.find((x) => x.field === 'locality')).toMatchObject({ value: r.locality.name, type: r.locality.type, province: r.locality.province ?? '', code: r.locality.code ?? '' });
    }
  });

  it('quotes by RFC 4180: commas, quotes and line breaks inside a value survive a round trip', () => {
    const rows = rowsOf(csv.stdout);
    const withComma = rows.filter((r) => r.text.includes(','));
    expect(withComma.length).toBeGreaterThan(0);
    // every line of the output is a whole record or part of a quoted value: no ragged rows
    expect(rows.every((r) => Object.keys(r).length === CSV_COLUMNS.length)).toBe(true);
    expect(csv.stdout.endsWith('\r\n')).toBe(true);
    expect(csv.stdout.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes TSV with tabs, and a byte-order mark only under --bom', () => {
    const tsv = run(['extract', 'fixtures/articles/000.txt', '-f', 'tsv', '--bom']);
    expect(tsv.code).toBe(0);
    expect(tsv.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(tsv.stdout.slice(1).split('\n')[0]).toBe(CSV_COLUMNS.join('\t'));
    const rows = rowsOf(tsv.stdout, '\t');
    expect(rows.filter((r) => r.field === 'officials').map((r) => r.value)).toEqual(records[0].officials.map((o) => o.name));
  });

  it('gives a failed article one row with its error, and keeps the others', () => {
    const dir = tree();
    const r = run(['extract', dir, '--ordered', '-f', 'csv']);
    expect(r.code).toBe(1);
    const rows = rowsOf(r.stdout);
    expect(rows.filter((x) => x.file.endsWith('empty.txt'))).toEqual([expect.objectContaining({ field: 'error', value: 'empty file' })]);
    expect(new Set(rows.map((x) => path.basename(x.file)))).toEqual(new Set(['000.txt', '004.txt', '001.txt', 'empty.txt']));
  });
});

describe('extract --fields', () => {
  it('keeps only the fields named, with file, ok and error, in JSON', () => {
    const r = run(['extract', 'fixtures/articles', '--ordered', '--fields', 'awards,officials']);
    expect(r.code).toBe(0);
    const got = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(got.map((x) => Object.keys(x))).toEqual(records.map(() => ['file', 'ok', 'officials', 'awards']));
    expect(got.map((x) => x.officials)).toEqual(records.map((x) => x.officials));
  });

  it('keeps a scalar field\'s source with it', () => {
    const got = JSON.parse(run(['extract', 'fixtures/articles/000.txt', '--fields', 'date']).stdout);
    expect(got).toEqual({ file: 'fixtures/articles/000.txt', ok: true, date: records[0].date, sources: { date: records[0].sources!.date } });
  });

  it('keeps only those rows in CSV and in the readable view', () => {
    const rows = rowsOf(run(['extract', 'fixtures/articles', '-f', 'csv', '--fields', 'officials']).stdout);
    expect(new Set(rows.map((r) => r.field))).toEqual(new Set(['officials']));
    expect(rows).toHaveLength(records.reduce((n, r) => n + r.officials.length, 0));
    const view = run(['extract', 'fixtures/articles/000.txt', '-f', 'summary', '--fields', 'officials,date']).stdout;
    expect(view).toContain('Nguyễn Thị Huế');
    expect(view).toContain(records[0].date!);
    expect(view).not.toMatch(/percentages|awards|author/);
  });

  it('names the valid fields when given an unknown one', () => {
    const r = run(['extract', 'fixtures/articles', '--fields', 'officials,people']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown field people; fields are title, date, .*localities/);
  });
});

describe('extract --out-dir', () => {
  it('writes one file per article mirroring the tree below each argument, a failed article\'s holding its error', () => {
    const dir = tree();
    const out = path.join(TMP, `out-${path.basename(dir)}`);
    const r = run(['extract', dir, path.join(root, 'fixtures/articles/002.txt'), '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const files = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(out, path.join(e.parentPath, e.name)));
    expect(files.sort()).toEqual(['001.json', '002.json', 'a/000.json', 'a/004.json', 'empty.json'].map((f) => f.split('/').join(path.sep)));
    const rec = JSON.parse(fs.readFileSync(path.join(out, 'a/004.json'), 'utf8'));
    expect(rec).toEqual({ ...records[4], file: path.join(dir, 'a/004.txt') });
    expect(JSON.parse(fs.readFileSync(path.join(out, 'empty.json'), 'utf8'))).toMatchObject({ ok: false, error: 'empty file' });
  });

  it('stops before writing anything when a file exists, naming it, and replaces files only with --force', () => {
    const dir = tree();
    const out = path.join(TMP, `clash-${path.basename(dir)}`);
    fs.mkdirSync(path.join(out, 'a'), { recursive: true });
    fs.writeFileSync(path.join(out, 'a/004.csv'), 'mine');
    const r = run(['extract', dir, '--out-dir', out, '-f', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path.join(out, 'a/004.csv')} already exists (from ${path.join(dir, 'a/004.txt')})`);
    expect(fs.readdirSync(out, { recursive: true })).toEqual(['a', path.join('a', '004.csv')]);
    expect(fs.readFileSync(path.join(out, 'a/004.csv'), 'utf8')).toBe('mine');
    const forced = run(['extract', dir, '--out-dir', out, '-f', 'csv', '--force']);
    expect(forced.code).toBe(1); // the empty file
    const rows = rowsOf(fs.readFileSync(path.join(out, 'a/004.csv'), 'utf8'));
    expect(rows.filter((x) => x.field === 'officials').map((x) => x.value)).toEqual(records[4].officials.map((o) => o.name));
    expect(rowsOf(fs.readFileSync(path.join(out, 'empty.csv'), 'utf8'))).toEqual([expect.objectContaining({ field: 'error', value: 'empty file' })]);
  });

  it('refuses two articles that would share a file, and standard input', () => {
    const dir = tree();
    fs.writeFileSync(path.join(dir, 'a/000.html'), '<p>x</p>');
    const r = run(['extract', dir, '--out-dir', path.join(TMP, 'never')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/000\.html and .*000\.txt would both be written to .*000\.json/);
    expect(fs.existsSync(path.join(TMP, 'never'))).toBe(false);
    const s = run(['extract', '-', '--out-dir', path.join(TMP, 'never')], { input: 'Hội nghị' });
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/standard input cannot go to --out-dir/);
  });
});

describe('extract --explain', () => {
  it('quotes the text of each official and award, and lists every other locality named', () => {
    const r = run(['extract', 'fixtures/articles/004.txt', '--explain']);
    expect(r.code).toBe(0);
    const rec = records[4];
    const quoted = (t: string) => `“${t.length > 70 ? `${t.slice(0, 69)}…` : t}”`;
    for (const o of rec.officials) expect(r.stdout).toContain(`${quoted(o.text)} [${o.rule} ${o.span[0]}-${o.span[1]}]`);
    for (const a of rec.awards) expect(r.stdout).toContain(`${quoted(a.text)} [${a.rule} ${a.span[0]}-${a.span[1]}]`);
    expect(rec.localities?.length).toBeGreaterThan(0);
    for (const l of rec.localities!) expect(r.stdout).toContain(`${l.type} ${l.name}`);
    // the plain summary stays short
    expect(run(['extract', 'fixtures/articles/004.txt', '-f', 'summary']).stdout).not.toContain(quoted(rec.officials[0].text));
  });
});

describe('extract output flags', () => {
  it.each([
    [['--pretty', '-f', 'jsonl'], /--format jsonl and --pretty ask for different outputs/],
    [['--explain', '--pretty'], /--pretty and --explain ask for different outputs/],
    [['-f', 'csv', '--explain'], /--format csv and --explain/],
    [['--bom'], /--bom is for --format csv or tsv/],
    [['--out-dir', 'x', '-f', 'summary'], /--out-dir writes .* not the summary view/],
  ])('treats %j as a usage mistake', (flags, message) => {
    const r = run(['extract', 'fixtures/articles/000.txt', ...(flags as string[])]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('accepts the same output asked for twice', () => {
    expect(run(['extract', 'fixtures/articles/000.txt', '--pretty', '-f', 'pretty']).code).toBe(0);
    expect(run(['extract', 'fixtures/articles/000.txt', '--explain', '-f', 'summary']).code).toBe(0);
  });

  it('warns when --jobs is above the number of cores, and runs', () => {
    const jobs = os.availableParallelism() + 2;
    const r = run(['extract', 'fixtures/articles/000.txt', '--jobs', String(jobs)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`--jobs ${jobs} is more than the ${os.availableParallelism()} cores`));
    expect(JSON.parse(r.stdout).file).toBe('fixtures/articles/000.txt');
  });
});

describe('help', () => {
  it('documents the output and check flags, with examples', () => {
    const extract = run(['extract', '--help']).stdout;
    for (const s of ['csv', 'tsv', '--fields', '--bom', '--out-dir', '--force', '-f csv --fields officials']) expect(extract).toContain(s);
    const check = run(['check', '--help']).stdout;
    for (const s of ['--update', '--all-fields', '--expected-dir', 'json', '5 articles, 1 differs, 3 fields']) expect(check).toContain(s);
    expect(run(['--help']).stdout).toContain('vnreport schema');
  });
});
