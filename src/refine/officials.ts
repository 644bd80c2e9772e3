// One official per person: mentions merged by name, positions merged over all mentions (a position contained in
// another is dropped for the longer), people with neither rank nor position left out, and never the byline's author
// or anyone introduced as a player or performer (a suspect named with a post is an official, as ANNOTATION.md says).
import { evidence, tokenAt, type Doc } from '../engine/document.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner } from '../engine/refine.js';
import type { PersonMention } from '../extract/officials/index.js';
import { TITLE_TYPOS } from '../lexicon/positions.js';
import type { Official } from '../record.js';
import { fold } from '../text/fold.js';
import { isSurname } from '../dimensions/people/index.js';

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
 * How many mentions by post alone one article may resolve. Each asks which other people hold its post (containment,
 * no index); corpus/real has 28 such mentions in 5,000 articles, so a page of thousands is not an article's text.
 */
const MAX_ANAPHORS = 64;

/**
 * A mention by post alone ("Đồng chí Thứ trưởng Bộ Quốc phòng yêu cầu …") is the person named last before it, in
 * its sentence or the one before ("Thượng tướng Võ Minh Lương ghi nhận …"), unless someone else already holds that
 * post. Returns the mentions with each anaphor's posts given to its person, or dropped.
 */
function resolveAnaphors(doc: Doc, mentions: Finding<PersonMention>[], excluded: Set<string>): Finding<PersonMention>[] {
  if (!mentions.some((m) => m.value.anaphor)) return mentions;
  const sentenceAt = (offset: number) => doc.sentenceOf[Math.min(tokenAt(doc.tokens, offset), doc.tokens.count - 1)];
  // who is an official already (a rank or a post somewhere), and the posts each named person holds, folded once
  const officials = new Set<string>();
  const holders: { name: string; posts: string[] }[] = [];
  for (const x of mentions) {
    if (x.value.anaphor) continue;
    const name = fold(x.value.name);
    if (x.value.rank || x.value.positions.length) officials.add(name);
    if (x.value.positions.length) holders.push({ name, posts: x.value.positions.map((p) => fold(p.value)) });
  }
  const holdersOf = new Map<string, Set<string>>();
  const whoHolds = (post: string) => {
    let names = holdersOf.get(post);
    if (!names) holdersOf.set(post, (names = new Set(holders.filter((h) => h.posts.some((p) => p.includes(post))).map((h) => h.name))));
    return names;
  };
  const out: Finding<PersonMention>[] = [];
  const named: Finding<PersonMention>[] = [];
  let anaphors = 0;
  for (const m of mentions) {
    if (!m.value.anaphor) {
      out.push(m);
      named.push(m);
      continue;
    }
    if (++anaphors > MAX_ANAPHORS) continue;
    // mentions come in text order: the person named last before this one is at the end of the named so far
    let i = named.length - 1;
    while (i >= 0 && named[i].value.nameStart >= m.value.nameStart) i--;
    const person = named[i];
    if (!person || person.value.excluded || excluded.has(fold(person.value.name))) continue;
    if (sentenceAt(m.value.nameStart) - sentenceAt(person.value.nameStart) > 1) continue;
    // only an official already: "ông A" of a story is no comrade with a post
    const key = fold(person.value.name);
    if (!officials.has(key)) continue;
    const heldByOther = m.value.positions.some((p) => [...whoHolds(fold(p.value))].some((name) => name !== key));
    if (heldByOther) continue;
    out.push({ ...m, value: { ...m.value, name: person.value.name, nameStart: person.value.nameStart, nameEnd: person.value.nameEnd } });
  }
  return out;
}

/** A lower-case word or a number right after a name: the glued sentence's next word ("… Sơn Hàng loạt các DN"). */
const SENTENCE_GOES_ON = /^[ \u00a0]+[\p{Ll}\d]/u;

/**
 * "Thứ trưởng Bộ Nội vụ Nguyễn Duy Thăng Tuy nhiên Điều 11 …", "GS.TS Nguyễn Hồng Sơn Hàng loạt các DN …": a caption
 * glued to the next sentence without its full stop lends the name that sentence's first syllable. A name that is
 * another named person's of the article and one syllable more, followed by a lower-case word or a number, is that
 * person (bench/studies/officials-glued-names.mjs: 17 such names on corpus/real, all of them glued captions).
 */
function gluedSyllableDropped(doc: Doc, mentions: Finding<PersonMention>[]): Finding<PersonMention>[] {
  const names = new Set(mentions.filter((m) => !m.value.anaphor).map((m) => fold(m.value.name)));
  return mentions.map((m) => {
    const cut = m.value.name.lastIndexOf(' ');
    if (m.value.anaphor || cut < 0 || !m.value.name.slice(0, cut).includes(' ')) return m;
    const shorter = m.value.name.slice(0, cut);
    if (!names.has(fold(shorter)) || !SENTENCE_GOES_ON.test(doc.norm.display.slice(m.value.nameEnd, m.value.nameEnd + 3))) return m;
    const nameEnd = m.value.nameEnd - (m.value.name.length - cut);
    // the mention's evidence ends with its name where no post follows: it ends before the glued syllable
    const origin = m.origin.kind === 'text' && m.origin.end === m.value.nameEnd ? { ...m.origin, end: nameEnd } : m.origin;
    return { ...m, origin, value: { ...m.value, name: shorter, nameEnd } };
  });
}

/**
 * How many distinct names one article may compare pairwise (each with every other): corpus/real's articles name at
 * most a few dozen officials, so a page of thousands of names is no article's text.
 */
const MAX_NAMES_COMPARED = 256;

/** A mark right after a name that a post of its own follows: ", Phó giám đốc …", " - Chủ tịch …", " (…)". */
const POST_MARK_AFTER = /^[ \u00a0]*[,(–-]/u;

/** Does a name read as a Vietnamese person's full name: three words or more, opening with a surname? */
const vietnameseFullName = (name: string) => name.split(' ').length >= 3 && isSurname(name.slice(0, name.indexOf(' ')));

/**
 * Two names of one article, one inside the other, name one person:
 * - a Vietnamese full name with words glued before or after it is that name: "Đào Quang Thu Quỳnh Nga" (the byline
 *   glued to the last caption), "Vàng Phạm Thị Tân" ("trường mầm non Sen Vàng Phạm Thị Tân"), "Công Thương Cao Quốc
 *   Hưng", "Ông Bùi Xuân Cường";
 * - a foreign name's last words named again alone are the full name: "Al Thani" after "Mohammed Al Thani", "Costa dos
 *   Santos" after "Adriana Costa dos Santos".
 * bench/studies/officials-name-variants.mjs: 8 such pairs on corpus/real, the longer name wrong in 6, the shorter in 2.
 */
function nameVariantsMerged(doc: Doc, mentions: Finding<PersonMention>[]): Finding<PersonMention>[] {
  const named = mentions.filter((m) => !m.value.anaphor);
  const byFold = new Map(named.map((m) => [fold(m.value.name), m.value.name]));
  if (byFold.size < 2 || byFold.size > MAX_NAMES_COMPARED) return mentions;
  const folds = [...byFold.keys()];
  return mentions.map((m) => {
    if (m.value.anaphor) return m;
    const own = fold(m.value.name);
    for (const other of folds) {
      if (other === own) continue;
      const otherName = byFold.get(other) as string;
      if (own.length > other.length && vietnameseFullName(otherName)) {
        // the longer name holds the full one: it is that person, and the posts read around the glued words (cut by
        // them, or run on past them) are left to the person's clean mentions
        // (not "Ông Trần Văn Nam Anh, Phó giám đốc …": a name with its own post after a mark is another person's)
        const postAfter = POST_MARK_AFTER.test(doc.norm.display.slice(m.value.nameEnd, m.value.nameEnd + 3));
        if (own.startsWith(`${other} `) && !postAfter) return { ...m, value: { ...m.value, name: otherName, positions: [], nameEnd: m.value.nameEnd - (own.length - other.length) } };
        if (own.endsWith(` ${other}`)) return { ...m, value: { ...m.value, name: otherName, positions: [], nameStart: m.value.nameStart + (own.length - other.length) } };
      }
      // a foreign name's tail named again alone
      if (own.length < other.length && other.endsWith(` ${own}`) && own.includes(' ') && !vietnameseFullName(m.value.name) && !isSurname(m.value.name.slice(0, m.value.name.indexOf(' '))) && !vietnameseFullName(otherName)) {
        return { ...m, value: { ...m.value, name: otherName } };
      }
    }
    return m;
  });
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
    const mentions = resolveAnaphors(ctx.doc, nameVariantsMerged(ctx.doc, gluedSyllableDropped(ctx.doc, sorted)), excluded);
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
