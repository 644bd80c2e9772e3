import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import type { ArticleRecord, Evidence } from '../../src/record.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const fixtures = path.resolve(here, '../../fixtures/articles');
const dev = path.resolve(here, '../../../shared/corpus/dev');

function articles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .map((f) => path.join(dir, f));
}

type Found = Partial<Evidence> & { rule: string };

function findings(r: ArticleRecord): Found[] {
  const out: Found[] = [...r.officials, ...r.percentages, ...r.awards, ...(r.localities ?? [])];
  if (r.period) out.push(r.period);
  if (r.locality) out.push(r.locality);
  for (const s of Object.values(r.sources ?? {})) if (s) out.push(s);
  return out;
}

/** A text rule's name ("event-part-of-day"), or the page metadata a value came from ("meta:og:title", "html:h1",
 *  "chrome:footer-outlet" for the outlet closing a page's footer). */
const RULE_NAME = /^(?:[a-z]+(?:-[a-z0-9]+)+|(?:meta|json-ld|html|chrome):[\w:.-]+)$/;

describe('every finding points at its own text', () => {
  const files = [...articles(fixtures), ...articles(dev)];
  it.each(files.map((f) => [path.relative(path.resolve(here, '../..'), f), f]))('%s', (_name, file) => {
    const { record, cleaned } = processArticle({ file, bytes: fs.readFileSync(file) });
    expect(record.ok).toBe(true);
    expect(cleaned).not.toBeNull();
    const all = findings(record);
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) {
      expect(f.rule).toMatch(RULE_NAME);
      // metadata that stands nowhere in the text has no span; everything else points at its own text
      if (f.span || !/:/.test(f.rule)) expect(cleaned!.slice(f.span![0], f.span![1])).toBe(f.text);
    }
  });
});
