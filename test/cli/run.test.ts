// The streaming runner (src/cli/run.ts). Worker threads load the built code (dist/), which `npm test` builds first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { IN_PROCESS_BELOW, runArticles, type RunOptions } from '../../src/cli/run.js';
import { lineOf, type TaskResult } from '../../src/cli/result.js';
import { planInputs, type InputSource } from '../../src/read/inputs.js';

/** Every folder these tests make, removed at the end. */
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-test-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const fixtures = fs.readdirSync(path.join(root, 'fixtures/articles')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, 'fixtures/articles', f));

function corpus(n: number): string {
  const dir = fs.mkdtempSync(path.join(TMP, 'run-'));
  for (let i = 0; i < n; i++) fs.copyFileSync(fixtures[i % fixtures.length], path.join(dir, `${String(i).padStart(4, '0')}.txt`));
  return dir;
}

async function run(sources: Iterable<InputSource>, opts: Partial<RunOptions> = {}) {
  const results: TaskResult[] = [];
  const summary = await runArticles({
    sources,
    format: 'auto',
    maxBytes: 16 << 20,
    jobs: 2,
    ordered: false,
    serialize: true,
    timeoutMs: 60_000,
    emit: (r) => void results.push(r),
    ...opts,
  });
  return { summary, results, lines: results.map(lineOf) };
}

describe('the streaming runner', () => {
  const dir = corpus(70);
  const files = () => planInputs([dir]).sources();

  it('gives the same records from worker threads as in-process, in input order with ordered', async () => {
    const alone = await run(files(), { jobs: 1 });
    expect(alone.summary).toEqual({ total: 70, failed: 0, mode: 'in-process' });
    const ordered = await run(files(), { jobs: 2, ordered: true });
    expect(ordered.summary.mode).toBe('workers');
    expect(ordered.lines).toEqual(alone.lines);
    const unordered = await run(files(), { jobs: 2 });
    expect([...unordered.lines].sort()).toEqual([...alone.lines].sort());
  });

  it(`runs in-process below ${IN_PROCESS_BELOW} files, or with one job`, async () => {
    const few = [...files()].slice(0, IN_PROCESS_BELOW - 1);
    expect((await run(few, { jobs: 2 })).summary.mode).toBe('in-process');
    expect((await run([...files()].slice(0, IN_PROCESS_BELOW), { jobs: 2 })).summary.mode).toBe('workers');
  });

  it('keeps a bounded number of articles in flight, pulling inputs only as records are written', async () => {
    let pulled = 0;
    let written = 0;
    let most = 0;
    const counted = function* () {
      for (const f of files()) {
        pulled++;
        most = Math.max(most, pulled - written);
        yield f;
      }
    };
    const summary = await runArticles({
      sources: counted(),
      format: 'auto',
      maxBytes: 16 << 20,
      jobs: 2,
      ordered: true,
      serialize: true,
      timeoutMs: 60_000,
      // a slow reader: the runner must wait for it rather than pile records up
      emit: () => new Promise<void>((r) => setTimeout(() => (written++, r()), 2)),
      inProcessBelow: 0, // (otherwise the first IN_PROCESS_BELOW inputs are read ahead, to choose the mode)
    });
    expect(summary.total).toBe(70);
    expect(written).toBe(70);
    expect(most).toBeLessThanOrEqual(33);
  });

  it('gives a file that vanishes mid-run a failed record and keeps all the others', async () => {
    for (const jobs of [1, 2]) {
      const d = corpus(30);
      const sources = planInputs([d]).sources();
      const first = [sources.next().value as InputSource, sources.next().value as InputSource];
      const doomed = path.join(d, '0020.txt');
      const { results, summary } = await run(
        (function* () {
          yield* first;
          fs.unlinkSync(doomed); // listed by the walk, gone before it is read
          yield* sources;
        })(),
        { jobs, ordered: true, inProcessBelow: 0 },
      );
      expect(summary).toMatchObject({ total: 30, failed: 1 });
      expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ file: doomed, error: 'cannot read: the file disappeared before it could be read' })]);
    }
  });

  it('abandons an article that takes longer than the timeout, replaces the worker and goes on', async () => {
    const d = corpus(30);
    fs.copyFileSync(fixtures[0], path.join(d, '0005-hang.txt'));
    // a worker that hangs on one file, as a catastrophic regex would; the others run the real pipeline
    const worker = path.join(d, 'hanging-worker.mjs');
    fs.writeFileSync(
      worker,
      `import { runTask } from ${JSON.stringify(pathToFileURL(path.join(root, 'dist/cli/task.js')).href)};
const one = (t) => {
  if (t.file.endsWith('hang.txt')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120000);
  return runTask(t);
};
export default (work) => (Array.isArray(work) ? work.map(one) : one(work));
`,
    );
    // the limit is far above what a real article takes even on a loaded machine, and far below the hang, which
    // would otherwise end after 120 s with a good record
    const { results, summary } = await run(planInputs([d]).sources(), { timeoutMs: 15_000, ordered: true, inProcessBelow: 0, workerFile: worker });
    expect(summary).toMatchObject({ total: 31, failed: 1, mode: 'workers' });
    expect(results.find((r) => r.file.endsWith('hang.txt'))).toMatchObject({ ok: false, error: expect.stringMatching(/timed out after 15 s/) });
    // the articles batched with it are run again one by one and keep their records
    expect(results.filter((r) => r.ok)).toHaveLength(30);
  }, 110_000);
});
