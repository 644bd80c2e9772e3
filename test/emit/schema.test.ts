// The record's JSON Schema: the shipped file is the generated one, and every record vnreport makes from real
// articles is valid against it (ajv, draft 2020-12, with formats checked).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { recordSchema } from '../../src/emit/schema.js';
import { selectFields } from '../../src/emit/select.js';
import { processArticle } from '../../src/pipeline.js';
import { failedRecord } from '../../src/extract/contracts.js';
import type { ArticleRecord } from '../../src/record.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const haveShared = fs.existsSync(shared);
if (!haveShared) console.warn(`schema.test: ${shared} is absent, so the seeds, dev set and real corpus are not validated`);

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(recordSchema());
const errorsOf = (r: unknown) => (validate(r) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

function recordsOf(dir: string, limit = Infinity): ArticleRecord[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .slice(0, limit);
  return files.map((f) => processArticle({ file: path.join(dir, f), bytes: fs.readFileSync(path.join(dir, f)) }).record);
}

describe('the record schema', () => {
  it('is what the package ships as schema.json', () => {
    expect(JSON.parse(fs.readFileSync(path.join(root, 'schema.json'), 'utf8'))).toEqual(recordSchema());
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./schema.json']).toBe('./schema.json');
    expect(pkg.files).toContain('schema.json');
  });

  it('is what `vnreport schema` prints', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'bin/vnreport.js'), 'schema'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(fs.readFileSync(path.join(root, 'schema.json'), 'utf8'));
  });

  it('accepts the fixture records and failed records', () => {
    const records = recordsOf(path.join(root, 'fixtures/articles'));
    expect(records).toHaveLength(5);
    for (const r of records) expect(errorsOf(r)).toEqual([]);
    expect(errorsOf(failedRecord('x.txt', 'empty file', { encoding: 'utf-8' }))).toEqual([]);
  });

  it('rejects what breaks the contract', () => {
    const [r] = recordsOf(path.join(root, 'fixtures/articles'), 1);
    const broken: [string, (r: ArticleRecord) => unknown][] = [
      ['a missing contract field', ({ awards: _a, ...rest }) => rest],
      ['a field the schema does not know', (x) => ({ ...x, people: [] })],
      ['a date not in ISO form', (x) => ({ ...x, date: '9/01/2020' })],
      ['an impossible date', (x) => ({ ...x, published: '2020-02-30' })],
      ['a status outside the two', (x) => ({ ...x, percentages: [{ ...x.percentages[0], status: 'done' }] })],
      ['a span of one number', (x) => ({ ...x, officials: [{ ...x.officials[0], span: [3] }] })],
      ['a negative count', (x) => ({ ...x, awards: [{ ...x.awards[0], collectives: -1 }] })],
      ['a locality type outside the list', (x) => ({ ...x, locality: { ...x.locality!, type: 'làng' } })],
      ['a failed record without its error', (x) => ({ ...x, ok: false })],
    ];
    for (const [what, breakIt] of broken) expect(errorsOf(breakIt(r)), what).not.toEqual([]);
    // --fields leaves fields out on purpose: such a record is not a whole one
    expect(errorsOf(selectFields(r, ['officials']))).not.toEqual([]);
  });

  it.skipIf(!haveShared)('accepts every record made from the seeds, the dev set and 500 real articles (../shared)', () => {
    const sets = [
      recordsOf(path.join(shared, 'seeds')),
      recordsOf(path.join(shared, 'corpus/dev')),
      recordsOf(path.join(shared, 'corpus/real'), 500),
    ];
    expect(sets.map((s) => s.length)).toEqual([5, expect.any(Number), 500]);
    expect(sets[1].length).toBeGreaterThan(100);
    const invalid = sets.flat().flatMap((r) => errorsOf(r).map((e) => `${r.file}: ${e}`));
    expect(invalid).toEqual([]);
  }, 600_000);
});
