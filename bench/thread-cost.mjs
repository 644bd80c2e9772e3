#!/usr/bin/env node
// What a worker thread costs against the main thread on the same articles (a script, not a test; after npm run build):
//   main    the articles one after another on the main thread (runTask, as `--jobs 1` runs them)
//   worker  the same loop inside one plain worker thread (no pool, no message per article)
//   pool    the runner's pool with one worker thread (as `--jobs 1 --timeout 60` runs them)
// Each mode runs in its own child process, interleaved, `--rounds` times; it prints wall and CPU seconds (the
// process's, so V8's collector and compiler threads count).
//
//   node bench/thread-cost.mjs [folder] [--rounds 3] [--limit 5000] [--young 3,16]   the pool once per young-generation size (MB)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const dist = (f) => pathToFileURL(path.join(root, 'dist', 'cli', f)).href;

function flag(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}

function articles(folder, limit) {
  return fs
    .readdirSync(folder)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .slice(0, limit)
    .map((f) => path.join(folder, f));
}

async function loop(files) {
  const { runTask } = await import(dist('task.js'));
  for (const file of files) runTask({ file, format: 'auto', maxBytes: 16 << 20, serialize: true });
}

async function child(mode, files, youngMb) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (mode === 'main') await loop(files);
  else if (mode === 'worker') {
    await new Promise((resolve, reject) => new Worker(self, { workerData: { files } }).on('message', resolve).on('error', reject));
  } else {
    const { runArticles } = await import(dist('run.js'));
    const sources = files.map((file) => ({ file }));
    await runArticles({ sources, format: 'auto', maxBytes: 16 << 20, jobs: 1, ordered: false, serialize: true, timeoutMs: 60_000, workers: true, emit: () => {}, ...(youngMb ? { workerYoungMb: youngMb } : {}) });
  }
  const cpu = process.cpuUsage(c0);
  console.log(JSON.stringify({ wall: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6 }));
}

if (!isMainThread) {
  await loop(workerData.files);
  parentPort.postMessage('done');
} else if (process.argv[2] === '--child') {
  await child(process.argv[3], articles(process.argv[4], Number(process.argv[5])), Number(process.argv[6]));
} else {
  const given = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : null;
  const folder = given ?? path.resolve(root, '..', 'shared', 'corpus', 'real');
  const rounds = Number(flag('rounds', 3));
  const limit = Number(flag('limit', 5000));
  /** 0: the runner's own default. */
  const youngs = String(flag('young', '0')).split(',').map(Number);
  console.log(`thread cost: ${articles(folder, limit).length} articles from ${folder}, ${rounds} rounds`);
  for (let r = 1; r <= rounds; r++) {
    for (const [mode, young] of [['main', 0], ['worker', 0], ...youngs.map((y) => ['pool', y])]) {
      const out = spawnSync(process.execPath, [self, '--child', mode, folder, String(limit), String(young)], { encoding: 'utf8' });
      const line = out.stdout.trim().split('\n').pop();
      if (out.status !== 0 || !line) {
        process.stderr.write(out.stderr);
        process.exit(1);
      }
      const m = JSON.parse(line);
      const name = young ? `${mode} ${young} MB` : mode;
      console.log(`round ${r}  ${name.padEnd(11)}  wall ${m.wall.toFixed(2)} s  cpu ${m.cpu.toFixed(2)} s`);
    }
  }
}
