// Round 17: closing credits in sentence case with no "Theo" ("… trên Biển Đông. Dân trí"), which the credit reader took
// for an outlet whatever they said ("Bấm xem ngay", "Mong lắm thay!", "Còn nữa", a word cut off at a stored page's end).
// For each record whose author came from the rule author-theo while the article's last 400 characters hold neither
// "Theo" nor "Nguồn", the author and the article's last two lines, grouped as the round's reader groups them: an outlet
// or desk of SENTENCE_CASE_OUTLETS, a two-syllable name typed in lower case ("Sỹ lực"), or neither.
// Usage: node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > real.jsonl && node bench/studies/round17-author.mjs real.jsonl
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, extractRecordsArg, root } from './lib.mjs';

const { SENTENCE_CASE_OUTLETS } = await builtModule('lexicon/bylines.js');
const outlets = new Set(SENTENCE_CASE_OUTLETS.map((o) => o.toLowerCase()));
const records = extractRecordsArg('node bench/studies/round17-author.mjs <extract output .jsonl>');
const groups = new Map();
for (const r of records.values()) {
  if (r.sources?.author?.rule !== 'author-theo') continue;
  const tail = fs.readFileSync(path.resolve(root, r.file), 'utf8').slice(-400);
  if (/[Tt]heo\s|Nguồn/u.test(tail)) continue;
  const kind = outlets.has(r.author.toLowerCase()) ? 'sentence-case outlet' : /^\p{Lu}\p{Ll}*\s\p{Ll}+$/u.test(r.author) ? 'two syllables, the second in lower case' : 'neither';
  const list = groups.get(kind) ?? [];
  list.push(`${r.file.split('/').pop()}: ${r.author} | ${tail.trim().split('\n').slice(-2).join(' / ').slice(-90)}`);
  groups.set(kind, list);
}
for (const [kind, list] of groups) {
  console.log(`${kind}: ${list.length}`);
  for (const e of list) console.log(`  ${e}`);
}
