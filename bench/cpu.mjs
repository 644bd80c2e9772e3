#!/usr/bin/env node
// CPU per article on one thread, warm, against the floor measured in the same process on the same files: the floor
// reads each file, decodes it, normalises it to NFC and runs one Unicode regex over it; vnreport reads each file and
// runs the whole pipeline (processArticle). Both are timed with process.cpuUsage, interleaved in chunks of 100
// files so that both see the same machine load, after one warm-up pass of each. With --alloc it also reports the
// bytes allocated per article (V8's sampling heap profiler, counting objects that the GC has already collected)
// and the functions that allocate most.
//
//   node bench/cpu.mjs ../shared/corpus/real              after npm run build
//   node bench/cpu.mjs ../shared/corpus/real --passes 5 --alloc
//   node bench/cpu.mjs <folder> --limit 5000 --json     the first 5,000 files (recursively, in name order), as JSON
//
// bench/bench.mjs runs the same measurement on ../shared/corpus/real and on the corpus it generates.
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The text files under a folder, in name order (recursively). */
export function textFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const decoder = new TextDecoder('utf-8');
const FLOOR_PATTERN = /\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+/gu;

function cpuMicros(fn) {
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return d.user + d.system;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median over `passes` of the CPU µs per article of the floor and of vnreport, and their ratio (median of the
 * per-pass ratios).
 */
export async function cpuPerArticle(files, { passes = 3, chunk = 100 } = {}) {
  const { processArticle } = await import(pathToFileURL(path.join(root, 'dist', 'pipeline.js')).href);
  let sink = 0;
  const floor = (list) => {
    for (const f of list) {
      const text = decoder.decode(fs.readFileSync(f)).normalize('NFC');
      for (const _ of text.matchAll(FLOOR_PATTERN)) sink++;
    }
  };
  const vnreport = (list) => {
    for (const f of list) sink += processArticle({ file: f, bytes: fs.readFileSync(f) }).record.ok ? 1 : 0;
  };
  floor(files);
  vnreport(files);
  const floors = [];
  const runs = [];
  for (let p = 0; p < passes; p++) {
    let f = 0;
    let v = 0;
    for (let c = 0; c < files.length; c += chunk) {
      const part = files.slice(c, c + chunk);
      f += cpuMicros(() => floor(part));
      v += cpuMicros(() => vnreport(part));
    }
    floors.push(f / files.length);
    runs.push(v / files.length);
  }
  return {
    files: files.length,
    floorUs: median(floors),
    vnreportUs: median(runs),
    ratio: median(runs.map((v, i) => v / floors[i])),
    passes: runs.map((v, i) => ({ floorUs: floors[i], vnreportUs: v })),
    sink,
  };
}

/** Bytes allocated per article by processArticle (warm), and the functions that allocate most. */
export async function allocationPerArticle(files, { top = 15 } = {}) {
  const { processArticle } = await import(pathToFileURL(path.join(root, 'dist', 'pipeline.js')).href);
  for (const f of files) processArticle({ file: f, bytes: fs.readFileSync(f) });
  const session = new inspector.Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (const f of files) processArticle({ file: f, bytes: fs.readFileSync(f) });
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  let total = 0;
  const byFunction = new Map();
  const visit = (node) => {
    total += node.selfSize;
    const url = node.callFrame.url;
    const file = url.startsWith('file:') ? path.relative(root, fileURLToPath(url)) : url || '(native)';
    const where = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(where, (byFunction.get(where) ?? 0) + node.selfSize);
    for (const c of node.children) visit(c);
  };
  visit(profile.head);
  return {
    bytesPerArticle: total / files.length,
    top: [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top).map(([where, bytes]) => ({ where, bytesPerArticle: bytes / files.length })),
  };
}

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').match(/^--(passes|top|limit)$/));
  if (!dirs.length || !fs.existsSync(path.join(root, 'dist', 'pipeline.js'))) {
    console.error('usage: node bench/cpu.mjs <folder of .txt articles>… [--passes 3] [--limit <files>] [--alloc] [--json] (after npm run build)');
    process.exit(2);
  }
  const limit = Number(flag('limit', Infinity));
  for (const dir of dirs) {
    const files = textFiles(dir).slice(0, limit);
    const r = await cpuPerArticle(files, { passes: Number(flag('passes', 3)) });
    if (flag('json', false)) {
      const alloc = flag('alloc', false) ? await allocationPerArticle(files, { top: Number(flag('top', 15)) }) : null;
      console.log(JSON.stringify({ dir, ...r, allocation: alloc }));
      continue;
    }
    console.log(`${dir}: ${r.files} articles, load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
    console.log(`  CPU per article, one thread, warm: floor ${r.floorUs.toFixed(0)} µs, vnreport ${r.vnreportUs.toFixed(0)} µs = ${r.ratio.toFixed(1)}x the floor`);
    console.log(`  passes: ${r.passes.map((p) => `${p.vnreportUs.toFixed(0)}/${p.floorUs.toFixed(0)}`).join(', ')} µs`);
    if (flag('alloc', false)) {
      const a = await allocationPerArticle(files, { top: Number(flag('top', 15)) });
      console.log(`  allocated per article: ${(a.bytesPerArticle / 1024).toFixed(0)} KB; most by`);
      for (const t of a.top) console.log(`    ${(t.bytesPerArticle / 1024).toFixed(1).padStart(7)} KB  ${t.where}`);
    }
  }
}
