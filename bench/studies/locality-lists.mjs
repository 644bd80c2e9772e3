#!/usr/bin/env node
// Corpus study: the locality found is one item of a list of units in different provinces ("Sau Hà Nội và TP.HCM, …",
// "các tỉnh miền núi phía Bắc gồm Yên Bái, Lào Cai, Sơn La, …", "chính quyền TPHCM và Hà Nội"). Runs the built
// extractor (dist/, `npm run build` first) over corpus/real and, for each article with a locality, looks for another
// unit named right before or after the chosen mention, joined by a comma, "và", "hoặc" or a dash: whether it is in
// another province (a list of places) or in the same one (a chain "xã A, huyện B, tỉnh C"), and by the joint.
//   node bench/studies/locality-lists.mjs            (tables with examples)
//   node bench/studies/locality-lists.mjs --limit 1000
//   node bench/studies/locality-lists.mjs --all      (also every article whose locality stands in a list of provinces)
import path from 'node:path';
import { builtProject, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const { processArticle } = await builtProject();

const JOINT = /^\s*(,|;|và|hoặc|[-–])\s*(?:và\s+)?$/u;
const [byKind, byJoint] = tallies({ examples: 3 });
const listed = [];
let found = 0;
for (const { file, text } of readReal(flag.limit)) {
  const { record, cleaned } = processArticle({ file, text });
  const l = record.locality;
  if (!cleaned || !l) continue;
  found++;
  const others = record.localities ?? [];
  const [s, e] = l.span;
  const after = others.find((o) => o.span[0] > e && o.span[0] - e <= 8 && JOINT.test(cleaned.slice(e, o.span[0])));
  const before = others.find((o) => o.span[1] < s && s - o.span[1] <= 8 && JOINT.test(cleaned.slice(o.span[1], s)));
  const partner = after ?? before;
  if (!partner) continue;
  const other = partner.province && l.province && partner.province !== l.province;
  const kind = `${other ? 'another province' : 'the same province'} ${after ? 'after' : 'before'}`;
  const joint = (after ? cleaned.slice(e, after.span[0]) : cleaned.slice(before.span[1], s)).trim() || ' ';
  const ex = `${l.type} ${l.name} | ${snippet(cleaned, Math.min(s, partner.span[0]), Math.max(e, partner.span[1]), 140)}`;
  byKind.add(kind, ex, file);
  if (other) {
    byJoint.add(`"${joint}"`, ex, file);
    listed.push(`${path.basename(file)} ${cleaned.split('\n')[0].slice(0, 90)}\n    ${ex}`);
  }
}
console.log(`# corpus/real: ${found} localities found`);
byKind.print('The chosen mention beside another unit', { top: 10 });
byJoint.print('The joint, when the other unit is in another province', { top: 10 });
if (flag.has('--all')) console.log(`\n## Every locality in a list of units of several provinces\n${listed.join('\n')}`);
