// The JSON Schema (draft 2020-12) of a record, assembled from each field's own schema (src/extract/<field>/), so that
// a field's shape is stated once, in its definition. `vnreport schema` prints it; the package ships it as
// vnreport/schema.json (written by `npm run schema`, checked against this module by the tests).
import { source, text, type Schema } from '../engine/schema-parts.js';
import { CONTRACT_FIELDS, CONTRACTS } from '../extract/contracts.js';

/** The shape of each record key: the record's own, then each field's and the keys fields add. */
export const FIELD_SCHEMAS: Record<string, Schema> = {
  file: { type: 'string', description: 'the input path as given, "-" for standard input' },
  ok: { type: 'boolean', description: 'false: the article could not be read; then error says why' },
  error: { type: 'string' },
  encoding: { type: 'string', description: 'how the bytes were decoded' },
  warnings: { type: 'array', items: text, description: 'doubtful readings' },
  ...Object.fromEntries(CONTRACTS.flatMap((f) => [[f.name, f.schema], ...Object.entries(f.extras ?? {}).map(([k, x]) => [k, (x as { schema: Schema }).schema])])),
  sources: {
    type: 'object',
    description: 'where the scalar fields came from',
    properties: Object.fromEntries(CONTRACTS.filter((f) => f.sourced).map((f) => [f.name, source])),
    additionalProperties: false,
  },
};

/** Fields every record has, a failed one included; the others appear only when they have something to say. */
const REQUIRED = ['file', 'ok', ...CONTRACT_FIELDS];

export function recordSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'vnreport record',
    description:
      'One record per article, as vnreport extract writes it. The contract fields and their meanings are fixed; later versions may add fields. With --fields, the fields not named are left out.',
    type: 'object',
    properties: FIELD_SCHEMAS,
    required: REQUIRED,
    additionalProperties: false,
    if: { properties: { ok: { const: false } }, required: ['ok'] },
    then: { properties: { error: FIELD_SCHEMAS.error }, required: ['error'] },
  };
}
