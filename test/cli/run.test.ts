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

  it('keeps sending whole batches once the window is full, not one article at a time', async () => {
    // a worker that tells, in each record's file name, how many articles came in its batch
    const worker = path.join(TMP, 'batch-size-worker.mjs');
    const dist = (f: string) => JSON.stringify(pathToFileURL(path.join(root, 'dist/cli', f)).href);
    fs.writeFileSync(
      worker,
      `import { parentPort, threadId } from 'node:worker_threads';
import { runTask } from ${dist('task.js')};
import { LOADED } from ${dist('batch.js')};
parentPort.postMessage({ [LOADED]: threadId });
export default ({ tasks }) => tasks.map((t) => ({ ...runTask(t), file: String(tasks.length) }));
`,
    );
    const sizes: number[] = [];
    await run(files(), {
      batch: 8,
      inProcessBelow: 0,
      workerFile: worker,
      // a slow reader, so that the window of articles in flight fills
      emit: (r) => new Promise<void>((done) => setTimeout(() => (sizes.push(Number(r.file)), done()), 2)),
    });
    expect(sizes).toHaveLength(70);
    // 70 articles in batches of 8: eight whole batches and the rest
    expect(sizes.filter((n) => n === 8)).toHaveLength(64);
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

  /**
   * The timeout of the tests below: far above what a fixture article takes even on a loaded machine, far below the
   * 120 s of a hang (which would otherwise end with a good record).
   */
  const ARTICLE_TIMEOUT_MS = 10_000;

  /**
   * A worker module that runs the real pipeline (warmed up as it loads, as the real one is), but takes `loadMs`
   * more to load, and hangs on files named *hang.txt, as a catastrophic rule would.
   */
  function slowWorker(dir: string, loadMs: number): string {
    const worker = path.join(dir, 'slow-worker.mjs');
    const dist = (f: string) => JSON.stringify(pathToFileURL(path.join(root, 'dist/cli', f)).href);
    fs.writeFileSync(
      worker,
      `import { parentPort, threadId } from 'node:worker_threads';
import { runTask } from ${dist('task.js')};
import { LOADED, markStarted } from ${dist('batch.js')};
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
sleep(${loadMs});
runTask({ file: 'warm-up.txt', bytes: new Uint8Array(${JSON.stringify([...fs.readFileSync(fixtures[0])])}), format: 'auto', maxBytes: 1 << 20, serialize: true });
parentPort.postMessage({ [LOADED]: threadId });
export default ({ tasks, started }) => tasks.map((t, i) => {
  markStarted(started, i + 1);
  if (t.file.endsWith('hang.txt')) sleep(120000);
  return runTask(t);
});
`,
    );
    return worker;
  }

  it('abandons an article that takes longer than the timeout, replaces the worker and goes on', async () => {
    const d = corpus(30);
    fs.copyFileSync(fixtures[0], path.join(d, '0005-hang.txt'));
    const { results, summary } = await run(planInputs([d]).sources(), { timeoutMs: ARTICLE_TIMEOUT_MS, ordered: true, inProcessBelow: 0, workerFile: slowWorker(d, 0) });
    expect(summary).toMatchObject({ total: 31, failed: 1, mode: 'workers' });
    expect(results.find((r) => r.file.endsWith('hang.txt'))).toMatchObject({ ok: false, error: expect.stringMatching(new RegExp(`timed out after ${ARTICLE_TIMEOUT_MS / 1000} s`)) });
    // the articles batched with it are run again one by one and keep their records
    expect(results.filter((r) => r.ok)).toHaveLength(30);
  });

  it("does not count a thread's start-up against an article's timeout", async () => {
    // each thread takes longer to load than the timeout; every article takes a few ms of it
    const d = corpus(20);
    const { summary } = await run(planInputs([d]).sources(), { timeoutMs: ARTICLE_TIMEOUT_MS, workers: true, workerFile: slowWorker(d, ARTICLE_TIMEOUT_MS + 2000) });
    expect(summary).toEqual({ total: 20, failed: 0, mode: 'workers' });
  });

  it('ends a run whose last threads are still loading, and gives each hang, and only it, a failed record', async () => {
    // Node aborts the whole process when a worker is terminated inside its module instantiation (a window too
    // short to hit on purpose): the pool is destroyed only once every thread has loaded. Each hang replaces a
    // thread, and the run ends while the last replacement is still loading.
    const d = corpus(12);
    for (const n of ['0003-hang.txt', '0007-hang.txt', '0011-hang.txt']) fs.copyFileSync(fixtures[0], path.join(d, n));
    const { results, summary } = await run(planInputs([d]).sources(), { timeoutMs: ARTICLE_TIMEOUT_MS, ordered: true, workers: true, batch: 2, workerFile: slowWorker(d, 1000) });
    expect(summary).toEqual({ total: 15, failed: 3, mode: 'workers' });
    expect(results.filter((r) => !r.ok).map((r) => path.basename(r.file))).toEqual(['0003-hang.txt', '0007-hang.txt', '0011-hang.txt']);
  });

  it('uses a worker thread when asked to, even for one article and one job: the timeout applies only there', async () => {
    const d = corpus(3);
    fs.copyFileSync(fixtures[0], path.join(d, 'x-hang.txt'));
    const { results, summary } = await run(planInputs([d]).sources(), { jobs: 1, timeoutMs: ARTICLE_TIMEOUT_MS, workers: true, workerFile: slowWorker(d, 0) });
    expect(summary).toEqual({ total: 4, failed: 1, mode: 'workers' });
    expect(results.find((r) => !r.ok)).toMatchObject({ file: expect.stringMatching(/x-hang\.txt$/), error: expect.stringMatching(new RegExp(`timed out after ${ARTICLE_TIMEOUT_MS / 1000} s`)) });
  });

  it.each([
    ['in-process', { jobs: 1 }],
    ['in worker threads', { jobs: 2, inProcessBelow: 0 }],
  ])('stops %s when signalled: no more inputs read, nothing more emitted', async (_name, mode) => {
    const stop = new AbortController();
    let pulled = 0;
    const counted = function* () {
      for (const f of files()) {
        pulled++;
        yield f;
      }
    };
    const results: TaskResult[] = [];
    const summary = await runArticles({
      sources: counted(),
      format: 'auto',
      maxBytes: 16 << 20,
      ordered: false,
      serialize: true,
      timeoutMs: 60_000,
      signal: stop.signal,
      emit: (r) => {
        results.push(r);
        if (results.length === 5) stop.abort();
      },
      ...mode,
    });
    expect(results).toHaveLength(5);
    expect(summary.total).toBeLessThan(70);
    expect(pulled).toBeLessThan(70);
  });
});
