// Administrative units named in the text: a unit word and a name ("quận Dương Kinh", "TP Hà Nội", "Quận 1"), a
// party or union body that names its unit ("Huyện ủy Kim Bảng"), or a province named bare ("tại Hà Nội", "TP.HCM").
// Each unit carries the units of the national list it can be; which one the article is about is the locality field's
// business.
import { wordClass } from '../../engine/lexicon.js';
import { anchor, dim, opt, words } from '../../engine/pattern.js';
import type { Dimension } from '../../engine/dimension.js';
import { lexDimension, type Rule, type RuleContext } from '../../engine/rule.js';
import { Flag, Kind } from '../../engine/tokens.js';
import { gazetteer, type Unit as ListedUnit } from '../../gazetteer/index.js';
import { PROVINCES_BEFORE_2025 } from '../../gazetteer/provinces-2025.js';
import { BARE_NOT_PLACES, BODIES_BEFORE_BARE_DISTRICT, BODY_BEFORE_GLUED_UNIT, GLUED_UNIT_NUMBERS, NAMES_ENDING_IN_XA, NOT_UNIT_NAMES, PROVINCE_ALIASES, SPOUSE_BEFORE_XA, UNIT_DESCRIPTORS, UNIT_ORGAN_FORMS, UNIT_TYPE_FORMS } from '../../lexicon/units.js';
import { MIDDLE_NAMES, SURE_MIDDLE_NAMES, SURNAMES } from '../../lexicon/people.js';
import { LOCALITY_TYPES, type LocalityType } from '../../record.js';
import { nameKey } from '../../text/fold.js';
import { gluedAt } from '../../text/glued.js';
import { isVietnameseSyllable } from '../../text/syllable.js';
import { tokenText, tokensValue, type Doc } from '../../engine/document.js';

export interface PlaceValue {
  type: LocalityType;
  /** Written with its unit word (or as a unit's body, "Huyện ủy X"). */
  typed: boolean;
  /** Named through a party or union body ("Thành đoàn Hà Nội"), or a district's body before its bare name ("Công an Đắk Hà"). */
  organ: boolean;
  /** As written; the list's spelling when the text is all capitals or an alias. */
  name: string;
  /** Units of the national list it can be (empty when the list does not know the name). */
  units: readonly ListedUnit[];
  /** First token of the name. */
  nameFirst: number;
}

const typeTable: Record<string, LocalityType> = {};
for (const [type, forms] of Object.entries(UNIT_TYPE_FORMS) as [LocalityType, readonly string[]][]) for (const f of forms) typeTable[f] = type;
export const unitTypes = wordClass('unit-type', typeTable);
export const unitOrgans = wordClass('unit-organ', UNIT_ORGAN_FORMS);
export const unitDescriptors = wordClass('unit-descriptor', UNIT_DESCRIPTORS);
const notUnitNames = wordClass('not-unit-name', NOT_UNIT_NAMES);
export const gluedUnitNumbers = wordClass('unit-glued-number', GLUED_UNIT_NUMBERS, 'capitalised');
const bodiesBeforeGlued = new Set(BODY_BEFORE_GLUED_UNIT);
export const bodiesBeforeBareDistrict = wordClass('unit-body', BODIES_BEFORE_BARE_DISTRICT, 'capitalised');
const HCM = PROVINCE_ALIASES['TP HCM'];

/** Province names and aliases, also squashed ("Kontum", "Daklak"), each to the list's name. */
const provinceTable: Record<string, string> = {};
for (const name of Object.values(PROVINCES_BEFORE_2025)) {
  provinceTable[name] = name;
  const squashed = name.replace(/[\s-]+/g, '');
  provinceTable[squashed] = name;
  provinceTable[squashed.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')] = name;
}
for (const [alias, name] of Object.entries(PROVINCE_ALIASES)) provinceTable[alias] = name;
export const provinceNames = wordClass('province-name', provinceTable, 'capitalised');

const surnames = new Set(SURNAMES);
const spouseWords = new Set(SPOUSE_BEFORE_XA);
const middles = new Set(MIDDLE_NAMES);
const sureMiddles = new Set(SURE_MIDDLE_NAMES);
const bareNotPlaces = new Set(BARE_NOT_PLACES.map((n) => nameKey(n)));

const LEVEL_OF: Record<LocalityType, 'province' | 'district' | 'commune' | 'province-or-district'> = {
  tỉnh: 'province',
  'thành phố': 'province-or-district',
  quận: 'district',
  huyện: 'district',
  'thị xã': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
};

/** Listed units of a name key compatible with a written type; a unit whose type changed since still counts. */
export function unitsOfKey(key: string, type: LocalityType): readonly ListedUnit[] {
  const all = gazetteer().withKey(key);
  if (!all.length) {
    const highlands = highlandsKey(key);
    return highlands ? unitsOfKey(highlands, type) : all;
  }
  const level = LEVEL_OF[type];
  const sameLevel = all.filter((u) => (level === 'province-or-district' ? u.level === 'province' || u.level === 'district' : u.level === level));
  const exact = sameLevel.filter((u) => u.type === type);
  return exact.length ? exact : sameLevel;
}

/**
 * The list's "Đắk …" spelling of a Central Highlands name written with "c" for "k" ("huyện Đác Mil", "huyện Đắc Hà",
 * "xã Đắc Hring"), as a folded key; null when the key is no such spelling. Asked only for a name the list does not
 * know, so a commune really named "Đắc" ("xã Đắc Sơn") keeps its own spelling.
 */
function highlandsKey(key: string): string | null {
  if (!key.startsWith('dac')) return null;
  return `dak${key.slice(3)}`;
}

const aliasKeys = new Map(Object.entries(PROVINCE_ALIASES).map(([alias, name]) => [nameKey(alias), nameKey(name)]));

const isWord = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Word;
const isCapWord = (doc: Doc, i: number) => isWord(doc, i) && (doc.tokens.flags[i] & Flag.Cap) !== 0;
const tight = (doc: Doc, i: number) => (doc.tokens.flags[i] & Flag.Tight) !== 0 && (doc.tokens.flags[i] & Flag.LineBefore) === 0;

/**
 * The run of name words from token i: capitalised words (and numbers when `digits`, for "Quận 1"), "Bà Rịa - Vũng
 * Tàu" with its dash; at most `max` words. Returns the end token.
 */
export function nameRun(doc: Doc, i: number, max: number, digits: boolean): number {
  const t = doc.tokens;
  const ok = (k: number) => isCapWord(doc, k) || (digits && t.kind[k] === Kind.Number && t.end[k] - t.start[k] <= 3);
  if (i >= t.count || !ok(i)) return i;
  let j = i + 1;
  let words = 1;
  while (j < t.count && words < max) {
    if (ok(j) && tight(doc, j)) {
      j++;
      words++;
      continue;
    }
    // "Bà Rịa - Vũng Tàu", "Thừa Thiên - Huế": a dash between two capitalised words
    if (doc.text.charCodeAt(t.start[j]) === 0x2d && t.kind[j] === Kind.Punct && j + 1 < t.count && isCapWord(doc, j + 1) && (t.start[j + 1] - t.end[j - 1]) <= 3) {
      j += 2;
      words++;
      continue;
    }
    break;
  }
  return j;
}

/** Word tokens of [first, end), dashes not counted. */
function wordsIn(doc: Doc, first: number, end: number): number {
  let n = 0;
  for (let k = first; k < end; k++) if (doc.tokens.kind[k] !== Kind.Punct) n++;
  return n;
}

/** The end token after the first n words of [first, end). */
function prefixEnd(doc: Doc, first: number, end: number, n: number): number {
  let words = 0;
  for (let k = first; k < end; k++) {
    if (doc.tokens.kind[k] !== Kind.Punct) words++;
    if (words === n) return k + 1;
  }
  return end;
}

function keyOf(doc: Doc, first: number, end: number): string {
  return nameKey(doc.text, doc.tokens.start[first], doc.tokens.end[end - 1]);
}

/** Does a person's name start at token i ("Phạm Anh Tuấn" after "UBND tỉnh")? A surname and one or two more. */
export function personNameAt(doc: Doc, i: number, end: number): boolean {
  if (end - i < 2) return false;
  const first = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
  const second = doc.text.slice(doc.tokens.start[i + 1], doc.tokens.end[i + 1]);
  return surnames.has(first) && (end - i >= 3 || middles.has(second));
}

/**
 * "Lâm Văn Hùng" after "thị trấn": a one-syllable unit that is a surname, then "Văn" or "Thị", a name of three or four
 * words to the run's end `run` (the officials' post reading asks it too).
 */
export function surnameBeforeSureMiddle(doc: Doc, i: number, run: number): boolean {
  return run - i >= 3 && run - i <= 4 && surnames.has(tokenText(doc, i)) && sureMiddles.has(tokenText(doc, i + 1));
}

function place(doc: Doc, type: LocalityType, organ: boolean, typeFirst: number, nameFirst: number, run: number): { value: PlaceValue; first: number; end: number } | null {
  const words = wordsIn(doc, nameFirst, run);
  const lowerLast = words === 1 ? lowerCaseLastSyllable(doc, type, nameFirst, run) : null;
  if (lowerLast) return { value: { type, typed: true, organ, name: lowerLast[0].name, units: lowerLast, nameFirst }, first: typeFirst, end: run + 1 };
  for (let n = Math.min(4, words); n >= 1; n--) {
    const end = prefixEnd(doc, nameFirst, run, n);
    const key = keyOf(doc, nameFirst, end);
    const units = unitsOfKey(aliasKeys.get(key) ?? key, type);
    if (!units.length || (n === 1 && surnameBeforeSureMiddle(doc, nameFirst, run))) continue;
    // all-caps text says nothing of the name's letters' case: the list's spelling does, the one its marks spell where
    // the key holds several ("XÃ ĐỒNG PHÚ" is Đồng Phú, not Đông Phú)
    const written = tokensValue(doc, nameFirst, end);
    const upper = written === written.toUpperCase();
    const spelt = upper && /\p{L}/u.test(written) ? units.filter((u) => u.name.toUpperCase() === written) : [];
    const listed = spelt.length ? spelt : units;
    const name = aliasKeys.has(key) || upper ? listed[0].name : written;
    return { value: { type, typed: true, organ, name, units: listed, nameFirst }, first: typeFirst, end };
  }
  // not in the list (renamed, merged, misspelt): a short run still reads as a name, unless it is a person's
  // ("HĐND tỉnh Đoàn Văn Phi"), a function word ("tỉnh Các"), all capitals (no boundary to trust) or an acronym
  const t = doc.tokens;
  if (notUnitNameAt(doc, nameFirst)) return null;
  if (personNameAt(doc, nameFirst, run)) return null;
  let upper = true;
  for (let k = nameFirst; k < run; k++) {
    if (t.kind[k] === Kind.Word && !(t.flags[k] & Flag.Upper)) upper = false;
    if (t.kind[k] === Kind.Word && (t.flags[k] & Flag.Upper) && t.end[k] - t.start[k] >= 2 && words > 1) return null;
  }
  if (upper && t.kind[nameFirst] !== Kind.Number) return null;
  if (t.kind[nameFirst] === Kind.Number && type !== 'quận' && type !== 'phường') return null;
  for (let k = nameFirst + 1; k < run; k++) if (t.kind[k] === Kind.Number) return null;
  const end = words <= 3 ? run : prefixEnd(doc, nameFirst, run, 2);
  // "TP.HCMThưa ông …", "huyện Mường LátTrên …", "thành phố SeattleCác …": a name glued to the next sentence's first
  // word is the name up to the glue (corpus/real: 18 such names in 16 articles; round 27)
  for (let k = nameFirst; k < end; k++) {
    const cut = gluedCut(tokensValue(doc, k, k + 1));
    if (cut < 0) continue;
    const nameEnd = t.start[k] + cut;
    const key = nameKey(doc.text, t.start[nameFirst], nameEnd);
    const listed = unitsOfKey(aliasKeys.get(key) ?? key, type);
    const written = doc.text.slice(t.start[nameFirst], nameEnd);
    // (an unlisted name left in capitals has no boundary to trust: "XÃ HỘIHơn" is "xã hội")
    if (!listed.length && written === written.toUpperCase()) return null;
    const name = listed.length && aliasKeys.has(key) ? listed[0].name : written;
    return { value: { type, typed: true, organ, name, units: listed, nameFirst }, first: typeFirst, end: k + 1 };
  }
  return { value: { type, typed: true, organ, name: tokensValue(doc, nameFirst, end), units: [], nameFirst }, first: typeFirst, end };
}

/**
 * Where in a word the next sentence's first word is glued on, or -1: "NộiNhằm" and "LátTrên" as src/text/glued.ts reads
 * glue (a capital after a small letter, only in a word with a letter outside ASCII), and "HCMThưa", "HCMSơ" after the
 * capitals of an abbreviation before a capitalised word.
 */
function gluedCut(word: string): number {
  const at = gluedAt(word);
  if (at >= 0) return at;
  const caps = /^\p{Lu}{2,}(?=\p{Lu}\p{Ll})/u.exec(word);
  return caps && /[^\x00-\x7f]/u.test(word) ? caps[0].length : -1;
}

/**
 * "phường Trần phú", "huyện Hương khê", "quận Cầu giấy": a listed name of two syllables whose second the writer left in
 * lower case, when its first alone names no unit of the type (bench/studies/round26.mjs lower-case-name: corpus/real 4,
 * audits 2, all such names).
 */
function lowerCaseLastSyllable(doc: Doc, type: LocalityType, nameFirst: number, run: number): readonly ListedUnit[] | null {
  const t = doc.tokens;
  if (run >= t.count || !isWord(doc, run) || isCapWord(doc, run) || !tight(doc, run)) return null;
  if (unitsOfKey(keyOf(doc, nameFirst, run), type).length) return null;
  const key = keyOf(doc, nameFirst, run + 1);
  const units = unitsOfKey(aliasKeys.get(key) ?? key, type);
  return units.length ? units : null;
}

function notUnitNameAt(doc: Doc, i: number): boolean {
  return doc.tokens.word[i] >= 0 && (notUnitNames.has(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i])) || (i + 1 < doc.tokens.count && notUnitNames.has(tokensValue(doc, i, i + 2))));
}

const ONE_LETTER_TYPES = new Set(['q', 'h', 'p']);
/** After a name's one word, the sentence goes on: a lower-case word or a colon ("Dự kiến", "Ảnh: …"). */
function sentenceGoesOn(doc: Doc, k: number): boolean {
  if (k >= doc.tokens.count || (doc.tokens.flags[k] & Flag.LineBefore)) return false;
  return doc.text[doc.tokens.start[k]] === ':' || (doc.tokens.kind[k] === Kind.Word && (doc.tokens.flags[k] & Flag.Cap) === 0);
}
/** "(P.1)", "(P. 2)": "P." and a number alone in brackets. */
function isPartNumber(doc: Doc, p: number): boolean {
  const t = doc.tokens;
  return tokenText(doc, p - 1) === '(' && tokenText(doc, p + 1) === '.' && t.kind[p + 2] === Kind.Number && tokenText(doc, p + 3) === ')';
}
/** Glued before "TT", these make it the end of an acronym ("VH&TT", "TT-TT"), not "thị trấn". */
const ACRONYM_JOINTS = new Set(['&', '-', '–', '/']);
/** Before "TT", these make it "Thủ tướng": "Phó TT", "cố TT". */
const PRIME_MINISTER_BEFORE = new Set(['Phó', 'phó', 'cố', 'Cố']);
const FULL_TYPE_WORDS = new Set<string>(LOCALITY_TYPES);
/** What stands between an untyped district and its province: "Thạch Thất, Hà Nội", "Quốc Oai (Hà Nội)", "Việt Trì - Phú Thọ". */
const UNTYPED_SEPARATORS = new Set([',', '(', '-', '–']);

const PLACE_RULES: readonly Rule<PlaceValue>[] = [
  {
    // "quận Dương Kinh", "Thành phố Bắc Kạn", "TP Hà Nội", "TP. Vinh", "huyện miền núi Kỳ Sơn", "HUYỆN KIM BẢNG", "Quận 1"
    name: 'place-typed',
    pattern: [anchor(dim('unit-type', 'type')), opt(words('.')), opt(dim('unit-descriptor'))],
    build(m, { doc }) {
      const type = m.caps.type.unit!.value as LocalityType;
      const t = doc.tokens;
      const form = doc.text.slice(t.start[m.caps.type.first], t.end[m.caps.type.end - 1]).toLowerCase();
      // one-letter abbreviations (Q., H., P.) only with their dot, directly before a name
      if (ONE_LETTER_TYPES.has(form) && !(m.caps.type.end < t.count && doc.text[t.start[m.caps.type.end]] === '.')) return null;
      // "(P.1)" alone in brackets after a headline is a series' part ("Phần 1"), not a ward
      if ((form === 'p' || form === 'p.') && isPartNumber(doc, m.caps.type.first)) return null;
      // "bà xã Công Vinh", "ông xã Tuấn Hưng": a wife, a husband
      const prev = m.caps.type.first - 1;
      if (form === 'xã' && prev >= 0 && spouseWords.has(doc.text.slice(t.start[prev], t.end[prev]))) return null;
      if (form === 'xã' && NAMES_ENDING_IN_XA.some((name) => doc.text.slice(Math.max(0, t.start[m.caps.type.first] - name.length - 1), t.start[m.caps.type.first]) === `${name} `)) return null;
      // "Sở VH&TT Hà Nội", "Bộ TT-TT", "Phó TT Trương Hòa Bình": the end of a body's acronym, or the Prime Minister
      if ((form === 'tt' || form === 'tt.') && prev >= 0 && (tight(doc, m.caps.type.first) && ACRONYM_JOINTS.has(doc.text.slice(t.start[prev], t.end[prev])) || PRIME_MINISTER_BEFORE.has(doc.text.slice(t.start[prev], t.end[prev]))))
        return null;
      // after a full word a dot ends the sentence ("… của tỉnh. Các …", "… trong xã. Với …"); "Tp. Vinh" is abbreviated
      const dotted = m.end > m.caps.type.end && doc.text[t.start[m.caps.type.end]] === '.';
      if (dotted && (t.flags[m.caps.type.first] & Flag.Upper) === 0 && FULL_TYPE_WORDS.has(form)) return null;
      const nameFirst = m.end;
      if (nameFirst >= t.count || (t.flags[nameFirst] & Flag.LineBefore) || t.start[nameFirst] - t.end[nameFirst - 1] > 1) return null;
      const run = nameRun(doc, nameFirst, 6, true);
      if (run === nameFirst) return null;
      const found = place(doc, type, false, m.first, nameFirst, run);
      // "H.Thanh", "H. Nam", "Ảnh: H.Hà": a writer's initials; an abbreviated type names a listed unit or nothing
      // (corpus/real and the audits: every "H." unit not in the list was a person's initials or a word; round 25)
      if (found && !found.value.units.length && ONE_LETTER_TYPES.has(form.replace(/\.$/u, ''))) return null;
      // "TT Donald Trump", "TT Trump" (Tổng thống), "TT Số", "TT Đội" (trung tâm, thông tin): "TT" is a township only by
      // a name the list has (corpus/real: all 7 unlisted names after it were none; round 27)
      if (found && !found.value.units.length && (form === 'tt' || form === 'tt.')) return null;
      // "… mỹ quan TP. Ảnh: …", "… trên địa bàn TP. Dự kiến …": a dotted type closing a sentence before one Vietnamese
      // word that the list does not have and the sentence goes on from ("TP. Osaka từ năm 2010" stays; round 25)
      if (found && !found.value.units.length && form.endsWith('.') && found.end === nameFirst + 1 && isVietnameseSyllable(found.value.name) && sentenceGoesOn(doc, found.end)) return null;
      return found;
    },
  },
  {
    // "Quận đoàn Tây Hồ", "Thành ủy Bắc Ninh", "Huyện ủy Kim Bảng"
    name: 'place-organ',
    pattern: [anchor(dim('unit-organ', 'organ'))],
    build(m, { doc }) {
      const nameFirst = m.end;
      if (nameFirst >= doc.tokens.count || (doc.tokens.flags[nameFirst] & Flag.LineBefore)) return null;
      const run = nameRun(doc, nameFirst, 6, false);
      if (run === nameFirst) return null;
      const got = place(doc, m.caps.organ.unit!.value as LocalityType, true, m.first, nameFirst, run);
      return got && got.value.units.length ? got : null;
    },
  },
  {
    // "(Thạch Thất, Hà Nội)", "tại Mộc Châu, Sơn La", "Quốc Oai (Hà Nội)": a district named without its unit word,
    // right before the province it belongs to (bench/studies/locality-untyped.mjs)
    name: 'place-untyped-district',
    pattern: [anchor(dim('province-name', 'p'))],
    build(m, { doc, units }) {
      const t = doc.tokens;
      const province = gazetteer().provinceNamed(m.caps.p.unit!.value as string);
      const sep = m.first - 1;
      if (!province || sep < 1 || (t.flags[m.first] & Flag.LineBefore)) return null;
      const mark = doc.text.slice(t.start[sep], t.end[sep]);
      if (!UNTYPED_SEPARATORS.has(mark)) return null;
      // the capitalised run that ends at the separator, at most four words, not glued to a longer capitalised name
      let first = sep;
      while (first > 0 && sep - first < 4 && isCapWord(doc, first - 1) && (first === sep || tight(doc, first))) first--;
      if (first === sep || (first > 0 && tight(doc, first) && (isCapWord(doc, first - 1) || t.kind[first - 1] === Kind.Number))) return null;
      if (units.endingAt('unit-type', first).length || units.at('unit-type', first) || units.endingAt('unit-organ', first).length) return null;
      const found = gazetteer()
        .withKey(keyOf(doc, first, sep))
        .filter((u) => u.level === 'district' && u.province === province.code && !u.defunct);
      if (found.length !== 1) return null;
      const u = found[0];
      return { value: { type: u.type, typed: false, organ: false, name: u.name, units: [u], nameFirst: first }, first, end: sep };
    },
  },
  {
    // "UBND Đắk Hà", "Công an Đắk Hà", "Ban CHQS Đắk Hà", "LĐLĐ Quy Nhơn": a district's body, then the district's bare
    // name (its whole run of capitalised words, a district of the list and no province's name)
    name: 'place-body-district',
    pattern: [anchor(dim('unit-body', 'body'))],
    build(m, { doc, units }) {
      const t = doc.tokens;
      const nameFirst = m.end;
      if (nameFirst >= t.count || (t.flags[nameFirst] & Flag.LineBefore) || t.start[nameFirst] - t.end[nameFirst - 1] !== 1) return null;
      if (units.at('unit-type', nameFirst) || units.at('unit-organ', nameFirst) || units.at('province-name', nameFirst)) return null;
      const run = nameRun(doc, nameFirst, 4, false);
      if (run === nameFirst || personNameAt(doc, nameFirst, run)) return null;
      const found = gazetteer()
        .withKey(keyOf(doc, nameFirst, run))
        .filter((u) => u.level === 'district' && !u.defunct);
      if (!found.length || gazetteer().provinceNamed(found[0].name)) return null;
      return { value: { type: found[0].type, typed: false, organ: true, name: found[0].name, units: found, nameFirst }, first: nameFirst, end: run };
    },
  },
  {
    // "P10, Q5, TP HCM", "UBND Q12", "(Q9, TP HCM)": a numbered ward or district abbreviated with no dot, glued to its
    // number, where a chain, a body or the city after it makes it one
    name: 'place-glued-number',
    pattern: [anchor(dim('unit-glued-number', 'u'))],
    build(m, { doc, units }) {
      const t = doc.tokens;
      const type = m.caps.u.unit!.value as LocalityType;
      const at = m.first;
      const written = doc.text.slice(t.start[at], t.end[at]);
      const gluedUnitAt = (k: number, letter: string) => k >= 0 && k < t.count && units.at('unit-glued-number', k) !== undefined && doc.text[t.start[k]] === letter;
      const comma = (k: number) => tokenText(doc, k) === ',';
      const cityAfter = (k: number) => k < t.count && gazetteer().provinceNamed((units.at('province-name', k)?.value as string | undefined) ?? '')?.name === HCM;
      const prev = at > 0 ? doc.text.slice(t.start[at - 1], t.end[at - 1]) : '';
      const prev2 = at > 1 ? doc.text.slice(t.start[at - 2], t.end[at - 1]) : '';
      const ok =
        type === 'phường'
          ? comma(at + 1) && gluedUnitAt(at + 2, 'Q')
          : (comma(at + 1) && cityAfter(at + 2)) || (comma(at - 1) && gluedUnitAt(at - 2, 'P')) || bodiesBeforeGlued.has(prev) || bodiesBeforeGlued.has(prev2);
      if (!ok) return null;
      const number = written.slice(1);
      const found = unitsOfKey(nameKey(number), type).filter((u) => u.province === gazetteer().provinceNamed(HCM)?.code);
      if (!found.length) return null;
      return { value: { type, typed: true, organ: false, name: number, units: found, nameFirst: at } };
    },
  },
  {
    // "tại Hà Nội", "Hải quan Cao Bằng", "Kontum", "TP.HCM", "TT-Huế"
    name: 'place-bare-province',
    pattern: [anchor(dim('province-name', 'p'))],
    build(m, { doc, units }) {
      const t = doc.tokens;
      const listed = gazetteer().provinceNamed(m.caps.p.unit!.value as string);
      if (!listed) return null;
      const key = keyOf(doc, m.first, m.end);
      if (bareNotPlaces.has(key)) return null;
      // a typed mention reads its own name
      const prev = m.first - 1;
      if (prev >= 0 && (units.at('unit-type', prev - (doc.text[t.start[prev]] === '.' ? 1 : 0)) || units.endingAt('unit-type', m.first).length)) return null;
      // inside a person's name ("Nguyễn Hà Nam") or a longer name ("Châu Á - Thái Bình Dương") it is not a place
      if (prev >= 0 && isCapWord(doc, prev) && tight(doc, m.first) && (surnames.has(doc.text.slice(t.start[prev], t.end[prev])) || middles.has(doc.text.slice(t.start[prev], t.end[prev])))) return null;
      const next = m.end;
      if (next < t.count && isCapWord(doc, next) && tight(doc, next) && !(t.flags[next] & Flag.Upper) && !personNameAt(doc, next, nameRun(doc, next, 4, false)) && !units.at('title', next))
        return null;
      return { value: { type: listed.type, typed: false, organ: false, name: listed.name, units: [listed], nameFirst: m.first } };
    },
  },
];

export function lexPlaces(ctx: RuleContext): void {
  lexDimension('place', PLACE_RULES, ctx, true);
}

export const places: Dimension = {
  name: 'places',
  produces: ['place'],
  needs: ['unit-type', 'unit-organ', 'unit-descriptor', 'province-name', 'title', 'unit-glued-number', 'unit-body'],
  lex: lexPlaces,
};
