// published's contract: the day the article was published or last updated, as an ISO date.
import { defineContract } from '../../engine/field.js';
import { isoDate as isoDateSchema, nullable } from '../../engine/schema-parts.js';
import { dayView } from '../dates.js';

export const publishedContract = defineContract({
  name: 'published',
  contractKeys: null,
  empty: null as string | null,
  schema: { ...nullable(isoDateSchema), description: 'the day the article was published or last updated' },
  csv: (day) => ({ value: day }),
  sourced: true,
  report: { label: 'Published', colour: '#fef08a', edge: '#a16207' },
  view: (value, r, c, explain) => (value ? [dayView(value, r.sources?.published, c, explain)] : []),
});
