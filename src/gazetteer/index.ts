// The national list of administrative units, loaded once from the compact index built at build time
// (src/gazetteer/build-index.mjs). Lookups are by folded name, so tone placement, Đăk/Đắk, spacing and case do not
// matter; names that are misspelt are found by Jaro-Winkler similarity (natural) among units of the right level.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { LocalityType } from '../record.js';
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
}

/** [code, name, type, parent code, flags (1: not in the 2023 list), lookup key] */
type Row = [string, string, LocalityType, string | null, number, string];

interface IndexFile {
  source: string;
  vintage: string;
  /** The date of the older list: a unit only in it existed then, and was merged or dissolved later. */
  olderListDate: string;
  provinces: Row[];
  districts: Row[];
  communes: Row[];
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

export class Gazetteer {
  readonly source: string;
  readonly vintage: string;
  readonly olderListDate: string;
  readonly units: Unit[] = [];
  private readonly byCode = new Map<string, Unit>();
  private readonly byKey = new Map<string, Unit[]>();

  constructor(index: IndexFile) {
    this.source = index.source;
    this.vintage = index.vintage;
    this.olderListDate = index.olderListDate;
    // indexed rather than destructured: this runs once, before the optimiser, where array destructuring goes
    // through the iterator protocol and costs several times as much
    for (let i = 0; i < index.provinces.length; i++) {
      const r = index.provinces[i];
      this.add({ code: r[0], name: r[1], type: r[2], level: 'province', parent: null, province: r[0], defunct: r[4] === 1 }, r[5]);
    }
    for (let i = 0; i < index.districts.length; i++) {
      const r = index.districts[i];
      this.add({ code: r[0], name: r[1], type: r[2], level: 'district', parent: r[3], province: r[3] ?? '', defunct: r[4] === 1 }, r[5]);
    }
    for (let i = 0; i < index.communes.length; i++) {
      const r = index.communes[i];
      const district = r[3] ? this.byCode.get(`d${r[3]}`) : undefined;
      this.add({ code: r[0], name: r[1], type: r[2], level: 'commune', parent: r[3], province: district?.province ?? '', defunct: r[4] === 1 }, r[5]);
    }
  }

  private add(u: Unit, k: string): void {
    this.units.push(u);
    // a unit renamed since 2019 keeps its code: the code names the current unit
    const code = `${u.level[0]}${u.code}`;
    if (!u.defunct || !this.byCode.has(code)) this.byCode.set(code, u);
    const list = this.byKey.get(k);
    if (list) list.push(u);
    else this.byKey.set(k, [u]);
  }

  province(code: string): Unit | undefined {
    return this.byCode.get(`p${code}`);
  }

  district(code: string): Unit | undefined {
    return this.byCode.get(`d${code}`);
  }

  /** Every unit with this name, at any level. */
  named(name: string): Unit[] {
    return this.byKey.get(nameKey(name)) ?? [];
  }

  /** Every unit whose lookup key (see nameKey) is this one. */
  withKey(key: string): readonly Unit[] {
    return this.byKey.get(key) ?? NO_UNITS;
  }

  provinceNamed(name: string): Unit | undefined {
    return this.named(name).find((u) => u.level === 'province');
  }

  /** The province-level unit that contains a unit. */
  provinceOf(u: Unit): Unit | undefined {
    return this.province(u.province);
  }

  /** The province-level unit that took the unit's province over on 1 July 2025. */
  province2025(u: Unit): Province2025 | undefined {
    return PROVINCE_2025[u.province];
  }

  isPlaceName(name: string): boolean {
    return this.byKey.has(nameKey(name));
  }

  /**
   * Units of the given levels whose name is like this one ("Đắc Lắc" for Đắk Lắk, "Hoài Nhon" for Hoài Nhơn): the
   * most similar above the threshold, preferring those in the given provinces; [] when two differ equally well.
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
  /** Keys of each level's units, by first letter: a near spelling keeps its first letter. */
  private byLevelAndInitial: Map<string, [string, Unit[]][]> | null = null;

  private keysOf(level: UnitLevel, initial: string): readonly [string, Unit[]][] {
    if (!this.byLevelAndInitial) {
      const index = new Map<string, [string, Unit[]][]>();
      for (const [k, units] of this.byKey) {
        for (const lv of ['province', 'district', 'commune'] as const) {
          const at = units.filter((u) => u.level === lv);
          if (!at.length) continue;
          const bucket = `${lv}|${k[0]}`;
          const list = index.get(bucket);
          if (list) list.push([k, at]);
          else index.set(bucket, [[k, at]]);
        }
      }
      this.byLevelAndInitial = index;
    }
    return this.byLevelAndInitial.get(`${level}|${initial}`) ?? [];
  }

  private mostSimilar(key: string, levels: readonly UnitLevel[], provinces: ReadonlySet<string>): Unit[] {
    let best = FUZZY_THRESHOLD;
    let found: Unit[] = [];
    for (const level of levels) {
      for (const [k, candidates] of this.keysOf(level, key[0])) {
        if (Math.abs(k.length - key.length) > 3) continue;
        const s = similarity(key, k) + (candidates.some((u) => provinces.has(u.province)) ? 0.01 : 0);
        if (s > best) {
          best = s;
          found = candidates;
        } else if (s === best) found = [...found, ...candidates];
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
