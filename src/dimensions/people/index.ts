// People and what stands before their names: honorifics ("đồng chí", "ông"), ranks ("Đại tá"), position titles
// ("Phó Chủ tịch", "Chỉ huy trưởng") and personal names. A name is two to five capitalised words that open with a
// surname ("Nguyễn Thị Huế") or a transcribed foreign name ("An-tô-ni Lếch"); inside a run of capitals it is read
// past the words that are something else ("UBND TP Hà Nội Nguyễn Đức Chung", "Phó Chủ tịch Lê Văn A").
import { wordClass } from '../../engine/lexicon.js';
import type { Dimension } from '../../engine/dimension.js';
import { lexDimension, type Rule, type RuleContext } from '../../engine/rule.js';
import { Flag, Kind } from '../../engine/tokens.js';
import type { Doc } from '../../engine/document.js';
import type { Units } from '../../engine/units.js';
import { COUNTRIES, COUNTRIES_BEFORE_FOREIGN_NAMES, HONORIFICS, MIDDLE_NAMES, NOT_NAME_STARTS, NOT_OFFICIAL_ROLES, SURNAMES } from '../../lexicon/people.js';
import { POSITION_TITLES, POST_NAME_TITLES, RANK_QUALIFIERS, RANKS, TITLE_MODIFIERS } from '../../lexicon/positions.js';

export interface PersonValue {
  name: string;
  /** Opens with a surname of the list (or a transcribed foreign name). */
  surname: boolean;
}

export const ranks = wordClass('rank', RANKS);
export const rankQualifiers = wordClass('rank-qualifier', RANK_QUALIFIERS);
export const titles = wordClass('title', POSITION_TITLES);
export const postNameTitles = wordClass('post-name-title', POST_NAME_TITLES);
export const titleModifiers = wordClass('title-modifier', TITLE_MODIFIERS);
export const honorifics = wordClass('honorific', HONORIFICS, 'as-written');
export const excludedRoles = wordClass('excluded-role', NOT_OFFICIAL_ROLES);
export const countries = wordClass('country', COUNTRIES, 'capitalised');
export const countriesBeforeForeignNames = wordClass('country-before-foreign-name', COUNTRIES_BEFORE_FOREIGN_NAMES, 'capitalised');
const notNameStarts = wordClass('not-name-start', NOT_NAME_STARTS, 'capitalised');

const surnames = new Set(SURNAMES);
const middles = new Set(MIDDLE_NAMES);

const MAX_NAME_WORDS = 5;

const isCapWord = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Word && (doc.tokens.flags[i] & Flag.Cap) !== 0;
const tight = (doc: Doc, i: number) => (doc.tokens.flags[i] & Flag.Tight) !== 0 && (doc.tokens.flags[i] & Flag.LineBefore) === 0;
const word = (doc: Doc, i: number) => doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);

/** Does a word stop a name: a title, a rank, an honorific, or a country (before a foreign name)? */
function stopsName(doc: Doc, units: Units, i: number): boolean {
  if (units.at('title', i) || units.at('rank', i) || units.at('not-name-start', i)) return true;
  // "đồng chí", "TS", "đ/c" end a name; "Anh", "Bà", "Ông" are also names' own syllables
  const h = units.at('honorific', i);
  return !!h && (h.end - h.first > 1 || (doc.tokens.flags[i] & Flag.Upper) !== 0 || doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).includes('/'));
}

/**
 * "Dương Trung Quốc" (a deputy): right after a surname, a country's name whose words are both middle and given names
 * and that ends the capitalised run is the rest of the person's name, not the country.
 */
function givenNamesAt(doc: Doc, units: Units, i: number, j: number): boolean {
  const u = units.at('not-name-start', j);
  if (j !== i + 1 || !u || !surnames.has(word(doc, i)) || (u.end < doc.tokens.count && isCapWord(doc, u.end) && tight(doc, u.end))) return false;
  for (let k = j; k < u.end; k++) if (!middles.has(word(doc, k))) return false;
  return true;
}

export function isSurname(w: string): boolean {
  return surnames.has(w);
}

export function isMiddleName(w: string): boolean {
  return middles.has(w);
}

/** A capital letter at token i glued by a full stop to a capitalised word: the initial of "A.Át-xát", "G.Xtôn-ten-bớc". */
function initialAt(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (i < 0 || i + 2 >= t.count || !isCapWord(doc, i) || t.end[i] - t.start[i] !== 1) return false;
  const glued = (k: number) => (t.flags[k] & Flag.Glued) !== 0 && (t.flags[k] & Flag.LineBefore) === 0;
  return word(doc, i + 1) === '.' && glued(i + 1) && glued(i + 2) && isCapWord(doc, i + 2);
}

const latinOnly = (w: string) => /^[A-Za-z]+$/.test(w);

/** A transcribed foreign name: "An-tô-ni", "Bách-xtơ". */
const transcribed = (w: string) => w.includes('-') && /^\p{Lu}/u.test(w);

/**
 * The name that starts at token i, as [i, end), or -1: capitalised words in one tight run, at most five, not past a
 * title or rank; `loose` (after "đồng chí", a rank or a title) accepts any capitalised start ("Park Hang-seo").
 */
export function nameEnd(doc: Doc, units: Units, i: number, loose: boolean): number {
  const t = doc.tokens;
  if (i >= t.count || !isCapWord(doc, i)) return -1;
  const first = word(doc, i);
  if (!loose && !surnames.has(first) && !transcribed(first) && !(initialAt(doc, i) && transcribed(word(doc, i + 2)))) return -1;
  if (units.at('not-name-start', i)) return -1;
  let j = i + 1;
  for (;;) {
    while (j < t.count && j - i < MAX_NAME_WORDS && isCapWord(doc, j) && tight(doc, j) && (!stopsName(doc, units, j) || givenNamesAt(doc, units, i, j))) j++;
    // "A.Át-xát", "V.Pu-tin": an initial glued by its full stop to the next word goes on the (transcribed) name
    // ("Crispin J.Francisco"), never a place's abbreviated type ("UBND H.Ngọc Hiển", "Q.Bình Thạnh")
    if (!initialAt(doc, j - 1) || !(transcribed(word(doc, j + 1)) || (j - 1 > i && latinOnly(word(doc, i)) && latinOnly(word(doc, j + 1))))) break;
    j += 2;
  }
  // "Nguyễn Văn A": one capital letter ends a name, as "A" in examples does
  if (j - i < 2) return -1;
  // all capitals are an acronym run, not a name, unless every word is (a name in a capitalised headline)
  let upper = 0;
  for (let k = i; k < j; k++) if (t.flags[k] & Flag.Upper && t.end[k] - t.start[k] > 1) upper++;
  if (upper > 0 && upper < j - i) return -1;
  return j;
}

const NAME_RULES: readonly Rule<PersonValue>[] = [
  {
    // every surname-led run of capitals, read past the words before it that are a place, a title, a body
    name: 'person-name',
    scan({ doc, units }: RuleContext, emit) {
      const t = doc.tokens;
      // a unit's name is no person's ("huyện Kim Bảng")
      const inPlace = new Uint8Array(t.count);
      for (const p of units.of('place')) inPlace.fill(1, p.first, p.end);
      let i = 0;
      while (i < t.count) {
        if (inPlace[i]) {
          i++;
          continue;
        }
        const end = nameEnd(doc, units, i, false);
        if (end < 0) {
          i++;
          continue;
        }
        // "Hà Nội Nguyễn Đức Chung": a province that opens the run is a place when a name follows it
        const province = units.at('province-name', i);
        if (province && province.end < end && nameEnd(doc, units, province.end, false) > 0) {
          i = province.end;
          continue;
        }
        const first = word(doc, i);
        emit({ value: { name: doc.norm.display.slice(t.start[i], t.end[end - 1]), surname: surnames.has(first) || transcribed(first) }, first: i, end });
        i = end;
      }
    },
  },
];

export function lexPeople(ctx: RuleContext): void {
  lexDimension('person', NAME_RULES, ctx);
}

export { countries as countryClass };

export const people: Dimension = {
  name: 'people',
  produces: ['person'],
  needs: ['title', 'rank', 'honorific', 'not-name-start', 'province-name'],
  lex: lexPeople,
};
