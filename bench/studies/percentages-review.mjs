#!/usr/bin/env node
// Corpus study: the percentages that `vnreport extract` reports on corpus/real, each in its sentence, with the
// features that tell an accomplishment from a statistic: the rule, the words right before the figure, what is
// measured (the target or subject), whether a reporting body, a plan or a reviewed period governs the sentence.
// `--compare OLD NEW` lists the findings dropped and added between two runs, and those whose status, year or target
// changed (a random sample of each with --sample N).
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/percentages-review.mjs /tmp/real.jsonl [--sample N] [--seed S] [--rule NAME]
//   node bench/studies/percentages-review.mjs --compare OLD.jsonl NEW.jsonl [--sample N]
// Read-only; prints to stdout. Needs `npm run build` (it cleans each article with dist/ to place the spans).
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, root, shared, random } from './lib.mjs';

const flags = readFlags();
const built = await import(path.join(root, 'dist', 'prepare.js'));
const realDir = path.join(shared, 'corpus', 'real');

function cleanedText(file) {
  const p = built.prepareArticle({ file, bytes: fs.readFileSync(path.join(realDir, path.basename(file))) });
  return p.ok ? p.cleaned.text : '';
}

function readRun(file) {
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    for (const p of r.percentages ?? []) out.push({ file: path.basename(r.file), ...p });
  }
  return out;
}

/** A seeded shuffle (mulberry32), so a sample can be drawn again. */
function sample(list, n, seed) {
  const rnd = random(seed);
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
}

const texts = new Map();
function show(f, i) {
  if (!texts.has(f.file)) texts.set(f.file, cleanedText(f.file));
  const text = texts.get(f.file);
  const [s, e] = f.span;
  const from = Math.max(text.lastIndexOf('\n', s) + 1, s - 260);
  const to = Math.min(text.indexOf('\n', e) < 0 ? text.length : text.indexOf('\n', e), e + 120);
  console.log(`#${i} ${f.file} ${f.rule} ${f.value}${f.max ? `-${f.max}` : ''}% ${f.status} ${f.year} | target: ${f.target} | subject: ${f.subject}`);
  console.log(`   ${oneLine(text.slice(from, s))}[[${oneLine(text.slice(s, e))}]]${oneLine(text.slice(e, to))}`);
}

const keyOf = (f) => `${f.file} ${f.span[0]} ${f.value}`;
const n = flags.number('--sample', Infinity);
const seed = flags.number('--seed', 1);
if (flags.has('--compare')) {
  const oldRun = readRun(flags.value('--compare'));
  const newRun = readRun(flags.value('--compare', 2));
  const newKeys = new Set(newRun.map(keyOf));
  const oldKeys = new Set(oldRun.map(keyOf));
  const dropped = oldRun.filter((f) => !newKeys.has(keyOf(f)));
  const added = newRun.filter((f) => !oldKeys.has(keyOf(f)));
  console.log(`== ${oldRun.length} → ${newRun.length} findings: ${dropped.length} dropped, ${added.length} added`);
  console.log('== dropped');
  sample(dropped, n, seed).forEach(show);
  console.log('== added');
  sample(added, n, seed).forEach(show);
  // the same figure read again with another status, year or target
  const before = new Map(oldRun.map((f) => [keyOf(f), f]));
  const changed = newRun.filter((f) => {
    const o = before.get(keyOf(f));
    return o && (o.status !== f.status || o.year !== f.year || o.target !== f.target);
  });
  console.log(`== changed (${changed.length}): the old reading first`);
  sample(changed, n, seed).forEach((f, i) => {
    const o = before.get(keyOf(f));
    console.log(`#${i} was ${o.status} ${o.year} | target: ${o.target}`);
    show(f, i);
  });
} else {
  const args = process.argv.slice(2);
  const input = args.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--sample', '--seed', '--rule'].includes(args[i - 1])));
  if (!input) {
    console.error('usage: node bench/studies/percentages-review.mjs OUT.jsonl [--sample N] [--seed S] [--rule NAME]');
    process.exit(2);
  }
  const run = readRun(input).filter((f) => !flags.value('--rule') || f.rule === flags.value('--rule'));
  console.log(`== ${run.length} findings`);
  sample(run, n, seed).forEach(show);
}
