// The main thread of a worker-pool run walks, reads, dispatches and writes; the workers extract. What the main thread
// loads at start-up is what src/cli/main.ts imports statically (the extraction is imported dynamically, in-process
// only): it must reach the field contracts but no rule, lexicon, dimension, refiner or gazetteer, which cost every
// run about 20 MB and a quarter of a second on a thread that never uses them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

/** Every source file reached from `entry` by static, non-type imports, relative to the repository root. */
function staticImports(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    const rel = path.relative(root, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) walk(path.resolve(path.dirname(file), m[1].replace(/\.js$/, '.ts')));
  };
  walk(path.join(root, entry));
  return seen;
}

const EXTRACTION = /^src\/(?:lexicon|dimensions|gazetteer|refine)\/|^src\/extract\/[a-z]+\/index\.ts$|^src\/extract\/fields\.ts$|^src\/pipeline\.ts$/;

describe("the main thread's start-up", () => {
  it('reaches the field contracts', () => {
    const reached = staticImports('src/cli/main.ts');
    expect(reached).toContain('src/extract/contracts.ts');
    expect(reached).toContain('src/extract/locality/contract.ts');
  });

  it('reaches no rule, lexicon, dimension, refiner or gazetteer', () => {
    expect([...staticImports('src/cli/main.ts')].filter((f) => EXTRACTION.test(f))).toEqual([]);
  });

  it('is told apart from the pipeline, which reaches them all', () => {
    const reached = [...staticImports('src/pipeline.ts')].filter((f) => EXTRACTION.test(f));
    for (const dir of ['src/lexicon/', 'src/dimensions/', 'src/gazetteer/', 'src/refine/', 'src/extract/awards/index.ts']) expect(reached.some((f) => f.startsWith(dir))).toBe(true);
  });
});
