#!/usr/bin/env node
// Corpus study (round 14, officials and locality): how corpus/real, dev and the audit sets write the forms of this
// round's misses.
//   units   a unit word and a capitalised run that opens with a place's name and goes on with a name ("UBND tỉnh Hồ Văn
//           Mười", "UBND TP Hà Nội Nguyễn Đức Chung"): by whether the place is a unit of the word's level (tỉnh: a
//           province; huyện, quận, thị xã: a district; xã, phường, thị trấn: a commune; thành phố: either)
//   heading "các (đồng chí) <title> <Name>, <Name>…" and "các <title>: <Name>, <Name>": a list headed by a shared post
//           with no colon, or with "các" and no "đồng chí", by its form
//   abbrev  abbreviated posts before a name ("BT Đảng ủy", "CT HĐND xã", "ĐUV", "CT.Hội CCB"), by abbreviation
//   stamps  a page's details alone on a line above the body: a date after the weekday ("Thứ 5, 17/05/2018 | 14:49:49")
//           and a count of views ("4,344 lượt xem"), which the locality's lead must skip; menu lines (in capitals, or
//           short with lower-case words after the first: "VĂN BẢN PHÁP QUY", "Xin ý kiến về giao diện mới")
//   heads   the first two lines (a headline, or a lead when the page's headline sits lower): a district's bare name tagging
//           it ("Thanh Chương: UBND xã Thanh Hương …"), and a district named before a commune of it ("Chủ tịch huyện Đông
//           Giang đối thoại … với Nhân dân xã Tà Lu")
//   elected a name, adverbs and an election before a post ("… tiếp tục được tín nhiệm bầu giữ chức Chủ tịch …")
//   abroad  in the first three lines, a unit word and a capitalised name no unit of the national list has, after "tại"
//           or "ở" ("tại Ty Cảnh sát tỉnh Svayrieng"): by whether a listed unit follows within 60 characters (its chain)
//   givers  a sentence whose subject is a province's body left unnamed ("Chủ tịch UBND tỉnh tặng … cho …") naming
//           typed units after its verb, by whether those units lie in one province
// Audit sets are read when their folders exist (/tmp/a2all, /tmp/a3all, /work/extra/*); never the blind set.
//   node bench/studies/round14-offloc.mjs [--only units|heading|abbrev|stamps|heads|elected|abroad|givers] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, readDev, readFlags, readReal, snippet, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const only = flags.value('--only');
const { gazetteer } = await builtModule('gazetteer/index.js');
const { isSurname } = await builtModule('dimensions/people/index.js');

const audits = ['/tmp/a2all', '/tmp/a3all', '/work/extra/portal', '/work/extra/army', '/work/extra/reports'].filter((d) => fs.existsSync(d));
const sets = [
  ['real', readReal()],
  ['dev', readDev()],
  ...audits.map((d) => [
    `audit:${path.basename(d)}`,
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ file: f, text: fs.readFileSync(path.join(d, f), 'utf8').normalize('NFC') })),
  ]),
];

const LEVELS = {
  tỉnh: ['province'], huyện: ['district'], quận: ['district'], 'thị xã': ['district'], TX: ['district'],
  xã: ['commune'], phường: ['commune'], 'thị trấn': ['commune'], TT: ['commune'],
  'thành phố': ['province', 'district'], TP: ['province', 'district'],
};
const CAP = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const UNIT_RUN = new RegExp(`(?<![\\p{L}])(tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|thành phố|TP|TX|TT)\\.? ((?:${CAP} ){2,6}${CAP})`, 'gu');
const HEADING = new RegExp(`\\b[cC]ác (đồng chí |đ\\/c )?((?:Phó |Ủy viên |Uỷ viên )?(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Thứ trưởng|Bộ trưởng|Tỉnh ủy viên)[^,.;:]{0,40}?)(:?) (${CAP} ${CAP}(?: ${CAP}){0,2}), (${CAP} ${CAP})`, 'gu');
const ABBREV = new RegExp(`(?<![\\p{L}.])(BT|PBT|CT|PCT|ĐUV|TUV|HUV|UVBTV|UVBCH|BCH|CT\\.|PCT\\.)[ .]?(Đảng ủy|Đảng uỷ|HĐND|UBND|Hội|MTTQ|UBMTTQ|Huyện ủy|Tỉnh ủy|,)?[^.;]{0,30}? (${CAP} ${CAP}(?: ${CAP})?)`, 'gu');

const STAMP = /^\s*(?:(?:Thứ\s+(?:\d|hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật)\s*,?\s*\d{1,2}\/\d{1,2}\/\d{2,4}.*|[\d.,]+\s+lượt\s+xem\s*)$/iu;
const GIVER = /(?:^|[,.]\s*)(?:Chủ tịch\s+)?(?:UBND|HĐND|Ủy ban nhân dân|Tỉnh ủy)\s+tỉnh\s+(?:đã\s+|vừa\s+)?(?:tặng|trao|trao tặng|khen thưởng)(?![\p{L}])([^.]*)/gu;
const TYPED = /(?<![\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã) ((?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})/gu;
const units = new Tally({ examples });
const stamps = new Tally({ examples });
const givers = new Tally({ examples });
const heads = new Tally({ examples });
const elected = new Tally({ examples });
const abroad = new Tally({ examples });
const ABROAD = /(?<![\p{L}])(?:tại|ở)\s+[^,.;:()\n]{0,40}?(?<![\p{L}])(tỉnh|thành phố|huyện|quận|xã|phường) ((?:\p{Lu}[\p{Ll}\p{M}-]*)(?: \p{Lu}[\p{Ll}\p{M}-]*){0,3})/gu;
const ELECTED = /\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){0,2} ((?:(?:đã|vừa|tiếp tục) )*được (?:tín nhiệm )?bầu(?: lại)? (?:giữ chức|làm)) \p{Lu}/gu;
const TAG = /^\s*(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})\s*:/u;
const heading = new Tally({ examples });
const abbrev = new Tally({ examples });
for (const [label, articles] of sets) {
  for (const a of articles) {
    const id = `${label}/${a.file}`;
    if (!only || only === 'units') {
      for (const m of a.text.matchAll(UNIT_RUN)) {
        const words = m[2].split(' ');
        const type = m[1];
        for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
          const place = words.slice(0, n).join(' ');
          if (!gazetteer().isPlaceName(place) || !isSurname(words[n])) continue;
          const fits = gazetteer().named(place).some((u) => LEVELS[type].includes(u.level));
          units.add(`${label}: place ${fits ? "of the word's level" : "of another level only"}${isSurname(words[0]) ? ", run opens with a surname" : ""}`, `${id} | ${snippet(a.text, m.index, m.index + m[0].length, 90)}`, id);
          break;
        }
      }
    }
    if (!only || only === 'heading') {
      for (const m of a.text.matchAll(HEADING)) {
        heading.add(`${label}: các ${m[1] ? 'đồng chí ' : ''}<title>${m[3] ? ':' : ''} A, B`, `${id} | ${snippet(a.text, m.index, m.index + m[0].length, 120)}`, id);
      }
    }
    if (!only || only === 'stamps') {
      for (const line of a.text.split('\n').slice(0, 12)) {
        const m = STAMP.exec(line);
        const words = line.trim().split(/\s+/u);
        if (!m && /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line) && !/\d/u.test(line) && words.length >= 2) stamps.add(`${label}: a line in capitals`, `${id} | ${line.trim().slice(0, 80)}`, id);
        else if (!m && words.length >= 3 && words.length <= 8 && !/[\d.!?…:;,]/u.test(line) && words.slice(1).every((w) => !/^\p{Lu}/u.test(w))) stamps.add(`${label}: a short line, lower case after the first word`, `${id} | ${line.trim().slice(0, 80)}`, id);
        if (m) stamps.add(`${label}: ${/lượt xem/u.test(line) ? 'views' : 'weekday stamp'}${line.trim().length > 50 ? ', long' : ''}`, `${id} | ${line.trim().slice(0, 80)}`, id);
      }
    }
    if (!only || only === 'heads') {
      for (const line of a.text.split('\n').filter((l) => l.trim()).slice(0, 2)) {
        const tag = TAG.exec(line);
        const districts = tag && !gazetteer().provinceNamed(tag[1]) ? gazetteer().named(tag[1]).filter((u) => u.level === 'district') : [];
        if (districts.length) heads.add(`${label}: a district's bare name tags the line`, `${id} | ${line.trim().slice(0, 100)}`, id);
        const typed = [...line.matchAll(TYPED)].map((u) => ({ u, units: gazetteer().named(u[2]).filter((x) => x.type === u[1]) }));
        for (let k = 1; k < typed.length; k++) {
          const d = typed[k - 1].units.find((x) => x.level === 'district');
          if (d && typed[k].units.some((x) => x.level === 'commune' && x.parent === d.code)) heads.add(`${label}: a district, then a commune of it`, `${id} | ${line.trim().slice(0, 120)}`, id);
        }
      }
    }
    if (!only || only === 'elected') {
      for (const m of a.text.matchAll(ELECTED)) elected.add(`${label}: ${m[1]}`, `${id} | ${snippet(a.text, m.index, m.index + m[0].length, 110)}`, id);
    }
    if (!only || only === 'abroad') {
      const opening = a.text.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
      for (const m of opening.matchAll(ABROAD)) {
        if (gazetteer().isPlaceName(m[2])) continue;
        const after = opening.slice(m.index + m[0].length, m.index + m[0].length + 60);
        const chained = [...after.matchAll(/\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){1,2}/gu)].some((x) => gazetteer().isPlaceName(x[0]));
        abroad.add(`${label}: ${chained ? 'a listed unit follows' : 'no listed unit follows'}`, `${id} | ${snippet(opening, m.index, m.index + m[0].length, 120)}`, id);
      }
    }
    if (!only || only === 'givers') {
      for (const m of a.text.matchAll(GIVER)) {
        const provinces = new Set();
        for (const u of m[1].matchAll(TYPED)) for (const x of gazetteer().named(u[2])) if (x.type === u[1]) provinces.add(x.province);
        if (!provinces.size) continue;
        givers.add(`${label}: units of ${provinces.size === 1 ? 'one province' : 'several provinces (or a name in several)'}`, `${id} | ${snippet(a.text, m.index, m.index + m[0].length, 140)}`, id);
      }
    }
    if (!only || only === 'abbrev') {
      for (const m of a.text.matchAll(ABBREV)) {
        if (!isSurname(m[3].split(' ')[0])) continue;
        abbrev.add(`${label}: ${m[1]}`, `${id} | ${snippet(a.text, m.index, m.index + m[0].length, 90)}`, id);
      }
    }
  }
}
if (!only || only === 'units') units.print('a unit word, a place, then a name: by whether the place is of the unit word\'s level', { top: 20 });
if (!only || only === 'heading') heading.print('lists headed by a shared post', { top: 20 });
if (!only || only === 'stamps') stamps.print("a page's details alone on a line (first 12 lines)", { top: 20 });
if (!only || only === 'heads') heads.print('the first two lines: a district tag, a district then a commune of it', { top: 20 });
if (!only || only === 'elected') elected.print('an election stated between a name and a post', { top: 20 });
if (!only || only === 'abroad') abroad.print('an unknown unit after "tại"/"ở" in the opening', { top: 20 });
if (!only || only === 'givers') givers.print("a province's unnamed body giving to typed units", { top: 20 });
if (!only || only === 'abbrev') abbrev.print('abbreviated posts before a name', { top: 40 });
