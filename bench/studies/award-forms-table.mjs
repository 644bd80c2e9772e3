// Shared by the award form studies: count each form (a regular expression over NFC text) in corpus/real and dev (with
// the seeds) and print a table of counts, then a few examples of each.
import { loadCorpus, oneLine } from './lib.mjs';

/** forms: [name, regular-expression source, what it is]; prints `# title`, the table, then `examples` matches per form. */
export function printFormCounts(title, forms, { examples = 3, only = null } = {}) {
  const sets = ['real', 'dev'];
  const rows = forms.filter(([name]) => !only || name === only).map(([name, src, what]) => ({ name, what, re: new RegExp(src, 'gu'), hits: { real: [], dev: [] } }));
  for (const set of sets)
    for (const a of loadCorpus(set)) {
      const text = a.text;
      for (const row of rows)
        for (const m of text.matchAll(row.re)) row.hits[set].push(`${a.file}: …${oneLine(text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 50))}…`);
    }
  console.log(`# ${title}\n`);
  console.log('| form | real | dev | what |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.hits.real.length} | ${r.hits.dev.length} | ${r.what} |`);
  for (const r of rows) {
    console.log(`\n## ${r.name}: ${r.what}`);
    for (const set of sets) for (const x of r.hits[set].slice(0, examples)) console.log(`  ${x}`);
  }
}
