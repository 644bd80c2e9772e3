// How `check` shows a difference, one line per element that differs, expected first, as diff tools do:
//   officials[2].positions[1]: - "Phó Chủ tịch UBND" → + "Phó Chủ tịch UBND huyện"  (official-honorific)
// the expected value removed (red, "-"), the actual one added (green, "+"); an element on one side only has one.
import type { ChalkInstance } from 'chalk';
import type { Difference } from '../check.js';

const show = (v: unknown) => JSON.stringify(v);

export function formatDifference(d: Difference, c: ChalkInstance): string {
  const removed = 'expected' in d ? c.red(`- ${show(d.expected)}`) : '';
  const added = 'actual' in d ? c.green(`+ ${show(d.actual)}`) : '';
  const rule = d.rule ? c.dim(`  (${d.rule})`) : '';
  return `${c.cyan(d.path)}: ${[removed, added].filter(Boolean).join(' → ')}${rule}`;
}

export function formatDiff(file: string, diffs: readonly Difference[], c: ChalkInstance): string {
  const fields = [...new Set(diffs.map((d) => d.field))];
  const head = `${c.red('✗')} ${c.bold(file)}: ${fields.length} field${fields.length === 1 ? '' : 's'} differ${fields.length === 1 ? 's' : ''} (${fields.join(', ')})`;
  return [head, ...diffs.map((d) => `  ${formatDifference(d, c)}`)].join('\n');
}
