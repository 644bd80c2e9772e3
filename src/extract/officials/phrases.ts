// Readers of the phrases around a person: a name as the words before it allow (a unit, a body, a title), and
// position phrases before or after it ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Song Hà",
// "đồng chí Cù Ngọc Cường - Ủy viên BTV Tỉnh ủy, Bí thư Thành ủy"). Every reader walks a bounded number of tokens
// inside one sentence.
import { wordClass } from '../../engine/lexicon.js';
import { tokenAt, tokensValue, type Doc } from '../../engine/document.js';
import { Flag, Kind, tokenEndingAfter } from '../../engine/tokens.js';
import type { Units } from '../../engine/units.js';
import { vocabulary } from '../../engine/vocabulary.js';
import { nameEnd, isSurname } from '../../dimensions/people/index.js';
import { surnameBeforeSureMiddle, type PlaceValue } from '../../dimensions/places/index.js';
import { gazetteer, type UnitLevel } from '../../gazetteer/index.js';
import { BODIES_NAMED_BY_VERB, CLAUSE_VERBS, COMPANY_WORDS, POST_COPULAS, CONTINENT_NAMES, FIELD_NAMED_HEADS, FOREIGN_NAME_PARTICLES, GLUED_OPENER_NAME_WORDS, GLUED_OPENERS, NOT_FOREIGN_NAME_WORDS, NOT_NAME_AFTER_AND, NOT_OFFICIALS, NOT_PERSON_NAMES, NAMES_AFTER_PROVINCES, VILLAGE_WORDS, ORG_HEADS, ORG_NOUNS, POSITION_ENDERS, POST_LINKS, POSTS_ABROAD, SCHOOL_KINDS, VERB_LIKE_NOUN_TAKEN, VERB_LIKE_NOUNS } from '../../lexicon/people.js';
import { GEOGRAPHIC_COMPOUNDS } from '../../lexicon/places.js';
import { CAPTION_POSITION_AT_END } from '../../lexicon/awards.js';
import { DELEGATION_FORMULAS, LOWER_CASE_TITLES, RANKED_JOBS, RANKS, WORDS_ENDING_IN_MODIFIERS } from '../../lexicon/positions.js';
import { fold } from '../../text/fold.js';
import { gluedAt } from '../../text/glued.js';
import { isVietnameseSyllable } from '../../text/syllable.js';

export const clauseVerbs = wordClass('clause-verb', CLAUSE_VERBS);
export const companyWords = wordClass('company-word', COMPANY_WORDS, 'as-written');
export const orgHeads = wordClass('org-head', ORG_HEADS, 'capitalised');
export const orgNouns = wordClass('org-noun', ORG_NOUNS, 'capitalised');
export const verbLikeNouns = wordClass('verb-like-noun', VERB_LIKE_NOUNS);
export const bodiesNamedByVerb = wordClass('body-named-by-verb', BODIES_NAMED_BY_VERB);
export const postsAbroad = wordClass('post-abroad', POSTS_ABROAD);
export const notNameAfterAnd = wordClass('not-name-after-and', NOT_NAME_AFTER_AND);
export const positionEnders = wordClass('position-end', POSITION_ENDERS);
export const postLinks = wordClass('post-link', POST_LINKS);
export const schoolKinds = wordClass('school-kind', SCHOOL_KINDS, 'as-written');
export const gluedOpeners = wordClass('glued-opener', GLUED_OPENERS, 'as-written');
export const modifierEndingWords = wordClass('word-ending-in-modifier', WORDS_ENDING_IN_MODIFIERS);
export const rankedJobs = wordClass('ranked-job', RANKED_JOBS);
export const postCopulas = wordClass('post-copula', POST_COPULAS);
export const delegationFormulas = wordClass('delegation-formula', DELEGATION_FORMULAS);

/** How many capitalised words a name before a copula is walked back over, looking for a kin word before it. */
const KIN_NAME_REACH = 6;
/** Kin words before a person named (their last word, or two words): the relative is the subject of what follows. */
const KIN_WORDS = new Set(['vợ', 'chồng', 'con', 'con trai', 'con gái', 'con rể', 'con dâu', 'bố', 'mẹ', 'cha', 'em trai', 'em gái', 'anh trai', 'chị gái', 'cháu', 'người thân', 'họ hàng']);

/** Case folded, tones kept: "Phạm Văn Đông" (a deputy) is not "Phạm Văn Đồng". */
const toneKey = (n: string) => n.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
const notOfficials = new Set([...NOT_OFFICIALS, ...NOT_PERSON_NAMES].map(toneKey));
const notForeignNameWords = new Set(NOT_FOREIGN_NAME_WORDS);
const RANK_BY_KEY = new Map(RANKS.map((r) => [fold(r), r]));

export interface PositionSpan {
  start: number;
  end: number;
  value: string;
}

export interface NameSpan {
  start: number;
  end: number;
  /** Index of the token after the name. */
  next: number;
  value: string;
}

export function canonicalRank(written: string): string {
  return RANK_BY_KEY.get(fold(written)) ?? written;
}

export function isNotOfficial(name: string): boolean {
  return notOfficials.has(toneKey(name));
}

const MAX_POSITION_TOKENS = 22;
/** How many words a post may read past MAX_POSITION_TOKENS to finish the name it is in ("Bộ Tài chính", "Đại học Quốc gia Hà Nội"). */
const POSITION_WORD_GRACE = 6;
/**
 * How many posts a chain read before a name may hold ("Ủy viên Bộ Chính trị, Bí thư Thành ủy, Trưởng đoàn ĐBQH TP Hà
 * Nội Hoàng Trung Hải": three): a chain is read from each of its titles, so an unbounded one costs the square of a
 * list of posts with no name after them.
 */
const MAX_CHAINED_POSTS = 8;
/** The longest bracket read past between a name and its post: "(SN 1981, trú tại TP Bắc Ninh, tỉnh Bắc Ninh)". */
const MAX_BRACKET_TOKENS = 16;
/** The most words of a photo credit ("Ảnh: Financial Review") glued before a post. */
const MAX_PHOTO_CREDIT_WORDS = 3;
/** The longest place's name read after "tại" ending a post ("Thổ Nhĩ Kỳ", "Bà Rịa - Vũng Tàu"). */
const MAX_PLACE_WORDS = 5;
/**
 * Marks that close the apposition a post stands in, the sentence going on (not its end: "… đã tiếp ông Lee Jae-yong, Phó
 * Chủ tịch Tập đoàn Samsung tại Hà Nội." names where he was received; round 22 review).
 */
const CLAUSE_END_MARKS = new Set([',', ';', ')']);
/** The most academic titles written out one after another before a name ("Phó Giáo sư, Tiến sĩ"), each after a comma. */
const MAX_CHAINED_HONORIFICS = 3;
/** The most words a body's name runs on past a comma at the end of a chain of posts ("…, chăm sóc trẻ em", "…, Công an thành phố Yên Bái"). */
const MAX_LAST_PIECE_TOKENS = 8;
const W = (w: string) => vocabulary.add(w);
const VA = W('và');
const GOM = W('gồm');
/** Names and nothing else to the end of a line: "Nguyễn Sỹ Hào, Trần Sông Thao". */
const ROSTER = /^(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*(?:,|;|và)\s*)*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*[.;]?\s*$/u;
/** A list's heading that names a body, not a post its members hold: "Thường trực Tỉnh ủy", "Ban Thường vụ", "Lãnh đạo huyện". */
const BODY_HEADING = /^(?:Thường trực|Ban|Lãnh đạo|Đoàn|Tổ|Hội đồng|Thành phần)(?![\p{L}])/iu;
/** The marks after which a clause opens: a list's heading may follow them. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '(']);
const LA = W('là');
const LAM = W('làm');
const BO = W('bổ');
const NHIEM = W('nhiệm');
const CAC = W('các');
const CHO = W('cho');
const CHAU = W('châu');
const CONTINENTS = new Set(CONTINENT_NAMES);
const CUA = W('của');
const DUOI = W('dưới');
const THOI = W('thời');
const NHUNG = W('những');
const CUNG = W('cùng');
const KIEM = W('kiêm');
const TAI = W('tại');
const QUAN = W('quán');
const LOWER_CASE_TITLE_SET = new Set(LOWER_CASE_TITLES);
const NGAI = W('ngài');
const THONG = W('thông');
const TIN = W('tin');
/** "người đồng cấp" (the counterpart): after "và"/"cùng" it names the next person, never goes on a post. */
const COUNTERPART = ['người', 'đồng', 'cấp'].map(W);
/** The levels of the national list a unit word before a name names. */
const UNIT_WORD_LEVELS: Readonly<Record<string, readonly UnitLevel[]>> = {
  tỉnh: ['province'], huyện: ['district'], quận: ['district'], 'thị xã': ['district'], tx: ['district'],
  xã: ['commune'], phường: ['commune'], 'thị trấn': ['commune'], tt: ['commune'],
  // a city is a province or a district, never a commune: "Chủ tịch UBND TP Phan Văn Mãi" names no xã Phan
  'thành phố': ['province', 'district'], tp: ['province', 'district'],
};
const THI = W('thị');
const THANH = W('thành');
const UNIT_TYPE_WORDS = new Set(['tỉnh', 'phố', 'tp', 'quận', 'huyện', 'xã', 'phường', 'trấn', 'tx', 'tt'].map(W));
const VILLAGE_WORD_IDS = new Set(VILLAGE_WORDS.map(W));
/** The first word of a place's type ("thành phố", "thị xã"): a place after a comma goes on a position. */
const PLACE_TYPE_STARTS = new Set(['tỉnh', 'thành', 'tp', 'quận', 'huyện', 'xã', 'phường', 'thị', 'tx'].map(W));


/** Letters only Vietnamese spelling uses: a word with one of them is no foreign name's. */
const VIETNAMESE_ONLY = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;
/** A middle initial of a Latin name, one capital: the "W" of "George W. Bush". */
const MIDDLE_INITIAL = /^[A-Z]$/;
/**
 * A capitalised Latin word with no Vietnamese-only letter ("Theresa", "May", "François"); a Gaelic or Scots prefix may
 * capitalise the next letter ("McCain", "MacArthur", "O'Neill").
 */
const latinWord = (w: string) => /^(?:Mc|Mac)?\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !VIETNAMESE_ONLY.test(w);
/** A word that opens a foreign name: Latin, and no Vietnamese syllable ("Donald", not "May" or "Kim"). */
const foreignWord = (w: string) => latinWord(w) && !isVietnameseSyllable(w);
/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Jae-in", "Min-koo", "Jong-un"). */
const KOREAN_GIVEN_NAME = /^[A-Z][a-z]{1,4}-[a-z]{1,5}$/;
/** Lower-case words inside foreign names: "Mohammed bin Salman", "Ursula von der Leyen". */
const NAME_PARTICLES = new Set(FOREIGN_NAME_PARTICLES);

/** The last token that ends at or before a character offset. */
function tokenIndexBefore(p: Phrases, offset: number): number {
  return tokenEndingAfter(p.doc.tokens, offset) - 1;
}

/** Heads of state bodies named by their field ("Bộ Nội vụ"): a body so headed is named already. */
const FIELD_NAMED = new Set(FIELD_NAMED_HEADS);
/** The marks between a person's name and a post in apposition to it. */
const APPOSITION_MARKS = new Set([',', '-', '–']);
/** How many words a name in apposition may hold. */
const APPOSED_NAME_WORDS = 5;
/** How many words a person's name after a place glued before it may hold ("Phạm Thị Thanh Trà"). */
const MAX_NAME_AFTER_PLACE = 4;
/** How many lower-case words saying a body's kind may stand between its head and its name. */
const BODY_KIND_WORDS = 6;
/** An acronym run into the capitalised first word of the next sentence: "HCMThưa". */
const ACRONYM_GLUED = /^\p{Lu}{2,}\p{Ll}/u;

/** The readers of one article. */
export class Phrases {
  constructor(
    readonly doc: Doc,
    readonly units: Units,
  ) {}

  private get t() {
    return this.doc.tokens;
  }

  text(i: number): string {
    return this.doc.text.slice(this.t.start[i], this.t.end[i]);
  }

  char(i: number): string {
    return i < this.t.count && this.t.kind[i] === Kind.Punct ? this.doc.text[this.t.start[i]] : '';
  }

  isCapWord(i: number): boolean {
    return i < this.t.count && this.t.kind[i] === Kind.Word && (this.t.flags[i] & Flag.Cap) !== 0;
  }

  isLowerWord(i: number): boolean {
    return i < this.t.count && this.t.kind[i] === Kind.Word && (this.t.flags[i] & Flag.Cap) === 0;
  }

  breakBefore(i: number): boolean {
    return i < this.t.count && (this.t.flags[i] & Flag.LineBefore) !== 0;
  }

  /**
   * Does a photo credit end right before token i ("Ảnh: CNN Thủ tướng Anh Theresa May …", "Ảnh: Nguyễn Hà Chủ tịch UBND
   * tỉnh …")? A caption the source glued to the next sentence: a post after it opens that sentence. The credit is one to
   * three capitalised words after "Ảnh:" (bench/studies/round16-officials.mjs: 17 on corpus/real, 3 read before).
   */
  afterPhotoCredit(i: number): boolean {
    let k = i - 1;
    // "Ảnh: Thống Nhất/TTXVN Tiếp Giám đốc …": a verb opening the sentence before the post; the post is its object
    if (this.units.at('clause-verb', k)) return false;
    const floor = Math.max(0, i - 1 - MAX_PHOTO_CREDIT_WORDS);
    while (k > floor && this.isCapWord(k) && this.char(k - 1) !== ':') k--;
    if (!this.isCapWord(k) || this.char(k - 1) !== ':') return false;
    const label = this.text(k - 2);
    return label === 'Ảnh' || label === 'ảnh';
  }

  isSeparator(i: number): boolean {
    const c = this.char(i);
    return c === ',' || c === '-';
  }

  isHardStop(i: number): boolean {
    const c = this.char(i);
    return c === ';' || c === '.' || c === ':' || c === '!' || c === '?' || c === '"' || c === '“' || c === '”' || c === '…' || c === ']';
  }

  rankAt(i: number): number {
    const u = this.units.at('rank', i);
    return u ? u.end - i : 0;
  }

  honorificAt(i: number): number {
    const u = this.units.at('honorific', i);
    return u ? u.end - i : 0;
  }

  /** A lower-case word that ends a position phrase ("trao", "cho biết"), unless it names a body ("Ban chỉ đạo"). */
  verbAt(i: number): number {
    if (!this.isLowerWord(i)) return 0;
    const u = this.units.at('clause-verb', i);
    if (!u) return 0;
    if (i > 0 && this.isCapWord(i - 1) && this.units.at('org-noun', i - 1)?.end === i) return 0;
    // "cán bộ Tổ Đăng ký xe": the verb's syllable goes on the capitalised first word of a body's name
    // (a word, not an acronym: "Tổ TTKS nhắc nhở"; a body's word, not a syllable of a name: "Tây Ban Nha cùng")
    const bodyFirstWord = i > 1 && this.isCapWord(i - 1) && !(this.t.flags[i - 1] & Flag.Upper) && this.units.at('org-noun', i - 2)?.end === i - 1 && !this.isCapWord(i - 3);
    if (bodyFirstWord) return 0;
    // "Ban Quản lý dự án", "Phòng Cảnh sát giao thông", "Bộ Ngoại giao": the verb's syllable is a noun's
    if (this.units.at('verb-like-noun', i) || this.units.endingAt('verb-like-noun', i + 1).some((u) => !this.syllableTaken(u.first))) return 0;
    // "Chủ nhiệm ủy ban kiểm tra Đảng ủy": the verb names the body whose word stands before it
    if (this.units.endingAt('body-named-by-verb', u.end).some((b) => b.first < i)) return 0;
    // "Đại sứ Việt Nam tại Nhật Bản": a post abroad names its host country after "tại"
    if (this.t.word[i] === TAI && this.isCapWord(i + 1)) {
      for (let k = Math.max(0, i - 5); k < i; k++) if (this.units.at('post-abroad', k)) return 0;
      // "Trưởng Chi nhánh Tổng Công ty May Nhà Bè tại Bình Định, cho biết", "Giám đốc Tổ chức Ân xá Quốc tế tại Thổ
      // Nhĩ Kỳ,": a place's name alone closing the clause is where the post is held, no event's venue ("tại Hội
      // nghị …", "tại buổi …"; bench/studies/round22-officials.mjs --form "post tại a place")
      if (this.placeClosesClause(i + 1)) return 0;
    }
    return u.end - i;
  }

  /** Does a country's or a unit's name of one to five capitalised words start at token i and close its apposition (",", ";", ")")? */
  private placeClosesClause(i: number): boolean {
    let k = i;
    while (k < this.t.count && k - i < MAX_PLACE_WORDS && (this.isCapWord(k) || (this.char(k) === '-' && this.isCapWord(k + 1)))) k++;
    if (k === i || k >= this.t.count || !CLAUSE_END_MARKS.has(this.char(k))) return false;
    return this.units.at('country', i)?.end === k || this.units.at('country-before-foreign-name', i)?.end === k || this.units.endingAt('place', k).some((u) => u.first === i);
  }

  /** "ngân hàng không trả lời": the word before token i makes i's syllable its own, so no verb-like noun starts there. */
  private syllableTaken(i: number): boolean {
    const takers = VERB_LIKE_NOUN_TAKEN[this.text(i).toLowerCase()];
    return i > 0 && takers !== undefined && takers.includes(this.text(i - 1).toLowerCase());
  }

  /**
   * "… Bệnh viện Việt Tiệp Hải Phòng thông tin, bệnh nhân …": lower-case "thông tin" closed by a comma or colon is
   * the verb of reporting, not the noun of "Sở Thông tin và Truyền thông".
   */
  private reportedAt(i: number): boolean {
    return this.isLowerWord(i) && this.t.word[i] === THONG && this.t.word[i + 1] === TIN && (this.char(i + 2) === ',' || this.char(i + 2) === ':');
  }

  /**
   * "Mohammed bin Salman", "Bashar al-Assad", "Ursula von der Leyen": lower-case particles at token i inside a foreign
   * name, then a foreign word (no Vietnamese syllable: "Trump do Nga" is no name); the index after that word, or 0.
   */
  private particlesAt(i: number): number {
    let k = i;
    while (k < this.t.count && k - i < 2 && NAME_PARTICLES.has(this.text(k)) && this.t.flags[k] & Flag.Tight && !this.breakBefore(k)) k++;
    if (k === i) return 0;
    // "al-Assad": the particle glued to the name by a hyphen
    const hyphened = this.char(k) === '-' && this.t.flags[k] & Flag.Glued && this.t.flags[k + 1] & Flag.Glued;
    if (hyphened) k++;
    else if (!(this.t.flags[k] & Flag.Tight) || this.breakBefore(k)) return 0;
    return this.isCapWord(k) && foreignWord(this.text(k)) ? k + 1 : 0;
  }

  /**
   * The length in tokens of a title modifier ("nguyên", "Quyền", "cựu") at token i, or 0; not the last syllable of a
   * word ("chính quyền Tổng thống Trump": the administration, no acting President).
   */
  modifierAt(i: number): number {
    const mod = this.units.at('title-modifier', i);
    if (!mod || this.units.endingAt('word-ending-in-modifier', mod.end).length) return 0;
    return mod.end - i;
  }

  /**
   * Does a formula of delegated power end right before token i ("Thừa ủy quyền của Chủ tịch UBND tỉnh, …")? The post
   * at i is then the principal's, not a post of the person named after it.
   */
  delegatedBefore(i: number): boolean {
    const k = i > 0 && this.text(i - 1).toLowerCase() === 'của' ? i - 1 : i;
    return k > 0 && this.units.endingAt('delegation-formula', k).length > 0;
  }

  /** A title starting at token i (with "nguyên", "Quyền"… before it): its length in tokens, or 0. */
  titleAt(i: number, opts: { capitalised?: boolean; postName?: boolean } = {}): number {
    const j = i + this.modifierAt(i);
    if (j >= this.t.count) return 0;
    let u = this.units.at('title', j);
    if (!u && opts.postName) u = this.units.at('post-name-title', j);
    if (!u) return 0;
    if (opts.capitalised && !this.isCapWord(j) && !this.lowerCaseTitleAt(j, u.end)) return 0;
    // "Đại sứ quán" is an embassy, not an ambassador
    if (this.t.word[u.end] === QUAN && this.units.at('post-abroad', j)) return 0;
    return u.end - i;
  }

  /** A person's name at token j spelt in Vietnamese syllables only (no Latin word that is no Vietnamese syllable). */
  private vietnameseNameAt(j: number): NameSpan | null {
    const name = this.nameAt(j);
    if (!name) return null;
    for (let k = j; k < name.next; k++) if (foreignWord(this.text(k))) return null;
    return name;
  }

  /** Is the title from token j to `end` one that is a post in lower case too ("người phát ngôn")? */
  lowerCaseTitleAt(j: number, end: number): boolean {
    return LOWER_CASE_TITLE_SET.has(tokensValue(this.doc, j, end));
  }

  private gapHasBreak(i: number): boolean {
    return this.breakBefore(i);
  }

  /**
   * The person name at token i: two to five capitalised words. `strict` (a name found after a title, with no
   * "đồng chí" or rank to announce it) also wants a surname, no organisation words, and a clause that goes on with a
   * verb or punctuation rather than more of a noun phrase.
   */
  readName(i: number, strict: boolean): NameSpan | null {
    let first = i;
    // "Chủ tịch Ủy ban châu Âu Jean-Claude Juncker": a continent's second syllable is no surname
    // capitalised, only before a foreign name ("Hội đồng Châu Âu Jean-Claude Juncker"; not "Châu Á Thái Bình Dương")
    const foreignNext = (k: number) => k < this.t.count && this.isCapWord(k) && foreignWord(this.text(k));
    if (first > 0 && this.t.word[first - 1] === CHAU && CONTINENTS.has(this.text(first)) && (this.isLowerWord(first - 1) || foreignNext(first + 1))) first++;
    else if (this.t.word[first] === CHAU && first + 1 < this.t.count && CONTINENTS.has(this.text(first + 1)) && foreignNext(first + 2)) first += 2;
    // "(Đại sứ) Ô-xtrây-li-a Pi-tơ Bách-xtơ": a country before the name is not part of it
    const country = this.countryAt(first);
    if (country) first = country.end;
    let end = nameEnd(this.doc, this.units, first, !strict);
    if (end < 0) return null;
    if (country && first === i) return null;
    // "Thành ủy Hà Nội Nguyễn Công Soái", "CHND Trung Hoa Tập Cận Bình": a place glued before a surname is the post's
    const unglued = this.afterGluedPlace(first, end);
    if (unglued) [first, end] = unglued;
    else if (this.provinceAndGluedSyllable(first, end)) return null;
    else if (GEOGRAPHIC_COMPOUNDS.some((g) => tokensValue(this.doc, first, end).startsWith(g))) return null;
    // "Trương Minh HoàngVẫn": the next sentence glued on where the source lost its full stop ends the name there
    const glued = this.gluedWithin(first, end);
    if (glued) {
      if (glued.token - first < 1) return null;
      const value = this.doc.norm.display.slice(this.t.start[first], glued.cut);
      if (isNotOfficial(value) || (strict && gazetteer().provinceNamed(value))) return null;
      return { start: this.t.start[first], end: glued.cut, next: glued.token + 1, value };
    }
    const value = tokensValue(this.doc, first, end);
    if (strict) {
      if (gazetteer().provinceNamed(value)) return null;
      // two words followed by more lower-case words may be a body's name ("Đoàn Thanh niên"); three are a person
      if (end - first === 2 && end < this.t.count && !this.gapHasBreak(end) && this.isLowerWord(end) && !this.verbAt(end)) return null;
      // "thôn Quan Nam 2", "Tổ dân phố Trần Phú 3": a number glued after the run numbers a place
      if (end < this.t.count && this.t.kind[end] === Kind.Number && this.t.flags[end] & Flag.Tight && !this.gapHasBreak(end)) return null;
    }
    if (isNotOfficial(value)) return null;
    return { start: this.t.start[first], end: this.t.end[end - 1], next: end, value };
  }

  /** Does "bổ nhiệm" (appoint) stand earlier in the sentence of token i? */
  private appointedBefore(i: number): boolean {
    return this.firstInSentence(i, this.appointments, (k) => this.t.word[k] === BO && this.t.word[k + 1] === NHIEM) < i;
  }

  /** Does a list's opener ("các đồng chí") stand earlier in the sentence of token i? */
  listOpenedBefore(i: number): boolean {
    return this.firstInSentence(i, this.listOpeners, (k) => !!this.units.at('list-opener', k)) < i;
  }

  private readonly appointments = new Map<number, number>();
  private readonly listOpeners = new Map<number, number>();

  /** The first token of i's sentence that passes a test (the sentence's end when none), found once per sentence. */
  private firstInSentence(i: number, cache: Map<number, number>, test: (k: number) => boolean): number {
    const sentence = this.doc.sentenceOf[Math.min(i, this.t.count - 1)];
    let found = cache.get(sentence);
    if (found === undefined) {
      const end = this.sentenceEnd(i);
      found = end;
      for (let k = this.sentenceStart(i); k < end; k++) {
        if (test(k)) {
          found = k;
          break;
        }
      }
      cache.set(sentence, found);
    }
    return found;
  }

  /** A list's heading post before its colon ("Phó Chủ tịch UBND tỉnh:", "Ủy viên Bộ Chính trị:"), and where the names start. */
  listHeading(i: number): { position: PositionSpan; next: number } | null {
    if (!this.titleAt(i)) return null;
    const limit = Math.min(this.sentenceEnd(i), i + 16);
    // "Các Phó chủ tịch gồm các ông: Lê Hoàng, …": the post ends before the word naming the list's members
    let cut = -1;
    for (let k = i + 1; k < limit; k++) {
      const c = this.char(k);
      if (c === ':') return { position: this.span(i, (cut > 0 ? cut : k) - 1), next: k + 1 };
      if (cut < 0 && (this.t.word[k] === GOM || this.units.at('list-opener', k))) cut = k;
      if (this.isHardStop(k) || c === ',' || c === ';' || this.verbAt(k)) return null;
    }
    return null;
  }

  /** Two names or more from token `i`, apart by commas or "và": "Lê Khả Phiêu, Nông Đức Mạnh". */
  namesFrom(i: number): boolean {
    const first = this.readName(i, true);
    if (!first) return false;
    const k = tokenAt(this.t, first.end);
    return (this.char(k) === ',' || this.t.word[k] === VA) && !!this.readName(k + 1, true);
  }

  /**
   * A post opening its clause and heading, after a colon, a list of names: "…, nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức
   * Mạnh; …", "Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền chủ trì …"; where the names start.
   */
  colonHeading(i: number): { position: PositionSpan; next: number } | null {
    if (i > this.sentenceStart(i) && /^(?:nguyên|cựu)$/iu.test(this.text(i - 1))) i--;
    if (i > this.sentenceStart(i) && !CLAUSE_OPENERS.has(this.char(i - 1))) return null;
    const heading = this.listHeading(i);
    return heading && !BODY_HEADING.test(heading.position.value) && this.namesFrom(heading.next) && !this.rosterLine(i, heading.next) ? heading : null;
  }

  /**
   * A line that is a post and the names under it, and nothing else ("Phó Trưởng Ban: Nguyễn Sỹ Hào, Trần Sông Thao"
   * under a page's address): a masthead's roster, the page's staff, no one in the story.
   */
  private rosterLine(i: number, next: number): boolean {
    const line = this.doc.lines[this.doc.lineOf[i]];
    return this.t.start[i] === line.start && ROSTER.test(this.doc.text.slice(this.t.start[next], line.end));
  }

  /**
   * The post a list opener closes, before "gồm": "5 Phó Chủ tịch LĐLĐ tỉnh Phú Thọ gồm các đồng chí: Phạm Sơn, …",
   * "Ủy viên Ban Thường vụ gồm các đồng chí: …" (a congress's or an election's result); `opener` is the opener's first
   * token, `next` where the names start.
   */
  headingBeforeOpener(opener: number, next: number): { position: PositionSpan; next: number } | null {
    const gom = opener - 1;
    if (gom < 1 || this.t.word[gom] !== GOM) return null;
    const floor = Math.max(this.sentenceStart(gom), gom - MAX_POSITION_TOKENS);
    for (let k = floor; k < gom; k++) {
      // (not after a comma, where the post may be a person's named before it: "Đoàn kiểm tra do Đại tá Nguyễn Văn An, Chỉ
      // huy trưởng Bộ CHQS tỉnh, Trưởng đoàn gồm các đồng chí: …"; round 23 review)
      const opens = k === this.sentenceStart(gom) || (CLAUSE_OPENERS.has(this.char(k - 1)) && this.char(k - 1) !== ',') || this.t.kind[k - 1] === Kind.Number || /^(?:các|những)$/iu.test(this.text(k - 1));
      if (!opens || !this.titleAt(k)) continue;
      let clean = true;
      for (let j = k + 1; j < gom && clean; j++) clean = !this.isHardStop(j) && this.char(j) !== ',' && !this.verbAt(j);
      if (!clean) continue;
      const position = this.span(k, gom - 1);
      // a body is no post: "Thường trực Tỉnh ủy gồm các đồng chí: …", "Ban Thường vụ gồm …"
      return BODY_HEADING.test(position.value) ? null : { position, next };
    }
    return null;
  }

  /**
   * A plural post heading a list with no colon: "các đồng chí Phó Chủ tịch UBND tỉnh Lê Văn Chiến, Tôn Thị Ngọc Hạnh",
   * one post and a name, then a comma or "và" and another name with no post before it; where the names start.
   */
  headingBeforeNames(i: number): { position: PositionSpan; next: number } | null {
    if (!this.titleAt(i, { capitalised: true })) return null;
    const got = this.positionsThenName(i);
    if (!got || got.positions.length !== 1) return null;
    let k = got.name.next;
    if (this.char(k) !== ',' && this.t.word[k] !== VA) return null;
    k++;
    if (!this.readName(k, true)) return null;
    return { position: got.positions[0], next: tokenAt(this.t, got.name.start) };
  }

  /**
   * The seat and name after "đại biểu" (from token `first`, the name from `i`): "đại biểu Phạm Trường Dân" sits as
   * "đại biểu", "đại biểu Quốc hội tỉnh Bắc Ninh Nguyễn Văn A" as "đại biểu Quốc hội tỉnh Bắc Ninh".
   */
  seatThenName(first: number, i: number): { position: PositionSpan; name: NameSpan } | null {
    if (!this.isCapWord(i)) return null;
    const direct = this.readName(i, true);
    if (direct) return { position: this.span(first, i - 1), name: direct };
    if (!/^(?:Quốc hội|QH|HĐND)$/u.test(this.text(i)) && !(this.text(i) === 'Quốc' && this.text(i + 1) === 'hội')) return null;
    const limit = Math.min(this.sentenceEnd(i), i + 8);
    for (let k = i + 1; k < limit; k++) {
      // "ứng cử đại biểu HĐND của ông X": a seat sought, said "của" the person, is no seat held
      if (this.isHardStop(k) || this.char(k) === ',' || this.verbAt(k) || this.t.word[k] === CUA) return null;
      if (!this.isCapWord(k)) continue;
      const name = this.nameAt(k);
      if (name) return { position: this.span(first, tokenIndexBefore(this, name.start)), name };
    }
    return null;
  }

  /** A name run [first, end) that opens with a place's or country's name and goes on with a full name: that name. */
  private afterGluedPlace(first: number, end: number): [number, number] | null {
    if (end - first < 4) return null;
    const prev = first > 0 && this.isCapWord(first - 1) && this.t.flags[first] & Flag.Tight ? tokensValue(this.doc, first - 1, first) : '';
    // a province's or district's name of two syllables or more ("Hà Nội", "Đồng Nai"), or a country ending there
    const bigPlace = (name: string) => name.includes(' ') && gazetteer().named(name).some((u) => u.level !== 'commune');
    for (let n = 1; n <= Math.min(3, end - first - 2); n++) {
      const prefix = tokensValue(this.doc, first, first + n);
      const place = bigPlace(prefix) || (prev && (bigPlace(`${prev} ${prefix}`) || this.units.at('country', first - 1)?.end === first + n));
      if (!place || !isSurname(this.text(first + n))) continue;
      // "Thái Bình Dương" is an ocean, not Thái Bình
      if (GEOGRAPHIC_COMPOUNDS.includes(`${prefix} ${this.text(first + n)}`)) continue;
      const rest = nameEnd(this.doc, this.units, first + n, false);
      // "Bí thư Tỉnh ủy Yên Bái Phạm Thị Thanh Trà": the name after the place may be longer than the run read so far
      if (rest === end || (rest > end && rest - (first + n) <= MAX_NAME_AFTER_PLACE)) return [first + n, rest];
    }
    return null;
  }

  /**
   * "Giám đốc Công an Yên Bái Thông tin từ UBND …", "… Hà Nội Đối với những trẻ em …": a province's name and one
   * syllable more, the next sentence's first, glued on without its full stop: no person is named.
   */
  private provinceAndGluedSyllable(first: number, end: number): boolean {
    return end - first === 3 && this.gluedAfterProvince(first);
  }

  /** Does a province's two-syllable name start at token i, followed by a capitalised syllable and a lower-case word? */
  gluedAfterProvince(i: number): boolean {
    const opener = i + 2;
    if (!this.isCapWord(i) || !this.isCapWord(i + 1) || !this.isCapWord(opener) || !this.isLowerWord(opener + 1)) return false;
    // right after a body's head the province opens the body's own name: "Báo Hà Nội Mới", "Công ty Quảng Ninh Xanh"
    if (this.units.endingAt('org-head', i).length || this.units.endingAt('company-word', i).length) return false;
    for (let k = i + 1; k <= opener + 1; k++) if ((this.t.flags[k] & Flag.Tight) === 0 || this.breakBefore(k)) return false;
    const place = tokensValue(this.doc, i, i + 2);
    // "châu Á - Thái Bình Dương của …": an ocean, not Thái Bình; "đường Điện Biên Phủ", "Hà Nội Group": a longer name
    const longer = `${place} ${this.text(opener)}`;
    if (GEOGRAPHIC_COMPOUNDS.includes(longer) || NAMES_AFTER_PROVINCES.includes(longer) || foreignWord(this.text(opener))) return false;
    return gazetteer().named(place).some((u) => u.name === place && u.level === 'province');
  }

  /** The capitalised run from i (any capitals, digits kept): its end token. */
  private capRun(i: number, max: number): number {
    let j = i;
    while (j < this.t.count && j - i < max && (this.isCapWord(j) || (j > i && this.t.kind[j] === Kind.Number)) && (j === i || (this.t.flags[j] & Flag.Tight && !this.breakBefore(j)))) j++;
    return j;
  }

  /**
   * After a unit type word the run may open with the unit's name: "UBND TP Hà Nội Nguyễn Đức Chung" is Hà Nội plus
   * Nguyễn Đức Chung, "UBND tỉnh Hà Nam cho biết" has no person, "UBND thành phố Nguyễn Song Hà" has no place.
   */
  /**
   * After a village's unit word, a village named with two words or more, then a person's name to the run's end:
   * "Trưởng thôn Đồng Trạng Nguyễn Minh Sắc", "Bí thư chi bộ thôn Lê Xá Nguyễn Văn Hòa". Null when no later surname
   * starts one ("Trưởng thôn Cù Văn Trung" names the head, not the village).
   */
  private nameAfterVillage(i: number): NameSpan | null {
    const run = this.capRun(i, 8);
    for (let k = i + 2; k < run - 1; k++) {
      if (!isSurname(this.text(k))) continue;
      const name = this.readName(k, true);
      if (name && name.next === run) return name;
    }
    return null;
  }

  private followsVillageWord(i: number): boolean {
    return i > 0 && VILLAGE_WORD_IDS.has(this.t.word[i - 1]);
  }

  private nameAfterUnitType(i: number): NameSpan | null {
    const run = this.capRun(i, 7);
    const words = run - i;
    if (!words) return null;
    // "Chủ tịch UBND tỉnh Hồ Văn Mười": a place of another level than the unit word's ("Hồ", a commune) opens no unit
    const levels = this.unitLevelsBefore(i);
    for (let n = Math.min(4, words - 2); n >= 1; n--) {
      const place = tokensValue(this.doc, i, i + n);
      if (!gazetteer().isPlaceName(place) || (levels && !gazetteer().named(place).some((u) => levels.includes(u.level)))) continue;
      // "Chủ tịch UBND thị trấn Lâm Văn Hùng": a one-syllable unit that is a surname before "Văn" or "Thị" opens the name
      if (n === 1 && surnameBeforeSureMiddle(this.doc, i, run)) continue;
      const name = this.readName(i + n, true);
      if (name) return name;
    }
    if (gazetteer().isPlaceName(tokensValue(this.doc, i, i + Math.min(4, words)))) return null;
    return this.readName(i, true);
  }

  /** The levels of the units the unit word before token i names ("tỉnh": provinces), or null when it may name any. */
  private unitLevelsBefore(i: number): readonly UnitLevel[] | null {
    let k = i - 1;
    if (this.char(k) === '.') k--;
    const word = this.text(k).toLowerCase();
    const type = word === 'xã' && this.t.word[k - 1] === THI ? 'thị xã' : word === 'trấn' ? 'thị trấn' : word === 'phố' && this.t.word[k - 1] === THANH ? 'thành phố' : word;
    return UNIT_WORD_LEVELS[type] ?? null;
  }

  /** Is the dot at token j glued to a unit word's abbreviation ("TP.", "TX.") with a capitalised word after it? */
  private unitAbbreviationDot(j: number): boolean {
    return j > 0 && (this.t.flags[j] & Flag.Glued) !== 0 && UNIT_TYPE_WORDS.has(this.t.word[j - 1]) && this.isCapWord(j - 1) && this.isCapWord(j + 1);
  }

  private followsUnitType(i: number): boolean {
    let k = i - 1;
    if (this.char(k) === '.') k--;
    return k >= 0 && UNIT_TYPE_WORDS.has(this.t.word[k]);
  }

  /** After a body's word the run names the body first: "Sở Công Thương Ngô Văn Tổng" is Sở Công Thương plus a person. */
  private nameAfterOrg(i: number): NameSpan | null {
    const run = this.capRun(i, 8);
    for (let k = i + 1; k < run - 1; k++) {
      // "Trường THCS Phan Bội Châu": the name after a kind of school is the school's
      if (!isSurname(this.text(k)) || this.units.endingAt('school-kind', k).length) continue;
      const name = this.readName(k, true);
      if (name && name.next === run) return name;
    }
    return null;
  }

  /**
   * Does token i follow a body's head or a company's word and one to six lower-case words saying what kind of body it
   * is ("Bệnh viện đa khoa quốc tế", "Công ty cổ phần tập đoàn", "Hội đồng trị sự")?
   */
  private afterBodyKind(i: number): boolean {
    // "Bộ trưởng Tô Lâm": a title whose first syllable heads a body is no body
    if (this.units.endingAt('title', i).length) return false;
    for (let k = i - 1; k > 0 && i - k <= BODY_KIND_WORDS && this.isLowerWord(k) && (this.t.flags[k + 1] & Flag.Tight) !== 0; k--) {
      if (this.units.endingAt('org-head', k).length || this.units.endingAt('company-word', k).length) return true;
    }
    return false;
  }

  /**
   * Does the title at token i stand in apposition to a person named with an honorific just before it ("ông Lê Hoàng
   * Phong - Giám đốc …", "Ông Phan Trường Hân, Giám đốc …", "Thạc sĩ Nguyễn Thị Minh Thúy - Hiệu trưởng …")?
   */
  apposedToNamed(i: number): boolean {
    const sep = i - 1;
    if (sep < 1 || !APPOSITION_MARKS.has(this.char(sep))) return false;
    let k = sep;
    while (k > 0 && sep - k < APPOSED_NAME_WORDS && this.isCapWord(k - 1) && !this.units.endingAt('honorific', k).length) k--;
    return k < sep && this.units.endingAt('honorific', k).length > 0;
  }

  /**
   * Does the post from token i to the character offset `end` (where a name was read) close on a body that has no name
   * of its own yet: a body's head or a company's word after the title, and no place or number after it ("Giám đốc
   * Công ty", "Giám đốc Trung tâm Bất động sản"; not "Phó Chủ tịch Hội Nông dân tỉnh Đồng Nai", nor a state body
   * named by its field, "Bộ trưởng Bộ Nội vụ")?
   */
  endsWithUnnamedBody(i: number, end: number): boolean {
    const last = tokenAt(this.t, end);
    let body = false;
    for (let k = i; k < last; k++) {
      // "Phó Bộ trưởng", "Viện trưởng": a title's own syllables head no body
      const title = this.units.at('title', k);
      if (title) {
        k = title.end - 1;
        continue;
      }
      if (this.t.kind[k] === Kind.Number || this.units.at('place', k)) return false;
      const head = this.units.at('org-head', k);
      if ((head && !FIELD_NAMED.has(tokensValue(this.doc, k, head.end))) || this.units.at('company-word', k)) body = true;
    }
    return body;
  }

  private followsOrgHead(i: number): boolean {
    for (const n of [3, 2, 1]) if (i - n >= 0 && this.units.at('org-head', i - n)?.end === i) return true;
    return false;
  }

  /**
   * After a company's word the run opens with the company's name: "Công ty TNHH Lê Thành" is no person, "Công ty
   * Thiên Lộc Lê Đình Văn" is Thiên Lộc plus a person, who must be named in full after it.
   */
  private nameAfterCompany(i: number): NameSpan | null {
    const run = this.capRun(i, 8);
    // a full name of three words or more, the whole run, is a person's ("Tổng công ty … Nguyễn Văn An" aside)
    const whole = run - i >= 3 ? this.readName(i, true) : null;
    if (whole && whole.next === run) return whole;
    for (let k = i + 2; k < run - 1; k++) {
      if (!isSurname(this.text(k))) continue;
      const name = this.readName(k, true);
      if (name && name.next === run) return name;
    }
    return null;
  }

  /** The person whose name starts at token i, read as the words before it allow (a unit, a body, or a title). */
  nameAt(i: number): NameSpan | null {
    const name = this.units.endingAt('company-word', i).length
      ? this.nameAfterCompany(i)
      : this.followsVillageWord(i)
        ? (this.nameAfterVillage(i) ?? this.readName(i, true))
        : this.followsUnitType(i)
          ? this.nameAfterUnitType(i)
          : this.followsOrgHead(i) || this.units.endingAt('school-kind', i).length
            ? this.nameAfterOrg(i)
            : this.readName(i, true);
    // "Tổng giám đốc Bệnh viện đa khoa quốc tế Vũ Anh", "Trưởng phòng An toàn Công ty cổ phần tập đoàn Mai Linh": two
    // words after a body's head and the lower-case words that say what kind of body it is name the body; a person
    // named after a title has a third word
    if (name && name.value.split(' ').length === 2 && this.afterBodyKind(i)) return null;
    // "Bí thư Huyện đoàn Đồng Văn - …", "Trưởng khoa …, BV Bạch Mai", "Trường THCS Đồng Khởi": two words naming a
    // district or commune end the unit's name; a person named after a title has a third word or an honorific
    // (whatever the list's capitals: "Chủ tịch UBND xã Al Bá", listed "AL Bá"; round 28, audit 35)
    if (name && name.value.split(' ').length === 2 && gazetteer().named(name.value).some((u) => u.name.toLowerCase() === name.value.toLowerCase())) return null;
    return name;
  }

  /**
   * A foreign name written in Latin letters right after a title and its country or body ("Tổng thống Mỹ Donald
   * Trump", "Thủ tướng Anh Theresa May", "Tổng thư ký LHQ Antonio Guterres"): two to four capitalised Latin words
   * opening with one that is no Vietnamese syllable, ending the capitalised run.
   */
  foreignNameAt(i: number): NameSpan | null {
    // "Tổng thống Brazil Michel Temer": the country is the post's
    const country = this.countryAt(i);
    if (country) i = country.end;
    // "Bộ trưởng Ngoại giao Qatar Sheikh Mohammed bin Abdulrahman al-Thani": an honorific before the name is not its
    // own, unless one word alone follows it ("Chủ tịch Sheikh Mansour của Man City")
    const honorific = this.honorificAt(i);
    return (honorific && this.foreignNameFrom(i + honorific)) || this.foreignNameFrom(i);
  }

  private foreignNameFrom(i: number): NameSpan | null {
    if (!this.isCapWord(i) || !latinWord(this.text(i))) return null;
    let end = i + 1;
    // a name with particles is longer: "Mohammed bin Abdulrahman Al Thani"
    let longest = 4;
    for (;;) {
      // "Jean-Claude Juncker": a hyphen glued between two Latin words joins them
      if (this.char(end) === '-' && this.t.flags[end] & Flag.Glued && this.t.flags[end + 1] & Flag.Glued && this.isCapWord(end + 1) && latinWord(this.text(end + 1))) end += 2;
      // "George W. Bush", "John F. Kennedy": a middle initial and its full stop inside the name
      else if (end > i && end + 2 < this.t.count && MIDDLE_INITIAL.test(this.text(end)) && this.char(end + 1) === '.' && this.isCapWord(end + 2) && latinWord(this.text(end + 2)) && !this.breakBefore(end + 2)) end += 3;
      else if (end < this.t.count && end - i < longest && this.isCapWord(end) && this.t.flags[end] & Flag.Tight && !this.breakBefore(end) && latinWord(this.text(end))) end++;
      else if (end - i < 4 && this.particlesAt(end)) {
        end = this.particlesAt(end);
        longest = 6;
      }
      else break;
    }
    if (end - i < 2) return null;
    // "Moon Jae-in", "Han Min-koo": a Korean given name with its second syllable in lower case after a hyphen makes
    // the name foreign even when its first word spells a Vietnamese syllable
    if (!foreignWord(this.text(i)) && !(end - i === 2 && KOREAN_GIVEN_NAME.test(this.text(i + 1)))) return null;
    // "Microsoft Satya Nadella Việt Nam": a longer capitalised run is a body's name, not a person's
    if (end < this.t.count && this.isCapWord(end) && this.t.flags[end] & Flag.Tight && !this.breakBefore(end)) return null;
    for (let k = i; k < end; k++) if (notForeignNameWords.has(this.text(k))) return null;
    const value = tokensValue(this.doc, i, end);
    if (isNotOfficial(value)) return null;
    // "Chủ tịch UBND xã Al Bá": a unit's name after its type word, however it is spelled in the list ("AL Bá")
    if (this.followsUnitType(i) && gazetteer().named(value).some((u) => u.name.toLowerCase() === value.toLowerCase())) return null;
    return { start: this.t.start[i], end: this.t.end[end - 1], next: end, value };
  }

  /**
   * A foreign surname alone right after a post's country ("Tổng thống Nga Putin", "Thủ tướng Anh May", "Thủ tướng Lào
   * Thoonglun"): one capitalised Latin word that ends the run of capitalised words. It names the post's holder, so the
   * post is no one else's.
   */
  bareNameAfterCountry(j: number): boolean {
    // a Vietnamese syllable goes on a place's name: "TP Lào Cai", "Địa ốc … Đức Hòa"
    if (!this.isCapWord(j) || !foreignWord(this.text(j)) || !(this.t.flags[j] & Flag.Tight) || this.breakBefore(j)) return false;
    if (!(this.units.endingAt('country', j).length || this.units.endingAt('country-before-foreign-name', j).length) || this.units.at('country', j)) return false;
    const next = j + 1;
    if (next >= this.t.count || this.breakBefore(next)) return true;
    // "Mohammed bin Abdurrahman Al Thani": a name particle goes on the name
    return !((this.isCapWord(next) && this.t.flags[next] & Flag.Tight) || NAME_PARTICLES.has(this.text(next)));
  }

  /** Is token i a country's one-word name, also an honorific ("Anh"), right before a name in Latin letters? */
  private countryBeforeLatinName(i: number): boolean {
    return this.units.at('country', i)?.end === i + 1 && this.isCapWord(i + 1) && (this.t.flags[i + 1] & Flag.Tight) !== 0 && latinWord(this.text(i + 1)) && foreignWord(this.text(i + 1));
  }

  /** A country's name at token i before a name: any of COUNTRIES, or one of COUNTRIES_BEFORE_FOREIGN_NAMES before a Latin word. */
  private countryAt(i: number): { end: number } | null {
    const country = this.units.at('country', i);
    if (country) return country;
    const word = this.units.at('country-before-foreign-name', i);
    return word && word.end < this.t.count && this.isCapWord(word.end) && latinWord(this.text(word.end)) && !this.breakBefore(word.end) ? word : null;
  }

  /** Does a name of NOT_OFFICIALS or NOT_PERSON_NAMES start at token i? */
  private notOfficialAt(i: number): boolean {
    const end = nameEnd(this.doc, this.units, i, true);
    return end > 0 && isNotOfficial(tokensValue(this.doc, i, end));
  }

  /** Does a new person start at token i ("… và Trung tướng Phạm Quang Hợi", "…, đồng chí Lê Lương")? */
  personStartsAt(i: number): boolean {
    if (this.rankAt(i) || this.honorificAt(i)) return true;
    if (this.titleAt(i, { capitalised: true })) return true;
    return !!this.readName(i, true);
  }

  span(first: number, last: number): PositionSpan {
    return this.spanTo(first, this.t.end[last]);
  }

  /** A position from token `first` to a character offset (inside a glued word). */
  private spanTo(first: number, end: number): PositionSpan {
    const start = this.t.start[first];
    // "Phó ban Kiểm tra Thanh tra VRG (thứ hai từ phải sang)": where a photo places the person is no part of the post
    const text = this.doc.norm.display.slice(start, end);
    const placed = CAPTION_POSITION_AT_END.exec(text);
    const cut = placed ? end - (text.length - placed.index) : end;
    return { start, end: cut, value: this.doc.norm.display.slice(start, cut).trim() };
  }

  /**
   * "QuốcTheo", "HoàngVẫn", "hộiĐiển": a word glued to the next sentence's first word where the source lost ". "
   * (a caption or line run into the text). Only words with Vietnamese letters: Latin names ("CapitaLand",
   * "McCain", "VietNam") keep their capitals. Returns the offset where the glued word starts, or -1.
   */
  gluedCut(i: number): number {
    if (i >= this.t.count || this.t.kind[i] !== Kind.Word) return -1;
    const at = gluedAt(this.text(i));
    return at >= 0 ? this.t.start[i] + at : -1;
  }

  /** The first glued word in tokens [first, end): its token and where its glued part starts. */
  private gluedWithin(first: number, end: number): { token: number; cut: number } | null {
    for (let k = first; k < end; k++) {
      const cut = this.gluedCut(k);
      if (cut >= 0) return { token: k, cut };
    }
    return null;
  }

  private sentenceEnd(i: number): number {
    const s = this.doc.sentences[this.doc.sentenceOf[Math.min(i, this.t.count - 1)]];
    return s ? s.endToken : this.t.count;
  }

  private sentenceStart(i: number): number {
    const s = this.doc.sentences[this.doc.sentenceOf[Math.min(i, this.t.count - 1)]];
    return s ? s.firstToken : 0;
  }

  /**
   * Position phrases after a name: ", Chính ủy Bộ CHQS tỉnh", " - Bí thư chi bộ - Giám đốc Trung tâm",
   * ", Phó Bí thư Thành ủy, Chủ tịch UBND thành phố". Each item runs from its title to a separator followed by another
   * title, or to what ends the phrase: punctuation, a verb, a new person, a line break.
   */
  positionsAfter(i: number, bare: boolean | 'comrade' = false, ranked = false): PositionSpan[] {
    const out: PositionSpan[] = [];
    // "Đại tá Trần Đình Hồng Phó Trưởng ban Chỉ đạo thi", "Bà Trần Thị Phương Lan Phó GĐ Sở Công Thương": after a
    // rank or honorific the post may follow the name with no comma (`bare`)
    // (a title of two words at least: "ông Nguyễn Hữu Trưởng, chuyên viên …" ends a name with "Trưởng"; or one
    // abbreviation in capitals, "đồng chí Nguyễn Thanh Tuấn PCT HĐND huyện"; after "đồng chí" also in lower case,
    // "ĐC Nguyễn Danh Vận phó chủ nhiệm UBKT Đảng ủy …")
    const unmarked = bare && i < this.t.count && !this.breakBefore(i) && this.unmarkedTitleAt(i, bare === 'comrade');
    // "Lê Đình Văn là Giám đốc Công ty Thiên Lộc", "bổ nhiệm ông Phạm Sỹ Quý làm Giám đốc Sở …" (not "… làm Trưởng
    // đoàn", a verb phrase: "làm" only after an appointment)
    // "Hồ Văn Hải giữ chức Giám đốc Halico", "Nguyễn Văn Tiến hiện đang là Phó chủ tịch Hội sinh viên" (POST_COPULAS)
    const copula = i < this.t.count && !this.breakBefore(i) && !this.kinBeforeName(i) ? this.units.at('post-copula', i) : undefined;
    const linkEnd = copula ? copula.end : i + 1;
    const linked =
      i < this.t.count &&
      (!!copula || this.t.word[i] === LA || (this.t.word[i] === LAM && this.appointedBefore(i))) &&
      this.titleAt(linkEnd, { capitalised: true }) > 0;
    // "ĐB Hoàng Thị Thu Trang (Nghệ An), Phó Cục trưởng …", "ông Lại Văn Hoàn (trái), Chánh văn phòng …", "Ngô
    // Thành Sơn (SN 1980), Chủ tịch HĐQT …": a bracket holding no post (a delegation, a birth year, a photo's side)
    // stands between the name and the post
    if (this.char(i) === '(' && !this.titleAt(i + 1)) {
      const close = this.bracketEnd(i);
      if (close > 0 && this.isSeparator(close + 1)) i = close + 1;
    }
    // "Nguyễn Thị Hương, sinh năm 1967, Giám đốc công ty …", "Hoàng Văn Xưởng (sinh năm 1971, Giám đốc Công ty …)":
    // a birth year between the name and the post (bench/studies/round16-officials.mjs: 12 on corpus/real)
    i = this.pastBirthYear(i);
    if (i >= this.t.count || (!this.isSeparator(i) && this.char(i) !== '(' && !linked && !unmarked)) return out;
    const limit = this.sentenceEnd(i);
    let j = unmarked ? i : linked ? linkEnd : i + 1;
    // "Nguyễn Quốc Cường (sinh năm 1982), hiện là Phó giám đốc Công ty …": the link may follow the comma too
    const linkAfterMark = !unmarked && !linked && this.isSeparator(i) ? this.units.at('post-copula', j) : undefined;
    if (linkAfterMark && this.titleAt(linkAfterMark.end, { capitalised: true })) j = linkAfterMark.end;
    for (;;) {
      let n = j < limit ? this.titleAt(j, { postName: out.length === 0 }) : 0;
      // after a rank, a job in lower case heads a post held in a unit it names (RANKED_JOBS)
      const job = !n && ranked && out.length === 0 && j < limit && this.isLowerWord(j) ? this.units.at('ranked-job', j) : undefined;
      if (job) n = job.end - j;
      if (!n) break;
      // a weaker head read only after a name ("đại diện", "chỉ huy") is a post only with what it heads: "Đại tá A, chỉ
      // huy trực tiếp cuộc giải cứu, cho biết" is the verb
      const weakHead = out.length === 0 && (!!job || !this.titleAt(j));
      const itemStart = j;
      j += n;
      let depth = 0;
      let last = j - 1;
      let lastClosed = last;
      let more = false;
      let nextPerson = false;
      // where the item stood before its body's name was read on past a comma or dash
      let beforeGoOn = -1;
      let glued = -1;
      while (j < limit && j - itemStart < MAX_POSITION_TOKENS + POSITION_WORD_GRACE) {
        if (this.gapHasBreak(j)) break;
        // "…, Cục Quản lý nợ và Tài chính đối ngoại, Bộ Tài chính nói": a long post ends at a mark, not inside a word
        if (j - itemStart >= MAX_POSITION_TOKENS && (this.t.kind[j] !== Kind.Word || (this.t.flags[j] & Flag.Tight) === 0)) break;
        if (depth === 0 && (glued = this.gluedCut(j)) >= 0) break;
        const c = this.char(j);
        if (c === '(') {
          if (depth === 0) lastClosed = last;
          depth++;
        } else if (c === ')') {
          if (depth === 0) break;
          depth--;
          last = j;
        } else if (depth > 0) {
          if (this.isHardStop(j)) break;
          last = j;
        } else {
          // "Chủ tịch UBND TP.Huế", "Chi cục THA DS Q.10", "Sở Kế hoạch và Đầu tư TP. HCM": an abbreviated unit's
          // full stop is inside the place's name; the post runs on to its end
          const place = this.placeAcross(j);
          if (place) {
            last = place - 1;
            j = place;
            continue;
          }
          if (this.isHardStop(j)) break;
          // "Chỉ huy trưởng kiêm Chủ tịch UBND thị trấn", "…, kiêm Chủ tịch Hiệp hội", "… nay là Bí thư Tỉnh ủy": two posts
          const further = this.furtherPostAt(j);
          if (further) {
            more = true;
            j = further;
            break;
          }
          if (this.isSeparator(j)) {
            if (!this.unitGoesOnAfter(j)) break;
            beforeGoOn = last;
            j++;
            continue;
          }
          // "Bộ Kế hoạch và Đầu tư", "Cục Quản lý nợ và tài chính đối ngoại": "và" goes on inside a body's name,
          // unless a new person or a clause follows
          if (this.t.word[j] === VA) {
            if (this.personStartsAt(j + 1) || !(this.isCapWord(j + 1) || this.andGoesOnInName(j))) break;
          } else if (this.verbAt(j) || (this.isLowerWord(j) && this.units.at('position-end', j)) || this.reportedAt(j) || this.clauseAfterPlace(j) || this.gluedOpenerAt(j)) break;
          // "Chủ tịch Hội Khoa học tâm lý giáo dục Hà Nội Đối với những trẻ em …": the province ends the post, a sentence
          // glued on after it
          if (this.gluedAfterProvince(j)) {
            last = j + 1;
            break;
          }
          // "…, Tổng Giám đốc Cơ quan … Pi-tơ Bách-xtơ": the item names the next person; it is theirs (not "ông Lê
          // Hoàng Phong - Giám đốc Công ty Hoàng Gia Phát": a body not yet named in a post in apposition takes them)
          const bodyName = out.length === 0 && this.apposedToNamed(itemStart) && this.endsWithUnnamedBody(itemStart, this.t.start[j]);
          if (this.isCapWord(j) && !bodyName && (this.nameAt(j) || this.foreignNameAt(j) || this.bareNameAfterCountry(j))) {
            // "…, Trưởng khoa Điều trị Tích cực, BV Bạch Mai": read on past a comma, a name is more likely a place's
            if (beforeGoOn >= 0) last = beforeGoOn;
            else nextPerson = true;
            break;
          }
          last = j;
        }
        j++;
      }
      if (depth > 0) last = lastClosed; // an unclosed bracket: keep what came before it
      if (nextPerson) break;
      if (glued >= 0) {
        out.push(this.spanTo(itemStart, glued));
        break;
      }
      if (weakHead && last < itemStart + n) break;
      if (job && !this.capitalisedIn(itemStart + n, last)) break;
      // "Tổng Bí thư Nguyễn Phú Trọng, nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức Mạnh": a post before a colon and names
      // heads the list after it (colonHeading), no post of the person before
      if (this.char(last + 1) === ':' && this.namesFrom(last + 2)) break;
      out.push(this.span(itemStart, last));
      if (!more) break;
    }
    return out;
  }

  /**
   * Does a kin word stand before the name that ends at token `next` ("Vợ ông Nguyễn Văn An hiện là …", "con trai của
   * Nguyễn Văn An đang giữ chức …", "người thân của Trần Văn Bình …")? The post a copula then states is the relative's.
   */
  private kinBeforeName(next: number): boolean {
    let k = next - 1;
    const stop = (j: number) => KIN_WORDS.has(this.text(j).toLowerCase()) || /^(?:ông|bà|của)$/iu.test(this.text(j));
    for (let n = 0; k >= 0 && this.isCapWord(k) && !stop(k) && n < KIN_NAME_REACH; n++) k--;
    if (k < 0 || k === next - 1) return false;
    let word = this.text(k).toLowerCase();
    if (word === 'của' || word === 'ông' || word === 'bà') word = k > 0 ? this.text(--k).toLowerCase() : '';
    const pair = k > 0 ? `${this.text(k - 1).toLowerCase()} ${word}` : word;
    return KIN_WORDS.has(word) || KIN_WORDS.has(pair);
  }

  /** Is a word in tokens [first, last] capitalised? */
  private capitalisedIn(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.isCapWord(k)) return true;
    return false;
  }

  /** Does a post written right after a name, with no mark between, start at token i? */
  private unmarkedTitleAt(i: number, comrade: boolean): boolean {
    const n = this.titleAt(i, { capitalised: true });
    if (n > 1 || (n === 1 && (this.t.flags[i] & Flag.Upper) !== 0 && this.t.end[i] - this.t.start[i] > 1)) return true;
    return comrade && this.isLowerWord(i) && this.titleAt(i) > 1;
  }

  /** The comma after a birth year that follows the name from token i (", sinh năm 1967,", "(SN 1986,") when a post follows it, else i. */
  private pastBirthYear(i: number): number {
    const c = this.char(i);
    if (c !== ',' && c !== '(') return i;
    let k = i + 1;
    const word = this.text(k).toLowerCase();
    if (word === 'sn') k++;
    else if (word === 'sinh') k += this.text(k + 1).toLowerCase() === 'năm' ? 2 : 1;
    else return i;
    if (k >= this.t.count || this.t.kind[k] !== Kind.Number || !/^(?:19|20)\d\d$/.test(this.text(k))) return i;
    // a post that heads a body, capitalised ("Phan Hồng Anh, sinh năm 1991, đại diện của TP Hà Nội" is a contestant)
    return this.char(k + 1) === ',' && this.titleAt(k + 2, { capitalised: true }) ? k + 1 : i;
  }

  /** The closing bracket of the short bracket opened at token i, on its line (full stops inside: "(TP.HCM)"), or 0. */
  private bracketEnd(i: number): number {
    const limit = Math.min(this.t.count, i + MAX_BRACKET_TOKENS);
    for (let k = i + 1; k < limit; k++) {
      if (this.gapHasBreak(k)) return 0;
      const c = this.char(k);
      if (c === ')') return k;
      if (c === '(' || c === ';' || c === '"' || c === '“' || c === '”') return 0;
    }
    return 0;
  }

  /** A capitalised sentence opener at token j that a glued-on sentence starts with (GLUED_OPENERS). */
  private gluedOpenerAt(j: number): boolean {
    const opener = this.units.at('glued-opener', j);
    // right after a body's head the word opens its name: "Quỹ Những trái tim nhân ái", "Hội Những người kháng chiến"
    if (!opener || this.units.endingAt('org-head', j).length) return false;
    const next = opener.end;
    switch (opener.value as 'any' | 'lower' | 'number') {
      case 'any':
        return true;
      case 'lower':
        return next < this.t.count && this.isLowerWord(next) && !GLUED_OPENER_NAME_WORDS.includes(this.text(next));
      case 'number':
        return next < this.t.count && this.t.kind[next] === Kind.Number;
    }
  }

  /**
   * The end of a place's name that token j (a full stop) stands inside, or 0: glued to the name ("TP.Huế",
   * "H.Ngọc Hiển", "Q.10"), or before a name the list of units knows ("TP. HCM"; not "… UBND TP. Sáng nay …").
   */
  private placeAcross(j: number): number {
    if (this.char(j) !== '.' || j + 1 >= this.t.count) return 0;
    for (let k = j - 1; k >= Math.max(0, j - 2); k--) {
      const u = this.units.at('place', k);
      if (!u || u.end <= j + 1 || !(this.t.end[j] === this.t.start[j + 1] || (u.value as PlaceValue).units.length > 0)) continue;
      // "TP.HCMThưa ông", "TP.HCMCần mở": the next sentence glued to the name; the post stops before the stop
      for (let g = j + 1; g < u.end; g++) if (this.gluedCut(g) >= 0 || ACRONYM_GLUED.test(this.text(g))) return 0;
      return u.end;
    }
    return 0;
  }

  /**
   * "Chủ tịch UBND huyện Hiệp Đức xung quanh tin đồn …", "… tỉnh Khánh Hòa nghiêm túc kiểm điểm": a place's name
   * ends a unit, so a lower-case word right after it opens the clause, unless it names another unit ("… huyện Tân
   * Uyên tỉnh Lai Châu") or the owner ("… của Mỹ").
   */
  private clauseAfterPlace(j: number): boolean {
    if (!this.isLowerWord(j) || PLACE_TYPE_STARTS.has(this.t.word[j]) || this.t.word[j] === CUA) return false;
    // a name of two capitalised syllables or an acronym ("TP.HCM"): not "Hợp tác xã Nông nghiệp", "huyện Hương khê"
    const named = this.isCapWord(j - 1) && ((this.t.flags[j - 1] & Flag.Upper) !== 0 || this.isCapWord(j - 2));
    return named && this.units.endingAt('place', j).length > 0;
  }

  /**
   * The title of a further post joined at token j: after a comma or dash ("…, Chủ tịch UBND tỉnh"), a linking word
   * ("kiêm", "nay là", "đồng thời là"), or both ("…, kiêm Tổng giám đốc"). Returns the title's index, or 0.
   */
  private furtherPostAt(j: number): number {
    let k = j;
    if (this.isSeparator(k)) {
      if (this.titleAt(k + 1)) return k + 1;
      k++;
    }
    const link = this.units.at('post-link', k);
    return link && this.titleAt(link.end) ? link.end : 0;
  }

  /**
   * Where a body's name goes on past a comma or dash after a post read past a name: a capitalised word that opens no
   * title, rank or name ("Sở Giao thông - Vận tải Bà Rịa Vũng Tàu", "Ủy ban Văn hóa, Giáo dục, Thanh niên …",
   * "Cục Quản lý nợ …, Bộ Tài chính"), or a place's type word ("Chủ tịch HĐND quận Liên Chiểu, thành phố Đà Nẵng").
   */
  private unitGoesOnAfter(j: number): boolean {
    const next = j + 1;
    if (next >= this.t.count || this.gapHasBreak(next) || this.honorificAt(next) || this.rankAt(next) || this.titleAt(next)) return false;
    if (this.isCapWord(next)) return !this.nameAt(next);
    return this.isLowerWord(next) && PLACE_TYPE_STARTS.has(this.t.word[next]);
  }

  /** Does the lower-case word after "và" (at j) go on a body's name ("nợ và tài chính đối ngoại"), not add a person or a clause? */
  private andGoesOnInName(j: number): boolean {
    const next = j + 1;
    return j > 0 && this.t.kind[j - 1] === Kind.Word && this.isLowerWord(next) && !this.verbAt(next) && !this.units.at('not-name-after-and', next);
  }

  /**
   * Position phrases that end with a comma right before a rank or "ông/bà": "Thứ trưởng Bộ Quốc phòng, Thượng tướng
   * Nguyễn Chí Vịnh", "Chủ tịch UBND tỉnh, ông Nguyễn Văn A". `sep` is the index of that comma.
   */
  positionsBefore(sep: number): PositionSpan[] {
    if (sep < 0 || !this.isSeparator(sep)) return [];
    // "Giám đốc Học viện, Giáo sư, Tiến sĩ Nguyễn Văn Cường": academic titles written out one after another, each after
    // a comma; the posts stand before the first (round 16 review)
    for (let n = 0; n < MAX_CHAINED_HONORIFICS; n++) {
      const h = this.units.endingAt('honorific', sep)[0];
      // (commas only: "PGS-TS Lưu Trang" is one title written with a hyphen, corpus/real r3864)
      if (this.char(sep) !== ',' || !h || h.first < 2 || h.first >= sep || this.char(h.first - 1) !== ',') break;
      sep = h.first - 1;
    }
    const floor = this.sentenceStart(sep);
    let best: PositionSpan[] = [];
    for (let k = sep - 1; k >= floor && sep - k <= MAX_POSITION_TOKENS * 2; k--) {
      if (!this.titleAt(k, { capitalised: true })) continue;
      // the chain must open a clause: not inside a name ("Bộ Tư lệnh"), not another person's positions
      const prev = k - 1;
      // after a comma only when a clause of lower-case words ends there ("Phát biểu tại lễ, Phó Bí thư Thành ủy,
      // ông Trần Thọ"), not another person's post ("ông A, Giám đốc Sở X, …")
      const afterClause = this.char(prev) === ',' && this.leadClauseBefore(prev, floor);
      if (prev >= floor && !this.isLowerWord(prev) && this.char(prev) !== ';' && this.char(prev) !== ':' && !afterClause) continue;
      if (this.delegatedBefore(k)) continue;
      const items = this.chainUntil(k, sep);
      if (items) best = items;
    }
    return best;
  }

  /**
   * Is the stretch before the comma `comma` (back to the previous comma or the sentence's start) a clause that names
   * no person and no post ("tại lễ tôn vinh … năm 2012 (tổ chức hôm 23/5),", "Nhân dịp này,")? Then a post after
   * the comma opens a new mention, not the tail of another person's posts ("ông A, Giám đốc Sở X, …").
   */
  private leadClauseBefore(comma: number, floor: number): boolean {
    if (comma - 1 < floor) return false;
    for (let k = comma - 1; k >= floor; k--) {
      const c = this.char(k);
      if (c === ',' || c === ';' || c === ':') return true;
      if (this.units.at('title', k) || this.rankAt(k) || this.honorificAt(k)) return false;
      if (this.isCapWord(k) && !this.isCapWord(k - 1)) {
        const name = this.readName(k, true);
        if (name && name.value.split(' ').length >= 3) return false;
      }
    }
    return true;
  }

  /** The tokens after the comma `comma` run to `end` with no other separator, are few and name no unit: the chain's last piece. */
  private lastPiece(comma: number, end: number): boolean {
    if (end - comma > MAX_LAST_PIECE_TOKENS) return false;
    // "Phó chủ tịch UBND phường Minh Khai, quận Hai Bà Trưng, ông …": a unit after the comma is the address, which the
    // annotators leave out (dev 161), not more of the body's name
    if (this.isLowerWord(comma + 1) && PLACE_TYPE_STARTS.has(this.t.word[comma + 1])) return false;
    // nor a post after it: "Phó Chủ tịch UBND tỉnh, đồng thời Trưởng ban Chỉ đạo, ông …" (round 16 review)
    for (let k = comma + 1; k < end; k++) if (this.isSeparator(k) || this.titleAt(k, { capitalised: true })) return false;
    return true;
  }

  /** Title items from token k up to token `end` (exclusive), separated by commas or dashes; null if anything else intervenes. */
  private chainUntil(k: number, end: number): PositionSpan[] | null {
    // "Biệt phủ của Giám đốc Sở Tài nguyên Yên Bái Về vấn đề này, ông …": a caption glued on is no post of the next
    for (let m = k; m < end; m++) if (this.gluedAfterProvince(m)) return null;
    const items: PositionSpan[] = [];
    let itemStart = k;
    let j = k + this.titleAt(k, { capitalised: true });
    for (; j < end; j++) {
      if (this.gapHasBreak(j) || this.gluedCut(j) >= 0) return null;
      if (this.isSeparator(j) || (this.t.word[j] === KIEM && this.titleAt(j + 1, { capitalised: true }))) {
        const n = this.titleAt(j + 1, { capitalised: true });
        // "Cục trưởng Cục Bảo vệ, chăm sóc trẻ em, tiến sĩ Nguyễn Hải Hữu": the body's name goes on past its comma, as
        // the chain's last few words (not a clause between posts: "… Nga Tuy nhiên, trong lời đáp trả …, người phát ngôn")
        if (!n && this.char(j) === ',' && this.orgNameContinues(j) && this.lastPiece(j, end)) continue;
        if (!n) return null;
        items.push(this.span(itemStart, j - 1));
        itemStart = j + 1;
        j += n;
        continue;
      }
      const c = this.char(j);
      if (this.isHardStop(j) || c === '(' || c === ')' || this.verbAt(j)) return null;
      // "Phó Chủ tịch UBND TP Đặng Việt Dũng, Giám đốc ĐH Đà Nẵng, GS.TS Trần Văn Nam": another person's name inside
      if (this.isCapWord(j)) {
        const name = this.nameAt(j);
        if (name && name.next <= end && name.value.split(' ').length >= 3) return null;
      }
    }
    items.push(this.span(itemStart, end - 1));
    return items;
  }

  /**
   * Where a body's name goes on past punctuation: a comma before a lower-case word that is no verb ("nông, lâm,
   * thủy sản"), a dash or comma before a capitalised word that opens no title and no name ("Văn hóa - Văn nghệ",
   * "Bộ Văn hóa, Thể thao và Du lịch"), a short bracket ("(Bộ NN&PTNT)"). Returns the index to go on from, or 0.
   */
  private orgNameContinues(j: number): number {
    const next = j + 1;
    if (next >= this.t.count || this.gapHasBreak(next)) return 0;
    const person = this.honorificAt(next) || this.rankAt(next);
    const c = this.char(j);
    const w = this.t.word[next];
    if (c === ',' && this.isLowerWord(next) && !person && !this.verbAt(next) && w !== CAC && w !== NHUNG && w !== CUNG && w !== VA) return next;
    if (c === ',' && this.isCapWord(next) && !person && !this.titleAt(next) && !this.readName(next, true)) return next;
    if (c === '-' && this.isCapWord(next) && !this.titleAt(next) && !this.rankAt(next) && !this.readName(next, true)) return next;
    if (c === '(') {
      for (let k = next; k < Math.min(this.t.count, j + 12); k++) {
        if (this.isHardStop(k) || this.char(k) === '(' || this.verbAt(k)) return 0;
        if (this.char(k) === ')') return k + 1;
      }
    }
    return 0;
  }

  /** Does "người đồng cấp" stand at token i? */
  private counterpartAt(i: number): boolean {
    return COUNTERPART.every((w, k) => i + k < this.t.count && this.t.word[i + k] === w && !this.breakBefore(i + k));
  }

  /**
   * Position phrases before a name, read forwards from a capitalised title: "Phó Bí thư Thành ủy, Chủ tịch UBND TP
   * Hà Nội Nguyễn Đức Chung". Returns the items and the name, or null when no name ends the chain.
   */
  positionsThenName(i: number): { positions: PositionSpan[]; name: NameSpan } | null {
    const limit = this.sentenceEnd(i);
    const items: PositionSpan[] = [];
    let j = i;
    // the chain starts again at a counterpart once: more, and a run of "… và người đồng cấp …" is read to the
    // sentence's end from each of its titles
    let restarted = false;
    for (let posts = 0; posts < MAX_CHAINED_POSTS; posts++) {
      const n = this.titleAt(j, { capitalised: true });
      if (!n) return null;
      // a post in lower case ("người phát ngôn Bộ Ngoại giao …") names a Vietnamese-spelt person only, and not one it
      // speaks for ("người phát ngôn của Chủ tịch …"): Latin names after it glue on the body's last words ("Lầu Năm Góc
      // George Little", "Oklahoma Betsy Randolph")
      const lowerCase = !this.isCapWord(j + this.modifierAt(j));
      if (lowerCase && this.t.word[j + n] === CUA && this.titleAt(j + n + 1)) return null;
      let itemStart = j;
      j += n;
      let chained = false;
      while (j < limit && j - itemStart < MAX_POSITION_TOKENS) {
        if (this.gapHasBreak(j) || this.gluedCut(j) >= 0) return null;
        if (this.isCapWord(j)) {
          // "Thủ tướng Phạm Văn Đồng": a figure of history ends the chain; "Văn Đồng" is no name of its own
          if (this.notOfficialAt(j)) return null;
          // "Biệt phủ của Giám đốc Sở Tài nguyên Yên Bái Về vấn đề này, …": a caption glued on names no one
          if (this.gluedAfterProvince(j)) return null;
          const name = lowerCase ? this.vietnameseNameAt(j) : (this.nameAt(j) ?? this.foreignNameAt(j));
          // "Thủ tướng Anh May, Tổng thống Pháp Macron, Thủ tướng Italy Paolo Gentiloni": a post that ends with a
          // surname alone is that person's; the chain belongs to the next person only from the next title on
          if (!name && this.bareNameAfterCountry(j)) {
            if (!this.isSeparator(j + 1) || !this.titleAt(j + 2, { capitalised: true })) return null;
            items.length = 0;
            j += 2;
            chained = true;
            break;
          }
          if (name) {
            let last = j;
            while (last < this.t.count && this.t.end[last] <= name.start) last++;
            // "Đại sứ Tây Ban Nha tại Việt Nam, Ngài Alfonso Tena Garcia": the honorific is no part of the post (but
            // "Thủ tướng Anh David Cameron": "Anh" before a Latin name is the country, not "Mr")
            while (last - 1 > itemStart && ((this.units.at('honorific', last - 1)?.end === last && !this.countryBeforeLatinName(last - 1)) || this.t.word[last - 1] === NGAI || this.isSeparator(last - 1))) last--;
            items.push(this.span(itemStart, last - 1));
            return { positions: items, name };
          }
          j++;
          continue;
        }
        if ((this.isSeparator(j) || this.t.word[j] === KIEM) && this.titleAt(j + 1, { capitalised: true })) {
          items.push(this.span(itemStart, j - 1));
          j++;
          chained = true;
          break;
        }
        const inName = this.orgNameContinues(j);
        if (inName) {
          j = inName;
          continue;
        }
        const c = this.char(j);
        // "Sở VH-TT-DL Đà Nẵng": a dash inside an abbreviation
        if (c === '-' && this.t.flags[j] & Flag.Glued && j + 1 < this.t.count && this.t.flags[j + 1] & Flag.Glued) {
          j++;
          continue;
        }
        // "Bí thư Huyện đoàn Đồng Văn - Hoàng Minh Đức": the name after a dash
        if ((c === '-' || c === '–') && this.isCapWord(j + 1)) {
          const name = this.nameAt(j + 1);
          if (name) {
            items.push(this.span(itemStart, j - 1));
            return { positions: items, name };
          }
        }
        // "Giám đốc Sở GTVT TP. Hồ Chí Minh Trần Quang Lâm", "Chủ tịch UBND TP. Lê Hoàng Quân": the dot of a unit word's
        // abbreviation, glued to it, is no stop
        if (c === '.' && this.unitAbbreviationDot(j)) {
          j++;
          continue;
        }
        if (this.isHardStop(j) || c === ',' || c === '(' || c === ')' || c === '-') return null;
        // "Bằng khen của Thủ tướng Chính phủ cho bà X", "… giải quyết đơn của ông X": the name after "cho" or "của
        // ông" is someone the post's holder acts for, not the holder
        if (this.t.word[j] === CHO || (this.t.word[j] === CUA && this.honorificAt(j + 1))) return null;
        // "Ngoại trưởng Mỹ dưới thời Tổng thống Bill Clinton", "trợ lý Bộ trưởng Tư pháp … của cựu Tổng thống George
        // W. Bush": the name is the holder of the title after "của" or "dưới thời"; the post before is another's
        // (not "Người phát ngôn của Tổng thống Philippines Ernesto Abella": a title with its country closes the post, whose
        // holder is named after it)
        const relation = this.t.word[j] === CUA ? 1 : this.t.word[j] === DUOI && this.t.word[j + 1] === THOI ? 2 : 0;
        const inner = relation ? this.titleAt(j + relation, { capitalised: true }) : 0;
        if (inner && !this.isLowerWord(j + relation + this.modifierAt(j + relation)) && !this.countryAt(j + relation + inner)) {
          items.length = 0;
          itemStart = j + relation;
          j += relation;
          continue;
        }
        // "Thủ tướng Singh và người đồng cấp nước chủ nhà Yingluck Shinawatra": the post before "và" is the other
        // person's (named by surname alone); the named person's post is the counterpart's phrase
        if ((this.t.word[j] === VA || this.t.word[j] === CUNG) && this.counterpartAt(j + 1)) {
          if (restarted) return null;
          restarted = true;
          items.length = 0;
          itemStart = j + 1;
          j += 1 + COUNTERPART.length;
          continue;
        }
        // "Bộ Văn hóa, Thể thao và Du lịch": "và" inside a body's name, unless a new person follows
        if (this.t.word[j] === VA ? this.personStartsAt(j + 1) : this.verbAt(j)) return null;
        j++;
      }
      if (!chained) return null;
    }
    return null;
  }
}
