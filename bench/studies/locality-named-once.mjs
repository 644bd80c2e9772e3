#!/usr/bin/env node
// Corpus study: the locality chosen as a province named bare ("Hà Nội", "TP.HCM") that the article names once, no other
// unit of that province named either, by what stands before it: a site or a body (`SITE_OR_BODY_BEFORE`: "tại Hà Nội",
// "trên sân Mỹ Đình, Hà Nội", "bệnh viện Bình Dân (TP.HCM)", "TAND TP.HCM", "bay … ra Hà Nội") or something else (the
// two words before: "thí sinh ở", "cầu thủ người", "(giờ", "cách thủ đô", "thị trường"), which is a place in passing
// in national, foreign or feature news. From an `extract` JSONL over corpus/real; needs `npm run build` (the lexicon).
// The rule (src/refine/locality.ts, namedInPassing) also needs the lead to have given the unit as its plain first
// mention: a body's unit ("Sở Giao dịch chứng khoán Hà Nội"), a headline tag or an opening venue is kept.
// Found (round 5, on a build before the rule): 138 such localities; the 67 the lead gave without a site or body before
// them were about half wrong; with sites, bodies and destinations kept, 33 were left: 25 judged wrong (no locality),
// 2 right, 6 borderline.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl && node bench/studies/locality-named-once.mjs OUT.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { readReal, root, snippet, tallies } from './lib.mjs';

const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!out) {
  console.error('usage: node bench/studies/locality-named-once.mjs OUT.jsonl (an extract run over corpus/real)');
  process.exit(2);
}
const { SITE_OR_BODY_BEFORE } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const texts = new Map(readReal().map((a) => [a.file, a.text]));
const [byContext, bySite] = tallies();
let bare = 0;
for (const line of fs.readFileSync(out, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const loc = r.locality;
  if (loc?.rule !== 'locality-bare-province') continue;
  bare++;
  const file = path.basename(r.file);
  const text = texts.get(file);
  // every spelling the article names the province or a unit of it by, counted in the whole text
  const spellings = new Set([loc.text, ...(r.localities ?? []).filter((u) => u.province_code === loc.province_code).map((u) => u.text)]);
  let times = 0;
  for (const s of spellings) times += text.split(s).length - 1;
  if (times > 1) continue;
  const before = text.slice(Math.max(0, loc.span[0] - 120), loc.span[0]);
  const ex = snippet(text, loc.span[0], loc.span[1], 90);
  if (SITE_OR_BODY_BEFORE.test(before)) bySite.add(before.trim().split(/\s+/).slice(-2).join(' '), ex, file);
  else byContext.add(before.trim().split(/\s+/).slice(-2).join(' ') || '(start)', ex, file);
}
console.log(`${bare} localities are a province named bare`);
bySite.print('…named once, after a site, a body or a going word (kept)', { top: 15 });
byContext.print('…named once, after anything else (a place in passing, unless a body, a headline tag or an opening venue gave it)', { top: 40 });
