#!/usr/bin/env node
// Corpus study: the places next to an official's name where a post is written but `vnreport extract` reads none.
// For every official the run reports, each mention of the name in the article is looked at: what follows it
// (", X", " - X", " – X", "(X") and what stands right before it (a capitalised phrase ending at the name, or at the rank
// before it). A slot is "read" when one of the official's positions starts (after) or ends (before) there; the
// unread slots are tallied by their first two words, with examples. Also counted: names after "ông/bà/đồng chí" or a
// rank followed by ", Capitalised …" that the run reports as no official at all.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/officials-unread-posts.mjs /tmp/real.jsonl [--examples N] [--top N] [--only after|before|missed]
import fs from 'node:fs';
import path from 'node:path';
import { Tally, fold, readReal } from './lib.mjs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const flag = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
if (!file) {
  console.error('usage: officials-unread-posts.mjs OUT.jsonl [--examples N] [--top N] [--only after|before|missed]');
  process.exit(2);
}
const examples = Number(flag('examples', 2));
const top = Number(flag('top', 40));
const only = flag('only', null);

const records = new Map();
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  records.set(path.basename(String(r.file)), r);
}

const RANK = /(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s*$/iu;
const HONORIFIC = /(?:^|[^\p{L}])(?:ông|bà|đồng chí|Ông|Bà|Đồng chí|đ\/c|Đ\/c)\s*$/u;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const head = (s, n) => s.split(/\s+/).slice(0, n).join(' ');

const tallies = { after: new Tally({ examples }), before: new Tally({ examples }), missed: new Tally({ examples }) };
let officials = 0;
let mentions = 0;
for (const a of readReal()) {
  const r = records.get(a.file);
  if (!r || !Array.isArray(r.officials)) continue;
  const text = a.text;
  const found = new Set(r.officials.map((o) => fold(o.name)));
  for (const o of r.officials) {
    officials++;
    const posts = o.positions.map((p) => fold(p));
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escape(o.name)}(?![\\p{L}\\p{M}])`, 'gu'))) {
      mentions++;
      const end = m.index + o.name.length;
      const after = text.slice(end, end + 90).split('\n')[0];
      const sep = /^\s*([,(]|\s[-–]\s)\s*(?=\p{Lu})/u.exec(after) ?? /^\s*([-–])\s*(?=\p{Lu})/u.exec(after);
      if (sep) {
        const rest = after.slice(sep[0].length);
        const read = posts.some((p) => fold(rest).startsWith(p.slice(0, Math.min(p.length, 12))));
        if (!read) tallies.after.add(`${sep[1].trim()} ${head(rest, 2)}`, `${a.file}: …${oneLine(text.slice(Math.max(0, m.index - 40), end))}⟦${oneLine(after.slice(0, 70))}⟧`, a.file);
      }
      let lead = text.slice(Math.max(0, m.index - 90), m.index).split('\n').pop();
      const rank = RANK.exec(lead);
      if (rank) lead = lead.slice(0, rank.index);
      lead = lead.replace(/[,\s]+$/u, ' ');
      const before = /((?:\p{Lu}[\p{L}\p{M}.&-]*\s+)(?:[\p{L}\p{M}.&()-]+\s+){0,10})$/u.exec(lead);
      if (before && !HONORIFIC.test(lead)) {
        const phrase = before[1].trim();
        const read = posts.some((p) => fold(phrase).endsWith(p.slice(-Math.min(p.length, 10))));
        if (!read && /^(?:Phó|Tổng|Chủ|Giám|Trưởng|Bí|Ủy|Uỷ|Thứ|Bộ|Chánh|Tư|Chính|Tham|Cục|Vụ|Viện|Hiệu|Đội|Chỉ|Thủ|Đại|Nguyên|nguyên|Thị|Thống|Ngoại)/u.test(phrase))
          tallies.before.add(head(phrase, 3), `${a.file}: ⟦${oneLine(phrase).slice(-70)}⟧ ${o.rank ? `${o.rank} ` : ''}${o.name}`, a.file);
      }
    }
  }
  // a name after an honorific or a rank with ", Capitalised" after it, that is no official of the record
  for (const m of text.matchAll(/(?:(?:ông|bà|đồng chí|Ông|Bà|Đồng chí)\s+|(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\s+)((?:\p{Lu}[\p{Ll}\p{M}]*\s){1,4}\p{Lu}[\p{Ll}\p{M}]*)\s*(,|\s[-–])\s*(\p{Lu}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+){0,5})/gu)) {
    if (found.has(fold(m[1]))) continue;
    tallies.missed.add(`${m[2].trim()} ${head(m[3], 2)}`, `${a.file}: ${oneLine(m[0]).slice(0, 110)}`, a.file);
  }
}

console.log(`# Unread post slots next to ${officials} officials (${mentions} mentions of their names) in ${file}`);
const show = (key, title) => {
  if (only && only !== key) return;
  const rows = tallies[key].sorted();
  console.log(`\n## ${title}  (total ${tallies[key].total()}, ${rows.length} forms, top ${top})`);
  for (const e of rows.slice(0, top)) {
    console.log(`${String(e.n).padStart(6)} ${String(e.articles.size).padStart(4)}f  ${e.key}`);
    for (const x of e.examples) console.log(`              e.g. ${x.text}`);
  }
};
show('after', 'after the name: a separator and a capitalised phrase that starts none of the official\'s positions');
show('before', 'before the name (or its rank): a title-like capitalised phrase that ends none of the official\'s positions');
show('missed', 'after "ông/bà/đồng chí" or a rank, a name with ", Capitalised …" that is no official of the record');
