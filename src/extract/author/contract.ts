// author's contract: the byline as written, null when the article names nobody.
import { defineContract } from '../../engine/field.js';
import { ruleTag } from '../../emit/view.js';
import { nullable, text } from '../../engine/schema-parts.js';

export const authorContract = defineContract({
  name: 'author',
  contractKeys: null,
  empty: null as string | null,
  schema: nullable(text),
  csv: (author) => ({ value: author }),
  sourced: true,
  report: { label: 'Author', colour: '#fbcfe8', edge: '#be185d' },
  view: (v, r, c, explain) => (v ? [`${v}${ruleTag(c, r.sources?.author, explain)}`] : []),
});
