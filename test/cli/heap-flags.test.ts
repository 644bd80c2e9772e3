// The V8 flags of src/cli/heap-flags.ts must hold on the main thread of a pool run. Node puts V8's flags back when a
// worker thread starts, so the pool sets them again once its threads have loaded; without that, the main thread's
// young generation grows to 16-32 MB while it only dispatches. Each case runs in its own process (flags are
// process-wide), makes garbage that survives a little, as a dispatching thread's records do, and reports how large
// V8 let the young generation grow.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dist = (p: string) => JSON.stringify(new URL(`../../dist/${p}`, import.meta.url).href);
const articles = fs.readdirSync(path.join(root, 'fixtures/articles')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures/articles', f));

const YOUNG_MB = `
  const held = [];
  for (let i = 0; i < 3e6; i++) { held.push({ i }); if (held.length > 2e5) held.length = 0; }
  const v8 = await import('node:v8');
  console.log(v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576);
`;

/** The young generation's size in MB after `setup` ran in a fresh node process with the launcher's flags set. */
function youngMbAfter(setup: string): number {
  const script = `
    const { setFlags, DISPATCHING } = await import(${dist('cli/heap-flags.js')});
    setFlags(DISPATCHING);
    ${setup}
    ${YOUNG_MB}`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 }).trim());
}

describe('heap flags on the main thread of a pool run', () => {
  it('are lost when a worker thread starts (why the pool sets them again)', () => {
    const young = youngMbAfter(`
      const { Worker } = await import('node:worker_threads');
      await new Promise((resolve) => new Worker('0', { eval: true }).on('exit', resolve));`);
    expect(young).toBeGreaterThanOrEqual(8);
  }, 120_000);

  it('hold after a pool run: the young generation stays at its first size', () => {
    const young = youngMbAfter(`
      const { runArticles } = await import(${dist('cli/run.js')});
      const files = ${JSON.stringify(articles)};
      let records = 0;
      await runArticles({ sources: files.map((file) => ({ file, stdin: false })), format: 'auto', maxBytes: 1 << 20, jobs: 2, ordered: true, serialize: true, timeoutMs: 60_000, workers: true, emit: () => { records++; } });
      if (records !== files.length) throw new Error('records ' + records);`);
    expect(young).toBeLessThanOrEqual(4);
  }, 120_000);
});
