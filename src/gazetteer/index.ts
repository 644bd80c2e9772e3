// The national list of administrative units, loaded once from the compact index built at build time
// (src/gazetteer/build-index.mjs). Lookups are by folded name, so tone placement, Đăk/Đắk and case do not matter.
import fs from 'node:fs';
import type { LocalityType } from '../record.js';
import { canonicalTones } from '../text/normalize.js';
import { fold } from '../text/patterns.js';

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
}

interface IndexFile {
  source: string;
  vintage: string;
  provinces: [string, string, LocalityType][];
  districts: [string, string, LocalityType, string][];
  communes: [string, string, LocalityType, string][];
}

/** Folded name with spaces and dashes removed: "Kon Tum", "Kontum" and "KON TUM" meet. */
export function nameKey(name: string): string {
  return fold(name).replace(/[\s\-–]+/g, '');
}

export class Gazetteer {
  readonly source: string;
  readonly vintage: string;
  readonly units: Unit[] = [];
  private readonly byCode = new Map<string, Unit>();
  private readonly byKey = new Map<string, Unit[]>();

  constructor(index: IndexFile) {
    this.source = index.source;
    this.vintage = index.vintage;
    for (const [code, name, type] of index.provinces) this.add({ code, name, type, level: 'province', parent: null, province: code });
    for (const [code, name, type, parent] of index.districts)
      this.add({ code, name, type, level: 'district', parent, province: parent });
    for (const [code, name, type, parent] of index.communes) {
      const district = this.byCode.get(`d${parent}`);
      this.add({ code, name, type, level: 'commune', parent, province: district?.province ?? '' });
    }
  }

  private add(u: Unit): void {
    // the list mixes tone placements ("Hoà Bình", "Khánh Hòa"); names are given in one
    u.name = canonicalTones(u.name);
    this.units.push(u);
    this.byCode.set(`${u.level[0]}${u.code}`, u);
    const k = nameKey(u.name);
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

  provinceNamed(name: string): Unit | undefined {
    return this.named(name).find((u) => u.level === 'province');
  }

  /** The province-level unit that contains a unit. */
  provinceOf(u: Unit): Unit | undefined {
    return this.province(u.province);
  }

  isPlaceName(name: string): boolean {
    return this.byKey.has(nameKey(name));
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
