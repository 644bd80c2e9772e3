// How `check` shows a difference: the field, expected and actual side by side, and the rule behind the actual.
import type { ChalkInstance } from 'chalk';
import type { FieldDiff } from '../check.js';

const show = (v: unknown) => JSON.stringify(v, null, 2).replace(/\n/g, '\n      ');

export function formatDiff(file: string, diffs: readonly FieldDiff[], c: ChalkInstance): string {
  const out = [`${c.red('✗')} ${c.bold(file)}: ${diffs.length} field${diffs.length === 1 ? '' : 's'} differ`];
  for (const d of diffs) {
    out.push(`  ${c.cyan(d.field)}${d.rules.length ? c.dim(`  (rules: ${[...new Set(d.rules)].join(', ')})`) : ''}`);
    out.push(`    ${c.green('- expected')} ${c.green(show(d.expected))}`);
    out.push(`    ${c.red('+ actual  ')} ${c.red(show(d.actual))}`);
  }
  return out.join('\n');
}
