#!/usr/bin/env node
// Throughput benchmark (a script, not a test): generates a corpus by mutating the seed articles, then measures in
// one run
//   - articles/s of `vnreport extract` on the text set and on an HTML variant set (and the peak RSS of each run),
//   - the floor: a bare Node script that reads each file, decodes it, normalises it to NFC and runs one Unicode
//     regex over it, and vnreport's ratio to it,
//   - cold start of `vnreport --version` against `node -e 0`,
//   - the adversarial inputs of bench/adversarial.mjs (1 MB lines of each kind the issues name, hostile pages and
//     encodings), each in a child process, stopped after --cap seconds (default 20).
//
//   npm run bench                          100,000 text articles, 10,000 HTML pages (several minutes)
//   npm run bench -- --n 5000              a smaller run
//   npm run bench -- --n 5000 --html 0 --jobs 4 --keep
//
// Flags: --n <count> text articles (default 100000); --html <count> HTML pages (default n/10); --jobs <n> passed to
// vnreport (default: its own, the number of cores); --keep keeps the generated folder; --dir <path> generates
// there (or reuses it when it already holds a corpus of the same size); --seed <n> for the mutations; --cap <s>.
// Seeds: fixtures/articles, and ../shared/seeds and ../shared/corpus/dev when present (VNREPORT_SHARED).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, measureAll } from './adversarial.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
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
const KEEP = Boolean(flag('keep', false));
let rand = Number(flag('seed', 42)) >>> 0 || 42;

if (!Number.isInteger(N) || N < 1 || !Number.isInteger(HTML_N) || HTML_N < 0) {
  console.error('bench: --n wants a count of at least 1, --html a count of at least 0');
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('bench: build first (npm run build), or run it as npm run bench');
  process.exit(2);
}

// ---- a small deterministic random source (mulberry32) ----
function random() {
  rand = (rand + 0x6d2b79f5) >>> 0;
  let t = rand;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// ---- seeds ----
function seedTexts() {
  const dirs = [path.join(root, 'fixtures', 'articles'), path.join(shared, 'seeds'), path.join(shared, 'corpus', 'dev')];
  const seen = new Set();
  const out = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = fs.readFileSync(path.join(d, f), 'utf8');
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

// ---- mutations: names, numbers, dates, paragraph order ----
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Đinh', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Đình'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hương', 'Lan', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Yến', 'Hải', 'Khánh'];
const NAME = new RegExp(`(?<![\\p{L}])(?:${SURNAMES.join('|')})(?: \\p{Lu}\\p{Ll}*){1,3}`, 'gu');

function mutate(text) {
  const names = new Map();
  let t = text.replace(NAME, (m) => {
    if (!names.has(m)) names.set(m, `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
    return names.get(m);
  });
  const shift = int(-3, 3);
  t = t.replace(/(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)/g, (y) => String(Number(y) + shift));
  t = t.replace(/(?<!\d)(\d{1,2})\/(\d{1,2})(?=\/\d{4}|[^\d/])/g, () => `${int(1, 28)}/${String(int(1, 12)).padStart(2, '0')}`);
  t = t.replace(/(?<![\d,.])(\d{1,3})(,\d+)?(\s?%)/g, (_m, _n, dec, pct) => `${int(1, 100)}${dec ? `,${int(0, 9)}` : ''}${pct}`);
  t = t.replace(/(?<![\d,.])(\d{1,3})(?= (?:tập thể|cá nhân|đồng chí|lượt|người|đơn vị))/g, (n) => String(int(1, 120)).padStart(n.length, '0'));
  const lines = t.split('\n');
  if (lines.length > 6) {
    // shuffle the body's paragraphs, keeping the headline block and the byline
    const head = lines.slice(0, 3);
    const tail = lines.slice(-1);
    const body = lines.slice(3, -1);
    for (let i = body.length - 1; i > 0; i--) {
      const j = int(0, i);
      [body[i], body[j]] = [body[j], body[i]];
    }
    return [...head, ...body, ...tail].join('\n');
  }
  return t;
}

function asHtml(text, i) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const title = esc(lines[0] ?? '');
  const nav = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Quốc phòng - Quân sự', 'Văn bản', 'Liên hệ'].map((x) => `<li><a href="/${encodeURIComponent(x)}">${x}</a></li>`).join('');
  const related = Array.from({ length: 5 }, (_, k) => `<li><a href="/tin/${i + k}.html">${esc(lines[(k + 1) % lines.length].slice(0, 60))}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script></head>
<body><div id="header"><div class="logo">Cổng thông tin điện tử</div><ul class="menu">${nav}</ul></div>
<div id="main"><div class="breadcrumb">Trang chủ › Tin tức</div>
<article class="news-detail"><h1 class="title">${title}</h1><div class="date">Cập nhật: ${int(1, 28)}/${int(1, 12)}/20${int(15, 23)}</div>
${lines.slice(1).map((l) => `<p>${esc(l)}</p>`).join('\n')}
</article><div class="share">Chia sẻ: Facebook | Zalo | In bài</div><div class="related"><h3>Tin liên quan</h3><ul>${related}</ul></div></div>
<div id="sidebar"><h3>Thống kê truy cập</h3><p>Đang online: ${int(10, 99)}</p><p>Tổng lượt: ${int(10000, 999999)}</p></div>
<div id="footer">Bản quyền © Cổng thông tin điện tử. Địa chỉ: số ${int(1, 200)} đường Lê Lợi. Điện thoại: 0225.${int(1000000, 9999999)}</div>
<script src="/js/site.js"></script></body></html>
`;
}

function generate(dir) {
  const marker = path.join(dir, 'corpus.json');
  if (fs.existsSync(marker)) {
    const m = JSON.parse(fs.readFileSync(marker, 'utf8'));
    if (m.n === N && m.html === HTML_N) return { reused: true, bytes: m.bytes };
  }
  const seeds = seedTexts();
  let bytes = 0;
  const write = (sub, i, ext, text) => {
    const folder = path.join(dir, sub, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${String(i).padStart(6, '0')}.${ext}`), text);
    bytes += Buffer.byteLength(text);
  };
  for (let i = 0; i < N; i++) write('text', i, 'txt', mutate(seeds[i % seeds.length]));
  for (let i = 0; i < HTML_N; i++) write('html', i, 'html', asHtml(mutate(seeds[i % seeds.length]), i));
  fs.writeFileSync(marker, JSON.stringify({ n: N, html: HTML_N, seeds: seeds.length, bytes }));
  return { reused: false, bytes, seeds: seeds.length };
}

// ---- measuring ----
/** Runs a command with stdout to a file; wall time and peak RSS (VmHWM of the process, polled). */
function measure(cmd, args, outFile) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(outFile, 'w');
    const started = performance.now();
    const child = spawn(cmd, args, { stdio: ['ignore', out, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let peakKb = 0;
    const poll = () => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited, or not Linux */
      }
    };
    const timer = setInterval(poll, 50);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      fs.closeSync(out);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, stderr });
    });
  });
}

function countLines(file) {
  let n = 0;
  const buf = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  for (let r; (r = fs.readSync(fd, buf, 0, buf.length)) > 0; ) for (let i = 0; i < r; i++) if (buf[i] === 10) n++;
  fs.closeSync(fd);
  return n;
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

const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mark = (ok) => (ok ? 'ok  ' : 'MISS');

async function main() {
  const dir = flag('dir', null) ? path.resolve(String(flag('dir'))) : fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-bench-'));
  fs.mkdirSync(dir, { recursive: true });
  console.log(`vnreport bench: ${fmt(N)} text articles, ${fmt(HTML_N)} HTML pages in ${dir}`);
  console.log(`machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  let t = performance.now();
  const gen = generate(dir);
  console.log(`corpus: ${gen.reused ? 'reused' : `generated from ${gen.seeds} seeds in ${((performance.now() - t) / 1000).toFixed(1)} s`}, ${fmt(gen.bytes / 1048576, 1)} MB`);

  const jobs = JOBS ? ['--jobs', String(JOBS)] : [];
  const results = {};
  for (const set of ['text', ...(HTML_N ? ['html'] : [])]) {
    const count = set === 'text' ? N : HTML_N;
    const out = path.join(dir, `${set}.jsonl`);
    const r = await measure(process.execPath, [bin, 'extract', path.join(dir, set), '--format', 'jsonl', ...jobs], out);
    const lines = countLines(out);
    if (r.code !== 0 && r.code !== 1) throw new Error(`vnreport extract exited ${r.code}: ${r.stderr.slice(0, 500)}`);
    if (lines !== count) throw new Error(`expected ${count} records on ${set}, got ${lines}`);
    results[set] = { ...r, rate: count / r.seconds, failed: (r.stderr.match(/\n/g) ?? []).length };
    console.log(`extract ${set.padEnd(4)}: ${fmt(count)} articles in ${r.seconds.toFixed(1)} s = ${fmt(count / r.seconds)} articles/s, peak RSS ${fmt(r.peakMb)} MB${results[set].failed ? `, ${results[set].failed} failed` : ''}`);
  }

  t = performance.now();
  const floorRun = spawnSync(process.execPath, ['--input-type=module', '-e', FLOOR, path.join(dir, 'text')], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const floorSeconds = (performance.now() - t) / 1000;
  const floor = JSON.parse(floorRun.stdout);
  const floorRate = floor.files / floorSeconds;
  console.log(`floor     : ${fmt(floor.files)} files read, decoded, NFC, one regex in ${floorSeconds.toFixed(1)} s = ${fmt(floorRate)} files/s (one thread)`);

  const bare = coldStart(['-e', '0']);
  const version = coldStart([bin, '--version']);
  console.log(`cold start: node -e 0 ${bare.toFixed(0)} ms, vnreport --version ${version.toFixed(0)} ms (median of 15)`);

  // each in a child process, stopped at the cap: a quadratic rule must not hold the benchmark up for hours
  const lines = await measureAll({ capSeconds: Number(flag('cap', 20)) });
  console.log('adversarial inputs (CPU seconds in processArticle):');
  for (const l of lines) console.log(`  ${describe(l)}`);

  const text = results.text;
  const ratio = floorRate / text.rate;
  const rssAtScale = N >= 100_000;
  console.log('\ntarget                                   measured');
  console.log(`${mark(text.rate >= 2000)} ≥ 2,000 text articles/s on 2 cores     ${fmt(text.rate)} /s on ${os.cpus().length} cores`);
  console.log(`${mark(ratio <= 10)} within 10× of the floor                ${ratio.toFixed(1)}× slower than the floor`);
  console.log(`${mark(version <= 1.5 * bare)} --version ≤ 1.5× bare node             ${(version / bare).toFixed(2)}×`);
  console.log(`${rssAtScale ? mark(text.peakMb <= 150) : '--  '} peak RSS ≤ 150 MB at 100,000 articles  ${fmt(text.peakMb)} MB at ${fmt(N)}${rssAtScale ? '' : ' (run with --n 100000 to judge)'}`);
  const oneMb = lines.filter((l) => l.name.startsWith('1 MB line'));
  const slowest = oneMb.reduce((a, b) => ((b.seconds ?? Infinity) > (a.seconds ?? Infinity) ? b : a));
  const over = oneMb.filter((l) => !(l.seconds < 1)).length;
  console.log(`${mark(over === 0)} a 1 MB adversarial line in < 1 s      ${slowest.seconds === null ? `over ${slowest.cap} s` : `${slowest.seconds.toFixed(2)} s`} at worst (${slowest.name.replace('1 MB line: ', '')}); ${over} of ${oneMb.length} over 1 s`);
  if (results.html) console.log(`     HTML                                  ${fmt(results.html.rate)} /s, peak RSS ${fmt(results.html.peakMb)} MB`);

  if (!KEEP && !flag('dir', null)) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${dir}`);
}

main().catch((e) => {
  console.error(`bench: ${e.message}`);
  process.exit(1);
});
