// date's contract: the day the reported event took place, as an ISO date.
import { defineContract } from '../../engine/field.js';
import { isoDate as isoDateSchema, nullable } from '../../engine/schema-parts.js';
import { dayView } from '../dates.js';

export const dateContract = defineContract({
  name: 'date',
  contractKeys: null,
  empty: null as string | null,
  schema: { ...nullable(isoDateSchema), description: 'the day the reported event took place' },
  csv: (d) => ({ value: d }),
  sourced: true,
  report: { label: 'Event date', colour: '#fed7aa', edge: '#c2410c' },
  view: (value, r, c, explain) => (value ? [dayView(value, r.sources?.date, c, explain)] : []),
});
