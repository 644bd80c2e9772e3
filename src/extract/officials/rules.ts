// Mentions of people with an office: each rule reads one way articles name them.
import { sentenceAt, type Doc } from '../../text/document.js';
import { B, E, phrases, rx } from '../../text/patterns.js';
import { tokenIndexAt } from '../../text/tokens.js';
import { defineRule, type Rule } from '../rule.js';
import { HONORIFICS, NOT_OFFICIAL_ROLES } from './people.js';
import {
  canonicalRank,
  honorificSet,
  positionsAfter,
  positionsBefore,
  positionsThenName,
  rankQualifierSet,
  rankSet,
  readName,
  type NameSpan,
  type PositionSpan,
} from './phrases.js';
import { RANKS } from './ranks.js';
import { POSITION_TITLES, TITLE_MODIFIERS } from './titles.js';

export interface PersonMention {
  name: string;
  nameStart: number;
  nameEnd: number;
  rank: string | null;
  positions: PositionSpan[];
  /** The whole mention: from its first word (rank, "đồng chí", title) to the end of its positions. */
  start: number;
  end: number;
  rule: string;
  /** Introduced as a suspect, player, performer…: never an official, whatever other mentions say. */
  excluded?: boolean;
}

function mention(rule: string, start: number, name: NameSpan, rank: string | null, positions: PositionSpan[]): PersonMention {
  const end = Math.max(name.end, ...positions.map((p) => p.end));
  return { name: name.value, nameStart: name.start, nameEnd: name.end, rank, positions, start, end, rule };
}

/** Reads "[rank [QNCN]] Name[, positions]" from token i; `first` is where the mention starts (its honorific or rank). */
function rankNamePositions(
  doc: Doc,
  i: number,
  strictName: boolean,
  first = i,
): { rank: string | null; name: NameSpan; positions: PositionSpan[] } | null {
  const toks = doc.tokens;
  let j = i;
  let rank: string | null = null;
  const r = rankSet.matchAt(toks, j);
  if (r) {
    rank = canonicalRank(toks.slice(j, j + r).map((t) => t.text).join(' '));
    j += r;
    j += rankQualifierSet.matchAt(toks, j);
  }
  // "Thiếu tướng, PGS.TS Nguyễn Văn A": an academic title between rank and name
  if (rank && toks[j]?.text === ',') j++;
  j += honorificSet.matchAt(toks, j);
  const name = readName(doc, j, strictName && !rank);
  if (!name) return null;
  return { rank, name, positions: [...positionsBefore(doc, first - 1), ...positionsAfter(doc, name.next)] };
}

/** "đồng chí Cù Ngọc Cường - Ủy viên BTV Tỉnh ủy, …", "đ/c Lê Lương – Phó Bí thư Quận ủy", "ông Đỗ Văn Tiến, Chủ tịch HĐQT". */
const honorificName = defineRule<PersonMention>({
  name: 'official-honorific',
  pattern: rx(`${B}(?:${phrases(HONORIFICS)})(?=\\s)`, 'gu'),
  extract(m, doc) {
    const before = doc.text.slice(Math.max(0, m.index - 8), m.index);
    if (/(?:các|những|hai|ba)\s+$/iu.test(before)) return null; // lists are read by official-list
    const i = tokenIndexAt(doc.tokens, m.index + m[0].length);
    const got = rankNamePositions(doc, i, false, tokenIndexAt(doc.tokens, m.index));
    if (!got) return null;
    return mention('official-honorific', m.index, got.name, got.rank, got.positions);
  },
});

/** "Đại tá Vũ Bá Bộ, Chính ủy Bộ CHQS tỉnh", "thượng úy Trần Văn Anh, Trưởng công an xã …", "Thượng tá Hoàng Văn Quang". */
const rankName = defineRule<PersonMention>({
  name: 'official-rank',
  pattern: rx(`${B}(?:${phrases(RANKS)})${E}`, 'giu'),
  extract(m, doc) {
    const i = tokenIndexAt(doc.tokens, m.index);
    if (honorificSet.matchAt(doc.tokens, i - 1) || honorificSet.matchAt(doc.tokens, i - 2)) return null;
    const got = rankNamePositions(doc, i, false);
    if (!got) return null;
    return mention('official-rank', m.index, got.name, got.rank, got.positions);
  },
});

const TITLE_START = `(?:(?:${phrases(TITLE_MODIFIERS)})\\s+)?(?:${phrases(POSITION_TITLES.filter((t) => /^\p{Lu}/u.test(t)))})`;

/** "Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Song Hà", "Phó Thủ tướng Trịnh Đình Dũng". */
const titleName = defineRule<PersonMention>({
  name: 'official-title-name',
  pattern: rx(`${B}${TITLE_START}${E}`, 'gu'),
  extract(m, doc) {
    const i = tokenIndexAt(doc.tokens, m.index);
    // "Bộ Tư lệnh", "Trường … Hiệu trưởng": a title inside a name is not where a person's mention starts
    const prev = doc.tokens[i - 1];
    const opensSentence = prev && sentenceAt(doc, prev.start)?.start === prev.start; // "Theo Bộ trưởng …"
    if (prev && prev.kind === 'word' && prev.cap && !opensSentence && !honorificSet.matchAt(doc.tokens, i - 1) && !/\n/.test(doc.text.slice(prev.end, m.index)))
      return null;
    const got = positionsThenName(doc, i);
    if (!got) return null;
    const after = positionsAfter(doc, got.name.next);
    return mention('official-title-name', m.index, got.name, null, [...got.positions, ...after]);
  },
});

/** "các đồng chí: Hoàng Văn Đại, Bí thư Chi đoàn; Tống Thị Yến và Tào Việt Hà". */
const list = defineRule<PersonMention>({
  name: 'official-list',
  pattern: rx(`${B}(?:các|những)\\s+(?:đồng\\s+chí|đ/c|ông|bà|vị)\\s*:?\\s*`, 'giu'),
  extract(m, doc) {
    const toks = doc.tokens;
    let i = tokenIndexAt(toks, m.index + m[0].length);
    const out: PersonMention[] = [];
    for (;;) {
      const got = rankNamePositions(doc, i, true);
      if (!got) break;
      out.push(mention('official-list', got.name.start, got.name, got.rank, got.positions));
      let next = tokenIndexAt(toks, Math.max(got.name.end, ...got.positions.map((p) => p.end)));
      const sep = toks[next];
      if (!sep || !(sep.text === ',' || sep.text === ';' || sep.key === 'và')) break;
      next++;
      if (toks[next]?.key === 'và') next++;
      i = next;
    }
    return out.length ? out : null;
  },
});

/** "bị cáo Nguyễn Văn A", "HLV Park Hang-seo", "tiền đạo Nguyễn Công Phượng": people who are not officials. */
const notOfficial = defineRule<PersonMention>({
  name: 'official-excluded-role',
  pattern: rx(`${B}(?:${phrases(NOT_OFFICIAL_ROLES)})\\s+(?=\\p{Lu})`, 'giu'),
  extract(m, doc) {
    const name = readName(doc, tokenIndexAt(doc.tokens, m.index + m[0].length), false);
    if (!name) return null;
    return { ...mention('official-excluded-role', m.index, name, null, []), excluded: true };
  },
});

export const OFFICIAL_RULES: readonly Rule<PersonMention>[] = [honorificName, rankName, titleName, list, notOfficial];
