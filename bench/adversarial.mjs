// Adversarial inputs through the whole pipeline, each in a child process of its own, timed in CPU seconds: the
// 1 MB lines of fixtures/adversarial-lines.json (the same kinds test/property/adversarial.test.ts runs, without
// timing them), and the hostile pages and encodings of issue 11. A kind still running after --cap seconds is
// stopped and reported as such, so that one quadratic rule cannot hold the benchmark up for hours.
//
//   npm run -s build && node bench/adversarial.mjs            every kind, a table
//   node bench/adversarial.mjs --cap 20 --only ngày           kinds whose name holds "ngày"
//
// Each kind reports its CPU seconds in processArticle and the share of them spent before the rules (decoding and
// cleaning), so that slowness can be put down to the right stage. Used by bench/bench.mjs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1 << 20;
const LINES = JSON.parse(fs.readFileSync(path.join(root, 'fixtures', 'adversarial-lines.json'), 'utf8'));
/** `unit` again and again to `size` characters; a "{n}" in it counts up 1, 2, 3 … from one repetition to the next. */
function repeat(unit, size) {
  if (!unit.includes('{n}')) return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  let line = '';
  for (let n = 1; line.length < size; n++) line += unit.replaceAll('{n}', String(n));
  return line.slice(0, size);
}
const SENTENCE = 'Năm 2019, UBND huyện Đắk Hà đã hoàn thành 95% kế hoạch giao, tặng Giấy khen cho 5 tập thể và 10 cá nhân. ';

/** name → the bytes of the article. */
export const KINDS = [
  ...LINES.map(([name, unit, before = '']) => [`1 MB line: ${name}`, () => Buffer.from(`Hội nghị tổng kết công tác quân sự\n${before}${repeat(unit, MB)}\nMinh Anh`)]),
  ['page of "</b><i>" repeated, 1 MB', () => Buffer.from(`<html><body><p>${SENTENCE}</p>${repeat('</b><i>', MB)}</body></html>`)],
  ['page that is one <p>, 10 MB', () => Buffer.from(`<html><head><title>Tin</title></head><body><p>${repeat(SENTENCE, 10 * MB)}</p></body></html>`)],
  ['page nested 200,000 <div> deep', () => Buffer.from(`<html><body>${'<div>'.repeat(200_000)}<p>${SENTENCE}</p>${'</div>'.repeat(200_000)}</body></html>`)],
  ['TCVN3 text with 650,000 stacked tone marks', () => Buffer.concat([iconv.encode(`Hội nghị tổng kết\n`, 'tcvn'), Buffer.from('a'), Buffer.alloc(650_000, iconv.encode('\u0301\u0323', 'tcvn'))])],
];

const cpuSeconds = (since) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/** In the child: one kind, after a warm-up article (module loading and the gazetteer are not the kind's cost). */
async function measureHere(index) {
  const { processArticle, decode, clean } = await import(path.join(root, 'dist', 'index.js'));
  processArticle({ file: 'warm.txt', bytes: Buffer.from(`Hội nghị\n${SENTENCE}\nMinh Anh`) });
  const bytes = KINDS[index][1]();
  let t = process.cpuUsage();
  clean(decode(bytes).text);
  const before = cpuSeconds(t);
  t = process.cpuUsage();
  const { record } = processArticle({ file: 'adversarial', bytes });
  const whole = cpuSeconds(t);
  process.stdout.write(JSON.stringify({ seconds: whole, beforeRules: Math.min(before, whole), ok: record.ok }));
}

/** One kind in a child process; `seconds` null when it was stopped at the cap (wall seconds). */
export function measureKind(index, capSeconds = 60) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', String(index)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), capSeconds * 1000);
    child.on('close', () => {
      clearTimeout(timer);
      const name = KINDS[index][0];
      try {
        resolve({ name, ...JSON.parse(out) });
      } catch {
        resolve({ name, seconds: null, cap: capSeconds });
      }
    });
  });
}

export async function measureAll({ capSeconds = 60, only = null } = {}) {
  const results = [];
  for (let i = 0; i < KINDS.length; i++) if (!only || KINDS[i][0].includes(only)) results.push(await measureKind(i, capSeconds));
  return results;
}

export function describe(r) {
  if (r.seconds === null) return `${r.name}: stopped after ${r.cap} s`;
  return `${r.name}: ${r.seconds.toFixed(2)} s (${r.beforeRules.toFixed(2)} s decoding and cleaning)${r.ok ? '' : ', failed record'}`;
}

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--child') await measureHere(Number(process.argv[3]));
  else {
    const results = await measureAll({ capSeconds: Number(flag('cap', 60)), only: flag('only', null) });
    for (const r of results) console.log(describe(r));
  }
}
