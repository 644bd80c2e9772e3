import { defineConfig } from 'vitest/config';

// Tests that start vnreport processes or worker pools take seconds on a loaded two-core machine: no test may fail
// for the machine being busy, so the per-test budget is generous. Speed is measured by the benchmark, not here.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
