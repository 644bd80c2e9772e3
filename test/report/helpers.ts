// Running vnreport for the report tests, and reading a report file back without a browser.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
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

/** The index and each article's data, as the page's script reads them. */
export function readReport(html: string): { index: IndexPayload; articles: ArticlePayload[] } {
  const blocks = new Map<string, string>();
  for (const m of html.matchAll(/<script type="application\/[^"]+" id="([^"]+)">([^<]*)<\/script>/g)) blocks.set(m[1], m[2]);
  const index = JSON.parse(blocks.get('vr-index') ?? 'null') as IndexPayload;
  const articles: ArticlePayload[] = [];
  for (let b = 0; blocks.has(`b${b}`); b++) articles.push(...(JSON.parse(gunzipSync(Buffer.from(blocks.get(`b${b}`)!, 'base64')).toString('utf8')) as ArticlePayload[]));
  return { index, articles };
}

export interface SpanFinding {
  field: string;
  index: number;
  rule: string;
  text: string;
}

/** Every finding of a record that has a span, as the report must highlight it: field, index in the field, rule, text. */
export function spanFindings(r: ArticleRecord): SpanFinding[] {
  const out: SpanFinding[] = [];
  const add = (field: string, items: ({ span?: unknown; rule: string; text: string } | null | undefined)[]) =>
    items.forEach((x, index) => {
      if (x && Array.isArray(x.span)) out.push({ field, index, rule: x.rule, text: x.text });
    });
  for (const [field, source] of Object.entries(r.sources ?? {})) add(field, [source]);
  add('period', [r.period]);
  add('locality', [r.locality]);
  add('localities', r.localities ?? []);
  add('officials', r.officials);
  add('percentages', r.percentages);
  add('awards', r.awards);
  return out;
}

/** How many findings of each field a record has with a span. */
export function spansByField(r: ArticleRecord): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of spanFindings(r)) out[f.field] = (out[f.field] ?? 0) + 1;
  return out;
}
