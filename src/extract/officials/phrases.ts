// The officials lexicons as token phrase sets, and the small readers the rules share: a person's name,
// a rank, and position phrases before or after a name.
import { gazetteer } from '../../gazetteer/index.js';
import { sentenceAt, valueOf, type Doc } from '../../text/document.js';
import { fold } from '../../text/patterns.js';
import { PhraseSet, type Token } from '../../text/tokens.js';
import { prefixOf, runAt, runText, wordCount, type Run } from '../runs.js';
import { CLAUSE_VERBS, COUNTRIES, HONORIFICS, MIDDLE_NAMES, NOT_OFFICIALS, ORG_HEADS, ORG_NOUNS, SURNAMES } from './people.js';
import { RANK_QUALIFIERS, RANKS } from './ranks.js';
import { POSITION_TITLES, POST_NAME_TITLES, TITLE_MODIFIERS } from './titles.js';

export const rankSet = new PhraseSet(RANKS);
export const rankQualifierSet = new PhraseSet(RANK_QUALIFIERS);
export const titleSet = new PhraseSet(POSITION_TITLES);
export const postTitleSet = new PhraseSet(POST_NAME_TITLES);
export const modifierSet = new PhraseSet(TITLE_MODIFIERS);
export const honorificSet = new PhraseSet(HONORIFICS);
export const verbSet = new PhraseSet(CLAUSE_VERBS);
const orgNounSet = new PhraseSet(ORG_NOUNS);

const countrySet = new PhraseSet(COUNTRIES, true);
const surnames = new Set(SURNAMES);
const middles = new Set(MIDDLE_NAMES);
const notOfficials = new Set(NOT_OFFICIALS.map(fold));
const RANK_BY_KEY = new Map(RANKS.map((r) => [fold(r), r]));

/** Capitalised words that look like names but open organisations: "Đoàn Thanh niên", "Hội Nông dân". */
const NOT_NAME_STARTS = new PhraseSet([
  'Đoàn Thanh niên',
  'Đoàn TNCS',
  'Thanh niên',
  'Việt Nam',
  'Nhà nước',
  'Chính phủ',
  'Quốc hội',
  'Công an',
  'Quân đội',
  'Nhân dân',
  'Mặt trận',
  'Thường trực',
  'Thường vụ',
  'Trung ương',
  'Hội đồng',
  'Ủy ban',
  'Quân khu',
  'Bộ Tư lệnh',
  'Lãnh đạo',
  'Đại hội',
  'Hội nghị',
  'Tổng cục',
]);

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
  return notOfficials.has(fold(name));
}

/** A lower-case word that ends a position phrase ("trao", "cho biết"), unless it names a body ("Ban chỉ đạo"). */
export function verbAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || t.cap) return 0;
  const n = verbSet.matchAt(tokens, i);
  if (!n) return 0;
  const prev = tokens[i - 1];
  if (prev && prev.cap && orgNounSet.matchAt(tokens, i - 1) === 1) return 0;
  return n;
}

/** A title starting at token i (with "nguyên", "Quyền"… before it): its length in tokens, or 0. */
export function titleAt(tokens: readonly Token[], i: number, opts: { capitalised?: boolean; postName?: boolean } = {}): number {
  let j = i;
  const mod = modifierSet.matchAt(tokens, j);
  if (mod) j += mod;
  const t = tokens[j];
  if (!t) return 0;
  let n = titleSet.matchAt(tokens, j);
  if (!n && opts.postName) n = postTitleSet.matchAt(tokens, j);
  if (!n) return 0;
  if (opts.capitalised && !t.cap) return 0;
  return j - i + n;
}

function gapHasBreak(doc: Doc, a: Token, b: Token): boolean {
  return /\n/.test(doc.text.slice(a.end, b.start));
}

/**
 * The person name at token i: two to five capitalised words. `strict` (a name found after a title, with no
 * "đồng chí" or rank to announce it) also wants a surname or a middle name, no organisation words, and a
 * clause that goes on with a verb or punctuation rather than more of a noun phrase.
 */
export function readName(doc: Doc, i: number, strict: boolean): NameSpan | null {
  const toks = doc.tokens;
  let run: Run | null = runAt(doc, i, 6, false, false);
  if (!run) return null;
  // a title glued to the name without a comma ends it: "đồng chí Nguyễn Văn A Chủ tịch …"
  for (let k = 1; k < run.tokens.length; k++) {
    const idx = run.first + k;
    if (titleAt(toks, idx, { capitalised: true }) || rankSet.matchAt(toks, idx)) {
      run = prefixOf(run, k);
      break;
    }
  }
  if (!run) return null;
  // "(Đại sứ) Ô-xtrây-li-a Pi-tơ Bách-xtơ": a country before the name is not part of it
  const country = countrySet.matchAt(toks, run.first);
  if (country && country < run.tokens.length) run = runAt(doc, run.first + country, 6, false, false);
  else if (country) return null;
  if (!run) return null;
  let words = wordCount(run);
  if (words < 2) return null;
  if (words > 5) run = prefixOf(run, (words = 4));
  const first = run.tokens[0];
  if (NOT_NAME_STARTS.matchAt(toks, run.first)) return null;
  if (strict) {
    // a transcribed foreign name ("An-tô-ni Lếch") is a name whatever its first syllable
    if (!surnames.has(first.text) && !first.text.includes('-')) return null;
    if (gazetteer().provinceNamed(runText(run))) return null;
    // two words followed by more lower-case words may be a body's name ("Đoàn Thanh niên"); three are a person
    const after = toks[run.first + run.tokens.length];
    if (words === 2 && after && !gapHasBreak(doc, run.tokens[run.tokens.length - 1], after) && after.kind === 'word' && !after.cap) {
      if (!verbAt(toks, run.first + run.tokens.length)) return null;
    }
  }
  const value = valueOf(doc, run.start, run.end);
  if (isNotOfficial(value)) return null;
  return { start: run.start, end: run.end, next: run.first + run.tokens.length, value };
}

/**
 * After a unit type word the run may open with the unit's name: "UBND TP Hà Nội Nguyễn Đức Chung" is Hà Nội
 * plus Nguyễn Đức Chung, "UBND tỉnh Hà Nam cho biết" has no person, "UBND thành phố Nguyễn Song Hà" has no place.
 */
export function readNameAfterUnitType(doc: Doc, i: number): NameSpan | null {
  const run = runAt(doc, i, 7);
  if (!run) return null;
  const words = wordCount(run);
  for (let n = Math.min(4, words - 2); n >= 1; n--) {
    const place = prefixOf(run, n);
    if (!gazetteer().isPlaceName(runText(place))) continue;
    const name = readName(doc, run.first + place.tokens.length, true);
    if (name) return name;
  }
  // "Chủ tịch UBND tỉnh Hồ Quốc Dũng": the unit is not named, the run is the person — unless it is a place itself
  if (gazetteer().isPlaceName(runText(prefixOf(run, Math.min(4, words))))) return null;
  return readName(doc, i, true);
}

const UNIT_TYPE_WORD = /^(?:tỉnh|phố|TP|Tp|quận|huyện|xã|phường|trấn|TX|TT)$/iu;

/** Does token i follow a unit type word ("tỉnh", "thành phố", "TP.")? */
function followsUnitType(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === '.') k--;
  return !!tokens[k] && UNIT_TYPE_WORD.test(tokens[k].text);
}

/** Words that open a body's name: the capitalised words after them name the body before any person. */
const orgHeadSet = new PhraseSet(ORG_HEADS, true);

/**
 * After a body's word the run names the body first: "Sở Công Thương Ngô Văn Tổng" is Sở Công Thương plus
 * Ngô Văn Tổng, "Sở Công Thương Cà Mau" has no person. A person needs a surname inside the run.
 */
function readNameAfterOrg(doc: Doc, i: number): NameSpan | null {
  const run = runAt(doc, i, 8);
  if (!run) return null;
  for (let k = 1; k < run.tokens.length - 1; k++) {
    if (!surnames.has(run.tokens[k].text)) continue;
    const name = readName(doc, run.first + k, true);
    if (name && name.end === run.end) return name;
  }
  return null;
}

function followsOrgHead(tokens: readonly Token[], i: number): boolean {
  for (const n of [3, 2, 1]) if (i - n >= 0 && orgHeadSet.matchAt(tokens, i - n) === n) return true;
  return false;
}

/** The person whose name starts at token i, read as the words before it allow (a unit, a body, or a title). */
export function nameAt(doc: Doc, i: number): NameSpan | null {
  const toks = doc.tokens;
  if (followsUnitType(toks, i)) return readNameAfterUnitType(doc, i);
  if (followsOrgHead(toks, i)) return readNameAfterOrg(doc, i);
  return readName(doc, i, true);
}

function isSeparator(t: Token | undefined): boolean {
  return !!t && (t.text === ',' || t.text === '-');
}

const HARD_STOP = new Set([';', '.', ':', '!', '?', '"', '“', '”', '…', ']']);
const MAX_POSITION_TOKENS = 22;

/** Does a new person start at token i ("… và Trung tướng Phạm Quang Hợi", "…, đồng chí Lê Lương")? */
function personStartsAt(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (rankSet.matchAt(toks, i) || honorificSet.matchAt(toks, i)) return true;
  if (titleAt(toks, i, { capitalised: true })) return true;
  return !!readName(doc, i, true);
}

function span(doc: Doc, start: number, end: number): PositionSpan {
  return { start, end, value: valueOf(doc, start, end) };
}

/**
 * Position phrases after a name: ", Chính ủy Bộ CHQS tỉnh", " - Bí thư chi bộ - Giám đốc Trung tâm",
 * ", Phó Bí thư Thành ủy, Chủ tịch UBND thành phố". Each item runs from its title to a separator followed by
 * another title, or to what ends the phrase: punctuation, a verb, a new person, a line break.
 */
export function positionsAfter(doc: Doc, i: number): PositionSpan[] {
  const toks = doc.tokens;
  const out: PositionSpan[] = [];
  if (!isSeparator(toks[i]) && toks[i]?.text !== '(') return out;
  const sentence = sentenceAt(doc, toks[i].start);
  const limit = sentence ? sentence.end : doc.text.length;
  let j = i + 1;
  for (;;) {
    const n = toks[j] && toks[j].start < limit ? titleAt(toks, j, { postName: out.length === 0 }) : 0;
    if (!n) break;
    const itemStart = j;
    j += n;
    let depth = 0;
    let end = toks[j - 1].end;
    let lastClosed = end;
    let more = false;
    let nextPerson = false;
    while (j < toks.length && toks[j].start < limit && j - itemStart < MAX_POSITION_TOKENS) {
      const t = toks[j];
      if (gapHasBreak(doc, toks[j - 1], t)) break;
      if (t.text === '(') {
        if (depth === 0) lastClosed = end;
        depth++;
      } else if (t.text === ')') {
        if (depth === 0) break;
        depth--;
        end = t.end;
      } else if (depth > 0) {
        if (HARD_STOP.has(t.text)) break;
        end = t.end;
      } else {
        if (HARD_STOP.has(t.text)) break;
        if (isSeparator(t)) {
          if (titleAt(toks, j + 1)) {
            more = true;
            j++;
          }
          break;
        }
        if (t.key === 'và' && personStartsAt(doc, j + 1)) break;
        if (verbAt(toks, j)) break;
        // "…, Tổng Giám đốc Cơ quan … Pi-tơ Bách-xtơ": the item names the next person; it is theirs
        if (t.kind === 'word' && t.cap && nameAt(doc, j)) {
          nextPerson = true;
          break;
        }
        end = t.end;
      }
      j++;
    }
    if (depth > 0) end = lastClosed; // an unclosed bracket: keep what came before it
    if (nextPerson) break;
    out.push(span(doc, toks[itemStart].start, end));
    if (!more) break;
  }
  return out;
}

/**
 * Position phrases that end with a comma right before a rank or "ông/bà": "Thứ trưởng Bộ Quốc phòng, Thượng tướng
 * Nguyễn Chí Vịnh", "Chủ tịch UBND tỉnh, ông Nguyễn Văn A". `sep` is the index of that comma.
 */
export function positionsBefore(doc: Doc, sep: number): PositionSpan[] {
  const toks = doc.tokens;
  if (!isSeparator(toks[sep])) return [];
  const sentence = sentenceAt(doc, toks[sep].start);
  const floor = sentence ? sentence.start : 0;
  let best: PositionSpan[] = [];
  for (let k = sep - 1; k >= 0 && toks[k].start >= floor && sep - k <= MAX_POSITION_TOKENS * 2; k--) {
    if (!titleAt(toks, k, { capitalised: true })) continue;
    // the chain must open a clause: not inside a name ("Bộ Tư lệnh"), not another person's positions ("A – Bí thư, đ/c B")
    const prev = toks[k - 1];
    if (prev && prev.start >= floor && !(prev.kind === 'word' && !prev.cap) && prev.text !== ';' && prev.text !== ':') continue;
    const items = chainUntil(doc, k, sep);
    if (items) best = items;
  }
  return best;
}

/** Title items from token k up to token `end` (exclusive), separated by commas or dashes; null if anything else intervenes. */
function chainUntil(doc: Doc, k: number, end: number): PositionSpan[] | null {
  const toks = doc.tokens;
  const items: PositionSpan[] = [];
  let itemStart = k;
  let j = k + titleAt(toks, k, { capitalised: true });
  for (; j < end; j++) {
    const t = toks[j];
    if (gapHasBreak(doc, toks[j - 1], t)) return null;
    if (isSeparator(t)) {
      if (!titleAt(toks, j + 1, { capitalised: true })) return null;
      items.push(span(doc, toks[itemStart].start, toks[j - 1].end));
      itemStart = j + 1;
      j += titleAt(toks, j + 1, { capitalised: true });
      continue;
    }
    if (HARD_STOP.has(t.text) || t.text === '(' || t.text === ')' || verbAt(toks, j)) return null;
  }
  items.push(span(doc, toks[itemStart].start, toks[end - 1].end));
  return items;
}

/**
 * Where a body's name goes on past punctuation: a comma before a lower-case word that is no verb ("nông, lâm,
 * thủy sản"), a dash before a capitalised word that opens no title ("Văn hóa - Văn nghệ"), a short bracket
 * ("(Bộ NN&PTNT)"). Returns the index to continue from, or 0.
 */
function orgNameContinues(doc: Doc, j: number): number {
  const toks = doc.tokens;
  const t = toks[j];
  const next = toks[j + 1];
  if (!next || gapHasBreak(doc, t, next)) return 0;
  const person = honorificSet.matchAt(toks, j + 1) || rankSet.matchAt(toks, j + 1);
  if (t.text === ',' && next.kind === 'word' && !next.cap && !person && !verbAt(toks, j + 1) && !/^(?:các|những|cùng|và)$/u.test(next.key))
    return j + 1;
  // "Bộ Văn hóa, Thể thao và Du lịch": a capitalised word that opens no title and no name
  if (t.text === ',' && next.kind === 'word' && next.cap && !person && !titleAt(toks, j + 1) && !readName(doc, j + 1, true)) return j + 1;
  if (t.text === '-' && next.kind === 'word' && next.cap && !titleAt(toks, j + 1) && !rankSet.matchAt(toks, j + 1) && !readName(doc, j + 1, true))
    return j + 1;
  if (t.text === '(') {
    for (let k = j + 1; k < Math.min(toks.length, j + 12); k++) {
      if (HARD_STOP.has(toks[k].text) || toks[k].text === '(' || verbAt(toks, k)) return 0;
      if (toks[k].text === ')') return k + 1;
    }
  }
  return 0;
}

/**
 * Position phrases before a name, read forwards from a capitalised title: "Phó Bí thư Thành ủy, Chủ tịch UBND TP
 * Hà Nội Nguyễn Đức Chung". Returns the items and the name, or null when no name ends the chain.
 */
export function positionsThenName(doc: Doc, i: number): { positions: PositionSpan[]; name: NameSpan } | null {
  const toks = doc.tokens;
  const sentence = sentenceAt(doc, toks[i].start);
  const limit = sentence ? sentence.end : doc.text.length;
  const items: PositionSpan[] = [];
  let j = i;
  for (;;) {
    const n = titleAt(toks, j, { capitalised: true });
    if (!n) return null;
    const itemStart = j;
    j += n;
    let chained = false;
    while (j < toks.length && toks[j].start < limit && j - itemStart < MAX_POSITION_TOKENS) {
      const t = toks[j];
      if (gapHasBreak(doc, toks[j - 1], t)) return null;
      if (t.kind === 'word' && t.cap) {
        const name = nameAt(doc, j);
        if (name) {
          let last = j;
          while (toks[last] && toks[last].end <= name.start) last++;
          items.push(span(doc, toks[itemStart].start, toks[last - 1].end));
          return { positions: items, name };
        }
        j++;
        continue;
      }
      if (isSeparator(t) && titleAt(toks, j + 1, { capitalised: true })) {
        items.push(span(doc, toks[itemStart].start, toks[j - 1].end));
        j++;
        chained = true;
        break;
      }
      // inside a body's name: "Cục Quản lý chất lượng nông, lâm, thủy sản (Bộ NN&PTNT)", "Vụ Văn hóa - Văn nghệ"
      const inName = orgNameContinues(doc, j);
      if (inName) {
        j = inName;
        continue;
      }
      if (HARD_STOP.has(t.text) || t.text === ',' || t.text === '(' || t.text === ')' || t.text === '-') return null;
      // "Bộ Văn hóa, Thể thao và Du lịch": "và" inside a body's name, unless a new person follows
      if (t.key === 'và' ? personStartsAt(doc, j + 1) : verbAt(toks, j)) return null;
      j++;
    }
    if (!chained) return null;
  }
}
