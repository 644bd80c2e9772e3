// Round 19: the same articles with their headline in capitals, as many portals print it. Each annotated text of dev
// (and of any audit folders given) whose annotated headline is a line of its own is read again with that line in
// capitals; the fields other than the title whose values differ (case aside: a value is compared folded to upper
// case, as a headline's award or giver is written) are counted, with examples. 20 of the 648 annotated headlines are
// printed so; corpus/real has one.
// Usage: node bench/studies/round19-capitals.mjs [audit folders …]       (after npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, shared, Tally } from './lib.mjs';

const { processArticle } = await builtModule('pipeline.js');
const extra = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const FIELDS = ['date', 'published', 'period', 'locality', 'author', 'officials', 'percentages', 'awards'];
const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const strip = (v) => JSON.stringify(v ?? null, (k, x) => (['span', 'text', 'rule', 'sources', 'evidence', 'code'].includes(k) ? undefined : x)).toUpperCase();

const changed = new Tally({ examples: 3 });
let read = 0;
for (const dir of [path.join(shared, 'corpus/dev'), ...extra]) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const expected = path.join(dir, 'expected', f.replace(/\.txt$/, '.json'));
    if (!fs.existsSync(expected)) continue;
    const gold = JSON.parse(fs.readFileSync(expected, 'utf8')).title;
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC').split('\n');
    const at = gold ? lines.findIndex((l) => norm(l) === norm(gold)) : -1;
    if (at < 0 || lines[at] === lines[at].toUpperCase()) continue;
    read++;
    const label = `${path.basename(dir)}/${f}`;
    const whole = processArticle({ file: label, text: lines.join('\n') }).record;
    const capitals = processArticle({ file: label, text: lines.map((l, i) => (i === at ? l.toUpperCase() : l)).join('\n') }).record;
    for (const field of FIELDS) if (strip(whole[field]) !== strip(capitals[field])) changed.add(field, `${label}: ${strip(whole[field]).slice(0, 70)} → ${strip(capitals[field]).slice(0, 70)}`, label);
  }
}
console.log(`${read} annotated texts read with their headline in capitals`);
changed.print(`fields that differ from the text's as printed (of ${read})`, { top: 12 });
