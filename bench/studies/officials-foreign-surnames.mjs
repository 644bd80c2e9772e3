#!/usr/bin/env node
// Corpus study (round 9): officials whose post holds another person's foreign name, and names that open with a
// country. Three forms, from the seed-90 precision draw and round 8's judged errors:
//   - "surname after country": a post holding a country and then one Latin word that ends the capitalised run
//     ("Thủ tướng Anh May", "Tổng thống Pháp Macron", "Tổng thống Nga Putin và người đồng cấp"): that post and that
//     surname are one person's, read into a neighbour's chain;
//   - "Korean name": a post holding a Korean name with a hyphened given name ("Tổng thống Moon Jae-in") that the
//     name reader did not know, so the post went to the next person;
//   - "country in name": a name opening with a one-word country after a rank ("Phó đô đốc Úc David Johnson").
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/officials-foreign-surnames.mjs /tmp/real.jsonl [--examples N]
import fs from 'node:fs';
import { readFlags, Tally } from './lib.mjs';

const flags = readFlags();
const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-foreign-surnames.mjs OUT.jsonl [--examples N]');
  process.exit(2);
}
const examples = flags.number('--examples', 5);
const COUNTRIES = ['Mỹ', 'Anh', 'Pháp', 'Nga', 'Đức', 'Úc', 'Nhật', 'Lào', 'Ý', 'Italy', 'Hàn Quốc', 'Trung Quốc', 'Triều Tiên', 'Thái Lan', 'Philippines', 'Malaysia', 'Singapore', 'Indonesia', 'Thổ Nhĩ Kỳ', 'Qatar', 'Pakistan', 'Pa-ki-xtan'];
const countries = COUNTRIES.join('|');
const surnameAfterCountry = new RegExp(`(?:^|\\s)(${countries}) ([A-Z][a-z]+)(?=$|[\\s,;.)]+(?![A-Z]))`, 'u');
const korean = /\b[A-Z][a-z]+ [A-Z][a-z]{1,4}-[a-z]{1,5}\b/u;
const countryInName = new RegExp(`^(${countries}) [A-Z]`, 'u');
const tally = new Tally({ examples });
let positions = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  const at = r.file.split('/').pop();
  for (const o of r.officials ?? []) {
    if (countryInName.test(o.name)) tally.add('country in name', `${at} | ${o.name} | ${o.text.slice(0, 80)}`, r.file);
    for (const p of o.positions ?? []) {
      positions++;
      if (surnameAfterCountry.test(p)) tally.add('surname after country', `${at} | ${o.name} | ${p.slice(0, 100)}`, r.file);
      else if (korean.test(p)) tally.add('Korean name', `${at} | ${o.name} | ${p.slice(0, 100)}`, r.file);
    }
  }
}
tally.print(`${positions} positions; posts holding a foreign person's name, and names opening with a country`, { top: 20 });
