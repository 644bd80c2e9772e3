// The locality of an article: the organising body's unit, else the place of the event, else the unit the
// opening names, the headline's, the first one named, the province named most.
import { gazetteer, type Unit } from '../../gazetteer/index.js';
import { EVENT_VERBS, PLACE_OPENERS, TIME_OPENERS } from '../../lexicon/events.js';
import type { LocalityType } from '../../record.js';
import type { Doc, Sentence } from '../../text/document.js';
import { rx, wordsPattern } from '../../text/patterns.js';
import { applyRules } from '../rule.js';
import { LOCALITY_RULES, type UnitMention } from './rules.js';

export type { UnitMention } from './rules.js';

export type LocalityRole = 'organiser' | 'place' | 'lead' | 'title' | 'first' | 'frequent';

export interface ResolvedLocality {
  mention: UnitMention;
  role: LocalityRole;
  unit: Unit | null;
  type: LocalityType;
  name: string;
  province: string | null;
  ambiguous: boolean;
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

/** Provinces the article names, to choose between units that share a name. */
function contextProvinces(mentions: UnitMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    const provinces = new Set(m.units.map((u) => u.province));
    if (provinces.size === 1) out.add([...provinces][0]);
  }
  return out;
}

function resolve(m: UnitMention, role: LocalityRole, context: Set<string>): ResolvedLocality {
  const g = gazetteer();
  let candidates = m.units;
  if (candidates.length > 1) {
    const inContext = candidates.filter((u) => context.has(u.province));
    if (inContext.length) candidates = inContext;
  }
  const provinces = new Set(candidates.map((u) => u.province));
  const unit = provinces.size === 1 ? candidates[0] : null;
  const province = unit ? (g.provinceOf(unit)?.name ?? null) : null;
  return {
    mention: m,
    role,
    unit,
    type: m.type,
    name: m.name,
    province,
    ambiguous: provinces.size > 1,
  };
}

export function findLocality(doc: Doc, titleLine: number | null): { primary: ResolvedLocality | null; all: UnitMention[] } {
  const mentions = unitMentions(doc);
  if (!mentions.length) return { primary: null, all: mentions };
  const context = contextProvinces(mentions);
  const pick = (m: UnitMention | undefined, role: LocalityRole) => (m ? resolve(m, role, context) : null);

  const lead = doc.sentences
    .filter((s) => !/^[\d\s/:.,()+-]*(?:GMT|UTC)?[\d\s/:.,()+-]*$/u.test(doc.text.slice(s.start, s.end)))
    .slice(0, LEAD_SENTENCES);
  for (const s of lead) {
    const roles = leadRoles(doc, s, mentions);
    const organiser = mentions.find((m) => within(m, roles.organiser));
    if (organiser) return { primary: pick(organiser, 'organiser'), all: mentions };
  }
  for (const s of lead) {
    const roles = leadRoles(doc, s, mentions);
    const place = mentions.find((m) => within(m, roles.place));
    if (place) return { primary: pick(place, 'place'), all: mentions };
  }
  const inLead = mentions.find((m) => m.typed && lead.some((s) => m.start >= s.start && m.end <= s.end));
  if (inLead) return { primary: pick(inLead, 'lead'), all: mentions };
  if (titleLine !== null) {
    const line = doc.lines[titleLine];
    const inTitle = mentions.find((m) => m.start >= line.start && m.end <= line.end);
    if (inTitle) return { primary: pick(inTitle, 'title'), all: mentions };
  }
  const typed = mentions.find((m) => m.typed);
  if (typed) return { primary: pick(typed, 'first'), all: mentions };
  const counts = new Map<string, { m: UnitMention; n: number }>();
  for (const m of mentions) {
    const k = m.units[0]?.code ?? m.name;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { m, n: 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.m.start - b.m.start)[0];
  return { primary: pick(best?.m, 'frequent'), all: mentions };
}
