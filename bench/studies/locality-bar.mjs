#!/usr/bin/env node
// Corpus study: a province named after "Đoàn luật sư" / "Đoàn LS" (a lawyer's bar: the lawyer's affiliation, not the
// article's place), by how the province is written (bare or with "TP").
//   node bench/studies/locality-bar.mjs
import { readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const FORM = /(?<![\p{L}])(Đoàn [Ll]uật [Ss]ư|Đoàn LS) ((?:TP\.? ?)?)(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)/gu;
const [byForm] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) byForm.add(m[2] ? 'typed (TP …)' : 'bare', snippet(text, m.index, m.index + m[0].length, 100), file);
}
byForm.print('Lawyers\' bars named with their province', { top: 5 });
