// The national list of administrative units, loaded once from the compact index built at build time
// (src/gazetteer/build-index.mjs). Lookups are by folded name, so tone placement, Đăk/Đắk, spacing and case do not
// matter; names that are misspelt are found by Jaro-Winkler similarity (natural) among units of the right level.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { LocalityType } from '../record.js';
import { hashOf } from '../engine/vocabulary.js';
import { nameKey } from '../text/fold.js';
import { PROVINCE_2025, type Province2025 } from './provinces-2025.js';

export type UnitLevel = 'province' | 'district' | 'commune';

export interface Unit {
  code: string;
  name: string;
  type: LocalityType;
  level: UnitLevel;
  /** Code of the unit one level up; null for a province. */
  parent: string | null;
  /** Code of the province-level unit that contains it (its own code for a province). */
  province: string;
  /** No longer in the 2023 list: merged, split or renamed since (listed in 2019, or one of the districts renamed before it, former-units.ts). */
  defunct: boolean;
  /** Only in the list of 1 July 2025: a commune or ward under its new name, filed under the province its predecessors lay in. */
  since2025: boolean;
}

/** [code, name, type, parent code, flags (1: not in the 2023 list, 2: only in the list of 1 July 2025), lookup key] */
export type Row = [string, string, LocalityType, string | null, number, string];

/** Strings of one kind as one text and the offset where each ends. */
interface Column {
  text: string;
  ends: number[];
}

/**
 * The index file (dist/data/gazetteer.json): every unit in list order (provinces, districts, communes), as columns
 * built at build time by indexColumns(), so that loading it makes a few dozen objects rather than 12,000 units.
 */
interface IndexFile extends IndexColumns {
  source: string;
  vintage: string;
  /** The date of the older list: a unit only in it existed then, and was merged or dissolved later. */
  olderListDate: string;
}

export interface IndexColumns {
  levels: number[];
  codes: Column;
  names: Column;
  keys: Column;
  /** The parent unit's code ("" for a province). */
  parents: Column;
  /** The code of the province-level unit that contains the unit ("" when the list does not say). */
  provinces: Column;
  typeNames: LocalityType[];
  types: number[];
  /** Units no longer in the 2023 list. */
  defunct: number[];
  /** Units only in the list of 1 July 2025 (absent from indexes built before it). */
  since2025?: number[];
  /** Unit indices grouped by lookup key, the groups in the order their key first occurs. */
  members: number[];
  groupEnds: number[];
}

export { nameKey };

const require = createRequire(import.meta.url);
type JaroWinkler = (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
let jaroWinkler: JaroWinkler | null = null;
function similarity(a: string, b: string): number {
  // natural's sub-module only: its package root loads database clients and prints to stdout
  jaroWinkler ??= require('natural/lib/natural/distance/jaro-winkler_distance.js') as JaroWinkler;
  return jaroWinkler(a, b);
}

/** How alike a misspelt name must be to a listed one (Jaro-Winkler over folded names). */
const FUZZY_THRESHOLD = 0.92;

const NO_UNITS: readonly Unit[] = [];
const LEVELS: readonly UnitLevel[] = ['province', 'district', 'commune'];
const NO_GROUP = -1;

/**
 * Strings of one kind held as a single string and the offsets of its items. Twelve thousand units as objects with
 * their own strings took 3.5 MB of every worker's heap (5.7 MB once the fuzzy index was built), which every major
 * GC marked again; as columns they take about a fifth of that, and a unit is made only when a lookup returns it.
 */
class StringColumn {
  private readonly text: string;
  /** start[i] .. start[i + 1]: item i. */
  private readonly start: Int32Array;

  constructor(column: Column) {
    this.text = column.text;
    this.start = new Int32Array(column.ends.length + 1);
    this.start.set(column.ends, 1);
  }

  get(i: number): string {
    return this.text.slice(this.start[i], this.start[i + 1]);
  }

  lengthOf(i: number): number {
    return this.start[i + 1] - this.start[i];
  }

  equals(i: number, s: string): boolean {
    return this.lengthOf(i) === s.length && this.text.startsWith(s, this.start[i]);
  }
}

function columnOf(values: readonly string[]): Column {
  const ends: number[] = [];
  for (let i = 0, at = 0; i < values.length; i++) ends.push((at += values[i].length));
  return { text: values.join(''), ends };
}

/** The index's columns from the list's rows, by level (at build time). */
export function indexColumns(rows: { provinces: readonly Row[]; districts: readonly Row[]; communes: readonly Row[] }): IndexColumns {
  const all = [rows.provinces, rows.districts, rows.communes].flatMap((list, level) => list.map((r) => ({ r, level })));
  const districtProvince = new Map<string, string>();
  for (const { r, level } of all) if (level === 1 && (r[4] !== 1 || !districtProvince.has(r[0]))) districtProvince.set(r[0], r[3] ?? '');
  const provinceOf = ({ r, level }: { r: Row; level: number }): string => {
    if (level === 0) return r[0];
    // a district, and a commune of the 2025 list, hang directly under their province; an older commune under its district
    if (level === 1 || r[4] === 2) return r[3] ?? '';
    return r[3] ? (districtProvince.get(r[3]) ?? '') : '';
  };
  const typeNames = [...new Set(all.map(({ r }) => r[2]))];
  const groups = new Map<string, number[]>();
  all.forEach(({ r }, i) => {
    const group = groups.get(r[5]);
    if (group) group.push(i);
    else groups.set(r[5], [i]);
  });
  const groupEnds: number[] = [];
  for (const list of groups.values()) groupEnds.push((groupEnds.at(-1) ?? 0) + list.length);
  return {
    levels: all.map(({ level }) => level),
    codes: columnOf(all.map(({ r }) => r[0])),
    names: columnOf(all.map(({ r }) => r[1])),
    keys: columnOf(all.map(({ r }) => r[5])),
    parents: columnOf(all.map(({ r }) => r[3] ?? '')),
    provinces: columnOf(all.map(provinceOf)),
    typeNames,
    types: all.map(({ r }) => typeNames.indexOf(r[2])),
    defunct: all.flatMap(({ r }, i) => (r[4] === 1 ? [i] : [])),
    since2025: all.flatMap(({ r }, i) => (r[4] === 2 ? [i] : [])),
    members: [...groups.values()].flat(),
    groupEnds,
  };
}


/** The lookup keys' hash (the tokeniser's FNV-1a). */
const keyHash = (key: string) => hashOf(key, 0, key.length);

/** A unit's code as one number per level and code width ("017" is not "17"); -1 for a code that is not digits. */
function codeNumber(level: number, code: string): number {
  return /^\d{1,6}$/.test(code) ? (level * 10 + code.length) * 1_000_000 + Number(code) : -1;
}

export class Gazetteer {
  readonly source: string;
  readonly vintage: string;
  readonly olderListDate: string;
  /** Units in list order (provinces, districts, communes), as columns; see unit(). */
  private readonly count: number;
  private readonly codes: StringColumn;
  private readonly names: StringColumn;
  private readonly keys: StringColumn;
  private readonly parents: StringColumn;
  private readonly provinces: StringColumn;
  private readonly levels: Uint8Array;
  private readonly types: Uint8Array;
  private readonly defunct: Uint8Array;
  private readonly since2025: Uint8Array;
  /** A 2025 commune whose name an older commune has: lookups give the older one (see withKey2025). */
  private readonly shadowed: Uint8Array;
  private readonly typeNames: readonly LocalityType[];
  /** The unit each level-and-code names (a renamed unit keeps its code: the current one wins). */
  private readonly byCode = new Map<number, number>();
  /** Group g holds the units members[groupStart[g]] .. members[groupStart[g + 1] - 1], all of one lookup key. */
  private readonly groupStart: Int32Array;
  private readonly members: Int32Array;
  /** Open addressing over the groups' keys: slot → group + 1, 0 for empty. */
  private readonly slots: Int32Array;

  constructor(index: IndexFile) {
    this.source = index.source;
    this.vintage = index.vintage;
    this.olderListDate = index.olderListDate;
    this.count = index.levels.length;
    this.codes = new StringColumn(index.codes);
    this.names = new StringColumn(index.names);
    this.keys = new StringColumn(index.keys);
    this.parents = new StringColumn(index.parents);
    this.provinces = new StringColumn(index.provinces);
    this.levels = Uint8Array.from(index.levels);
    this.types = Uint8Array.from(index.types);
    this.typeNames = index.typeNames;
    this.defunct = new Uint8Array(this.count);
    for (const i of index.defunct) this.defunct[i] = 1;
    this.since2025 = new Uint8Array(this.count);
    for (const i of index.since2025 ?? []) this.since2025[i] = 1;
    for (let i = 0; i < this.count; i++) {
      const code = codeNumber(this.levels[i], this.codes.get(i));
      // a 2025 commune may carry the code of one of the communes it replaced: that one keeps the code
      if (this.since2025[i]) {
        if (!this.byCode.has(code)) this.byCode.set(code, i);
      } else if (!this.defunct[i] || !this.byCode.has(code)) this.byCode.set(code, i);
    }
    this.members = Int32Array.from(index.members);
    this.groupStart = new Int32Array(index.groupEnds.length + 1);
    this.groupStart.set(index.groupEnds, 1);
    let size = 1;
    while (size < index.groupEnds.length * 2) size <<= 1;
    this.slots = new Int32Array(size);
    this.shadowed = new Uint8Array(this.count);
    for (let g = 0; g < index.groupEnds.length; g++) {
      const from = this.groupStart[g];
      const to = this.groupStart[g + 1];
      let olderCommune = false;
      for (let m = from; m < to; m++) if (this.levels[this.members[m]] === 2 && !this.since2025[this.members[m]]) olderCommune = true;
      if (olderCommune) for (let m = from; m < to; m++) if (this.since2025[this.members[m]]) this.shadowed[this.members[m]] = 1;
      let slot = keyHash(this.keys.get(this.members[this.groupStart[g]])) & (size - 1);
      while (this.slots[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.slots[slot] = g + 1;
    }
  }

  /** Every unit, in list order (made afresh: for tests and studies, not for lookups). */
  get units(): Unit[] {
    return Array.from({ length: this.count }, (_, i) => this.unit(i));
  }

  province(code: string): Unit | undefined {
    return this.atCode(0, code);
  }

  district(code: string): Unit | undefined {
    return this.atCode(1, code);
  }

  /** Every unit with this name, at any level. */
  named(name: string): readonly Unit[] {
    return this.withKey(nameKey(name));
  }

  /** Every unit whose lookup key (see nameKey) is this one; of a name an older commune has, not its 2025 namesakes. */
  withKey(key: string): readonly Unit[] {
    const g = this.groupOf(key);
    return g === NO_GROUP ? NO_UNITS : this.groupUnits(g);
  }

  /** The communes and wards of 1 July 2025 with this lookup key, those an older commune's name hides included. */
  withKey2025(key: string): Unit[] {
    const g = this.groupOf(key);
    const out: Unit[] = [];
    if (g !== NO_GROUP) for (let m = this.groupStart[g]; m < this.groupStart[g + 1]; m++) if (this.since2025[this.members[m]]) out.push(this.unit(this.members[m]));
    return out;
  }

  provinceNamed(name: string): Unit | undefined {
    const g = this.groupOf(nameKey(name));
    if (g === NO_GROUP) return undefined;
    for (let m = this.groupStart[g]; m < this.groupStart[g + 1]; m++) if (this.levels[this.members[m]] === 0) return this.unit(this.members[m]);
    return undefined;
  }

  /** The province-level unit that contains a unit. */
  provinceOf(u: Unit): Unit | undefined {
    return this.province(u.province);
  }

  /** The province-level unit that took the unit's province over on 1 July 2025. */
  province2025(u: Unit): Province2025 | undefined {
    return PROVINCE_2025[u.province];
  }

  /** The province-level unit that took the province of this code over on 1 July 2025. */
  province2025ByCode(code: string): Province2025 | undefined {
    return PROVINCE_2025[code];
  }

  isPlaceName(name: string): boolean {
    return this.groupOf(nameKey(name)) !== NO_GROUP;
  }

  /**
   * Units of the given levels whose name is like this one ("Đắc Lắc" for Đắk Lắk, "Hoài Nhon" for Hoài Nhơn): the
   * most similar above the threshold, only among units of the given provinces when some are given (a misspelt
   * commune, "Bàn Giáp" for Bàn Giản in Vĩnh Phúc, may be nearer in spelling to one elsewhere, Bản Già in Lào Cai).
   */
  similar(name: string, levels: readonly UnitLevel[], provinces: ReadonlySet<string> = new Set()): Unit[] {
    const key = nameKey(name);
    if (key.length < 4) return [];
    const memo = `${key}|${levels.join(',')}|${[...provinces].sort().join(',')}`;
    const known = this.similarMemo.get(memo);
    if (known) return known;
    const found = this.mostSimilar(key, levels, provinces);
    if (this.similarMemo.size > 10_000) this.similarMemo.clear();
    this.similarMemo.set(memo, found);
    return found;
  }

  private readonly similarMemo = new Map<string, Unit[]>();
  /** Groups holding a unit of each level, by the key's first letter: a near spelling keeps its first letter. */
  private byLevelAndInitial: Map<string, Int32Array> | null = null;
  /** The units of the groups looked up lately: a key is looked up again and again (a province, a district). */
  private readonly groupMemo = new Map<number, readonly Unit[]>();

  private unit(i: number): Unit {
    const parent = this.parents.get(i);
    return {
      code: this.codes.get(i),
      name: this.names.get(i),
      type: this.typeNames[this.types[i]],
      level: LEVELS[this.levels[i]],
      parent: parent === '' ? null : parent,
      province: this.provinces.get(i),
      defunct: this.defunct[i] === 1,
      since2025: this.since2025[i] === 1,
    };
  }

  private atCode(level: number, code: string): Unit | undefined {
    const i = this.byCode.get(codeNumber(level, code));
    return i === undefined ? undefined : this.unit(i);
  }

  private groupOf(key: string): number {
    const mask = this.slots.length - 1;
    for (let slot = keyHash(key) & mask; this.slots[slot] !== 0; slot = (slot + 1) & mask) {
      const g = this.slots[slot] - 1;
      if (this.keys.equals(this.members[this.groupStart[g]], key)) return g;
    }
    return NO_GROUP;
  }

  private groupUnits(g: number): readonly Unit[] {
    const known = this.groupMemo.get(g);
    if (known) return known;
    const units: Unit[] = [];
    for (let m = this.groupStart[g]; m < this.groupStart[g + 1]; m++) if (!this.shadowed[this.members[m]]) units.push(this.unit(this.members[m]));
    if (this.groupMemo.size >= 4096) this.groupMemo.clear();
    this.groupMemo.set(g, units);
    return units;
  }

  private groupsOf(level: number, initial: string): Int32Array | undefined {
    if (!this.byLevelAndInitial) {
      const index = new Map<string, number[]>();
      for (let g = 0; g + 1 < this.groupStart.length; g++) {
        const initialOf = this.keys.get(this.members[this.groupStart[g]])[0];
        for (let lv = 0; lv < LEVELS.length; lv++) {
          if (!this.membersAt(g, lv).length) continue;
          const bucket = `${lv}|${initialOf}`;
          const list = index.get(bucket);
          if (list) list.push(g);
          else index.set(bucket, [g]);
        }
      }
      this.byLevelAndInitial = new Map([...index].map(([bucket, list]) => [bucket, Int32Array.from(list)]));
    }
    return this.byLevelAndInitial.get(`${level}|${initial}`);
  }

  private membersAt(g: number, level: number): number[] {
    const at: number[] = [];
    for (let m = this.groupStart[g]; m < this.groupStart[g + 1]; m++) if (this.levels[this.members[m]] === level && !this.shadowed[this.members[m]]) at.push(this.members[m]);
    return at;
  }

  private mostSimilar(key: string, levels: readonly UnitLevel[], provinces: ReadonlySet<string>): Unit[] {
    let best = FUZZY_THRESHOLD;
    let found: Unit[] = [];
    for (const level of levels) {
      const lv = LEVELS.indexOf(level);
      for (const g of this.groupsOf(lv, key[0]) ?? []) {
        const first = this.members[this.groupStart[g]];
        if (Math.abs(this.keys.lengthOf(first) - key.length) > 3) continue;
        const candidates = this.membersAt(g, lv).filter((i) => !provinces.size || provinces.has(this.provinces.get(i)));
        if (!candidates.length) continue;
        const s = similarity(key, this.keys.get(first));
        if (s > best) {
          best = s;
          found = candidates.map((i) => this.unit(i));
        } else if (s === best) found = [...found, ...candidates.map((i) => this.unit(i))];
      }
    }
    return found;
  }
}

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (!loaded) {
    const file = new URL('../../dist/data/gazetteer.json', import.meta.url);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error('the gazetteer index is missing: run `npm run build` (it builds dist/data/gazetteer.json)');
    }
    loaded = new Gazetteer(JSON.parse(text) as IndexFile);
  }
  return loaded;
}
