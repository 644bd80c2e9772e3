// officials' contract: each official named, with rank and positions, and its evidence.
import { defineContract } from '../../engine/field.js';
import { quote, ruleTag } from '../../emit/view.js';
import type { Official } from '../../record.js';
import { finding, listOf, nullable, text } from '../../engine/schema-parts.js';

export const officialsContract = defineContract({
  name: 'officials',
  contractKeys: ['name', 'rank', 'positions'],
  empty: [] as Official[],
  schema: listOf(finding({ name: text, rank: nullable(text), positions: listOf(text) })),
  csv: (o) => ({ value: o.name, rank: o.rank, positions: o.positions.join('; ') }),
  report: { label: 'Officials', colour: '#bfdbfe', edge: '#1d4ed8', line: (o: Official) => `${o.rank ? `${o.rank} ` : ''}${o.name}${o.positions.length ? ` — ${o.positions.join('; ')}` : ''}` },
  view: (list, _r, c, explain) =>
    list.map((o) => `${o.rank ? `${o.rank} ` : ''}${c.bold(o.name)}${o.positions.length ? ` — ${o.positions.join('; ')}` : ''}${explain ? quote(c, o) : ''}${ruleTag(c, o, explain)}`),
});
