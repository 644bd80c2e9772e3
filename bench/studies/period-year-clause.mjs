#!/usr/bin/env node
// Corpus study (round 4): a year that opens a clause ("Trong năm 2016, bệnh viện đã …", "Có thể khẳng định, năm 2016,
// …"): how often an article does it, with the same year, and which of those articles the period rule leaves without a
// period. A year review worded without a review word narrates the year this way; news names a year so in passing.
//   node bench/studies/period-year-clause.mjs [--min N] [--dev] [--records OUT.jsonl]
// With --records (an `extract` JSONL over the same set) each article shows the period chosen. Read-only.
import fs from 'node:fs';
import path from 'node:path';
import { readReal, readDev, oneLine } from './lib.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const min = Number(opt('--min', 2));
const dev = argv.includes('--dev');
const recordsFile = opt('--records', null);
const periods = new Map();
if (recordsFile) {
  for (const line of fs.readFileSync(recordsFile, 'utf8').trim().split('\n')) {
    const r = JSON.parse(line);
    periods.set(path.basename(r.file).replace(/\.\w+$/, ''), r.period ? `${r.period.from}..${r.period.to}` : null);
  }
}

// "(Trong) năm 2016," — a year and a comma, opening its clause: after a sentence start, a comma, or "trong"
const YEAR_CLAUSE = /(?:^|[.!?;:,]\s*|\n|\btrong\s+)(?:trong\s+)?năm\s+(\d{4})\s*,/giu;
const articles = dev ? readDev() : readReal();
const byCount = new Map();
for (const a of articles) {
  const id = (a.id ?? a.file).replace(/\.\w+$/, '');
  const years = new Map();
  for (const m of a.text.matchAll(YEAR_CLAUSE)) {
    const y = m[1];
    const list = years.get(y) ?? [];
    list.push(oneLine(a.text.slice(m.index, m.index + m[0].length + 50)));
    years.set(y, list);
  }
  const best = [...years].sort((x, y) => y[1].length - x[1].length)[0];
  if (!best) continue;
  const n = best[1].length;
  byCount.set(n, (byCount.get(n) ?? 0) + 1);
  if (n < min) continue;
  const gold = dev ? (a.expected.period ? `${a.expected.period.from}..${a.expected.period.to}` : null) : undefined;
  console.log(`${id} year ${best[0]} x${n}${recordsFile ? ` chosen ${periods.get(id)}` : ''}${dev ? ` expected ${gold}` : ''} | ${oneLine(a.lines?.[0] ?? '').slice(0, 80)}`);
  for (const s of best[1].slice(0, 2)) console.log(`     ${s}`);
}
console.log('\narticles by the most clauses one year opens:', JSON.stringify(Object.fromEntries([...byCount].sort((a, b) => a[0] - b[0]))));
