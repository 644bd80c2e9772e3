// Pieces of JSON Schema (draft 2020-12) that field definitions build their value's schema from; the record's schema
// is assembled from them in src/emit/schema.ts.

export type Schema = Record<string, unknown>;

export const isoDate: Schema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
export const text: Schema = { type: 'string' };
export const count: Schema = { type: 'integer', minimum: 0 };

export function nullable(s: Schema): Schema {
  return { anyOf: [s, { type: 'null' }] };
}

export function listOf(items: Schema, description?: string): Schema {
  return { type: 'array', items, ...(description ? { description } : {}) };
}

const span: Schema = {
  type: 'array',
  description: '[start, end) in UTF-16 code units into the cleaned text (vnreport clean)',
  prefixItems: [count, count],
  minItems: 2,
  maxItems: 2,
};

/** What every finding carries (the `Evidence` of src/record.ts). */
export const evidence: Record<string, Schema> = {
  text: { type: 'string', description: 'exactly the slice of cleaned text at span' },
  span,
  rule: { type: 'string', description: 'the rule that produced the finding' },
};

/** An object with these properties and its evidence, all required unless listed as optional, and no others. */
export function finding(properties: Record<string, Schema>, optional: string[] = []): Schema {
  const all = { ...properties, ...evidence };
  return { type: 'object', properties: all, required: Object.keys(all).filter((k) => !optional.includes(k)), additionalProperties: false };
}

/** Where a scalar field came from: a rule with its text and span, or a page's metadata key (no span). */
export const source: Schema = {
  type: 'object',
  properties: {
    rule: { type: 'string', description: 'the rule, or the metadata it came from ("meta:og:title", "json-ld:datePublished")' },
    text: evidence.text,
    span,
    implied: { type: 'array', items: text, description: 'parts inferred, not written ("year")' },
  },
  required: ['rule'],
  additionalProperties: false,
};
