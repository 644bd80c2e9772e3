// Prints "N passed, N failed" from the JSON report `npm test` writes (.ci/results/vitest.json).
import fs from 'node:fs';

const file = new URL('./results/vitest.json', import.meta.url);
if (!fs.existsSync(file)) {
  console.log('no test report (the install or the build failed before any test ran)');
  console.log('0 passed, 0 failed');
  process.exit(0);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
