import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from '../../src/cli/progress.js';

function fake(isTTY = true) {
  const written: string[] = [];
  return { stream: { isTTY, columns: 80, write: (s: string) => (written.push(s), true) }, written };
}

describe('the progress bar', () => {
  it('shows done/total, a bar, the rate and the time left', () => {
    let now = 0;
    const { stream } = fake();
    const p = new Progress(stream, () => now);
    p.setTotal(1000);
    now = 2000;
    for (let i = 0; i < 250; i++) p.tick(i !== 7);
    const line = p.line(80);
    expect(line).toMatch(/^250\/1000 25% {2}\[(#+)(-+)\] {2}125\/s {2}ETA 6s {2}1 failed$/);
    const [, done, left] = /\[(#+)(-+)\]/.exec(line)!;
    expect(done.length / (done.length + left.length)).toBeCloseTo(0.25, 1);
    expect(line.length).toBeLessThan(80);
  });

  it('shows "?" until the total is counted, and fits narrow terminals', () => {
    let now = 0;
    const p = new Progress(fake().stream, () => now);
    now = 1000;
    p.tick(true);
    expect(p.line(80)).toMatch(/^1\/\? {2}\[\?+\] {2}1\.0\/s {2}ETA --$/);
    expect(p.line(30).length).toBeLessThan(30);
  });

  it('is not drawn when stderr is not a terminal', () => {
    expect(Progress.for(fake(false).stream)).toBeNull();
    expect(Progress.for(fake(true).stream, false)).toBeNull();
    const p = Progress.for(fake(true).stream);
    expect(p).not.toBeNull();
    p!.stop();
  });

  it('clears itself before other output and at the end', () => {
    const { stream, written } = fake();
    const p = new Progress(stream, () => 500);
    p.tick(true);
    expect(written.at(-1)).toMatch(/^\r1\/\?.*\u001b\[K$/);
    p.around(() => written.push('a record\n'));
    expect(written.slice(-2)).toEqual(['\r\u001b[K', 'a record\n']);
    p.stop();
    expect(written.at(-1)).toMatch(/^vnreport: 1 article in /);
  });

  it.each([
    [5, '5s'],
    [75, '1m15s'],
    [3725, '1h02m'],
    [Infinity, '--'],
  ])('formats %s seconds as %s', (s, text) => {
    expect(formatDuration(s)).toBe(text);
  });
});
