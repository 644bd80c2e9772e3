#!/usr/bin/env node
// Corpus study: a unit's police abbreviated before its name ("CAQ Đống Đa" = Công an quận, "CAH Từ Liêm", "CAP Hàng
// Bông", "CAX Đồng Thái", "CATP Hà Nội") and the abbreviations alone ("(CATP)" is the newspaper Công an TP): counts
// over corpus/real by abbreviation, with and without a capitalised name after it.
//   node bench/studies/locality-police-abbrev.mjs
import { readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const FORM = /(?<![\p{L}])(CATP|CATX|CAQ|CAH|CAP|CAX)(?![\p{L}])\.?( ?\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)?/gu;
const [byForm] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(FORM)) byForm.add(`${m[1]} ${m[2] ? '+ a name' : 'alone'}`, snippet(text, m.index, m.index + m[0].length, 90), file);
}
byForm.print('Police abbreviations', { top: 12 });
