#!/usr/bin/env node
// Corpus study (round 5): a single year named in an article dated in that same year ("năm 2013" in a May 2013 debate:
// the year's tasks still run). Runs the built pipeline (npm run build) and, for every article whose date is known
// (the page's or the event's), counts the year spans the period rule read by how the year stands to the article's
// date: the article's own year by the article's month, an earlier year, a later one; with the cue before each (review,
// plan, none) and examples. A year is reviewed once it is over, or from late November, when year-end reviews open
// ("tổng kết công tác năm 2019" in December 2019).
//   node bench/studies/period-running-year.mjs [--dev] [--examples N]
// Read-only; prints to stdout.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tally, oneLine, root, shared } from './lib.mjs';

const argv = process.argv.slice(2);
const dev = argv.includes('--dev');
const examples = argv.includes('--examples') ? Number(argv[argv.indexOf('--examples') + 1]) : 3;
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const { processArticle } = await import(dist('pipeline.js'));
const { choosePeriod } = await import(dist('refine/period.js'));

let seen = [];
const refine = choosePeriod.refine.bind(choosePeriod);
choosePeriod.refine = (ctx) => {
  const dated = ctx.facts.published ?? (ctx.facts.date ? { year: Number(ctx.facts.date.slice(0, 4)), month: Number(ctx.facts.date.slice(5, 7)) } : null);
  const text = ctx.doc.text;
  seen = dated
    ? ctx
        .get('period')
        .filter((f) => f.value.kind === 'year' && f.value.from)
        .map((f) => ({ year: Number(f.value.from.slice(0, 4)), cue: f.value.cue ?? 'none', where: f.value.where, dated, context: oneLine(text.slice(Math.max(0, f.origin.start - 60), f.origin.end + 30)) }))
    : [];
  refine(ctx);
};

const dir = path.join(shared, 'corpus', dev ? 'dev' : 'real');
const byRelation = new Tally({ early: examples });
for (const f of fs.readdirSync(dir).filter((x) => /\.(txt|html?)$/.test(x)).sort()) {
  seen = [];
  processArticle({ file: f, bytes: fs.readFileSync(path.join(dir, f)) });
  for (const s of seen) {
    const relation = s.year < s.dated.year ? 'an earlier year' : s.year > s.dated.year ? 'a later year' : `its own year, dated in month ${s.dated.month < 11 ? '1-10' : '11-12'}`;
    byRelation.add(`${relation}, cue ${s.cue}`, `${f} (${s.dated.month}/${s.dated.year}, ${s.where}): …${s.context}…`, f);
  }
}
byRelation.print(`year spans in dated articles of corpus/${dev ? 'dev' : 'real'}, by the year against the article's date`);
