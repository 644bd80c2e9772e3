// The readable view of a record for a terminal: one block per article, each field's lines as its definition writes
// them (src/extract/<field>/), warnings last.
import type { ChalkInstance } from 'chalk';
import type { ViewLine } from '../engine/field.js';
import { CONTRACTS } from '../extract/contracts.js';
import type { ArticleRecord } from '../record.js';

const LABEL_WIDTH = 12;

/** `shows` says which fields to show (--fields). */
export function summary(r: ArticleRecord, c: ChalkInstance, explain = false, shows: (field: string) => boolean = () => true): string {
  const out: string[] = [];
  const head = r.ok ? c.green('✓') : c.red('✗');
  out.push(`${head} ${c.bold(r.file)}${r.encoding && r.encoding !== 'utf-8' ? c.dim(` (${r.encoding})`) : ''}`);
  if (!r.ok) {
    out.push(`  ${c.red(r.error ?? 'failed')}`);
    return out.join('\n');
  }
  const values = r as unknown as Record<string, unknown>;
  const row = (label: string, text: string) => out.push(`  ${c.cyan(label.padEnd(LABEL_WIDTH))}${text}`);
  for (const field of CONTRACTS) {
    if (!shows(field.name)) continue;
    const lines = (field.view as (v: unknown, rec: typeof values, c: ChalkInstance, e: boolean) => ViewLine[])(values[field.name], values, c, explain);
    if (!lines.length || typeof lines[0] !== 'string') row(field.name, c.dim('—'));
    let first = true;
    for (const line of lines) {
      // a [label, text] pair starts a row of its own ("localities" under "locality")
      if (typeof line === 'string') row(first ? field.name : '', line);
      else row(line[0], line[1]);
      first = false;
    }
  }
  if (shows('warnings')) for (const w of r.warnings ?? []) out.push(`  ${c.yellow('warning')}    ${w}`);
  return out.join('\n');
}
