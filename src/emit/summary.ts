// The readable view of a record for a terminal: one block per article, each field's lines as its definition writes
// them (src/extract/<field>/), warnings last.
import type { ChalkInstance } from 'chalk';
import { FIELDS } from '../extract/fields.js';
import type { ArticleRecord } from '../record.js';

const LABEL_WIDTH = 12;

export function summary(r: ArticleRecord, c: ChalkInstance, explain = false): string {
  const out: string[] = [];
  const head = r.ok ? c.green('✓') : c.red('✗');
  out.push(`${head} ${c.bold(r.file)}${r.encoding && r.encoding !== 'utf-8' ? c.dim(` (${r.encoding})`) : ''}`);
  if (!r.ok) {
    out.push(`  ${c.red(r.error ?? 'failed')}`);
    return out.join('\n');
  }
  const values = r as unknown as Record<string, unknown>;
  for (const field of FIELDS) {
    const lines = (field.view as (v: unknown, rec: typeof values, c: ChalkInstance, e: boolean) => string[])(values[field.name], values, c, explain);
    if (!lines.length) out.push(`  ${c.cyan(field.name.padEnd(LABEL_WIDTH))}${c.dim('—')}`);
    lines.forEach((line, i) => out.push(`  ${c.cyan((i ? '' : field.name).padEnd(LABEL_WIDTH))}${line}`));
  }
  for (const w of r.warnings ?? []) out.push(`  ${c.yellow('warning')}    ${w}`);
  return out.join('\n');
}
