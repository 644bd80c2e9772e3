// locality's contract: the unit the report is about, with its province and codes, and `localities`, every other
// unit named.
import { defineContract, type ViewLine } from '../../engine/field.js';
import { quote, ruleTag } from '../../emit/view.js';
import { LOCALITY_TYPES, type Locality } from '../../record.js';
import { finding, listOf, nullable, text } from '../../engine/schema-parts.js';

const localitySchema = finding({
  type: { enum: [...LOCALITY_TYPES] },
  name: { type: 'string', description: "without the type word; the list of units' spelling when the unit is known" },
  province: { ...nullable(text), description: "the province-level unit that contains it as of the article's time: from 1 July 2025 (and for a unit only the 2025 list has) the merged one" },
  code: { ...nullable(text), description: 'GSO code; null when the unit is not in the list' },
  level: { enum: ['province', 'district', 'commune', null] },
  province_code: { ...nullable(text), description: "the province's code in the list of its time" },
  province_2025: { ...nullable(text), description: 'the province-level unit it belongs to after 1 July 2025' },
});
const localityCells = (l: Locality) => ({ value: l.name, type: l.type, province: l.province, code: l.code });

export function unitName(l: Pick<Locality, 'type' | 'name'>): string {
  return `${l.type} ${l.name}`;
}

function localityLine(l: Locality): string {
  const where = [l.province && l.province !== l.name ? l.province : null, l.code ? `code ${l.code}` : null].filter(Boolean);
  return `${unitName(l)}${where.length ? ` (${where.join(', ')})` : ''}`;
}

export const localityContract = defineContract<'locality', Locality | null, { localities: Locality[] }>({
  name: 'locality',
  contractKeys: ['type', 'name', 'province', 'code', 'level', 'province_code', 'province_2025'],
  empty: null,
  schema: nullable(localitySchema),
  csv: localityCells,
  report: { label: 'Locality', colour: '#a5f3fc', edge: '#0e7490', line: localityLine },
  extras: {
    localities: {
      schema: listOf(localitySchema, 'every other administrative unit named, in order of first mention'),
      csv: localityCells,
      report: { label: 'Other localities', colour: '#e0f2fe', edge: '#0369a1', line: localityLine },
    },
  },
  view(v, r, c, explain) {
    const place = (l: Locality) => `${l.type} ${c.bold(l.name)}${l.province ? `, ${l.province}` : ''}${quote(c, l)}${ruleTag(c, l, explain)}`;
    const lines: ViewLine[] = v ? [place(v)] : [];
    // every other unit named: in the explanation, where the choice among them is the question
    if (explain) ((r.localities as Locality[] | undefined) ?? []).forEach((l, i) => lines.push([i ? '' : 'localities', place(l)]));
    return lines;
  },
});
