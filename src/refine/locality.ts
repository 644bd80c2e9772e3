// The locality, chosen as ANNOTATION.md orders it and as bench/studies/locality.mjs found the dev set does: every
// unit named is a candidate, resolved against the national list; the usable ones (listed, and not a residence, a
// street, a caption, a person's province, part of a longer name) are weighed in this order:
//   0. a round-up (three or more provinces heading items) has none;
//   1. a headline that opens with a place ("Hà Nội: …") gives its most specific unit, unless the lead names a unit
//      inside it (step 2 then gives that unit);
//   2. the lead's first sentences (captions skipped): an unnamed provincial subject ("UBND tỉnh vừa …") gives the
//      province the article names most; else the first unit of an administrative body, else the first usable unit
//      after an opening venue ("tại xã A, huyện B, …"), else that venue's most specific unit; a lead about "cả nước"
//      stops the search, and so does a sentence naming units of three or more provinces, none a body's (a round-up);
//      a province the lead names bare gives way to a district or commune of it that the next sentence names as a
//      body's unit or the event's site ("… tại Cà Mau. Cụ thể, vụ sạt lở xảy ra tại … xã Tân Ân Tây"); with no unit
//      found, a province ending the name of a public institution that hosts the event or is the subject ("tại Bệnh
//      viện Sản - Nhi Nghệ An", "Trường ĐH Ngân hàng TP.HCM công bố …"), or of one that opens the headline;
//   3. a headline unit more specific than the lead's, inside it, wins ("Huyện đảo Phú Quốc" over "UBND tỉnh Kiên Giang");
//   4. when the opening speaks of an unnamed "tỉnh" and one province dominates the article, that province; when a lead
//      sentence opens with such a body ("UBND tỉnh vừa …", "Tỉnh ủy tổ chức …", "Sở Y tế …"), the one province the article
//      names, or with none named plainly the one its bodies' names and officials' posts name ("Chủ tịch UBND tỉnh Bình
//      Định"), or a portal's address in brackets ("(binhdinh.gov.vn)"); an outlet's tag ("(BĐ) -") names no unit;
//   5. otherwise none: national, foreign, round-up news.
// The others become `localities`.
import { isPageStamp, SHORT_CHROME_LINE, VIEW_COUNT_LINE } from '../lexicon/dates.js';
import type { Doc } from '../engine/document.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner, RefineContext } from '../engine/refine.js';
import { tokenAt } from '../engine/tokens.js';
import { lowerBound } from '../engine/search.js';
import type { PlaceValue } from '../dimensions/places/index.js';
import type { ResolvedPlace } from '../extract/locality/index.js';
import { besideTheLead } from '../extract/title/index.js';
import { gazetteer, nameKey, type Unit, type UnitLevel } from '../gazetteer/index.js';
import { PROVINCES_BEFORE_2025, REORGANISED_ON } from '../gazetteer/provinces-2025.js';
import { HONORIFICS, SURNAMES } from '../lexicon/people.js';
import {
  ACTING_BODY_BEFORE,
  ADDRESS_BEFORE,
  ADMIN_BODY_BEFORE,
  ASSEMBLY,
  ASSEMBLY_DEBATE,
  COMMON_NOUN_SPELLINGS,
  DATELINE_OPENING,
  DELEGATION_BEFORE,
  DEPARTMENT_BEFORE,
  DEPARTURE_BEFORE,
  DISTANCE_AFTER,
  DISTANCE_FROM_BEFORE,
  EVENT_SITE_BEFORE,
  FOREIGN_COUNTRY_AFTER,
  HEADLINE_TAG_OPENING,
  HOME_GROUND_AFTER,
  HOME_GROUND_BEFORE,
  INSTITUTION_SITE_BEFORE,
  INTERSECTION_END,
  INSTITUTION_SUBJECT_BEFORE,
  JOURNEY_END_BEFORE,
  JOURNEY_FROM_BEFORE,
  JOURNEY_TO_AFTER,
  MARKET_BEFORE,
  NATIONAL_EVENT_SITE_BEFORE,
  NEWSPAPER_NAME_BEFORE,
  ORGANISATION_BEFORE,
  ORIGIN_BEFORE,
  PERSON_TITLES_BEFORE_NAME,
  PLATE_BEFORE,
  PORTAL_ADDRESS,
  POST_BEFORE,
  QUOTE_AFTER,
  REGION,
  RESIDENCE_BEFORE,
  SAIGON_NAME_BEFORE,
  SAIGON_WRITTEN,
  ROUND_UP,
  ROUND_UP_COMPARISON_BEFORE,
  ROUND_UP_WITHIN_AFTER,
  SEAT_BEFORE,
  SITE_OR_BODY_BEFORE,
  SPORT_NEWS,
  STREET_BEFORE,
  STREET_NUMBER_END,
  TEAM_AFTER,
  TEAM_BEFORE,
  TITLE_QUOTE_CLOSE_AFTER,
  TITLE_QUOTE_OPEN_BEFORE,
  WEATHER,
  UNIT_WORD_END,
  UNNAMED_LOCAL,
  UNNAMED_UNIT_BODY,
  OTHER_UNIT_AFTER,
  OTHER_UNIT_BEFORE,
  UNNAMED_ORGAN_OPENING,
  VENUE_OPENING,
  UNNAMED_DISTRICT_WORDS,
  VOTERS_MEETING,
  WIRE_DATELINE_OPENING,
} from '../lexicon/places.js';
import type { LocalityType } from '../record.js';

const LEAD_SENTENCES = 3;
/** How many sentences in all are searched for a unit named as a site or a body, when the lead names none. */
const LATER_SENTENCES = 8;
/**
 * The first lead sentence's subject, a province's or district's body left unnamed: "Công an tỉnh vừa …", "Sáng 12/5, Ban
 * CHQS huyện tổ chức …"; group 1 its level.
 */
const UNNAMED_ORGANISER_SUBJECT = /^(?:[^,]{0,40},\s*)?(?:Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban CHQS|Ban Chỉ huy Quân sự|Bộ CHQS|Bộ Chỉ huy Quân sự|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Ban Thường vụ Huyện ủy|BTV Huyện ủy)\s+(tỉnh|huyện)(?![\p{L}]|\s?[\p{Lu}\d])/u;
/** A lead that opens with a province's body left unnamed: "UBND tỉnh vừa …", "Sáng 5/3, Tỉnh ủy tổ chức …". */
const UNNAMED_OPENING = new RegExp(`^(?:[^,]{0,30},\\s*)?${UNNAMED_LOCAL.source}(?!\\.\\s?\\p{Lu})`, 'u');
const LEAD_SENTENCES_LOOKED_AT = 9;
/** How far into the text an unnamed "tỉnh" still speaks of the article's own province. */
const OPENING = 600;
const surnames = new Set(SURNAMES);
const commonNounSpellings = new Set(COMMON_NOUN_SPELLINGS);
/** Capitalised words that may stand before a person's name in a run of capitals: "ĐB Nguyễn Bá Thuyền", "Bà Trần Kim Yến". */
const BEFORE_NAME = new Set([...HONORIFICS, ...PERSON_TITLES_BEFORE_NAME]);

/** Is a run of capitalised words a person's name, maybe after titles ("Theo ĐB Lê Thị Nga", "Chị Kiều Linh")? */
function isPersonRun(run: string): boolean {
  const words = run.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && BEFORE_NAME.has(words[i])) i++;
  return i < words.length - 1 && surnames.has(words[i]);
}

type Mention = Finding<PlaceValue> & { origin: { kind: 'text'; start: number; end: number; rule: string } };

/** Why a unit named is not the article's: flags from its surroundings. */
type Trap = 'residence' | 'street' | 'distance' | 'market' | 'seat' | 'plate' | 'not-a-name' | 'foreign' | 'post-apposition' | 'caption' | 'departure' | 'person-origin' | 'delegation' | 'organisation' | 'team';

/** Where the sentence after a place ends: a full stop, white space, a capital. */
const NEXT_SENTENCE = /(?<=[.!?])\s+(?=[A-ZĐ])/u;

/** `sport`: the headline or the lead is sports news. */
function trapsOf(doc: Doc, start: number, end: number, place: PlaceValue, sport: boolean): Trap[] {
  const text = doc.text;
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 220);
  const out: Trap[] = [];
  if (RESIDENCE_BEFORE.test(before) && !ADDRESS_BEFORE.test(before)) out.push('residence');
  if (STREET_BEFORE.test(before)) out.push('street');
  if (PLATE_BEFORE.test(before)) out.push('plate');
  if (DISTANCE_FROM_BEFORE.test(before) && DISTANCE_AFTER.test(after)) out.push('distance');
  if (MARKET_BEFORE.test(before) || QUOTE_AFTER.test(after)) out.push('market');
  if (SEAT_BEFORE.test(before)) out.push('seat');
  if (!place.typed && commonNounSpellings.has(text.slice(start, end))) out.push('not-a-name');
  if (FOREIGN_COUNTRY_AFTER.test(after)) out.push('foreign');
  if (POST_BEFORE.test(before)) {
    // "Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM": a post in apposition to a named person
    const appos = /((?:[\p{Lu}][\p{L}]*\s+){1,5}[\p{Lu}][\p{L}]*)\s*[,–-]\s+[^.;:()]{0,90}$/u.exec(before);
    // a commune's chairman or police chief speaks for the commune where the event happened ("Ông Võ Thành Đồng, Chủ
    // tịch UBND xã Thọ Thành, cho biết …"), and a district's police chief for the district ("Đại tá Nguyễn Bá Đoàn –
    // Trưởng Công an TP Cam Ranh (Khánh Hòa) cho biết …"): other posts name a person's office elsewhere
    const level = place.typed && place.units.length > 0 && place.units.every((u) => u.level === place.units[0].level) ? place.units[0].level : null;
    // and a head who chairs the event chairs his own body's ("ông Nguyễn Văn Hùng, Chủ tịch UBND huyện Đắk Hà chủ trì hội
    // nghị …": the conference is the district's)
    const speaksForUnit = level === 'commune' || (level === 'district' && DISTRICT_POLICE_CHIEF_BEFORE.test(before)) || CHAIRS_AFTER.test(after);
    if (appos && isPersonRun(appos[1]) && !speaksForUnit) out.push('post-apposition');
  }
  // (a photo credit's word after the place, or no caption)
  if (after.includes('Ảnh') || after.includes('Nguồn')) {
    const cut = after.search(NEXT_SENTENCE);
    const sentenceAfter = cut < 0 ? after : after.slice(0, cut);
    if (/^[^.!?]{0,200}?(?:\.\s*|\s)\(?(?:Ảnh|Nguồn)\s*:/u.test(after) && !/^[^.]*\.\s+[A-ZĐ][^.]{20,}(?:Ảnh|Nguồn)\s*:/u.test(after)) out.push('caption');
    else if (/(?:Ảnh|Nguồn)\s*:/u.test(sentenceAfter) && sentenceAfter.search(/Ảnh|Nguồn/u) < 160) out.push('caption');
  }
  if (DEPARTURE_BEFORE.test(before) || ORIGIN_BEFORE.test(before) || (JOURNEY_FROM_BEFORE.test(before) && JOURNEY_TO_AFTER.test(after)) || JOURNEY_END_BEFORE.test(before)) out.push('departure');
  // "đại biểu Phạm Trường Dân (Quảng Nam)": a person's province in parentheses
  const namedBefore = before.endsWith('(') ? /((?:[\p{Lu}][\p{L}]*\s+){1,5}[\p{Lu}][\p{L}]*)\s*\($/u.exec(before) : null;
  // a unit whose name opens with a surname is no person: "Công an huyện Từ Liêm (Hà Nội)", "UBND quận Ngô Quyền (Hải Phòng)";
  // nor a street named after one: "660 Lê Hồng Phong (phường 10, quận 10, TP.HCM)", "đường Chu Văn An (quận Bình Thạnh)",
  // "ngã tư Hùng Vương - Trần Phú (quận Hải Châu)"
  const beforeRun = namedBefore ? before.slice(0, namedBefore.index) : '';
  if (namedBefore && isPersonRun(namedBefore[1]) && !UNIT_WORD_END.test(beforeRun) && !STREET_NUMBER_END.test(beforeRun) && !INTERSECTION_END.test(beforeRun))
    out.push('person-origin');
  if (DELEGATION_BEFORE.test(before)) out.push('delegation');
  // (a district's body before its bare name was read as one: "Hội Nông dân Tuy Phước")
  if (!place.typed && !place.organ && (ORGANISATION_BEFORE.test(before.slice(-80)) || NEWSPAPER_NAME_BEFORE.test(before))) out.push('organisation');
  if (!place.typed && !place.organ && SAIGON_WRITTEN.test(text.slice(start, end))) {
    if (SAIGON_NAME_BEFORE.test(before)) {
      if (!out.includes('organisation')) out.push('organisation');
    } else if (TITLE_QUOTE_OPEN_BEFORE.test(before) && TITLE_QUOTE_CLOSE_AFTER.test(after)) out.push('not-a-name');
  }
  if (sport && isTeamName(before, after, place)) out.push('team');
  return out;
}

/**
 * In sports news, a province named bare is a team ("SHB Đà Nẵng thắng SLNA", "B.Bình Dương 3-4 Thanh Hóa", "toàn đội
 * Long An") or a player's home ("tiền vệ người Tuyên Quang"), which plays, signs players and is fined wherever it is:
 * not the place of the match unless a site or a body stands before it ("trên sân Gò Đậu (Bình Dương)", "tại Đà Nẵng",
 * "UBND TP.Hải Phòng") (bench/studies/locality-sport-teams.mjs).
 */
function isTeamName(before: string, after: string, place: PlaceValue): boolean {
  if (place.typed || place.organ || place.units[0]?.level !== 'province') return false;
  // the home team plays in its own province: "rời sân Chi Lăng của SHB Đà Nẵng", "Được chơi trên sân nhà nhưng SHB Đà
  // Nẵng", "B.Bình Dương vẫn có trận giao hữu với … Kawasaki Frontale trên sân nhà"
  const sentenceBefore = before.split(/[.!?]\s/u).pop()!;
  const sentenceAfter = after.split(/[.!?](?:\s|$)/u)[0];
  if (HOME_GROUND_BEFORE.test(sentenceBefore.slice(-60)) || HOME_GROUND_AFTER.test(sentenceAfter.slice(0, 150))) return false;
  if (TEAM_BEFORE.test(before) || TEAM_AFTER.test(after)) return true;
  return !SITE_OR_BODY_BEFORE.test(before) && !ADMIN_BODY_BEFORE.test(before.slice(-60));
}

/** Right after a unit ending a post in apposition, its holder chairing the event: ", chủ trì hội nghị", " đã chủ trì". */
const CHAIRS_AFTER = /^\s*[,–-]?\s*(?:đã\s+|vừa\s+)?chủ trì(?![\p{L}])/u;

/** Right before a district in a police chief's post: "Trưởng Công an quận ", "Phó trưởng Công an TP ". */
const DISTRICT_POLICE_CHIEF_BEFORE = /(?<![\p{L}])[Tt]rưởng (?:Công an|CA)\s+$/u;

interface Candidate {
  mention: Mention;
  start: number;
  end: number;
  place: PlaceValue;
  usable: boolean;
  /** Its units were found by a near spelling of its name. */
  fuzzy: boolean;
  /** Why it is not the article's place, if it is not. */
  traps: readonly Trap[];
}

const SPECIFICITY = { province: 0, district: 1, commune: 2 } as const;

const LEVELS_OF: Record<LocalityType, UnitLevel[]> = {
  tỉnh: ['province'],
  'thành phố': ['province', 'district'],
  quận: ['district'],
  huyện: ['district'],
  'thị xã': ['district'],
  xã: ['commune'],
  phường: ['commune'],
  'thị trấn': ['commune'],
};
const levelOf = (c: Candidate) => SPECIFICITY[c.place.units[0]?.level ?? 'province'];

function mostSpecific(list: readonly Candidate[]): Candidate | undefined {
  return [...list].sort((a, b) => levelOf(b) - levelOf(a) || a.start - b.start)[0];
}

/** The provinces named by mentions that name one province each. */
function provincesOf(list: readonly Candidate[]): Set<string> {
  return new Set(list.flatMap((c) => (new Set(c.place.units.map((u) => u.province)).size === 1 ? [c.place.units[0].province] : [])));
}

/** How often each province is named (usable mentions that name one province only): the article's, most named first. */
function provinceVotes(cands: readonly Candidate[]): [string, number][] {
  const votes = new Map<string, number>();
  for (const c of cands) {
    if (!c.usable) continue;
    const provinces = new Set(c.place.units.map((u) => u.province));
    if (provinces.size === 1) for (const p of provinces) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1]);
}

/** Each article's lead sentences, by headline line and count (the refiner asks four times). */
const leads = new WeakMap<Doc, Map<string, readonly { start: number; end: number }[]>>();

/** Sentences of the lead: not the headline's, not photo captions; the outlet's tag and a photo credit cut off. */
function leadSentences(ctx: RefineContext, count = LEAD_SENTENCES): readonly { start: number; end: number }[] {
  let known = leads.get(ctx.doc);
  if (!known) leads.set(ctx.doc, (known = new Map()));
  const key = `${ctx.facts.titleLine}:${count}`;
  let lead = known.get(key);
  if (!lead) known.set(key, (lead = readLeadSentences(ctx, count)));
  return lead;
}

function readLeadSentences(ctx: RefineContext, count: number): { start: number; end: number }[] {
  const { doc } = ctx;
  const title = ctx.facts.titleLine;
  const out: { start: number; end: number }[] = [];
  const sentences = doc.sentences.filter((s) => title === null || s.line !== title);
  // quoted sentences in the lead ("“Khi gia nhập Công đoàn, … được ưu đãi”. Bà Trần Kim Yến - Chủ tịch LĐLĐ TP HCM -
  // trả lời như vậy …") are the speaker's words: they do not count, and the sentence naming who spoke them still leads
  let quoted = 0;
  let openQuotes = 0;
  // the line of the lead's first sentence: a caption between the lead's sentences is none of them, but the first line
  // may close on its photo's credit ("… tổ chức Hội nghị … (Ảnh: Quang Vinh).")
  let leadLine = -1;
  for (let i = 0; i < sentences.length && i < LEAD_SENTENCES_LOOKED_AT + count - LEAD_SENTENCES && out.length - quoted < count; i++) {
    const s = sentences[i];
    const raw = doc.text.slice(s.start, s.end);
    const next = sentences[i + 1] ? doc.text.slice(sentences[i + 1].start, Math.min(sentences[i + 1].end, sentences[i + 1].start + 20)) : '';
    if (/^\s*\(?(?:Ảnh|Nguồn)\s*:/u.test(next) || /\((?:Ảnh|Nguồn)\s*:[^)]*\)\s*$/u.test(raw) || isPageStamp(raw) || VIEW_COUNT_LINE.test(raw) || menuLine(ctx, s, raw) || besideTheLead(doc, s.line, leadLine)) continue;
    let from = s.start;
    const tag = out.length === 0 ? OPENING_TAG.exec(raw) : null;
    if (tag) from += tag[0].length;
    const credit = /^\s*\(?(?:Ảnh|Nguồn)\s*:\s*(?:[\p{Lu}][\p{L}.]*(?:\s*[-–/]\s*|\s+)){1,4}/u.exec(doc.text.slice(from, s.end));
    if (credit) from += credit[0].length;
    // the dateline is where the report was written, not the lead's subject: its unit is a last resort (openingDateline)
    const dateline = out.length === 0 ? datelineAt(doc.text.slice(from, s.end)) : null;
    if (dateline) {
      from += dateline.length;
      if (!/\p{L}/u.test(doc.text.slice(from, s.end))) continue;
    }
    const text = doc.text.slice(from, s.end);
    if (openQuotes > 0 || /^\s*[“"]/u.test(text)) {
      openQuotes = Math.max(0, openQuotes + (text.match(/“/gu)?.length ?? 0) - (text.match(/”/gu)?.length ?? 0) + ((text.match(/"/gu)?.length ?? 0) % 2 ? (openQuotes > 0 ? -1 : 1) : 0));
      // the quotation ends within this sentence unless it is still open; the speaker's sentence follows
      if (openQuotes > 0 || /[”"][.!?…]?\s*$/u.test(text)) quoted++;
    }
    if (leadLine === -1) leadLine = s.line;
    out.push({ start: from, end: s.end });
  }
  return out;
}

/**
 * A portal's menu or section line above the article, naming no unit: a whole line in capitals ("VĂN BẢN PHÁP QUY",
 * "HOẠT ĐỘNG CÁC XÃ, THỊ TRẤN") or a short line of lower-case words after the first ("Xin ý kiến về giao diện mới");
 * not a province's body left unnamed ("UBND tỉnh họp …"), which says whose the article is.
 */
function menuLine(ctx: RefineContext, s: { start: number; end: number; line: number }, raw: string): boolean {
  const line = ctx.doc.lines[s.line];
  if (ctx.doc.text.slice(line.start, line.end).trim() !== raw.trim()) return false;
  const capitals = /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw);
  const lowerAfterFirst = SHORT_CHROME_LINE.test(raw) && /^\s*\S+(?:\s+[\p{Ll}\d]\S*)*\s*$/u.test(raw);
  if (!capitals && !lowerAfterFirst) return false;
  if (UNNAMED_LOCAL.test(raw)) return false;
  return !ctx.get<PlaceValue>('locality').some((f) => f.origin.kind === 'text' && f.origin.start >= s.start && f.origin.end <= s.end);
}

/** The first mention of a province itself (the vote's winner is always named as a province). */
function mentionOf(usable: readonly Candidate[], province: Unit): Candidate {
  return usable.find((c) => c.place.units[0]?.level === 'province' && c.place.units[0].province === province.code)!;
}

/** Where the first verb of organising an event stands between two offsets ("tổ chức", "khai mạc"), or `to`. */
function eventVerbAt(ctx: RefineContext, from: number, to: number): number {
  const t = ctx.doc.tokens;
  for (let k = tokenAt(t, from); k < t.count && t.start[k] < to; k++) {
    if (!ctx.units.at('event-verb', k)) continue;
    // "Hội nghị tổng kết", "Lễ khánh thành": the verb names the event, it is not what someone does
    if (/(?:hội\s+nghị|lễ|buổi|phiên|cuộc|đợt)\s+$/iu.test(ctx.doc.text.slice(Math.max(from, t.start[k] - 12), t.start[k]))) continue;
    return t.start[k];
  }
  return to;
}

/**
 * A lead sentence opening on the directive it carries out, to its first comma or semicolon: "Thực hiện Kế hoạch số
 * 12/KH-UBND … của UBND huyện, …", "Thực hiện sự chỉ đạo của Ban Thường vụ Huyện ủy, …", "Căn cứ Quyết định … của …".
 */
const DIRECTIVE_OPENING = /^\s*(?:(?:thực hiện(?: theo)?|triển khai(?: thực hiện)?|căn cứ)\s+(?:các\s+)?(?:kế hoạch|quyết định|công văn|chỉ thị|nghị quyết|hướng dẫn|thông báo|văn bản|sự chỉ đạo|chỉ đạo)|theo\s+(?:sự\s+)?chỉ đạo)[^,;]*/iu;

/** Right before a unit named as where something happens: "tại Ty Cảnh sát tỉnh …", "ở thành phố …". */
/** How far after a unit the list does not know a listed unit may stand that its chain names ("xã Tứ Đán (Lâm Thao, Phú Thọ)"). */
const ABROAD_CHAIN = 60;
const SITE_BEFORE = /(?<![\p{L}])(?:tại|ở)\s+[^,.;:()]{0,40}$/u;

/** After a province that is a sentence's subject, not the end of a venue's chain: "tại TP Rạch Giá, tỉnh Kiên Giang đã khai mạc". */
const SUBJECT_VERB_AFTER = /^\s*(?:đã|vừa|sẽ|đang|tổ chức|khai mạc|phối hợp|ra mắt|long trọng|chính thức)(?![\p{L}])/u;

/** Before a unit named as the site of a national online conference: "tại điểm cầu Nghệ An", "điểm cầu tỉnh Hà Nam". */
const LATER_SITE_BEFORE = /(?<![\p{L}])điểm cầu\s+$/u;

const ROUND_UP_ALL = new RegExp(ROUND_UP.source, 'gu');

/**
 * Does a sentence speak of many places at once ("các địa phương", "cả nước")? Not the places inside the article's own
 * unit ("đề nghị các địa phương trong tỉnh …") nor a comparison with the country ("cao hơn mức bình quân của cả nước").
 */
function roundUpWords(text: string): boolean {
  for (const m of text.matchAll(ROUND_UP_ALL)) {
    const end = m.index + m[0].length;
    if (ROUND_UP_WITHIN_AFTER.test(text.slice(end, end + 40)) || ROUND_UP_COMPARISON_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    return true;
  }
  return false;
}

/** Between two items of a list of places: "Hà Nội và TP.HCM", "Sơn La, Lai Châu", "Đà Nẵng - Thừa Thiên Huế". */
const LIST_JOINT = /^\s*(?:,|;|và|hoặc|[-–])\s*(?:và\s+)?$/u;

/**
 * Is a mention one item of a list of units in other provinces: a neighbour of its level names none of its provinces?
 * ("xã A, huyện B" is a chain of levels, not a list.)
 */
function inList(doc: Doc, c: Candidate, cands: readonly Candidate[]): boolean {
  const provinces = new Set(c.place.units.map((u) => u.province));
  return near(cands, c.start - LONGEST_MENTION - LIST_GAP, c.end + LIST_GAP).some((d) => {
    if (d === c || !d.place.units.length || levelOf(d) !== levelOf(c) || d.place.units.some((u) => provinces.has(u.province))) return false;
    const gap = d.start >= c.end ? doc.text.slice(c.end, d.start) : d.end <= c.start ? doc.text.slice(d.end, c.start) : null;
    return gap !== null && gap.length <= LIST_GAP && LIST_JOINT.test(gap);
  });
}

/** The most characters between two items of a list ("  và  "), and the longest a mention of a unit runs to. */
const LIST_GAP = 8;
const LONGEST_MENTION = 200;

/** Candidates sorted by start, once per list: a page that names thousands of units must not compare every pair. */
const byStart = new WeakMap<readonly Candidate[], Candidate[]>();

/** The candidates that start between two offsets. */
function near(cands: readonly Candidate[], from: number, to: number): Candidate[] {
  const known = byStart.get(cands);
  const sorted = known ?? [...cands].sort((a, b) => a.start - b.start);
  if (!known) byStart.set(cands, sorted);
  const out: Candidate[] = [];
  for (let i = lowerBound(sorted.length, (j) => sorted[j].start < from); i < sorted.length && sorted[i].start <= to; i++) out.push(sorted[i]);
  return out;
}

/** A place written bare where a line opens with it: a province, or a district of the list that no province is named like. */
function unitsNamed(name: string): Unit[] {
  const g = gazetteer();
  const province = g.provinceNamed(name);
  if (province) return [province];
  return g.withKey(nameKey(name)).filter((u) => u.level === 'district' && !u.defunct);
}

/**
 * A dateline opening a lead sentence ("Đắk Hà, ngày 21 tháng 4 năm 2025", "ĐẮK HÀ - "): its length, its place's name
 * and where that name starts.
 */
function datelineAt(text: string): { length: number; name: string; at: number } | null {
  const m = DATELINE_OPENING.exec(text) ?? WIRE_DATELINE_OPENING.exec(text);
  return m && unitsNamed(m[1]).length ? { length: m[0].length, name: m[1], at: m.index + m[0].indexOf(m[1]) } : null;
}

/** An outlet's tag in brackets opening a lead: "(BĐ) - ", "(QĐND) – ", "(HNM):". */
const BRACKET_TAG = String.raw`\([^()\n]{1,30}\)\s*\.?\s*[-–—:]?`;
/** A lead's opening tag: in brackets, or an outlet's name and a dash ("VOV.VN - ", "Dân trí Online –"). */
const OPENING_TAG = new RegExp(String.raw`^\s*(?:${BRACKET_TAG}|[A-ZĐ][\p{L}&.]{1,14}(?: Online)?\s*[-–—])\s*`, 'u');
const OPENING_BRACKET_TAG = new RegExp(String.raw`^\s*${BRACKET_TAG}\s*`, 'u');

/** A candidate for a unit named bare at `start` that no place rule read: a dateline's or a headline tag's district. */
function bareCandidate(doc: Doc, name: string, start: number, rule: string): Candidate | null {
  const units = unitsNamed(name);
  if (!units.length) return null;
  const end = start + name.length;
  const place: PlaceValue = { type: units[0].type, typed: false, organ: false, name: units[0].level === 'province' ? units[0].name : name, units, nameFirst: tokenAt(doc.tokens, start) };
  const mention: Mention = { field: 'locality', value: place, origin: { kind: 'text', rule, start, end }, implied: [], weight: 0 };
  return { mention, start, end, place, usable: true, fuzzy: false, traps: [] };
}

/**
 * The place of a dateline opening the text's first lead sentence ("Đắk Hà, ngày 21 tháng 4 năm 2025", "ĐẮK HÀ - Sáng
 * 21/4, UBND huyện …"): where the report was written, the article's unit when nothing else names one.
 */
function openingDateline(ctx: RefineContext): Candidate | null {
  const { doc } = ctx;
  const title = ctx.facts.titleLine;
  const first = doc.sentences.find((s) => title === null || s.line !== title);
  if (!first) return null;
  const raw = doc.text.slice(first.start, first.end);
  const tag = OPENING_BRACKET_TAG.exec(raw);
  const from = first.start + (tag ? tag[0].length : 0);
  const dateline = datelineAt(doc.text.slice(from, first.end));
  return dateline ? bareCandidate(doc, dateline.name, from + dateline.at, 'locality-dateline') : null;
}

/** Each district-level type's words for the lead's own unit left unnamed, not followed by a name. */
const UNNAMED_DISTRICT = new Map(
  Object.entries(UNNAMED_DISTRICT_WORDS).map(([type, forms]) => [type, new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])(?!\\s*\\.?\\s*[\\p{Lu}\\d])`, 'u')]),
);

/**
 * A headline tagged with a district's bare name ("Đắk Hà: Sơ kết …", "An Nhơn: …"), which no place rule reads, when
 * the lead speaks of a unit of its type left unnamed ("UBND huyện tổ chức …"): a bare tag alone may be a person's name
 * ("Xuân Trường: Tuyển Việt Nam có cơ hội …").
 */
/**
 * The province of a district whose bare name tags the headline, or the lead's first sentence when no headline was read
 * ("Thanh Chương: UBND xã Thanh Hương triển khai …"); null when the name is no district's or names districts of
 * several provinces.
 */
function taggedProvince(ctx: RefineContext): string | null {
  const { doc } = ctx;
  const line = ctx.facts.titleLine !== null ? doc.lines[ctx.facts.titleLine] : leadSentences(ctx)[0];
  const m = line ? HEADLINE_TAG_OPENING.exec(doc.text.slice(line.start, line.end)) : null;
  const districts = m ? unitsNamed(m[1]).filter((u) => u.level === 'district') : [];
  const provinces = new Set(districts.map((u) => u.province));
  return provinces.size === 1 ? [...provinces][0] : null;
}

function headlineTagDistrict(ctx: RefineContext, line: { start: number; end: number }): Candidate | null {
  const { doc } = ctx;
  const text = doc.text.slice(line.start, line.end);
  const m = HEADLINE_TAG_OPENING.exec(text);
  if (!m) return null;
  const c = bareCandidate(doc, m[1], line.start + text.indexOf(m[1]), 'locality-headline-tag');
  const unnamed = c && c.place.units[0].level === 'district' ? UNNAMED_DISTRICT.get(c.place.type) : undefined;
  return unnamed && leadSentences(ctx).some((s) => unnamed.test(doc.text.slice(s.start, s.end))) ? c : null;
}

interface Choice {
  candidate: Candidate;
  role: ResolvedPlace['role'];
  /** A province chosen by vote rather than by a mention of it. */
  province?: Unit;
}

/** `sport`: the headline or the lead is sports news. */
function choose(ctx: RefineContext, cands: readonly Candidate[], votes: readonly [string, number][], sport: boolean): Choice | null {
  const { doc } = ctx;
  const usable = cands.filter((c) => c.usable);
  const named = new Set(usable.filter((c) => c.place.units[0]?.level === 'province').map((c) => c.place.units[0].province));
  const topProvince = votes.length && named.has(votes[0][0]) ? gazetteer().province(votes[0][0]) : undefined;

  // 0. a round-up: three or more provinces each heading an item ("LĐLĐ tỉnh Yên Bái: …")
  const headings = new Set(usable.filter((c) => /^\s*(?:\([^)]{1,30}\))?\s*:/u.test(doc.text.slice(c.end, c.end + 40))).map((c) => c.place.units[0].province));
  if (headings.size >= 3) return null;

  // 1. a headline that opens with a place: "Hà Nội: …", "Thanh Hóa: Huyện Tĩnh Gia …"
  const titleLine = ctx.facts.titleLine !== null ? doc.lines[ctx.facts.titleLine] : null;
  const inTitle = titleLine ? usable.filter((c) => c.start >= titleLine.start && c.end <= titleLine.end) : [];
  const colon = titleLine ? doc.text.slice(titleLine.start, Math.min(titleLine.end, titleLine.start + 42)).indexOf(':') : -1;
  const tagged = titleLine && colon > 0 && inTitle.some((c) => c.end <= titleLine.start + colon + 1) ? mostSpecific(inTitle)! : null;
  const leadSpans = leadSentences(ctx);

  // 1a. a weather report over a region ("Bắc Bộ nắng nóng …", "Ngày 8.2, Nam bộ xảy ra hiện tượng sương mù …") whose
  // headline names no unit (bench/studies/locality-regional-weather.mjs): regional news, the provinces and cities it
  // names are examples; not when a typed unit or a unit's body stands in that sentence ("Trung tâm Kiểm soát bệnh tật
  // tỉnh Gia Lai … ở Tây Nguyên", "UBND tỉnh Quảng Nam … cho các tỉnh miền Trung")
  const regionalWeather = (s: { start: number; end: number } | null | undefined) =>
    !!s && REGION.test(doc.text.slice(s.start, s.end)) && WEATHER.test(doc.text.slice(s.start, s.end)) && !usable.some((c) => c.start >= s.start && c.end <= s.end && (c.place.typed || c.place.organ));
  if (!inTitle.length && (regionalWeather(titleLine) || regionalWeather(leadSpans[0]))) return null;

  // 2. the lead
  let lead: Choice | null = null;
  let roundUp = false;
  /** A lead sentence opens with a province's body left unnamed: "UBND tỉnh vừa …", "Sáng 5/3, Tỉnh ủy tổ chức …". */
  let unnamedSubject = false;
  let leadAt = -1;
  /** The first unit named in a directive the lead opens on, should the lead name no other. */
  let directed: Candidate | undefined;
  for (const [i, s] of leadSpans.entries()) {
    leadAt = i;
    const text = doc.text.slice(s.start, s.end);
    // "Thực hiện kế hoạch huấn luyện … của Ban chỉ huy quân sự huyện Đô Lương. Sáng 17/5, UBND xã Quang Sơn đã khai mạc
    // …": the body whose plan or instruction is carried out directs, the one that carries it out organises (round 25,
    // audit 28)
    const directive = DIRECTIVE_OPENING.exec(text);
    const directiveEnd = directive ? s.start + directive[0].length : s.start;
    directed ??= directive ? cands.find((c) => c.usable && c.start >= s.start && c.end <= directiveEnd) : undefined;
    const inS = cands.filter((c) => c.start >= directiveEnd && c.end <= s.end);
    const venue = VENUE_OPENING.exec(text);
    let venueEnd = venue ? s.start + venue.index + venue[0].length : s.start;
    // "Tại quận 4, TP.HCM một “thượng đế” …": the venue's province right after it ends its chain, unless it acts
    const chainEnd = venue ? inS.find((c) => c.start >= venueEnd && c.start <= venueEnd + 1) : undefined;
    if (chainEnd && levelOf(chainEnd) === SPECIFICITY.province && !SUBJECT_VERB_AFTER.test(doc.text.slice(chainEnd.end, chainEnd.end + 30)))
      venueEnd = chainEnd.end;
    const venueCands = inS.filter((c) => c.end <= venueEnd && c.usable);
    // "Ngày 30-3, … tại Ty Cảnh sát tỉnh Svayrieng, Đại tướng NiekSaVuon … trao Huân chương … cho Đại tá …, Chỉ huy
    // trưởng BĐBP tỉnh Tây Ninh": an opening venue whose unit the national list does not know, nor any spelling near it,
    // is abroad; the units after it are the guests' or the recipients', no organiser's
    // (a name no unit of any level has, not "các huyện miền núi Quảng Nam", and no listed unit chained to it: "xã Tứ
    // Đán (Lâm Thao, Phú Thọ)")
    const abroad = inS.find(
      (c) => c.place.typed && !c.place.units.length && !c.traps.length && /^\p{Lu}/u.test(c.place.name) && !gazetteer().isPlaceName(c.place.name) && SITE_BEFORE.test(doc.text.slice(Math.max(s.start, c.start - 50), c.start)),
    );
    if (abroad && !inS.some((c) => c.usable && c.start < abroad.end + ABROAD_CHAIN)) {
      roundUp = true;
      break;
    }
    const organiser = inS.filter((c) => c.start >= venueEnd);
    // "UBND tỉnh vừa …" opening the sentence is its subject, whatever units the sentence names after it
    const unnamed = UNNAMED_OPENING.test(text) || (UNNAMED_LOCAL.test(text.slice(0, 160)) && !organiser.slice(0, 1).some((c) => c.usable));
    const afterVenue = doc.text.slice(venueEnd, s.end);
    if ([text, afterVenue].some((t) => UNNAMED_OPENING.test(t) || UNNAMED_ORGAN_OPENING.test(t))) unnamedSubject = true;
    if (unnamed && topProvince) {
      lead = { candidate: mentionOf(usable, topProvince), role: 'organiser', province: topProvince };
      break;
    }
    // the subject before the sentence's first event verb organises; a body's unit after it is its object
    const verb = eventVerbAt(ctx, venueEnd, s.end);
    // "Hà Nội và TP.HCM", "các tỉnh Quảng Ninh, Lạng Sơn, Hà Giang": items of a list of provinces are no one unit of
    // the article; a unit named apart in the same sentence still is ("… Công an tỉnh Đắk Nông, Nghệ An … tại huyện Đắk Mil")
    const usableOrganiser = organiser.filter((c) => c.usable);
    const listed = new Set(usableOrganiser.filter((c) => inList(doc, c, cands)));
    const alone = usableOrganiser.filter((c) => !listed.has(c));
    const subject = alone.filter((c) => c.end <= verb);
    const isBody = (c: Candidate) => c.place.organ || ADMIN_BODY_BEFORE.test(doc.text.slice(Math.max(0, c.start - 60), c.start));
    // units of three or more provinces, none a body's, apart in one sentence ("Tượng Phật … (chùa Phật Lớn, tỉnh An
    // Giang); … (chùa Linh Sơn Trường Thọ, tỉnh Bình Thuận) và …", "Tàu SE1 xuất phát tại Hà Nội … đến Sài Gòn …; tàu
    // SE2 …", "tại Nậm Giàng (Lai Châu) …, Nậm Mức (Điện Biên) …"): a round-up, no one unit of the article
    if (provincesOf(alone).size >= 3 && !alone.some(isBody)) {
      roundUp = true;
      break;
    }
    // with no unit before the verb, a body's unit after it still acts ("… làm việc với UBND tỉnh Bình Định"); a plain
    // unit after it is the object's (the beneficiaries' of "trao học bổng cho học sinh nghèo tỉnh Hà Giang") and gives
    // way to an opening venue ("Sáng 21/4, tại Hà Nội, Quỹ Bảo trợ trẻ em Việt Nam trao …")
    // "Chủ tịch UBND tỉnh tặng Danh hiệu … cho 07 tập thể, đó là: Nhân dân và cán bộ xã Văn Hóa; …": a province's
    // body left unnamed acts on units of it, the one province all the article's units lie in
    if (!subject.length && !venueCands.length && alone.length && verb < s.end && votes.length === 1 && UNNAMED_LOCAL.test(doc.text.slice(venueEnd, verb)) && !alone.some(isBody)) {
      const province = gazetteer().province(votes[0][0]);
      if (province) {
        lead = { candidate: alone[0], role: 'organiser', province };
        break;
      }
    }
    const objects = venueCands.some((c) => !inList(doc, c, cands)) ? alone.filter(isBody) : alone;
    const pool = subject.length ? subject : objects;
    const ofBody = pool.find(isBody);
    const first = ofBody ?? pool[0];
    if (first) {
      lead = { candidate: first, role: ofBody ? 'organiser' : 'lead' };
      break;
    }
    const atVenue = mostSpecific(venueCands.filter((c) => !inList(doc, c, cands)));
    if (atVenue) {
      lead = { candidate: atVenue, role: 'place' };
      break;
    }
    roundUp = listed.size > 0 || venueCands.length > 0 || roundUpWords(text);
    if (roundUp) break;
  }

  if (!lead && !roundUp && directed) lead = { candidate: directed, role: 'organiser' };
  // a lead naming no unit of its own, or speaking of the provinces at large ("Ủy ban Kiểm tra các tỉnh, thành, Đảng ủy cần
  // …", "… diễn ra từ ngày 1 đến 30-6 trên toàn quốc"), whose event a national organiser holds in a named unit, there or
  // in the sentence after it ("Đó là yêu cầu … tại Hội nghị sơ kết … của Ủy ban Kiểm tra Trung ương diễn ra hôm nay tại
  // Hà Nội"): that unit, as ANNOTATION.md places a national organiser's event
  if (!lead) {
    const held = nationalEventSite(doc, leadSentences(ctx, LEAD_SENTENCES + 1), cands);
    if (held) [lead, roundUp] = [held, false];
  }
  if (!lead && !roundUp) lead = institutionSite(doc, leadSpans, cands) ?? (titleLine ? institutionSite(doc, [titleLine], cands) : null);
  if (lead) lead = unitInsideNext(doc, lead, cands, leadSpans.slice(leadAt + 1, leadAt + 2)) ?? lead;

  // 1b. the headline's place, unless the lead names a unit inside it, as its body or the event's place ("Nghệ An: …" and
  // "Công an huyện Nghi Lộc đang điều tra …" is the district's; "Hà Nội: …" and "người dân ở xã Hữu Bằng, huyện Thạch
  // Thất phát hiện …" the commune's)
  if (tagged) {
    const inside = lead && !lead.province && levelOf(lead.candidate) > levelOf(tagged) && lead.candidate.place.units.some((u) => u.province === tagged.place.units[0].province);
    return inside ? lead! : { candidate: tagged, role: 'title' };
  }

  // 3. a headline unit more specific than the lead's and inside it
  const titled = inTitle.length ? mostSpecific(inTitle) : undefined;
  // (not when the headline names the lead's own unit first, the more specific one after it being what it acts on:
  // "Chủ tịch huyện Đông Giang đối thoại trực tiếp với Nhân dân xã Tà Lu")
  const leadUnit = lead?.candidate.place.units[0];
  const leadFirstInTitle = !!leadUnit && !!titled && inTitle.some((c) => c.start < titled.start && c.place.units.length === 1 && c.place.units[0].code === leadUnit.code && c.place.units[0].level === leadUnit.level);
  if (lead && titled && !leadFirstInTitle && levelOf(titled) > levelOf(lead.candidate) && titled.place.units[0].province === lead.candidate.place.units[0].province)
    return { candidate: titled, role: 'title' };
  if (lead) {
    if (!subjectOfHeadless(doc, lead.candidate, !titleLine, leadSpans[0]) && namedInPassing(doc, lead, cands)) return null;
    const several = severalUnits(doc, lead, cands);
    return several === undefined ? acrossUnits(doc, lead, cands, votes) : several;
  }
  if (titled) return { candidate: titled, role: 'title' };
  // a headline tagged with a district's bare name, when the lead names no unit: "Đắk Hà: Sơ kết …" and "Sáng 21/4, UBND
  // huyện tổ chức …" (a tag is the story's topic, so only then: "Sơn Trà: Bài toán khó cho Đà Nẵng" is a peninsula's)
  const tagDistrict = titleLine && !sport && !roundUp ? headlineTagDistrict(ctx, titleLine) : null;
  if (tagDistrict) return { candidate: tagDistrict, role: 'title' };
  if (!roundUp) {
    const later = laterSite(ctx, cands);
    if (later) return later;
    // "Quy Nhơn, ngày 22/4/2025 - UBND tỉnh vừa …": an unnamed province's body is the dateline's province's
    const dateline = openingDateline(ctx);
    // (a "tỉnh" left unnamed: "UBND thành phố" after "QUY NHƠN -" is the city's)
    const ofProvince = unnamedSubject && leadSpans.some((s) => /(?<![\p{L}])[Tt]ỉnh(?![\p{L}])/u.test(doc.text.slice(s.start, s.end)));
    const province = dateline && ofProvince && dateline.place.units[0].level !== 'province' ? gazetteer().province(dateline.place.units[0].province) : undefined;
    if (dateline) return province ? { candidate: dateline, role: 'place', province } : { candidate: dateline, role: 'place' };
  }

  // 4. a district's or commune's body the headline or lead leaves unnamed, and the one unit of that type the text names
  if (!roundUp) {
    const named = unitOfUnnamedBody(doc, cands, [...(titleLine ? [titleLine] : []), ...leadSpans]);
    if (named) return named;
  }

  // 5. an unnamed "tỉnh" in the opening, and one province dominating the article
  // (or named once, the only province the article names: "Nhiều HTX đã hợp tác với DN trong và ngoài tỉnh …" and, later,
  // "Năm 2024, Bình Định có 25 HTX …")
  const dominant = topProvince && (votes[0][1] >= 2 || !roundUp) && (votes.length === 1 || votes[0][1] >= 2 * votes[1][1]);
  if (dominant && UNNAMED_LOCAL.test(doc.text.slice(0, OPENING))) {
    return { candidate: mentionOf(usable, topProvince), role: 'frequent', province: topProvince };
  }
  // a lead sentence opening with a province's body left unnamed: the one province named, else the one its bodies' names
  // or its officials' posts name ("UBND tỉnh vừa …" and "Chủ tịch UBND tỉnh Bình Định"), else a portal's address
  if (unnamedSubject && !roundUp && votes.length === 1 && topProvince) return { candidate: mentionOf(usable, topProvince), role: 'frequent', province: topProvince };
  if (unnamedSubject && !roundUp && !votes.length) return bodyNameProvince(cands) ?? portalProvince(doc);
  return null;
}

/**
 * The first unit of the lead (and the sentence after it) named as where a national organiser holds its event: "buổi họp
 * báo của Bộ Lao động, Thương binh và Xã hội diễn ra sáng ngày 27-5 tại Hà Nội", "Hội nghị … do Bộ Công Thương tổ chức
 * sáng 27/5, tại Hà Nội" (bench/studies/round23-locality-national-site.mjs: 5 articles of corpus/real whose locality was
 * null, 3 of them in the audits).
 */
function nationalEventSite(doc: Doc, spans: readonly { start: number; end: number }[], cands: readonly Candidate[]): Choice | null {
  for (const s of spans) {
    const site = cands.find(
      (c) => c.usable && c.start >= s.start && c.end <= s.end && !inList(doc, c, cands) && NATIONAL_EVENT_SITE_BEFORE.test(doc.text.slice(Math.max(s.start, c.start - 250), c.start)),
    );
    if (site) return { candidate: site, role: 'place' };
  }
  return null;
}

/**
 * A lead that names its province bare ("xảy ra tại Cà Mau", "đỗ tại phố Tây Sơn (Hà Nội)") and, in the next sentence,
 * a district or commune of it as the acting body's unit ("Công an quận Đống Đa (Hà Nội) cho biết …") or as where the
 * event happened ("vụ sạt lở xảy ra tại chợ Xóm Lò ở xã Tân Ân Tây, H.Ngọc Hiển (Cà Mau)"): that unit, the province
 * being too coarse (bench/studies/locality-province-then-unit.mjs).
 */
function unitInsideNext(doc: Doc, lead: Choice, cands: readonly Candidate[], next: readonly { start: number; end: number }[]): Choice | null {
  const c = lead.candidate;
  if (lead.province || c.place.typed || c.place.organ || levelOf(c) !== SPECIFICITY.province) return null;
  const ofBody = (d: Candidate, from: number) => {
    const before = doc.text.slice(Math.max(from, d.start - 60), d.start);
    return d.place.organ || ADMIN_BODY_BEFORE.test(before) || DEPARTMENT_BEFORE.test(before);
  };
  // the province's own body acts first: "Sở Giao thông vận tải TP. HCM phối hợp với UBND Quận 2 …", "được Sở GD-ĐT Lâm
  // Đồng “tuyển thẳng”"
  if (ofBody(c, 0)) return null;
  const province = c.place.units[0].province;
  for (const s of next) {
    for (const d of near(cands, s.start, s.end)) {
      if (d.end > s.end || !d.place.units.length || !d.place.units.every((u) => u.province === province)) continue;
      const body = ofBody(d, s.start);
      // "Thiếu tướng Trần Kỳ Rơi, Giám đốc Công an tỉnh Đắk Lắk, … chỉ đạo Công an TP Buôn Ma Thuột …": the province's
      // body speaks first, even in a post
      if (levelOf(d) === SPECIFICITY.province) {
        if (body) return null;
        continue;
      }
      if (!d.usable || inList(doc, d, cands)) continue;
      if (body) return { candidate: d, role: 'organiser' };
      if (EVENT_SITE_BEFORE.test(doc.text.slice(Math.max(s.start, d.start - 90), d.start))) return { candidate: d, role: 'place' };
    }
  }
  return null;
}

/**
 * With no unit in the lead, a province ending the name of a public institution that is a lead sentence's subject or the
 * event's site ("Chiều 10.2, Trường ĐH Ngân hàng TP.HCM công bố …", "… tại Bệnh viện Sản - Nhi Nghệ An"): the event
 * happens at the institution, in that province.
 */
function institutionSite(doc: Doc, leadSpans: readonly { start: number; end: number }[], cands: readonly Candidate[]): Choice | null {
  for (const s of leadSpans) {
    const named = cands.filter((c) => c.start >= s.start && c.end <= s.end && c.traps.length === 1 && c.traps[0] === 'organisation' && c.place.units.length > 0);
    const site = named.find(
      (c) =>
        levelOf(c) === SPECIFICITY.province &&
        // ("Trường Đại học Sư phạm Hà Nội 2", in Vĩnh Phúc: a numeral after the province makes it part of the name)
        !/^\s*\d/u.test(doc.text.slice(c.end, c.end + 4)) &&
        (INSTITUTION_SUBJECT_BEFORE.test(doc.text.slice(s.start, c.start)) || INSTITUTION_SITE_BEFORE.test(doc.text.slice(Math.max(s.start, c.start - 120), c.start))),
    );
    if (site) return { candidate: site, role: 'place' };
  }
  return null;
}

/**
 * A district's or commune's body the headline or lead leaves unnamed ("Uỷ ban nhân dân phường tổ chức họp …", "Đảng uỷ
 * phường trao tặng …") and the one unit of that type the text names, with its unit word or its body, wherever it does
 * ("UBND phường Minh Tân đã …", "đại diện Đảng uỷ phường Hà Tu"): a unit's portal speaking of itself. Units it names
 * as others' (OTHER_UNIT_AFTER, OTHER_UNIT_BEFORE) are not its own.
 */
function unitOfUnnamedBody(doc: Doc, cands: readonly Candidate[], opening: readonly { start: number; end: number }[]): Choice | null {
  const types = new Set(opening.flatMap((s) => [...doc.text.slice(s.start, s.end).matchAll(UNNAMED_UNIT_BODY)].map((m) => m[1])));
  if (!types.size) return null;
  // (not a unit named as another's: placed in its district or province, twinned, met or bordering; round 18 review)
  const own = (c: Candidate) => !OTHER_UNIT_AFTER.test(doc.text.slice(c.end, c.end + 40)) && !OTHER_UNIT_BEFORE.test(doc.text.slice(Math.max(0, c.start - 60), c.start));
  // (the text names one unit of that type in all, once at least not as another's: a guest's commune is no portal's own
  // when the portal names itself only as another would, "UBND xã Tân Lập, huyện Đồng Phú")
  // (or named in a guest's post, the only unit of that type the text names: "Tới dự có đồng chí Hoàng Hồng Diệu - Tỉnh
  // uỷ viên, Bí thư Huyện uỷ Thạch An; … UBND huyện, UB MTTQ huyện" at the district women's union's event; round 29,
  // audit 38)
  // (a guest's own head post only, in a sentence that lists the guests: not a visiting delegation's leader, an official
  // transferred from there, a former post or a deputy's, "đoàn công tác do đồng chí Lý Văn Nam, Phó Chủ tịch UBND huyện
  // Hòa An làm trưởng đoàn", "nguyên Chủ tịch UBND huyện Bảo Lạc"; round 29 review)
  const inPost = (c: Candidate) => c.place.units.length > 0 && c.traps.length > 0 && c.traps.every((t) => t === 'post-apposition') && guestsHeadPost(doc, c.start);
  // (the units of that type counted whatever marks them: a deputy's or a visitor's district is another one named)
  const ofType = cands.filter((c) => c.place.units.length > 0 && (c.place.typed || c.place.organ) && types.has(c.place.type));
  const named = ofType.filter((c) => c.usable || inPost(c));
  const mention = named.find(own);
  return mention && new Set(ofType.map((c) => `${c.place.type}|${nameKey(c.place.name)}`)).size === 1 ? { candidate: mention, role: 'organiser' } : null;
}

/** The one province that the names of bodies and officials' posts name, when no other mention names one. */
function bodyNameProvince(cands: readonly Candidate[]): Choice | null {
  const named = cands.filter((c) => c.traps.length && c.traps.every((t) => t === 'post-apposition' || t === 'organisation') && c.place.units.length);
  const provinces = new Set(named.flatMap((c) => c.place.units.map((u) => u.province)));
  if (provinces.size !== 1) return null;
  const province = gazetteer().province([...provinces][0]);
  return province ? { candidate: named[0], role: 'frequent', province } : null;
}


/** Provinces by their names written for an address: "binhdinh", "hanoi", "thuathienhue". */
let addressNames: [string, string][] | null = null;
function provinceAddressNames(): [string, string][] {
  addressNames ??= Object.entries(PROVINCES_BEFORE_2025)
    .map(([code, name]): [string, string] => [name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').replace(/[\s-]+/gu, '').toLowerCase(), code])
    .sort((a, b) => b[0].length - a[0].length);
  return addressNames;
}

/** The province whose name a portal's address in brackets holds, as the only sign of an unnamed "tỉnh". */
function portalProvince(doc: Doc): Choice | null {
  for (const m of doc.text.matchAll(PORTAL_ADDRESS)) {
    const host = m[1].toLowerCase();
    const hit = provinceAddressNames().find(([name]) => host.includes(name));
    const province = hit ? gazetteer().province(hit[1]) : undefined;
    if (!province) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const place: PlaceValue = { type: province.type, typed: false, organ: false, name: province.name, units: [province], nameFirst: tokenAt(doc.tokens, start) };
    const mention: Mention = { field: 'locality', value: place, origin: { kind: 'text', rule: 'locality-portal-address', start, end: start + m[1].length }, implied: [], weight: 0 };
    return { candidate: { mention, start, end: mention.origin.end, place, usable: true, fuzzy: false, traps: [] }, role: 'frequent', province };
  }
  return null;
}

/** Does the opening speak of an unnamed province ("UBND tỉnh", "toàn tỉnh") and the article name no other province? */
function onlyProvinceOfUnnamed(doc: Doc, cands: readonly Candidate[], province: string): boolean {
  if (!UNNAMED_LOCAL.test(doc.text.slice(0, OPENING))) return false;
  return cands.every((d) => !d.usable || d.place.units.every((u) => u.province === province));
}

/** Before a unit, a word that makes it someone's or something's place, not a sentence's subject. */
const PLACE_OF_BEFORE = /(?<![\p{L}])(?:ở|tại|người|quê|từ|đến|tới|về|với|cho|trong đó)(?![\p{L}])/u;

/**
 * Is the candidate, in a text with no headline (a portal's body, an army page's fragment), its first sentence's subject
 * or the subject's owner, within a few words after the opening phrase ("Năm 2024, Bình Định đánh dấu …", "Quý I/2025,
 * tăng trưởng kinh tế của Bình Định đạt 7,2% …")? Such a text is about that province, named once or not.
 */
function subjectOfHeadless(doc: Doc, c: Candidate, headless: boolean, first: { start: number; end: number } | undefined): boolean {
  if (!headless || !first || c.start < first.start || c.end > first.end) return false;
  const clause = doc.text.slice(first.start, c.start).split(',').pop()!;
  return clause.trim().split(/\s+/u).filter(Boolean).length <= 6 && !PLACE_OF_BEFORE.test(clause);
}

/**
 * Is the lead's unit a province named bare, once in the whole article, and not as the place something is held ("tại
 * Hà Nội"): a place in passing ("1 thí sinh ở Quảng Nam đạt điểm 10", "cầu thủ người Nghệ An", "(giờ Hà Nội)") in
 * national, foreign or feature news, which has no locality.
 */
function namedInPassing(doc: Doc, choice: Choice, cands: readonly Candidate[]): boolean {
  const c = choice.candidate;
  if (choice.role !== 'lead' || c.place.typed || c.place.organ || levelOf(c) !== SPECIFICITY.province) return false;
  const province = c.place.units[0].province;
  if (cands.some((d) => d !== c && d.place.units.some((u) => u.province === province))) return false;
  // a text that speaks of its own province's bodies left unnamed ("CA tỉnh", "toàn tỉnh", "trong và ngoài tỉnh") is
  // about the one province it names
  if (onlyProvinceOfUnnamed(doc, cands, province)) return false;
  return !SITE_OR_BODY_BEFORE.test(doc.text.slice(Math.max(0, c.start - 120), c.start));
}


/** Between two units of one event joined by "và" or "với", maybe after the first one's chain: " và ", ", thị xã Bình
 * Minh và ", "(nối phường Giang Biên, quận Long Biên với thị trấn Yên Viên …)". */
const ACROSS_JOINT = /^(?:\s*,[^.;:()]{0,50}?)?\s+(?:và|với)\s+$/u;

/**
 * An event across two districts or communes of one province ("cát tặc ở khu vực xã Mỹ Hòa, thị xã Bình Minh và xã Phú
 * Thành, huyện Trà Ôn tỉnh Vĩnh Long", "tại quận 5 và quận 10, TP. HCM"): the province, not the first of them.
 */
function acrossUnits(doc: Doc, choice: Choice, cands: readonly Candidate[], votes: readonly [string, number][]): Choice {
  const c = choice.candidate;
  if (choice.province || !c.place.typed || !c.place.units.length || levelOf(c) === SPECIFICITY.province) return choice;
  const level = c.place.units[0].level;
  const codes = new Set(c.place.units.map((u) => u.code));
  // the province the article names most among those both names share
  const provinces = new Set(c.place.units.map((u) => u.province));
  const rank = new Map(votes.map(([p], i) => [p, i]));
  // another unit of the same level in one of those provinces
  const sibling = (u: Unit) => u.level === level && provinces.has(u.province) && !codes.has(u.code);
  const other = near(cands, c.end, c.end + 80).find((d) => d.usable && ACROSS_JOINT.test(doc.text.slice(c.end, d.start)) && d.place.units.some(sibling));
  const shared = other?.place.units
    .filter(sibling)
    .sort((a, b) => (rank.get(a.province) ?? 99) - (rank.get(b.province) ?? 99))[0];
  const province = shared ? gazetteer().province(shared.province) : undefined;
  return province ? { candidate: c, role: choice.role, province } : choice;
}

/**
 * Before the unit word of the first of several units ("các quận 7, 1, 5 (TP.HCM)", "hai huyện Ân Thi và Mỹ Hào, tỉnh Hưng
 * Yên", "tại 3 huyện Mường Chà (Điện Biên), Văn Chấn (Yên Bái) …"). A number only after a word that introduces a count,
 * not a hamlet's ("thôn 9 xã Bồ Đề").
 */
const SEVERAL_UNITS_BEFORE = /(?<![\p{L}\d])(?:các|những|hai|ba|bốn|sáu|bảy|tám|chín|mười|(?<=(?:tại|ở|của|cho|gồm|trong|tới|đến|thuộc|và)\s+)(?:[2-9]|[1-9]\d))\s+$/u;
/** The last of several units after a count word and the others' names: "Các xã bị thiệt hại nặng nề nhất là Hàng Vịnh,
 * Hiệp Tùng, Tam Giang và thị trấn Năm Căn". */
const LAST_OF_SEVERAL_BEFORE = /(?<![\p{L}])(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a)\s+(?:xã|phường|thị trấn|huyện|quận|thị xã)(?![\p{L}])[^()]*(?:,|\svà)\s+$/u;
/** How far after the first of several units the list and the province that closes it run. */
const SEVERAL_UNITS_SPAN = 120;

/**
 * The lead's unit written as the first of several ("các quận 7, 1, 5 (TP.HCM)"): the event is across them, so the
 * province they share, or none when the list runs across provinces ("3 huyện Mường Chà (Điện Biên), Văn Chấn (Yên
 * Bái) …"); undefined when the unit is not so written.
 */
function severalUnits(doc: Doc, choice: Choice, cands: readonly Candidate[]): Choice | null | undefined {
  const c = choice.candidate;
  if (choice.province || !c.place.typed || c.place.organ || !c.place.units.length || levelOf(c) === SPECIFICITY.province) return undefined;
  const before = doc.text.slice(Math.max(0, c.start - SEVERAL_UNITS_SPAN), c.start).split(/[.;!?](?:\s|$)/u).pop()!;
  if (!SEVERAL_UNITS_BEFORE.test(before.slice(-20)) && !LAST_OF_SEVERAL_BEFORE.test(before)) return undefined;
  const stop = doc.text.slice(c.end, c.end + SEVERAL_UNITS_SPAN).search(/[.;!?](?:\s|$)/u);
  const end = c.end + (stop < 0 ? SEVERAL_UNITS_SPAN : stop);
  const listed = near(cands, c.start, end).filter((d) => d.usable && d.end <= end);
  const provinces = provincesOf(listed);
  if (provinces.size !== 1) return provinces.size > 1 ? null : undefined;
  const province = gazetteer().province([...provinces][0]);
  return province ? { candidate: c, role: choice.role, province } : undefined;
}

/** Right before a unit named as where something is held, directly or at a place in it: "tại ", "tại Hội trường UBND, ". */
const HELD_AT_BEFORE = /(?<![\p{L}])[Tt]ại\s+(?:[^.;:!?\n]{0,40}?[,(]\s*)?$/u;

/**
 * A lead naming no unit: the first unit named after it as a site of the event ("Tham dự hội nghị tại điểm cầu Nghệ
 * An"); in a text with no headline (a portal's body, an army page's fragment, which may start mid-story), also a body's
 * unit or a place something is held at ("Dịp này, Thượng tướng … trao quà tặng cán bộ, chiến sĩ Bộ CHQS tỉnh Bến Tre").
 */
function laterSite(ctx: RefineContext, cands: readonly Candidate[]): Choice | null {
  const { doc } = ctx;
  const fragment = ctx.facts.titleLine === null;
  const isSite = (c: Candidate) => {
    const before = doc.text.slice(Math.max(0, c.start - 60), c.start);
    return LATER_SITE_BEFORE.test(before) || (fragment && (c.place.organ || ADMIN_BODY_BEFORE.test(before) || HELD_AT_BEFORE.test(before)));
  };
  for (const s of leadSentences(ctx, LATER_SENTENCES).slice(leadSentences(ctx).length)) {
    const inS = cands.filter((c) => c.usable && c.start >= s.start && c.end <= s.end && !inList(doc, c, cands));
    const site = inS.find(isSite);
    if (site) return { candidate: site, role: 'place' };
    if (roundUpWords(doc.text.slice(s.start, s.end))) return null;
  }
  return null;
}

/**
 * Is the opening about a sitting of the National Assembly (a debate, a question time, a session, its lobby: "Quy
 * hoạch bán đảo Sơn Trà làm nóng phiên chất vấn", "xuất hiện trên diễn đàn Quốc hội", "Bên hành lang Quốc hội sáng
 * 30/5, nhiều ĐBQH …")? Such national news has no locality: the place whose case is debated, a delegate's province or
 * post are named in passing. A delegation meeting its voters at home is not a sitting
 * (bench/studies/locality-assembly.mjs).
 */
function assemblySitting(opening: readonly string[]): boolean {
  if (opening.some((s) => VOTERS_MEETING.test(s))) return false;
  return opening.some((s) => ASSEMBLY.test(s) && ASSEMBLY_DEBATE.test(s));
}

/** Is the unit named as the place something is held ("khai mạc kỳ họp thứ 3 tại Nhà Quốc hội, Thủ đô Hà Nội")? */
function heldAt(doc: Doc, c: Candidate): boolean {
  return SITE_OR_BODY_BEFORE.test(doc.text.slice(Math.max(0, c.start - 120), c.start)) && !ACTING_BODY_BEFORE.test(doc.text.slice(Math.max(0, c.start - 30), c.start));
}

/** Between two units of one address chain: "xã A, huyện B", "xã A (B, C)", "phường A - quận B". */
const CHAIN_JOINT = /^\s*[,(–-]\s*$/u;

/** Traps that hold for a whole address chain: a home ("về quê tại huyện Diễn Châu (Nghệ An)"), a journey's end. */
const CHAIN_TRAPS: readonly Trap[] = ['residence', 'departure'];

/**
 * The traps of each mention, with a residence's or a journey's passed on along its own chain of units to those the
 * residence cue does not reach across a bracket ("quê tại huyện Diễn Châu (Nghệ An)": the province is the home's too).
 */
function chainTraps(doc: Doc, mentions: readonly Mention[], traps: Trap[][]): Trap[][] {
  for (let i = 1; i < mentions.length; i++) {
    const passed = traps[i - 1].filter((t) => CHAIN_TRAPS.includes(t));
    if (!passed.length || traps[i].length || !CHAIN_JOINT.test(doc.text.slice(mentions[i - 1].origin.end, mentions[i].origin.start))) continue;
    traps[i] = passed;
  }
  return traps;
}

/** The province that ends a mention's own chain of units ("xã Tứ Đán (Lâm Thao, Phú Thọ)" → Phú Thọ), if any. */
function chainProvince(doc: Doc, mentions: readonly Mention[], i: number): string | null {
  for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
    if (!CHAIN_JOINT.test(doc.text.slice(mentions[j - 1].origin.end, mentions[j].origin.start))) return null;
    const units = mentions[j].value.units;
    if (units.length && units.every((u) => u.level === 'province' && u.province === units[0].province)) return units[0].province;
  }
  return null;
}

/** The codes of the district a mention's own chain names next ("xã A, huyện B", "xã A (B, C)"); empty when none. */
function chainedDistricts(doc: Doc, mentions: readonly Mention[], i: number): Set<string> {
  const next = mentions[i + 1];
  if (!next || !CHAIN_JOINT.test(doc.text.slice(mentions[i].origin.end, next.origin.start))) return new Set();
  return new Set(next.value.units.filter((u) => u.level === 'district').map((u) => u.code));
}

/**
 * The units of a commune that lie in the district its own chain names next ("phường 5, quận 10, TP.HCM": the ward of
 * quận 10, not the "05" of quận 3 or Gò Vấp), or all of them when the chain names none of their districts.
 */
function inChainedDistrict(doc: Doc, mentions: readonly Mention[], i: number, units: readonly Unit[]): readonly Unit[] {
  if (units.length < 2) return units;
  const districts = chainedDistricts(doc, mentions, i);
  const inside = units.filter((u) => u.level === 'commune' && u.parent !== null && districts.has(u.parent));
  return inside.length ? inside : units;
}

/** The unit a mention names: the one in the article's provinces when several share the name. */
/**
 * The typed mentions a list unit answers for, under each cut of their names with the syllable after the cut ("huyện|krong
 * nang" for "Huyện Krông Năng"), read once per article.
 */
function fullNamesByCut(mentions: readonly Mention[], trapped: readonly (readonly unknown[])[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  mentions.forEach((o, j) => {
    if (trapped[j].length || !o.value.typed || !o.value.units.some((u) => u.type === o.value.type)) return;
    const words = o.value.name.split(/\s+/u);
    for (let n = 1; n < words.length; n++) {
      const key = `${o.value.type}|${nameKey(words.slice(0, n).join(' '))} ${nameKey(words[n])}`;
      if (!out.has(key)) out.set(key, o);
    }
  });
  return out;
}

/** The word right after `end` in the text, on the same line ("năng" after "huyện Krông"). */
function nextWord(text: string, end: number): string {
  return /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1] ?? '';
}

/** The provinces of the mentions that name units of one province only, traps left out. */
function provincesNamedForSure(mentions: readonly Mention[], trapped: readonly (readonly Trap[])[]): Set<string> {
  const out = new Set<string>();
  mentions.forEach((m, i) => {
    const provinces = new Set(m.value.units.map((u) => u.province));
    if (!trapped[i].length && provinces.size === 1) out.add([...provinces][0]);
  });
  return out;
}

/** A head's post right before a unit, in a sentence listing who attended: "Tới dự có đồng chí …, Bí thư Huyện uỷ ▸Thạch An". */
function guestsHeadPost(doc: Doc, start: number): boolean {
  const before = doc.text.slice(Math.max(0, start - GUEST_POST_REACH), start);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
  return ATTENDED_OPENING.test(sentence) && HEAD_POST_BEFORE.test(sentence);
}

/** How far back a guest's post and the sentence's opening may be, in characters. */
const GUEST_POST_REACH = 200;
/** A sentence that lists who attended: "Tới dự có …", "Dự hội nghị có …", "Tham dự buổi lễ có …". */
const ATTENDED_OPENING = /^\s*(?:Tới dự|Đến dự|Về dự|Dự|Tham dự)(?![\p{L}])/u;
/** A head's post, no deputy's or former one, right before the unit: "Bí thư Huyện uỷ ", "Chủ tịch UBND huyện ". */
const HEAD_POST_BEFORE = /(?<![\p{L}])(?<!Phó\s)(?<!nguyên\s)(?:Bí thư|Chủ tịch)\s+(?:(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?(?:(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+)?$/u;

/**
 * No unit below the organiser's, when the lead's first sentence has a province's or district's body left unnamed act
 * ("Công an tỉnh vừa phá chuyên án … tại xã Minh Hòa", "Ban CHQS huyện tổ chức … tại xã Kim Hoa"): the commune is a
 * scene or a venue, and the organiser's unit is never named (ANNOTATION.md: null; round 29, audits 25, 26, 27: 4 pages,
 * each so annotated; no record of corpus/real or dev changes).
 */
function belowUnnamedOrganiser(ctx: RefineContext, choice: Choice | null): Choice | null {
  if (!choice || choice.province) return choice;
  const first = leadSentences(ctx, 1)[0];
  const subject = first ? UNNAMED_ORGANISER_SUBJECT.exec(ctx.doc.text.slice(first.start, first.end)) : null;
  const level = choice.candidate.place.units[0]?.level;
  if (!subject || !level) return choice;
  return (subject[1] === 'tỉnh' && level !== 'province') || (subject[1] === 'huyện' && level === 'commune') ? null : choice;
}

/** The one unit of `units` whose district the text names too (by any of the units its mentions may mean), else null. */
function inNamedDistrict(doc: Doc, units: readonly Unit[], cands: readonly Candidate[]): Unit | null {
  // (a district named as the commune's own: no trap, no one's home, no border, no trip's end; "quê gốc ở huyện Phú Tân",
  // "giáp ranh huyện Phú Tân", "tham quan … tại huyện Phú Tân"; round 29 review)
  const own = (c: Candidate) => !c.traps.length && !ELSEWHERE_BEFORE.test(doc.text.slice(Math.max(0, c.start - 60), c.start));
  const districts = new Set(cands.filter(own).flatMap((c) => c.place.units.filter((u) => u.level === 'district').map((u) => u.code)));
  const inside = units.filter((u) => u.level === 'commune' && u.parent !== null && districts.has(u.parent));
  return inside.length === 1 ? inside[0] : null;
}

/** Before a district, words that put it outside the commune: a home, a border, a trip's end. */
const ELSEWHERE_BEFORE = /(?<![\p{L}])(?:quê|quê gốc|quê quán|giáp|giáp ranh|giáp với|tham quan|học tập kinh nghiệm|đến từ|từ|sang|về)(?![\p{L}])[^.;!?\n]{0,40}$/iu;

/**
 * Of units in several provinces that one folded name stands for, the one spelled as written in the most syllables, tone
 * marks and all, when one alone is: "xã Đak Năng" is Kon Tum's "Đăk Năng", not Đắk Nông's "Đắk Nang" nor Lâm Đồng's
 * "Đạ K' Nàng" (round 29, audit 39); all of them when none stands out.
 */
function spelledClosest(units: readonly Unit[], written: string): readonly Unit[] {
  const syllables = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').split(/[\s'-]+/u).filter(Boolean);
  const own = syllables(written);
  // (the name closes what was written: "xã Đak Năng", "Công an Phú Ninh"; a syllable counts only where the writer put a
  // mark on it, so a name written without any, "xã Dak Nang", picks none; round 29 review)
  const same = (name: string) => {
    const listed = syllables(name);
    const tail = own.slice(-listed.length);
    return listed.filter((w, i) => w === tail[i] && MARKED.test(w.normalize('NFD'))).length;
  };
  const scored = units.map((u) => ({ u, same: same(u.name) }));
  const best = Math.max(...scored.map((x) => x.same));
  const top = scored.filter((x) => x.same === best);
  return best > 0 && new Set(top.map((x) => x.u.province)).size === 1 ? top.map((x) => x.u) : units;
}

/** The words a candidate spans as the article wrote them. */
const writtenOf = (doc: Doc, c: Candidate): string => doc.text.slice(c.start, c.end);
/** A mark on a letter (decomposed), "đ" included. */
const MARKED = /\p{M}|đ/u;

/** `written`: the mention as the article wrote it ("xã Đak Năng"), when it may differ from the name its units share. */
function resolve(place: PlaceValue, role: ResolvedPlace['role'], votes: readonly [string, number][], fuzzy = false, written = place.name): ResolvedPlace {
  const g = gazetteer();
  let candidates: readonly Unit[] = place.units;
  // the article's province first, even for a unit merged since ("xã Thanh Hưng, huyện Thanh Chương, Nghệ An"), then the
  // list's current units
  if (candidates.length > 1) {
    const rank = new Map(votes.map(([p], i) => [p, i]));
    const best = [...candidates].sort((a, b) => (rank.get(a.province) ?? 99) - (rank.get(b.province) ?? 99));
    if ((rank.get(best[0].province) ?? 99) < 99) candidates = best.filter((u) => u.province === best[0].province);
  }
  if (candidates.length > 1) {
    const current = candidates.filter((u) => !u.defunct);
    if (current.length) candidates = current;
  }
  if (new Set(candidates.map((u) => u.province)).size > 1) candidates = spelledClosest(candidates, written);
  const provinces = new Set(candidates.map((u) => u.province));
  const unit = candidates.length === 1 || (provinces.size === 1 && candidates.every((u) => u.level === candidates[0].level)) ? candidates[0] : null;
  const province = provinces.size === 1 ? (g.province([...provinces][0])?.name ?? null) : null;
  // "TP Hà Nội" is a thành phố, "tỉnh Thừa Thiên Huế" a tỉnh: a province-level unit keeps its own type
  // (and a unit named bare, with no unit word, is of its own type: "Công an Tân Phú" is quận Tân Phú in TP.HCM)
  const type: LocalityType = unit && (unit.level === 'province' || !place.typed) ? unit.type : place.type;
  return { place, role, unit, type, name: unit ? unit.name : place.name, province, ambiguous: provinces.size > 1, fuzzy };
}

export const chooseLocality: Refiner = {
  name: 'locality',
  fields: ['locality', 'title'],
  refine(ctx) {
    const mentions = ctx
      .get<PlaceValue>('locality')
      .filter((f): f is Mention => f.origin.kind === 'text')
      .sort((a, b) => a.origin.start - b.origin.start);
    const lead = leadSentences(ctx);
    const inLead = (m: Mention) => lead.some((s) => m.origin.start >= s.start && m.origin.end <= s.end);
    const titleLine = ctx.facts.titleLine !== null ? ctx.doc.lines[ctx.facts.titleLine] : null;
    const opening = [titleLine, ...lead].filter((s) => s !== null).map((s) => ctx.doc.text.slice(s.start, s.end));
    const sport = opening.some((s) => SPORT_NEWS.test(s));
    const trapped = chainTraps(ctx.doc, mentions, mentions.map((m) => trapsOf(ctx.doc, m.origin.start, m.origin.end, m.value, sport)));
    // provinces the article names by a spelling the list knows (the units of a near spelling must be in one of them)
    const named = new Set(mentions.flatMap((m, i) => (trapped[i].length ? [] : m.value.units.map((u) => u.province))));
    // a commune only the list of 1 July 2025 knows is no unit of an article written before it, nor of one that files
    // it under a district (districts ended with the reform): a name it shares with an older place written short
    // ("phường Tăng Nhơn Phú, quận 9" for Tăng Nhơn Phú A or B) is not that commune
    const beforeReform = ctx.facts.date !== null && ctx.facts.date < REORGANISED_ON;
    const olderThanReform = (i: number) => beforeReform || chainedDistricts(ctx.doc, mentions, i).size > 0;
    // and after it, a commune or ward named with its unit word is the 2025 unit of that name when there is one: "phường
    // Ba Đình" is Hà Nội's ward since 2025, no longer the one in Thanh Hóa the older list holds
    const afterReform = ctx.facts.date !== null && ctx.facts.date >= REORGANISED_ON;
    let fullNames: Map<string, Mention> | undefined;
    let settledProvinces: Set<string> | undefined;
    const cands: Candidate[] = mentions.map((m, i) => {
      const traps = trapped[i];
      let place = m.value.units.some((u) => u.since2025) && olderThanReform(i) ? { ...m.value, units: m.value.units.filter((u) => !u.since2025) } : m.value;
      if (afterReform && place.typed && LEVELS_OF[place.type][0] === 'commune' && !olderThanReform(i)) {
        const now = gazetteer().withKey2025(nameKey(place.name));
        const sameType = now.filter((u) => u.type === place.type);
        if (now.length) place = { ...place, units: sameType.length ? sameType : now };
      }
      // lookups fold tones ("Phù Cát", "Phú Cát"): a typed name is the unit of its own spelling when one has it, the
      // 2025 list's too for an article not written before the reform ("Công an xã Phù Cát" is no xã Phú Cát of Hà Nội)
      if (place.typed) {
        const spelled = (u: { name: string; type: string }) => u.type === place.type && u.name.toLowerCase() === place.name.toLowerCase();
        const ofType = place.units.filter((u) => u.type === place.type);
        if (ofType.length && !ofType.some(spelled)) {
          const now = olderThanReform(i) ? [] : gazetteer().withKey2025(nameKey(place.name)).filter(spelled);
          if (now.length) place = { ...place, units: now };
        } else if (/\p{L}/u.test(place.name) && ofType.some(spelled) && place.units.some((u) => !spelled(u))) {
          // and only those: "xã Đồng Phú" is Đồng Nai's, not the tone-folded xã Đông Phú of Bắc Ninh (not a numbered
          // ward: "phường 9" is "Phường 09"). Before the reform, or undated, an older article's unit may have left the
          // list ("thị trấn Phú Mỹ (huyện Tân Thành)" is no thị trấn Phú Mỹ of An Giang; "xã Quảng Thịnh" of Thanh Hóa,
          // a ward since, is no xã of Quảng Ninh): only when no other province is named for sure, or the spelled unit
          // lies in one ("Đảng ủy xã Điện Quang" alone is Quảng Nam's; round 24, audit 23)
          const written = place.name.toLowerCase();
          const units = place.units.filter((u) => u.name.toLowerCase() === written);
          const settled = (settledProvinces ??= provincesNamedForSure(mentions, trapped));
          if (afterReform || settled.size === 0 || units.some((u) => settled.has(u.province))) place = { ...place, units };
        }
      }
      let fuzzy = false;
      // "xã Tứ Đán (Lâm Thao, Phú Thọ)": the province its own chain names; a listed unit of the same name elsewhere
      // ("Tứ Dân", Hưng Yên) is not the one meant
      const chained = chainProvince(ctx.doc, mentions, i);
      // (not a city named like a province, which may head a list of provinces: "thành phố Thái Nguyên, Đà Nẵng")
      if (chained && place.typed && place.units.length && place.units.every((u) => u.level !== 'province') && !gazetteer().provinceNamed(place.name)) {
        // (a 2025 commune is filed under the province its predecessors lay in: "xã Phù Cát (Gia Lai)" was Bình Định's)
        const merged = gazetteer().province2025ByCode(chained);
        const inChained = place.units.filter((u) => u.province === chained || (u.since2025 && merged !== undefined && gazetteer().province2025(u) === merged));
        if (inChained.length < place.units.length) place = { ...place, units: inChained };
      }
      const inDistrict = inChainedDistrict(ctx.doc, mentions, i, place.units);
      if (inDistrict.length < place.units.length) place = { ...place, units: inDistrict };
      // "UBND huyện Krông năng" under the headline "Huyện Krông Năng tổng kết …": a name cut short by its next syllable
      // written in lower case is the unit of the same type the article names in full, not the nearest listed spelling of
      // the cut (huyện Krông Búk); only with that syllable after it ("xã Tân lập" beside "xã Tân Hội" is neither)
      const full = !place.units.length && place.typed && !traps.length ? (fullNames ??= fullNamesByCut(mentions, trapped)).get(`${place.type}|${nameKey(place.name)} ${nameKey(nextWord(ctx.doc.text, m.origin.end))}`) : undefined;
      if (full) {
        place = { ...place, name: full.value.name, units: full.value.units.filter((u) => u.type === place.type) };
      }
      // a unit the lead names with its unit word but a spelling the list does not know: its nearest listed name
      else if (!place.units.length && place.typed && !traps.length && inLead(m)) {
        // of the type written: "thành phố Ngọc Lâm" (a Chinese city) is not huyện Ngọc Lặc; in a province the article
        // names: "thành phố Lan Châu" (Lanzhou) is not Lai Châu, "xã Bàn Giáp, huyện Lập Thạch" is xã Bàn Giản
        const within = chained ? new Set([chained]) : named;
        const district = chainedDistricts(ctx.doc, mentions, i);
        // and in the district its chain names: "xã Tứ Đán (Lâm Thao, Phú Thọ)" is no xã Tử Đà, which lies in Phù Ninh
        const near = within.size
          ? gazetteer()
              .similar(place.name, LEVELS_OF[place.type], within)
              .filter((u) => u.type === place.type && !(u.since2025 && olderThanReform(i)) && (!district.size || (u.parent !== null && district.has(u.parent))))
          : [];
        if (near.length) {
          place = { ...place, units: near };
          fuzzy = true;
        }
      }
      return { mention: m, start: m.origin.start, end: m.origin.end, place, usable: place.units.length > 0 && !traps.length, fuzzy, traps };
    });
    const votes = provinceVotes(cands);
    const chosen = belowUnnamedOrganiser(ctx, choose(ctx, cands, votes, sport));
    const choice = chosen && assemblySitting(opening) && !heldAt(ctx.doc, chosen.candidate) ? null : chosen;
    const out: Finding<ResolvedPlace>[] = [];
    const seen = new Set<string>();
    const key = (r: ResolvedPlace) => (r.unit?.code ? `${r.unit.level}${r.unit.code}` : `${r.type}|${nameKey(r.name)}`);
    if (choice) {
      // "Thanh Chương: UBND xã Thanh Hương …": the district tagging the headline says which of the units so named is meant
      const tagged = taggedProvince(ctx);
      let r = choice.province
        ? resolve({ ...choice.candidate.place, type: choice.province.type, units: [choice.province] }, choice.role, votes)
        : resolve(choice.candidate.place, choice.role, tagged ? [[tagged, Infinity], ...votes] : votes, choice.candidate.fuzzy, writtenOf(ctx.doc, choice.candidate));
      // "thị trấn Tân Thạnh", which several provinces have, named earlier in its chain ("thị trấn Tân Thạnh, huyện Tân
      // Thạnh, tỉnh Long An"), even in a mention not chosen for itself (a residence): that unit (round 16 precision review)
      if (!r.unit && r.ambiguous) {
        const same = cands.map((c) => resolve(c.place, choice.role, votes, c.fuzzy, writtenOf(ctx.doc, c))).find((o) => o.unit && o.type === r.type && nameKey(o.name) === nameKey(r.name));
        if (same) r = { ...r, unit: same.unit, name: same.name, province: same.province, ambiguous: false };
      }
      // "xã Phú Thành" with "huyện Phú Tân" named too, two names several provinces have: the one commune of the name that
      // lies in a district of the other (round 29, audit 38)
      if (!r.unit && r.ambiguous) {
        const inNamed = inNamedDistrict(ctx.doc, r.place.units, cands);
        if (inNamed) r = { ...r, unit: inNamed, name: inNamed.name, province: gazetteer().province(inNamed.province)?.name ?? null, ambiguous: false };
      }
      // a name written bare that the article does not resolve to one unit ("Công an Tân Phú" with no city or province
      // named: quận Tân Phú of TP HCM or huyện Tân Phú of Đồng Nai) gives no type to report
      if (choice.candidate.place.typed || r.unit || !r.ambiguous) {
        seen.add(key(r));
        out.push({ ...choice.candidate.mention, value: r });
      }
    }
    for (const c of cands) {
      const r = resolve(c.place, 'mention', votes, c.fuzzy, writtenOf(ctx.doc, c));
      if (seen.has(key(r))) continue;
      seen.add(key(r));
      out.push({ ...c.mention, value: r });
    }
    ctx.set('locality', out);
  },
};
