#!/usr/bin/env node
// Thin launcher. `--version` is answered without loading the program, so that it costs no more than Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // V8 lets the old generation grow to about twice what survived its last full collection before collecting again,
  // and much of an article's garbage dies there (it outlives a young-generation collection while the article is
  // being read): a one-thread run on ../shared/corpus/real peaked at 195-300 MB resident. Growing it by a fifth at a
  // time keeps that run at 128-138 MB for 0-5 % more CPU (README, "Benchmark"). The flag is the process's, so the
  // worker threads get it too.
  const v8 = await import('node:v8');
  v8.setFlagsFromString('--heap-growing-percent=20');
  const { main } = await import('../dist/cli/main.js');
  await main(process.argv);
}
