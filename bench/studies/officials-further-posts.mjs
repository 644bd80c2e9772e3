#!/usr/bin/env node
// Corpus study (round 5): how corpus/real states a further post of a person the run already reports, and which of
// those posts an `extract` run misses. Sections:
//   anaphor  "đồng chí/ông/bà + post" with no name after it ("Đồng chí Thứ trưởng Bộ Quốc phòng yêu cầu …"): by
//            honorific, whether it opens a clause and acts (a verb right after the post), and whether an official of
//            the record already holds a post it starts
//   links    a post after a linking word ("đồng thời là", "nay là", "hiện là", "kiêm", "giữ chức", "trên cương vị",
//            "là"): read (an official's position starts with it) or not
//   titles   post heads the title lexicon lacks ("Phó phòng", "Phó khoa", "Phó Tổng Thanh tra", "cựu + title")
//   names    names the NOT_OFFICIALS list matches only once tones are folded away ("Phạm Văn Đông" ≠ "Phạm Văn Đồng")
//   glued    names and posts of the run with a word glued to the next sentence ("Bùi Quang VinhTrả lời", "Quốc
//            hộiĐiển hình"): a lower-case letter then a capital inside a word with Vietnamese letters
//   place    positions of the run where a lower-case word follows a place's name (two capitalised syllables of the
//            national list), by that word: a unit type goes on the post ("huyện Tân Uyên, tỉnh Lai Châu"), anything
//            else is a clause run on ("… huyện Hiệp Đức xung quanh tin đồn", "… tỉnh Khánh Hòa nghiêm túc kiểm điểm")
//   pairs    two-word names of the run with Vietnamese letters, by name: places, continents and ministries read as a
//            surname and a given name show up here ("Châu Á", "Từ Liêm", "Công Thương", "Văn Đồng" of "Phạm Văn Đồng")
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/officials-further-posts.mjs /tmp/real.jsonl [--examples N] [--only SECTION]
import fs from 'node:fs';
import path from 'node:path';
import { fold, key, lexiconStrings, loadGazetteer, oneLine, readFlags, readReal, Tally } from './lib.mjs';

const flags = readFlags();
const file = process.argv.slice(2).find((a) => !a.startsWith('--') && !/^\d+$/.test(a) && a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-further-posts.mjs OUT.jsonl [--examples N] [--only anaphor|links|titles|names|glued|pairs|place]');
  process.exit(2);
}
const examples = flags.number('--examples', 3);
const only = flags.value('--only');

const records = new Map();
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  records.set(path.basename(String(r.file)), r);
}

const HEADS =
  '(?:nguyên |Nguyên |cựu |Cựu |Quyền )?(?:Phó |phó |Tổng |tổng )?(?:Thứ trưởng|Bộ trưởng|Chủ tịch|Bí thư|Giám đốc|Chính ủy|Tư lệnh|Chủ nhiệm|Tham mưu trưởng|Chỉ huy trưởng|Trưởng [Bb]an|Cục trưởng|Vụ trưởng|Viện trưởng|Hiệu trưởng|Thủ tướng|Tổng cục trưởng|Trưởng đoàn|Đại sứ|Thống đốc|Chánh án|Trưởng phòng|Tổng [Gg]iám đốc|Ủy viên|Thành viên)';
const CLAUSE_VERBS = lexiconStrings('CLAUSE_VERBS').sort((a, b) => b.length - a.length);
const snippet = (text, at, before = 70, after = 110) => oneLine(text.slice(Math.max(0, at - before), at + after));
const tallies = {
  anaphor: new Tally({ examples }),
  links: new Tally({ examples }),
  titles: new Tally({ examples }),
  names: new Tally({ examples }),
  glued: new Tally({ examples }),
  pairs: new Tally({ examples }),
  place: new Tally({ examples }),
};
const gazetteer = loadGazetteer();
const placeNamed = (words) => words.length === 2 && words.every((w) => /^\p{Lu}/u.test(w)) && (gazetteer.byKey.get(key(words.join(' '))) ?? []).length > 0;
const gluedWord = (s) => s.split(/\s+/).some((w) => /[^\x00-\x7f]/u.test(w) && /\p{Ll}\p{Lu}/u.test(w));

const anaphor = new RegExp(`(?<![\\p{L}])(đồng chí|Đồng chí|đ/c|Đ/c|ông|Ông|bà|Bà)\\s+(${HEADS}[^.;:!?\\n]{0,80})`, 'gu');
const LINKS = ['đồng thời là', 'nay là', 'hiện là', 'hiện nay là', 'cũng là', 'kiêm', 'giữ chức vụ', 'giữ chức', 'trên cương vị', 'với cương vị', 'từng là', 'là'];
const links = new RegExp(`(?<![\\p{L}])(${LINKS.join('|')})\\s+(${HEADS}(?:\\s+[\\p{L}\\p{M}&.-]+){0,4})`, 'gu');
const TITLES = {
  'Phó phòng': /(?<![\p{L}])[Pp]hó [Pp]hòng(?![\p{L}])/gu,
  'Phó khoa': /(?<![\p{L}])[Pp]hó [Kk]hoa(?![\p{L}])/gu,
  'Phó Tổng Thanh tra': /(?<![\p{L}])Phó [Tt]ổng [Tt]hanh tra(?![\p{L}])/gu,
  'cựu + title': new RegExp(`(?<![\\p{L}])[Cc]ựu ${HEADS.replace('(?:nguyên |Nguyên |cựu |Cựu |Quyền )?', '')}`, 'gu'),
};
const notOfficials = lexiconStrings('NOT_OFFICIALS');
const stripMarks = (s) => fold(s).normalize('NFD').replace(/\p{M}/gu, '');

for (const a of readReal()) {
  const r = records.get(a.file);
  if (!r) continue;
  const officials = Array.isArray(r.officials) ? r.officials : [];
  const posts = officials.flatMap((o) => o.positions.map((p) => fold(p)));
  for (const o of officials) {
    if (o.name.split(' ').length === 2 && /[^\x00-\x7f]/u.test(o.name)) tallies.pairs.add(o.name, `${a.file}: ${oneLine(o.text ?? '').slice(0, 100)}`, a.file);
    for (const p of o.positions) {
      const ws = p.replace(/[,()]/gu, ' ').split(/\s+/u);
      for (let i = 2; i < ws.length; i++) if (/^\p{Ll}/u.test(ws[i]) && placeNamed(ws.slice(i - 2, i))) tallies.place.add(ws[i], `${a.file}: ${o.name} — ${p}`, a.file);
    }
    if (gluedWord(o.name)) tallies.glued.add('in the name', `${a.file}: ${o.name}`, a.file);
    for (const p of o.positions) if (gluedWord(p)) tallies.glued.add('in a position', `${a.file}: ${o.name} — ${p}`, a.file);
  }
  for (const m of a.text.matchAll(anaphor)) {
    if (officials.some((o) => m[2].includes(o.name))) continue; // a name follows: an ordinary mention
    const before = a.text.slice(Math.max(0, m.index - 3), m.index);
    const opens = /(?:^|[.!?\n]\s*|,\s*)$/u.test(before) || m.index === 0;
    const acts = CLAUSE_VERBS.some((v) => new RegExp(`^[^,.;]{3,70}?\\s${v}(?![\\p{L}])`, 'u').test(m[2]));
    const held = posts.some((p) => p.startsWith(fold(m[2]).split(/\s+/).slice(0, 2).join(' ')));
    tallies.anaphor.add(`${m[1].toLowerCase()} | ${opens ? 'opens a clause' : 'inside a clause'} | ${acts ? 'acts' : 'no verb'} | ${held ? 'post held' : 'post not held'}`, `${a.file}: …${snippet(a.text, m.index)}`, a.file);
  }
  for (const m of a.text.matchAll(links)) {
    const read = posts.some((p) => fold(m[2]).startsWith(p.slice(0, 14)) || p.startsWith(fold(m[2]).slice(0, 14)));
    tallies.links.add(`${m[1]} | ${read ? 'read' : 'not read'}`, `${a.file}: …${snippet(a.text, m.index)}`, a.file);
  }
  for (const [k, re] of Object.entries(TITLES)) for (const m of a.text.matchAll(re)) tallies.titles.add(k, `${a.file}: …${snippet(a.text, m.index, 60, 90)}`, a.file);
  for (const m of a.text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,3})(?![\p{L}\p{M}])/gu)) {
    const hit = notOfficials.find((n) => n !== m[1] && stripMarks(n) === stripMarks(m[1]));
    if (hit) tallies.names.add(`${m[1]} (≠ ${hit})`, `${a.file}: …${snippet(a.text, m.index, 50, 80)}`, a.file);
  }
}

console.log(`# Further posts of officials, from ${file}`);
for (const [key, tally] of Object.entries(tallies)) {
  if (only && only !== key) continue;
  const rows = tally.sorted();
  console.log(`\n## ${key}  (total ${tally.total()}, ${rows.length} forms)`);
  for (const e of rows.slice(0, flags.top)) {
    console.log(`${String(e.n).padStart(6)} ${String(e.articles.size).padStart(4)}f  ${e.key}`);
    for (const x of e.examples) console.log(`              e.g. ${x.text}`);
  }
}
