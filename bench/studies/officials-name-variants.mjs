#!/usr/bin/env node
// Corpus study (precision round 11): two officials of one article whose names sit one inside the other ("Đào Quang Thu"
// and "Đào Quang Thu Quỳnh Nga", a byline glued to the last caption; "Phạm Thị Tân" and "Vàng Phạm Thị Tân", from
// "trường mầm non Sen Vàng Phạm Thị Tân"; "Mohammed Al Thani" and "Al Thani", a later short mention): one person listed
// twice, or a wrong name beside the right one. From a JSONL of `extract` on corpus/real, the pairs by whether the
// shorter is a Vietnamese full name (three words or more opening with a surname: the longer holds glued words) or a
// foreign name's tail (the shorter names the longer again).
//   node bench/studies/officials-name-variants.mjs /tmp/real.jsonl [--examples N]
import fs from 'node:fs';
import { readFlags, Tally } from './lib.mjs';
import { isSurname } from '../../dist/dimensions/people/index.js';

const flags = readFlags();
const examples = flags.number('--examples', 10);
const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-name-variants.mjs OUT.jsonl [--examples N]');
  process.exit(2);
}
const vietnamese = (name) => name.split(' ').length >= 3 && isSurname(name.split(' ')[0]);
const tally = new Tally({ examples });
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const names = (r.officials ?? []).map((o) => o.name);
  for (const short of names) {
    for (const long of names) {
      if (long === short || !(long.startsWith(`${short} `) || long.endsWith(` ${short}`))) continue;
      const form = vietnamese(short) ? 'a Vietnamese full name inside a longer one' : 'a shorter foreign name';
      tally.add(`${form}, ${long.startsWith(`${short} `) ? 'words after it' : 'words before it'}`, `${r.file.split('/').pop()} | ${short} | ${long}`, r.file);
    }
  }
}
tally.print('pairs of officials of one article whose names sit one inside the other', { top: 10 });
