// period's contract: the reviewed period, from and to as ISO dates, with its evidence.
import { defineContract } from '../../engine/field.js';
import { quote, ruleTag } from '../../emit/view.js';
import type { Period } from '../../record.js';
import { finding, isoDate, nullable } from '../../engine/schema-parts.js';

export const periodContract = defineContract({
  name: 'period',
  contractKeys: ['from', 'to'],
  empty: null as Period | null,
  schema: nullable(finding({ from: isoDate, to: isoDate })),
  // an ISO 8601 interval
  csv: (p) => ({ value: `${p.from}/${p.to}`, from: p.from, to: p.to }),
  report: { label: 'Period', colour: '#bbf7d0', edge: '#15803d', line: (p: Period) => `${p.from} → ${p.to}` },
  view: (v, _r, c, explain) => (v ? [`${v.from} → ${v.to}${quote(c, v)}${ruleTag(c, v, explain)}`] : []),
});
