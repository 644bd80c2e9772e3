// officials: each person named with an office, position or rank, once, in order of first mention. Rules read the
// ways articles name them: after "đồng chí"/"ông" ("đồng chí Cù Ngọc Cường - Ủy viên BTV Tỉnh ủy"), after a rank
// ("Đại tá Vũ Bá Bộ, Chính ủy Bộ CHQS tỉnh"), after a chain of titles ("Phó Bí thư Thành ủy, Chủ tịch UBND thành phố
// Nguyễn Song Hà"), in lists ("các đồng chí: A, B và C"); players and performers are marked as never officials,
// suspects only until a post of theirs is stated. Merging the mentions of one person is a refiner's work
// (src/refine/officials.ts).
import { officialsContract } from './contract.js';
import { wordClass } from '../../engine/lexicon.js';
import { defineField } from '../../engine/field.js';
import { anchor, dim, opt, words } from '../../engine/pattern.js';
import type { Reading, Rule, RuleContext } from '../../engine/rule.js';
import { tokenAt, tokensValue } from '../../engine/document.js';
import { Flag } from '../../engine/tokens.js';
import { vocabulary } from '../../engine/vocabulary.js';
import { COMRADES, LIST_OPENERS, PROFESSIONS_WITH_POSTS, SUSPECTS } from '../../lexicon/people.js';
import { fold } from '../../text/fold.js';
import type { Official } from '../../record.js';
import { canonicalRank, Phrases, type NameSpan, type PositionSpan } from './phrases.js';

export const listOpeners = wordClass('list-opener', LIST_OPENERS);
// "ĐB Lê Thị Thủy (Hải Dương) cho rằng …": the abbreviation as National Assembly reports write it ("ĐB" in capitals
// only: "dB" is a decibel)
export const delegates = wordClass('delegate', ['đại biểu', 'Đại biểu', 'ĐB'], 'as-written');

export interface PersonMention {
  name: string;
  /** Character range of the name in the match view. */
  nameStart: number;
  nameEnd: number;
  rank: string | null;
  positions: PositionSpan[];
  /** Introduced as a player, performer, victim…: never an official, whatever other mentions say (a suspect is not excluded). */
  excluded: boolean;
  /** A later mention by post alone ("Đồng chí Thứ trưởng Bộ Quốc phòng yêu cầu …"): no name; the refiner gives its posts to the person named just before. */
  anaphor?: true;
}

const readers = new WeakMap<RuleContext['doc'], Phrases>();
export function phrasesOf(ctx: RuleContext): Phrases {
  let p = readers.get(ctx.doc);
  if (!p) readers.set(ctx.doc, (p = new Phrases(ctx.doc, ctx.units)));
  return p;
}

function reading(ctx: RuleContext, firstToken: number, name: NameSpan, rank: string | null, positions: PositionSpan[], excluded = false): Reading<PersonMention> {
  const end = Math.max(name.end, ...positions.map((p) => p.end));
  return {
    value: { name: name.value, nameStart: name.start, nameEnd: name.end, rank, positions, excluded },
    first: firstToken,
    end: tokenAt(ctx.doc.tokens, end),
  };
}

/** Reads "[rank [QNCN]] Name[, positions]" from token i; `first` is where the mention starts (its honorific or rank). */
function rankNamePositions(p: Phrases, i: number, strictName: boolean, first = i, listed = false): { rank: string | null; name: NameSpan; positions: PositionSpan[] } | null {
  let j = i;
  let rank: string | null = null;
  const r = p.rankAt(j);
  if (r) {
    rank = canonicalRank(p.doc.norm.display.slice(p.doc.tokens.start[j], p.doc.tokens.end[j + r - 1]));
    j += r;
    const q = p.units.at('rank-qualifier', j);
    if (q) j = q.end;
  }
  // "Thiếu tướng, PGS.TS Nguyễn Văn A": an academic title between rank and name
  if (rank && p.char(j) === ',') j++;
  j += p.honorificAt(j);
  const name = p.readName(j, strictName && !rank);
  if (!name) return null;
  // a listed person's posts follow the name; what precedes is the previous person's
  const announced: boolean | 'comrade' = !listed && (rank !== null || first < i) && (COMRADE.has(tokensValue(p.doc, first, i).replace(/\s*:$/u, '')) ? 'comrade' : true);
  return { rank, name, positions: [...(listed ? [] : p.positionsBefore(first - 1)), ...p.positionsAfter(name.next, announced, rank !== null && !listed)] };
}

const LIST_WORDS = new Set(['các', 'những', 'hai', 'ba'].map((w) => vocabulary.add(w)));
/** The honorific of a comrade named again by post alone: "Đồng chí Phó chủ nhiệm Tổng cục Chính trị yêu cầu …". */
const COMRADE = new Set(COMRADES);
const THEO = vocabulary.add('theo');
const SUSPECT_ROLES = new Set(SUSPECTS.map((r) => fold(r)));
const PROFESSIONS = new Set(PROFESSIONS_WITH_POSTS.map((r) => fold(r)));

/** A post many hold at once: a deputy's, a member's, a delegate's ("Phó Chủ tịch UBND tỉnh", "Ủy viên BTV"). */
const SHARED_POST_OPENER = /^(?:Phó|Ủy viên|Uỷ viên|UV|Thành viên|Đại biểu|Thứ trưởng|Trợ lý)(?![\p{L}])/iu;

/** The people of a list from token i, each with the heading's post when there is one. */
function listed(ctx: RuleContext, p: Phrases, i: number, heading: { position: PositionSpan; next: number } | null, bare = false): Reading<PersonMention>[] | null {
  const t = ctx.doc.tokens;
  if (heading) i = heading.next;
  const out: Reading<PersonMention>[] = [];
  // a heading with no colon ("các đồng chí Bí thư Tỉnh ủy Nguyễn Văn An, Trần Văn Bình, Phó Bí thư Thường trực Tỉnh ủy
  // và …"): when a later name has a post of its own, the post before the first name is that name's alone, unless it is a
  // post many hold ("các Phó Thủ tướng Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ, Bộ trưởng các Bộ …", corpus/real r0276)
  // (round 14 review)
  let ownPostLater = false;
  let afterSemicolon = false;
  for (let guard = 0; guard < 50; guard++) {
    // "các đồng chí Ủy viên Trung ương Đảng: Phó Chủ tịch Quốc hội Uông Chu Lưu, Trưởng Ban Nội chính Trung ương
    // Phan Đình Trạc": under a heading, a member may be named after their own post (not after a ';', where
    // "…; Đại sứ Việt Nam tại Trung Quốc Đặng Minh Khôi" names a guest outside the heading)
    const titled = heading && !afterSemicolon && !p.rankAt(i) ? p.positionsThenName(i) : null;
    const got = titled
      ? { rank: null, name: titled.name, positions: [...titled.positions, ...p.positionsAfter(titled.name.next)] }
      : rankNamePositions(p, i, true, i, true);
    if (!got) break;
    if (out.length && got.positions.length) ownPostLater = true;
    out.push(reading(ctx, titled ? i : tokenAt(t, got.name.start), got.name, got.rank, heading ? [heading.position, ...got.positions] : got.positions));
    let next = tokenAt(t, Math.max(got.name.end, ...got.positions.map((x) => x.end)));
    const sep = p.char(next);
    if (!(sep === ',' || sep === ';' || p.text(next) === 'và')) break;
    afterSemicolon = sep === ';';
    next++;
    if (p.text(next) === 'và') next++;
    i = next;
  }
  if (bare && heading && ownPostLater && !SHARED_POST_OPENER.test(heading.position.value))
    for (let k = 1; k < out.length; k++) out[k] = { ...out[k], value: { ...out[k].value, positions: out[k].value.positions.slice(1) } };
  return out.length ? out : null;
}

export const OFFICIAL_RULES: readonly Rule<PersonMention>[] = [
  {
    // "đồng chí Cù Ngọc Cường - Ủy viên BTV Tỉnh ủy, …", "đ/c Lê Lương – Phó Bí thư Quận ủy", "ông Đỗ Văn Tiến, Chủ tịch HĐQT"
    name: 'official-honorific',
    pattern: [anchor(dim('honorific', 'h'))],
    build(m, ctx) {
      const t = ctx.doc.tokens;
      if (m.first > 0 && LIST_WORDS.has(t.word[m.first - 1])) return null; // lists are read by official-list
      const p = phrasesOf(ctx);
      // "Về dự buổi lễ có Đồng chí: Đinh Như Trước Bí thư Đảng ủy xã", "đ/c: Nguyễn Thị Hà, phó Bí thư huyện ủy": portals
      // put a colon after the honorific of one person (bench/studies/round23-officials.mjs)
      const start = p.char(m.end) === ':' ? m.end + 1 : m.end;
      const got = rankNamePositions(p, start, false, m.first);
      return got ? reading(ctx, m.first, got.name, got.rank, got.positions) : null;
    },
  },
  {
    // "Trung tướng Đỗ Xuân Tụng trao quà … Bên cạnh đó, đồng chí Phó chủ nhiệm Tổng cục Chính trị yêu cầu …": a comrade
    // named again by post alone, with no name after it
    name: 'official-title-anaphor',
    pattern: [anchor(dim('honorific', 'h'))],
    build(m, ctx) {
      const t = ctx.doc.tokens;
      if (!COMRADE.has(tokensValue(ctx.doc, m.first, m.end))) return null;
      const p = phrasesOf(ctx);
      // the subject of its clause ("Bên cạnh đó, đồng chí …"), not an object ("báo cáo đồng chí Bộ trưởng …")
      const opensClause = m.first === ctx.doc.sentences[ctx.doc.sentenceOf[m.first]].firstToken || p.char(m.first - 1) === ',';
      if (!opensClause) return null;
      if (!p.titleAt(m.end, { capitalised: true }) || p.positionsThenName(m.end)) return null;
      // one post, as a later mention names it ("Đồng chí Chỉ huy trưởng đảo …, đồng thời là Chủ tịch UBND huyện …" says
      // what any holder of the post is)
      const positions = p.positionsAfter(m.end, true);
      if (positions.length !== 1) return null;
      const last = positions[positions.length - 1];
      // and it acts: "… yêu cầu", "… cho biết" right after the post
      if (!p.verbAt(tokenAt(t, last.end))) return null;
      return {
        value: { name: '', nameStart: t.start[m.first], nameEnd: t.start[m.first], rank: null, positions, excluded: false, anaphor: true },
        first: m.first,
        end: tokenAt(t, last.end),
      };
    },
  },
  {
    // "Đại tá Vũ Bá Bộ, Chính ủy Bộ CHQS tỉnh", "thượng úy Trần Văn Anh, Trưởng công an xã …"
    name: 'official-rank',
    pattern: [anchor(dim('rank', 'r'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      if (ctx.units.endingAt('honorific', m.first).length || ctx.units.endingAt('honorific', m.first - 1).length) return null;
      const got = rankNamePositions(p, m.first, false);
      return got ? reading(ctx, m.first, got.name, got.rank, got.positions) : null;
    },
  },
  {
    // "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Song Hà", "Phó Thủ tướng Trịnh Đình Dũng", "nguyên Chủ tịch …"
    name: 'official-title-name',
    pattern: [opt(dim('title-modifier', 'mod')), anchor(dim('title', 't'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      // "chính quyền Tổng thống Trump": the modifier's syllable closes a word; the mention starts at the title
      const i = m.first < m.caps.t.first && !p.modifierAt(m.first) ? m.caps.t.first : m.first;
      if (!p.isCapWord(m.caps.t.first) && !p.lowerCaseTitleAt(m.caps.t.first, m.caps.t.end)) return null;
      // "Bộ Tư lệnh", "Trường … Hiệu trưởng": a title inside a name is not where a person's mention starts
      const prev = i - 1;
      // "(Ảnh: HC)Theo Phó Giám đốc Sở … Trần Quang Thanh": a capitalised "Theo" opens a sentence the source glued on
      const opensSentence = prev >= 0 && (ctx.doc.sentences[ctx.doc.sentenceOf[prev]]?.firstToken === prev || ctx.doc.tokens.word[prev] === THEO || p.afterPhotoCredit(i));
      if (prev >= 0 && p.isCapWord(prev) && !opensSentence && !ctx.units.endingAt('honorific', i).length && !p.breakBefore(i)) return null;
      // a title already read as part of an earlier one's chain starts no mention of its own
      const got = p.positionsThenName(i);
      if (!got) return null;
      // "Thừa ủy quyền của Chủ tịch UBND tỉnh, Bí thư Huyện ủy Vi Hữu Cầu": the first post is the principal's; the
      // delegate's chain starts at the next title (not "Thừa ủy quyền Chủ tịch UBND tỉnh Nguyễn Văn Bình, ông …": the
      // principal named right after the post, no chain between, is that post's holder)
      if (p.delegatedBefore(i) && got.positions.length > 1) return null;
      // "ông Lê Hoàng Phong - Giám đốc Công ty Hoàng Gia Phát", "ông Phan Trường Hân, Giám đốc Trung tâm Bất động sản
      // Kim Địa": a post in apposition to the person named before it, its body not yet named; the words after it end
      // the body's name (not "với ông Hiếu, Phó chủ tịch UBND quận 2 Bùi Thanh Khiết", a unit named, another person)
      if (p.apposedToNamed(i) && p.endsWithUnnamedBody(i, got.name.start)) return null;
      return reading(ctx, i, got.name, null, [...got.positions, ...p.positionsAfter(got.name.next)]);
    },
  },
  {
    // "các đồng chí: Hoàng Văn Đại, Bí thư Chi đoàn; Tống Thị Yến và Tào Việt Hà"
    // "các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân Đại, Đinh Viết Hồng": a heading's post is every listed person's
    // "các đồng chí Phó Chủ tịch UBND tỉnh Lê Văn Chiến, Tôn Thị Ngọc Hạnh": also with no colon after it
    name: 'official-list',
    pattern: [anchor(dim('list-opener', 'l')), opt(words(':'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      const colon = p.listHeading(m.end);
      // "5 Phó Chủ tịch LĐLĐ tỉnh gồm các đồng chí: Phạm Sơn, Phùng Quang Vinh, …": the post before "gồm" heads the list
      const before = colon ? null : p.headingBeforeOpener(m.first, m.end);
      if (before) return listed(ctx, p, m.end, before);
      return listed(ctx, p, m.end, colon ?? p.headingBeforeNames(m.end), !colon);
    },
  },
  {
    // "các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh", "các Phó Chủ tịch UBND tỉnh Lê Văn Chiến, Tôn Thị Ngọc
    // Hạnh": a plural post heading a list with no "đồng chí"
    name: 'official-list-titled',
    pattern: [words('các', 'những'), anchor(dim('title', 't'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      const i = m.caps.t.first;
      const colon = p.listHeading(i);
      const heading = colon ?? p.headingBeforeNames(i);
      return heading ? listed(ctx, p, i, heading, !colon) : null;
    },
  },
  {
    // "Chủ tịch nước Trần Đại Quang, nguyên Chủ tịch nước Trần Đức Lương; …, nguyên Chủ tịch Quốc hội: Nguyễn Văn An,
    // Nguyễn Sinh Hùng", "Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền chủ trì …": a post opening its clause heads
    // the names after its colon, with no "các" or "đồng chí" (bench/studies/round23-officials.mjs)
    name: 'official-list-headed',
    pattern: [anchor(dim('title', 't'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      const heading = p.colonHeading(m.caps.t.first);
      return heading ? listed(ctx, p, m.caps.t.first, heading) : null;
    },
  },
  {
    // "Lê Văn Hùng, Giám đốc Công ty TNHH Minh Hùng, bị bắt", "Trần Thọ - Phó Bí thư Thường trực Thành ủy": a name
    // alone that a post follows, after a comma or a dash
    name: 'official-name-first',
    pattern: [anchor(dim('person', 'p'))],
    build(m, ctx) {
      // a name of three words at least (tested first: it costs nothing, and half the names read are shorter)
      if (m.end - m.first < 3) return null;
      const p = phrasesOf(ctx);
      const t = ctx.doc.tokens;
      // introduced otherwise (an honorific, a rank, a title, a list) is read by those rules
      if (m.first > 0 && (ctx.units.endingAt('honorific', m.first).length || ctx.units.endingAt('rank', m.first).length || ctx.units.endingAt('title', m.first).length)) return null;
      // "Ông Phạm Đăng Nhật - …": an honorific opening the sentence is the honorific rule's
      if (ctx.units.at('honorific', m.first)) return null;
      // a member of a list after "các đồng chí …:" is the list rule's
      if (p.listOpenedBefore(m.first)) return null;
      const name = p.readName(m.first, true);
      if (!name || name.next !== m.end) return null;
      const positions = p.positionsAfter(name.next);
      if (!positions.length || (t.flags[m.first] & Flag.Upper) !== 0) return null;
      // "Thiếu tướng, TS, TTND Trần Quốc Việt, …": a rank before academic titles
      let k = m.first - 1;
      while (k > 0 && (p.char(k) === ',' || (t.flags[k] & Flag.Upper && t.end[k] - t.start[k] <= 6))) k--;
      const rank = k < m.first - 1 ? ctx.units.endingAt('rank', k + 1)[0] : undefined;
      return reading(ctx, rank ? rank.first : m.first, name, rank ? canonicalRank(tokensValue(ctx.doc, rank.first, rank.end)) : null, positions);
    },
  },
  {
    // "đại biểu Phạm Trường Dân, Phó giám đốc Công an tỉnh Quảng Nam", "đại biểu Quốc hội Dương Trung Quốc": a
    // delegate's seat is a post
    name: 'official-delegate',
    pattern: [anchor(dim('delegate'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      const seat = p.seatThenName(m.first, m.end);
      return seat ? reading(ctx, m.first, seat.name, null, [seat.position, ...p.positionsAfter(seat.name.next)]) : null;
    },
  },
  {
    // "bị cáo Nguyễn Văn A", "HLV Park Hang-seo", "tiền đạo Nguyễn Công Phượng": people who are not officials
    name: 'official-excluded-role',
    pattern: [anchor(dim('excluded-role', 'role'))],
    build(m, ctx) {
      const p = phrasesOf(ctx);
      if (!p.isCapWord(m.end)) return null;
      const name = p.readName(m.end, false);
      // a suspect named with a post elsewhere is an official as the post is stated (ANNOTATION.md: "Lê Đình Văn là
      // Giám đốc Công ty Thiên Lộc"); a player or performer is not
      const role = fold(tokensValue(ctx.doc, m.first, m.end));
      if (!name) return null;
      // a profession with its post in apposition: "Luật sư Thái Văn Chung, Tổng Thư ký Hội Luật gia TP.HCM"; not a
      // role read only after a name ("Nghệ sĩ Thành Lộc, đại diện ban giám khảo": a jury's spokesman, no office)
      const posts = PROFESSIONS.has(role) ? p.positionsAfter(name.next, true) : [];
      if (posts.length && !ctx.units.at('post-name-title', tokenAt(ctx.doc.tokens, posts[0].start))) return reading(ctx, m.first, name, null, posts);
      return reading(ctx, m.first, name, null, [], !SUSPECT_ROLES.has(role));
    },
  },
];

export const officials = defineField(officialsContract, {
  dimensions: ['person', 'title', 'rank', 'honorific', 'title-modifier', 'list-opener', 'excluded-role', 'delegate', 'company-word', 'place'],
  rules: OFFICIAL_RULES,
  record: (ctx) => ({ value: ctx.findings('officials').map((f) => f.value as Official) }),
});
