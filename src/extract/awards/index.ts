// awards: each award statement, one per (awarding body, award, recipient group). Each rule is one way articles state
// one: a giver gives an award to counted recipients ("UBND huyện tặng Giấy khen cho 05 tập thể", "UBND huyện trao 12
// Bằng khen cho tập thể"), recipients receive one ("5 cá nhân được nhận Bằng khen của Thủ tướng"), a commendation
// verb with its counts ("Chủ tịch UBND tỉnh đã khen thưởng 7 tập thể, 8 cá nhân"), or an award named alone.
import { awardsContract } from './contract.js';
import { defineField } from '../../engine/field.js';
import { wordClass } from '../../engine/lexicon.js';
import { AWARD_TAKING_WORDS, BROAD_AWARD_VERBS, EMULATION_RECIPIENT_NOUNS, CAPTION_POSITION_AT_END as captionPositionAtEnd, CONNECTIVES, COUNCIL_NAMES, GIVER_NAME_ENDERS, GIVER_TRAILING_ADVERBS, GROUP_TITLE_OPENERS, HONOUR_CEREMONIES, HOUSEHOLD_TALLY_TITLES, HONOUR_PRIZES, PERSONAL_TITLES, HOUSEHOLD_NOUNS, LOWER_CASE_GIVERS, NAMED_RECIPIENT_TITLES, PRIZE_GIVINGS, PRIZE_HONOUR_VERBS, RECOGNISING_LEVELS, REPORTING_VERBS, SOURCE_OPENERS, WISH_WORDS } from '../../lexicon/awards.js';
import { alt, anchor, dim, gap, group, isNumber, opt, token, words, wordsAs } from '../../engine/pattern.js';
import type { Match } from '../../engine/pattern.js';
import type { Reading, Rule, RuleContext } from '../../engine/rule.js';
import type { Units } from '../../engine/units.js';
import { Flag, Kind } from '../../engine/tokens.js';
import { closesQuote, opensQuote, tokensValue, type Doc } from '../../engine/document.js';
import { isMarkAmong, lowerBound, TokenIndex } from '../../engine/search.js';
import { isBareAwardWord, isBareTitle, type AwardValue, type RecipientsValue } from '../../dimensions/awards/index.js';
import type { Award } from '../../record.js';

export interface AwardStatement {
  award: string;
  by: string | null;
  collectives: number | null;
  individuals: number | null;
  /** First token of the award's unit: statements of one award are one statement. */
  awardAt: number;
}

const clauseChars = new Set([',', ';', ':', '.', '!', '?', '(', ')', '“', '”', '"']);
const isClauseBreak = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Punct && clauseChars.has(doc.text[doc.tokens.start[i]]);
/**
 * What ends the part of a sentence that recipients and their award share: a semicolon, a colon, a new line, and a
 * letter that ends a sentence the splitter kept whole ("5 cháu đạt giải C. Hội thi …", "35 độ C. Đà Nẵng …": a
 * single capital after a lower-case word is a grade, a unit or a letter, seldom an initial; bench/studies/awards-recall.mjs).
 */
const isSentencePart = (doc: Doc, i: number) =>
  (doc.tokens.kind[i] === Kind.Punct && (doc.text[doc.tokens.start[i]] === ';' || doc.text[doc.tokens.start[i]] === ':')) ||
  (doc.tokens.flags[i] & Flag.LineBefore) !== 0 ||
  gradeLetterEnd(doc, i);

function gradeLetterEnd(doc: Doc, i: number): boolean {
  if (i < 2 || doc.tokens.kind[i] !== Kind.Punct || doc.text[doc.tokens.start[i]] !== '.') return false;
  const letter = tokensValue(doc, i - 1, i);
  // "P. Tân Biên", "Q. 1", "X. Đông Hòa": a ward's, a district's, a commune's abbreviation goes on
  return /^\p{Lu}$/u.test(letter) && !/^[PQX]$/u.test(letter) && /^\p{Ll}/u.test(tokensValue(doc, i - 2, i - 1));
}
/**
 * The giver between "được" and the give-verb ("6 tập thể được UBND tỉnh tặng …") is a name: it holds no award and no
 * "được" of its own. Else "4 tập thể được tặng Giấy khen và 7 cá nhân được tặng Bằng khen" reads the second award
 * as given to the first four, "Giấy khen và 7 cá nhân được" taken for the giver of the first "tặng".
 */
const passiveGiverStop = (doc: Doc, i: number, units: Units) =>
  commendedGiverStop(doc, i) || !!units.at('award', i) || /^được$/iu.test(doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]));
/**
 * A comma between capitalised words inside a giver's name or a list of givers: "được Bộ trưởng Bộ Văn hóa, Thể thao
 * và Du lịch tặng …", "được UBND tỉnh, Bộ CHQS tỉnh tặng …".
 */
const commaInName = (doc: Doc, i: number) =>
  i > 0 && i + 1 < doc.tokens.count && doc.text[doc.tokens.start[i]] === ',' && doc.tokens.kind[i + 1] === Kind.Word && (doc.tokens.flags[i + 1] & Flag.Cap) !== 0 && doc.tokens.kind[i - 1] === Kind.Word;
/**
 * What ends the giver between "được" and the verb: a clause break, but not a comma inside a name, nor the quotes or
 * brackets of one ("được Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh tặng …", "được
 * Bộ Tư lệnh Quân khu 4 (nay là …) tặng …"): the span must still reach the verb.
 */
const commendedGiverStop = (doc: Doc, i: number) => isClauseBreak(doc, i) && !commaInName(doc, i) && !/^[“”()]$/u.test(punctAt(doc, i)) && !unitAbbreviationDot(doc, i);
/** How far a giver's name reaches, in tokens: "Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh" is 12. */
const GIVER_REACH = 20;
/** The most tokens a bracket breaking a count of awards down by class holds ("3 hạng nhất, 1 hạng nhì, 9 hạng ba"). */
const BREAKDOWN_BRACKET_TOKENS = 20;
const bracketOrRecipients = (doc: Doc, i: number, units: Units) =>
  (doc.tokens.kind[i] === Kind.Punct && /^[().;:!?]$/u.test(doc.text[doc.tokens.start[i]])) || !!(doc.tokens.flags[i] & Flag.LineBefore) || !!units.at('recipient-noun', i);
/** A giver's name stops at punctuation and before the words that open the next part ("cho", "vì", a number). */
const ofStop = (doc: Doc, i: number, units: Units) => {
  // "Bằng khen của Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” cho …": a quoted name goes on
  if (quoteInName(doc, i) || unitAbbreviationDot(doc, i) || insideQuotedName(doc, i)) return false;
  // "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch cho …": a comma inside a name goes on, not before an award
  if (commaInName(doc, i) && !units.at('award', i + 1) && !units.at('award-verb', i + 1) && bodyToClauseEnd(doc, i + 1, units, true)) return false;
  // "Bằng khen của Bộ Công an, Tổng cục Cảnh sát QLHC về TTATXH.": a second body after the comma gives too
  if (tokensValue(doc, i, i + 1) === ',' && i + 1 < doc.tokens.count && units.at('org-head', i + 1) && bodyToClauseEnd(doc, i + 1, units)) return false;
  // "Bằng khen của Bộ Tư lệnh Quân khu 4 cho …", "… của Sư đoàn 312", "… của Bộ Tư lệnh Vùng 2 Hải quân": a unit's number
  if (doc.tokens.kind[i] === Kind.Number && numberInName(doc, i, units)) return false;
  if (isClauseBreak(doc, i) || doc.tokens.kind[i] === Kind.Number) return true;
  // "bằng khen của Bộ GD&ĐT và bằng khen của Thủ tướng": a second award is its own
  if (i + 1 < doc.tokens.count && units.at('award', i + 1) && /^và$/iu.test(tokensValue(doc, i, i + 1))) return true;
  const w = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]).toLowerCase();
  // "… của UBND và Ban CHQS thành phố" goes on; "… của Thủ tướng và 11 cá nhân" does not
  if (w === 'và') return i + 1 < doc.tokens.count && doc.tokens.kind[i + 1] === Kind.Number;
  // "… của Đại học Harvard năm 2013": the year is no part of the giver
  if (w === 'năm' || w === 'dịp') return i + 1 < doc.tokens.count && (doc.tokens.kind[i + 1] === Kind.Number || w === 'dịp');
  // "Huy chương PATE của Viện Vật lý Mỹ dành cho …": who the award is meant for follows
  // "Tổng cục Cảnh sát QLHC về TTATXH": "về" before a capitalised name goes on
  if (w === 'về' && i + 1 < doc.tokens.count && (doc.tokens.flags[i + 1] & Flag.Cap)) return false;
  return endsGiverName(doc, i, w);
};

/** A word (`w`, token `i`) that ends a giver's name: "nhân dịp …" ends it, "Ủy ban nhân dân tỉnh" and "Công an nhân dân" go on. */
function endsGiverName(doc: Doc, i: number, w: string): boolean {
  if (w === 'nhân') return !(i + 1 < doc.tokens.count && /^dân$/iu.test(tokensValue(doc, i + 1, i + 2)));
  return GIVER_NAME_ENDERS.has(w);
}

/**
 * A number that names the unit before it rather than counting: right after a capitalised word or a unit word that takes
 * a number ("Quân khu 4", "Sư đoàn 312", "Quận 1"), and followed by no lower-case word but one that ends the giver
 * ("Quân khu 4 cho …", "Quân khu 7 năm 2024"): not "… 5 tập thể", "Bộ Quốc phòng 3 năm liền", "Sư đoàn 2 lần".
 */
const numberInName = (doc: Doc, i: number, units: Units) =>
  i > 0 &&
  (doc.tokens.flags[i] & Flag.Tight) !== 0 &&
  doc.tokens.kind[i - 1] === Kind.Word &&
  ((doc.tokens.flags[i - 1] & Flag.Cap) !== 0 || units.endingAt('numbered-unit', i).length > 0) &&
  !units.at('recipients', i) &&
  nameGoesOnAfter(doc, i + 1);

/** After a unit's number: the end, punctuation, a capitalised word, or a word that ends a giver's name. */
function nameGoesOnAfter(doc: Doc, k: number): boolean {
  if (k >= doc.tokens.count || doc.tokens.kind[k] !== Kind.Word || (doc.tokens.flags[k] & Flag.Cap) !== 0) return true;
  const w = tokensValue(doc, k, k + 1).toLowerCase();
  if (w === 'năm') return k + 1 < doc.tokens.count && doc.tokens.kind[k + 1] === Kind.Number;
  return GIVER_NAME_ENDERS.has(w) || w === 'và' || w === 'dịp';
}

/**
 * A short run from `from` to the end of its sentence or clause with no verb of giving in it: a body's name. With
 * `toRecipients`, a run that ends before "cho", "tặng" or "trao" (its recipients or its giving) is one too.
 */
function bodyToClauseEnd(doc: Doc, from: number, units: Units, toRecipients = false): boolean {
  for (let k = from; k < Math.min(doc.tokens.count, from + 12); k++) {
    if (isClauseBreak(doc, k) || (doc.tokens.flags[k] & Flag.LineBefore)) return true;
    if (toRecipients && k > from && /^(?:cho|tặng|trao)$/iu.test(tokensValue(doc, k, k + 1))) return true;
    if (units.at('give-verb', k) || units.at('award', k) || /^(?:cho|đã|được)$/iu.test(tokensValue(doc, k, k + 1))) return false;
    if (!toRecipients && /^và$/iu.test(tokensValue(doc, k, k + 1))) return false;
  }
  return false;
}

/** A word inside a quoted name opened after "của": "… BĐBP “Vì chủ quyền …”" ("Vì" ends no giver there). */
function insideQuotedName(doc: Doc, i: number): boolean {
  if (doc.tokens.kind[i] !== Kind.Word) return false;
  return quoteOpenedAfterOf(doc, i);
}

/** A quote that opens a name after a word ("Cuộc vận động “…", curly or straight), or closes one opened after "của". */
function quoteInName(doc: Doc, i: number): boolean {
  if (opensQuote(doc, i)) return i > 0 && doc.tokens.kind[i - 1] === Kind.Word && i + 1 < doc.tokens.count && (doc.tokens.flags[i + 1] & Flag.Cap) !== 0;
  return closesQuote(doc, i) && quoteOpenedAfterOf(doc, i);
}

/** Does a quote open before token i, nearer than any that closes and than "của"? */
function quoteOpenedAfterOf(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - GIVER_REACH); k--) {
    if (opensQuote(doc, k)) return true;
    if (closesQuote(doc, k) || /^của$/iu.test(tokensValue(doc, k, k + 1))) return false;
  }
  return false;
}

/** A giver as written: it opens with a capital or a body's word ("huyện ủy"), and is a name, not a clause. */
function giver(ctx: RuleContext, clauseFirst: number, clauseEnd: number): string | null {
  if (clauseEnd <= clauseFirst || clauseEnd - clauseFirst > 24) return null;
  const { doc, units } = ctx;
  const end = withoutTrailingAdverbs(doc, clauseFirst, decisionStart(doc, clauseFirst, holderEnd(doc, clauseFirst, clauseEnd)));
  const first = afterConnective(doc, clauseFirst, end);
  const opensWithCapital = (doc.tokens.flags[first] & Flag.Cap) !== 0;
  const opensWithBody = !!units.at('unit-organ', first) || !!units.at('org-head', first) || !!units.at('lower-case-giver', first) || typedPlace(ctx, first, end);
  // "huyên ủy đã tặng …": a committee however its first word is spelt
  const committee = end - first <= 3 && /^(?:ủy|uỷ)$/iu.test(tokensValue(doc, end - 1, end));
  if (!opensWithCapital && !opensWithBody && !committee) return null;
  const text = tokensValue(doc, first, end).replace(captionPositionAtEnd, '');
  // ">> Triệt phá băng trộm …": a related-links line, not a giver
  if (/[>|]/u.test(text)) return null;
  // "Lễ tuyên dương 100 thanh niên": the occasion, not who gives ("Hội nghị đã khen thưởng 17 tập thể …": a conference
  // that gives is its subject, as audit 4 annotates it; bench/studies/round15-awards.mjs, occasion-giver)
  if (/^(?:lễ|buổi lễ|chương trình)$/iu.test(text)) return null;
  // "Tại Hội nghị, … đã biểu dương khen thưởng cho 3 tập thể": where it was given, not who gave
  if (/^(?:tại|ở)\s/iu.test(text)) return null;
  // "Chủ tịch nước dự Lễ", "Bộ … phối hợp với Bộ … tổ chức Lễ": a clause, not a giver's name
  for (let k = councilNameEnd(doc, first); k < end; k++) if (units.at('clause-verb', k) && !(doc.tokens.flags[k] & Flag.Cap) && !/^(?:và|với|tại)$/u.test(tokensValue(doc, k, k + 1))) return null;
  return text || null;
}



/**
 * "Tại buổi tổng kết, huyện Hưng Hà đã khen thưởng 17 tập thể …": a unit named with its type in lower case, the whole
 * giver, gives as its government (bench/studies/round14-awards.mjs, lower-body).
 */
function typedPlace(ctx: RuleContext, first: number, end: number): boolean {
  const place = ctx.units.at('place', first);
  return !!place && place.end === end && !(ctx.doc.tokens.flags[first] & Flag.Cap) && place.end - first >= 2;
}

/**
 * Where a giver's span ends once the lower-case adverbs before its verb are cut: "UBND tỉnh lần lượt", "Bộ CHQS tỉnh
 * cũng đã", "được Ban Thường vụ Tỉnh ủy xét tặng …" (the review is the giving's, not the giver's name).
 */
function withoutTrailingAdverbs(doc: Doc, first: number, end: number): number {
  const lower = (k: number) => !(doc.tokens.flags[k] & Flag.Cap);
  let e = end;
  while (e - first > 1) {
    if (e - first > 2 && lower(e - 2) && lower(e - 1) && GIVER_TRAILING_ADVERBS.has(tokensValue(doc, e - 2, e).toLowerCase())) e -= 2;
    else if (lower(e - 1) && GIVER_TRAILING_ADVERBS.has(tokensValue(doc, e - 1, e).toLowerCase())) e--;
    else break;
  }
  return e;
}

/** "…; đồng thời Huyện đoàn tặng …", "Ngoài ra Công an huyện …": a linking word before a capitalised giver is no part of it. */
function afterConnective(doc: Doc, first: number, end: number): number {
  const two = end - first > 2 ? tokensValue(doc, first, first + 2).toLowerCase() : '';
  const skip = CONNECTIVES.has(two) ? 2 : 0;
  return skip && doc.tokens.kind[first + skip] === Kind.Word && (doc.tokens.flags[first + skip] & Flag.Cap) !== 0 ? first + skip : first;
}


/**
 * Where a giver's name ends before the decision it signs: "Chủ tịch UBND tỉnh đã ký Quyết định số 1234/QĐ-UBND tặng …",
 * "UBND tỉnh vừa có Quyết định tặng …", "… ban hành Quyết định số … về việc tặng …".
 */
function decisionStart(doc: Doc, first: number, end: number): number {
  const word = (k: number) => tokensValue(doc, k, k + 1).toLowerCase();
  // the decision may open the verb itself ("vừa có Quyết định tặng": "quyết định tặng" is a verb of giving)
  for (let k = first + 1; k <= end && k + 1 < doc.tokens.count; k++) {
    if (word(k) !== 'quyết' || word(k + 1) !== 'định') continue;
    let v = k - 1;
    if (v > first && word(v) === 'hành' && word(v - 1) === 'ban') v--;
    else if (!/^(?:ký|có|ra)$/u.test(word(v))) continue;
    if (v - 1 > first && /^(?:đã|vừa|mới)$/u.test(word(v - 1))) v--;
    return v > first ? v : end;
  }
  return end;
}

/**
 * Where a giver's name ends before the ceremony it holds: "… đồng tổ chức Lễ vinh danh 30 tập thể", "Đảng ủy xã đã
 * tổ chức trao tặng …", "Đảng bộ phường long trọng tổ chức Lễ trao …": the body that holds it gives ("Ban Tổ chức" is
 * a name).
 */
/**
 * Where a council's name (COUNCIL_NAMES) that opens at `first` ends, as a token; `first` when none opens there. Matched
 * on the text, since a name written with a comma or a dash ("Hội đồng thi đua, khen thưởng") spans punctuation.
 */
function councilNameEnd(doc: Doc, first: number): number {
  if (!/^hội$/iu.test(tokensValue(doc, first, first + 1))) return first;
  for (let n = COUNCIL_TOKENS_MIN; n <= COUNCIL_TOKENS_MAX && first + n <= doc.tokens.count; n++) {
    if (councilNames.has(tokensValue(doc, first, first + n).toLowerCase().replace(/\s+/gu, ' '))) return first + n;
  }
  return first;
}
const councilNames = new Set(COUNCIL_NAMES);
/** How many tokens a council's name takes: "Hội đồng thi đua khen thưởng" 6, "… thi đua - khen thưởng" 7. */
const COUNCIL_TOKENS_MIN = 6;
const COUNCIL_TOKENS_MAX = 7;

/** "Hội đồng thi đua, khen thưởng thị xã …": a comma inside a council's name ends no clause. */
function insideCouncilName(ctx: RuleContext, comma: number): boolean {
  for (let j = comma - 1; j >= Math.max(0, comma - 4); j--) if (councilNameEnd(ctx.doc, j) > comma) return true;
  return false;
}

/** How many words an event held before "và" and a verb of giving may take ("tổ chức buổi tọa đàm và trao …"). */
const HELD_EVENT_WORDS = 10;

function holderEnd(doc: Doc, first: number, end: number): number {
  const word = (k: number) => (k >= first ? tokensValue(doc, k, k + 1).toLowerCase() : '');
  let e = end;
  if (word(e - 1) === 'lễ') e -= word(e - 2) === 'buổi' ? 2 : 1;
  // "BĐBP tỉnh Quảng Bình đã tổ chức buổi tọa đàm và trao …": the event it holds, then "và" and its giving
  else if (word(e - 1) === 'và') {
    let k = e - 2;
    while (k > first + 1 && e - k <= HELD_EVENT_WORDS && !(word(k - 1) === 'tổ' && word(k) === 'chức')) k--;
    if (k > first + 1 && e - k <= HELD_EVENT_WORDS) e = k + 1;
  }
  if (word(e - 2) !== 'tổ' || word(e - 1) !== 'chức' || word(e - 3) === 'ban' || e - 2 <= first) return end;
  e -= 2;
  if (word(e - 1) === 'đồng') e--;
  if (word(e - 1) === 'trọng' && /^(?:long|trang)$/u.test(word(e - 2))) e -= 2;
  if (/^(?:đã|vừa|cũng|sẽ)$/u.test(word(e - 1))) e--;
  return e > first ? e : end;
}

/**
 * The giver before a verb: back to the start of its clause, brackets kept whole ("Cục Văn hóa cơ sở (Bộ Văn hóa, Thể
 * thao và Du lịch) và UBND tỉnh Quảng Trị đã trao tặng …"); "Nhân dịp này, …" ends at its comma.
 */
function giverBefore(ctx: RuleContext, verbFirst: number, hops = 0): string | null {
  let known = giversBefore.get(ctx.units);
  if (!known) giversBefore.set(ctx.units, (known = new Map()));
  const cached = known.get(verbFirst);
  if (cached !== undefined) return cached;
  const by = readGiverBefore(ctx, verbFirst, hops);
  // a giver cut short by the bound on shared givers below is not the verb's own answer
  if (hops === 0) known.set(verbFirst, by);
  return by;
}

/** Each verb's giver, once per article: clauses that share a giver ask for the one before them again and again. */
const giversBefore = new WeakMap<RuleContext['units'], Map<number, string | null>>();

/**
 * How many subject-less clauses back a giver is shared ("…, tặng Bằng khen cho …, tặng Giấy khen cho …"): real
 * sentences chain a few; an endless run of them (a 1 MB line of one clause repeated) must not recurse that deep.
 */
const MAX_SHARED_HOPS = 8;

function readGiverBefore(ctx: RuleContext, verbFirst: number, hops: number): string | null {
  const { doc } = ctx;
  const s = doc.sentences[doc.sentenceOf[Math.min(verbFirst, doc.tokens.count - 1)]];
  const floor = s ? s.firstToken : 0;
  // "Thừa ủy quyền của Bộ Quốc phòng, đồng chí … Chủ tịch HĐND tỉnh đã gắn Kỷ niệm chương …": the principal gives
  const principal = delegatingPrincipal(ctx, floor, verbFirst);
  if (principal) return principal;
  let depth = 0;
  let k = verbFirst;
  while (k > floor && verbFirst - k < 40) {
    const prev = k - 1;
    if (doc.tokens.kind[prev] === Kind.Punct) {
      const c = doc.text[doc.tokens.start[prev]];
      // brackets and quotes are kept whole: "Ban Chỉ đạo Cuộc vận động “Người Việt Nam …” tỉnh tặng …"
      if (c === ')' || closesQuote(doc, prev)) depth++;
      else if (c === '(' || opensQuote(doc, prev)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && ((c === ',' && !insideCouncilName(ctx, prev)) || c === ';' || c === ':' || c === '"' || (c === '.' && !unitAbbreviationDot(doc, prev)))) break;
    }
    if (doc.tokens.flags[k] & Flag.LineBefore && k < verbFirst) break;
    // "Sư đoàn 312 đã được Bộ Quốc phòng tặng …": the recipient comes first, the giver after "được"
    // "… đã đề nghị UBND tỉnh tặng …": the giver is the one asked
    // ("hội nghị" is a meeting: only "đề nghị" asks)
    if (depth === 0 && (/^được$/iu.test(tokensValue(doc, prev, prev + 1)) || /^đề nghị$/iu.test(tokensValue(doc, prev - 1, prev + 1)))) break;
    // "… cho 7 tập thể, 14 cá nhân và Giám đốc Công an tỉnh tặng …": the giver starts after the last recipients
    if (depth === 0 && /^và$/iu.test(tokensValue(doc, prev, prev + 1)) && ctx.units.endingAt('recipients', prev).length) break;
    k = prev;
  }
  k = afterEarlierStatement(ctx, k, verbFirst);
  let first = k;
  // "…; đồng thời trao tặng Giấy khen cho …": a linking word opens a clause with no giver of its own
  if (verbFirst - first >= 2 && CONNECTIVES.has(tokensValue(doc, first, first + 2).toLowerCase())) first += 2;
  while (first < verbFirst && AUX_WORDS.has(tokensValue(doc, first, first + 1).toLowerCase())) first++;
  if (first === verbFirst && k > floor) return sharedGiver(ctx, k - 1, floor, hops);
  const by = giver(ctx, k, verbFirst);
  if (!by) return reportedBy(ctx, floor, k, verbFirst) ?? onBehalfOf(ctx, floor, k);
  // "Nhân dịp này, Đảng ủy, Bộ Tư lệnh BĐBP đã trao …": bodies listed with commas give together
  const from = bodiesBefore(ctx, k, floor);
  return from < k ? `${tokensValue(doc, from, k)} ${by}` : by;
}

/**
 * "… cho 05 tập thể, 07 cá nhân có thành tích xuất sắc và Ban Thường vụ Huyện đoàn tặng …": a clause that holds an
 * earlier award or its recipients gives its next giver after the "và" that opens a body's name.
 */
function afterEarlierStatement(ctx: RuleContext, k: number, verbFirst: number): number {
  const { doc, units } = ctx;
  let cut = -1;
  for (let j = verbFirst - 1; j >= k; j--) {
    if (units.at('recipients', j) || units.at('award', j)) return cut >= 0 ? cut : k;
    const opensBody = j + 1 < verbFirst && ((doc.tokens.flags[j + 1] & Flag.Cap) !== 0 || !!units.at('unit-organ', j + 1) || !!units.at('org-head', j + 1));
    if (opensBody && /^và$/iu.test(tokensValue(doc, j, j + 1))) cut = j + 1;
  }
  return k;
}

/** "Chủ tịch UBND TP. Hà Nội", "UBND H. Ngọc Hiển": the full stop of a unit's abbreviation goes on in a giver's name. */
const unitAbbreviationDot = (doc: Doc, dot: number) =>
  dot > 0 &&
  doc.text[doc.tokens.start[dot]] === '.' &&
  /^(?:TP|TX|TT|Q|H|P|X)$/u.test(tokensValue(doc, dot - 1, dot)) &&
  dot + 1 < doc.tokens.count &&
  ((doc.tokens.flags[dot + 1] & Flag.Cap) !== 0 || doc.tokens.kind[dot + 1] === Kind.Number);

/**
 * A body's abbreviation, tokens `first`..`end`, with its unit's type at most ("UBND", "UBND tỉnh", "HĐND thành phố"):
 * not a dateline in capitals ("QUẢNG NGÃI, UBND tỉnh vừa tặng …") nor a city named by "TP" ("TP HCM, UBND thành phố …").
 */
function abbreviatedBody(doc: Doc, first: number, end: number): boolean {
  const head = tokensValue(doc, first, first + 1);
  if (!/^\p{Lu}{2,6}$/u.test(head) || UNIT_TYPE_ABBREVIATION.test(head)) return false;
  for (let k = first + 1; k < end; k++) {
    const w = tokensValue(doc, k, k + 1);
    if (!UNIT_TYPE_WORDS.has(w) && !UNIT_TYPE_ABBREVIATION.test(w)) return false;
  }
  return true;
}
/** A unit's type abbreviated: "TP", "TX", "TT". */
const UNIT_TYPE_ABBREVIATION = /^(?:TP|TX|TT)$/u;

/** Where a comma-separated run of bodies ("Đảng ủy, ") right before token `k` starts; `k` when there is none. */
function bodiesBefore(ctx: RuleContext, k: number, floor: number): number {
  const { doc, units } = ctx;
  let from = k;
  while (from - 1 > floor && tokensValue(doc, from - 1, from) === ',') {
    let j = from - 1;
    while (j > floor && !isClauseBreak(doc, j - 1) && from - 1 - j < 8) j--;
    // a body's name, not "Nhân dịp này": a unit's organ, an organisation's head word, a committee ("Đảng ủy"), or a
    // body's abbreviation with its unit's type at most ("Dịp này, UBND, Hội ND thị xã đã khen thưởng …", "UBND tỉnh,
    // Giám đốc Công an tỉnh đã tặng …")
    const body =
      !!units.at('unit-organ', j) ||
      !!units.at('org-head', j) ||
      (from - 1 - j <= 3 && /^(?:ủy|uỷ)$/iu.test(tokensValue(doc, from - 2, from - 1))) ||
      (from - 1 - j <= 3 && abbreviatedBody(doc, j, from - 1));
    if (!body || (j > floor && !isClauseBreak(doc, j - 1)) || !giver(ctx, j, from - 1)) break;
    from = j;
  }
  return from;
}

/**
 * A verb with no subject of its own after a comma or semicolon gives as the verb before it in the sentence does:
 * "Tỉnh đã tặng Cờ thi đua cho 4 đơn vị, tặng Bằng khen cho 45 tập thể", "T.Ư Hội LHTN đã tặng bằng khen, tuyên
 * dương 31 chủ trang trại".
 */
function sharedGiver(ctx: RuleContext, breakAt: number, floor: number, hops: number): string | null {
  const { doc } = ctx;
  // "… đã trao kỷ niệm chương … cho 11 cá nhân và tuyên dương 31 tập thể": a verb joined by "và" right after the
  // recipients of the one before shares its subject (bench/studies/round15-awards.mjs, shared-và)
  const joined = /^và$/iu.test(tokensValue(doc, breakAt, breakAt + 1)) && ctx.units.endingAt('recipients', breakAt).length > 0;
  if (hops >= MAX_SHARED_HOPS || (!joined && !/^[,;]$/u.test(tokensValue(doc, breakAt, breakAt + 1)))) return null;
  for (let k = breakAt - 1; k >= floor; k--) {
    if (doc.tokens.flags[k + 1] & Flag.LineBefore) return null;
    const v = ctx.units.at('give-verb', k) ?? ctx.units.at('award-verb', k);
    if (v && v.end <= breakAt) {
      let verbFirst = k;
      while (verbFirst > floor && AUX_WORDS.has(tokensValue(doc, verbFirst - 1, verbFirst).toLowerCase())) verbFirst--;
      return giverBefore(ctx, verbFirst, hops + 1);
    }
  }
  return null;
}

/**
 * "Thông tin từ huyện đoàn Nam Đàn, tỉnh Nghệ An cho biết vừa trao tặng giấy khen …": a body that reports its own giving
 * is the giver; a place in apposition after it ("…, tỉnh Nghệ An") and the words that open a source are no part of it.
 */
function reportedBy(ctx: RuleContext, floor: number, clauseFirst: number, verbFirst: number): string | null {
  const { doc, units } = ctx;
  let end = verbFirst;
  while (end > clauseFirst && AUX_WORDS.has(tokensValue(doc, end - 1, end).toLowerCase())) end--;
  const report = units.endingAt('reporting-verb', end)[0];
  if (!report || report.first <= clauseFirst) return null;
  let first = clauseFirst;
  let last = report.first;
  // "…, tỉnh Nghệ An cho biết": the clause is the speaker's place; the speaker is the clause before it
  if (units.at('place', first)?.end === last && first - 1 > floor && tokensValue(doc, first - 1, first) === ',') {
    last = first - 1;
    first = last;
    while (first > floor && !isClauseBreak(doc, first - 1) && !(doc.tokens.flags[first] & Flag.LineBefore) && last - first < 24) first--;
  }
  const opener = units.at('source-opener', first);
  if (opener) first = opener.end;
  return giver(ctx, first, last);
}

/**
 * The one a delegated power comes from, when the verb's sentence opens a clause with its formula and no other giving
 * stands between: "Thừa ủy quyền của Chủ tịch UBND tỉnh, Bí thư Huyện ủy Vi Hữu Cầu đã trao …", "Tại buổi lễ, thừa ủy
 * quyền của Chủ tịch nước, Bộ trưởng … đã trao …" (bench/studies/awards-round13.mjs, delegation). The delegate who
 * hands the award over is no giver (unlike "Thay mặt …", which onBehalfOf reads only when no giver is named).
 */
/** How far before its verb a formula of delegation is looked for, in tokens (the delegate's chain of posts lies between). */
const DELEGATION_REACH = 60;

function delegatingPrincipal(ctx: RuleContext, floor: number, verbFirst: number): string | null {
  const { doc, units } = ctx;
  for (let k = Math.max(floor, verbFirst - DELEGATION_REACH); k < verbFirst; k++) {
    const formula = units.at('delegation-formula', k);
    if (!formula || (k > floor && !/^[,:]$/u.test(punctAt(doc, k - 1)))) continue;
    let first = formula.end;
    if (/^của$/iu.test(tokensValue(doc, first, first + 1))) first++;
    let end = first;
    while (end < verbFirst && !isClauseBreak(doc, end) && end - first < GIVER_REACH) end++;
    if (punctAt(doc, end) !== ',' || end === first || !(doc.tokens.flags[first] & Flag.Cap)) return null;
    // the formula's clause must reach this verb: no other giving or award between
    for (let j = end; j < verbFirst; j++) if (units.at('give-verb', j) || units.at('award-verb', j) || units.at('award', j) || punctAt(doc, j) === ';') return null;
    return tokensValue(doc, first, end);
  }
  return null;
}

/**
 * "Thay mặt lãnh đạo tỉnh, đồng chí … trao …", "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng … trao …": the one who
 * hands an award over acts for the giver the sentence opens with.
 */
function onBehalfOf(ctx: RuleContext, sentenceFirst: number, clauseFirst: number): string | null {
  const { doc } = ctx;
  const opening = tokensValue(doc, sentenceFirst, clauseFirst);
  const m = /^(?:Thay mặt|Thừa ủy quyền|Thừa uỷ quyền|Được sự ủy quyền|Được ủy quyền)\s+(?:của\s+)?(.+?)\s*,?$/iu.exec(opening);
  return m && /^\p{Lu}/u.test(m[1]) ? m[1] : null;
}

/**
 * "5 tập thể có thành tích xuất sắc và 12 cá nhân được …": a group of the other kind before "và" with a few words
 * describing it, in the same clause, with no verb of giving or receiving between (else it has its own statement).
 */
function describedBefore(ctx: RuleContext, first: number): { first: number } | null {
  const { doc, units } = ctx;
  const kindOf = (v: RecipientsValue) => (v.individuals !== null ? 'individuals' : 'collectives');
  const current = units.at<RecipientsValue>('recipients', first);
  if (!current || current.value.mixed || first < 1 || !/^và$/iu.test(tokensValue(doc, first - 1, first))) return null;
  for (let k = first - 2; k >= Math.max(0, first - 16); k--) {
    if (isClauseBreak(doc, k) || (doc.tokens.flags[k + 1] & Flag.LineBefore)) return null;
    if (units.at('award', k) || units.at('give-verb', k) || units.at('award-verb', k) || /^(?:được|và)$/iu.test(tokensValue(doc, k, k + 1))) return null;
    const u = units.endingAt<RecipientsValue>('recipients', k + 1)[0];
    if (u) return !u.value.mixed && kindOf(u.value) !== kindOf(current.value) ? u : null;
  }
  return null;
}

/** Whether the count `before` a run that spans `first` to `nearest` is of a kind the run holds, and not of its first's. */
function closesEarlierGroup(ctx: RuleContext, before: { first: number }, first: number, nearest: { first: number }): boolean {
  const kind = (at: number) => {
    const v = ctx.units.at<RecipientsValue>('recipients', at)?.value;
    return !v || v.mixed ? null : v.individuals !== null ? 'individuals' : 'collectives';
  };
  const k = kind(before.first);
  if (!k || k === kind(first)) return false;
  let repeated = false;
  for (let at = first; at <= nearest.first && !repeated; at++) repeated = !!ctx.units.at('recipients', at) && kind(at) === k;
  if (!repeated) return false;
  // the earlier group is another award's when a word of giving opens it ("cho 4 tập thể, 9 cá nhân"); else it is one
  // more group receiving this award ("5 tập thể, 10 cá nhân và 3 tập thể, 7 cá nhân được … tặng")
  let open = before.first;
  const joined = open > 0 && /^(?:,|và)$/iu.test(tokensValue(ctx.doc, open - 1, open)) ? open - 1 : open;
  const other = ctx.units.endingAt<RecipientsValue>('recipients', joined)[0];
  if (other && kind(other.first) !== k) open = other.first;
  return open > 0 && (/^(?:cho|:)$/iu.test(tokensValue(ctx.doc, open - 1, open)) || !!ctx.units.endingAt('give-verb', open).length || !!ctx.units.endingAt('award-verb', open).length);
}

/** The run of recipient groups that ends with the one nearest before a verb: "5 tập thể 5 cá nhân …", "05 tập thể và 07 cá nhân". */
function recipientsRunFrom(ctx: RuleContext, nearest: { first: number }): number {
  let first = nearest.first;
  for (;;) {
    let k = first;
    const prevChar = k > 0 && ctx.doc.tokens.kind[k - 1] === Kind.Punct ? ctx.doc.text[ctx.doc.tokens.start[k - 1]] : '';
    if (prevChar === ',') k--;
    else if (k > 0 && /^(?:và|cùng)$/iu.test(ctx.doc.text.slice(ctx.doc.tokens.start[k - 1], ctx.doc.tokens.end[k - 1]))) k--;
    const before = ctx.units.endingAt<RecipientsValue>('recipients', k)[0] ?? describedBefore(ctx, first);
    if (!before) return first;
    // "… cho 4 tập thể, 9 cá nhân và 3 tập thể, 5 cá nhân được UBND huyện tặng …": a kind the run already holds, after
    // the other kind, ends an earlier group (counts of one kind right after each other still add up)
    if (closesEarlierGroup(ctx, before, first, nearest)) return first;
    first = before.first;
  }
}

/** Recipient groups from token `from` on: "05 tập thể, 07 cá nhân … và 01 tập thể, 04 cá nhân" is two groups. */
function recipientGroups(ctx: RuleContext, from: number, to: number): { value: RecipientsValue; first: number; end: number }[] {
  const out: { value: RecipientsValue; first: number; end: number }[] = [];
  let current: { value: RecipientsValue; first: number; end: number } | null = null;
  let lastKind: 'individuals' | 'collectives' | null = null;
  const all = ctx.units.of<RecipientsValue>('recipients');
  // in text order: those from `from` on are found by a binary search, not passed over from the article's start
  for (let i = lowerBound(all.length, (j) => all[j].first < from); i < all.length; i++) {
    const u = all[i];
    if (u.end > to) break;
    // "khen thưởng 16 tập thể, 21 cá nhân, trong đó 6 tập thể được tặng Giấy khen": a part of the recipients counted again
    if (out.length && subsetBetween(ctx, out[out.length - 1].end, u.first)) break;
    // "12 tập thể (gồm 5 chi bộ và 7 đơn vị) và 20 cá nhân": the counts in brackets detail the group before them
    if (out.length && insideBracket(ctx.doc, out[out.length - 1].end, u.first)) continue;
    const v = u.value;
    // (a unit of both kinds, "tập thể Đoàn trường và 4 cá nhân", is a whole group as a mixed count is)
    if (v.mixed || (v.collectives !== null && v.individuals !== null)) {
      out.push({ value: v, first: u.first, end: u.end });
      current = null;
      continue;
    }
    const kind = v.individuals !== null ? 'individuals' : 'collectives';
    // "04 Trung đoàn, 05 Tiểu đoàn, 03 Đại đội", "12 giáo viên và 35 học sinh": counts of one kind listed right after
    // each other add up; one of the same kind after the other kind opens a new group
    if (current && lastKind === kind && current.value[kind] !== null && listedRightAfter(ctx, current.end, u.first) && !receivesOnItsOwn(ctx, u.end)) {
      current.value = { ...current.value, [kind]: (current.value[kind] ?? 0) + (v[kind] ?? 0), derived: current.value.derived || v.derived };
      current.end = u.end;
      continue;
    }
    // "Huân chương Lao động hạng Nhì cho 1 tập thể, hạng Ba cho 2 cá nhân": the counts after the next class are its own
    if (current && classGivenAt(ctx, current.end, u.first) >= 0) break;
    // "cho 11 tập thể, 6 cá nhân và 6 hộ gia đình": households listed after a pair are the same statement's third kind
    if (current && current.value.collectives !== null && current.value.individuals !== null && listedRightAfter(ctx, current.end, u.first) && householdsAt(ctx, u)) {
      current.end = u.end;
      continue;
    }
    if (!current || current.value[kind] !== null || current.value.mixed) {
      // "cho 4 tập thể, 9 cá nhân; 3 tập thể, 5 cá nhân được UBND huyện tặng Giấy khen": a later group that receives on
      // its own opens its own statement
      // (inside the span read: a passive award's counts all stand before its "được")
      const runEnd = groupRunEnd(ctx, all, i, to);
      if (out.length && runEnd < to && receivesAnAward(ctx, runEnd)) break;
      current = { value: { collectives: null, individuals: null, mixed: false, derived: false }, first: u.first, end: u.end };
      out.push(current);
    }
    current.value = { ...current.value, [kind]: v[kind], derived: current.value.derived || v.derived };
    current.end = u.end;
    lastKind = kind;
  }
  return out;
}

const householdsRe = new RegExp(`(?:^|\\s)(?:${HOUSEHOLD_NOUNS.join('|')})$`, 'iu');
/** "danh hiệu “gia đình văn hóa”": a title a commune tallies its households by (HOUSEHOLD_TALLY_TITLES). */
const householdTally = new RegExp(`(?:${HOUSEHOLD_TALLY_TITLES.join('|')})`, 'iu');
/** A count of households: "6 hộ gia đình", "12 hộ". */
const householdsAt = (ctx: RuleContext, u: { first: number; end: number }) => householdsRe.test(tokensValue(ctx.doc, u.first, u.end));

/** Where the counts listed right after each other from `all[i]` on end, at most two of them (one group: "3 tập thể, 5 cá nhân"). */
function groupRunEnd(ctx: RuleContext, all: readonly { first: number; end: number }[], i: number, to: number): number {
  let end = all[i].end;
  for (let j = i + 1; j < all.length && j <= i + 1 && all[j].end <= to && listedRightAfter(ctx, end, all[j].first); j++) end = all[j].end;
  return end;
}

/** A bracket opened between `from` and `to` and not closed before `to`. */
function insideBracket(doc: Doc, from: number, to: number): boolean {
  let open = false;
  for (let k = from; k < to && k - from < 40; k++) {
    const c = punctAt(doc, k);
    if (c === '(') open = true;
    else if (c === ')') open = false;
  }
  return open;
}

/** "trong đó", "trong số đó", "bao gồm" between two recipient counts: what follows is a part of the first. */
function subsetBetween(ctx: RuleContext, from: number, to: number): boolean {
  if (to - from > 4) return false;
  const between = tokensValue(ctx.doc, from, to).toLowerCase();
  return /(?:^|[\s,;(])(?:trong đó|trong số đó|bao gồm)(?:$|[\s,:])/u.test(between);
}

/** "… cho 10 cá nhân, 5 cá nhân được tặng Giấy khen": a count right before a word of receiving opens a clause of its own. */
const receivesOnItsOwn = (ctx: RuleContext, end: number) => end < ctx.doc.tokens.count && /^(?:được|đã|nhận|đạt|vinh|đón|cũng|sẽ)$/iu.test(tokensValue(ctx.doc, end, end + 1));

/**
 * "… 3 tập thể, 5 cá nhân được UBND huyện tặng …", "… đã được …", "… vinh dự nhận …": counts followed by their own
 * receiving, not by "đã hoàn thành", "đạt thành tích" (which describe recipients of the award before them).
 */
function receivesAnAward(ctx: RuleContext, end: number): boolean {
  let k = end;
  while (k < ctx.doc.tokens.count && k - end < 3 && /^(?:đã|cũng|sẽ|đều|vinh|dự)$/iu.test(tokensValue(ctx.doc, k, k + 1))) k++;
  return k < ctx.doc.tokens.count && /^(?:được|nhận|đón)$/iu.test(tokensValue(ctx.doc, k, k + 1));
}

/**
 * "04 đồng chí vinh dự được tặng Huy chương Quân kỳ Quyết thắng của Chủ tịch nước, tập thể BCH Quân sự thành phố được
 * nhận cờ thi đua …": the counted recipients received the award before a comma, and the next "được" has a subject of its
 * own (bench/studies/round15-awards.mjs, second-subject). True when an award stands between the recipients' end and
 * the receiving word at `receiving`, with a comma after it.
 */
function receivedBefore(ctx: RuleContext, from: number, receiving: number): boolean {
  let award = -1;
  for (let k = from; k < receiving; k++) {
    if (ctx.units.at('award', k)) award = k;
    else if (award >= 0 && punctAt(ctx.doc, k) === ',') return true;
  }
  return false;
}

/**
 * "17 năm qua, … 80 tập thể và 144 cá nhân đã được nhận Giải thưởng Phụ nữ Việt Nam vẫn đang là những nhân tố tích cực
 * …": the receiving describes who the sentence's own predicate ("vẫn …", still) is about, past holders, no award given
 * in the report (round 15, audit 4 reports-008; the only "vẫn" after the 40 received awards of dev and the audits).
 */
const describedByReceiving = (ctx: RuleContext, end: number) => end < ctx.doc.tokens.count && /^vẫn$/iu.test(tokensValue(ctx.doc, end, end + 1));

const recognisingLevels = new Set(RECOGNISING_LEVELS);
/** How far after a title its "trong đó" and the first level may stand, in tokens. */
const LEVELS_REACH = 30;
/** How far after "trong đó" the levels' list may reach, and one level's counts, in tokens. */
const LEVELS_LIST_REACH = 120;
const LEVEL_ITEM_REACH = 20;

/**
 * The levels a title's holders are counted by after "trong đó" in the title's sentence ("…, trong đó, cấp tỉnh 220 cá
 * nhân và 2 tập thể giỏi, cấp huyện 275 nông dân"): for each "cấp <level>" its recipient groups up to the next level,
 * with "cấp <level>" as written for the giver. Empty when no "trong đó" follows the title closely or a level counts none.
 */
function levelBreakdown(ctx: RuleContext, from: number): { by: string; groups: { value: RecipientsValue; first: number; end: number }[] }[] {
  const { doc } = ctx;
  const s = doc.sentences[doc.sentenceOf[Math.min(from, doc.tokens.count - 1)]];
  const end = s ? s.endToken : doc.tokens.count;
  const word = (k: number) => (k < end ? tokensValue(doc, k, k + 1).toLowerCase() : '');
  let k = from;
  while (k < Math.min(end, from + LEVELS_REACH) && !(word(k) === 'trong' && word(k + 1) === 'đó')) {
    if (ctx.units.at('award', k) || punctAt(doc, k) === ';') return [];
    k++;
  }
  if (word(k) !== 'trong') return [];
  k += 2;
  const starts: { at: number; levelEnd: number }[] = [];
  // (bounded: a line of thousands of awards must not be walked to its end for each)
  const last = Math.min(end, k + LEVELS_LIST_REACH);
  for (let j = k; j < last; j++) {
    if (word(j) !== 'cấp') continue;
    const two = `${word(j + 1)} ${word(j + 2)}`;
    const levelEnd = recognisingLevels.has(two) ? j + 3 : recognisingLevels.has(word(j + 1)) ? j + 2 : -1;
    if (levelEnd > 0) starts.push({ at: j, levelEnd });
  }
  // the first level opens the breakdown ("trong đó, cấp tỉnh …", "trong đó: cấp …")
  if (!starts.length || starts[0].at - k > 2) return [];
  const out: { by: string; groups: { value: RecipientsValue; first: number; end: number }[] }[] = [];
  for (let i = 0; i < starts.length; i++) {
    let first = starts[i].levelEnd;
    if (word(first) === 'là') first++;
    const to = i + 1 < starts.length ? starts[i + 1].at : Math.min(end, first + LEVEL_ITEM_REACH);
    if (!ctx.units.at('recipients', first)) return [];
    const groups = recipientGroups(ctx, first, to);
    if (!groups.length) return [];
    out.push({ by: tokensValue(doc, starts[i].at, starts[i].levelEnd), groups });
  }
  return out;
}

/** The levels a title ("danh hiệu …") at `award` is broken down by, two or more; empty for any other award. */
function titleLevels(ctx: RuleContext, award: { first: number; end: number; unit?: { value: unknown } }): ReturnType<typeof levelBreakdown> {
  const name = (award.unit!.value as AwardValue).award;
  // (a household tally's title, "gia đình văn hóa", counts no recipients by level either: award-received reads it without
  // counts; round 15 review)
  if (!/^danh\s+hiệu\s/iu.test(name) || householdTally.test(name)) return [];
  const levels = levelBreakdown(ctx, award.end);
  return levels.length >= 2 ? levels : [];
}

/** Two recipient counts joined by nothing but a comma or "và": one list. */
const listedRightAfter = (ctx: RuleContext, end: number, next: number) => next === end || (next === end + 1 && /^(?:,|và)$/iu.test(tokensValue(ctx.doc, end, next)));

/** Where an award statement's clause ends: the sentence's end or a semicolon, whichever comes first. */
function clauseEnd(ctx: RuleContext, from: number): number {
  const sentence = ctx.doc.sentenceOf[Math.min(from, ctx.doc.tokens.count - 1)];
  const s = ctx.doc.sentences[sentence];
  const end = s ? s.endToken : ctx.doc.tokens.count;
  const breaks = clauseBreaks(ctx, sentence, s ? s.firstToken : from, end);
  const next = lowerBound(breaks.length, (i) => breaks[i] < from);
  return next < breaks.length ? breaks[next] : end;
}

/** Per sentence, the semicolons that end an award's clause, found once (a sentence may hold thousands of awards). */
const clauseBreaksOf = new WeakMap<RuleContext['units'], Map<number, number[]>>();

function clauseBreaks(ctx: RuleContext, sentence: number, first: number, end: number): number[] {
  let known = clauseBreaksOf.get(ctx.units);
  if (!known) clauseBreaksOf.set(ctx.units, (known = new Map()));
  let breaks = known.get(sentence);
  if (!breaks) {
    breaks = [];
    for (let k = first; k < end; k++) {
      // "khen thưởng 10 tập thể; 25 cá nhân": recipients listed on after a semicolon are the same statement's
      if (ctx.doc.text[ctx.doc.tokens.start[k]] === ';' && ctx.doc.tokens.kind[k] === Kind.Punct && !ctx.units.at('recipients', k + 1)) breaks.push(k);
    }
    known.set(sentence, breaks);
  }
  return breaks;
}

/** The next award or commendation in the clause: recipients after it are its own. */
function nextAward(ctx: RuleContext, from: number, to: number): number {
  // ("… cho 11 cá nhân và tuyên dương 31 tập thể": a verb of commendation opens its own recipients too)
  // (not one in the passive that describes them: "cho các tập thể, cá nhân được biểu dương gồm 10 tập thể và 20 cá nhân";
  // round 15 review)
  for (let k = from; k < to; k++) if (ctx.units.at('award', k) || ctx.units.at('give-verb', k) || (ctx.units.at('award-verb', k) && !(k > 0 && /^được$/iu.test(tokensValue(ctx.doc, k - 1, k))))) return k;
  return to;
}

/** "cho 05 tập thể", "tặng cho 5 cá nhân", "đột xuất cho …": recipients follow a word of giving within a few words. */
function recipientsAfter(ctx: RuleContext, end: number): { value: RecipientsValue; first: number; end: number }[] {
  const stop = clauseEnd(ctx, end);
  const limit = nextAward(ctx, end, stop);
  const t = ctx.doc.tokens;
  // "tặng Bằng khen 10 tập thể và 20 cá nhân": the recipients right after the award, or after a colon ("tặng Giấy
  // khen: 5 tập thể, 10 cá nhân")
  if (ctx.units.at('recipients', end)) return recipientGroups(ctx, end, limit);
  if (punctAt(ctx.doc, end) === ':' && listedOnLines(ctx, end + 1)) return lineListedGroups(ctx, end + 1);
  if (punctAt(ctx.doc, end) === ':' && ctx.units.at('recipients', end + 1)) return recipientGroups(ctx, end + 1, nextAward(ctx, end + 1, clauseEnd(ctx, end + 1)));
  // "trao Giấy khen tặng 10 tập thể", "trao Bằng khen của Bộ Quốc phòng tặng 4 tập thể": "tặng" opens the recipients
  // (a word, not the give-verb class: "Giấy khen tặng" is lexed as "khen tặng")
  const wordAt = (k: number) => (k < stop ? tokensValue(ctx.doc, k, k + 1).toLowerCase() : '');
  // "gửi thư khen ngợi 5 tập thể", "Thư khen biểu dương 3 cá nhân", "ký Thư khen gửi 3 tập thể": a letter's praise
  // or its sending opens its recipients too
  let from = wordAt(end) === 'trao' && wordAt(end + 1) === 'tặng' ? end + 2 : /^(?:tặng|ngợi|gửi)$/u.test(wordAt(end)) ? end + 1 : wordAt(end) === 'biểu' && wordAt(end + 1) === 'dương' ? end + 2 : -1;
  if (from > 0 && wordAt(from) === 'cho') from++;
  if (from > 0 && ctx.units.at('recipients', from)) return recipientGroups(ctx, from, nextAward(ctx, from, stop));
  // "Bằng khen của Bộ trưởng Bộ Quốc phòng (Quyết định số 123/QĐ-BQP) cho 5 tập thể": a bracket after the award is skipped
  const start = bracketEnd(ctx.doc, end, limit);
  // "Huy hiệu Đảng đợt 3/2/2025 cho 18 đảng viên": a batch's day may stand between
  // and so may a giver named without "của" ("bằng khen Ủy ban nhân dân thành phố cho 8 tập thể", bareGiverAfter)
  for (let k = start; k < Math.min(limit, start + BARE_GIVER_REACH + 1); k++) {
    // "tặng cờ thi đua cụm khối: 3 tập thể": the award's kind named after it, then a colon and counted recipients
    if (k > start && awardKindColon(ctx, k)) return recipientGroups(ctx, k + 1, nextAward(ctx, k + 1, clauseEnd(ctx, k + 1)));
    const w = ctx.doc.text.slice(t.start[k], t.end[k]).toLowerCase();
    if (w === 'cho' || w === 'đến' || w === 'với') {
      if (punctAt(ctx.doc, k + 1) === ':' && listedOnLines(ctx, k + 2)) return lineListedGroups(ctx, k + 2);
      const groups = recipientGroups(ctx, k + 1, limit);
      // the first group must open the recipients ("cho 05 tập thể", "cho các em", "cho Đội K90 và 5 cá nhân")
      if (groups.length && groups[0].first - (k + 1) <= 14) return groups;
      // "cho các tập thể, cá nhân có thành tích … , gồm 10 tập thể và 20 cá nhân": the counts after "gồm"
      if (groups.length && listedAfterGồm(ctx, groups[0].first, k + 1)) return groups;
      const named = namedPersons(ctx, k + 1, limit);
      return named ? [named] : [];
    }
  }
  return [];
}

/**
 * The colon of an award's item, counted recipients after it: "cờ thi đua cụm khối: 3 tập thể", the award and a few
 * words naming its kind or giver before it; not a breakdown after a comma ("tặng Bằng khen các đơn vị, trong đó: 3 đơn
 * vị được tặng Cờ thi đua …", "…, cụ thể: 1 đồng chí …") nor a count of something else ("tổng số đăng ký thi đua: 45
 * tập thể"; round 29 review).
 */
function awardKindColon(ctx: RuleContext, colon: number): boolean {
  if (punctAt(ctx.doc, colon) !== ':' || !ctx.units.at('recipients', colon + 1)) return false;
  for (let end = colon; end >= Math.max(1, colon - AWARD_KIND_WORDS); end--) {
    if (end < colon && (ctx.doc.tokens.kind[end] === Kind.Punct || BREAKDOWN_WORD.test(tokensValue(ctx.doc, end, end + 1)))) return false;
    if (ctx.units.endingAt('award', end).length) return true;
  }
  return false;
}

/** How many words may name an award's kind, year or giver between it and its item's colon ("cụm khối", "năm 2023", "UBND tỉnh"). */
const AWARD_KIND_WORDS = 4;
/** The last words of a breakdown's heading: "trong đó", "cụ thể", "gồm", "như sau". */
const BREAKDOWN_WORD = /^(?:đó|thể|gồm|sau|là)$/iu;

/** A list item's marker opening a line: "- ", "+ ", "• ", "* ". */
const LIST_MARKERS = new Set(['-', '+', '•', '*']);

/** The first token of a list line's item at `k`, past its marker; -1 when `k` opens no line. */
function listItemAt(doc: Doc, k: number): number {
  if (k >= doc.tokens.count || !(doc.tokens.flags[k] & Flag.LineBefore)) return -1;
  return LIST_MARKERS.has(punctAt(doc, k)) ? k + 1 : k;
}

/** Does a list of counted recipients open on the line at `k` ("cho:" / "- 5 tập thể …")? */
function listedOnLines(ctx: RuleContext, k: number): boolean {
  const item = listItemAt(ctx.doc, k);
  return item >= 0 && !!ctx.units.at('recipients', item);
}

/** A list item's giver, the capitalised words between its award and "cho": "Bằng khen BCH Trung ương Hội cho 2 tập thể". */
function namedBeforeCho(ctx: RuleContext, from: number): string | null {
  const { doc } = ctx;
  if (from >= doc.tokens.count || !(doc.tokens.flags[from] & Flag.Cap)) return null;
  const line = doc.lineOf[from];
  for (let k = from + 1; k < Math.min(doc.tokens.count, from + GIVER_REACH) && doc.lineOf[k] === line; k++) {
    if (doc.tokens.kind[k] === Kind.Punct) return null;
    if (tokensValue(doc, k, k + 1).toLowerCase() === 'cho') return tokensValue(doc, from, k);
  }
  return null;
}

/**
 * A heading that gives the awards listed under it: "… được các cấp ghi nhận và tôn vinh khen thưởng, gồm:", "UBND
 * huyện đã tặng:"; a giving verb, not the noun of "Các mức khen thưởng … gồm:".
 */
const GIVING_HEADING = /(?<![\p{L}])(?:(?:được|đã|vừa)(?![\p{L}])[^:]{0,80}?(?<![\p{L}])(?:khen thưởng|tặng|trao|tôn vinh|biểu dương|công nhận)|(?:tặng|trao)(?! thưởng| đổi))(?![\p{L}])[^:]*:\s*$/iu;
/** How much of a list's heading line, up to its colon, is read for its verb. */
const HEADING_CHARS = 200;
/** A heading that proposes the awards under it, not gives them: "… thống nhất đề nghị cấp trên khen thưởng như sau:". */
const PROPOSING_HEADING = /(?<![\p{L}])(?:đề nghị|đề xuất|tờ trình)(?![\p{L}])/iu;

/** Is the line `line` an item of a list whose heading (the nearest line above that is no item) gives awards? */
function underGivingHeading(ctx: RuleContext, line: number): boolean {
  const { doc } = ctx;
  for (let l = line - 1; l >= 0; l--) {
    const first = doc.lines[l].firstToken;
    if (first < doc.tokens.count && LIST_MARKERS.has(punctAt(doc, first))) continue;
    // (a heading ends on its colon; its last words are read, not a whole long line)
    const heading = doc.text.slice(Math.max(doc.lines[l].start, doc.lines[l].end - HEADING_CHARS), doc.lines[l].end);
    return heading.trimEnd().endsWith(':') && GIVING_HEADING.test(heading) && !PROPOSING_HEADING.test(heading);
  }
  return false;
}

/**
 * Counted recipients listed one line each after a colon that ends the giving: "UBND huyện tặng Giấy khen cho: / - 5
 * tập thể có thành tích xuất sắc … / - 12 cá nhân …" (a page's list items or line breaks; round 28). The list ends at
 * the first line that opens on no count; a line of groups and the line of persons after it are one statement.
 */
function lineListedGroups(ctx: RuleContext, k: number): { value: RecipientsValue; first: number; end: number }[] {
  const { doc } = ctx;
  const groups: { value: RecipientsValue; first: number; end: number }[] = [];
  // (the list's lines are marked as its first is: "- 5 tập thể …" / "- 12 cá nhân …", not the paragraph after them,
  // "03 tập thể và 05 cá nhân được … tặng Bằng khen."; round 28 review)
  const marked = k < doc.tokens.count && LIST_MARKERS.has(punctAt(doc, k));
  // (unmarked lines go on a list only after a line that ends on ";" or ",": "cho: / 5 tập thể …; / 12 cá nhân …")
  const goesOn = (item: number) => (marked ? LIST_MARKERS.has(punctAt(doc, item - 1)) : /^[;,]$/u.test(punctAt(doc, item - 1)));
  for (let item = listItemAt(doc, k); item >= 0 && ctx.units.at('recipients', item) && (item === k + (marked ? 1 : 0) || goesOn(item)); ) {
    const line = doc.lines[doc.lineOf[item]];
    for (const g of recipientGroups(ctx, item, line.endToken)) {
      // a line of groups, then a line of persons: one statement, as "cho 05 tập thể, 07 cá nhân" is (ANNOTATION.md)
      const last = groups[groups.length - 1];
      if (last && last.value.individuals === null && last.value.collectives !== null && g.value.collectives === null && g.value.individuals !== null)
        groups[groups.length - 1] = { value: { ...last.value, individuals: g.value.individuals }, first: last.first, end: g.end };
      else groups.push(g);
    }
    item = listItemAt(doc, line.endToken);
  }
  return groups;
}

/**
 * "tặng Bằng khen cho bà Nguyễn Thị Dọc, thôn Quảng Xá …", "trao Huân chương … cho Đại tá Nguyễn Hoài Phương, Chỉ huy
 * trưởng BĐBP tỉnh Tây Ninh và Đại tá Nguyễn Văn Thành, …": persons named with an honorific or a rank right after "cho"
 * are counted one each, as "Lê Văn Tùng và 8 người" counts the one named (ANNOTATION.md; bench/studies/
 * round15-awards.mjs, named-persons). Each further one is named after "và" or a comma, before the clause ends or its
 * reason opens ("vì", "do"); null when no person opens the recipients.
 */
function namedPersons(ctx: RuleContext, from: number, limit: number): { value: RecipientsValue; first: number; end: number } | null {
  const { doc, units } = ctx;
  // "cho các đồng chí: Nguyễn Văn A, Trần Văn B": one honorific before the names listed
  const listed = /^các$/iu.test(tokensValue(doc, from, from + 1)) && !!units.at('honorific', from + 1);
  const personAt = (k: number) => {
    const honorific = units.at('honorific', k);
    const opener = honorific ?? units.at('rank', k) ?? units.at('named-recipient-title', k);
    let at = opener ? opener.end : listed ? k : -1;
    // "cho đồng chí Đại tá Phạm Thanh Phương": a rank may stand between the honorific and the name
    if (honorific && at < limit) at = units.at('rank', at)?.end ?? at;
    if (listed && at < limit && punctAt(doc, at) === ':') at++;
    const end = at >= 0 ? nameEnd(doc, at, limit) : -1;
    return end > at ? { first: at, end } : undefined;
  };
  const first = personAt(listed ? units.at('honorific', from + 1)!.end : from);
  if (!first) return null;
  // (one who receives it for a unit is no recipient counted)
  if (first.end < doc.tokens.count && ON_BEHALF_AFTER.test(doc.text.slice(doc.tokens.start[first.end], doc.tokens.start[first.end] + 200))) return null;
  let n = 1;
  let end = first.end;
  for (let k = first.end; k < Math.min(limit, first.end + NAMED_PERSONS_REACH); k++) {
    const w = tokensValue(doc, k, k + 1);
    if (/^(?:vì|do|nhờ|đã|;|\.|:)$/iu.test(w) || (doc.tokens.flags[k] & Flag.LineBefore) || units.at('recipients', k)) break;
    if (!/^(?:và|,)$/u.test(w)) continue;
    // "cho đồng chí Nguyễn Văn An và các đảng viên của chi bộ": one named with a group not counted counts none (round 15 review)
    if (/^và$/iu.test(w) && /^(?:các|những)$/iu.test(tokensValue(doc, k + 1, k + 2)) && !units.at('honorific', k + 2)) return null;
    const next = personAt(k + 1);
    // "… cho ông Nguyễn Văn An, Giám đốc Sở Y tế và ông Trần Văn Bình phát biểu cảm ơn": a person a verb of the next clause
    // follows is its subject, no recipient, nor is any after (round 15 review)
    if (next && subjectOfClause(ctx, next.end, limit)) break;
    if (next) {
      n++;
      end = next.end;
      k = next.end - 1;
    }
  }
  return { value: { collectives: null, individuals: n, mixed: false, derived: true }, first: from, end };
}

/**
 * Where a person's name opening at `at` ends: two to five capitalised words (a Vietnamese name has two syllables or
 * more); `at` when none opens there. (The people dimension reads names over the whole article; a recipient's name right
 * after its honorific needs no more than its capitals.)
 */
function nameEnd(doc: Doc, at: number, limit: number): number {
  let k = at;
  while (k < Math.min(limit, at + 5) && doc.tokens.kind[k] === Kind.Word && (doc.tokens.flags[k] & Flag.Cap) !== 0 && !(k > at && doc.tokens.flags[k] & Flag.LineBefore)) k++;
  return k - at >= 2 ? k : at;
}

/** Clause verbs that may follow a recipient's name as its description or a link ("… và ông B đã có thành tích", "… và ông B cùng …"). */
const RECIPIENT_LINKS = /^(?:và|với|có|là|tại|đã|vừa|cùng|khi|ngày|sáng|chiều|tối|trưa|về|được)$/iu;

/** Does a verb of a clause of its own stand right after a name ending at `end` ("ông Trần Văn Bình phát biểu")? */
function subjectOfClause(ctx: RuleContext, end: number, limit: number): boolean {
  if (end >= limit || ctx.doc.tokens.kind[end] !== Kind.Word || ctx.doc.tokens.flags[end] & Flag.Cap) return false;
  const verb = ctx.units.at('clause-verb', end);
  return !!verb && !RECIPIENT_LINKS.test(tokensValue(ctx.doc, verb.first, verb.end));
}

/** How far after the first person named a further one is looked for, in tokens (each may carry a chain of posts). */
const NAMED_PERSONS_REACH = 40;
/** After a person named as a recipient: one receiving it on a unit's behalf ("… cho đồng chí Đại tá Nguyễn Văn Hùng thay mặt Bộ CHQS tỉnh đón nhận", "…, đại diện tập thể Phòng Cảnh sát hình sự lên nhận"; round 18 review). */
const ON_BEHALF_AFTER = /^[^.;!?\n]{0,80}?(?<![\p{L}])(?:thay mặt|đại diện)(?![\p{L}])[^.;!?\n]{0,80}?(?<![\p{L}])nhận(?![\p{L}])/iu;

/** "… , gồm 10 tập thể …", "… gồm: 10 tập thể …": recipients counted after "gồm", within 30 tokens of `from`. */
function listedAfterGồm(ctx: RuleContext, recipients: number, from: number): boolean {
  if (recipients - from > 30) return false;
  // the count reads "gồm 10" as it reads "hơn 150"
  if (/^gồm$/iu.test(tokensValue(ctx.doc, recipients, recipients + 1))) return true;
  let k = recipients - 1;
  if (k >= from && punctAt(ctx.doc, k) === ':') k--;
  return k >= from && /^gồm$/iu.test(tokensValue(ctx.doc, k, k + 1));
}

/** After a bracket that opens at `at` (closed within 20 tokens, before `limit`); `at` when none opens there. */
function bracketEnd(doc: Doc, at: number, limit: number): number {
  if (punctAt(doc, at) !== '(') return at;
  for (let k = at + 1; k < Math.min(limit, at + 20); k++) if (punctAt(doc, k) === ')') return k + 1;
  return at;
}

/** The give-verb an award listed after another shares: earlier in its clause, past that award's recipients. */
function giveVerbBefore(ctx: RuleContext, from: number): number | null {
  const { doc } = ctx;
  const s = doc.sentences[doc.sentenceOf[Math.min(from, doc.tokens.count - 1)]];
  const floor = s ? s.firstToken : 0;
  const withAux = (k: number) => {
    let first = ctx.units.endingAt('give-verb', k + 1)[0].first;
    while (first > floor && AUX_WORDS.has(tokensValue(doc, first - 1, first).toLowerCase())) first--;
    return first;
  };
  // the nearest stop or verb before the award, looked up rather than walked to (a line of awards without a verb
  // would walk back to its start for each of them)
  const index = verbIndexOf(ctx);
  let to = from;
  // "tặng Bằng khen cho 12 tập thể, 18 cá nhân; Giấy khen cho 20 tập thể": a semicolon right before the award goes on
  if (from - 1 >= floor && punctAt(doc, from - 1) === ';') to = from - 1;
  const stop = listedStop(ctx, index, floor, index.lastIn(';:.', floor, to));
  const verb = index.lastIn('verb-end', floor, to);
  return verb > stop ? withAux(verb) : null;
}

/**
 * The give-verb of a list of awards in the sentence before, when the award at `first` opens its own sentence and that
 * sentence ended with counted recipients after awards listed with semicolons ("…; cờ thi đua … cho 01 tập thể; bằng
 * khen … cho 89 cá nhân, 7 tập thể."); null otherwise.
 */
function listGoesOnFrom(ctx: RuleContext, first: number): number | null {
  const { doc, units } = ctx;
  const s = doc.sentences[doc.sentenceOf[first]];
  if (!s || s.firstToken !== first || first < 2 || punctAt(doc, first - 1) !== '.' || !units.endingAt('recipients', first - 1).length) return null;
  const before = doc.sentences[doc.sentenceOf[first - 1]];
  if (!before) return null;
  let listed = false;
  for (let k = before.firstToken; k < first - 1 && !listed; k++) listed = punctAt(doc, k) === ';' && !!units.at('award', k + 1);
  return listed ? giveVerbBefore(ctx, first - 1) : null;
}

/**
 * Does the sentence go on with a verb of its own after counted recipients, up to its end or its next ';' ("Bằng khen của
 * Thủ tướng Chính phủ cho 2 tập thể đã được đề nghị.", "Giấy khen cho 2 tập thể nhận được vào năm 2019 …")? It then
 * tells of awards, no item of the list before it.
 */
function verbAfterListed(ctx: RuleContext, from: number): boolean {
  const { doc } = ctx;
  const s = doc.sentences[doc.sentenceOf[Math.min(from, doc.tokens.count - 1)]];
  const end = s ? s.endToken : doc.tokens.count;
  for (let k = from; k < end && k - from < LISTED_TAIL_REACH && punctAt(doc, k) !== ';'; k++) if (LISTED_TAIL_VERBS.test(tokensValue(doc, k, k + 1))) return true;
  return false;
}

/** How far after its recipients a listed sentence is looked at for a verb of its own, in tokens. */
const LISTED_TAIL_REACH = 30;
/** Auxiliaries and verbs that give a listed sentence a verb of its own. */
const LISTED_TAIL_VERBS = /^(?:đã|được|sẽ|đang|vừa|nhận|trao|tặng)$/iu;

/**
 * The stop that ends the clause before an award, past the semicolons that only separate awards listed after one verb:
 * "trao Cờ thi đua của Chính phủ cho 02 tập thể; Bằng khen … cho 03 tập thể, 05 cá nhân; Cờ thi đua … cho 10 tập thể".
 * Found once per stop (a line may list thousands of awards).
 */
function listedStop(ctx: RuleContext, index: TokenIndex, floor: number, stop: number): number {
  let known = listedStops.get(ctx.units);
  if (!known) listedStops.set(ctx.units, (known = new Map()));
  const walked: number[] = [];
  let k = stop;
  // (and over an item's colon before its counted recipients: "tặng cờ thi đua cụm khối: 3 tập thể; bằng khen … cho 4 tập thể")
  while (k >= 0 && ((punctAt(ctx.doc, k) === ';' && ctx.units.at('award', k + 1)) || awardKindColon(ctx, k)) && !known.has(k)) {
    walked.push(k);
    k = index.lastIn(';:.', floor, k);
  }
  const end = k >= 0 && known.has(k) ? known.get(k)! : k;
  for (const w of walked) known.set(w, end);
  return end;
}

/** Per article, the stop each semicolon between listed awards goes back to. */
const listedStops = new WeakMap<RuleContext['units'], Map<number, number>>();

const punctAt = (doc: Doc, k: number) => (doc.tokens.kind[k] === Kind.Punct ? doc.text[doc.tokens.start[k]] : '');

/** Per article, where sentences hold a stop (";", ":", ".") and where a give-verb ends ("verb-end": on its last token). */
const verbIndexes = new WeakMap<RuleContext['units'], TokenIndex>();
function verbIndexOf(ctx: RuleContext): TokenIndex {
  let index = verbIndexes.get(ctx.units);
  if (!index) {
    const { doc, units } = ctx;
    index = new TokenIndex(doc, (kind, k) => (kind === 'verb-end' ? units.endingAt('give-verb', k + 1).length > 0 : isMarkAmong(doc, kind, k)));
    verbIndexes.set(ctx.units, index);
  }
  return index;
}

const CLASS_WORD = /^(?:nhất|nhì|ba)$/iu;
/**
 * Where ", hạng Ba cho" (or "và hạng Ba cho") opens right at `from`, before `to` (exclusive), as the token of "hạng";
 * -1 when it does not. An award named with its class lists its further classes so: "Huân chương Lao động hạng Nhì cho
 * 1 tập thể, hạng Ba cho 2 cá nhân".
 */
function classGivenAt(ctx: RuleContext, from: number, to: number): number {
  const w = (k: number) => (k < to ? tokensValue(ctx.doc, k, k + 1) : '');
  const k = /^(?:,|;|và)$/iu.test(w(from)) ? from + 1 : -1;
  return k > 0 && /^hạng$/iu.test(w(k)) && CLASS_WORD.test(w(k + 1)) && /^cho$/iu.test(w(k + 2)) ? k : -1;
}

/**
 * The award's further classes given in the same clause after its recipients, each with its own: "… hạng Nhì cho 1 tập
 * thể, hạng Ba cho 2 cá nhân" is two statements, the second "… hạng Ba" (ANNOTATION.md: two entries).
 */
function furtherClasses(ctx: RuleContext, m: Match, by: string | null, groups: { first: number; end: number }[]): Reading<AwardStatement>[] {
  const a = m.caps.a?.unit?.value as AwardValue | undefined;
  if (!a || !groups.length || !/\shạng\s+\S+$/u.test(a.award)) return [];
  const out: Reading<AwardStatement>[] = [];
  let at = groups[groups.length - 1].end;
  // "… hạng Nhì cho 1 tập thể, 2 cá nhân; hạng Ba cho …": a class may follow a semicolon, within the sentence
  const sentence = ctx.doc.sentences[ctx.doc.sentenceOf[Math.min(at, ctx.doc.tokens.count - 1)]];
  const stop = sentence ? sentence.endToken : ctx.doc.tokens.count;
  for (let n = 0; n < 4; n++) {
    const k = classGivenAt(ctx, at, stop);
    if (k < 0 || !ctx.units.at('recipients', k + 3)) break;
    const next = recipientGroups(ctx, k + 3, nextAward(ctx, k + 3, clauseEnd(ctx, k + 3)));
    if (!next.length) break;
    const award = a.award.replace(/hạng\s+\S+$/u, `hạng ${tokensValue(ctx.doc, k + 1, k + 2)}`);
    for (const g of next) out.push({ value: { award, by, collectives: g.value.collectives, individuals: g.value.individuals, awardAt: k }, first: k, end: g.end, ...(g.value.derived ? { implied: ['count'] } : {}) });
    at = next[next.length - 1].end;
  }
  return out;
}

function statements(m: Match, by: string | null, groups: { value: RecipientsValue; first: number; end: number }[]): Reading<AwardStatement>[] {
  const a = m.caps.a?.unit?.value as AwardValue | undefined;
  const award = a?.award ?? '';
  const awardAt = m.caps.a?.first ?? m.anchor.first;
  const end = Math.max(m.end, ...groups.map((g) => g.end));
  const first = Math.min(m.first, ...groups.map((g) => g.first));
  if (!groups.length) return [{ value: { award, by, collectives: null, individuals: null, awardAt }, first, end }];
  return groups.map((g) => ({
    value: { award, by, collectives: g.value.collectives, individuals: g.value.individuals, awardAt },
    first,
    end,
    ...(g.value.derived ? { implied: ['count'] } : {}),
  }));
}

/**
 * A body named right after a plain award with no "của", before its recipients: "và bằng khen LĐLĐ thành phố cho 08 tập
 * thể" (bench/studies/awards-round13.mjs, bare-giver). It opens with a body's word ("LĐLĐ", "UBND", "Chủ tịch" …) and
 * runs to "cho" over capitalised words and the lower-case words of a unit ("thành phố", "tỉnh").
 */
function bareGiverAfter(ctx: RuleContext, m: Match): string | null {
  const { doc, units } = ctx;
  const a = m.caps.a;
  if (!a || (a.unit!.value as AwardValue).named || m.caps.of) return null;
  const first = a.end;
  if (first >= doc.tokens.count || !(doc.tokens.flags[first] & Flag.Cap)) return null;
  // the longest of the heads that open there: "Hội Cựu chiến binh" (a unit's body) rather than "Hội"
  let headEnd = -1;
  for (const kind of BARE_GIVER_HEADS) headEnd = Math.max(headEnd, units.at(kind, first)?.end ?? -1);
  if (headEnd < 0) return null;
  // a lower-case word read as part of a sentence-case name must have the name go on after it: "Ủy ban nhân dân tỉnh",
  // "Liên đoàn Lao động", not "Thủ tướng Chính phủ đợt này", "Tỉnh đoàn kịp thời", "… thành phố và quà" before "cho"
  let trailing = false;
  for (let k = headEnd; k < Math.min(doc.tokens.count, first + BARE_GIVER_REACH); k++) {
    if (/^cho$/iu.test(tokensValue(doc, k, k + 1))) return !trailing && (units.at('recipients', k + 1) || units.at('recipients', k + 2)) ? tokensValue(doc, first, k) : null;
    // "LĐLĐ Quận 1": a unit's number goes on
    if (doc.tokens.kind[k] === Kind.Number && doc.tokens.flags[k - 1] & Flag.Cap) continue;
    if (doc.tokens.kind[k] !== Kind.Word) return null;
    if (doc.tokens.flags[k] & Flag.Cap || UNIT_TYPE_WORDS.has(tokensValue(doc, k, k + 1).toLowerCase())) trailing = false;
    else if (inSentenceCaseName(ctx, k)) trailing = true;
    else return null;
  }
  return null;
}

/**
 * A lower-case word that goes on a body's name written in sentence case ("Liên đoàn Lao động thành phố", "Ủy ban nhân
 * dân tỉnh", "Hội Cựu chiến binh"): after another word, and neither a verb of giving nor a word that ends a giver.
 */
const inSentenceCaseName = (ctx: RuleContext, k: number) =>
  ctx.doc.tokens.kind[k - 1] === Kind.Word && !ctx.units.at('give-verb', k) && !ctx.units.at('award-verb', k) && !endsGiverName(ctx.doc, k, tokensValue(ctx.doc, k, k + 1).toLowerCase());

/** What opens a giver named after its award without "của": a unit's organ or body, an organisation's head, a title. */
const BARE_GIVER_HEADS = ['unit-organ', 'org-head', 'unit-body', 'title'];
/** How far a giver named after its award without "của" reaches, in tokens: "Ủy ban nhân dân thành phố Hồ Chí Minh" is 9. */
const BARE_GIVER_REACH = 10;
/** Lower-case words of a unit's name inside a giver: "LĐLĐ thành phố", "UBND tỉnh". */
const UNIT_TYPE_WORDS = new Set(['tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'phường', 'thị', 'trấn']);

/**
 * "8 tập thể đạt danh hiệu lao động xuất sắc do UBND TP.HCM trao tặng", "14 tập thể nhận giấy khen do Tổng công ty trao
 * tặng", "đón nhận danh hiệu … do UBND TP trao tặng": the giver named after "do" right after the award, before the verb
 * of giving that closes it (bench/studies/round23-awards.mjs, award do X trao tặng: corpus/real 1, dev 0, audits 3, all
 * annotated with that giver). "do" for a cause ("… do đã tặng …") opens no body's name: giver() reads none.
 */
function givenByAfter(ctx: RuleContext, end: number): string | null {
  const { doc, units } = ctx;
  if (end >= doc.tokens.count || !/^do$/iu.test(tokensValue(doc, end, end + 1))) return null;
  for (let k = end + 2; k < Math.min(doc.tokens.count, end + 1 + GIVER_REACH); k++) {
    if (commendedGiverStop(doc, k) || units.at('award', k) || units.at('recipients', k)) return null;
    if (units.at('give-verb', k)) return giver(ctx, end + 1, k);
  }
  return null;
}

/**
 * The giver named after "của" (caps `of`), unless the words after "của" name the recipients: "nhận được 4 bằng khen của
 * cả tập thể và cá nhân" (the award's owners, no body), "… của các cá nhân".
 */
function ofGiver(ctx: RuleContext, m: Match): string | null {
  const of = m.caps.of;
  if (!of) return null;
  const { doc, units } = ctx;
  const first = tokensValue(doc, of.first, of.first + 1).toLowerCase();
  if (first === 'cả') return null;
  if ((first === 'các' || first === 'những') && units.at<string>('recipient-noun', of.first + 1)?.value === 'individual') return null;
  if ((first === 'các' || first === 'những') && /^tập thể$/iu.test(tokensValue(doc, of.first + 1, of.first + 3))) return null;
  const by = tokensValue(doc, of.first, of.end);
  // "Kỷ niệm chương của Bộ Tư lệnh BĐBP “Vì chủ quyền …”": the quoted name the award took is no part of its giver
  const award = (m.caps.a?.unit?.value as AwardValue | undefined)?.award ?? '';
  const quote = Math.max(by.indexOf('“'), by.indexOf(' "') + 1);
  return quote > 0 && award.endsWith(by.slice(quote)) ? by.slice(0, quote).trimEnd() : by;
}

/**
 * The recipients a breakdown by award counts ("cho 83 đồng chí …, gồm: 9 Huân chương …, 3 Huân chương … và 71 …"): from the
 * word before a count of awards back over the items listed before it to "gồm", then to the counted recipients of one kind
 * after "cho" in that clause, which a verb of giving governs; with the giver named after "của" between verb and "cho".
 */
function breakdownTotal(ctx: RuleContext, joint: number): { value: RecipientsValue; by: string | null } | null {
  const { doc, units } = ctx;
  const floor = doc.sentences[doc.sentenceOf[joint]]?.firstToken ?? 0;
  let k = joint;
  // back over "N <award>" items to "gồm"
  for (let items = 0; items < 8 && k > floor && !/^gồm$/iu.test(tokensValue(doc, k, k + 1)); items++) {
    if (!/^(?:,|và|:)$/u.test(tokensValue(doc, k, k + 1))) return null;
    const award = units.endingAt('award', k)[0];
    if (award && award.first > 0 && doc.tokens.kind[award.first - 1] === Kind.Number) k = award.first - 2;
    else if (punctAt(doc, k) === ':' && /^gồm$/iu.test(tokensValue(doc, k - 1, k))) k--;
    else return null;
  }
  if (k <= floor || !/^gồm$/iu.test(tokensValue(doc, k, k + 1))) return null;
  // the recipients the breakdown counts: after "cho", in the clause before "gồm"
  for (let j = k - 1; j > floor && k - j <= BREAKDOWN_REACH; j--) {
    if (punctAt(doc, j) === ';' || punctAt(doc, j) === '.') return null;
    const r = units.at<RecipientsValue>('recipients', j);
    if (!r || r.value.mixed || (r.value.individuals !== null && r.value.collectives !== null) || !/^cho$/iu.test(tokensValue(doc, j - 1, j))) continue;
    let verb = j - 1;
    while (verb > floor && j - verb <= BREAKDOWN_REACH && !units.endingAt('give-verb', verb).length) verb--;
    if (!units.endingAt('give-verb', verb).length) return null;
    const of = tokensValue(doc, verb, j - 1);
    let verbFirst = units.endingAt('give-verb', verb)[0].first;
    while (verbFirst > floor && AUX_WORDS.has(tokensValue(doc, verbFirst - 1, verbFirst).toLowerCase())) verbFirst--;
    const by = /(?:^|\s)của\s+(\p{Lu}.*)$/u.exec(of)?.[1] ?? giverBefore(ctx, verbFirst);
    return { value: r.value, by };
  }
  return null;
}

/** Whether "gồm(:) N <award>" follows counted recipients in their clause, within BREAKDOWN_REACH tokens of `from`. */
function breakdownAfter(ctx: RuleContext, from: number): boolean {
  const { doc, units } = ctx;
  const s = doc.sentences[doc.sentenceOf[Math.min(from, doc.tokens.count - 1)]];
  const end = Math.min(s ? s.endToken : doc.tokens.count, from + BREAKDOWN_REACH);
  for (let k = from; k < end; k++) {
    if (punctAt(doc, k) === ';') return false;
    if (!/^gồm$/iu.test(tokensValue(doc, k, k + 1))) continue;
    const n = punctAt(doc, k + 1) === ':' ? k + 2 : k + 1;
    return n + 1 < doc.tokens.count && doc.tokens.kind[n] === Kind.Number && !!units.at('award', n + 1);
  }
  return false;
}

/** How far before a breakdown's "gồm" its recipients, and before them their verb, are looked for, in tokens. */
const BREAKDOWN_REACH = 40;

const titleWords = (award: string) => award.replace(/^danh\s+hiệu\s+/iu, '').replace(/^["“]|["”]$/gu, '').toLowerCase();
const personalTitles = PERSONAL_TITLES.map((t) => t.toLowerCase());
/** Who holds an emulation title by law: "Chiến sỹ thi đua" a person, "Tập thể lao động tiên tiến" a group; null for others. */
function titleHolders(award: string): 'individual' | 'collective' | null {
  const words = titleWords(award);
  if (GROUP_TITLE_OPENERS.some((w) => words.startsWith(`${w} `))) return personalTitles.some((t) => words.includes(t)) ? 'collective' : null;
  return personalTitles.some((t) => words.startsWith(t)) ? 'individual' : null;
}

/** "12 Bằng khen cho tập thể": the count before the award, of the kind named after "cho". */
function countFirstGroup(ctx: RuleContext, m: Match): { value: RecipientsValue; first: number; end: number } {
  const n = m.caps.n.unit!.value as number;
  // (heads of units are persons: "cho nguyên thủ trưởng …")
  const kind = m.caps.kind ? (m.caps.kind.unit!.value as string) : 'individual';
  // "trao tặng 15 Bằng khen cho các tập thể và cá nhân": a count of both kinds together gives neither (dev 142)
  const mixed = bothKindsAfter(ctx, m.end, kind);
  const individual = kind === 'individual';
  const value = mixed ? { collectives: null, individuals: null, mixed, derived: false } : { collectives: individual ? null : n, individuals: individual ? n : null, mixed, derived: false };
  return { value, first: m.caps.n.first, end: m.end };
}

/** "… cho các tập thể và cá nhân", "…, cá nhân": a recipient noun of the other kind joined right after token `end`. */
function bothKindsAfter(ctx: RuleContext, end: number, kind: string): boolean {
  if (end + 1 >= ctx.doc.tokens.count || !/^(?:và|,|cùng)$/iu.test(tokensValue(ctx.doc, end, end + 1))) return false;
  const other = ctx.units.at('recipient-noun', end + 1);
  return !!other && other.value !== kind;
}

/** The recipients an emulation movement counts: "21 tập thể và 55 cá nhân", "10 cá nhân". */
const EMULATION_RECIPIENTS = new RegExp(`(?<![\\p{L}])(?:${EMULATION_RECIPIENT_NOUNS.join('|')})(?![\\p{L}])`, 'iu');
/**
 * Before "biểu dương" in its sentence, words of a speech ("Phát biểu chỉ đạo, đồng chí Bí thư … ghi nhận, biểu dương 2 cá
 * nhân …", "các đại biểu biểu dương …") or of one still to come ("sẽ", "cần", "đề nghị", "đề xuất"): praise said or
 * proposed, no award made (round 25 review).
 */
const PRAISE_SAID_BEFORE = /(?<![\p{L}])(?:phát biểu|ghi nhận|đánh giá cao|kết luận|đại biểu|sẽ|cần|đề nghị|đề xuất|mong muốn)(?![\p{L}])/iu;

/** How far back in its sentence a statement's speech, wish or goal words are looked for, in characters. */
const SENTENCE_BEFORE_REACH = 300;
/** The text of the sentence of token `from` before token `to`, at most SENTENCE_BEFORE_REACH characters of it. */
function sentenceBefore(doc: Doc, from: number, to: number): string {
  const sentence = doc.sentences[doc.sentenceOf[from]];
  const end = doc.tokens.start[to];
  return doc.text.slice(Math.max(sentence ? sentence.start : 0, end - SENTENCE_BEFORE_REACH), end);
}

/** Before the recipients in their sentence, a goal's words: "phấn đấu có 16/16 tổ dân phố đạt danh hiệu …", "chỉ tiêu 90% …". */
const GOAL_BEFORE = /(?<![\p{L}])(?:phấn đấu|mục tiêu|chỉ tiêu|dự kiến|sẽ)(?![\p{L}])[^.;!?]*$/iu;
const goalBefore = (ctx: RuleContext, first: number) => GOAL_BEFORE.test(sentenceBefore(ctx.doc, first, first));

/** "biểu dương" of the movement's counted recipients, not said in a speech nor proposed: "UBND huyện đã biểu dương 21 tập thể …". */
function commendedAsAward(ctx: RuleContext, m: Match): boolean {
  const { doc } = ctx;
  return EMULATION_RECIPIENTS.test(tokensValue(doc, m.caps.r.first, m.caps.r.end)) && !PRAISE_SAID_BEFORE.test(sentenceBefore(doc, m.first, m.caps.a.first));
}

/**
 * A commendation verb's statements ("khen thưởng" … counted recipients at caps r): one per recipient group, the giver
 * before the verb.
 */
function commended(m: Match, ctx: RuleContext): Reading<AwardStatement>[] | null {
  const award = m.caps.a.unit!.value as string;
  // "Phó Thủ tướng biểu dương 16 địa phương …", "… biểu dương 4 tỉnh có TNGT giảm": praise said at a meeting, not an
  // award given, but for the emulation movement's own recipients ("UBND huyện đã biểu dương 21 tập thể và 55 cá nhân";
  // round 25, audit 26: corpus/real and dev praise only provinces and localities so); "họp xét khen thưởng": a review
  if ((award === 'biểu dương' && !commendedAsAward(ctx, m)) || wished(ctx, m.first) || reviewedFor(ctx, m.caps.a.first) || broadVerbUnconfirmed(ctx, award)) return null;
  // "trao Giấy khen tặng 10 tập thể": "khen" belongs to the award, "tặng" gives it (award-given reads it)
  if (ctx.units.endingAt('award', m.caps.a.first + 1).length) return null;
  const by = giverBefore(ctx, m.first);
  const groups = recipientGroups(ctx, m.caps.r.first, nextAward(ctx, m.caps.r.end, clauseEnd(ctx, m.caps.r.end)));
  // "Khen thưởng: 07 tập thể và 06 cá nhân được Bộ trưởng … tặng Bằng khen", "… được khen thưởng: 02 tập thể được tặng Cờ
  // thi đua …": after a colon, counts that receive on their own are the statements the heading announces
  if (punctAt(ctx.doc, m.caps.r.first - 1) === ':' && groups.length && receivesAnAward(ctx, groups[0].end)) return null;
  return groups.map((g) => ({ value: { award, by, collectives: g.value.collectives, individuals: g.value.individuals, awardAt: m.caps.a.first }, first: m.first, end: g.end }));
}

/** "Thủ tướng hy vọng sang năm … có dịp trao Bằng khen …": a wish earlier in the sentence, no award made. */
function wished(ctx: RuleContext, first: number): boolean {
  const sentence = ctx.doc.sentenceOf[Math.min(first, ctx.doc.tokens.count - 1)];
  let firstWishes = firstWishOf.get(ctx.units);
  if (!firstWishes) firstWishOf.set(ctx.units, (firstWishes = new Map()));
  let wish = firstWishes.get(sentence);
  if (wish === undefined) {
    // one walk per sentence, not one per statement: a sentence may hold thousands of them
    const s = ctx.doc.sentences[sentence];
    const end = s ? s.endToken : first;
    wish = Infinity;
    for (let k = s ? s.firstToken : first; k < end; k++) {
      if (ctx.units.at('wish-word', k)) {
        wish = k;
        break;
      }
    }
    firstWishes.set(sentence, wish);
  }
  return wish < first;
}

/** Per sentence, the first token of a wish word in it (Infinity when none). */
const firstWishOf = new WeakMap<RuleContext['units'], Map<number, number>>();

const honourCeremonyRe = new RegExp(`(?<![\\p{L}\\p{M}])(?:${HONOUR_CEREMONIES.join('|')})(?![\\p{L}\\p{M}])`, 'iu');
/** Per article, whether it names a ceremony of honour. */
const honourCeremonyOf = new WeakMap<RuleContext['units'], boolean>();

// "trao Giải thưởng Lý Tự Trọng": an honour's prize-giving is a ceremony of honour, no contest's
const prizeGivingRe = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PRIZE_GIVINGS.join('|')})(?![\\p{L}\\p{M}])(?!\\s+thưởng\\s+(?:${HONOUR_PRIZES.join('|')}))`, 'iu');
/** Per article, whether it names a prize-giving. */
const prizeGivingOf = new WeakMap<RuleContext['units'], boolean>();

/**
 * "tôn vinh 43 sinh viên" by a monument is no award: a broad verb counts only in an article naming a ceremony of honour;
 * "vinh danh 10 công ty" at a prize-giving names a prize's winners.
 */
function broadVerbUnconfirmed(ctx: RuleContext, award: string): boolean {
  const broad = BROAD_AWARD_VERBS.includes(award);
  if (!broad && !PRIZE_HONOUR_VERBS.includes(award)) return false;
  let named = honourCeremonyOf.get(ctx.units);
  if (named === undefined) honourCeremonyOf.set(ctx.units, (named = honourCeremonyRe.test(ctx.doc.text)));
  if (broad || named) return !named;
  let prize = prizeGivingOf.get(ctx.units);
  if (prize === undefined) prizeGivingOf.set(ctx.units, (prize = prizeGivingRe.test(ctx.doc.text)));
  return prize;
}

/**
 * "… vinh dự được Bộ Tài chính đề nghị Chính phủ tặng thưởng Huân chương …": a recipient nominated, no award given yet. A
 * body's own proposal ("Đề nghị Bộ Tư lệnh BĐBP tặng 20 Bằng khen …", "trình Thủ tướng đề nghị Chủ tịch nước tặng …")
 * stays a statement, as dev annotates it (bench/studies/awards-round6.mjs, được-đề-nghị: 1 in corpus/real, 0 in dev).
 */
function nominated(ctx: RuleContext, verbFirst: number): boolean {
  const { doc } = ctx;
  const floor = doc.sentences[doc.sentenceOf[Math.min(verbFirst, doc.tokens.count - 1)]]?.firstToken ?? 0;
  let k = verbFirst - 1;
  // back over the one asked ("Chính phủ") to "đề nghị", within the clause
  while (k > floor && verbFirst - k <= 12 && !isClauseBreak(doc, k) && !/^nghị$/iu.test(tokensValue(doc, k, k + 1))) k--;
  if (k <= floor || verbFirst - k > 12 || !/^đề nghị$/iu.test(tokensValue(doc, k - 1, k + 1))) return false;
  // then back over the proposer ("Bộ Tài chính") to "được"
  for (let j = k - 2; j >= floor && k - j <= 12 && !isClauseBreak(doc, j); j--) if (/^được$/iu.test(tokensValue(doc, j, j + 1))) return true;
  return false;
}

/**
 * "98,5% cán bộ công nhân lao động nữ đạt danh hiệu thi đua …", "Tỷ lệ hộ dân cư được công nhận danh hiệu "Gia đình
 * văn hóa"": a share of those who hold a title, a figure or an indicator's name, no award statement
 * (bench/studies/awards-round13.mjs, rate-titles). True when the clause before token `at` holds a percentage or "tỷ lệ".
 */
function sharedRecipients(ctx: RuleContext, at: number): boolean {
  const { doc, units } = ctx;
  const floor = doc.sentences[doc.sentenceOf[Math.min(at, doc.tokens.count - 1)]]?.firstToken ?? 0;
  for (let k = at - 1; k >= floor && at - k <= SHARE_REACH && !isClauseBreak(doc, k); k--) {
    if (units.at('percent', k) || /^tỷ lệ$|^tỉ lệ$/iu.test(tokensValue(doc, k, k + 2))) return true;
  }
  return false;
}

/** How far back in its clause a share of the recipients is looked for, in tokens. */
const SHARE_REACH = 16;

/** "Hội đồng … xét tặng Giải thưởng …", "tổ chức xét tặng", "họp xét khen thưởng": a council's name or its review, no award given. */
const reviewedFor = (ctx: RuleContext, verbFirst: number) => verbFirst > 0 && /^xét$/iu.test(tokensValue(ctx.doc, verbFirst - 1, verbFirst));

export const awardTaking = wordClass('award-taking', AWARD_TAKING_WORDS);
export const namedRecipientTitles = wordClass('named-recipient-title', NAMED_RECIPIENT_TITLES);
export const lowerCaseGivers = wordClass('lower-case-giver', LOWER_CASE_GIVERS);
export const wishWords = wordClass('wish-word', WISH_WORDS);
export const reportingVerbs = wordClass('reporting-verb', REPORTING_VERBS);
export const sourceOpeners = wordClass('source-opener', SOURCE_OPENERS);

const AUX = [
  'đã', 'vừa', 'sẽ', 'cũng', 'kịp thời', 'đã kịp thời', 'đã quyết định', 'quyết định', 'đã trao', 'ký quyết định', 'đã ký quyết định', 'vừa ký quyết định',
  // "UBND huyện đã ra quyết định khen thưởng …", "… ban hành quyết định khen thưởng cho …": the body decides and gives
  'ra quyết định', 'đã ra quyết định', 'vừa ra quyết định', 'ban hành quyết định', 'đã ban hành quyết định', 'vừa ban hành quyết định',
];
const AUX_WORDS = new Set(['đã', 'vừa', 'sẽ', 'cũng']);
/** What stands between counted recipients and the award they receive: "được", "vinh dự đón nhận", "nhận được". */
/** A Party badge: "huy hiệu 50 năm tuổi Đảng", "Huy hiệu Đảng". */
const BADGE = /^huy hiệu/iu;
/** One item of a list of badges counted by level: "2 đảng viên được nhận huy hiệu 55 năm tuổi đảng", "1 đồng chí 45 năm". */
const BADGE_LEVEL_ITEM = String.raw`\d+ (?:đảng viên|Đảng viên|đồng chí) (?:(?:(?:đã |vinh dự )?được (?:nhận|trao|tặng|trao tặng) )?[Hh]uy hiệu(?: [Đđ]ảng)? \d+(?:, ?\d+)*(?: và \d+)? năm(?: tuổi [Đđ]ảng)?|\d+ năm(?: tuổi [Đđ]ảng)?)`;
const BADGE_LEVEL_LIST = new RegExp(`${BADGE_LEVEL_ITEM}(?:(?:, | và |; )${BADGE_LEVEL_ITEM})+`, 'gu');
/** How far a list of badges by level is read each way from one of its items, in characters. */
const BADGE_LIST_REACH = 400;
/** The item of the list that says the badges were received. */
const BADGE_RECEIVED = /được (?:nhận|trao|tặng|trao tặng) [Hh]uy hiệu/u;
/** Badges received or given before a list that breaks them down: "… được trao huy hiệu đảng.", "trao Huy hiệu Đảng cho 10 đảng viên". */
const BADGE_GIVEN = /(?:được (?:nhận|trao|tặng|trao tặng)|(?<![\p{L}])(?:trao|tặng|trao tặng)) [Hh]uy hiệu/u;

const RECEIVING_WORDS = [
  'được', 'đã được', 'vinh dự được', 'cũng được', 'sẽ được', 'đạt', 'đã đạt', 'nhận', 'đã nhận',
  'nhận được', 'đã nhận được', 'đón nhận', 'đã đón nhận', 'vinh dự nhận', 'vinh dự đón nhận', 'đã vinh dự đón nhận', 'đã vinh dự nhận',
];

export const AWARD_RULES: readonly Rule<AwardStatement>[] = [
  {
    // "Chủ tịch UBND thành phố tặng Giấy khen cho 05 tập thể, 07 cá nhân",
    // "Bộ trưởng Bộ Tài chính đã quyết định trao tặng Bằng khen của Bộ trưởng Bộ Tài chính cho 07 tập thể"
    name: 'award-given',
    pattern: [opt(words(...AUX)), dim('give-verb'), anchor(dim('award', 'a')), opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop })))],
    build(m, ctx) {
      // "Lễ trao Giải thưởng …" names a ceremony; the award is named, not given, there, unless counted recipients
      // follow: "Đảng bộ phường tổ chức Lễ trao Huy hiệu Đảng cho 18 đảng viên" gives it, the body holding it giving
      if (m.first > 0 && /^lễ$/iu.test(tokensValue(ctx.doc, m.first - 1, m.first))) {
        const counted = recipientsAfter(ctx, m.end);
        return counted.length && !wished(ctx, m.first) ? statements(m, giverBefore(ctx, m.first), counted) : statements(m, null, []);
      }
      if (reviewedFor(ctx, m.first) || wished(ctx, m.first) || nominated(ctx, m.first)) return null;
      const groups = recipientsAfter(ctx, m.end);
      if (!groups.length && sharedRecipients(ctx, m.first)) return null;
      // "… Huân chương của Chủ tịch nước cho 83 đồng chí …, gồm: 9 Huân chương …": the breakdown's statements are the award's
      if (groups.length && breakdownAfter(ctx, groups[groups.length - 1].end)) return null;
      const by = ofGiver(ctx, m) || bareGiverAfter(ctx, m) || giverBefore(ctx, m.first);
      return [...statements(m, by, groups), ...furtherClasses(ctx, m, by, groups)];
    },
  },
  {
    // "UBND tỉnh tặng Bằng khen cho 2 tập thể, 5 cá nhân và Giấy khen cho 10 tập thể, 20 cá nhân": a further award
    // given in the same clause by the same giver
    name: 'award-given-listed',
    pattern: [words('và', ',', ';'), anchor(dim('award', 'a')), opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop })))],
    build(m, ctx) {
      const verb = giveVerbBefore(ctx, m.first);
      if (verb === null) return null;
      const groups = recipientsAfter(ctx, m.end);
      if (!groups.length) return null;
      const by = ofGiver(ctx, m) || bareGiverAfter(ctx, m) || giverBefore(ctx, verb);
      return statements(m, by, groups);
    },
  },
  {
    // "Đề nghị tặng danh hiệu … cho 07 cá nhân; tập thể lao động xuất sắc cho 16 tập thể; …; bằng khen … cho 89 cá nhân.
    // Bằng khen của Thủ tướng Chính phủ cho 7 cá nhân.": a council's list of awards and their counts goes on in a
    // sentence with no verb of its own, opened by the next award (bench/studies/awards-round13.mjs, list-sentence)
    name: 'award-listed-sentence',
    pattern: [anchor(dim('award', 'a')), opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop }))), words('cho')],
    build(m, ctx) {
      const verb = listGoesOnFrom(ctx, m.first);
      if (verb === null) return null;
      const groups = recipientsAfter(ctx, m.caps.a.end);
      if (!groups.length || verbAfterListed(ctx, groups[groups.length - 1].end)) return null;
      const by = ofGiver(ctx, m) || bareGiverAfter(ctx, m) || giverBefore(ctx, verb);
      return statements(m, by, groups);
    },
  },
  {
    // "UBND huyện trao 12 Bằng khen cho tập thể": the count stands before the award, the kind of recipient after "cho"
    name: 'award-count-first',
    pattern: [
      opt(words(...AUX)),
      dim('give-verb'),
      dim('count', 'n'),
      anchor(dim('award', 'a')),
      // "trao 13 Huân chương Bảo vệ Tổ quốc (3 hạng nhất, 1 hạng nhì, 9 hạng ba) cho nguyên thủ trưởng …": the count's
      // classes in brackets (not its recipients, "(gồm 15 tập thể và 25 cá nhân)"), and heads of units, former or serving,
      // as persons (round 27, audit 24; "thủ trưởng" is no recipient noun elsewhere: "… cho 2 tập thể và thủ trưởng 3 đơn
      // vị" counts the units; round 27 review)
      opt(words('('), gap(BREAKDOWN_BRACKET_TOKENS, { stop: bracketOrRecipients }), words(')')),
      words('cho'),
      opt(words('các')),
      alt([wordsAs('heads', 'thủ trưởng', 'nguyên thủ trưởng')], [opt(dim('count', 'm')), dim('recipient-noun', 'kind')]),
    ],
    build(m, ctx) {
      if (wished(ctx, m.first)) return null;
      // "trao 12 Bằng khen cho 12 tập thể": the recipients counted after "cho" are the statement's groups
      const groups = m.caps.m ? recipientsAfter(ctx, m.caps.a.end) : [countFirstGroup(ctx, m)];
      return groups.length ? statements(m, giverBefore(ctx, m.first), groups) : null;
    },
  },
  {
    // "Chủ tịch UBND tỉnh có thư khen 5 tập thể …", "… vừa ký Thư khen gửi 3 tập thể": a letter of praise had or signed
    name: 'award-letter',
    pattern: [opt(words('đã', 'vừa')), words('có', 'ký'), anchor(dim('award', 'a'))],
    build(m, ctx) {
      if (!/^thư khen$/iu.test((m.caps.a.unit!.value as AwardValue).award) || wished(ctx, m.first)) return null;
      const groups = recipientsAfter(ctx, m.end);
      return groups.length ? statements(m, giverBefore(ctx, m.first), groups) : null;
    },
  },
  {
    // "… trao tặng và truy tặng Huân chương của Chủ tịch nước cho 83 đồng chí …, gồm: 9 Huân chương Độc lập hạng Ba, 3
    // Huân chương Bảo vệ Tổ quốc hạng Nhì và 71 Huân chương Bảo vệ Tổ quốc hạng Ba": the recipients broken down by the
    // award each received, each count of awards a count of recipients of their kind (bench/studies/round14-awards.mjs,
    // counted-word)
    name: 'award-count-breakdown',
    pattern: [words('gồm', ':', ',', 'và'), dim('count', 'n'), anchor(dim('award', 'a'))],
    build(m, ctx) {
      const total = breakdownTotal(ctx, m.first);
      if (!total) return null;
      const n = m.caps.n.unit!.value as number;
      const individual = total.value.individuals !== null;
      const value = { collectives: individual ? null : n, individuals: individual ? n : null, mixed: false, derived: false };
      return statements(m, total.by, [{ value, first: m.caps.n.first, end: m.end }]);
    },
  },
  {
    // "Hội đồng xét chọn … trao danh hiệu “Tập thể Sinh viên 5 tốt”, “Sinh viên 5 tốt” … cụ thể: "Tập thể sinh viên 5 tốt"
    // cho 2 tập thể; “Sinh viên 5 tốt” cho 19 sinh viên; …": quoted titles listed bare, each with its recipients, under
    // the verb of giving before them in the sentence (bench/studies/round14-awards.mjs, quoted-list)
    name: 'award-quoted-listed',
    pattern: [words(':', ';', ',', 'và'), anchor(dim('award', 'a')), words('cho')],
    build(m, ctx) {
      const a = m.caps.a;
      if (!/^["“]/u.test((a.unit!.value as AwardValue).award) || wished(ctx, m.first)) return null;
      const floor = ctx.doc.sentences[ctx.doc.sentenceOf[a.first]]?.firstToken ?? 0;
      const verbEnd = verbIndexOf(ctx).lastIn('verb-end', floor, a.first);
      if (verbEnd < 0) return null;
      const groups = recipientsAfter(ctx, a.end);
      if (!groups.length) return null;
      let verb = ctx.units.endingAt('give-verb', verbEnd + 1)[0].first;
      while (verb > floor && AUX_WORDS.has(tokensValue(ctx.doc, verb - 1, verb).toLowerCase())) verb--;
      return statements(m, giverBefore(ctx, verb), groups);
    },
  },
  {
    // "UBND huyện công nhận danh hiệu thi đua cho 04 Tập thể lao động tiên tiến, công nhận 01 danh hiệu Chiến sỹ thi đua":
    // a count of titles the law gives to persons only counts persons (bench/studies/round14-awards.mjs, counted-word)
    name: 'award-count-title',
    pattern: [opt(words(...AUX)), dim('give-verb'), dim('count', 'n'), anchor(dim('award', 'a'))],
    build(m, ctx) {
      const award = (m.caps.a.unit!.value as AwardValue).award;
      if (/^cho$/iu.test(tokensValue(ctx.doc, m.end, m.end + 1)) || wished(ctx, m.first) || reviewedFor(ctx, m.first)) return null;
      const kind = titleHolders(award);
      if (!kind) return null;
      const n = m.caps.n.unit!.value as number;
      const value = { collectives: kind === 'collective' ? n : null, individuals: kind === 'individual' ? n : null, mixed: false, derived: false };
      return statements(m, giverBefore(ctx, m.first), [{ value, first: m.caps.n.first, end: m.end }]);
    },
  },
  {
    // "… công nhận 15 danh hiệu Lao động tiên tiến và 3 danh hiệu Tập thể lao động tiên tiến": a further count of titles
    name: 'award-count-title-listed',
    pattern: [words('và', ','), dim('count', 'n'), anchor(dim('award', 'a'))],
    build(m, ctx) {
      const kind = titleHolders((m.caps.a.unit!.value as AwardValue).award);
      const verb = kind ? giveVerbBefore(ctx, m.first) : null;
      if (verb === null || !kind || /^cho$/iu.test(tokensValue(ctx.doc, m.end, m.end + 1)) || wished(ctx, verb)) return null;
      const n = m.caps.n.unit!.value as number;
      const value = { collectives: kind === 'collective' ? n : null, individuals: kind === 'individual' ? n : null, mixed: false, derived: false };
      return statements(m, giverBefore(ctx, verb), [{ value, first: m.caps.n.first, end: m.end }]);
    },
  },
  {
    // "UBND huyện trao 12 Bằng khen cho tập thể và 20 Giấy khen cho cá nhân": a further count-first award under the
    // same verb
    name: 'award-count-first-listed',
    pattern: [words('và', ','), dim('count', 'n'), anchor(dim('award', 'a')), words('cho'), opt(words('các')), dim('recipient-noun', 'kind')],
    build(m, ctx) {
      const verb = giveVerbBefore(ctx, m.first);
      if (verb === null || wished(ctx, verb)) return null;
      return statements(m, giverBefore(ctx, verb), [countFirstGroup(ctx, m)]);
    },
  },
  {
    // "… 2995 nông dân được công nhận đạt danh hiệu nông dân sản xuất kinh doanh giỏi, …, trong đó, cấp tỉnh 220 cá nhân và
    // 2 tập thể giỏi, cấp huyện 275 nông dân, cấp xã 2500 nông dân": a title's holders counted by the level that
    // recognised them, each level a statement with the level for its giver (bench/studies/round15-awards.mjs, level-counts)
    name: 'award-by-level',
    pattern: [anchor(dim('award', 'a'))],
    build(m, ctx) {
      const levels = wished(ctx, m.first) ? [] : titleLevels(ctx, m.caps.a);
      return levels.length ? levels.flatMap((l) => statements(m, l.by, l.groups)) : null;
    },
  },
  {
    // "5 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ", "6 tập thể được UBND tỉnh tặng Bằng khen"
    name: 'award-received',
    pattern: [
      group('who', dim('recipients', 'r'), gap(60, { stop: isSentencePart })),
      words(...RECEIVING_WORDS),
      // "được nhận", "được phong tặng danh hiệu", "được truy tặng Huân chương": the giving with no giver before it
      opt(words('nhận', 'trao', 'tặng', 'trao tặng', 'tặng thưởng', 'nhận được', 'đón nhận', 'phong tặng', 'truy tặng', 'gắn', 'trao quyết định và gắn')),
      opt(group('by', gap(GIVER_REACH, { min: 1, stop: passiveGiverStop })), dim('give-verb')),
      anchor(dim('award', 'a')),
      opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop }))),
    ],
    build(m, ctx) {
      // "5 tập thể được UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen": nominated, not given yet
      if (m.caps.by && nominated(ctx, m.caps.by.end)) return null;
      if (receivedBefore(ctx, m.caps.r.end, m.caps.who.end) || describedByReceiving(ctx, m.end)) return null;
      // the total of a title's holders broken down by level: the levels' counts are the statements (award-by-level)
      if (titleLevels(ctx, m.caps.a).length) return null;
      // "phấn đấu có 16/16 tổ dân phố đạt danh hiệu tổ dân phố văn hóa": a goal, no title given (round 26 review)
      if (goalBefore(ctx, m.first)) return null;
      const by = ofGiver(ctx, m) || (m.caps.by ? giver(ctx, m.caps.by.first, m.caps.by.end) : null) || givenByAfter(ctx, m.end);
      if (householdTally.test((m.caps.a.unit!.value as AwardValue).award) && householdsAt(ctx, m.caps.r)) return statements(m, by, []);
      const groups = recipientGroups(ctx, recipientsRunFrom(ctx, m.caps.r), m.caps.r.end);
      return statements(m, by, groups);
    },
  },
  {
    // "có 2 đảng viên được nhận huy hiệu 55 năm tuổi đảng, 2 đảng viên huy hiệu 50 năm tuổi đảng, 1 đảng viên huy hiệu 40
    // năm tuổi đảng", "có 1 đảng viên 65 năm tuổi đảng, 2 đảng viên 60 năm và 41 đảng viên được trao huy hiệu 30, 40 …
    // năm tuổi đảng": Party badges counted by level, the receiving said in one item of the list; an item that names
    // no badge takes the list's noun (bench/studies/round28.mjs badge-level-ellipsis: audits 26, 32, 33)
    name: 'award-badge-level',
    pattern: [anchor(dim('recipients', 'r')), alt([dim('award', 'a')], [token(isNumber), words('năm')])],
    build(m, ctx) {
      const a = m.caps.a?.unit?.value as AwardValue | undefined;
      if (a && !BADGE.test(a.award)) return null;
      const r = m.caps.r.unit!.value as RecipientsValue;
      if (r.individuals === null || r.collectives !== null) return null;
      const { doc } = ctx;
      const sentence = doc.sentences[doc.sentenceOf[m.first]];
      const start = doc.tokens.start[m.first];
      // (the list around the item, a reach each way: a sentence may run on for a whole long line)
      const window = Math.max(sentence.start, start - BADGE_LIST_REACH);
      for (const list of doc.text.slice(window, Math.min(sentence.end, start + BADGE_LIST_REACH)).matchAll(BADGE_LEVEL_LIST)) {
        const from = window + list.index;
        if (start < from || start >= from + list[0].length || !BADGE_RECEIVED.test(list[0])) continue;
        // an item naming no badge ("2 đảng viên 60 năm tuổi đảng") is a badge's only after one received in the list or
        // under a badge total ("… 44 đảng viên được trao huy hiệu đảng. Trong đó, có 1 đảng viên 65 năm …"), not members
        // counted by their years ("Chi bộ hiện có 25 đảng viên, trong đó 2 đảng viên 60 năm tuổi đảng, …"; round 28 review)
        if (!a) {
          const previous = doc.sentences[doc.sentenceOf[m.first] - 1];
          const before = doc.text.slice(Math.max(previous && doc.sentenceOf[m.first] > 0 ? previous.start : sentence.start, from - BADGE_LIST_REACH), from);
          if (!BADGE_RECEIVED.test(doc.text.slice(from, start)) && !BADGE_GIVEN.test(before)) return null;
        }
        return [{ value: { award: a?.award ?? 'huy hiệu', by: null, collectives: null, individuals: r.individuals, awardAt: m.caps.a?.first ?? m.first }, first: m.first, end: m.end }];
      }
      return null;
    },
  },
  {
    // "… được các cấp ghi nhận và tôn vinh khen thưởng, gồm: / - Bằng khen BCH Trung ương Hội cho 2 tập thể và 3 cá nhân
    // / - Giấy khen BCH Hội CTĐ tỉnh cho 4 tập thể và 7 cá nhân": awards listed one line each under a heading that
    // gives them (round 28, audit 33; bench/studies/round28.mjs award-list-item)
    name: 'award-list-item',
    // (only an award that opens a line, tested before the giver's reach is walked)
    pattern: [anchor(dim('award', 'a', (u, doc) => listItemAt(doc, u.first - 1) === u.first || listItemAt(doc, u.first) === u.first)), opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop })))],
    build(m, ctx) {
      if (!underGivingHeading(ctx, ctx.doc.lineOf[m.first])) return null;
      const groups = recipientsAfter(ctx, m.end);
      return groups.length ? statements(m, ofGiver(ctx, m) || bareGiverAfter(ctx, m) || namedBeforeCho(ctx, m.end), groups) : null;
    },
  },
  {
    // "Bằng khen của UBND tỉnh đã được trao cho 5 tập thể và 10 cá nhân", "Huân chương Lao động hạng Ba được trao tặng
    // cho 2 tập thể": the award first, then its passive giving and counted recipients (bench/studies/awards-round6.mjs)
    name: 'award-passive-given',
    pattern: [
      anchor(dim('award', 'a')),
      opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop }))),
      opt(words('đã', 'sẽ', 'vừa', 'cũng')),
      words('được'),
      opt(group('by', gap(GIVER_REACH, { min: 1, stop: passiveGiverStop }))),
      dim('give-verb'),
    ],
    build(m, ctx) {
      if (wished(ctx, m.first)) return null;
      const groups = recipientsAfter(ctx, m.end);
      if (!groups.length) return null;
      const by = ofGiver(ctx, m) || (m.caps.by ? giver(ctx, m.caps.by.first, m.caps.by.end) : null);
      return statements(m, by, groups);
    },
  },
  {
    // "Chủ tịch UBND tỉnh đã khen thưởng 7 tập thể, 8 cá nhân", "tuyên dương 12 cá nhân"
    name: 'award-commended',
    pattern: [
      opt(words(...AUX)),
      anchor(dim('award-verb', 'a')),
      opt(words('cho', 'đột xuất cho', 'đột xuất', ':')),
      opt(words('các')),
      dim('recipients', 'r'),
    ],
    build: (m, ctx) => commended(m, ctx),
  },
  {
    // "Công an tỉnh khen thưởng Ban chuyên án và 5 cá nhân": a body named, then counted recipients after "và" (as
    // "tặng Bằng khen cho Đội K90 và 5 cá nhân" reads)
    name: 'award-commended-named-and-counted',
    pattern: [opt(words(...AUX)), anchor(dim('award-verb', 'a')), opt(words('cho')), group('who', gap(8, { min: 1, stop: isClauseBreak })), words('và'), dim('recipients', 'r')],
    build(m, ctx) {
      if (!(ctx.doc.tokens.flags[m.caps.who.first] & Flag.Cap) || ctx.doc.tokens.kind[m.caps.who.first] !== Kind.Word) return null;
      for (let k = m.caps.who.first; k < m.caps.who.end; k++) if (ctx.units.at('recipients', k) || ctx.units.at('award', k) || ctx.units.at('give-verb', k)) return null;
      return commended(m, ctx);
    },
  },
  {
    // "UBND huyện khen thưởng các tập thể, cá nhân có thành tích xuất sắc, gồm 10 tập thể và 20 cá nhân": the kinds
    // named, then their counts after "gồm"
    name: 'award-commended-listed',
    pattern: [opt(words(...AUX)), anchor(dim('award-verb', 'a')), opt(words('cho')), words('các'), dim('recipient-noun', 'kind'), gap(30, { stop: isSentencePart }), dim('recipients', 'r')],
    build: (m, ctx) => (listedAfterGồm(ctx, m.caps.r.first, m.caps.kind.end) ? commended(m, ctx) : null),
  },
  {
    // "5 tập thể 5 cá nhân có thành tích xuất sắc được UBND huyện Kim Bảng tuyên dương khen thưởng"
    name: 'award-commended-passive',
    pattern: [
      group('who', dim('recipients', 'r'), gap(60, { stop: isSentencePart })),
      words('được', 'đã được'),
      opt(group('by', gap(GIVER_REACH, { min: 1, stop: commendedGiverStop }))),
      anchor(dim('award-verb', 'a')),
    ],
    build(m, ctx) {
      const by = m.caps.by ? giver(ctx, m.caps.by.first, m.caps.by.end) : null;
      const groups = recipientGroups(ctx, recipientsRunFrom(ctx, m.caps.r), m.caps.r.end);
      const award = m.caps.a.unit!.value as string;
      // "12 tập thể đang được đề nghị khen thưởng", "… được xét khen thưởng": nominated or reviewed, not commended yet
      const before = m.caps.a.first;
      if (broadVerbUnconfirmed(ctx, award) || reviewedFor(ctx, before) || (before > 1 && /^đề nghị$/iu.test(tokensValue(ctx.doc, before - 2, before)))) return null;
      return groups.map((g) => ({ value: { award, by, collectives: g.value.collectives, individuals: g.value.individuals, awardAt: m.caps.a.first }, first: m.first, end: m.end }));
    },
  },
  {
    // "… đã nhận được giấy khen của UBND và Ban CHQS thành phố", "Bằng khen của Thủ tướng Chính phủ": an award named
    // with no counts (kept only when the article states no counted one)
    // with a giver or right after a word of giving or receiving ("đã nhận được giấy khen"; not "nhiều huân chương,
    // bằng khen" or a title a footballer lacks)
    name: 'award-named',
    pattern: [opt(dim('award-taking', 'took'), opt(words('được')), opt(dim('count', 'n'))), anchor(dim('award', 'a')), opt(words('của'), group('of', gap(GIVER_REACH, { min: 1, greedy: true, stop: ofStop })))],
    build(m, ctx) {
      const by = ofGiver(ctx, m) || givenByAfter(ctx, m.end);
      const named = (m.caps.a.unit!.value as AwardValue).award;
      // ("Kỷ niệm chương của Bộ Quốc phòng, gồm: …" in a regulation names the kinds; given, it is received or given)
      if (!m.caps.took && (!by || isBareTitle(named) || isBareAwardWord(named))) return null;
      // "nhận được 4 bằng khen của cả tập thể và cá nhân": a count of the awards received; one given ("trao 26 huân
      // chương …") is the giving rules' to read
      if (m.caps.n && !/^(?:nhận|đón nhận|được)$/iu.test(tokensValue(ctx.doc, m.caps.took.first, m.caps.took.end))) return null;
      if ((m.caps.took && (reviewedFor(ctx, m.caps.took.first) || nominated(ctx, m.caps.took.first) || sharedRecipients(ctx, m.caps.took.first))) || wished(ctx, m.first)) return null;
      return statements(m, by, []);
    },
  },
];


export const awards = defineField(awardsContract, {
  dimensions: ['award', 'award-verb', 'give-verb', 'recipients', 'count', 'award-taking', 'clause-verb', 'lower-case-giver', 'wish-word', 'reporting-verb', 'source-opener', 'place', 'honorific', 'rank', 'named-recipient-title'],
  rules: AWARD_RULES,
  record: (ctx) => ({ value: ctx.findings('awards').map((f) => f.value as Award) }),
});
