#!/usr/bin/env node
// Corpus study: localities read by a near spelling (a typed unit the list does not know, matched to its nearest listed
// name: "tỉnh Đác Nông" → Đắk Nông, but also "thành phố Lan Châu" (Lanzhou) → Lai Châu). From a JSONL of
// `vnreport extract` over corpus/real, lists each one with the other units the article names in the same province:
// a misspelling of a Vietnamese unit usually has its province named elsewhere, a foreign place has none.
// Round 10 (at 4b085ce): the nearest name is now looked for only among the units of the provinces the article names
// (and of the district the unit's own chain names), not taken from the whole country and then dropped when it lay
// elsewhere: 5 near spellings in corpus/real, 2 more than before, both read rightly ("xã Bàn Giáp" → xã Bàn Giản of
// huyện Lập Thạch, not xã Bản Già in Lào Cai; "phường Thọ Quan" → phường Thọ Quang of quận Sơn Trà).
//   node bin/vnreport.js extract ../shared/corpus/real > /tmp/real.jsonl && node bench/studies/locality-near.mjs /tmp/real.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { tallies } from './lib.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/studies/locality-near.mjs OUT.jsonl');
  process.exit(2);
}
const [byProvince] = tallies({ examples: 20 });
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const l = r.locality;
  if (!l || !(r.warnings ?? []).some((w) => w.includes('near spelling'))) continue;
  const same = (r.localities ?? []).filter((o) => o.province === l.province).map((o) => o.text);
  byProvince.add(same.length ? 'its province named otherwise' : 'its province named nowhere else', `${path.basename(r.file)}: "${l.text}" → ${l.type} ${l.name} (${l.province}) | ${same.join('; ') || '—'}`, r.file);
}
byProvince.print('Localities read by a near spelling', { top: 5 });
