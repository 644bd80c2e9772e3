// The precision review's sample (issue 10): run vnreport over ../shared/corpus/real, draw 40 findings per field at
// random (seeded, so the same build draws the same sample), and print each with the sentence around it, numbered,
// for a reviewer to judge by spec/ANNOTATION.md. docs/QUALITY.md records the judgements.
//
//   node bench/precision.mjs [--seed 10] [--per-field 40] [--field officials] [--records run.jsonl]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom as random } from './studies/lib.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const seed = Number(opt('seed', '10'));
const perField = Number(opt('per-field', '40'));
const only = opt('field', null);
const recordsFile = opt('records', null);


const corpus = path.join(shared, 'corpus', 'real');
const text = recordsFile
  ? fs.readFileSync(recordsFile, 'utf8')
  : execFileSync(process.execPath, [path.join(root, 'bin', 'vnreport.js'), 'extract', corpus, '--jobs', '2'], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const records = text.trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.ok !== false);
records.sort((a, b) => (a.file < b.file ? -1 : 1));

/** Every finding of a field, with what a reviewer needs to judge it. */
function findingsOf(field) {
  const out = [];
  for (const r of records) {
    const v = r[field];
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) continue;
    if (Array.isArray(v)) for (const x of v) out.push({ file: r.file, value: x, text: x.text, span: x.span, rule: x.rule });
    else {
      // an object value carries its own evidence (period, locality); a scalar's is in the record's sources
      const src = typeof v === 'object' && v.span ? v : r.sources?.[field];
      out.push({ file: r.file, value: v, text: src?.text, span: src?.span, rule: src?.rule });
    }
  }
  return out;
}

const FIELDS = ['title', 'author', 'date', 'published', 'period', 'locality', 'officials', 'percentages', 'awards'];
const cleaned = new Map();
function context(file, span) {
  if (!span) return '';
  if (!cleaned.has(file)) cleaned.set(file, execFileSync(process.execPath, [path.join(root, 'bin', 'vnreport.js'), 'clean', file], { encoding: 'utf8' }));
  const t = cleaned.get(file);
  return t.slice(Math.max(0, span[0] - 160), Math.min(t.length, span[1] + 160)).replace(/\s*\n\s*/g, ' ⏎ ');
}

console.log(`# Precision sample: seed ${seed}, ${perField} findings per field, ${records.length} records of ${corpus}\n`);
for (const field of FIELDS) {
  if (only && field !== only) continue;
  const all = findingsOf(field);
  const rnd = random(seed + FIELDS.indexOf(field));
  const pool = [...all];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const sample = pool.slice(0, perField);
  console.log(`## ${field}: ${all.length} findings, ${sample.length} drawn\n`);
  sample.forEach((f, k) => {
    const { text: _t, span: _s, rule: _r, ...value } = typeof f.value === 'object' && f.value !== null ? f.value : { value: f.value };
    console.log(`${k + 1}. ${path.basename(f.file)} [${f.rule ?? '-'}] ${JSON.stringify(value)}`);
    const ctx = context(f.file, f.span);
    if (ctx) console.log(`   …${ctx}…`);
  });
  console.log('');
}
