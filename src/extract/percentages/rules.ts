// Percentage rules: a figure counts when its sentence ties it to a target or a level reached. Each rule is
// one such tie; what the figure is a share of, its year and its status are read the same way for all.
import { sentenceAt, valueOf, type Doc } from '../../text/document.js';
import { NUMBER, parseNumber } from '../../text/numbers.js';
import { B, E, phrases, rx, wordsPattern } from '../../text/patterns.js';
import { defineRule, type Rule } from '../rule.js';
import {
  ACHIEVE_VERBS,
  APPROXIMATORS,
  CHANGE_WORDS,
  COVERAGE_NOUNS,
  NOT_TARGET_OPENERS,
  PLAN_CUES,
  TARGET_NOUNS,
  TARGET_STOPS,
} from './lexicon.js';

export interface PercentMention {
  value: number;
  max?: number;
  /** Range of the figure itself ("100%", "8 - 8,5%"). */
  figureStart: number;
  figureEnd: number;
  /** Where the statement starts (the verb or the noun that ties the figure), for the finding's span. */
  start: number;
  end: number;
  /** A plan cue precedes the figure in its sentence. */
  planned: boolean;
  target: string;
  subject: string | null;
  rule: string;
  /** For a figure listed after another ("90% …, và 95% …"): where that figure starts; it counts only if that one does. */
  follows?: number;
}

const FIGURE = `(?<![\\p{L}\\p{N},.])(${NUMBER})\\s*%?\\s*(?:-|đến|tới)\\s*(${NUMBER})\\s*%|(?<![\\p{L}\\p{N},.])(${NUMBER})\\s*%`;
const BETWEEN = `(?:\\s+[\\p{L}\\p{M}/]+){0,5}?`;

const PLAN_RE = rx(wordsPattern(PLAN_CUES), 'giu');
const CHANGE_BEFORE = rx(`${B}(?:${phrases(CHANGE_WORDS)})(?:\\s+(?:${phrases(APPROXIMATORS)}))*\\s*$`, 'iu');
const COMPARISON_AFTER = rx(`^\\s*(?:so\\s+với|so|bằng)\\s+(?!(?:${phrases(['kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu'])})${E})`, 'iu');
const STOP_RE = rx(`[,;.:()!?\\n“”"]|\\s-\\s|${wordsPattern(TARGET_STOPS)}|\\d+(?:[.,]\\d+)?\\s*%`, 'giu');
const GROWTH_MEASURE = rx(`${B}(?:tăng\\s+trưởng|tốc\\s+độ\\s+tăng|mức\\s+tăng|tăng\\s+bình\\s+quân|lạm\\s+phát|chỉ\\s+số\\s+giá)${E}`, 'iu');
const PLAN_AFTER = rx(`^\\s*(?:so\\s+với\\s+|so\\s+)?(?:${phrases(['kế hoạch', 'chỉ tiêu', 'dự toán', 'mục tiêu'])})${E}`, 'iu');
const NOT_TARGET_OPENER = rx(`^(?:${phrases(NOT_TARGET_OPENERS)})${E}`, 'iu');
const SO_PREFIX = /^(?:so\s+với|so)\s+/iu;

interface Figure {
  value: number;
  max?: number;
  start: number;
  end: number;
}

/** The figure captured by group g of a pattern built with FIGURE (its three groups follow g); needs the d flag. */
function figureIn(m: RegExpExecArray, g: number): Figure | null {
  const where = m.indices?.[g];
  if (!where) return null;
  const [start, end] = where;
  if (m[g + 1] !== undefined) {
    const value = parseNumber(m[g + 1]);
    const max = parseNumber(m[g + 2]);
    if (value === null || max === null || max <= value) return null;
    return { value, max, start, end };
  }
  const value = parseNumber(m[g + 3]);
  if (value === null || value > 1000) return null;
  return { value, start, end };
}

/** The phrase after the figure: what it is a share of ("chỉ tiêu tuyển quân", "nội dung chương trình, thời gian và kế hoạch"). */
function targetAfter(doc: Doc, figureEnd: number, sentenceEnd: number): { text: string; end: number } {
  let from = figureEnd;
  const rest = doc.text.slice(from, sentenceEnd);
  const so = /^\s*(?:so\s+với|so)\s+/iu.exec(rest);
  if (so && /^(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)/iu.test(rest.slice(so[0].length))) from += so[0].length;
  const tail = doc.text.slice(from, sentenceEnd);
  STOP_RE.lastIndex = 0;
  const stop = STOP_RE.exec(tail);
  let end = from + (stop ? stop.index : tail.length);
  // a comma list that runs to the sentence's end without numbers or connectors is still the target:
  // "100% nội dung chương trình, thời gian và kế hoạch"
  if (stop && stop[0] === ',') {
    const remainder = doc.text.slice(end + 1, sentenceEnd).replace(/[.…\s]+$/u, '');
    const words = remainder.trim().split(/\s+/).filter(Boolean);
    STOP_RE.lastIndex = 0;
    const inner = STOP_RE.exec(remainder);
    if (words.length > 0 && words.length <= 8 && !/\d/.test(remainder) && (!inner || inner[0] === ',')) {
      end = end + 1 + remainder.length;
    }
  }
  const text = valueOf(doc, from, end).replace(/[\s.…,;:]+$/u, '');
  if (!text || NOT_TARGET_OPENER.test(text)) return { text: '', end: figureEnd };
  return { text, end: from + doc.norm.display.slice(from, end).trimEnd().replace(/[\s.…,;:]+$/u, '').length };
}

/** The clause before the verb: what is measured ("gọi công dân nhập ngũ", "số hộ thoát nghèo 7.930 hộ"). */
function subjectBefore(doc: Doc, verbAt: number, sentenceStart: number): string | null {
  let verbStart = verbAt;
  let depth = 0;
  let i = verbStart - 1;
  // "số hộ thoát nghèo 7.930 hộ, đạt 48%": the verb opens its own part, so the subject is the part before
  while (i >= sentenceStart && /[\s,]/.test(doc.text[i])) i--;
  verbStart = i + 1;
  for (; i >= sentenceStart; i--) {
    const ch = doc.text[i];
    if (ch === ')') depth++;
    else if (ch === '(') depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[,;:\n]/.test(ch)) break;
  }
  const text = valueOf(doc, i + 1, verbStart)
    .replace(/^(?:và|đồng thời|trong đó|theo đó|nhờ đó|qua đó|cụ thể|tiếp tục)\s+/iu, '')
    .replace(/\s+(?:đã|đều|cũng|ước|dự kiến|phải|cần|sẽ|vừa|luôn)$/iu, '')
    .trim();
  return text && text.split(/\s+/).length <= 15 ? text : null;
}

function isPlanned(doc: Doc, sentenceStart: number, figureStart: number): boolean {
  const before = doc.text.slice(sentenceStart, figureStart);
  PLAN_RE.lastIndex = 0;
  for (const m of before.matchAll(PLAN_RE)) {
    if (/^cần$/iu.test(m[0]) && /^\s+thiết/iu.test(before.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}

/**
 * Realised growth or a comparison: "tăng 7,5% so với cùng kỳ", "bằng 87,72% so với cùng kỳ", and "tốc độ tăng
 * trưởng đạt 7,2%" (the measure is growth) unless a plan or quota follows ("đạt 95% kế hoạch").
 */
function isChange(doc: Doc, sentenceStart: number, f: Figure, measure: string | null): boolean {
  const before = doc.text.slice(sentenceStart, f.start);
  const after = doc.text.slice(f.end, f.end + 40);
  if (CHANGE_BEFORE.test(before) || COMPARISON_AFTER.test(after)) return true;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  return GROWTH_MEASURE.test(measure ?? clause) && !PLAN_AFTER.test(after);
}

function build(doc: Doc, rule: string, start: number, f: Figure, measure: string | null): PercentMention | null {
  const s = sentenceAt(doc, f.start);
  const sStart = s?.start ?? 0;
  const sEnd = s?.end ?? doc.text.length;
  const planned = isPlanned(doc, sStart, f.start);
  if (isChange(doc, sStart, f, measure) && !planned) return null;
  const after = targetAfter(doc, f.end, sEnd);
  const subject = subjectBefore(doc, start, sStart);
  const target = after.text || measure || subject || '';
  return {
    value: f.value,
    ...(f.max !== undefined ? { max: f.max } : {}),
    figureStart: f.start,
    figureEnd: f.end,
    start,
    end: Math.max(f.end, after.end),
    planned,
    target,
    subject,
    rule,
  };
}

/** "đạt 100% chỉ tiêu", "hoàn thành 100% chỉ tiêu tuyển quân", "vượt 2% kế hoạch", "đạt tỷ lệ 98%", "đạt mức tăng từ 8,5 - 9,45%". */
const verbFigure = defineRule<PercentMention>({
  name: 'pct-verb',
  pattern: rx(`${B}(${phrases(ACHIEVE_VERBS)})(${BETWEEN})\\s+(${FIGURE})`, 'gidu'),
  extract(m, doc) {
    if (/[\d%]/.test(m[2])) return null;
    const f = figureIn(m, 3);
    if (!f) return null;
    const filler = /^(?:được|là|ở|khoảng|hơn|trên|gần|xấp xỉ|ước|từ|bình quân|tới)$/iu;
    const words = m[2].trim().split(/\s+/).filter(Boolean);
    while (words.length && filler.test(words[0])) words.shift();
    while (words.length && filler.test(words[words.length - 1])) words.pop();
    const measure = /^(?:mức|ở mức)?$/iu.test(words.join(' ')) ? null : words.join(' ');
    return build(doc, 'pct-verb', m.index, f, measure);
  },
});

/** "mục tiêu tăng trưởng đã đề ra là 8 - 8,5%", "chỉ tiêu … ở mức 95%", "mục tiêu tăng trưởng (8 – 8,5%)". */
const targetNounFigure = defineRule<PercentMention>({
  name: 'pct-target-noun',
  pattern: rx(
    `${B}(${phrases(TARGET_NOUNS)})([^.;:\\n%\\d]{0,60}?)(?:\\s+(?:là(?:\\s+có)?|ở\\s+mức|khoảng|đạt|trên|dưới|không\\s+quá)\\s+|\\s*\\(\\s*|(?<=${B}(?:mục\\s+tiêu|chỉ\\s+tiêu)(?:\\s+[\\p{L}\\p{M}/-]+){0,5})\\s+)(${FIGURE})`,
    'gidu',
  ),
  extract(m, doc) {
    const f = figureIn(m, 3);
    if (!f) return null;
    const noun = valueOf(doc, m.index, m.index + m[1].length + m[2].length).replace(/\s+(?:đã|đã được|được)?\s*(?:đề ra|đặt ra|giao)$/iu, '');
    return build(doc, 'pct-target-noun', m.index, f, noun);
  },
});

const COVERAGE = phrases(COVERAGE_NOUNS);

/** "100% tổ dân phố có lực lượng DQTV tại chỗ", "100% xã đạt chuẩn nông thôn mới". */
const coverage = defineRule<PercentMention>({
  name: 'pct-coverage',
  pattern: rx(`(${FIGURE})\\s+(?:các\\s+|số\\s+)?(?:${COVERAGE})${E}`, 'gidu'),
  extract(m, doc) {
    const f = figureIn(m, 1);
    if (!f) return null;
    return build(doc, 'pct-coverage', f.start, f, null);
  },
});

/** "thu ngân sách 1.200 tỷ đồng, bằng 45% dự toán", "đạt 41,72% so kế hoạch": a share of a plan or quota. */
const shareOfPlan = defineRule<PercentMention>({
  name: 'pct-share-of-plan',
  pattern: rx(`(${FIGURE})\\s+(?:so\\s+với\\s+|so\\s+)?(?:${phrases(['kế hoạch', 'chỉ tiêu', 'dự toán'])})${E}`, 'gidu'),
  extract(m, doc) {
    const f = figureIn(m, 1);
    if (!f) return null;
    const s = sentenceAt(doc, f.start);
    const before = doc.text.slice(s?.start ?? 0, f.start);
    const verb = /(?:bằng|được|đạt|là)\s+$/iu.exec(before);
    return build(doc, 'pct-share-of-plan', verb ? f.start - verb[0].length : f.start, f, null);
  },
});

/** "phấn đấu giảm tỷ lệ hộ nghèo 2%", "mục tiêu tăng trưởng kinh tế 8 - 8,5%": a change set as a target. */
const plannedChange = defineRule<PercentMention>({
  name: 'pct-planned-change',
  pattern: rx(`${B}(${phrases(['phấn đấu', 'mục tiêu', 'kế hoạch', 'dự kiến', 'chỉ tiêu', 'phải', 'cần'])})\\s+((?:[\\p{L}\\p{M}/-]+\\s+){0,3}?(?:tăng\\s+trưởng|tăng|giảm)(?:\\s+[\\p{L}\\p{M}/-]+){0,6}?)\\s+(?:(?:xuống\\s+)?còn\\s+|lên\\s+|đạt\\s+|từ\\s+|khoảng\\s+|trên\\s+|dưới\\s+|ít\\s+nhất\\s+|tối\\s+thiểu\\s+)?(${FIGURE})`, 'gidu'),
  extract(m, doc) {
    const f = figureIn(m, 3);
    if (!f) return null;
    const [from, to] = m.indices?.[2] ?? [m.index, m.index];
    const got = build(doc, 'pct-planned-change', m.index, f, valueOf(doc, from, to));
    return got ? { ...got, planned: true } : null;
  },
});

/** "… là có 90% số trẻ em …, và 95% số trẻ em …": a figure listed after another takes its reading. */
const listed = defineRule<PercentMention>({
  name: 'pct-listed',
  pattern: rx(`(${FIGURE})[^%\\d.;:\\n]{1,160}?(?:,\\s*và|;\\s*|,\\s*|\\s+và)\\s+(${FIGURE})`, 'gidu'),
  extract(m, doc) {
    const first = figureIn(m, 1);
    const f = figureIn(m, 5);
    if (!first || !f) return null;
    const got = build(doc, 'pct-listed', f.start, f, null);
    return got ? { ...got, follows: first.start } : null;
  },
});

export const PERCENT_RULES: readonly Rule<PercentMention>[] = [verbFigure, targetNounFigure, plannedChange, shareOfPlan, coverage, listed];
