// Running vnreport for the report tests, and reading a report file back without a browser.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { ArticleRecord } from '../../src/record.js';
import type { ArticlePayload, IndexPayload } from '../../src/report/payload.js';
import { withoutColourSettings } from '../helpers.js';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const bin = path.join(root, 'bin/vnreport.js');

export function vnreport(args: string[], opts: { input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: opts.input, encoding: 'utf8', env: withoutColourSettings(process.env), maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function recordsOf(jsonl: string): ArticleRecord[] {
  return jsonl
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ArticleRecord);
}

/** The index and each article's data block, as the page's script reads them. */
export function readReport(html: string): { index: IndexPayload; articles: ArticlePayload[] } {
  const blocks = new Map<string, string>();
  for (const m of html.matchAll(/<script type="application\/json" id="([^"]+)">([^<]*)<\/script>/g)) blocks.set(m[1], m[2]);
  const index = JSON.parse(blocks.get('vr-index') ?? 'null') as IndexPayload;
  return { index, articles: index.articles.map((_, i) => JSON.parse(blocks.get(`a${i}`) ?? 'null') as ArticlePayload) };
}

/** How many findings of each field a record has with a span: what the report must highlight. */
export function spansByField(r: ArticleRecord): Record<string, number> {
  const out: Record<string, number> = {};
  const count = (field: string, items: ({ span?: unknown } | null | undefined)[]) => {
    const n = items.filter((x) => Array.isArray(x?.span)).length;
    if (n) out[field] = n;
  };
  for (const [field, source] of Object.entries(r.sources ?? {})) count(field, [source]);
  count('period', [r.period]);
  count('locality', [r.locality]);
  count('localities', r.localities ?? []);
  count('officials', r.officials);
  count('percentages', r.percentages);
  count('awards', r.awards);
  return out;
}
