// percentages' contract: each percentage tied to a target, plan, quota or accomplishment, with its evidence.
import { defineContract } from '../../engine/field.js';
import { quote, ruleTag } from '../../emit/view.js';
import type { Percentage } from '../../record.js';
import { finding, listOf, nullable, text } from '../../engine/schema-parts.js';

/** "98.5%", "8–8.5%". */
export function percentValue(p: Pick<Percentage, 'value' | 'max'>): string {
  return `${p.value}${p.max !== undefined ? `–${p.max}` : ''}%`;
}

export const percentagesContract = defineContract({
  name: 'percentages',
  contractKeys: ['value', 'max', 'status', 'year', 'target'],
  empty: [] as Percentage[],
  schema: listOf(
    finding(
      {
        value: { type: 'number', description: "a range's lower bound" },
        max: { type: 'number', description: 'only for a range: its upper bound' },
        status: { enum: ['achieved', 'planned'] },
        year: nullable({ type: 'integer' }),
        target: text,
        subject: nullable(text),
      },
      ['max'],
    ),
  ),
  csv: (p) => ({ value: p.value, max: p.max ?? null, status: p.status, year: p.year, target: p.target, subject: p.subject }),
  report: {
    label: 'Percentages',
    colour: '#fecaca',
    edge: '#b91c1c',
    line: (p: Percentage) => `${percentValue(p)} ${p.status}${p.year ? ` ${p.year}` : ''}: ${p.target}${p.subject ? ` (${p.subject})` : ''}`,
  },
  view: (list, _r, c, explain) =>
    list.map(
      (p) =>
        `${c.bold(percentValue(p))} ${p.status === 'planned' ? c.yellow('planned') : c.green('achieved')}${p.year ? ` ${p.year}` : ''} ${p.target}${quote(c, p)}${ruleTag(c, p, explain)}`,
    ),
});
