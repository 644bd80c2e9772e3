// The locality of an article: the organising body's unit, else the place of the event, else the unit the
// opening names, the headline's, the first one named, the province named most.
import { gazetteer, nameKey, type Unit, type UnitLevel } from '../../gazetteer/index.js';
import { EVENT_VERBS, PLACE_OPENERS, TIME_OPENERS } from '../../lexicon/events.js';
import type { LocalityType } from '../../record.js';
import type { Doc, Sentence } from '../../text/document.js';
import { rx, wordsPattern } from '../../text/patterns.js';
import { applyRules } from '../rule.js';
import { LOCALITY_RULES, type UnitMention } from './rules.js';

export type { UnitMention } from './rules.js';

export type LocalityRole = 'organiser' | 'place' | 'lead' | 'title' | 'first' | 'frequent' | 'mention';

export interface ResolvedLocality {
  mention: UnitMention;
  role: LocalityRole;
  unit: Unit | null;
  type: LocalityType;
  name: string;
  province: string | null;
  ambiguous: boolean;
  /** Found by a near spelling, not the exact name. */
  fuzzy: boolean;
}

const EVENT_VERB = rx(`${wordsPattern(EVENT_VERBS)}`, 'giu');
const LEAD_SENTENCES = 4;

/** Mentions in text order; a bare province inside a typed mention's name is the same mention. */
export function unitMentions(doc: Doc): UnitMention[] {
  // where two readings overlap, the one the list knows wins, then the typed one, then the longer
  const rank = (m: UnitMention) => (m.units.length ? 4 : 0) + (m.typed ? 2 : 0);
  const all = applyRules(LOCALITY_RULES, doc).sort((a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const out: UnitMention[] = [];
  for (const m of all) if (!out.some((o) => m.start < o.end && o.start < m.end)) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** Comma-separated parts of a range, commas inside brackets kept. */
function parts(doc: Doc, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = doc.text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if ((ch === ',' || ch === ';') && depth === 0) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end });
  return out.map((p) => {
    let a = p.start;
    let b = p.end;
    while (a < b && /\s/.test(doc.text[a])) a++;
    while (b > a && /\s/.test(doc.text[b - 1])) b--;
    return { start: a, end: b };
  });
}

interface LeadRoles {
  organiser: { start: number; end: number } | null;
  place: { start: number; end: number } | null;
}

/** Reads "<time>, tại <place>, <organiser> tổ chức …" and "… được <organiser> trao …" in one sentence. */
function leadRoles(doc: Doc, s: Sentence, mentions: UnitMention[]): LeadRoles {
  EVENT_VERB.lastIndex = s.start;
  const text = doc.text.slice(0, s.end);
  let verb = EVENT_VERB.exec(text);
  // "Hội nghị tổng kết", "Lễ khánh thành": the verb names the event, it is not what someone does
  while (verb && /(?:hội\s+nghị|lễ|buổi|phiên|cuộc|đợt)\s+$/iu.test(text.slice(Math.max(s.start, verb.index - 12), verb.index)))
    verb = EVENT_VERB.exec(text);
  const limit = verb ? verb.index : s.end;
  let organiser: LeadRoles['organiser'] = null;
  let place: LeadRoles['place'] = null;
  let inPlace = false;
  for (const p of parts(doc, s.start, limit)) {
    const text = doc.text.slice(p.start, p.end);
    if (!text) continue;
    if (!organiser && TIME_OPENERS.test(text) && !mentions.some((m) => m.start >= p.start && m.end <= p.end && !PLACE_OPENERS.test(text))) continue;
    if (!organiser && PLACE_OPENERS.test(text)) {
      place = place ? { start: place.start, end: p.end } : p;
      inPlace = true;
      continue;
    }
    // "tại xã A, huyện B, tỉnh C": the chain goes on with units, not with bodies ("…, Tỉnh Đoàn Trà Vinh tổ chức")
    if (!organiser && inPlace && mentions.some((m) => m.start === p.start && m.rule !== 'locality-organ')) {
      place = { start: place!.start, end: p.end };
      continue;
    }
    inPlace = false;
    organiser = organiser ? { start: organiser.start, end: p.end } : p;
  }
  if (!verb) organiser = null;
  if (organiser) {
    // passive: "… đã được UBND huyện Đăk Hà trao giấy khen" — the actor follows "được"
    const text = doc.text.slice(organiser.start, organiser.end);
    const passive = /(?:^|\s)(?:được|do)\s/giu;
    let last = -1;
    for (const m of text.matchAll(passive)) last = m.index + m[0].length;
    if (last >= 0) organiser = { start: organiser.start + last, end: organiser.end };
  }
  return { organiser, place };
}

function within(m: UnitMention, r: { start: number; end: number } | null): boolean {
  return !!r && m.start >= r.start && m.end <= r.end;
}

/** Provinces and districts the article names unambiguously, to choose between units that share a name. */
interface Context {
  provinces: Set<string>;
  districts: Set<string>;
}

function contextOf(mentions: UnitMention[]): Context {
  const provinces = new Set<string>();
  const districts = new Set<string>();
  for (const m of mentions) {
    const ps = new Set(m.units.map((u) => u.province));
    if (ps.size === 1) provinces.add([...ps][0]);
    const ds = m.units.filter((u) => u.level === 'district');
    if (ds.length === 1 && m.units.length === 1) districts.add(ds[0].code);
  }
  return { provinces, districts };
}

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

/** The unit a mention names: the one in the article's context when several share the name; a near spelling if none. */
function resolve(m: UnitMention, role: LocalityRole, context: Context): ResolvedLocality {
  const g = gazetteer();
  let candidates = m.units;
  let fuzzy = false;
  if (!candidates.length && m.typed) {
    candidates = g.similar(m.name, LEVELS_OF[m.type], context.provinces);
    fuzzy = candidates.length > 0;
  }
  if (candidates.length > 1) {
    const current = candidates.filter((u) => !u.defunct);
    if (current.length) candidates = current;
  }
  if (candidates.length > 1) {
    const underDistrict = candidates.filter((u) => u.parent !== null && context.districts.has(u.parent));
    const inProvince = candidates.filter((u) => context.provinces.has(u.province));
    if (underDistrict.length) candidates = underDistrict;
    else if (inProvince.length) candidates = inProvince;
  }
  const provinces = new Set(candidates.map((u) => u.province));
  const unit = candidates.length === 1 || (provinces.size === 1 && candidates.every((u) => u.level === candidates[0].level)) ? candidates[0] : null;
  const province = provinces.size === 1 ? (g.province([...provinces][0])?.name ?? null) : null;
  return {
    mention: m,
    role,
    unit,
    type: m.type,
    name: unit && (m.units.length || fuzzy) ? unit.name : m.name,
    province,
    ambiguous: provinces.size > 1,
    fuzzy,
  };
}

export interface LocalityFindings {
  primary: ResolvedLocality | null;
  /** Every other unit named, resolved, each once, in order of first mention. */
  others: ResolvedLocality[];
}

export function findLocality(doc: Doc, titleLine: number | null): LocalityFindings {
  const mentions = unitMentions(doc);
  if (!mentions.length) return { primary: null, others: [] };
  const context = contextOf(mentions);
  const primary = choosePrimary(doc, titleLine, mentions);
  const resolved = primary ? resolve(primary.mention, primary.role, context) : null;
  const seen = new Set<string>();
  const key = (r: ResolvedLocality) => r.unit?.code ? `${r.unit.level}${r.unit.code}` : `${r.type}|${nameKey(r.name)}`;
  if (resolved) seen.add(key(resolved));
  const others: ResolvedLocality[] = [];
  for (const m of mentions) {
    const r = resolve(m, 'mention', context);
    if (seen.has(key(r))) continue;
    seen.add(key(r));
    others.push(r);
  }
  return { primary: resolved, others };
}

/** The organiser's unit in the lead, else the place of the event, the lead's unit, the headline's, the first one. */
function choosePrimary(doc: Doc, titleLine: number | null, mentions: UnitMention[]): { mention: UnitMention; role: LocalityRole } | null {
  const lead = doc.sentences
    .filter((s) => !/^[\d\s/:.,()+-]*(?:GMT|UTC)?[\d\s/:.,()+-]*$/u.test(doc.text.slice(s.start, s.end)))
    .slice(0, LEAD_SENTENCES);
  const roles = lead.map((s) => leadRoles(doc, s, mentions));
  for (const r of roles) {
    const organiser = mentions.find((m) => within(m, r.organiser));
    if (organiser) return { mention: organiser, role: 'organiser' };
  }
  for (const r of roles) {
    const place = mentions.find((m) => within(m, r.place));
    if (place) return { mention: place, role: 'place' };
  }
  const inLead = mentions.find((m) => m.typed && lead.some((s) => m.start >= s.start && m.end <= s.end));
  if (inLead) return { mention: inLead, role: 'lead' };
  if (titleLine !== null) {
    const line = doc.lines[titleLine];
    const inTitle = mentions.find((m) => m.start >= line.start && m.end <= line.end);
    if (inTitle) return { mention: inTitle, role: 'title' };
  }
  // past the opening, a unit named once in passing says little: the first typed one in the article's first half,
  // else a province named more than once
  const typed = mentions.find((m) => m.typed && m.start < doc.text.length / 2);
  if (typed) return { mention: typed, role: 'first' };
  const counts = new Map<string, { m: UnitMention; n: number }>();
  for (const m of mentions) {
    const k = m.units[0]?.code ?? m.name;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { m, n: 1 });
  }
  const best = [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n || a.m.start - b.m.start)[0];
  return best ? { mention: best.m, role: 'frequent' } : null;
}
