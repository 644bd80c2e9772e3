#!/usr/bin/env node
// Quality evaluation: runs vnreport over the seed articles and the dev set in ../shared and prints the contract
// scorer's table for each (macro F1 and every field), then the blind set's table through ../shared/tools/blind-eval.mjs
// (which prints per-field figures only, never an article). More sets can be given as pairs: ARTICLES_DIR GOLD_DIR.
//   npm run eval
//   npm run eval -- --verbose                 (every difference)
//   npm run eval -- /path/articles /path/gold (an extra set)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const extra = args.filter((a) => !a.startsWith('--'));

const sets = [
  ['seeds', path.join(shared, 'seeds'), path.join(shared, 'spec', 'expected')],
  ['dev', path.join(shared, 'corpus', 'dev'), path.join(shared, 'corpus', 'dev', 'expected')],
];
for (let i = 0; i + 1 < extra.length; i += 2) sets.push([path.basename(path.resolve(extra[i])), extra[i], extra[i + 1]]);

const scorer = path.join(shared, 'tools', 'score.mjs');
if (!fs.existsSync(scorer)) {
  console.error(`eval: the scorer is missing (${scorer}); set VNREPORT_SHARED to the shared folder`);
  process.exit(2);
}
let failed = false;
for (const [name, articles, gold] of sets) {
  if (!fs.existsSync(articles)) {
    console.log(`\n== ${name}: ${articles} not found, skipped`);
    continue;
  }
  const out = path.join(os.tmpdir(), `vnreport-eval-${name}-${process.pid}.jsonl`);
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'vnreport.js'), 'extract', articles, '--format', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status === 2 || run.error) {
    console.error(`eval: vnreport failed on ${articles}: ${run.stderr || run.error}`);
    failed = true;
    continue;
  }
  fs.writeFileSync(out, run.stdout);
  const score = spawnSync(process.execPath, [scorer, gold, out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  console.log(`\n== ${name} (${articles})`);
  process.stdout.write(score.stdout);
  if (score.status !== 0) {
    process.stderr.write(score.stderr);
    failed = true;
  }
  fs.rmSync(out, { force: true });
}

const blind = path.join(shared, 'tools', 'blind-eval.mjs');
if (fs.existsSync(blind)) {
  console.log(`\n== blind (${path.join(shared, 'corpus', 'blind')}, per-field figures only)`);
  const run = spawnSync(process.execPath, [blind, path.join(root, 'bin', 'vnreport.js')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  process.stdout.write(run.stdout);
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    failed = true;
  }
} else console.log(`\n== blind: ${blind} not found, skipped`);
process.exit(failed ? 1 : 0);
