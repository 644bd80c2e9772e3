// Adversarial lines: long runs of what the rules look for, through the whole pipeline. Catastrophic backtracking
// shows as time growing faster than the input; that is checked on every run, as a ratio, which load on the machine
// does not change much. The absolute budget (a 1 MB line in under a second) is measured by `npm run bench`; it is
// also checked here with VNREPORT_STRICT_PERF=1, off by default because a loaded CI machine would make it flaky.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { processArticle } from '../../src/pipeline.js';

// the kinds of line the issue names, shared with the benchmark
const KINDS: [string, string][] = JSON.parse(readFileSync(new URL('../../fixtures/adversarial-lines.json', import.meta.url), 'utf8'));

const line = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const article = (body: string) => `Hội nghị tổng kết công tác quân sự\n${body}\nMinh Anh`;

function seconds(body: string): number {
  const started = performance.now();
  const { record } = processArticle({ file: 'adversarial.txt', bytes: Buffer.from(article(body)) });
  expect(record.file).toBe('adversarial.txt');
  return (performance.now() - started) / 1000;
}

describe('adversarial lines', () => {
  it.each(KINDS)('%s: time grows linearly with the line (no catastrophic backtracking)', (_name, unit) => {
    seconds(line(unit, 16 * 1024)); // warm up
    const small = Math.max(seconds(line(unit, 64 * 1024)), 0.01);
    const big = seconds(line(unit, 256 * 1024));
    // 4 times the input: linear work takes about 4 times as long, quadratic 16 times
    expect(big / small).toBeLessThan(9);
  }, 60_000);

  it('reading and decoding a 1 MB line takes well under a second', () => {
    const bytes = Buffer.from(article(line('đ/c Nguyễn Văn A, ', 1 << 20)));
    const started = performance.now();
    const d = decode(bytes);
    expect(d.text.length).toBeGreaterThan(1_000_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.runIf(process.env.VNREPORT_STRICT_PERF === '1').each(KINDS)('%s: a 1 MB line goes through the whole pipeline in under a second', (_name, unit) => {
    expect(seconds(line(unit, 1 << 20))).toBeLessThan(1);
  }, 60_000);
});
