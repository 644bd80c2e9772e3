// awards' contract: each award statement (award, giver, counts of collectives and individuals), with its evidence.
import { defineContract } from '../../engine/field.js';
import { quote, ruleTag } from '../../emit/view.js';
import type { Award } from '../../record.js';
import { count, finding, listOf, nullable, text } from '../../engine/schema-parts.js';

/** "5 tập thể, 7 cá nhân". */
function countsText(a: Pick<Award, 'collectives' | 'individuals'>): string {
  return [a.collectives !== null ? `${a.collectives} tập thể` : '', a.individuals !== null ? `${a.individuals} cá nhân` : ''].filter(Boolean).join(', ');
}

export const awardsContract = defineContract({
  name: 'awards',
  contractKeys: ['award', 'by', 'collectives', 'individuals'],
  empty: [] as Award[],
  schema: listOf(finding({ award: text, by: nullable(text), collectives: nullable(count), individuals: nullable(count) })),
  csv: (a) => ({ value: a.award, by: a.by, collectives: a.collectives, individuals: a.individuals }),
  report: { label: 'Awards', colour: '#d9f99d', edge: '#4d7c0f', line: (a: Award) => `${a.award}${a.by ? ` by ${a.by}` : ''}${countsText(a) ? ` → ${countsText(a)}` : ''}` },
  view: (list, _r, c, explain) =>
    list.map((a) => {
      const counts = countsText(a);
      return `${c.bold(a.award)}${a.by ? ` by ${a.by}` : ''}${counts ? ` → ${counts}` : ''}${explain ? quote(c, a) : ''}${ruleTag(c, a, explain)}`;
    }),
});
