// Round 28: the year an undated article is in (mainYearOf, src/refine/years.ts), tried on dated pages, where the page's
// printed year tells whether it is right: corpus/real, dev and the audits (--audits DIR, kept outside the repository),
// each with a day's year counted 1, 1.5 and 2 times a year named alone (DAY_VOTE).
//   node bench/studies/round28-main-year.mjs [--audits /work/extra] [--votes 1,1.5,2] [--wrong N]
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, readFlags, refinedArticle, shared } from './lib.mjs';

const { mainYearOf } = await builtModule('refine/years.js');
const flags = readFlags();
const votes = (flags.value('--votes') ?? '1,1.5,2').split(',').map(Number);
const showWrong = flags.number('--wrong', 0);
const auditsDir = flags.value('--audits') ?? '/work/extra';

const sets = [
  ['corpus/real', path.join(shared, 'corpus/real')],
  ['corpus/dev', path.join(shared, 'corpus/dev')],
  ...(fs.existsSync(auditsDir) ? fs.readdirSync(auditsDir).filter((d) => /^a\d+$/.test(d)).sort().map((d) => [d, path.join(auditsDir, d)]) : []),
];
const totals = new Map(votes.map((v) => [v, { right: 0, none: 0, wrong: 0 }]));
console.log(`set          dated  ${votes.map((v) => `right/none/wrong at ${v}`.padEnd(26)).join('')}`);
for (const [name, dir] of sets) {
  const counts = new Map(votes.map((v) => [v, { right: 0, none: 0, wrong: 0 }]));
  let dated = 0;
  const wrong = [];
  for (const f of fs.readdirSync(dir).filter((x) => /\.(?:txt|html?)$/.test(x)).sort()) {
    const article = await refinedArticle(path.join(dir, f));
    const printed = article?.facts.published?.year;
    if (!printed) continue;
    dated++;
    for (const v of votes) {
      const { year } = mainYearOf(article, v);
      const c = counts.get(v);
      if (year === null) c.none++;
      else if (year === printed) c.right++;
      else {
        c.wrong++;
        if (v === votes[votes.length - 1]) wrong.push(`${f} ${year} (printed ${printed})`);
      }
    }
  }
  for (const v of votes) for (const k of ['right', 'none', 'wrong']) totals.get(v)[k] += counts.get(v)[k];
  console.log(`${name.padEnd(12)} ${String(dated).padStart(5)}  ${votes.map((v) => `${counts.get(v).right}/${counts.get(v).none}/${counts.get(v).wrong}`.padEnd(26)).join('')}`);
  for (const w of wrong.slice(0, showWrong)) console.log(`  ${w}`);
}
console.log(`${'all'.padEnd(12)} ${''.padStart(5)}  ${votes.map((v) => `${totals.get(v).right}/${totals.get(v).none}/${totals.get(v).wrong}`.padEnd(26)).join('')}`);
