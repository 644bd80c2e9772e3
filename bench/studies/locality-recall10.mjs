#!/usr/bin/env node
// Round 10 (recall by review): the draw of the locality recall sample, and the forms behind its misses counted in
// corpus/real with the locality `vnreport extract` chose for each (needs a JSONL of extract over corpus/real):
//   opening  a lead sentence whose venue "tại …" follows two or more comma phrases ("Như tin đã đưa, sáng 28-5, tại
//            trụ sở UBND xã H'Ra, huyện Mang Yang (Gia Lai), Tòa án nhân dân tỉnh Gia Lai …"), by the first phrase;
//   receive  a central leader receiving a province's delegation ("Phó Thủ tướng … tiếp Đoàn … Cà Mau", "gặp mặt Đoàn
//            đại biểu … tỉnh Lạng Sơn"), by the locality chosen and whether Hà Nội is named;
//   institution  a lead that sets its event "tại"/"ở" an institution whose name ends with a province named bare ("ngày
//            quốc tế thiếu nhi tại Bệnh viện Sản - Nhi Nghệ An", "tại Nhà hát TP Hà Nội"), by the institution's first word
//            and the locality chosen (the rules read no province that ends an organisation's name).
//   node bench/studies/locality-recall10.mjs --draw                 (the 30 files of the sample, seed 100)
//   node bench/studies/locality-recall10.mjs OUT.jsonl [--examples N] [--form opening|receive|institution]
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
  console.error('usage: node bench/studies/locality-recall10.mjs OUT.jsonl [--examples N] [--form opening|receive|institution] | --draw');
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
const [opening, receive, institution] = tallies({ examples });

// the body text's first 600 characters (title line skipped), cut into sentences at ". " before a capital
const leadOf = (a) => a.text.split('\n').slice(1).join(' ').slice(0, 600).split(/(?<=[.!?])\s+(?=\p{Lu})/u).slice(0, 3);
const TWO_COMMAS = /^((?:\([^)]{1,30}\)\s*[-–]?\s*)?[^,.]{1,40}),\s*([^,.]{1,40}),\s*(?:[^,.]{1,40},\s*)?[Tt]ại\s/u;
const RECEIVE = /(?<![\p{L}])(tiếp|đón tiếp|gặp mặt|gặp gỡ|tiếp thân mật|thân mật tiếp|tiếp xã giao)\s+(?:các\s+)?(?:[Đđ]oàn|đại biểu|lãnh đạo)\s/u;
const CENTRAL = /Chủ tịch nước|Thủ tướng|Phó Thủ tướng|Chủ tịch Quốc hội|Phó Chủ tịch (?:Thường trực )?Quốc hội|Tổng Bí thư|Phó Chủ tịch nước|Bộ trưởng|Trụ sở Chính phủ|Nhà Quốc hội|Phủ Chủ tịch/u;
// the 63 provinces of the list before 2025 (lib.mjs's loadGazetteer reads an older gazetteer format)
const PROVINCES = `Hà Nội,Hà Giang,Cao Bằng,Bắc Kạn,Tuyên Quang,Lào Cai,Điện Biên,Lai Châu,Sơn La,Yên Bái,Hòa Bình,Thái Nguyên,Lạng Sơn,
Quảng Ninh,Bắc Giang,Phú Thọ,Vĩnh Phúc,Bắc Ninh,Hải Dương,Hải Phòng,Hưng Yên,Thái Bình,Hà Nam,Nam Định,Ninh Bình,Thanh Hóa,Nghệ An,
Hà Tĩnh,Quảng Bình,Quảng Trị,Thừa Thiên Huế,Đà Nẵng,Quảng Nam,Quảng Ngãi,Bình Định,Phú Yên,Khánh Hòa,Ninh Thuận,Bình Thuận,Kon Tum,
Gia Lai,Đắk Lắk,Đắk Nông,Lâm Đồng,Bình Phước,Tây Ninh,Bình Dương,Đồng Nai,Bà Rịa - Vũng Tàu,Hồ Chí Minh,Long An,Tiền Giang,Bến Tre,
Trà Vinh,Vĩnh Long,Đồng Tháp,An Giang,Kiên Giang,Cần Thơ,Hậu Giang,Sóc Trăng,Bạc Liêu,Cà Mau`.split(/,\s*/);
const NAMES = [...PROVINCES, 'TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Thừa Thiên - Huế', 'Huế', 'Sài Gòn'].sort((a, b) => b.length - a.length);
const INSTITUTION_WORDS = 'Bệnh viện|BV|Trường|Đại học|Học viện|Trung tâm|Nhà văn hóa|Nhà văn hoá|Cung văn hóa|Nhà thi đấu|Sân vận động|SVĐ|Bảo tàng|Nhà hát|Khách sạn|Cảng|Sân bay|Trại giam|Nhà máy|Công ty|Chợ';
const INSTITUTION_SUBJECT = new RegExp(`^(?:[^,\\n]{0,40},\\s*)?(?:[^,.;:()\\n]{0,25}\\s)?((?:${INSTITUTION_WORDS})(?:\\s+[^,.;:()\\n]{0,50}?)?)\\s+(${NAMES.map((n) => n.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'u');
const INSTITUTION_SITE = new RegExp(`(?<![\\p{L}])(?:tại|ở)\\s+((?:${INSTITUTION_WORDS})(?:\\s+[^,.;:()\\n]{0,50}?)?)\\s+(${NAMES.map((n) => n.replace(/[.]/g, '\\.')).join('|')})(?![\\p{L}])`, 'u');

for (const a of real) {
  const file = path.basename(a.file);
  const sentences = leadOf(a);
  const first = a.text.split('\n').slice(1, 2).join(' ').slice(0, 500);
  const asSite = INSTITUTION_SITE.exec(first);
  const site = asSite ?? INSTITUTION_SUBJECT.exec(first);
  if (site) {
    const got = chosen.get(file);
    const where = got === 'null' ? 'null' : got.includes(/HCM|Sài Gòn/.test(site[2]) ? 'Hồ Chí Minh' : site[2].replace(/^TP\.? ?/, '').replace('Thừa Thiên - Huế', 'Thừa Thiên Huế')) ? 'that province or a unit of it' : 'another unit';
    institution.add(`${asSite ? 'site' : 'subject'}: ${where} (${site[1].split(/\s+/)[0]})`, `${file} → ${got}: …${oneLine(first.slice(Math.max(0, site.index - 80), site.index + site[0].length + 40))}…`, file);
  }
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
if (!only || only === 'institution') institution.print('Institutions named with a province in the first body line, after "tại"/"ở" (site) or opening it (subject), by the locality chosen', { top: 30 });
