// One official per person: mentions merged by name, positions merged over all mentions (a shorter form of a
// position already known is dropped), people with neither rank nor position left out.
import type { PersonMention } from '../extract/officials/index.js';
import type { Official } from '../record.js';
import { evidence, type Doc } from '../text/document.js';
import { B, E, escapeRegex, fold } from '../text/patterns.js';
import { TITLE_TYPOS } from '../extract/officials/titles.js';

const TYPO = new RegExp(`${B}(${Object.keys(TITLE_TYPOS).sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})${E}`, 'gu');

/** A position as written, but with misspelt titles corrected ("Chi huy trưởng" → "Chỉ huy trưởng"). */
export function tidyPosition(p: string): string {
  return p.replace(/[\s,;:.–-]+$/u, '').replace(TYPO, (t) => TITLE_TYPOS[t] ?? t);
}

function mergePositions(into: string[], more: readonly string[]): void {
  for (const p of more) {
    const fp = fold(p);
    if (!fp) continue;
    if (into.some((e) => fold(e).includes(fp))) continue;
    const longer = into.findIndex((e) => fp.includes(fold(e)));
    if (longer >= 0) into[longer] = p;
    else into.push(p);
  }
}

export function mergeOfficials(doc: Doc, mentions: readonly PersonMention[], exclude: readonly string[] = []): Official[] {
  const excluded = new Set(exclude.map(fold));
  const people = new Map<string, { first: PersonMention; rank: string | null; positions: string[] }>();
  for (const m of mentions) if (m.excluded) excluded.add(fold(m.name));
  for (const m of mentions) {
    const k = fold(m.name);
    if (excluded.has(k)) continue;
    let p = people.get(k);
    if (!p) {
      p = { first: m, rank: null, positions: [] };
      people.set(k, p);
    }
    p.rank ??= m.rank;
    mergePositions(p.positions, m.positions.map((x) => tidyPosition(x.value)));
  }
  const out: Official[] = [];
  for (const p of people.values()) {
    if (!p.rank && !p.positions.length) continue;
    out.push({
      name: p.first.name,
      rank: p.rank,
      positions: p.positions,
      ...evidence(doc, p.first.start, p.first.end, p.first.rule),
    });
  }
  return out;
}
