#!/usr/bin/env node
// Corpus study: a birth day with its year ("sinh ngày 9/2/1907 tại xã Xuân Hồng, …", "sinh ngày 23 tháng 11 năm 1968,
// Ủy viên …") by what follows it: a place after "tại/ở" (a birthplace), a home ("thường trú tại", "quê tại"), or
// something else; with a JSONL of `extract`, the localities chosen within 80 characters after such a day.
//   node bench/studies/locality-birth-days.mjs [OUT.jsonl] [--examples N]
import path from 'node:path';
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flags = readFlags();
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(jsonl);
const [days, picked] = tallies({ examples: flags.number('--examples', 8) });
const BIRTH_DAY = /(?<![\p{L}])sinh (?:vào )?ngày \d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}| tháng \d{1,2} năm \d{4})/gu;

for (const a of readReal()) {
  const id = path.basename(a.file).replace(/\.\w+$/, '');
  for (const m of a.text.matchAll(BIRTH_DAY)) {
    const end = m.index + m[0].length;
    const after = a.text.slice(end, end + 80);
    const form = /^\s*,?\s*(?:tại|ở)\s/u.test(after)
      ? 'a birthplace: "tại/ở" right after the day'
      : /^[^.;()]{0,30}(?:trú|ngụ|quê)/u.test(after)
        ? 'a home or origin after the day'
        : 'something else (a post, a year, the end of a bracket)';
    const line = `${id}: ${snippet(a.text, m.index, end, 150)}`;
    days.add(form, line, id);
    const c = chosen.get(id);
    if (c && c.start >= end && c.start < end + 80) picked.add(form, `${line} → ${c.text}`, id);
  }
}
days.print('Birth days with their year, by what follows');
if (jsonl) picked.print('The localities chosen within 80 characters after such a day');
