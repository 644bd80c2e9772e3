#!/usr/bin/env node
// The benchmark (a script, not a test). It generates a corpus by mutating the seed articles (bench/corpus.mjs), then
// measures in one run:
//   - CPU per article on one thread, warm, against the floor in the same process (bench/cpu.mjs: read + decode +
//     NFC + one regex), on ../shared/corpus/real and on a sample of the generated text;
//   - articles/s of `vnreport extract` on the generated text with --jobs 1 and with the default jobs, and their
//     ratio; in the default-jobs run, the main thread's CPU (walk, read, dispatch, write) against the workers'
//     (the rest of the process), per article, and the peak RSS when 20,000 records are out and at the end;
//   - the machine's own ceiling for two threads: ../shared/corpus/real with --jobs 1 alone, then as two such
//     processes at once (no sharing between them at all), and their combined rate against the one alone;
//   - pages/s on the generated HTML pages, and the HTML cleaner's time per page on ../shared/bench/scrapinghub;
//   - the floor as a separate script over the whole generated text, and cold start;
//   - the adversarial inputs of bench/adversarial.mjs (1 MB lines of each kind the issues name, hostile pages and
//     encodings), each in a child process, stopped after --cap seconds (default 20).
//
//   npm run bench                          100,000 text articles, 10,000 HTML pages (many minutes)
//   npm run bench -- --n 20000             a smaller run
//   npm run bench -- --n 5000 --html 0 --jobs 4 --keep
//   MALLOC_ARENA_MAX=1 npm run bench      glibc's allocator settings in the environment pass on to every run (README)
//
// Flags: --n <count> text articles (default 100000); --html <count> HTML pages (default n/10); --jobs <n> passed to
// vnreport as the "default jobs" run (default: its own, the number of cores); --cpu-n <count> generated articles
// for the CPU comparison (default 5000); --no-jobs1 skips the --jobs 1 run; --keep keeps the generated folder;
// --dir <path> generates there (or reuses it when it already holds a corpus of the same size); --seed <n> for the
// mutations; --cap <s>. Seeds: fixtures/articles, and ../shared/seeds and ../shared/corpus/dev when present (VNREPORT_SHARED).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, measureAll } from './adversarial.mjs';
import { generate, seedRandom } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'vnreport.js');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}

const N = Number(flag('n', 100_000));
const HTML_N = Number(flag('html', Math.round(N / 10)));
const JOBS = flag('jobs', null);
const CPU_N = Number(flag('cpu-n', 5000));
const KEEP = Boolean(flag('keep', false));
const JOBS1 = !flag('no-jobs1', false);
/** The point at which the peak RSS is read a first time: flat memory means the same peak here as at the end. */
const RSS_EARLY = 20_000;
seedRandom(Number(flag('seed', 42)));

if (!Number.isInteger(N) || N < 1 || !Number.isInteger(HTML_N) || HTML_N < 0 || !Number.isInteger(CPU_N) || CPU_N < 1) {
  console.error('bench: --n and --cpu-n want a count of at least 1, --html a count of at least 0');
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build), or run it as npm run bench');
  process.exit(2);
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const CLOCK_TICK_US = 1e6 / 100; // /proc times are in clock ticks of 10 ms (USER_HZ on Linux)

/** utime + stime of a /proc stat line, in µs. */
function statCpu(file) {
  const stat = fs.readFileSync(file, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * CLOCK_TICK_US;
}

/**
 * Runs `vnreport extract` with stdout to a file, polling the process every 50 ms: wall time, the peak RSS (VmHWM)
 * at the end and when `early` records were out, and the CPU of the whole process and of its main thread (the task
 * whose id is the pid) at the last poll. Newlines are counted as the output grows, to see when `early` are out.
 */
function measure(args, outFile, early) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(outFile, 'w');
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peakKb = 0;
    let earlyPeakKb = null;
    let records = 0;
    let counted = 0;
    let cpu = { process: 0, main: 0 };
    const buf = Buffer.alloc(1 << 20);
    const reader = fs.openSync(outFile, 'r');
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        cpu = { process: statCpu(`/proc/${child.pid}/stat`), main: statCpu(`/proc/${child.pid}/task/${child.pid}/stat`) };
      } catch {
        /* exited, or not Linux */
      }
      for (let r; (r = fs.readSync(reader, buf, 0, buf.length, counted)) > 0; counted += r) for (let i = 0; i < r; i++) if (buf[i] === 10) records++;
      if (earlyPeakKb === null && records >= early) earlyPeakKb = peakKb;
    };
    const timer = setInterval(poll, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      poll();
      fs.closeSync(out);
      fs.closeSync(reader);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, earlyPeakMb: earlyPeakKb === null ? null : earlyPeakKb / 1024, records, cpu, stderr });
    });
  });
}

const FLOOR = `
import fs from 'node:fs';
import path from 'node:path';
const decoder = new TextDecoder('utf-8');
const re = /\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)+/gu;
let files = 0, hits = 0;
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else {
      const text = decoder.decode(fs.readFileSync(p)).normalize('NFC');
      for (const _ of text.matchAll(re)) hits++;
      files++;
    }
  }
}
walk(process.argv[1]);
process.stdout.write(JSON.stringify({ files, hits }));
`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function coldStart(args, runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** bench/cpu.mjs in a child process (one thread, nothing else loaded): floor and vnreport µs per article. */
function cpuRun(dir, limit) {
  const r = spawnSync(process.execPath, [path.join(root, 'bench', 'cpu.mjs'), dir, '--json', '--alloc', '--top', '1', ...(limit ? ['--limit', String(limit)] : [])], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench/cpu.mjs exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The HTML cleaner alone on the public benchmark's pages, warm: CPU ms per page (median and mean). */
async function cleanerPerPage() {
  const dir = path.join(shared, 'bench', 'scrapinghub', 'html');
  if (!fs.existsSync(dir)) return null;
  const { decode } = await import(path.join(root, 'dist', 'read', 'decode.js'));
  const { cleanHtml } = await import(path.join(root, 'dist', 'clean', 'html.js'));
  const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort().map((f) => decode(gunzipSync(fs.readFileSync(path.join(dir, f)))).text);
  for (const p of pages) cleanHtml(p);
  const times = [];
  for (let pass = 0; pass < 3; pass++) {
    pages.forEach((p, i) => {
      const t = performance.now();
      cleanHtml(p);
      const ms = performance.now() - t;
      times[i] = pass === 0 ? ms : Math.min(times[i], ms);
    });
  }
  return { pages: pages.length, medianMs: median(times), meanMs: times.reduce((a, b) => a + b, 0) / times.length };
}

const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mark = (ok) => (ok ? 'ok  ' : 'MISS');

async function extract(dir, set, count, jobs, outDir = dir, tag = '') {
  const out = path.join(outDir, `${set}-jobs${jobs ?? 'default'}${tag}.jsonl`);
  const r = await measure(['extract', path.join(dir, set), '--format', 'jsonl', ...(jobs ? ['--jobs', String(jobs)] : [])], out, Math.min(RSS_EARLY, count));
  if (r.code !== 0 && r.code !== 1) throw new Error(`vnreport extract exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  if (r.records !== count) throw new Error(`expected ${count} records on ${set}, got ${r.records}`);
  fs.rmSync(out, { force: true });
  return { ...r, rate: count / r.seconds, failed: (r.stderr.match(/\n/g) ?? []).length };
}

async function main() {
  const dir = flag('dir', null) ? path.resolve(String(flag('dir'))) : fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  console.log(`vnreport bench: ${fmt(N)} text articles, ${fmt(HTML_N)} HTML pages in ${dir}`);
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, load ${load()}`);
  const mallocEnv = Object.entries(process.env).filter(([k]) => k.startsWith('MALLOC_') || k === 'GLIBC_TUNABLES');
  if (mallocEnv.length) console.log(`malloc: ${mallocEnv.map(([k, v]) => `${k}=${v}`).join(' ')} (passed on to every vnreport run)`);
  let t = performance.now();
  const gen = generate(dir, { n: N, htmlN: HTML_N, root, shared });
  console.log(`corpus: ${gen.reused ? 'reused' : `generated from ${gen.seeds} seeds in ${((performance.now() - t) / 1000).toFixed(1)} s`}, ${fmt(gen.bytes / 1048576, 1)} MB`);

  // ---- CPU per article, one thread, warm, against the floor measured in the same process ----
  const real = path.join(shared, 'corpus', 'real');
  const cpu = [];
  for (const [name, folder, limit] of [['corpus/real', real, 0], ['generated', path.join(dir, 'text'), CPU_N]]) {
    if (!fs.existsSync(folder)) continue;
    const r = cpuRun(folder, limit);
    cpu.push({ name, ...r });
    console.log(`cpu       : ${name.padEnd(11)} ${fmt(r.files)} articles, one thread, warm: vnreport ${fmt(r.vnreportUs)} µs, floor ${fmt(r.floorUs)} µs per article = ${r.ratio.toFixed(1)}× the floor; ${fmt(r.allocation.bytesPerArticle / 1024)} KB allocated per article (load ${load()})`);
  }

  // ---- throughput: the default jobs, then one thread ----
  const jobs = JOBS ? Number(JOBS) : null;
  const text = await extract(dir, 'text', N, jobs);
  const mainUs = text.cpu.main / N;
  const workersUs = (text.cpu.process - text.cpu.main) / N;
  console.log(`extract   : text, ${jobs ?? 'default'} jobs: ${fmt(N)} articles in ${text.seconds.toFixed(1)} s = ${fmt(text.rate)} articles/s; peak RSS ${fmt(text.peakMb)} MB (${text.earlyPeakMb === null ? '?' : fmt(text.earlyPeakMb)} MB when ${fmt(Math.min(RSS_EARLY, N))} were out)${text.failed ? `, ${text.failed} failed` : ''} (load ${load()})`);
  console.log(`            CPU per article: main thread ${fmt(mainUs)} µs, the other threads (workers, GC, I/O) ${fmt(workersUs)} µs = 1/${fmt(workersUs / Math.max(mainUs, 1e-9), 1)}`);
  let one = null;
  if (JOBS1) {
    one = await extract(dir, 'text', N, 1);
    console.log(`extract   : text, --jobs 1: ${fmt(N)} articles in ${one.seconds.toFixed(1)} s = ${fmt(one.rate)} articles/s; peak RSS ${fmt(one.peakMb)} MB (load ${load()})`);
  }
  // what two threads can give on this machine at all: the same one-thread run, alone and as two processes at once
  let ceiling = null;
  if (JOBS1 && fs.existsSync(real)) {
    const realCount = fs.readdirSync(real).filter((f) => /\.(txt|html?)$/.test(f)).length;
    const alone = await extract(path.dirname(real), 'real', realCount, 1, dir);
    const pair = await Promise.all([0, 1].map((i) => extract(path.dirname(real), 'real', realCount, 1, dir, `side${i}`)));
    const pairRate = (2 * realCount) / Math.max(...pair.map((r) => r.seconds));
    ceiling = pairRate / alone.rate;
    console.log(`ceiling   : corpus/real, --jobs 1 alone ${fmt(alone.rate)} articles/s; two such processes side by side ${fmt(pairRate)} articles/s together = ${ceiling.toFixed(2)}× (load ${load()})`);
  }
  let html = null;
  if (HTML_N) {
    html = await extract(dir, 'html', HTML_N, jobs);
    console.log(`extract   : html, ${jobs ?? 'default'} jobs: ${fmt(HTML_N)} pages in ${html.seconds.toFixed(1)} s = ${fmt(html.rate)} pages/s; peak RSS ${fmt(html.peakMb)} MB`);
  }
  const cleaner = await cleanerPerPage();
  if (cleaner) console.log(`cleaner   : ${cleaner.pages} pages of ../shared/bench/scrapinghub, warm: median ${cleaner.medianMs.toFixed(2)} ms, mean ${cleaner.meanMs.toFixed(2)} ms per page`);

  t = performance.now();
  const floorRun = spawnSync(process.execPath, ['--input-type=module', '-e', FLOOR, path.join(dir, 'text')], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const floorSeconds = (performance.now() - t) / 1000;
  const floor = JSON.parse(floorRun.stdout);
  const floorRate = floor.files / floorSeconds;
  console.log(`floor     : ${fmt(floor.files)} files read, decoded, NFC, one regex in ${floorSeconds.toFixed(1)} s = ${fmt(floorRate)} files/s (one thread, a separate process)`);

  const bare = coldStart(['-e', '0']);
  const version = coldStart([bin, '--version']);
  console.log(`cold start: node -e 0 ${bare.toFixed(0)} ms, vnreport --version ${version.toFixed(0)} ms (median of 15)`);

  // each in a child process, stopped at the cap: a quadratic rule must not hold the benchmark up for hours
  const lines = await measureAll({ capSeconds: Number(flag('cap', 20)) });
  console.log('adversarial inputs (CPU seconds in processArticle):');
  for (const l of lines) console.log(`  ${describe(l)}`);

  const cores = os.cpus().length;
  const atScale = N >= 100_000;
  console.log(`\ntarget                                            measured (load ${load()})`);
  for (const c of cpu) console.log(`${mark(c.ratio <= 5)} CPU per article ≤ 5× the floor (${c.name.padEnd(11)}) ${c.ratio.toFixed(1)}× (${fmt(c.vnreportUs)} against ${fmt(c.floorUs)} µs)`);
  if (one) console.log(`${mark(text.rate >= 1.8 * one.rate)} default jobs ≥ 1.8× --jobs 1                 ${(text.rate / one.rate).toFixed(2)}× (${fmt(text.rate)} against ${fmt(one.rate)} articles/s)`);
  if (ceiling !== null) console.log(`     two one-thread processes side by side        ${ceiling.toFixed(2)}× one alone: what ${cores} cores give this work here`);
  console.log(`${mark(text.rate >= 2000)} ≥ 2,000 text articles/s (on an idle 2-core)  ${fmt(text.rate)} /s on ${cores} cores`);
  console.log(`${mark(mainUs * 16 <= workersUs)} main thread ≤ 1/16 of the workers' CPU      1/${fmt(workersUs / Math.max(mainUs, 1e-9), 1)} (${fmt(mainUs)} against ${fmt(workersUs)} µs per article)`);
  console.log(`${atScale ? mark(text.peakMb <= 150) : '--  '} peak RSS ≤ 150 MB at 100,000 articles        ${fmt(text.peakMb)} MB at ${fmt(N)}${atScale ? '' : ' (run with --n 100000 to judge)'}`);
  if (text.earlyPeakMb !== null && N > RSS_EARLY)
    console.log(`${mark(text.peakMb <= text.earlyPeakMb * 1.1)} peak RSS flat (within 10 %)                 ${fmt(text.earlyPeakMb)} MB at ${fmt(RSS_EARLY)}, ${fmt(text.peakMb)} MB at ${fmt(N)}`);
  if (cleaner) console.log(`${mark(cleaner.medianMs <= 5.5)} HTML cleaner ≤ 5.5 ms per page (median)       ${cleaner.medianMs.toFixed(2)} ms`);
  console.log(`${mark(version <= 1.5 * bare)} --version ≤ 1.5× bare node                   ${(version / bare).toFixed(2)}×`);
  const oneMb = lines.filter((l) => l.name.startsWith('1 MB line'));
  const slowest = oneMb.reduce((a, b) => ((b.seconds ?? Infinity) > (a.seconds ?? Infinity) ? b : a));
  const over = oneMb.filter((l) => l.seconds === null || l.seconds >= 1).length; // null: stopped at the cap
  console.log(`${mark(over === 0)} a 1 MB adversarial line in < 1 s             ${slowest.seconds === null ? `over ${slowest.cap} s` : `${slowest.seconds.toFixed(2)} s`} at worst (${slowest.name.replace('1 MB line: ', '')}); ${over} of ${oneMb.length} over 1 s`);
  if (html) console.log(`     HTML pages                                   ${fmt(html.rate)} /s, peak RSS ${fmt(html.peakMb)} MB`);
  console.log(`     floor as its own process                     ${fmt(floorRate)} files/s: vnreport's default jobs ${(floorRate / text.rate).toFixed(1)}× slower`);

  if (!KEEP && !flag('dir', null)) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${dir}`);
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
