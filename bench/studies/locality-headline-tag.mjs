#!/usr/bin/env node
// Corpus study: headlines that open with a place tag ("Hà Nội: …", "Thanh Hóa: 2 cha con chết đuối …") and the
// locality `vnreport extract` chose for them: the tagged province itself, a district or commune inside it (named in
// the lead as the event's place or its body), or another place. From a JSONL of `extract` over corpus/real.
//   node bin/vnreport.js extract ../shared/corpus/real > /tmp/real.jsonl && node bench/studies/locality-headline-tag.mjs /tmp/real.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer, tallies } from './lib.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/studies/locality-headline-tag.mjs OUT.jsonl');
  process.exit(2);
}
const { provinces } = loadGazetteer();
const ALIASES = { 'TP.HCM': 'Hồ Chí Minh', 'TP HCM': 'Hồ Chí Minh', TPHCM: 'Hồ Chí Minh', 'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu' };
const [byChoice] = tallies({ examples: 6 });
let tagged = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const tag = /^([^:]{2,25}):/.exec(r.title ?? '')?.[1].trim();
  const province = tag && (provinces.includes(tag) ? tag : ALIASES[tag]);
  if (!province) continue;
  tagged++;
  const l = r.locality;
  const kind = !l ? 'null' : l.province !== province ? 'another province' : l.level === 'province' ? 'the tagged province' : `a ${l.level ?? 'unlisted unit'} inside it`;
  byChoice.add(kind, `${path.basename(r.file)}: ${r.title.slice(0, 70)} → ${l ? `${l.type} ${l.name}` : 'null'}`, r.file);
}
console.log(`# ${tagged} headlines open with a province tag`);
byChoice.print('The locality chosen for them', { top: 8 });
