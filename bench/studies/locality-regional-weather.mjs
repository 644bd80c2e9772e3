#!/usr/bin/env node
// Corpus study: weather reports over a region ("Bắc Bộ nắng nóng đến hết hôm nay", "Ngày 8.2, Nam bộ xảy ra hiện tượng
// sương mù …"): headlines or first lead sentences with a region (REGION) and a weather word (WEATHER) of the built
// lexicon, by whether the headline names a province or city, with the locality an `extract` JSONL chose for each.
// Needs `npm run build`.
//   node bench/studies/locality-regional-weather.mjs [OUT.jsonl]
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, readFlags, readReal, tallies } from './lib.mjs';

const { REGION, WEATHER } = await builtModule('lexicon/places.js');
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const records = new Map();
if (jsonl)
  for (const line of fs.readFileSync(jsonl, 'utf8').split('\n'))
    if (line) {
      const r = JSON.parse(line);
      records.set(path.basename(r.file).replace(/\.\w+$/, ''), r);
    }
const [byForm] = tallies({ examples: readFlags().number('--examples', 20) });

for (const a of readReal()) {
  const id = path.basename(a.file).replace(/\.\w+$/, '');
  const headline = a.lines[0] ?? '';
  // the first lead sentence, ended by a full stop before a capital ("Ngày 8.2, …" stays whole)
  const lead = (a.lines.slice(1).find((l) => l.trim()) ?? '').split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
  const regional = (t) => REGION.test(t) && WEATHER.test(t);
  if (!regional(headline) && !regional(lead)) continue;
  const r = records.get(id);
  const units = [r?.locality, ...(r?.localities ?? [])].filter(Boolean);
  const inHeadline = units.some((u) => (u.span && u.span[1] <= headline.length) || headline.includes(u.text));
  const form = inHeadline ? 'the headline names a unit (kept)' : 'the headline names no unit (no locality)';
  byForm.add(form, `${id}: ${headline.slice(0, 80)} → ${r?.locality ? r.locality.text : 'null'}`, id);
}
byForm.print('Regional weather openings, by the headline');
