import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReport, recordsOf, root, spansByField, vnreport } from './helpers.js';

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-report-cli-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const fixtureRecords = () => recordsOf(vnreport(['extract', 'fixtures/articles']).stdout);

describe('vnreport report', () => {
  it('writes one page whose articles carry every finding with a span, and their cleaned text', () => {
    const out = path.join(TMP, 'fixtures.html');
    const r = vnreport(['report', 'fixtures/articles', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 5 articles \\(\\d+ KB\\)`));
    const html = fs.readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // nothing from elsewhere: no address to fetch, and a policy that forbids any
    expect(html).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-/);
    const { index, articles } = readReport(html);
    const records = fixtureRecords();
    expect(index.articles.map((a) => a.file)).toEqual(records.map((x) => x.file));
    records.forEach((rec, i) => {
      const byField: Record<string, number> = {};
      for (const f of articles[i].findings) byField[f.field] = (byField[f.field] ?? 0) + 1;
      expect(byField).toEqual(spansByField(rec));
      expect(articles[i].text).toBe(vnreport(['clean', rec.file]).stdout.replace(/\n$/, ''));
    });
  }, 120_000);

  it('reads records from --from, with their texts from the inputs or from the files they name', () => {
    const records = fixtureRecords();
    records[1].title = 'Tiêu đề từ tệp bản ghi';
    const jsonl = path.join(TMP, 'out.jsonl');
    fs.writeFileSync(jsonl, records.map((x) => JSON.stringify(x)).join('\n'));
    for (const args of [['fixtures/articles', '--from', jsonl], ['--from', jsonl]]) {
      const out = path.join(TMP, 'from.html');
      const r = vnreport(['report', ...args, '-o', out]);
      expect(r.code).toBe(0);
      const { index, articles } = readReport(fs.readFileSync(out, 'utf8'));
      expect(index.articles[1].title).toBe('Tiêu đề từ tệp bản ghi');
      expect(articles.every((a) => a.text && a.notes.length === 0)).toBe(true);
    }
  }, 120_000);

  it('shows a record whose spans do not fit the text, and one whose file is gone, with a note each', () => {
    const records = fixtureRecords().slice(0, 2);
    records[0].officials[0].span = [records[0].officials[0].span[0] + 1, records[0].officials[0].span[1] + 1];
    records[1].file = path.join(TMP, 'gone.txt');
    const jsonl = path.join(TMP, 'stale.jsonl');
    fs.writeFileSync(jsonl, records.map((x) => JSON.stringify(x)).join('\n'));
    const out = path.join(TMP, 'stale.html');
    const r = vnreport(['report', '--from', jsonl, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 record in .*stale\.jsonl name files that are not there/);
    const { articles } = readReport(fs.readFileSync(out, 'utf8'));
    expect(articles[0].notes).toEqual([expect.stringMatching(/^1 finding \(officials\) points at text that is not there/)]);
    expect(articles[0].findings.filter((f) => f.field === 'officials')).toHaveLength(records[0].officials.length - 1);
    expect(articles[1]).toMatchObject({ text: null, notes: [expect.stringMatching(/text of this article is not available/)] });
  }, 120_000);

  it('keeps a failed article in the report and exits 1; writes to standard output with -o -', () => {
    const dir = fs.mkdtempSync(path.join(TMP, 'mixed-'));
    fs.copyFileSync(path.join(root, 'fixtures/articles/000.txt'), path.join(dir, 'a.txt'));
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    const r = vnreport(['report', dir, '-o', '-']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.txt: empty file/);
    const { index } = readReport(r.stdout);
    expect(index.articles.map((a) => [path.basename(a.file), a.ok, a.error])).toEqual([
      ['a.txt', true, undefined],
      ['b.txt', false, 'empty file'],
    ]);
  }, 120_000);

  it('treats a missing -o, an output folder that does not exist and a --from that is not records as usage mistakes', () => {
    const bad = path.join(TMP, 'bad.jsonl');
    fs.writeFileSync(bad, '{"file":"x.txt","ok":true}\nnot json\n');
    for (const [args, message] of [
      [['report', 'fixtures/articles'], /report needs -o FILE/],
      [['report', 'fixtures/articles', '-o', path.join(TMP, 'no/such/dir/r.html')], /the folder .* does not exist/],
      [['report', 'fixtures/articles', '-o', TMP], /it is a folder/],
      [['report', '--from', bad, '-o', path.join(TMP, 'x.html')], /line 2 is not JSON/],
      [['report', '--from', path.join(TMP, 'none.jsonl'), '-o', path.join(TMP, 'x.html')], /cannot read --from .*: no such file/],
      [['report', '-', '--from', '-', '-o', path.join(TMP, 'x.html')], /not both/],
    ] as const) {
      const r = vnreport([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(fs.existsSync(path.join(TMP, 'x.html'))).toBe(false);
  }, 120_000);
});
