// Award statements. A rule finds an award anchor (an award noun, or a commendation verb); the statement around
// it, bounded by its clause and by neighbouring anchors, gives the awarding body and the recipient counts.
import { sentenceAt, valueOf, type Doc } from '../../text/document.js';
import { COUNT, COUNT_WORD, parseCount } from '../../text/numbers.js';
import { B, E, phrases, rx } from '../../text/patterns.js';
import { PhraseSet, tokenize } from '../../text/tokens.js';
import { defineRule, type Rule } from '../rule.js';
import { AWARD_VERBS, COLLECTIVE_NOUNS, GIVE_VERBS, INDIVIDUAL_NOUNS, NAMED_AWARDS, PLAIN_AWARDS } from './lexicon.js';

export interface AwardAnchor {
  award: string;
  start: number;
  end: number;
  /** A commendation verb ("khen thưởng"), which needs counts to be an award statement. */
  verb: boolean;
  rule: string;
}

export interface RecipientGroup {
  collectives: number | null;
  individuals: number | null;
  start: number;
  end: number;
}

const collectiveSet = new PhraseSet(COLLECTIVE_NOUNS);
const individualSet = new PhraseSet([...INDIVIDUAL_NOUNS, 'đội viên', 'tổ viên', 'hộ viên']);

/** "Giấy khen", "Bằng khen", "Cờ thi đua". */
const plainAward = defineRule<AwardAnchor>({
  name: 'award-plain',
  pattern: rx(`${B}(?:${phrases(PLAIN_AWARDS)})${E}`, 'giu'),
  extract: (m) => ({ award: m[0], start: m.index, end: m.index + m[0].length, verb: false, rule: 'award-plain' }),
});

/** Award names written in lower case: "danh hiệu thi đua", "Huân chương lao động hạng Ba", "Huy chương chiến sĩ vẻ vang". */
const LOWERCASE_AWARD_NAMES =
  /^(?:thi\s+đua|lao\s+động|chiến\s+sĩ|chiến\s+công|quân\s+công|bảo\s+vệ|độc\s+lập|đơn\s+vị|tập\s+thể|gia\s+đình|làng|thôn|khu\s+dân\s+cư|cơ\s+quan|anh\s+hùng|nhà\s+giáo|thầy\s+thuốc|nghệ\s+sĩ|vì\s+sự\s+nghiệp|kháng\s+chiến|hữu\s+nghị|đại\s+đoàn\s+kết|dũng\s+cảm|cuộc\s+thi|hạng|quân\s+kỳ|vì\s+an\s+ninh|chiến\s+sĩ\s+vẻ\s+vang|chiến\s+sỹ)/iu;
const NAME_STOP = /\s+(?:cho|của|tặng|trao|do|vì|về|đã|được|và\s+\d|năm\s+\d{4}$)(?![\p{L}\p{M}])|[,;.:!?()\n]/u;

/** "Huân chương Lao động hạng Ba", "danh hiệu Đơn vị tiên tiến", "Kỷ niệm chương “Vì sự nghiệp báo chí Việt Nam”". */
const namedAward = defineRule<AwardAnchor>({
  name: 'award-named',
  pattern: rx(`${B}(?:${phrases(NAMED_AWARDS)})${E}`, 'giu'),
  extract(m, doc) {
    const s = sentenceAt(doc, m.index);
    const limit = s ? s.end : doc.text.length;
    const rest = doc.text.slice(m.index + m[0].length, Math.min(limit, m.index + m[0].length + 120));
    let end = m.index + m[0].length;
    const quoted = /^\s*[“"]([^”"\n]{1,80})[”"]/u.exec(rest);
    if (quoted) end += quoted[0].length;
    else {
      const stop = NAME_STOP.exec(rest);
      const name = stop ? rest.slice(0, stop.index) : rest;
      const words = name.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      if (words.length) end = m.index + m[0].length + rest.indexOf(words[words.length - 1]) + words[words.length - 1].length;
    }
    // the name after the word must be one: quoted, capitalised, or a known lower-case title ("danh hiệu thi đua")
    const named = doc.text.slice(m.index + m[0].length, end).trim();
    if (!quoted && !/^\p{Lu}/u.test(named) && !LOWERCASE_AWARD_NAMES.test(named)) {
      if (/^danh\s+hiệu$/iu.test(m[0])) return null;
      end = m.index + m[0].length;
    }
    return { award: valueOf(doc, m.index, end), start: m.index, end, verb: false, rule: 'award-named' };
  },
});

/** "khen thưởng 7 tập thể, 8 cá nhân", "… được UBND huyện Kim Bảng tuyên dương khen thưởng". */
const verbAward = defineRule<AwardAnchor>({
  name: 'award-verb',
  pattern: rx(`${B}(?:${phrases(AWARD_VERBS)})${E}`, 'gu'),
  extract(m, doc) {
    // "Hội đồng Thi đua - Khen thưởng", "công tác thi đua, khen thưởng": the field, not an act
    const before = doc.text.slice(Math.max(0, m.index - 20), m.index);
    if (/thi\s+đua\s*[,-]?\s*$/iu.test(before)) return null;
    return { award: m[0], start: m.index, end: m.index + m[0].length, verb: true, rule: 'award-verb' };
  },
});

export const AWARD_RULES: readonly Rule<AwardAnchor>[] = [plainAward, namedAward, verbAward];

// ---- the statement around an anchor ----

const GROUP = rx(
  `(?:(?:hơn|trên|gần|khoảng|tổng\\s+số|tổng\\s+cộng|gồm|cho)\\s+)?(${COUNT}|${COUNT_WORD})(?:\\s*\\/\\s*${COUNT})?\\s+`,
  'giu',
);

/**
 * Recipient groups in a range: "05 tập thể, 07 cá nhân … và 01 tập thể, 04 cá nhân" is two groups. With
 * `adjacent`, the first group must open the range (after "các", "hơn" …), as recipients follow "cho" directly.
 */
export function recipientGroups(doc: Doc, start: number, end: number, adjacent = false): RecipientGroup[] {
  const out: RecipientGroup[] = [];
  let current: RecipientGroup | null = null;
  const text = doc.text.slice(0, end);
  GROUP.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = GROUP.exec(text)) !== null) {
    const numEnd = m.index + m[0].length;
    if (/[\p{L}\p{N}]/u.test(doc.text[m.index - 1] ?? '') && !/^(?:hơn|trên|gần|khoảng|tổng|gồm|cho)/iu.test(m[0])) continue;
    const toks = tokenize(doc.text, numEnd, Math.min(end, numEnd + 40));
    const ind = individualSet.matchAt(toks, 0);
    const col = collectiveSet.matchAt(toks, 0);
    if (!ind && !col) continue;
    if (adjacent && !out.length) {
      // "cho 05 tập thể", "cho các em", or after recipients named first: "cho Đội K90 và 5 cá nhân"
      const lead = doc.text.slice(start, m.index).trim();
      if (lead.split(/\s+/).filter(Boolean).length > 1 && !/^(?:\p{Lu}[\p{L}\p{M}\d]*(?:\s+|,\s*)){1,8}(?:và|cùng)$/u.test(lead)) break;
    }
    let n = parseCount(m[1]);
    if (n === null || n === 0 || n > 100000) continue;
    const kind: 'individuals' | 'collectives' = ind >= col ? 'individuals' : 'collectives';
    const nounEnd = toks[(ind >= col ? ind : col) - 1].end;
    // "Lê Văn Tùng và 8 người", "anh và 8 người khác": the one named first counts too
    const before = doc.text.slice(Math.max(0, m.index - 30), m.index);
    const others = /^\s*khác(?![\p{L}\p{M}])/u.test(doc.text.slice(nounEnd, nounEnd + 8));
    if (kind === 'individuals' && /[\p{L}\p{M}]+\s+và\s+$/u.test(before) && (others || /\p{Lu}[\p{Ll}\p{M}]*\s+và\s+$/u.test(before))) n += 1;
    if (!current || current[kind] !== null) {
      current = { collectives: null, individuals: null, start: m.index, end: nounEnd };
      out.push(current);
    }
    current[kind] = n;
    current.end = nounEnd;
    GROUP.lastIndex = nounEnd;
  }
  return out;
}

const GIVE_BEFORE = rx(`(?:(?:${phrases(['đã', 'vừa', 'sẽ', 'cũng', 'đã quyết định', 'quyết định'])})\\s+)?(?:${phrases(GIVE_VERBS)})\\s*$`, 'iu');
/** Before a commendation verb only auxiliaries stand: "Chủ tịch UBND tỉnh đã khen thưởng …". */
const AUX_BEFORE = rx(`(?:(?:${phrases(['đã', 'vừa', 'sẽ', 'cũng', 'đã quyết định', 'quyết định'])})\\s+)?$`, 'iu');
// "… được UBND huyện tặng", "… được nhận", and receiving without a giver: "6 tập thể đạt danh hiệu …"
const PASSIVE = /(?:^|\s)(?:đã\s+|sẽ\s+|vừa\s+|vinh\s+dự\s+|cũng\s+)?(?:được(?:\s+công\s+nhận)?|đạt|nhận)\s+(?:nhận\s+)?/giu;
const RECEIVE_ONLY = /^(?:nhận|trao|tặng|đón\s+nhận)/iu;
const BY_STOP = /\s+(?:cho|tặng|trao|vì|về|đã|được|nhân|tại|trong)(?![\p{L}\p{M}])|\s+và\s+(?=\d)|[,;.:!?\n]|\s+\d/u;

/** "của <body>" right after the award: "Bằng khen của Thủ tướng Chính phủ", "giấy khen của UBND và Ban CHQS thành phố". */
export function byAfter(doc: Doc, anchorEnd: number, limit: number): { by: string; end: number } | null {
  const rest = doc.text.slice(anchorEnd, limit);
  const m = /^\s+của\s+/iu.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length);
  const stop = BY_STOP.exec(after);
  const len = stop ? stop.index : after.length;
  const start = anchorEnd + m[0].length;
  const by = valueOf(doc, start, start + len);
  if (!by || !/^\p{Lu}/u.test(by)) return null;
  return { by, end: start + len };
}

/** "… được <body> <verb>": the body between the passive marker and the verb. */
export function byPassive(doc: Doc, from: number, anchorStart: number): { by: string; start: number; passiveAt: number } | null {
  const left = doc.text.slice(from, anchorStart);
  let last: RegExpExecArray | null = null;
  PASSIVE.lastIndex = 0;
  for (const m of left.matchAll(PASSIVE)) last = m as RegExpExecArray;
  if (!last) return null;
  const bodyStart = last.index + last[0].length;
  let body = left.slice(bodyStart);
  if (RECEIVE_ONLY.test(body) || !/được\s*$/iu.test(last[0].replace(/\s+(?:công\s+nhận|nhận)\s*$/iu, ''))) return { by: '', start: from + bodyStart, passiveAt: from + last.index };
  body = body.replace(new RegExp(`\\s*(?:${phrases([...GIVE_VERBS, ...AWARD_VERBS, 'tuyên dương khen thưởng', 'biểu dương, khen thưởng'])})(?:\\s*,?\\s*(?:${phrases(AWARD_VERBS)}))*\\s*$`, 'iu'), '');
  const by = body.trim();
  if (!by || !/^\p{Lu}/u.test(by) || by.split(/\s+/).length > 14) return { by: '', start: from + bodyStart, passiveAt: from + last.index };
  return { by: valueOf(doc, from + bodyStart, from + bodyStart + body.trimEnd().length), start: from + bodyStart, passiveAt: from + last.index };
}

/** "<body> (đã) tặng <award>": the last clause part before the giving verb. */
export function byActive(doc: Doc, from: number, anchorStart: number, anchorIsVerb = false): { by: string; start: number } | null {
  const left = doc.text.slice(from, anchorStart);
  const verb = (anchorIsVerb ? AUX_BEFORE : GIVE_BEFORE).exec(left);
  if (!verb) return null;
  const head = left.slice(0, verb.index);
  let depth = 0;
  let i = head.length - 1;
  for (; i >= 0; i--) {
    const ch = head[i];
    if (ch === ')') depth++;
    else if (ch === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,;:\n]/.test(ch)) break;
  }
  const s = from + i + 1;
  const by = valueOf(doc, s, from + head.length);
  if (!by || !/^\p{Lu}/u.test(by) || by.split(/\s+/).length > 20) return null;
  return { by, start: s + (doc.norm.display.slice(s, from + head.length).length - doc.norm.display.slice(s, from + head.length).trimStart().length) };
}

