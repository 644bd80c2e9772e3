// title's contract: the headline as a string, null when the text has none.
import { defineContract } from '../../engine/field.js';
import { ruleTag } from '../../emit/view.js';
import { nullable, text } from '../../engine/schema-parts.js';

export const titleContract = defineContract({
  name: 'title',
  contractKeys: null,
  empty: null as string | null,
  schema: nullable(text),
  csv: (title) => ({ value: title }),
  sourced: true,
  report: { label: 'Title', colour: '#e9d5ff', edge: '#7e22ce' },
  view: (v, r, c, explain) => (v ? [`${v}${ruleTag(c, r.sources?.title, explain)}`] : []),
});
