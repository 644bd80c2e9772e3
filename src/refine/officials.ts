// One official per person: mentions merged by name, positions merged over all mentions (a position contained in
// another is dropped for the longer), people with neither rank nor position left out, and never the byline's author
// or anyone introduced as a suspect, player or performer.
import { evidence, tokenAt, type Doc } from '../engine/document.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner } from '../engine/refine.js';
import type { PersonMention } from '../extract/officials/index.js';
import { TITLE_TYPOS } from '../lexicon/positions.js';
import type { Official } from '../record.js';
import { fold } from '../text/fold.js';

const TYPO = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${Object.keys(TITLE_TYPOS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/** A position as written, but with misspelt titles corrected ("Chi huy trưởng" → "Chỉ huy trưởng"). */
export function tidyPosition(p: string): string {
  return p.replace(/[\s,;:.–-]+$/u, '').replace(TYPO, (t) => TITLE_TYPOS[t] ?? t);
}

/**
 * How many positions one person keeps. Each new one is compared with every kept one (containment has no index), so
 * a page naming one person with thousands of different posts must not compare them all: in the 5,000 articles of
 * corpus/real nobody holds more than 6 (3,304 of 3,766 officials hold one).
 */
const MAX_POSITIONS = 32;

function mergePositions(into: string[], more: readonly string[]): void {
  for (const p of more) {
    const fp = fold(p);
    if (!fp) continue;
    if (into.some((e) => fold(e).includes(fp))) continue;
    const longer = into.findIndex((e) => fp.includes(fold(e)));
    if (longer >= 0) into[longer] = p;
    else if (into.length < MAX_POSITIONS) into.push(p);
  }
}

/**
 * A mention by post alone ("Đồng chí Thứ trưởng Bộ Quốc phòng yêu cầu …") is the person named last before it, in
 * its sentence or the one before ("Thượng tướng Võ Minh Lương ghi nhận …"), unless someone else already holds that
 * post. Returns the mentions with each anaphor's posts given to its person, or dropped.
 */
function resolveAnaphors(doc: Doc, mentions: Finding<PersonMention>[], excluded: Set<string>): Finding<PersonMention>[] {
  const sentenceAt = (offset: number) => doc.sentenceOf[Math.min(tokenAt(doc.tokens, offset), doc.tokens.count - 1)];
  const out: Finding<PersonMention>[] = [];
  for (const m of mentions) {
    if (!m.value.anaphor) {
      out.push(m);
      continue;
    }
    let named: Finding<PersonMention> | undefined;
    for (const x of out) if (!x.value.anaphor && x.value.nameStart < m.value.nameStart) named = x;
    if (!named || named.value.excluded || excluded.has(fold(named.value.name))) continue;
    if (sentenceAt(m.value.nameStart) - sentenceAt(named.value.nameStart) > 1) continue;
    // only an official already (a rank or a post somewhere): "ông A" of a story is no comrade with a post
    const key = fold(named.value.name);
    if (!mentions.some((x) => !x.value.anaphor && fold(x.value.name) === key && (x.value.rank || x.value.positions.length))) continue;
    const posts = m.value.positions.map((p) => fold(p.value));
    const heldByOther = mentions.some((x) => !x.value.anaphor && fold(x.value.name) !== key && x.value.positions.some((p) => posts.some((q) => fold(p.value).includes(q))));
    if (heldByOther) continue;
    out.push({ ...m, value: { ...m.value, name: named.value.name, nameStart: named.value.nameStart, nameEnd: named.value.nameEnd } });
  }
  return out;
}

export const mergeOfficials: Refiner = {
  name: 'officials-merge',
  fields: ['officials', 'author'],
  refine(ctx) {
    // two readings of one mention (a list member under its heading, and the same member read after its own post):
    // the one whose posts start first gives the order of posts
    const firstPost = (m: Finding<PersonMention>) => m.value.positions[0]?.start ?? Infinity;
    const sorted = ctx
      .get<PersonMention>('officials')
      .sort((a, b) => a.value.nameStart - b.value.nameStart || (b.origin.kind === 'text' && a.origin.kind === 'text' ? b.origin.end - a.origin.end : 0) || firstPost(a) - firstPost(b));
    const byline = ctx.get<string>('author')[0]?.value;
    const excluded = new Set(byline ? [fold(byline)] : []);
    for (const m of sorted) if (m.value.excluded) excluded.add(fold(m.value.name));
    const mentions = resolveAnaphors(ctx.doc, sorted, excluded);
    const people = new Map<string, { first: Finding<PersonMention>; rank: string | null; positions: string[] }>();
    for (const m of mentions) {
      const k = fold(m.value.name);
      if (excluded.has(k)) continue;
      let p = people.get(k);
      if (!p) people.set(k, (p = { first: m, rank: null, positions: [] }));
      p.rank ??= m.value.rank;
      mergePositions(p.positions, m.value.positions.map((x) => tidyPosition(x.value)));
    }
    const out: Finding<Official>[] = [];
    for (const p of people.values()) {
      if (!p.rank && !p.positions.length) continue;
      const o = p.first.origin;
      if (o.kind !== 'text') continue;
      out.push({ ...p.first, value: { name: p.first.value.name, rank: p.rank, positions: p.positions, ...evidence(ctx.doc, o.start, o.end, o.rule) } });
    }
    ctx.set('officials', out);
  },
};
