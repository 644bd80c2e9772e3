// `vnreport check`: each article's record against its expected file, with a per-element diff, a summary line,
// --update that rewrites only what changed in each file's own layout, --expected-dir, and a JSON report for CI.
import fs from 'node:fs';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { compareRecord, expectedOf, updatedExpected, type Difference } from '../check.js';
import { formatDiff } from '../emit/diff.js';
import { formatExpected, rewriteExpected } from '../emit/expected-file.js';
import { stemBelowArgument, type InputSource } from '../read/inputs.js';
import { runOne, write } from './io.js';

export interface CheckOptions {
  update?: boolean;
  allFields?: boolean;
  expectedDir?: string;
  format: 'text' | 'json';
}

type Status = 'match' | 'differs' | 'missing' | 'unreadable' | 'invalid' | 'updated' | 'created' | 'unchanged';

interface ArticleReport {
  file: string;
  expected: string;
  status: Status;
  error?: string;
  differences?: Difference[];
}

/** Beside the article as <name>.expected.json, or in --expected-dir as <path below the argument>.json. */
export function expectedPathOf(src: InputSource, expectedDir?: string): string {
  if (!expectedDir) return path.join(path.dirname(src.file), `${path.basename(src.file).replace(/\.[^.]+$/, '')}.expected.json`);
  const stem = stemBelowArgument(src);
  return path.join(expectedDir, stem.dir, `${stem.name}.json`);
}

async function checkOne(src: InputSource, opts: CheckOptions): Promise<ArticleReport> {
  const expectedFile = expectedPathOf(src, opts.expectedDir);
  const report = (status: Status, more: Partial<ArticleReport> = {}): ArticleReport => ({ file: src.file, expected: expectedFile, status, ...more });
  const { record } = await runOne(src, 'auto');
  // an article that cannot be read has no values to expect: its expected file is left as it is
  if (!record.ok) return report('unreadable', { error: record.error });
  let text: string | null = null;
  try {
    text = fs.readFileSync(expectedFile, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return report('invalid', { error: `cannot read ${expectedFile}: ${(e as Error).message}` });
  }
  if (text === null) {
    if (!opts.update) return report('missing', { error: `no expected file (${expectedFile}); run with --update to create it` });
    fs.mkdirSync(path.dirname(expectedFile), { recursive: true });
    fs.writeFileSync(expectedFile, formatExpected(expectedOf(record)));
    return report('created');
  }
  let expected: unknown;
  try {
    expected = JSON.parse(text);
  } catch (e) {
    return report('invalid', { error: `${expectedFile} is not valid JSON: ${(e as Error).message}` });
  }
  if (!expected || typeof expected !== 'object' || Array.isArray(expected)) return report('invalid', { error: `${expectedFile} does not hold a JSON object` });
  const differences = compareRecord(expected as Record<string, unknown>, record);
  if (!opts.update) return differences.length ? report('differs', { differences }) : report('match');
  const next = updatedExpected(expected as Record<string, unknown>, record, opts.allFields);
  if (JSON.stringify(next) === JSON.stringify(expected)) return report('unchanged');
  fs.writeFileSync(expectedFile, rewriteExpected(text, next));
  return report('updated', { differences });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function line(r: ArticleReport, update: boolean, c: ChalkInstance): string {
  switch (r.status) {
    case 'match':
      return `${c.green('✓')} ${r.file}`;
    case 'unchanged':
      return `${c.green('✓')} ${r.file}: ${r.expected} unchanged`;
    case 'differs':
      return formatDiff(r.file, r.differences!, c);
    case 'created':
      return `${c.yellow('+')} ${r.file}: created ${r.expected}`;
    case 'updated': {
      const fields = [...new Set(r.differences!.map((d) => d.field))];
      return `${c.yellow('~')} ${r.file}: updated ${r.expected}${fields.length ? ` (${fields.join(', ')})` : ''}`;
    }
    case 'unreadable':
      return `${c.red('✗')} ${c.bold(r.file)}: ${r.error}${update ? `; ${r.expected} left as it was` : ''}`;
    default:
      return `${c.red('✗')} ${c.bold(r.file)}: ${r.error}`;
  }
}

function summaryOf(reports: readonly ArticleReport[]) {
  const count = (s: Status) => reports.filter((r) => r.status === s).length;
  const fields = reports.reduce((n, r) => n + (r.status === 'differs' ? new Set(r.differences!.map((d) => d.field)).size : 0), 0);
  return {
    articles: reports.length,
    match: count('match'),
    differ: count('differs'),
    fields,
    missing: count('missing'),
    unreadable: count('unreadable'),
    invalid: count('invalid'),
    updated: count('updated'),
    created: count('created'),
    unchanged: count('unchanged'),
  };
}

function summaryLine(s: ReturnType<typeof summaryOf>, update: boolean, c: ChalkInstance): string {
  const problems = [
    s.missing && `${s.missing} without an expected file`,
    s.unreadable && `${s.unreadable} unreadable`,
    s.invalid && `${s.invalid} with an unusable expected file`,
  ].filter(Boolean);
  const parts = update
    ? [plural(s.articles, 'article'), `${s.updated} updated`, `${s.created} created`, `${s.unchanged} unchanged`, ...problems]
    : [plural(s.articles, 'article'), `${s.differ} differ${s.differ === 1 ? 's' : ''}`, plural(s.fields, 'field'), ...problems];
  const bad = problems.length || (!update && s.differ);
  return (bad ? c.red : c.green)(parts.join(', '));
}

/** Checks every article, prints the report (text as it goes, or JSON at the end); true when all is well. */
export async function runCheck(inputs: readonly InputSource[], opts: CheckOptions, c: ChalkInstance): Promise<boolean> {
  const reports: ArticleReport[] = [];
  for (const src of inputs) {
    const r = await checkOne(src, opts);
    reports.push(r);
    if (opts.format === 'text') write(line(r, !!opts.update, c));
  }
  const summary = summaryOf(reports);
  if (opts.format === 'json') write(JSON.stringify({ summary, articles: reports }, null, 2));
  else write(summaryLine(summary, !!opts.update, c));
  const failed = summary.missing + summary.unreadable + summary.invalid + (opts.update ? 0 : summary.differ);
  return failed === 0;
}
