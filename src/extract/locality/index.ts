// locality: the administrative unit the report is about, and `localities`: every other unit it names. Every unit the
// text names is a candidate; the refiner (src/refine/locality.ts) chooses by ANNOTATION.md's order: the organising
// body's unit in the lead, else the place of the event, the lead's unit, the headline's, the first one named, the
// province named most.
import { wordClass } from '../../engine/lexicon.js';
import { defineField, type ViewLine } from '../../engine/field.js';
import type { Finding } from '../../engine/finding.js';
import { anchor, dim } from '../../engine/pattern.js';
import type { Rule } from '../../engine/rule.js';
import type { PlaceValue } from '../../dimensions/places/index.js';
import { gazetteer, type Unit } from '../../gazetteer/index.js';
import { REORGANISED_ON } from '../../gazetteer/provinces-2025.js';
import { EVENT_VERBS } from '../../lexicon/events.js';
import { quote, ruleTag } from '../../emit/view.js';
import { LOCALITY_TYPES, type Evidence, type Locality, type LocalityType } from '../../record.js';
import { finding, listOf, nullable, text } from '../../engine/schema-parts.js';

export const eventVerbs = wordClass('event-verb', EVENT_VERBS);

/** A unit named, as the refiner resolved it. */
export interface ResolvedPlace {
  place: PlaceValue;
  role: 'organiser' | 'place' | 'lead' | 'title' | 'first' | 'frequent' | 'mention';
  unit: Unit | null;
  type: LocalityType;
  name: string;
  province: string | null;
  ambiguous: boolean;
  /** Found by a near spelling, not the exact name. */
  fuzzy: boolean;
}

export const LOCALITY_RULES: readonly Rule<PlaceValue>[] = [
  {
    name: 'locality-mention',
    pattern: [anchor(dim('place', 'p'))],
    build: (m) => ({ value: m.anchor.value as PlaceValue }),
  },
];

function record(r: ResolvedPlace, f: Finding, ev: Evidence): Locality {
  const g = gazetteer();
  const u = r.unit;
  const provinceUnit = u ? g.provinceOf(u) : r.province ? g.provinceNamed(r.province) : undefined;
  const how = r.place.organ ? 'organ' : r.place.typed ? 'typed' : r.place.units[0]?.level === 'district' ? 'untyped-district' : 'bare-province';
  const rule = f.origin.rule === 'locality-mention' ? `locality-${how}` : f.origin.rule;
  return {
    type: r.type,
    name: r.name,
    province: r.province,
    code: u?.code ?? null,
    level: u?.level ?? null,
    province_code: provinceUnit?.code ?? null,
    province_2025: provinceUnit ? (g.province2025(provinceUnit)?.name ?? null) : null,
    ...ev,
    rule,
  };
}

/** What a reader of the record should know about the primary locality. `date` is the article's date, if known. */
export function localityWarnings(r: ResolvedPlace, written: string, date: string | null): string[] {
  const out: string[] = [];
  if (r.ambiguous) out.push(`locality "${written}" names units in several provinces; province left empty`);
  if (r.fuzzy && r.unit) out.push(`locality "${written}" read as ${r.unit.type} ${r.unit.name} (a near spelling)`);
  // before the older list's date the unit still existed: nothing to warn about
  if (r.unit?.defunct && (date === null || date >= gazetteer().olderListDate)) out.push(`locality "${written}" is no longer in the 2023 list: merged, split or renamed since`);
  if (r.unit?.level === 'district' && date !== null && date >= REORGANISED_ON) out.push(`locality "${written}" is a district, a level abolished on ${REORGANISED_ON}`);
  return out;
}

const localitySchema = finding({
  type: { enum: [...LOCALITY_TYPES] },
  name: { type: 'string', description: "without the type word; the list of units' spelling when the unit is known" },
  province: nullable(text),
  code: { ...nullable(text), description: 'GSO code; null when the unit is not in the list' },
  level: { enum: ['province', 'district', 'commune', null] },
  province_code: nullable(text),
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

export const locality = defineField<'locality', Locality | null, { localities: Locality[] }>({
  name: 'locality',
  contractKeys: ['type', 'name', 'province', 'code', 'level', 'province_code', 'province_2025'],
  dimensions: ['place', 'event-verb'],
  rules: LOCALITY_RULES,
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
  record(ctx) {
    const found = ctx.findings('locality') as Finding<ResolvedPlace>[];
    const primary = found.find((f) => f.value.role !== 'mention');
    const others = found.filter((f) => f !== primary);
    const localities = others.map((f) => record(f.value, f, ctx.evidence(f)));
    const value = primary ? record(primary.value, primary, ctx.evidence(primary)) : null;
    const warnings = primary ? localityWarnings(primary.value, `${primary.value.type} ${primary.value.place.name}`, ctx.facts.date) : [];
    return { value, ...(localities.length ? { extra: { localities } } : {}), warnings };
  },
  view(v, r, c, explain) {
    const place = (l: Locality) => `${l.type} ${c.bold(l.name)}${l.province ? `, ${l.province}` : ''}${quote(c, l)}${ruleTag(c, l, explain)}`;
    const lines: ViewLine[] = v ? [place(v)] : [];
    // every other unit named: in the explanation, where the choice among them is the question
    if (explain) ((r.localities as Locality[] | undefined) ?? []).forEach((l, i) => lines.push([i ? '' : 'localities', place(l)]));
    return lines;
  },
});
