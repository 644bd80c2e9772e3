// Pieces of the readable view that every field's line uses: the quoted evidence and the rule behind a value.
import type { ChalkInstance } from 'chalk';
import type { Evidence } from '../record.js';

export function quote(c: ChalkInstance, e: { text: string } | undefined, max = 70): string {
  if (!e) return '';
  const t = e.text.replace(/\s+/g, ' ');
  return c.dim(` “${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`);
}

/** The rule and span of a finding (or the metadata key it came from), shown with --explain. */
export function ruleTag(c: ChalkInstance, e: Partial<Evidence> | undefined, explain: boolean): string {
  if (!explain || !e?.rule) return '';
  return c.magenta(e.span ? ` [${e.rule} ${e.span[0]}-${e.span[1]}]` : ` [${e.rule}]`);
}

export function implied(c: ChalkInstance, parts: readonly string[] | undefined): string {
  return parts?.length ? c.yellow(` (${parts.join(', ')} inferred)`) : '';
}
