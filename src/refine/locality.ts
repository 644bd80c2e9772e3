// Localities as the record gives them: the list's canonical name, codes, level, the province and the province-level
// unit of 2025, with warnings when the unit is ambiguous, found by a near spelling, or gone by the article's date.
import type { ResolvedLocality } from '../extract/locality/index.js';
import { gazetteer } from '../gazetteer/index.js';
import { REORGANISED_ON } from '../gazetteer/provinces-2025.js';
import type { Locality } from '../record.js';
import { evidence, type Doc } from '../text/document.js';

export function localityRecord(doc: Doc, r: ResolvedLocality): Locality {
  const g = gazetteer();
  const u = r.unit;
  const provinceUnit = u ? g.provinceOf(u) : r.province ? g.provinceNamed(r.province) : undefined;
  return {
    type: r.type,
    name: r.name,
    province: r.province,
    code: u?.code ?? null,
    level: u?.level ?? null,
    province_code: provinceUnit?.code ?? null,
    province_2025: provinceUnit ? (g.province2025(provinceUnit)?.name ?? null) : null,
    ...evidence(doc, r.mention.start, r.mention.end, r.mention.rule),
  };
}

/** What a reader of the record should know about the primary locality. `date` is the article's date, if known. */
export function localityWarnings(r: ResolvedLocality, date: string | null): string[] {
  const out: string[] = [];
  const written = `${r.type} ${r.mention.name}`;
  if (r.ambiguous) out.push(`locality "${written}" names units in several provinces; province left empty`);
  if (r.fuzzy && r.unit) out.push(`locality "${written}" read as ${r.unit.type} ${r.unit.name} (a near spelling)`);
  // before the older list's date the unit still existed: nothing to warn about
  if (r.unit?.defunct && (date === null || date >= gazetteer().olderListDate)) out.push(`locality "${written}" is in the 2019 list but not in the 2023 one: merged or dissolved since`);
  if (r.unit?.level === 'district' && date !== null && date >= REORGANISED_ON)
    out.push(`locality "${written}" is a district, a level abolished on ${REORGANISED_ON}`);
  return out;
}
