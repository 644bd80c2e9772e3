#!/usr/bin/env node
// Body extraction on the public article-extraction benchmark (../shared/bench/scrapinghub, 181 news pages):
// vnreport's HTML cleaner and Readability.js (on linkedom) over the same pages in one run, each scored with the
// benchmark's method (../shared/tools/body-score.mjs): F1, precision, recall, median milliseconds per page.
//   npm run eval:clean
//   npm run eval:clean -- --per-page      (each page's scores for vnreport)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const bench = path.join(shared, 'bench', 'scrapinghub');
const scorer = path.join(shared, 'tools', 'body-score.mjs');
const perPage = process.argv.includes('--per-page');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const { decode } = await import(path.join(root, 'dist/read/decode.js'));
const { cleanHtml } = await import(path.join(root, 'dist/clean/html.js'));
const { Readability } = await import('@mozilla/readability');
const { parseHTML } = await import('linkedom');

const files = fs.readdirSync(path.join(bench, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
const pages = files.map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: decode(gunzipSync(fs.readFileSync(path.join(bench, 'html', f)))).text }));

// which of vnreport's extraction methods gave each body, and how many pages it warned about
const methods = new Map();
let warned = 0;
const extractors = {
  vnreport: (html) => {
    const page = cleanHtml(html);
    methods.set(page.method, (methods.get(page.method) ?? 0) + 1);
    if (page.warnings) warned++;
    return page.body;
  },
  'readability.js (linkedom)': (html) => {
    const { document } = parseHTML(html);
    return new Readability(document).parse()?.textContent ?? '';
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const rows = [];
for (const [name, run] of Object.entries(extractors)) {
  if (only && !name.startsWith(only)) continue;
  for (const p of pages.slice(0, 5)) run(p.html); // warm up the JIT
  if (name === 'vnreport') {
    methods.clear(); // count the measured run only
    warned = 0;
  }
  const times = [];
  const lines = [];
  for (const p of pages) {
    const t0 = performance.now();
    let text = '';
    try {
      text = run(p.html);
    } catch {
      text = '';
    }
    times.push(performance.now() - t0);
    lines.push(JSON.stringify({ file: `${p.id}.html`, text }));
  }
  const out = path.join(os.tmpdir(), `vnreport-clean-${name.replace(/\W+/g, '-')}-${process.pid}.jsonl`);
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  const args = [scorer, path.join(bench, 'ground-truth.json'), out];
  if (perPage && name === 'vnreport') args.push('--per-page');
  const score = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (perPage && name === 'vnreport') process.stdout.write(score.stdout);
  const m = /precision ([\d.]+)\s+recall ([\d.]+)\s+F1 ([\d.]+)/.exec(score.stdout);
  rows.push({ name, f1: m?.[3], p: m?.[1], r: m?.[2], ms: median(times) });
  fs.rmSync(out, { force: true });
}

console.log(`\n${pages.length} pages of ${path.relative(root, bench)}`);
console.log(`${'extractor'.padEnd(28)}${'F1'.padStart(7)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'median ms/page'.padStart(16)}`);
for (const r of rows) console.log(`${r.name.padEnd(28)}${String(r.f1).padStart(7)}${String(r.p).padStart(11)}${String(r.r).padStart(9)}${r.ms.toFixed(2).padStart(16)}`);
const [ours, theirs] = rows;
if (ours && theirs) console.log(`\nvnreport is ${(theirs.ms / ours.ms).toFixed(1)}× faster per page than Readability.js on linkedom`);
if (methods.size) {
  const counts = [...methods].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m} ${n}`);
  console.log(`vnreport bodies by extraction method: ${counts.join(', ')}; pages with warnings: ${warned}`);
}
