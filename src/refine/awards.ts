// Award statements resolved: counted statements, each once; statements without counts only when the article has no
// counted one, one per award named, and not from photo captions (a caption repeats what the body reports).
import { evidence, lineIndexAt, type Doc } from '../engine/document.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner } from '../engine/refine.js';
import type { AwardStatement } from '../extract/awards/index.js';
import { CAPTION_POSITION_IN as captionPositionIn } from '../lexicon/awards.js';
import { isCaptionLine } from '../extract/title/index.js';
import type { Award } from '../record.js';
import { fold } from '../text/fold.js';

/**
 * A giver as statements of one award are compared: folded, without the unit word or the people's committee before a
 * place's name — "Bắc Trà My" in the headline and "huyện Bắc Trà My" in the body give the same award.
 */
const UNIT_BEFORE_GIVER = /^(?:(?:ubnd|uy ban nhan dan)\s+)?(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|tx\.?|xa|phuong|thi tran)\s+/u;
function giverKey(by: string): string {
  return fold(by).replace(UNIT_BEFORE_GIVER, '');
}
import { PLAIN_AWARDS } from '../lexicon/awards.js';
import { gluedAt } from '../text/glued.js';

const counted = (s: AwardStatement) => s.collectives !== null || s.individuals !== null;
/**
 * An award named once in full and once by its usual abbreviation is one award: "danh hiệu Anh hùng LLVTND" in a
 * headline, "… Anh hùng lực lượng vũ trang nhân dân" in the body (bench/studies/awards-forms.mjs, llvtnd).
 */
const awardKey = (award: string) => fold(award).replace(/luc luong vu trang nhan dan/gu, 'llvtnd');

/**
 * How many kept statements of the same counts a statement is compared with (the first ones). Statements of one count
 * from different givers are all kept, so a line of thousands of them must not compare every pair; in the 5,000
 * articles of corpus/real no article keeps more than 3 statements of one count.
 */
const STATEMENTS_COMPARED = 16;
/** isCaptionLine's bound on a caption's length, in characters. */
const CAPTION_MAX = 300;

/**
 * A caption run into the body with no spaces around it: it follows a full stop straight away and its last word is
 * glued to the next sentence's first ("… Nam Đàn).Đại diện lãnh đạo huyện đoàn trao bằng khen cho em HiềnTrước đó, …").
 * corpus/real holds 707 such segments; the 11 with a word of giving or an award are all captions or subheadings
 * (bench/studies/awards-round6.mjs, glued-caption). A brand's capital inside ("VinFast", "MobiFone", "iPhone": 95 of
 * the 683 camel-case words after such a segment's start have no Vietnamese letter) is no glued word (src/text/glued.ts).
 */
function gluedIn(text: string, start: number, end: number): boolean {
  // a caption is short: past this either way it is no caption, and a line of thousands of findings is not walked for each
  const reach = GLUED_CAPTION_REACH;
  let from = start;
  while (from > 0 && start - from < reach && !SENTENCE_MARK.test(text[from - 1])) from--;
  if (from < 2 || text[from - 1] !== '.' || !/[\p{Ll})”"]/u.test(text[from - 2]) || !/\p{Lu}/u.test(text[from])) return false;
  let to = end;
  while (to < text.length && to - end < reach && !SENTENCE_MARK.test(text[to])) to++;
  let wordStart = end;
  while (wordStart > start && LETTER.test(text[wordStart - 1])) wordStart--;
  for (const w of text.slice(wordStart, to).matchAll(WORD)) if (gluedAt(w[0]) >= 0) return true;
  return false;
}

const WORD = /[\p{L}\p{M}]+/gu;
const LETTER = /[\p{L}\p{M}]/u;

const SENTENCE_MARK = /[.!?\n]/u;
/** How far a glued caption reaches on either side of an award finding, in characters. */
const GLUED_CAPTION_REACH = 300;

const PLAIN_AWARD_KEYS = PLAIN_AWARDS.map((a) => fold(a));
/** An award named beyond its word ("Kỷ niệm chương “Vì chủ quyền …”", "Huân chương Lao động hạng Ba"), not a plain one ("Bằng khen …", "Huy hiệu Đảng"). */
const namedAward = (award: string) => award.split(/\s+/u).length >= 3 && !PLAIN_AWARD_KEYS.some((plain) => fold(award).startsWith(plain));

/**
 * "… và trao Kỷ niệm chương "Vì chủ quyền …" cho 106 cá nhân" in the lead, "Thừa ủy quyền Bộ Tư lệnh BĐBP, … trao Kỷ niệm
 * chương "Vì chủ quyền …" cho các cá nhân" below: a counted statement with no giver takes the giver the article names
 * for the same named award elsewhere without counts, when it names one only (bench/studies/awards-round13.mjs, named-repeat).
 */
function givenByNamedRepeat(counted: Finding<AwardStatement>[], all: Finding<AwardStatement>[]): Finding<AwardStatement>[] {
  if (!counted.some((f) => !f.value.by && namedAward(f.value.award))) return counted;
  const giversOf = (statements: Finding<AwardStatement>[]) => {
    const givers = new Map<string, Set<string>>();
    for (const f of statements) {
      if (!f.value.by || !namedAward(f.value.award)) continue;
      const key = awardKey(f.value.award);
      const set = givers.get(key) ?? new Set<string>();
      set.add(f.value.by);
      givers.set(key, set);
    }
    return givers;
  };
  const uncounted = giversOf(all.filter((f) => f.value.collectives === null && f.value.individuals === null));
  // "Hội LHPN Việt Nam đã tổ chức trao Giải thưởng Phụ nữ Việt Nam … cho 7 tập thể và 10 cá nhân" in the body, the
  // one who hands it over in a caption: a giver the counted statements of the award name comes first (round 15)
  const countedGivers = giversOf(counted);
  return counted.map((f) => {
    if (f.value.by || !namedAward(f.value.award)) return f;
    const by = countedGivers.get(awardKey(f.value.award)) ?? uncounted.get(awardKey(f.value.award));
    return by && by.size === 1 ? { ...f, value: { ...f.value, by: [...by][0] } } : f;
  });
}

/** An approximate count ("gần 200", "hơn 100", "khoảng 50"), with the word that rounds it. */
const ROUNDED_COUNT = /(?<![\p{L}\p{M}])(gần|hơn|khoảng|trên|ngót|xấp xỉ)\s+\d/iu;
/** The award's word, folded ("ky niem chuong", "bang khen"): a named award and its word alone are one award. */
const awardWord = (award: string) => fold(award).split(/\s+/u).slice(0, 2).join(' ');
/** The count of a statement of one kind of recipient; null for both kinds or none. */
const oneCount = (s: AwardStatement) => (s.collectives !== null && s.individuals !== null ? null : s.collectives ?? s.individuals);
const kindOf = (s: AwardStatement) => (s.collectives !== null ? 'collectives' : 'individuals');
/** Whether an exact count lies where a rounded one points: "gần 200" is 160–200, "hơn 100" 100–150, "khoảng 50" 40–60. */
function roundedTo(word: string, rounded: number, exact: number): boolean {
  if (/^(?:hơn|trên)$/iu.test(word)) return exact >= rounded && exact <= rounded * 1.5;
  if (/^(?:khoảng|xấp xỉ)$/iu.test(word)) return exact >= rounded * 0.8 && exact <= rounded * 1.2;
  return exact <= rounded && exact >= rounded * 0.8;
}

/**
 * "Trao tặng kỷ niệm chương “Vì chủ quyền …” cho gần 200 cán bộ, chiến sĩ" as the headline, "… trao 182 kỷ niệm chương cho
 * các cán bộ, chiến sĩ" in the body: a rounded count of the same award and kind of recipient as an exact one it points
 * to is that statement told roughly, one statement with the exact count (ANNOTATION.md: the body's count).
 */
function withoutRoundedRepeats(doc: Doc, chosen: Finding<AwardStatement>[]): Finding<AwardStatement>[] {
  const roundedBy = (f: Finding<AwardStatement>) => (f.origin.kind === 'text' && oneCount(f.value) !== null ? ROUNDED_COUNT.exec(doc.text.slice(f.origin.start, f.origin.end))?.[1] ?? null : null);
  const words = chosen.map(roundedBy);
  if (!words.some((w) => w)) return chosen;
  // the exact counts of each award word and kind, the first few only (a line of thousands of statements is not compared pairwise)
  const exact = new Map<string, number[]>();
  const keyOf = (f: Finding<AwardStatement>) => `${awardWord(f.value.award)}|${kindOf(f.value)}`;
  chosen.forEach((b, j) => {
    if (words[j] || oneCount(b.value) === null) return;
    const counts = exact.get(keyOf(b)) ?? [];
    if (counts.length < STATEMENTS_COMPARED) counts.push(oneCount(b.value)!);
    exact.set(keyOf(b), counts);
  });
  return chosen.filter((f, i) => {
    const word = words[i];
    return !word || !(exact.get(keyOf(f)) ?? []).some((n) => roundedTo(word, oneCount(f.value)!, n));
  });
}

/** The statements that count both kinds, by each kind's count ("collectives|1", "individuals|4"), looked up once per statement. */
function byBothCounts(statements: readonly Finding<AwardStatement>[]): Map<string, Finding<AwardStatement>[]> {
  const out = new Map<string, Finding<AwardStatement>[]>();
  for (const b of statements) {
    if (b.value.collectives === null || b.value.individuals === null) continue;
    for (const key of [`collectives|${b.value.collectives}`, `individuals|${b.value.individuals}`]) {
      const list = out.get(key);
      if (list) list.push(b);
      else out.set(key, [b]);
    }
  }
  return out;
}

/**
 * Whether a statement counts one kind only, as another statement of the same award (`sameBody`, among `body`, from
 * byBothCounts) counts it beside the other kind: its part of that statement.
 */
function partOfBodyStatement(f: Finding<AwardStatement>, body: Map<string, Finding<AwardStatement>[]>, sameBody: (b: Finding<AwardStatement>) => boolean): boolean {
  const v = f.value;
  if (oneCount(v) === null) return false;
  const kind = kindOf(v);
  return (body.get(`${kind}|${v[kind]}`) ?? []).some((b) => b !== f && sameBody(b));
}

export const resolveAwards: Refiner = {
  name: 'awards',
  fields: ['awards', 'title'],
  refine(ctx) {
    // ">> Khen thưởng 3 công dân dũng cảm …": the title of a related-article link, not a statement of this article
    const linkTitle = (f: Finding<AwardStatement>) => f.origin.kind === 'text' && />\s*$/u.test(ctx.doc.text.slice(Math.max(0, f.origin.start - 4), f.origin.start));
    const all = ctx.get<AwardStatement>('awards').filter((f) => f.origin.kind === 'text' && !linkTitle(f));
    const withCounts = givenByNamedRepeat(all.filter((f) => counted(f.value)), all);
    let chosen: Finding<AwardStatement>[];
    if (withCounts.length) chosen = withCounts;
    else {
      // one statement per award named: the one that says who gave it
      // one statement per award named, whatever the headline or the lead repeat of it
      const byAward = new Map<string, Finding<AwardStatement>>();
      const caption = (f: Finding<AwardStatement>) =>
        f.origin.kind === 'text' && (isCaptionLine(ctx.doc, lineIndexAt(ctx.doc, f.origin.start), ctx.facts.titleLine) || gluedIn(ctx.doc.text, f.origin.start, f.origin.end));
      for (const f of all.filter((x) => !caption(x))) {
        const key = awardKey(f.value.award);
        const known = byAward.get(key);
        if (!known || (!known.value.by && f.value.by)) byAward.set(key, f);
      }
      chosen = [...byAward.values()];
    }
    chosen.sort((a, b) => (a.origin.kind === 'text' && b.origin.kind === 'text' ? a.origin.start - b.origin.start : 0));
    chosen = withoutRoundedRepeats(ctx.doc, chosen);
    const kept: Finding<AwardStatement>[] = [];
    // a statement is another's repeat only with the same counts, so each is compared with the kept ones of its
    // counts alone, its award's key and giver folded once (a page of thousands of statements must not compare all pairs)
    interface Keyed {
      awardAt: number;
      award: string;
      by: string | null;
      /** On a photo caption's line ("Phó Chủ tịch UBND tỉnh … trao Bằng khen cho 5 tập thể, 12 cá nhân. Ảnh: N.H"). */
      caption: boolean;
      /** The rule and span that read it: one reading's groups are each a statement. */
      reading: string;
      /** It stands in the headline, which the body's statement of it says in full. */
      headline: boolean;
      start: number;
      end: number;
    }
    // a caption is a short line: a long one is not sliced for each of its findings
    const onCaption = (f: Finding<AwardStatement>) => {
      if (f.origin.kind !== 'text') return false;
      const index = lineIndexAt(ctx.doc, f.origin.start);
      const line = ctx.doc.lines[index];
      // "Chủ tịch HND tỉnh (giữa) trao …": a person placed in the picture is a caption's
      return !!line && line.end - line.start < CAPTION_MAX && (isCaptionLine(ctx.doc, index, ctx.facts.titleLine) || captionPositionIn.test(ctx.doc.text.slice(line.start, line.end)));
    };
    const readingOf = (f: Finding<AwardStatement>) => (f.origin.kind === 'text' ? `${f.origin.rule}@${f.value.awardAt}` : '');
    const span = (f: Finding<AwardStatement>) => (f.origin.kind === 'text' ? { start: f.origin.start, end: f.origin.end } : { start: -1, end: -1 });
    const keyed = (f: Finding<AwardStatement>): Keyed => ({ awardAt: f.value.awardAt, award: awardKey(f.value.award), by: f.value.by ? giverKey(f.value.by) : null, caption: onCaption(f), reading: readingOf(f), headline: onHeadline(f), ...span(f) });
    const headline = ctx.facts.titleLine !== null ? ctx.doc.lines[ctx.facts.titleLine] : null;
    const onHeadline = (f: Finding<AwardStatement>) => headline !== null && f.origin.kind === 'text' && f.origin.start >= headline.start && f.origin.end <= headline.end;
    // a caption names who hands the award over, the body who gives it: the same award and counts are one statement
    // (ANNOTATION.md: photo captions repeating the body are not extra entries)
    // "UBND xã đã khen thưởng 31 cá nhân đạt danh hiệu Lao động tiên tiến": the title the recipients attained, read
    // from the same counted words, is the reason for the commendation, not a second statement (round 24, audit 23)
    // (not past a semicolon: "tặng Giấy khen cho 12 tập thể, 25 cá nhân; 5 tập thể đạt danh hiệu …" lists another
    // statement, whatever reading ran over it; round 24 review)
    const overlapping = (a: Keyed, b: Keyed) =>
      a.start >= 0 && b.start >= 0 && a.start < b.end && b.start < a.end && !/[;.]/u.test(ctx.doc.text.slice(Math.min(a.start, b.start), Math.max(a.start, b.start)));
    const same = (a: Keyed, b: Keyed) => ((a.awardAt === b.awardAt || a.award === b.award) && (!a.by || !b.by || a.by === b.by || a.caption !== b.caption)) || (overlapping(a, b) && (!a.by || !b.by));
    // (but "Lễ Tuyên dương 10 Gương mặt trẻ … tiêu biểu, 10 Gương mặt trẻ … triển vọng": the groups one reading found are
    // each a statement, whatever their counts, and a headline's statement repeats one of them only; ANNOTATION.md: "…
    // cho 05 tập thể, 07 cá nhân … và …" is two entries)
    const keptByCounts = new Map<string, { key: Keyed; at: number; readings: Set<string> }[]>();
    for (const f of chosen) {
      const counts = `${f.value.collectives}|${f.value.individuals}`;
      const k = keyed(f);
      const those = keptByCounts.get(counts);
      let repeat = -1;
      for (let i = 0; those && i < Math.min(those.length, STATEMENTS_COMPARED) && repeat < 0; i++) if (!(k.reading && those[i].readings.has(k.reading)) && same(those[i].key, k)) repeat = i;
      if (repeat >= 0) {
        // "Khen thưởng 10 tập thể, 20 cá nhân" in the headline, "UBND tỉnh khen thưởng 10 tập thể, 20 cá nhân" in the
        // body: one statement, and the body says who gave it
        const known = those![repeat];
        known.readings.add(k.reading);
        if ((!known.key.by && k.by) || (known.key.caption && !k.caption) || (known.key.headline && !k.headline)) {
          kept[known.at] = f;
          known.key = k;
        }
        continue;
      }
      const entry = { key: k, at: kept.length, readings: new Set([k.reading]) };
      if (those) those.push(entry);
      else keptByCounts.set(counts, [entry]);
      kept.push(f);
    }
    // "Tỉnh đoàn tặng Bằng khen 4 cá nhân …" as the headline, "… tặng Bằng khen cho tập thể Đoàn trường và 4 cá nhân" in
    // the body: a headline that counts one kind of the body's statement tells it in part, one statement (round 23,
    // audit 19 reports-007; bench/studies/round23-awards.mjs)
    // (the first line is the headline when no title was found: the headline's statement read as a sentence)
    const atTop = (f: Finding<AwardStatement>) => onHeadline(f) || (ctx.facts.titleLine === null && f.origin.kind === 'text' && lineIndexAt(ctx.doc, f.origin.start) === 0);
    // (the body's statements looked up by count: a page of one long line may hold thousands; round 23 review)
    const body = byBothCounts(kept.filter((b) => !atTop(b)));
    const told = kept.filter((f) => !atTop(f) || !partOfBodyStatement(f, body, (b) => same(keyed(b), keyed(f))));
    ctx.set(
      'awards',
      told.map((f) => {
        const o = f.origin as { start: number; end: number; rule: string };
        const v = f.value;
        const award: Award = { award: v.award, by: v.by, collectives: v.collectives, individuals: v.individuals, ...evidence(ctx.doc, o.start, o.end, o.rule) };
        return { ...f, value: award };
      }),
    );
  },
};
