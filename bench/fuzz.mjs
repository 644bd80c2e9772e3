#!/usr/bin/env node
// Fuzzing on real text (a script, not a test): N mutated copies of the real articles in ../shared/corpus/real,
// each checked in two ways.
//
// 1. In child processes of this script, one article at a time (process.cpuUsage around processArticle): the CPU
//    it takes (the budget is 1 s), that its record is one valid JSON line, that every span slices the cleaned text
//    to the text it quotes, and that the cleaned text is what `vnreport clean` prints for the same bytes. An input
//    over the budget is run again through decoding and cleaning alone, so that its time is put down to the right
//    stage: "rules" (the extraction engine) or "decode+clean". One still running after --cap seconds is stopped.
// 2. The inputs, written to a folder, through `vnreport extract` itself (worker threads, --timeout): one record
//    per input, each file once, every line valid JSON, exit code 0 or 1.
//
//   npm run fuzz                          10,000 inputs (about ten minutes on 2 cores)
//   npm run fuzz -- --n 1000 --seed 7     a smaller run; --jobs <n> children (default 2), --cap <s> (default 20),
//                                         --timeout <s> for the CLI run (default 5), --no-cli, --keep, --dir <path>
//
// Mutations (each input gets one to three, named in its file name and in the summary): byte flips, truncation,
// shuffled or repeated lines, the whole text on one line, one sentence repeated with no line break, a run of
// digits after a figure, stacked combining marks, invisible characters, CRLF, NFD, many articles in one; as HTML
// (a portal page, one <p>, broken and hostile markup); as UTF-16, windows-1258, TCVN3 bytes or TCVN3 mojibake;
// gzip; NUL bytes, a PNG header, nothing at all.
//
// The exit code is 0 when the run is clean: every input gave one record, valid JSON, true spans, the text of
// `clean`, and every input over the CPU budget spent it in the extraction rules (reported, not yet failed: see the
// README's Reliability section).
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');

function flag(name, fallback) {
  if (process.argv.includes(`--no-${name}`)) return false;
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = process.argv[i + 1];
  return v === undefined || v.startsWith('--') ? true : v;
}

const BUDGET_SECONDS = 1;

// ---- mutations -------------------------------------------------------------------------------------------------

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const COMBINING = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031B'];
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u00A0', '\u202F'];

/** windows-1258 keeps ă â ê ô ơ ư đ precomposed and writes the five tones as combining marks after the letter. */
function decomposed1258(text) {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return [...text.normalize('NFC')].map((ch) => {
    const d = ch.normalize('NFD');
    return d.replace(tones, '').normalize('NFC') + (d.match(tones) ?? []).join('');
  }).join('');
}

function portalPage(title, body, r) {
  const paragraphs = body.split('\n').filter(Boolean).map((p) => `<p>${p}</p>`).join('\n');
  const menu = '<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/lh">Liên hệ</a></li></ul>';
  const side = '<aside class="sidebar"><h3>Tin liên quan</h3><ul><li><a href="/a">Tin khác một</a></li><li><a href="/b">Tin khác hai</a></li></ul></aside>';
  const charset = r() < 0.1 ? '<meta charset="iso-8859-1">' : '<meta charset="utf-8">';
  return `<!doctype html><html><head>${charset}<title>${title} | Cổng thông tin điện tử</title></head><body><nav>${menu}</nav><div class="main"><article class="content"><h1>${title}</h1>${paragraphs}</article>${side}</div><footer>Bản quyền thuộc Cổng thông tin điện tử</footer></body></html>`;
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const between = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

/** Text mutations: [name, weight, (text, r, seeds) => text]. */
const TEXT = [
  ['as-is', 14, (t) => t],
  ['shuffled-lines', 6, (t, r) => t.split('\n').sort(() => r() - 0.5).join('\n')],
  ['repeated-lines', 6, (t, r) => t.split('\n').flatMap((l) => (r() < 0.3 ? Array(between(r, 2, 6)).fill(l) : [l])).join('\n')],
  ['one-line', 5, (t) => t.replace(/\s*\n\s*/g, ' ')],
  ['repeated-sentence', 0.6, (t, r) => {
    const sentences = t.split(/(?<=[.!?])\s+/).filter((s) => s.length > 40);
    const s = sentences.length ? pick(r, sentences) : t.slice(0, 200);
    return `${t.split('\n')[0]}\n${Array(between(r, 200, 3000)).fill(s).join(' ')}`;
  }],
  ['digit-run', 0.6, (t, r) => {
    const at = t.search(/\d%|\d\s*%|\d/);
    const i = at < 0 ? Math.floor(t.length / 2) : at + 1;
    return t.slice(0, i) + '7'.repeat(between(r, 1000, 60_000)) + t.slice(i);
  }],
  ['combining-marks', 2, (t, r) => {
    const i = Math.floor(r() * t.length);
    const n = r() < 0.2 ? between(r, 10_000, 200_000) : between(r, 3, 300);
    let marks = '';
    for (let k = 0; k < n; k++) marks += COMBINING[k % 3 === 0 ? 0 : k % 3 === 1 ? 4 : between(r, 0, 7)];
    return t.slice(0, i) + marks + t.slice(i);
  }],
  ['invisible-chars', 4, (t, r) => [...t].map((c) => (r() < 0.05 ? pick(r, INVISIBLE) + c : c)).join('')],
  ['crlf', 3, (t) => t.replace(/\n/g, '\r\n')],
  ['nfd', 4, (t) => t.normalize('NFD')],
  ['punctuation-noise', 4, (t, r) => [...t].map((c) => (r() < 0.02 ? pick(r, ['“', '”', '"', '(', ')', '%', ',', ';', ' - ', '…']) + c : c)).join('')],
  ['many-articles', 2, (t, r, seeds) => [t, ...Array.from({ length: between(r, 5, 40) }, () => pick(r, seeds))].join('\n\n')],
];

/** Markup, after the text: [name, weight, (text, r) => html | null]. */
const MARKUP = [
  ['plain', 70, () => null],
  ['html-page', 18, (t, r) => portalPage(t.split('\n')[0], t.split('\n').slice(1).join('\n'), r)],
  ['html-one-p', 4, (t) => `<html><head><title>Tin</title></head><body><p>${t.replace(/\n/g, ' ')}</p></body></html>`],
  ['html-hostile', 8, (t, r) => {
    const page = portalPage(t.split('\n')[0], t.split('\n').slice(1).join('\n'), r);
    const junk = pick(r, ['</b><i>', '<div>', '<p><b>', '<div/>', '<div><svg></div>', '</p>', '<table><tr><td>', '<a href="x>y">', '<!--', '<script>']);
    const i = Math.floor(r() * page.length);
    return page.slice(0, i) + junk.repeat(between(r, 10, r() < 0.3 ? 100_000 : 2000)) + page.slice(i);
  }],
];

/** Bytes, after the markup: [name, weight, (text, r) => Buffer]. */
const BYTES = [
  ['utf-8', 62, (t) => Buffer.from(t)],
  ['utf-16le', 3, (t, r) => Buffer.concat([r() < 0.5 ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(t, 'utf16le')])],
  ['utf-16be', 2, (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()])],
  ['windows-1258', 4, (t) => iconv.encode(decomposed1258(t), 'windows1258')],
  ['tcvn3', 4, (t) => iconv.encode(t.normalize('NFC'), 'tcvn')],
  ['tcvn3-mojibake', 4, (t) => Buffer.from(iconv.decode(iconv.encode(t.normalize('NFC'), 'tcvn'), 'windows1252'))],
  ['byte-flips', 8, (t, r) => {
    const b = Buffer.from(t);
    for (let k = between(r, 1, 40); k > 0; k--) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    return b;
  }],
  ['truncated', 5, (t, r) => Buffer.from(t).subarray(0, Math.floor(r() * Buffer.byteLength(t)))],
  ['nul-bytes', 1.5, (t, r) => {
    const b = Buffer.from(t);
    const i = Math.floor(r() * b.length);
    return Buffer.concat([b.subarray(0, i), Buffer.alloc(between(r, 1, 64)), b.subarray(i)]);
  }],
  ['png-header', 0.7, (t) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(t)])],
  ['empty', 0.3, () => Buffer.alloc(0)],
];

function choose(r, table) {
  const total = table.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const entry of table) if ((x -= entry[1]) < 0) return entry;
  return table[table.length - 1];
}

/** Input i: a seed article, mutated; the same for the same seed and index. */
function mutate(i, seeds, seed) {
  const r = rng((seed * 1_000_003 + i * 7919) >>> 0);
  const source = seeds[i % seeds.length];
  const kinds = [];
  let text = source;
  for (let k = r() < 0.25 ? 2 : 1; k > 0; k--) {
    const [name, , fn] = choose(r, TEXT);
    if (name !== 'as-is' || kinds.length === 0) kinds.push(name);
    text = fn(text, r, seeds);
  }
  const [markup, , wrap] = choose(r, MARKUP);
  const html = wrap(text, r);
  if (html !== null) kinds.push(markup);
  const [encoding, , encode] = choose(r, BYTES);
  if (encoding !== 'utf-8') kinds.push(encoding);
  let bytes = encode(html ?? text, r);
  const gz = r() < 0.05;
  if (gz) {
    bytes = gzipSync(bytes);
    kinds.push('gzip');
  }
  const name = `${String(i).padStart(5, '0')}-${kinds.join('+')}.${html !== null ? 'html' : 'txt'}${gz ? '.gz' : ''}`;
  return { i, name, kinds: kinds.join('+'), bytes };
}

// ---- the child: one article at a time ----------------------------------------------------------------------------

/** Every finding in a record: whatever carries a span and the text it quotes. */
function findings(value, out = []) {
  if (Array.isArray(value)) for (const v of value) findings(v, out);
  else if (value && typeof value === 'object') {
    if (Array.isArray(value.span) && typeof value.text === 'string') out.push(value);
    for (const v of Object.values(value)) findings(v, out);
  }
  return out;
}

const cpuSince = (t) => {
  const u = process.cpuUsage(t);
  return (u.user + u.system) / 1e6;
};

async function child() {
  const dist = (f) => import(path.join(root, 'dist', f));
  const [{ processArticle }, { unpack }, { cleanBytes }, { jsonLine }, { DEFAULT_MAX_BYTES }] = await Promise.all([
    dist('pipeline.js'),
    dist('read/file.js'),
    dist('cli/io.js'),
    dist('emit/json.js'),
    dist('read/limits.js'),
  ]);
  const read = (bytes) => {
    try {
      return { bytes: unpack(new Uint8Array(bytes), DEFAULT_MAX_BYTES) };
    } catch (e) {
      return { error: e.message };
    }
  };
  // warm: the gazetteer, the HTML parser and the patterns load on first use
  for (const warm of ['Hội nghị\nNgày 21/11/2019, UBND huyện Đắk Hà đạt 100% chỉ tiêu.\nMinh Anh', '<html><body><p>Tin bài hôm nay.</p></body></html>']) processArticle({ file: 'warm', bytes: Buffer.from(warm) });
  process.on('message', async (m) => {
    if (m.onlyClean) {
      const t = process.cpuUsage();
      const got = read(m.bytes);
      if (!got.error) await cleanBytes(got.bytes, 'auto');
      return process.send({ i: m.i, cleanSeconds: cpuSince(t) });
    }
    const got = read(m.bytes);
    const t = process.cpuUsage();
    let result;
    try {
      result = got.error ? { record: { file: m.name, ok: false, error: got.error }, cleaned: null } : processArticle({ file: m.name, bytes: got.bytes });
    } catch (e) {
      return process.send({ i: m.i, seconds: cpuSince(t), problems: [`processArticle threw: ${e.message}`] });
    }
    const seconds = cpuSince(t);
    const problems = [];
    const { record, cleaned } = result;
    try {
      const back = JSON.parse(jsonLine(record));
      if (back.file !== m.name || typeof back.ok !== 'boolean') problems.push('record without file or ok');
    } catch (e) {
      problems.push(`record is not valid JSON: ${e.message}`);
    }
    let spans = 0;
    if (record.ok) {
      for (const f of findings(record)) {
        spans++;
        if (cleaned.slice(f.span[0], f.span[1]) !== f.text) problems.push(`span [${f.span}] of "${f.text.slice(0, 40)}" is "${cleaned.slice(f.span[0], f.span[1]).slice(0, 40)}"`);
      }
    }
    let cleanSeconds = null;
    const t2 = process.cpuUsage();
    const printed = got.error ? got : await cleanBytes(got.bytes, 'auto');
    if (seconds > BUDGET_SECONDS) cleanSeconds = cpuSince(t2);
    if (record.ok && printed.text !== cleaned) problems.push('the cleaned text differs from what clean prints');
    if (!record.ok && printed.error === undefined) problems.push(`clean prints text for an article whose record failed (${record.error})`);
    process.send({ i: m.i, seconds, cleanSeconds, ok: record.ok, error: record.ok ? undefined : record.error, spans, problems });
  });
  process.send({ ready: true });
}

// ---- the parent ----------------------------------------------------------------------------------------------

class Child {
  constructor(onResult) {
    this.onResult = onResult;
    this.start();
  }

  start() {
    this.proc = fork(here, ['--child'], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.ready = new Promise((resolve) => this.proc.once('message', resolve));
    this.proc.on('message', (m) => {
      if (m.ready) return;
      const job = this.job;
      this.job = null;
      job?.resolve(m);
    });
  }

  async run(message, capSeconds) {
    await this.ready;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        // still running at the cap: stop it, start a fresh one
        this.job = null;
        this.proc.kill('SIGKILL');
        this.start();
        resolve({ i: message.i, stopped: true });
      }, capSeconds * 1000);
      this.job = { resolve: (m) => (clearTimeout(timer), resolve(m)) };
      this.proc.send(message);
    });
  }

  stop() {
    this.proc.kill();
  }
}

function readSeeds() {
  const dir = path.join(shared, 'corpus', 'real');
  if (!fs.existsSync(dir)) throw new Error(`no real articles in ${dir} (set VNREPORT_SHARED)`);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

const fmt = (x, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function runCli(dir, n, jobs, timeout) {
  const out = path.join(dir, '..', `${path.basename(dir)}.jsonl`);
  const fd = fs.openSync(out, 'w');
  const started = performance.now();
  const r = await new Promise((resolve) => {
    const p = spawn(process.execPath, [path.join(root, 'bin', 'vnreport.js'), 'extract', dir, '--format', 'jsonl', '--jobs', String(jobs), '--timeout', String(timeout), '--no-progress'], { stdio: ['ignore', fd, 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  fs.closeSync(fd);
  const seconds = (performance.now() - started) / 1000;
  const text = fs.readFileSync(out, 'utf8');
  fs.rmSync(out);
  const lines = text.split('\n');
  const problems = [];
  if (lines.pop() !== '') problems.push('the output does not end on a whole line');
  const files = new Set();
  let timedOut = 0;
  for (const [k, line] of lines.entries()) {
    try {
      const rec = JSON.parse(line);
      files.add(path.basename(rec.file));
      if (/timed out/.test(rec.error ?? '')) timedOut++;
    } catch {
      problems.push(`line ${k + 1} is not valid JSON`);
    }
  }
  if (lines.length !== n) problems.push(`${lines.length} records for ${n} inputs`);
  if (files.size !== n) problems.push(`${files.size} different files among the records`);
  if (r.code !== 0 && r.code !== 1) problems.push(`exit code ${r.code}${r.signal ? ` (${r.signal})` : ''}`);
  if (/\bat .+\.js:\d+|Check failed|Assertion failed|FATAL/.test(r.stderr)) problems.push('a stack trace or an abort on stderr');
  return { seconds, records: lines.length, timedOut, code: r.code, problems };
}

async function main() {
  const n = Number(flag('n', 10_000));
  const seed = Number(flag('seed', 1));
  const jobs = Number(flag('jobs', Math.min(2, os.availableParallelism())));
  const capSeconds = Number(flag('cap', 20));
  const cliTimeout = Number(flag('timeout', 5));
  const withCli = flag('cli', true) !== false;
  const seeds = readSeeds();
  const dir = flag('dir', null) ? path.resolve(String(flag('dir'))) : fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-fuzz-'));
  fs.mkdirSync(dir, { recursive: true });
  console.log(`vnreport fuzz: ${fmt(n)} inputs from ${fmt(seeds.length)} real articles, seed ${seed}, ${jobs} child processes, CPU budget ${BUDGET_SECONDS} s, stopped at ${capSeconds} s`);
  console.log(`machine: ${os.availableParallelism()} cores, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}; inputs in ${dir}`);

  const inputs = new Map();
  const results = [];
  const children = Array.from({ length: jobs }, () => new Child());
  let next = 0;
  let done = 0;
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    children.map(async (c) => {
      while (next < n) {
        const input = mutate(next++, seeds, seed);
        bytes += input.bytes.length;
        fs.writeFileSync(path.join(dir, input.name), input.bytes);
        inputs.set(input.i, { name: input.name, kinds: input.kinds, size: input.bytes.length });
        const res = await c.run({ i: input.i, name: input.name, bytes: input.bytes }, capSeconds);
        if (res.stopped || res.seconds > BUDGET_SECONDS) {
          // how much of it decoding and cleaning take, alone
          const again = res.stopped ? await c.run({ i: input.i, onlyClean: true, bytes: input.bytes }, capSeconds) : null;
          res.cleanSeconds = again ? (again.stopped ? null : again.cleanSeconds) : res.cleanSeconds;
        }
        results.push(res);
        if (++done % 1000 === 0) console.log(`  ${fmt(done)} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    }),
  );
  for (const c of children) c.stop();
  const wall = (performance.now() - started) / 1000;

  const failedRecords = results.filter((r) => r.ok === false);
  const problems = results.filter((r) => r.problems?.length);
  const slow = results.filter((r) => r.stopped || r.seconds > BUDGET_SECONDS);
  const inRules = (r) => r.cleanSeconds !== null && r.cleanSeconds !== undefined && r.cleanSeconds <= BUDGET_SECONDS;
  const ours = slow.filter((r) => !inRules(r));
  const seconds = results.filter((r) => !r.stopped).map((r) => r.seconds).sort((a, b) => a - b);
  const quantile = (q) => seconds[Math.min(seconds.length - 1, Math.floor(q * seconds.length))] ?? 0;

  console.log(`\nin process: ${fmt(results.length)} records for ${fmt(n)} inputs (${fmt(bytes / 1048576, 1)} MB) in ${wall.toFixed(0)} s`);
  console.log(`  CPU per input: median ${(quantile(0.5) * 1000).toFixed(1)} ms, p99 ${(quantile(0.99) * 1000).toFixed(0)} ms, max ${(seconds[seconds.length - 1] ?? 0).toFixed(2)} s${slow.some((r) => r.stopped) ? ` (and ${slow.filter((r) => r.stopped).length} stopped at ${capSeconds} s)` : ''}`);
  console.log(`  spans checked: ${fmt(results.reduce((k, r) => k + (r.spans ?? 0), 0))}; records with ok:false: ${fmt(failedRecords.length)}`);
  const reasons = new Map();
  for (const r of failedRecords) {
    const why = r.error.replace(/[\d.,]+ (?:bytes|KiB|MiB)/g, 'N').replace(/\d+/g, 'N');
    reasons.set(why, (reasons.get(why) ?? 0) + 1);
  }
  for (const [why, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`    ${fmt(count).padStart(6)}  ${why}`);
  console.log(`  over ${BUDGET_SECONDS} s of CPU: ${slow.length} (${slow.length - ours.length} in the extraction rules, ${ours.length} in decoding or cleaning)`);
  const byKind = new Map();
  for (const r of slow) {
    const { kinds } = inputs.get(r.i);
    const k = byKind.get(kinds) ?? { count: 0, worst: 0, stopped: 0, ours: 0 };
    k.count++;
    if (r.stopped) k.stopped++;
    else k.worst = Math.max(k.worst, r.seconds);
    if (!inRules(r)) k.ours++;
    byKind.set(kinds, k);
  }
  for (const [kinds, k] of [...byKind].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`    ${String(k.count).padStart(5)}  ${kinds}: ${k.stopped ? `${k.stopped} stopped at ${capSeconds} s, ` : ''}worst ${k.worst.toFixed(1)} s${k.ours ? `, ${k.ours} NOT in the rules` : ''}`);
  }
  for (const r of ours.slice(0, 10)) {
    const input = inputs.get(r.i);
    console.log(`    decoding/cleaning: ${input.name} (${fmt(input.size)} bytes): ${r.stopped ? 'stopped' : `${r.seconds.toFixed(2)} s`}, clean alone ${r.cleanSeconds === null ? 'stopped' : `${r.cleanSeconds?.toFixed(2)} s`}`);
  }
  console.log(`  problems: ${problems.length}`);
  for (const r of problems.slice(0, 20)) console.log(`    ${inputs.get(r.i).name}: ${r.problems.slice(0, 3).join('; ')}`);

  let cli = null;
  if (withCli) {
    cli = await runCli(dir, n, jobs, cliTimeout);
    console.log(`\nvnreport extract (--jobs ${jobs} --timeout ${cliTimeout}): ${fmt(cli.records)} records for ${fmt(n)} inputs in ${cli.seconds.toFixed(0)} s, ${cli.timedOut} timed out, exit ${cli.code}`);
    for (const p of cli.problems) console.log(`  problem: ${p}`);
  }

  const clean = results.length === n && problems.length === 0 && ours.length === 0 && (!cli || cli.problems.length === 0);
  console.log(
    `\n${clean ? 'clean' : 'NOT clean'}: ${fmt(n)} inputs, ${problems.length} with problems, ${ours.length} over the CPU budget outside the rules` +
      `${slow.length - ours.length ? `; ${slow.length - ours.length} over it in the extraction rules` : ''}` +
      `${cli ? `; the CLI gave ${fmt(cli.records)} records${cli.problems.length ? ` with ${cli.problems.length} problems` : ''}` : ''}`,
  );
  if (!flag('keep', false) && !flag('dir', null)) fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = clean ? 0 : 1;
}

if (process.argv[2] === '--child') await child();
else
  await main().catch((e) => {
    console.error(`fuzz: ${e.message}`);
    process.exit(2);
  });
