// The words of award statements: award nouns ("Giấy khen", "Huân chương Lao động hạng Ba", "danh hiệu Chiến sĩ thi
// đua"), commendation verbs ("khen thưởng", "tuyên dương"), giving verbs ("tặng", "trao"), and recipients counted
// ("05 tập thể", "hơn 150 hội viên", "Lê Văn Tùng và 8 người", "85 tập thể và cá nhân" with no count of either).
import { wordClass } from '../../engine/lexicon.js';
import { alt, anchor, dim, gap, group, opt, token, words, wordsAs } from '../../engine/pattern.js';
import type { Dimension } from '../../engine/dimension.js';
import { lexDimension, type Rule, type RuleContext } from '../../engine/rule.js';
import { Flag, Kind } from '../../engine/tokens.js';
import { closesQuote, opensQuote, tokensValue, type Doc } from '../../engine/document.js';
import type { Units } from '../../engine/units.js';
import {
  EMULATION_RECIPIENT_NOUNS,
  BARE_TITLES,
  NUMBERED_UNITS,
  AWARD_NAME_WORDS,
  AWARD_VERBS,
  AWARD_WORDS_NAMED_BY_GIVER,
  AWARD_WORDS_NEEDING_A_NAME,
  COLLECTIVE_NOUNS,
  CONTEST_AWARD_NAMES,
  GIVE_VERBS,
  INDIVIDUAL_NOUNS,
  NAMED_AWARDS,
  PLAIN_AWARDS,
} from '../../lexicon/awards.js';

export interface AwardValue {
  /** As written, with its name: "Huân chương Lao động hạng Ba". */
  award: string;
  /** Named after the word ("Huân chương …", "danh hiệu …"), not plain ("Giấy khen"). */
  named: boolean;
}

export interface RecipientsValue {
  collectives: number | null;
  individuals: number | null;
  /** "85 tập thể và cá nhân": a count of both kinds together, which gives neither. */
  mixed: boolean;
  /** The count was derived, not stated ("Lê Văn Tùng và 8 người" is 9). */
  derived: boolean;
}

const awardTable: Record<string, boolean> = {};
for (const a of PLAIN_AWARDS) awardTable[a] = false;
for (const a of [...NAMED_AWARDS, ...BARE_TITLES]) awardTable[a] = true;
const bareTitles = new Set(BARE_TITLES.map((t) => t.toLowerCase()));
/** An emulation title named bare ("LĐTT", "tập thể lao động xuất sắc"), not after "danh hiệu". */
export const isBareTitle = (award: string) => bareTitles.has(award.toLowerCase());
export const awardNouns = wordClass('award-noun', awardTable);
export const awardVerbs = wordClass('award-verb', AWARD_VERBS);
export const giveVerbs = wordClass('give-verb', GIVE_VERBS);
export const awardNameWords = wordClass('award-name-word', AWARD_NAME_WORDS);
const recipientTable: Record<string, 'collective' | 'individual'> = {};
for (const n of COLLECTIVE_NOUNS) recipientTable[n] = 'collective';
for (const n of INDIVIDUAL_NOUNS) recipientTable[n] = 'individual';
export const recipientNouns = wordClass('recipient-noun', recipientTable);
export const numberedUnits = wordClass('numbered-unit', NUMBERED_UNITS);
export const contestAwardNames = wordClass('contest-award-name', CONTEST_AWARD_NAMES, 'as-written');
const needsAName = new Set(AWARD_WORDS_NEEDING_A_NAME);
const namedByGiver = new Set(AWARD_WORDS_NAMED_BY_GIVER);
/** An award word that names nothing alone: "Huân chương", "Kỷ niệm chương" (read when a count or its giver names it). */
export const isBareAwardWord = (award: string) => needsAName.has(award.toLowerCase());

const isWord = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Word || doc.tokens.kind[i] === Kind.Number;
const isCap = (doc: Doc, i: number) => (doc.tokens.flags[i] & Flag.Cap) !== 0;
const charAt = (doc: Doc, i: number) => doc.text.charCodeAt(doc.tokens.start[i]);

/** Where an award's name after its word ends: a quoted name, capitalised words, or known lower-case title words. */
function awardNameEnd(doc: Doc, units: RuleContext['units'], from: number, limit: number): number {
  const t = doc.tokens;
  if (from >= limit) return from;
  const open = charAt(doc, from);
  if (open === 0x201c || open === 0x22) {
    for (let k = from + 1; k < Math.min(limit, from + 30); k++) {
      const c = charAt(doc, k);
      if (c === 0x201d || c === 0x22) return k + 1;
      if (t.flags[k] & Flag.LineBefore) break;
    }
    return from;
  }
  let j = from;
  let words = 0;
  while (j < limit && words < 8 && isWord(doc, j) && !(t.flags[j] & Flag.LineBefore)) {
    // "Huy hiệu 30, 40, 50 năm tuổi Đảng", "Huy hiệu 45 năm và 50 năm tuổi Đảng", "Huy hiệu từ 30 đến 75 năm tuổi Đảng"
    const listed = listedNameEnd(doc, units, j, limit);
    if (listed > j) {
      words += listed - j;
      j = listed;
      continue;
    }
    // "danh hiệu Sinh viên 5 tốt", "… Sinh viên tiên tiến": a name in sentence case goes on over the second syllable
    // of its first word when a known title word follows it
    if (!isCap(doc, j) && !units.at('award-name-word', j)) {
      if (j - 1 !== from || !isCap(doc, from) || j + 1 >= limit || !units.at('award-name-word', j + 1) || doc.tokens.kind[j] !== Kind.Word) break;
      if (/^(?:cho|của|và|tặng|trao|được|với|tại|vì)$/iu.test(tokensValue(doc, j, j + 1))) break;
      words++;
      j++;
      continue;
    }
    const known = units.at('award-name-word', j);
    const next = known ? known.end : j + 1;
    words += next - j;
    j = next;
  }
  // "Huân chương Lao động hạng Ba" stops before a following name or body only by capitals; a dash joins
  return j;
}

/**
 * A list of years before a name that opens with a number: "30, 40, 50 năm tuổi Đảng" ends where the known name
 * "50 năm tuổi Đảng" does; `from` when no such list stands there.
 */
function listedNameEnd(doc: Doc, units: RuleContext['units'], from: number, limit: number): number {
  const listWord = /^(?:năm|,|và|-|–|đến|từ)$/iu;
  if (doc.tokens.kind[from] !== Kind.Number && !/^từ$/iu.test(tokensValue(doc, from, from + 1))) return from;
  for (let k = from; k < Math.min(limit, from + 24); k++) {
    if (doc.tokens.kind[k] === Kind.Number) {
      const name = units.at('award-name-word', k);
      if (name && k > from) return name.end;
      continue;
    }
    if (!listWord.test(tokensValue(doc, k, k + 1))) return from;
  }
  return from;
}

/**
 * The quoted name of an award written after its giver: "của Bộ Tư lệnh BĐBP “Vì chủ quyền …”" (or in straight quotes), the giver a capitalised
 * run of words with no punctuation up to the opening quote; null when none stands there.
 */
function quotedNameAfterGiver(doc: Doc, from: number, limit: number): string | null {
  if (from >= limit || !/^của$/iu.test(tokensValue(doc, from, from + 1))) return null;
  let k = from + 1;
  if (k >= limit || !isCap(doc, k)) return null;
  while (k < Math.min(limit, from + 12) && isWord(doc, k) && !(doc.tokens.flags[k] & Flag.LineBefore)) k++;
  if (k === from + 1 || k >= limit || !opensQuote(doc, k)) return null;
  for (let q = k + 1; q < Math.min(limit, k + 30); q++) if (closesQuote(doc, q)) return tokensValue(doc, k, q + 1);
  return null;
}

/** How many words an honour's name written in lower case may take before "cho N". */
const LOWER_NAME_WORDS = 8;
/** Words that end a name before its "cho": another part of the clause opens. */
const NAME_BREAKS = /^(?:của|và|tặng|trao|được|với|tại|vì|đã|cho|nhân|năm|dịp)$/iu;

/** Where a name of words only, right after an award word, ends before "cho" and a count; `from` when none does. */
function nameBeforeCounted(doc: Doc, from: number, limit: number): number {
  for (let k = from; k < Math.min(limit, from + LOWER_NAME_WORDS + 1); k++) {
    const w = tokensValue(doc, k, k + 1);
    if (/^cho$/iu.test(w)) return k > from && k + 1 < limit && doc.tokens.kind[k + 1] === Kind.Number ? k : from;
    if (doc.tokens.kind[k] !== Kind.Word || (doc.tokens.flags[k] & Flag.LineBefore) || NAME_BREAKS.test(w)) return from;
  }
  return from;
}

/** "182 kỷ niệm chương cho …": a count right before the award word and "cho" right after it. */
const countedGiven = (doc: Doc, first: number, end: number) =>
  first > 0 && doc.tokens.kind[first - 1] === Kind.Number && end < doc.tokens.count && /^cho$/iu.test(tokensValue(doc, end, end + 1));

function hasAwardWord(units: Units, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (units.at('award-name-word', k)) return true;
  return false;
}

const AWARD_RULES: readonly Rule<AwardValue>[] = [
  {
    // "Giấy khen", "Bằng khen", "Huân chương Lao động hạng Ba", "danh hiệu “Đơn vị quyết thắng”", "danh hiệu thi đua"
    name: 'award',
    pattern: [anchor(dim('award-noun', 'a'))],
    build(m, { doc, units }) {
      const named = m.caps.a.unit!.value as boolean;
      if (!named) return { value: { award: tokensValue(doc, m.first, m.end), named } };
      // "người lao động tiên tiến": a worker, no title; "công nhận … cho 04 Tập thể lao động tiên tiến": counted
      // recipients named by the title they hold
      if (m.first > 0 && isBareTitle(tokensValue(doc, m.first, m.end)) && (/^người$/iu.test(tokensValue(doc, m.first - 1, m.first)) || doc.tokens.kind[m.first - 1] === Kind.Number)) return null;
      const sentence = doc.sentences[doc.sentenceOf[m.first]];
      const end = awardNameEnd(doc, units, m.end, sentence ? sentence.endToken : doc.tokens.count);
      // "danh hiệu", "huy chương" alone name nothing; "huy chương vàng", "danh hiệu Hoa hậu" are a contest's
      // (but counted before "cho" it is the award as a thing given: "trao 182 kỷ niệm chương cho các cán bộ, chiến sĩ";
      // bench/studies/round14-awards.mjs, counted-word)
      if (end === m.end && needsAName.has(tokensValue(doc, m.first, m.end).toLowerCase()) && !countedGiven(doc, m.first, m.end)) {
        // "Kỷ niệm chương của Bộ Tư lệnh BĐBP “Vì chủ quyền an ninh biên giới Tổ quốc” cho 4 cá nhân": the name after its giver
        const quoted = quotedNameAfterGiver(doc, m.end, sentence ? sentence.endToken : doc.tokens.count);
        if (quoted) return { value: { award: `${tokensValue(doc, m.first, m.end)} ${quoted}`, named } };
        // "Kỷ niệm chương của Bộ Tư lệnh BĐBP", "trao Kỷ niệm chương cho 15 cá nhân": an honour named by its giver, or
        // given to counted recipients
        const next = tokensValue(doc, m.end, m.end + 1);
        const honour = namedByGiver.has(tokensValue(doc, m.first, m.end).toLowerCase()) && m.end + 1 < doc.tokens.count;
        const givenHonour = honour && ((/^của$/iu.test(next) && isCap(doc, m.end + 1)) || (/^cho$/iu.test(next) && doc.tokens.kind[m.end + 1] === Kind.Number));
        if (givenHonour) return { value: { award: tokensValue(doc, m.first, m.end), named } };
        // "trao kỷ niệm chương các ngành xây dựng Đảng cho 11 cá nhân": an honour named in lower case, up to its counted
        // recipients (bench/studies/round15-awards.mjs, lower-name)
        const nameEnd = honour ? nameBeforeCounted(doc, m.end, sentence ? sentence.endToken : doc.tokens.count) : -1;
        return nameEnd > m.end ? { value: { award: tokensValue(doc, m.first, nameEnd), named }, end: nameEnd } : null;
      }
      // also inside quotes: "danh hiệu “Cầu thủ xuất sắc nhất năm”", "danh hiệu "Vua phá lưới""
      const quoted = m.end < end && (charAt(doc, m.end) === 0x201c || charAt(doc, m.end) === 0x22);
      if (units.at('contest-award-name', m.end) || (quoted && units.at('contest-award-name', m.end + 1))) return null;
      // a title is an award when it is an emulation or state title ("danh hiệu Chiến sĩ thi đua", "… “Gia đình văn
      // hóa”"), not a car's, a league's or a record's
      if (/^danh\s+hiệu$/iu.test(tokensValue(doc, m.first, m.end)) && !hasAwardWord(units, m.end, end)) return null;
      return { value: { award: tokensValue(doc, m.first, end), named }, end };
    },
  },
  {
    // "… cụ thể: "Tập thể sinh viên 5 tốt" cho 2 tập thể; “Sinh viên 5 tốt” cho 19 sinh viên; …": a quoted emulation title
    // (a known title word that opens with its number in it) listed bare, each with its recipients after "cho"
    // (bench/studies/round14-awards.mjs, quoted-list). Anchored on the number: a pattern that named the title words
    // would have them matched in the one pass, which reads "Chiến sĩ thi đua cơ sở" shorter than asking does.
    name: 'award-quoted-item',
    pattern: [anchor(dim('count', 'n'))],
    build(m, { doc, units }) {
      const title = units.at('award-name-word', m.first);
      if (!title) return null;
      const open = quoteAround(doc, m.first, -1);
      const close = quoteAround(doc, title.end - 1, 1);
      if (open < 1 || close < 0 || close + 1 >= doc.tokens.count || !/^cho$/iu.test(tokensValue(doc, close + 1, close + 2))) return null;
      if (!/^(?:[:;,]|và)$/iu.test(tokensValue(doc, open - 1, open))) return null;
      return { value: { award: tokensValue(doc, open, close + 1), named: true }, first: open, end: close + 1 };
    },
  },
];

/** The quote that opens (step -1) or closes (step 1) a short name around token `at`, with only words between; -1 if none. */
function quoteAround(doc: Doc, at: number, step: -1 | 1): number {
  for (let k = at + step, n = 0; k >= 0 && k < doc.tokens.count && n < QUOTED_TITLE_WORDS; k += step, n++) {
    const c = charAt(doc, k);
    if (doc.tokens.kind[k] === Kind.Punct) return (step < 0 ? c === 0x201c : c === 0x201d) || c === 0x22 ? k : -1;
    if (doc.tokens.flags[k] & Flag.LineBefore && step > 0) return -1;
  }
  return -1;
}

/** How many words a bare quoted title holds on either side of its known title word, at most. */
const QUOTED_TITLE_WORDS = 8;

const count = (u: { value: unknown }) => u.value as number;

/** A capitalised word that only opens its sentence ("Có 27 tập thể …") names nothing. */
const capitalisedName = (doc: Doc, i: number) =>
  isCap(doc, i) && doc.tokens.kind[i] === Kind.Word && !(doc.tokens.flags[i] & Flag.LineBefore) && doc.sentences[doc.sentenceOf[i]]?.firstToken !== i;

/**
 * A count must not be part of a name before it: "Sư đoàn 312", "Tổng công ty 319 cán bộ", "Đội K90"; an award's name
 * takes no number after it ("danh hiệu Tập thể LĐXS 11 đơn vị").
 */
const notInName = (u: { first: number; end: number }, doc: Doc, units: Units) =>
  u.first === 0 ||
  units.endingAt('award', u.first).length > 0 ||
  !((doc.tokens.flags[u.first] & Flag.Tight) && ((capitalisedName(doc, u.first - 1) && !capitalsAround(doc, u.first - 1, u.end)) || units.endingAt('numbered-unit', u.first).length > 0));

/**
 * In a run of capitals ("UBND HUYỆN TẶNG GIẤY KHEN CHO 10 TẬP THỂ", a portal's headline) every word is capitalised, so
 * the word before a count names nothing when the word after it is in capitals too: a name's count is followed by its
 * own words in their case ("Sư đoàn 312 cán bộ"). Round 19: the audits' headlines printed in capitals gave their award
 * statements without counts.
 */
const capitalsAround = (doc: Doc, before: number, after: number) =>
  after < doc.tokens.count && (doc.tokens.flags[before] & Flag.Upper) !== 0 && (doc.tokens.flags[after] & Flag.Upper) !== 0;

/** How many words a collective's name after "cho tập thể" takes: "Bộ Chỉ huy BĐBP tỉnh Quảng Trị" is 7. */
const NAMED_COLLECTIVE_WORDS = 12;
/** What a collective's name does not run over: punctuation, a number, a new line. */
const outsideCollectiveName = (doc: Doc, i: number) => doc.tokens.kind[i] !== Kind.Word || (doc.tokens.flags[i] & Flag.LineBefore) !== 0;

const kindOf = (m: { caps: Record<string, { unit?: { value: unknown } }> }, k: string) => m.caps[k].unit!.value as 'collective' | 'individual';

/** A four-digit number written without a thousands dot, 1900-2100: a year. */
const yearLike = (doc: Doc, first: number, end: number) => end - first === 1 && /^(?:19|20)\d\d$/u.test(tokensValue(doc, first, end));
/** "Nhân dịp 8/3 chị em …", "Dịp 20/10 chị em phụ nữ …": a day and month the dates dimension read is no count. */
const dated = (units: Units, first: number, end: number) => !!units.at('date', first) || units.endingAt('date', end).length > 0;
/** A capitalised word right after: a name ("chị Oanh"). */
const nameAfter = (doc: Doc, i: number) => i < doc.tokens.count && doc.tokens.kind[i] === Kind.Word && isCap(doc, i);

/** The recipients an emulation movement counts in times recognised: "369 lượt tập thể", "1.673 lượt cá nhân". */
const TIMES_RECOGNISED = new Set(EMULATION_RECIPIENT_NOUNS);

const RECIPIENT_RULES: readonly Rule<RecipientsValue>[] = [
  {
    // "85 tập thể và cá nhân": one count of both kinds, which gives neither
    name: 'recipients-mixed',
    pattern: [anchor(dim('count', 'n', notInName)), opt(words('lượt')), opt(words('các')), dim('recipient-noun', 'a'), words('và', ',', 'cùng'), dim('recipient-noun', 'b')],
    build(m, { doc, units }) {
      if (kindOf(m, 'a') === kindOf(m, 'b')) return null;
      // "cho 1.780 cá nhân và tập thể lao động tiên tiến cho 88 tập thể": the second noun opens the next award's title
      if (units.at('award', m.caps.b.first)) return null;
      // "cho 05 tập thể, 07 cá nhân và Huyện đoàn tặng …", "… và Xã đoàn …": a capital names the next giver, a body
      if (isCap(doc, m.caps.b.first) && !isCap(doc, m.caps.a.first)) return null;
      return { value: { collectives: null, individuals: null, mixed: true, derived: false } };
    },
  },
  {
    // "Lê Văn Tùng và 8 người", "anh và 8 người khác", "anh Lê Văn Tùng cùng 8 người khác": the one named first counts too
    name: 'recipients-named-and-others',
    pattern: [token((doc, i) => doc.tokens.kind[i] === Kind.Word, 'who'), words('và', 'cùng', 'cùng với'), anchor(dim('count', 'n', notInName)), dim('recipient-noun', 'a'), opt(wordsAs('others', 'khác'))],
    build(m, { units }) {
      if (kindOf(m, 'a') !== 'individual') return null;
      // a person named first ("Lê Văn Tùng và 8 người"), or anyone and "… người khác"; not a body ("Đội K90 và 5 cá nhân")
      if (!m.caps.others && !units.endingAt('person', m.caps.who.end).length) return null;
      return { value: { collectives: null, individuals: count(m.caps.n.unit!) + 1, mixed: false, derived: true }, first: m.caps.n.first };
    },
  },
  {
    // "tặng Bằng khen cho tập thể Đoàn trường và 4 cá nhân", "… cho tập thể Bộ Chỉ huy BĐBP tỉnh Quảng Trị và 02 cá nhân",
    // "trao … cho tập thể và 3 cán bộ, chiến sỹ Đồn Biên phòng …": the one collective after "cho", named or by its word
    // alone, is a group counted beside the persons, as the person named first is in "Lê Văn Tùng và 8 người" (audits 7,
    // 18 and 19 annotate each 1 collective; bench/studies/round23-awards.mjs, cho tập thể X và N: corpus/real 1, dev 0,
    // audits 3). A body named without "tập thể" ("cho Đội K90 và 5 cá nhân", "cho Công ty …") is annotated either way:
    // not counted.
    name: 'recipients-collective-and-counted',
    pattern: [
      words('cho'),
      wordsAs('one', 'tập thể'),
      opt(group('name', gap(NAMED_COLLECTIVE_WORDS, { min: 1, stop: outsideCollectiveName }))),
      words('và'),
      anchor(dim('count', 'n', notInName)),
      dim('recipient-noun', 'a'),
    ],
    build(m, { doc }) {
      if (kindOf(m, 'a') !== 'individual' || (m.caps.name && !isCap(doc, m.caps.name.first))) return null;
      return { value: { collectives: 1, individuals: count(m.caps.n.unit!), mixed: false, derived: true }, first: m.caps.one.first };
    },
  },
  {
    // "Sư đoàn, 04 Trung đoàn, 05 Tiểu đoàn …": a unit named bare at the head of a list of its counted subunits is one
    // group more, as the person named first is in "Lê Văn Tùng và 8 người" (bench/studies/awards-round6.mjs, units-by-kind)
    name: 'recipients-unit-and-counted',
    pattern: [dim('recipient-noun', 'a'), words(','), anchor(dim('count', 'n', notInName)), dim('recipient-noun', 'b')],
    build(m, { doc }) {
      if (kindOf(m, 'a') !== 'collective' || kindOf(m, 'b') !== 'collective') return null;
      // the bare unit is a whole noun phrase: it opens its clause ("…, Sư đoàn, 04 Trung đoàn")
      const before = m.caps.a.first - 1;
      const opensClause = before < 0 || (doc.tokens.flags[m.caps.a.first] & Flag.LineBefore) !== 0 || doc.sentences[doc.sentenceOf[m.caps.a.first]]?.firstToken === m.caps.a.first || tokensValue(doc, before, before + 1) === ',';
      // and names one unit, capitalised as a unit names itself ("Sư đoàn"); a word in lower case is a kind in a list
      // ("các sở, ban, ngành, 20 đơn vị": not one group more; bench/studies/awards-round7.mjs, unit-head-*)
      if (!opensClause || !isCap(doc, m.caps.a.first)) return null;
      return { value: { collectives: count(m.caps.n.unit!) + 1, individuals: null, mixed: false, derived: true }, first: m.caps.n.first };
    },
  },
  {
    // "8/9 khu dân cư": eight of nine
    name: 'recipients-share',
    pattern: [anchor(dim('count', 'n', notInName)), words('/'), dim('count', 'of'), opt(words('các')), dim('recipient-noun', 'a')],
    // (a share is of no more than the whole: "8/3 chị em", "20/10 chị em" are Women's Days)
    build: (m) =>
      count(m.caps.n.unit!) > count(m.caps.of.unit!)
        ? null
        : kindOf(m, 'a') === 'individual'
        ? { value: { collectives: null, individuals: count(m.caps.n.unit!), mixed: false, derived: false } }
        : { value: { collectives: count(m.caps.n.unit!), individuals: null, mixed: false, derived: false } },
  },
  {
    // "05 tập thể", "07 cá nhân", "hơn 150 hội viên", "12 đồng chí"; a tally of times recognised, "369 lượt tập thể,
    // 1.673 lượt cá nhân được các cấp khen thưởng" (results reports: audits 23 and 26, 4 articles; corpus/real and dev none)
    name: 'recipients-count',
    pattern: [anchor(dim('count', 'n', notInName)), opt(wordsAs('times', 'lượt')), opt(words('các')), dim('recipient-noun', 'a')],
    build(m, { doc, units }) {
      const n = count(m.caps.n.unit!);
      if (n <= 0 || n > 100000 || dated(units, m.caps.n.first, m.caps.n.end)) return null;
      // (times only of the movement's own recipients: "3.000 lượt hội viên", "2.500 lượt đoàn viên tham gia" count
      // attendance; round 25 review)
      if (m.caps.times && !TIMES_RECOGNISED.has(tokensValue(doc, m.caps.a.first, m.caps.a.end).toLowerCase())) return null;
      // "2012 chị Đào Thị Thiện …", "5 chị Oanh …": a year or a number before a woman named is no count of women
      if (/^chị$/iu.test(tokensValue(doc, m.caps.a.first, m.caps.a.end)) && (yearLike(doc, m.caps.n.first, m.caps.n.end) || nameAfter(doc, m.caps.a.end))) return null;
      return kindOf(m, 'a') === 'individual'
        ? { value: { collectives: null, individuals: n, mixed: false, derived: false } }
        : { value: { collectives: n, individuals: null, mixed: false, derived: false } };
    },
  },
];

export function lexAwards(ctx: RuleContext): void {
  lexDimension('award', AWARD_RULES, ctx, true);
}

/** Recipients are read next to an award statement only; their rules try every count, so they wait to be asked. */
function lexRecipients(ctx: RuleContext): void {
  lexDimension('recipients', RECIPIENT_RULES, ctx, true);
}

export { alt };

export const awards: Dimension = {
  name: 'awards',
  produces: ['award', 'recipients'],
  needs: ['award-noun', 'award-name-word', 'contest-award-name', 'count', 'recipient-noun', 'person'],
  lex: lexAwards,
  onDemand: [{ kind: 'recipients', lex: lexRecipients }],
};
