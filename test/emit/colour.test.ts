import { afterEach, describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { colourFor } from '../../src/emit/colour.js';

const saved = { TERM: process.env.TERM, NO_COLOR: process.env.NO_COLOR, FORCE_COLOR: process.env.FORCE_COLOR };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

const terminal = { isTTY: true, columns: 80, write: () => true };

describe('colour and the progress bar on a terminal', () => {
  it('colours a terminal, but not TERM=dumb, not a pipe, and not under NO_COLOR; FORCE_COLOR wins', () => {
    delete process.env.NO_COLOR;
    delete process.env.FORCE_COLOR;
    process.env.TERM = 'xterm-256color';
    expect(colourFor(terminal).level).toBeGreaterThan(0);
    expect(colourFor({ isTTY: false }).level).toBe(0);
    expect(colourFor(terminal, false).level).toBe(0);
    process.env.TERM = 'dumb';
    expect(colourFor(terminal).level).toBe(0);
    process.env.FORCE_COLOR = '1';
    expect(colourFor(terminal).level).toBe(1);
    delete process.env.FORCE_COLOR;
    process.env.NO_COLOR = '1';
    process.env.TERM = 'xterm';
    expect(colourFor(terminal).level).toBe(0);
  });

  it('draws no bar on TERM=dumb, which cannot erase a line', () => {
    process.env.TERM = 'xterm';
    const bar = Progress.for(terminal);
    expect(bar).not.toBeNull();
    bar!.stop();
    process.env.TERM = 'dumb';
    expect(Progress.for(terminal)).toBeNull();
  });
});
