// Mentions of administrative units: a type word and a name ("quận Dương Kinh", "TP Hà Nội"), a party or union
// body named after its unit ("Quận đoàn Tây Hồ"), or a province named bare ("tại Hà Nội", "Hà Nội: …").
import { gazetteer, nameKey, type Unit } from '../../gazetteer/index.js';
import { PROVINCES_BEFORE_2025 } from '../../gazetteer/provinces-2025.js';
import { PROVINCE_ALIASES, UNIT_ORGAN_FORMS, UNIT_TYPE_FORMS } from '../../lexicon/units.js';
import type { LocalityType } from '../../record.js';
import type { Doc } from '../../text/document.js';
import { B, escapeRegex, phrases, rx } from '../../text/patterns.js';
import { tokenIndexAt } from '../../text/tokens.js';
import { MIDDLE_NAMES, SURNAMES } from '../officials/people.js';
import { defineRule, type Rule } from '../rule.js';
import { prefixOf, runAt, runText, wordCount, type Run } from '../runs.js';

export interface UnitMention {
  /** As written, or the gazetteer's for a bare province. */
  type: LocalityType;
  typed: boolean;
  name: string;
  /** Range of the whole mention ("quận Dương Kinh") and of the name alone, in the match text. */
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  rule: string;
  /** Gazetteer units this can be. */
  units: Unit[];
}

const LEVEL_OF: Record<LocalityType, 'province' | 'district' | 'commune' | 'province-or-district'> = {
  tỉnh: 'province',
  'thành phố': 'province-or-district',
  quận: 'district',
  huyện: 'district',
  'thị xã': 'district',
  xã: 'commune',
  phường: 'commune',
  'thị trấn': 'commune',
};

/** Gazetteer units of a name compatible with a written type; a unit whose type changed since still counts. */
export function unitsFor(name: string, type: LocalityType | null): Unit[] {
  const alias = type === null || LEVEL_OF[type] !== 'commune' ? ALIAS_KEYS.get(nameKey(name)) : undefined;
  const all = gazetteer().named(alias ?? name);
  if (!type) return all.filter((u) => u.level === 'province');
  const level = LEVEL_OF[type];
  const sameLevel = all.filter((u) =>
    level === 'province-or-district' ? u.level === 'province' || u.level === 'district' : u.level === level,
  );
  const exact = sameLevel.filter((u) => u.type === type);
  return exact.length ? exact : sameLevel;
}

/** The longest prefix of a run (up to four words) that names a unit of this type. */
function resolveRun(run: Run, type: LocalityType): { run: Run; units: Unit[] } | null {
  for (let n = Math.min(4, wordCount(run)); n >= 1; n--) {
    const p = prefixOf(run, n);
    const units = unitsFor(runText(p), type);
    if (units.length) return { run: p, units };
  }
  return null;
}

function caseVariants(form: string): string[] {
  const cap = form[0].toUpperCase() + form.slice(1);
  const title = form.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()); // "Tỉnh Đoàn"
  return [...new Set([form, cap, title, form.toUpperCase()])];
}

function typePattern(forms: readonly string[]): string {
  return forms
    .flatMap(caseVariants)
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegex(f).replace(/ +/g, '\\s+'))
    .join('|');
}

const TYPE_OF_FORM = new Map<string, LocalityType>();
for (const [type, forms] of Object.entries(UNIT_TYPE_FORMS) as [LocalityType, readonly string[]][])
  for (const f of forms) for (const v of caseVariants(f)) TYPE_OF_FORM.set(v.replace(/\s+/g, ' '), type);

/** Words that may stand between a unit word and its name: "huyện miền núi Kỳ Sơn", "xã biên giới A Xing". */
const DESCRIPTORS = new Set(['miền núi', 'vùng cao', 'biên giới', 'đảo', 'ven biển', 'nghèo', 'trọng điểm', 'vùng sâu', 'đặc biệt khó khăn', 'anh hùng', 'nông thôn mới']);

function nameAfter(doc: Doc, offset: number, abbreviated: boolean): Run | null {
  let i = tokenIndexAt(doc.tokens, offset);
  // "TP. Vinh": the dot of an abbreviation; after a full word a dot ends the sentence ("… của tỉnh. Các …")
  if (doc.tokens[i]?.text === '.' && abbreviated) i++;
  for (const d of [3, 2, 1]) {
    const words = doc.tokens.slice(i, i + d);
    if (words.length === d && words.every((t) => t.kind === 'word' && !t.cap) && DESCRIPTORS.has(words.map((t) => t.key).join(' '))) {
      i += d;
      offset = doc.tokens[i]?.start ?? offset;
      break;
    }
  }
  const t = doc.tokens[i];
  if (!t || doc.text.slice(offset, t.start).replace(/[.\s]/g, '') !== '' || t.start - offset > 2) return null;
  return runAt(doc, i, 6, true);
}

function mentionFrom(doc: Doc, m: RegExpExecArray, type: LocalityType, rule: string, typeEnd: number): UnitMention | null {
  const run = nameAfter(doc, typeEnd, /^\p{Lu}+\.?$/u.test(m[1]));
  if (!run) return null;
  const resolved = resolveRun(run, type);
  let name: Run;
  let units: Unit[] = [];
  if (resolved) {
    name = resolved.run;
    units = resolved.units;
  } else {
    // Not in the list (a unit renamed, merged or misspelt): a short run still reads as a name; all-caps
    // text gives no boundary, so it needs the list.
    if (run.tokens.every((t) => t.text === t.text.toUpperCase() && /\p{L}/u.test(t.text))) return null;
    if (/^\d/.test(run.tokens[0].text) && !['quận', 'phường'].includes(type)) return null;
    // "xã Đ/c Trần …", "tỉnh Các …": an honorific or a function word, not a name
    const opening = run.tokens[0].text.toLowerCase();
    if (NOT_UNIT_NAMES.has(opening) || NOT_UNIT_NAMES.has(`${opening} ${run.tokens[1]?.text.toLowerCase()}`)) return null;
    // "HĐND tỉnh Đoàn Văn Phi": a person's name after the unit word, not a unit
    if (NAME_PARTS.has(run.tokens[1]?.text ?? '') && MIDDLE_NAMES.includes(run.tokens[1].text) && wordCount(run) >= 3) return null;
    // "thành phố AS Roma 1-0": acronyms and scores are not unit names
    if (run.tokens.some((t) => /^\p{Lu}{2,}$/u.test(t.text)) || (run.tokens.some((t) => t.kind === 'number') && !/^\d/.test(run.tokens[0].text)))
      return null;
    name = wordCount(run) <= 3 ? run : prefixOf(run, 2);
  }
  const written = doc.norm.display.slice(name.start, name.end);
  // all-caps text says nothing of the name's letters' case: the list's spelling does
  const canonical = units.length && written === written.toUpperCase() && /\p{Lu}/u.test(written) ? units[0].name : written;
  return {
    type,
    typed: true,
    name: canonical,
    start: m.index,
    end: name.end,
    nameStart: name.start,
    nameEnd: name.end,
    rule,
    units,
  };
}

/** Capitalised words that follow a unit word without naming a unit. */
const NOT_UNIT_NAMES = new Set(['các', 'những', 'trong', 'ngoài', 'và', 'đ/c', 'đồng chí', 'ông', 'bà', 'anh', 'chị', 'tại', 'theo', 'năm', 'nhà', 'đã']);

const TYPE_FORMS = typePattern(Object.values(UNIT_TYPE_FORMS).flat());

/** "quận Dương Kinh", "Thành phố Bắc Kạn", "TP Hà Nội", "TP.HCM", "HUYỆN KIM BẢNG". */
const typedUnit = defineRule<UnitMention>({
  name: 'locality-typed',
  pattern: rx(`(?<![\\p{L}\\p{M}\\p{N}])(${TYPE_FORMS})(?=[\\s.]|\\p{Lu})`, 'gu'),
  extract(m, doc) {
    const form = m[1].replace(/\s+/g, ' ');
    const type = TYPE_OF_FORM.get(form);
    if (!type) return null;
    // one-letter abbreviations (Q., H., P.) only directly before a name
    if (/^[QHP]\.$/.test(form) && !/^\s?\p{Lu}|\d/u.test(doc.text.slice(m.index + form.length, m.index + form.length + 2)))
      return null;
    return mentionFrom(doc, m, type, 'locality-typed', m.index + m[0].length);
  },
});

const ORGAN_FORMS = Object.keys(UNIT_ORGAN_FORMS);
const ORGAN_TYPE = new Map<string, LocalityType>();
for (const f of ORGAN_FORMS) for (const v of caseVariants(f)) ORGAN_TYPE.set(v, UNIT_ORGAN_FORMS[f]);

/** "Quận đoàn Tây Hồ", "Thành ủy Bắc Ninh": a party or union body that names its unit. */
const organUnit = defineRule<UnitMention>({
  name: 'locality-organ',
  pattern: rx(`(?<![\\p{L}\\p{M}\\p{N}])(${typePattern(ORGAN_FORMS)})(?=\\s)`, 'gu'),
  extract(m, doc) {
    const type = ORGAN_TYPE.get(m[1].replace(/\s+/g, ' '));
    if (!type) return null;
    return mentionFrom(doc, m, type, 'locality-organ', m.index + m[0].length);
  },
});

/** Province names that, written bare, are far more often something else: "tư tưởng Hồ Chí Minh". */
const BARE_NOT_PLACES = new Set(['Hồ Chí Minh']);
const NAME_PARTS = new Set([...SURNAMES, ...MIDDLE_NAMES]);
/** Aliases by the gazetteer's name key, so that "TT-Huế", "TT - Huế" and "TT Huế" meet as names do. */
const ALIAS_KEYS = new Map(Object.entries(PROVINCE_ALIASES).map(([alias, name]) => [nameKey(alias), name]));

/**
 * The words a province named bare can open with, in every case: the first words of the names and aliases, and the
 * names written without their spaces ("Kontum", "Daklak"). Only these are worth a look-up.
 */
const PROVINCE_OPENERS = [...new Set([...Object.values(PROVINCES_BEFORE_2025), ...Object.keys(PROVINCE_ALIASES)].flatMap((n) => {
  const first = n.split(/\s+/)[0];
  const squashed = n.replace(/[\s-]+/g, '');
  const plain = squashed.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return [first, first.toUpperCase(), squashed, plain, `${plain[0]}${plain.slice(1).toLowerCase()}`];
}))];

/** A province named without its type word: "tại Hà Nội", "Hải quan Cao Bằng", "Kontum", "TP.HCM". */
const bareProvince = defineRule<UnitMention>({
  name: 'locality-bare-province',
  pattern: rx(`${B}(?:${phrases(PROVINCE_OPENERS)})`, 'gu'),
  extract(m, doc) {
    const i = tokenIndexAt(doc.tokens, m.index);
    const tok = doc.tokens[i];
    if (!tok || tok.start !== m.index) return null;
    const prev = doc.tokens[i - 1];
    // a typed mention reads its own name
    if (prev && TYPE_OF_FORM.has(prev.text) && doc.text.slice(prev.end, tok.start).length <= 2) return null;
    const alias = ALIAS_KEYS.get(nameKey(tok.text));
    const run = runAt(doc, i, 5);
    if (!run && !alias) return null;
    let found: { run: Run; unit: Unit } | null = null;
    if (alias) {
      const unit = gazetteer().provinceNamed(alias);
      if (unit) found = { run: { first: i, tokens: [tok], start: tok.start, end: tok.end }, unit };
    }
    for (let n = Math.min(4, run ? wordCount(run) : 0); n >= 1 && !found && run; n--) {
      const p = prefixOf(run, n);
      const text = runText(p);
      const unit = gazetteer().provinceNamed(ALIAS_KEYS.get(nameKey(text)) ?? text);
      if (unit && !BARE_NOT_PLACES.has(text)) found = { run: p, unit };
    }
    if (!found) return null;
    // inside a person's name ("Nguyễn Hà Nam") it is not a place
    const before = doc.tokens[i - 1];
    if (before && NAME_PARTS.has(before.text) && doc.text.slice(before.end, tok.start) === ' ') return null;
    const { run: r, unit } = found;
    return {
      type: unit.type,
      typed: false,
      name: unit.name,
      start: r.start,
      end: r.end,
      nameStart: r.start,
      nameEnd: r.end,
      rule: 'locality-bare-province',
      units: [unit],
    };
  },
});

export const LOCALITY_RULES: readonly Rule<UnitMention>[] = [typedUnit, organUnit, bareProvince];
