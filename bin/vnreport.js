#!/usr/bin/env node
// Thin launcher. `--version` is answered without loading the program, so that it costs no more than Node.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { setFlags, DISPATCHING } = await import('../dist/cli/heap-flags.js');
  setFlags(DISPATCHING);
  const { main } = await import('../dist/cli/main.js');
  await main(process.argv);
}
