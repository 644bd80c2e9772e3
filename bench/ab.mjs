#!/usr/bin/env node
// Two builds of vnreport compared on the same articles in one process, paired: chunks of 50 articles alternate
// between the builds (the order flips every chunk), so that both see the same machine load; CPU by
// process.cpuUsage, after one warm-up pass of each. For judging an optimisation on a busy machine. The build loaded
// first runs 1-5 % faster here whatever it is (round 12), so the comparison runs twice, each in its own process, once
// loading A first and once B, and prints both ratios and their geometric mean.
//
//   node bench/ab.mjs <rootA> <rootB> <folder of .txt> [stage]
//   node bench/ab.mjs /tmp/main-build . ../shared/corpus/real lex
//
// A root is a checkout with dist/ built (git worktree, or git archive | tar -x, then npm run build). Stages:
// total (processArticle from bytes), doc (buildDoc on cleaned text), lex (lexArticle on built documents), rules
// (every field's rules on documents built and lexed for each run, only the rules timed). ROUNDS (default 3) and
// LIMIT (default 5000 articles) from the environment.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootA, rootB, dir, stage = 'total'] = process.argv.slice(2);
if (!rootA || !rootB || !dir || !['total', 'doc', 'lex', 'rules'].includes(stage)) {
  console.error('usage: node bench/ab.mjs <rootA> <rootB> <folder of .txt> [total|doc|lex|rules]');
  process.exit(2);
}

async function load(root) {
  const d = (p) => import(pathToFileURL(path.resolve(root, 'dist', p)).href);
  return { ...(await d('pipeline.js')), ...(await d('read/decode.js')), ...(await d('clean/index.js')), ...(await d('engine/document.js')), ...(await d('dimensions/index.js')), ...(await d('engine/rule.js')), ...(await d('extract/fields.js')) };
}

if (!process.env.AB_ORDER) {
  const ratios = [];
  for (const order of ['AB', 'BA']) {
    const child = spawnSync(process.execPath, process.argv.slice(1), { env: { ...process.env, AB_ORDER: order }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    process.stdout.write(child.stdout);
    const ratio = /B\/A = ([\d.]+)/.exec(child.stdout);
    if (child.status !== 0 || !ratio) process.exit(child.status || 1);
    ratios.push(Number(ratio[1]));
  }
  console.log(`${stage}: B/A = ${Math.sqrt(ratios[0] * ratios[1]).toFixed(3)} (geometric mean of the two load orders)`);
  process.exit(0);
}
let A;
let B;
if (process.env.AB_ORDER === 'BA') {
  B = await load(rootB);
  A = await load(rootA);
} else {
  A = await load(rootA);
  B = await load(rootB);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, Number(process.env.LIMIT ?? 5000)).map((f) => fs.readFileSync(path.join(dir, f)));

/** Each build's input for the stage, made by that build. */
function inputs(M) {
  if (stage === 'total') return files;
  const cleaned = files.map((b) => M.clean(M.decode(b).text));
  if (stage === 'doc') return cleaned;
  if (stage === 'rules') return cleaned;
  return cleaned.map((c) => M.buildDoc(c.text, c.format));
}

/** Runs the stage on one input; the CPU µs it took when only part of the work is timed (rules), else undefined. */
function run(M, x) {
  if (stage === 'total') return void M.processArticle({ file: 'x', bytes: x });
  if (stage === 'doc') return void M.buildDoc(x.text, x.format);
  if (stage === 'lex') return void M.lexArticle(x);
  // rules keep per-document caches: each run gets a new document, and only the rules are timed
  const doc = M.buildDoc(x.text, x.format);
  const ctx = { doc, units: M.lexArticle(doc) };
  const t = cpu();
  for (const f of M.FIELDS) M.findAll(f.name, f.rules, ctx);
  return cpu() - t;
}

const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const inA = inputs(A);
const inB = inputs(B);
for (let i = 0; i < inA.length; i++) {
  run(A, inA[i]);
  run(B, inB[i]);
}
let timeA = 0;
let timeB = 0;
const rounds = Number(process.env.ROUNDS ?? 3);
const CHUNK = 50;
for (let r = 0; r < rounds; r++) {
  for (let c = 0; c < inA.length; c += CHUNK) {
    const order = (c / CHUNK) % 2 ? [B, A] : [A, B];
    for (const M of order) {
      const items = M === A ? inA : inB;
      const t = cpu();
      let timed = 0;
      for (let i = c; i < Math.min(c + CHUNK, items.length); i++) timed += run(M, items[i]) ?? 0;
      const took = stage === 'rules' ? timed : cpu() - t;
      if (M === A) timeA += took;
      else timeB += took;
    }
  }
}
const n = inA.length * rounds;
const loadavg = fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
console.log(`${stage}: ${process.env.AB_ORDER === 'BA' ? 'B loaded first' : 'A loaded first'}: A ${(timeA / n).toFixed(1)} µs, B ${(timeB / n).toFixed(1)} µs per article; B/A = ${(timeB / timeA).toFixed(3)} (${inA.length} articles × ${rounds} rounds, load ${loadavg})`);
