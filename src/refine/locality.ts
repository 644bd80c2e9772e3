// The locality: every unit named is resolved against the national list (the one in the article's provinces when
// several share a name; a near spelling when none has it), and one is chosen by ANNOTATION.md's order: the
// organising body's unit in the lead, else the place of the event, the lead's typed unit, the headline's, the first
// typed one in the article's first half, the province named most. The others become `localities`.
import type { Doc, Sentence } from '../engine/document.js';
import type { Finding } from '../engine/finding.js';
import type { Refiner, RefineContext } from '../engine/refine.js';
import type { PlaceValue } from '../dimensions/places/index.js';
import type { ResolvedPlace } from '../extract/locality/index.js';
import { gazetteer, nameKey, type Unit, type UnitLevel } from '../gazetteer/index.js';
import { PLACE_OPENERS, TIME_OPENERS } from '../lexicon/events.js';
import type { LocalityType } from '../record.js';

const LEAD_SENTENCES = 4;
const EVENT_NOUNS = /(?:hội\s+nghị|lễ|buổi|phiên|cuộc|đợt)\s+$/iu;

interface Range {
  start: number;
  end: number;
}

type Mention = Finding<PlaceValue> & { origin: { kind: 'text'; start: number; end: number; rule: string } };

/** Comma-separated parts of a range of the text, commas inside brackets kept. */
function parts(doc: Doc, start: number, end: number): Range[] {
  const out: Range[] = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = doc.text.charCodeAt(i);
    if (ch === 0x28 || ch === 0x5b) depth++;
    else if ((ch === 0x29 || ch === 0x5d) && depth > 0) depth--;
    else if ((ch === 0x2c || ch === 0x3b) && depth === 0) {
      out.push({ start: s, end: i });
      s = i + 1;
    }
  }
  out.push({ start: s, end });
  return out.map((p) => {
    let a = p.start;
    let b = p.end;
    while (a < b && doc.text.charCodeAt(a) === 0x20) a++;
    while (b > a && doc.text.charCodeAt(b - 1) === 0x20) b--;
    return { start: a, end: b };
  });
}

/** Reads "<time>, tại <place>, <organiser> tổ chức …" and "… được <organiser> trao …" in one sentence. */
function leadRoles(ctx: RefineContext, s: Sentence, mentions: Mention[]): { organiser: Range | null; place: Range | null } {
  const { doc, units } = ctx;
  let verbAt = -1;
  for (let k = s.firstToken; k < s.endToken && verbAt < 0; k++) {
    if (!units.at('event-verb', k)) continue;
    const before = doc.text.slice(Math.max(s.start, doc.tokens.start[k] - 12), doc.tokens.start[k]);
    if (EVENT_NOUNS.test(before)) continue; // "Hội nghị tổng kết": the verb names the event
    verbAt = doc.tokens.start[k];
  }
  const limit = verbAt >= 0 ? verbAt : s.end;
  let organiser: Range | null = null;
  let place: Range | null = null;
  let inPlace = false;
  for (const p of parts(doc, s.start, limit)) {
    const head = doc.text.slice(p.start, Math.min(p.end, p.start + 60));
    if (!head) continue;
    const has = mentions.some((m) => m.origin.start >= p.start && m.origin.end <= p.end);
    if (!organiser && TIME_OPENERS.test(head) && !(has && !PLACE_OPENERS.test(head))) continue;
    if (!organiser && PLACE_OPENERS.test(head)) {
      place = place ? { start: place.start, end: p.end } : p;
      inPlace = true;
      continue;
    }
    // "tại xã A, huyện B, tỉnh C": the chain goes on with units, not with bodies
    if (!organiser && inPlace && mentions.some((m) => m.origin.start === p.start && !m.value.organ)) {
      place = { start: place!.start, end: p.end };
      continue;
    }
    inPlace = false;
    organiser = organiser ? { start: organiser.start, end: p.end } : p;
  }
  if (verbAt < 0) organiser = null;
  if (organiser) {
    // passive: "… đã được UBND huyện Đăk Hà trao giấy khen": the actor follows "được"
    const text = doc.text.slice(organiser.start, organiser.end);
    let last = -1;
    for (const m of text.matchAll(/(?:^|\s)(?:được|do)\s/giu)) last = m.index + m[0].length;
    if (last >= 0) organiser = { start: organiser.start + last, end: organiser.end };
  }
  return { organiser, place };
}

const within = (m: Mention, r: Range | null) => !!r && m.origin.start >= r.start && m.origin.end <= r.end;

interface Context {
  provinces: Set<string>;
  districts: Set<string>;
}

function contextOf(mentions: Mention[]): Context {
  const provinces = new Set<string>();
  const districts = new Set<string>();
  for (const m of mentions) {
    const ps = new Set(m.value.units.map((u) => u.province));
    if (ps.size === 1) provinces.add([...ps][0]);
    const ds = m.value.units.filter((u) => u.level === 'district');
    if (ds.length === 1 && m.value.units.length === 1) districts.add(ds[0].code);
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
function resolve(p: PlaceValue, role: ResolvedPlace['role'], context: Context, nearSpellings: boolean): ResolvedPlace {
  const g = gazetteer();
  let candidates: readonly Unit[] = p.units;
  let fuzzy = false;
  if (!candidates.length && p.typed && nearSpellings) {
    candidates = g.similar(p.name, LEVELS_OF[p.type], context.provinces);
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
  return { place: p, role, unit, type: p.type, name: unit && (p.units.length || fuzzy) ? unit.name : p.name, province, ambiguous: provinces.size > 1, fuzzy };
}

/** Sentences of the lead: the first few that are not page stamps. */
function leadSentences(doc: Doc): Sentence[] {
  return doc.sentences.filter((s) => !/^[\d\s/:.,()+-]*(?:GMT|UTC)?[\d\s/:.,()+-]*$/u.test(doc.text.slice(s.start, Math.min(s.end, s.start + 80)))).slice(0, LEAD_SENTENCES);
}

function choosePrimary(ctx: RefineContext, mentions: Mention[]): { mention: Mention; role: ResolvedPlace['role'] } | null {
  const { doc } = ctx;
  const lead = leadSentences(doc);
  const roles = lead.map((s) => leadRoles(ctx, s, mentions));
  for (const r of roles) {
    const organiser = mentions.find((m) => within(m, r.organiser));
    if (organiser) return { mention: organiser, role: 'organiser' };
  }
  for (const r of roles) {
    const place = mentions.find((m) => within(m, r.place));
    if (place) return { mention: place, role: 'place' };
  }
  const inLead = mentions.find((m) => m.value.typed && lead.some((s) => m.origin.start >= s.start && m.origin.end <= s.end));
  if (inLead) return { mention: inLead, role: 'lead' };
  if (ctx.facts.titleLine !== null) {
    const line = doc.lines[ctx.facts.titleLine];
    const inTitle = mentions.find((m) => m.origin.start >= line.start && m.origin.end <= line.end);
    if (inTitle) return { mention: inTitle, role: 'title' };
  }
  // past the opening, a unit named once in passing says little: the first typed one in the article's first half,
  // else a province named more than once
  const typed = mentions.find((m) => m.value.typed && m.origin.start < doc.text.length / 2);
  if (typed) return { mention: typed, role: 'first' };
  const counts = new Map<string, { m: Mention; n: number }>();
  for (const m of mentions) {
    const k = m.value.units[0]?.code ?? m.value.name;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { m, n: 1 });
  }
  const best = [...counts.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n || a.m.origin.start - b.m.origin.start)[0];
  return best ? { mention: best.m, role: 'frequent' } : null;
}

export const chooseLocality: Refiner = {
  name: 'locality',
  fields: ['locality', 'title'],
  refine(ctx) {
    const mentions = ctx.get<PlaceValue>('locality').filter((f): f is Mention => f.origin.kind === 'text').sort((a, b) => a.origin.start - b.origin.start);
    if (!mentions.length) return;
    const context = contextOf(mentions);
    const primary = choosePrimary(ctx, mentions);
    const out: Finding<ResolvedPlace>[] = [];
    const seen = new Set<string>();
    const key = (r: ResolvedPlace) => (r.unit?.code ? `${r.unit.level}${r.unit.code}` : `${r.type}|${nameKey(r.name)}`);
    if (primary) {
      const r = resolve(primary.mention.value, primary.role, context, true);
      seen.add(key(r));
      out.push({ ...primary.mention, value: r });
    }
    for (const m of mentions) {
      // near spellings are looked for only for the article's own locality: every other unit is listed as written
      const r = m === primary?.mention ? out[0].value : resolve(m.value, 'mention', context, false);
      if (seen.has(key(r))) continue;
      seen.add(key(r));
      out.push({ ...m, value: r });
    }
    ctx.set('locality', out);
  },
};

