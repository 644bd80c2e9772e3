// locality: the administrative unit the report is about, and `localities`: every other unit it names. Every unit the
// text names is a candidate; the refiner (src/refine/locality.ts) chooses by ANNOTATION.md's order: the organising
// body's unit in the lead, else the place of the event, the lead's unit, the headline's, the first one named, the
// province named most.
import { localityContract } from './contract.js';
import { wordClass } from '../../engine/lexicon.js';
import { defineField } from '../../engine/field.js';
import type { Finding } from '../../engine/finding.js';
import { anchor, dim } from '../../engine/pattern.js';
import type { Rule } from '../../engine/rule.js';
import type { PlaceValue } from '../../dimensions/places/index.js';
import { gazetteer, type Unit } from '../../gazetteer/index.js';
import { REORGANISED_ON } from '../../gazetteer/provinces-2025.js';
import { EVENT_VERBS } from '../../lexicon/events.js';
import type { Evidence, Locality, LocalityType } from '../../record.js';

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

/**
 * A unit's province "as of the article's time" (ANNOTATION.md): from the reform on, and for a unit only the 2025 list
 * has, the province-level unit of 1 July 2025 and its code in that list.
 */
function record(r: ResolvedPlace, f: Finding, ev: Evidence, date: string | null): Locality {
  const g = gazetteer();
  const u = r.unit;
  const provinceUnit = u ? g.provinceOf(u) : r.province ? g.provinceNamed(r.province) : undefined;
  const province2025 = provinceUnit ? g.province2025(provinceUnit) : undefined;
  const reorganised = province2025 !== undefined && ((date !== null && date >= REORGANISED_ON) || u?.since2025 === true);
  const how = r.place.organ ? 'organ' : r.place.typed ? 'typed' : r.place.units[0]?.level === 'district' ? 'untyped-district' : 'bare-province';
  const rule = f.origin.rule === 'locality-mention' ? `locality-${how}` : f.origin.rule;
  return {
    type: r.type,
    name: r.name,
    province: reorganised ? province2025.name : r.province,
    // a province that kept its name through the merger has its code in the list of 34 ("52" for Gia Lai)
    code: reorganised && u?.level === 'province' && u.name === province2025.name ? province2025.code : (u?.code ?? null),
    level: u?.level ?? null,
    province_code: reorganised ? province2025.code : (provinceUnit?.code ?? null),
    province_2025: province2025?.name ?? null,
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

export const locality = defineField(localityContract, {
  dimensions: ['place', 'event-verb'],
  rules: LOCALITY_RULES,
  record(ctx) {
    const found = ctx.findings('locality') as Finding<ResolvedPlace>[];
    const primary = found.find((f) => f.value.role !== 'mention');
    const others = found.filter((f) => f !== primary);
    const localities = others.map((f) => record(f.value, f, ctx.evidence(f), ctx.facts.date));
    const value = primary ? record(primary.value, primary, ctx.evidence(primary), ctx.facts.date) : null;
    const warnings = primary ? localityWarnings(primary.value, `${primary.value.type} ${primary.value.place.name}`, ctx.facts.date) : [];
    return { value, ...(localities.length ? { extra: { localities } } : {}), warnings };
  },
});
