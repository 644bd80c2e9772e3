#!/usr/bin/env node
// Corpus study (round 10): a post written after a bracket that follows a person's name: "ĐB Hoàng Thị Thu Trang (Nghệ
// An), Phó Cục trưởng Cục Thi hành án dân sự tỉnh Nghệ An", "ĐBQH Bùi Thu Hằng (đoàn Hòa Bình), Phó Giám đốc sở Y tế",
// "ông Nguyễn Văn A (bên phải), Giám đốc …". Finds in the text "<Name> (<…>)<, or dash> <title of POSITION_TITLES>"
// for every name an `extract` run holds among its officials, counts the forms by what the bracket holds (a place or
// delegation, a birth year or age, a photo side, other) and by whether the run's positions for that person hold the
// post after the bracket; prints examples.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/officials-bracketed-posts.mjs /tmp/real.jsonl [--examples N] [--list read|unread]
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, Tally, lexiconStrings, fold, shared, oneLine } from './lib.mjs';

const flags = readFlags();
const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-bracketed-posts.mjs OUT.jsonl [--examples N] [--list read|unread]');
  process.exit(2);
}
const examples = flags.number('--examples', 3);
const list = flags.value('--list');
const titles = [...new Set(lexiconStrings('POSITION_TITLES').filter((t) => /^\p{Lu}/u.test(t)))].sort((a, b) => b.length - a.length);
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const titleAlt = titles.map(esc).join('|');

function bracketKind(inside) {
  const s = inside.trim();
  if (/^(?:sinh năm|SN|\d{1,3} tuổi|\d{4})\b/iu.test(s) || /tuổi/u.test(s)) return 'birth year or age';
  if (/^(?:bên|thứ|người|đứng|ngồi|giữa|trái|phải|ảnh)/iu.test(s)) return 'photo side';
  if (/^(?:đoàn|Đoàn|ĐB|đơn vị)/u.test(s)) return 'delegation';
  if (/^\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*(?:[,-–] ?\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*)*$/u.test(s) || /^(?:quận|huyện|tỉnh|xã|phường|TP|thành phố|thị xã|thị trấn|Q\.|H\.)/u.test(s)) return 'place';
  return 'other';
}

const tally = new Tally({ examples });
const listed = [];
let forms = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  if (!r.officials?.length) continue;
  const name = path.basename(r.file);
  const text = fs.readFileSync(path.join(shared, 'corpus', 'real', name), 'utf8').normalize('NFC');
  for (const o of r.officials) {
    if (!o.name) continue;
    const re = new RegExp(`${esc(o.name)}\\s*\\(([^()\\n]{1,60})\\)\\s*(?:,|[-–]\\s)\\s*(${titleAlt})(?![\\p{L}\\p{M}])([^.;:\\n]{0,60})`, 'gu');
    for (const m of text.matchAll(re)) {
      forms++;
      const post = m[2] + m[3];
      const key = fold(post.split(/[,;]/u)[0]).split(' ').slice(0, 3).join(' ');
      const read = (o.positions ?? []).some((p) => fold(p).startsWith(key));
      const kind = `${bracketKind(m[1])}: post ${read ? 'read' : 'not read'}`;
      const ex = `${name} | ${o.name} (${m[1]}), ${oneLine(post).slice(0, 70)} | run: ${(o.positions ?? []).join(' ; ').slice(0, 80)}`;
      tally.add(kind, ex, name);
      if (list === (read ? 'read' : 'unread')) listed.push(ex);
    }
  }
}
tally.print(`${forms} "<Name> (…), <title>" forms after an official's name in ${file}`, { top: 20 });
if (list) for (const l of listed) console.log(l);
