// Round 18: a district's or commune's body the headline or lead leaves unnamed ("Uỷ ban nhân dân phường tổ chức họp
// …", "Đảng uỷ phường trao tặng …", UNNAMED_UNIT_BODY): for each article of corpus/real, dev and any audit folders
// given whose headline or first lead sentences hold one, the units of that type the text names (typed, "phường Minh
// Tân", or through a body, "Đảng uỷ phường Hà Tu"), the locality vnreport gives and the annotated one where there is one.
// Usage: node bench/studies/round18-locality.mjs [audit folders …]
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, refinedArticle, shared } from './lib.mjs';

const { UNNAMED_UNIT_BODY } = await builtModule('lexicon/places.js');
const extra = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const folders = [path.join(shared, 'corpus/real'), path.join(shared, 'corpus/dev'), ...extra];
const counts = new Map();
for (const dir of folders) {
  for (const f of fs.readdirSync(dir).filter((n) => /\.(txt|html?)$/.test(n)).sort()) {
    const r = await refinedArticle(path.join(dir, f));
    if (!r) continue;
    const { doc, findings } = r;
    // the headline and the first three lead sentences past it, as the refiner reads them
    const title = r.facts.titleLine;
    const from = title === null ? 0 : doc.lines[title].start;
    const opening = doc.text.slice(from, doc.sentences.filter((s) => s.start >= from)[3]?.end ?? doc.text.length);
    const types = new Set([...opening.matchAll(UNNAMED_UNIT_BODY)].map((m) => m[1]));
    if (!types.size) continue;
    const chosen = findings.get('locality').find((l) => l.value.role !== 'mention');
    const units = new Set(findings.get('locality').filter((l) => types.has(l.value.type)).map((l) => `${l.value.type} ${l.value.name}`));
    const expected = path.join(dir, 'expected', f.replace(/\.(txt|html?)$/, '.json'));
    const gold = fs.existsSync(expected) ? JSON.parse(fs.readFileSync(expected, 'utf8')).locality : undefined;
    const annotated = gold === undefined ? 'not annotated' : gold ? `annotated ${gold.type} ${gold.name}` : 'annotated null';
    const kind = `${path.basename(dir)}: ${units.size === 0 ? 'no unit of that type named' : units.size === 1 ? 'one unit of that type named' : 'several named'}`;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    console.log(`${path.basename(dir)}/${f}: unnamed ${[...types].join(', ')}; named ${[...units].join(' | ') || '-'}; vnreport ${chosen ? `${chosen.value.type} ${chosen.value.name}` : 'null'}; ${annotated}`);
  }
}
for (const [k, n] of [...counts].sort()) console.log(`${k}: ${n}`);
