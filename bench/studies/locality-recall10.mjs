#!/usr/bin/env node
// Round 10 (recall by review): the draw of the locality recall sample, and the forms behind its misses counted in
// corpus/real with the locality `vnreport extract` chose for each (needs a JSONL of extract over corpus/real):
//   opening  a lead sentence whose venue "tại …" follows two or more comma phrases ("Như tin đã đưa, sáng 28-5, tại
//            trụ sở UBND xã H'Ra, huyện Mang Yang (Gia Lai), Tòa án nhân dân tỉnh Gia Lai …"), by the first phrase;
//   receive  a central leader receiving a province's delegation ("Phó Thủ tướng … tiếp Đoàn … Cà Mau", "gặp mặt Đoàn
//            đại biểu … tỉnh Lạng Sơn"), by the verb and whether Hà Nội is named.
//   node bench/studies/locality-recall10.mjs --draw                 (the 30 files of the sample, seed 100)
//   node bench/studies/locality-recall10.mjs OUT.jsonl [--examples N] [--form opening|receive]
import fs from 'node:fs';
import path from 'node:path';
import { readReal, readFlags, random, tallies, oneLine, shared } from './lib.mjs';

const flags = readFlags();
const real = readReal();

// The sample: 15 "portal-like" articles (a dated lead with "tại" and a body named) and 15 of the rest, seed 100
const PORTAL_LEAD = /^(?:[^\n]{0,40}[-–]\s*)?(Sáng|Chiều|Tối|Trưa|Ngày|Sáng nay|Chiều nay|Tối nay|Đêm)\s*(ngày\s*)?\d{1,2}[/-]\d{1,2}\b[^\n]{0,200}?\btại\b/mu;
const BODY = /\b(UBND|BĐBP|Bộ CHQS|Bộ Chỉ huy Quân sự|Đồn Biên phòng|Bộ đội Biên phòng|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Ban CHQS|Đảng ủy|Đảng uỷ|Ủy ban nhân dân|Uỷ ban nhân dân)/u;
if (flags.has('--draw')) {
  const files = fs.readdirSync(path.join(shared, 'corpus', 'real')).filter((f) => /^r\d+\.txt$/.test(f)).sort();
  const portal = [];
  for (const f of files) {
    const t = fs.readFileSync(path.join(shared, 'corpus', 'real', f), 'utf8');
    if (PORTAL_LEAD.test(t.split('\n').slice(1, 2).join('\n')) && BODY.test(t)) portal.push(f);
  }
  const rest = files.filter((f) => !portal.includes(f));
  const rnd = random(100);
  const draw = (list, n) => {
    const a = [...list];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, n).sort();
  };
  console.log(`portal-like ${portal.length}: ${draw(portal, 15).join(' ')}`);
  console.log(`rest ${rest.length}: ${draw(rest, 15).join(' ')}`);
  process.exit(0);
}

const jsonl = process.argv[2];
if (!jsonl || jsonl.startsWith('--')) {
  console.error('usage: node bench/studies/locality-recall10.mjs OUT.jsonl [--examples N] [--form opening|receive] | --draw');
  process.exit(2);
}
const chosen = new Map();
for (const line of fs.readFileSync(jsonl, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  chosen.set(path.basename(r.file), r.locality ? `${r.locality.type} ${r.locality.name}` : 'null');
}
const examples = flags.number('--examples', 4);
const only = flags.value('--form') ?? '';
const [opening, receive] = tallies({ examples });

// the body text's first 600 characters (title line skipped), cut into sentences at ". " before a capital
const leadOf = (a) => a.text.split('\n').slice(1).join(' ').slice(0, 600).split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(0, 3);
const TWO_COMMAS = /^((?:\([^)]{1,30}\)\s*[-–]?\s*)?[^,.]{1,40}),\s*([^,.]{1,40}),\s*(?:[^,.]{1,40},\s*)?[Tt]ại\s/u;
const RECEIVE = /(?<![\p{L}])(tiếp|đón tiếp|gặp mặt|gặp gỡ|tiếp thân mật|thân mật tiếp|tiếp xã giao)\s+(?:các\s+)?(?:[Đđ]oàn|đại biểu|lãnh đạo)\s/u;
const CENTRAL = /Chủ tịch nước|Thủ tướng|Phó Thủ tướng|Chủ tịch Quốc hội|Phó Chủ tịch (?:Thường trực )?Quốc hội|Tổng Bí thư|Phó Chủ tịch nước|Bộ trưởng|Trụ sở Chính phủ|Nhà Quốc hội|Phủ Chủ tịch/u;
for (const a of real) {
  const file = path.basename(a.file);
  const sentences = leadOf(a);
  for (const s of sentences) {
    const m = TWO_COMMAS.exec(s);
    if (m) {
      opening.add(`first phrase: ${/\d/.test(m[1]) ? 'a day or time' : oneLine(m[1]).slice(0, 25)}`, `${file} → ${chosen.get(file)}: ${oneLine(s).slice(0, 230)}`, file);
      break;
    }
  }
  const lead = sentences[0] ?? '';
  const r = RECEIVE.exec(lead);
  if (r && CENTRAL.test(lead.slice(0, r.index + 10))) {
    const hanoi = /Hà Nội/u.test(lead) ? 'Hà Nội named' : 'no Hà Nội';
    const got = chosen.get(file) === 'null' ? 'null chosen' : 'a unit chosen';
    receive.add(`${got}, ${hanoi} in the first sentence`, `${file} → ${chosen.get(file)}: ${oneLine(lead).slice(0, 230)}`, file);
  }
}
console.log(`opening: ${[...opening.entries.values()].reduce((n, e) => n + e.n, 0)} sentences`);
if (!only || only === 'opening') opening.print('Lead sentences whose venue "tại" follows two or more comma phrases', { top: 12 });
if (!only || only === 'receive') receive.print('A central leader receiving a delegation named with a province', { top: 12 });
