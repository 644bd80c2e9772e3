#!/usr/bin/env node
// Corpus study: a typed district or commune whose own address chain ends with a province ("xã Tứ Đán (Lâm Thao, Phú
// Thọ)", "phường Bình Trị, quận Bình Tân (TP HCM)", "huyện Tân Thành, Bà Rịa - Vũng Tàu"), by whether the national
// list knows a unit of that type and name in that province: all of them there, some (a name shared by several
// provinces, "huyện Châu Thành"), or none (the list knows the name only elsewhere, often a folded spelling: "Tứ Đán" is
// read as xã Tứ Dân of Hưng Yên, "Tân Thành" as huyện Tân Thạnh of Long An). The locality rule takes the chain's
// province in the last two cases (src/refine/locality.ts, chainProvince). Needs `npm run build`.
//   node bench/studies/locality-chain-province.mjs (--limit N)
import path from 'node:path';
import { readFlags, readReal, root, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const { gazetteer, nameKey } = await import(path.join(root, 'dist', 'gazetteer', 'index.js'));
const g = gazetteer();
const UNIT = { xã: ['commune'], phường: ['commune'], 'thị trấn': ['commune'], huyện: ['district'], quận: ['district'], 'thị xã': ['district'], 'thành phố': ['district'], TP: ['district'] };
const NAME = '\\p{Lu}[\\p{L}]*(?:\\s+[\\p{Lu}\\d][\\p{L}]*){0,3}';
const PROVINCE_ALIASES = { 'TP HCM': 'Hồ Chí Minh', 'TP.HCM': 'Hồ Chí Minh', TPHCM: 'Hồ Chí Minh', 'TP. HCM': 'Hồ Chí Minh', 'TT-Huế': 'Thừa Thiên Huế' };
const provinceOf = (written) => PROVINCE_ALIASES[written] ?? g.provinceNamed(written.replace(/^(?:tỉnh|thành phố|TP\.?)\s*/u, ''))?.name ?? null;
// the unit, then up to three more links of the chain, then the province
const CHAIN = new RegExp(
  `(?<![\\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP) (${NAME})((?:\\s*[,(–-]\\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\\.?)\\s*)?${NAME}){0,3}?)\\s*[,(–-]\\s*((?:tỉnh |thành phố |TP\\.? ?)?(?:TP\\.? ?HCM|TPHCM|TT-Huế|${NAME}))(?=\\s*[).,;:]|\\s+(?:\\p{Ll}|$))`,
  'gu',
);
const [byFit, noneExamples] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(CHAIN)) {
    const province = provinceOf(m[4]);
    if (!province) continue;
    const levels = UNIT[m[1]];
    const units = g.withKey(nameKey(m[2])).filter((u) => levels.includes(u.level));
    if (!units.length) continue;
    const there = units.filter((u) => g.provinceOf(u)?.name === province);
    const fit = there.length === units.length ? 'all listed units in the chain\'s province' : there.length ? 'some (a name shared with other provinces)' : 'none: the list knows the name only elsewhere';
    const ex = snippet(text, m.index, m.index + m[0].length, 100);
    byFit.add(fit, ex, file);
    if (!there.length) noneExamples.add(`${m[1]} ${m[2]} → listed in ${[...new Set(units.map((u) => g.provinceOf(u)?.name))].join(', ')}; chain: ${province}`, ex, file);
  }
}
byFit.print('Typed units whose chain ends with a province', { top: 5 });
noneExamples.print('…named only elsewhere in the list', { top: 30, examples: false });
