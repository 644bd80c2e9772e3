// Every corpus beside the rules (src/dimensions/*/corpus.ts, src/extract/*/corpus.ts), run against its own part:
// a dimension's examples against the units the dimensions read, a field's against that field's rules alone (no
// refiner, no other field). Each example names the rule that must fire; each negative must give nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexArticle } from '../src/dimensions/index.js';
import type { Corpus } from '../src/engine/corpus.js';
import { buildDoc, tokensValue } from '../src/engine/document.js';
import { findAll } from '../src/engine/rule.js';
import { FIELDS } from '../src/extract/fields.js';

const src = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src');

async function corpora(kind: 'dimensions' | 'extract'): Promise<[string, Corpus][]> {
  const dir = path.join(src, kind);
  const out: [string, Corpus][] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'corpus.ts');
    if (!fs.existsSync(file)) continue;
    out.push([name, ((await import(file)) as { corpus: Corpus }).corpus]);
  }
  return out;
}

const dimensionCorpora = await corpora('dimensions');
const fieldCorpora = await corpora('extract');

/** A matcher for the keys an example states, at every depth. */
function like(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(like);
  if (v && typeof v === 'object') return expect.objectContaining(Object.fromEntries(Object.entries(v).map(([k, x]) => [k, like(x)])));
  return v;
}

function unitsIn(text: string, kind: string) {
  const doc = buildDoc(text);
  return lexArticle(doc)
    .of(kind)
    .map((u) => ({ rule: u.rule, value: u.value, written: tokensValue(doc, u.first, u.end) }));
}

function findingsIn(text: string, field: string) {
  const doc = buildDoc(text);
  const units = lexArticle(doc);
  const def = FIELDS.find((f) => f.name === field)!;
  return findAll(field, def.rules, { doc, units }).map((f) => ({ rule: f.origin.rule, value: f.value }));
}

describe('every dimension and every field has a corpus', () => {
  it('dimensions', () => {
    const have = new Set(dimensionCorpora.map(([n]) => n));
    for (const d of fs.readdirSync(path.join(src, 'dimensions')).filter((n) => fs.statSync(path.join(src, 'dimensions', n)).isDirectory())) expect(have, d).toContain(d);
  });
  it('fields', () => {
    expect(fieldCorpora.map(([n]) => n).sort()).toEqual(FIELDS.map((f) => f.name).sort());
  });
});

describe.each(dimensionCorpora)('dimension %s', (_name, corpus) => {
  it.each(corpus.examples.map((e) => [`${e.unit} ${e.rule}: ${e.text}`, e]))('%s', (_t, e) => {
    const found = unitsIn(e.text, e.unit!);
    expect(found).toContainEqual(expect.objectContaining({ rule: e.rule, ...(e.written ? { written: e.written } : {}), ...(e.value !== undefined ? { value: like(e.value) } : {}) }));
  });
  it.each(corpus.negatives.map((n) => [`no ${n.unit}: ${n.text} (${n.why})`, n]))('%s', (_t, n) => {
    expect(unitsIn(n.text, n.unit!)).toEqual([]);
  });
});

describe.each(fieldCorpora)('field %s', (name, corpus) => {
  it.each(corpus.examples.map((e) => [`${e.rule}: ${e.text.split('\n').join(' / ')}`, e]))('%s', (_t, e) => {
    const found = findingsIn(e.text, name);
    expect(found).toContainEqual(expect.objectContaining({ rule: e.rule, ...(e.value !== undefined ? { value: like(e.value) } : {}) }));
  });
  it.each(corpus.negatives.map((n) => [`nothing: ${n.text.split('\n').join(' / ')} (${n.why})`, n]))('%s', (_t, n) => {
    expect(findingsIn(n.text, name)).toEqual([]);
  });
});
