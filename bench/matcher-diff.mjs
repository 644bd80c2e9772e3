#!/usr/bin/env node
// Two builds' pattern matchers compared try by try: every pattern rule of every field and of the dates and numbers
// dimensions, at every unit of its anchor in real articles (units made once, by this checkout's build), through the
// other build's matchAt and this one's. For a change to the matcher that must not change what it matches.
//
//   node bench/matcher-diff.mjs <root of the other build> [--limit 1500]     after npm run build in both
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { textFiles } from './cpu.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const [other] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : 1500;
if (!other) {
  console.error('usage: node bench/matcher-diff.mjs <root of the other build> [--limit 1500]');
  process.exit(2);
}
const built = (r, p) => import(pathToFileURL(path.resolve(r, 'dist', p)).href);
const { prepareArticle } = await built(root, 'prepare.js');
const { buildDoc } = await built(root, 'engine/document.js');
const { lexArticle } = await built(root, 'dimensions/index.js');
const { FIELDS } = await built(root, 'extract/fields.js');
const { matchAt, anchorOf } = await built(root, 'engine/pattern.js');
const { matchAt: otherMatchAt } = await built(other, 'engine/pattern.js');
const dims = { ...(await built(root, 'dimensions/dates/index.js')), ...(await built(root, 'dimensions/numbers/index.js')) };

const patternRules = (owner, rules) => rules.filter((r) => 'pattern' in r).map((r) => ({ owner, r }));
const rules = [
  ...FIELDS.flatMap((f) => patternRules(f.name, f.rules)),
  ...['DATE_RULES', 'CLOCK_RULES', 'COUNT_RULES', 'PERCENT_RULES'].flatMap((k) => patternRules(k, dims[k])),
];
const dev = path.join(shared, 'corpus', 'dev');
const files = [
  ...textFiles(path.join(shared, 'corpus', 'real')).slice(0, limit),
  ...fs.readdirSync(dev).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => path.join(dev, f)),
];

/** A match as comparable text: its range, anchor and every capture present (absent ones may be named or not). */
const said = (m) =>
  m &&
  JSON.stringify([m.first, m.end, m.anchor.first, Object.entries(m.caps).filter(([, c]) => c !== undefined).map(([k, c]) => [k, c.first, c.end, c.unit ? `${c.unit.dim}:${c.unit.first}-${c.unit.end}` : null]).sort()]);

let tries = 0;
let matches = 0;
let differ = 0;
for (const file of files) {
  const prepared = prepareArticle({ file, bytes: fs.readFileSync(file) });
  if (!prepared.ok) continue;
  const doc = buildDoc(prepared.cleaned.text, prepared.cleaned.format, prepared.cleaned.headline);
  const units = lexArticle(doc);
  for (const { owner, r } of rules) {
    const anchor = anchorOf(r.pattern);
    for (const u of units.of(anchor.dim)) {
      const scope = r.scope === 'line' ? doc.lines[doc.lineOf[u.first]] : doc.sentences[doc.sentenceOf[u.first]];
      const lo = scope ? scope.firstToken : 0;
      const hi = Math.max(scope ? scope.endToken : doc.tokens.count, u.end);
      const mine = said(matchAt(units, r.pattern, anchor.index, u, lo, hi));
      const theirs = said(otherMatchAt(units, r.pattern, anchor.index, u, lo, hi));
      tries++;
      if (mine) matches++;
      if (mine !== theirs && ++differ <= 10) console.log(`${owner} ${r.name} ${path.basename(file)}\n  other ${theirs}\n  this  ${mine}`);
    }
  }
}
console.log(`${rules.length} pattern rules, ${files.length} articles: ${tries} tries, ${matches} matches, ${differ} differ`);
process.exit(differ ? 1 : 0);
