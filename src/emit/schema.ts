// The JSON Schema (draft 2020-12) of a record, built from one fragment per record field, so that a field's shape
// is stated once, beside its name. `vnreport schema` prints it; the package ships it as vnreport/schema.json
// (written by `npm run schema`, checked against this module by the tests).
import { CONTRACT_FIELDS, LOCALITY_TYPES } from '../record.js';

type Schema = Record<string, unknown>;

const isoDate: Schema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
const text: Schema = { type: 'string' };
const count: Schema = { type: 'integer', minimum: 0 };

/** What every finding carries (the `Evidence` of src/record.ts). */
const evidence: Record<string, Schema> = {
  text: { type: 'string', description: 'exactly the slice of cleaned text at span' },
  span: {
    type: 'array',
    description: '[start, end) in UTF-16 code units into the cleaned text (vnreport clean)',
    prefixItems: [count, count],
    minItems: 2,
    maxItems: 2,
  },
  rule: { type: 'string', description: 'the rule that produced the finding' },
};

/** An object with these properties, all required unless listed as optional, and no others. */
function finding(properties: Record<string, Schema>, optional: string[] = []): Schema {
  const all = { ...properties, ...evidence };
  return { type: 'object', properties: all, required: Object.keys(all).filter((k) => !optional.includes(k)), additionalProperties: false };
}

const locality = finding({
  type: { enum: [...LOCALITY_TYPES] },
  name: { type: 'string', description: 'without the type word; the list of units\' spelling when the unit is known' },
  province: nullable(text),
  code: { ...nullable(text), description: 'GSO code; null when the unit is not in the list' },
  level: { enum: ['province', 'district', 'commune', null] },
  province_code: nullable(text),
  province_2025: { ...nullable(text), description: 'the province-level unit it belongs to after 1 July 2025' },
});

/** The shape of each record field, keyed by field name. */
export const FIELD_SCHEMAS: Record<string, Schema> = {
  file: { type: 'string', description: 'the input path as given, "-" for standard input' },
  ok: { type: 'boolean', description: 'false: the article could not be read; then error says why' },
  error: { type: 'string' },
  encoding: { type: 'string', description: 'how the bytes were decoded' },
  warnings: { type: 'array', items: text, description: 'doubtful readings' },
  title: nullable(text),
  date: { ...nullable(isoDate), description: 'the day the reported event took place' },
  published: { ...nullable(isoDate), description: 'the day the article was published or last updated' },
  period: nullable(finding({ from: isoDate, to: isoDate })),
  locality: nullable(locality),
  localities: { type: 'array', items: locality, description: 'every other administrative unit named, in order of first mention' },
  author: nullable(text),
  officials: {
    type: 'array',
    items: finding({ name: text, rank: nullable(text), positions: { type: 'array', items: text } }),
  },
  percentages: {
    type: 'array',
    items: finding(
      {
        value: { type: 'number', description: 'a range\'s lower bound' },
        max: { type: 'number', description: 'only for a range: its upper bound' },
        status: { enum: ['achieved', 'planned'] },
        year: nullable({ type: 'integer' }),
        target: text,
        subject: nullable(text),
      },
      ['max'],
    ),
  },
  awards: {
    type: 'array',
    items: finding({ award: text, by: nullable(text), collectives: nullable(count), individuals: nullable(count) }),
  },
  sources: {
    type: 'object',
    description: 'where the scalar fields came from',
    properties: Object.fromEntries(
      ['title', 'date', 'published', 'author'].map((f) => [f, finding({ implied: { type: 'array', items: text, description: 'parts inferred, not written' } }, ['implied'])]),
    ),
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
