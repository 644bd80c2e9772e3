#!/usr/bin/env node
// Round 11: a district-level unit (huyện, quận, thị xã, district-level city) named WITHOUT its unit word where the
// 2025 portal and army texts name their organiser: after a local body's name or abbreviation ("UBND Đắk Hà", "Công an
// Đắk Hà", "Ban CHQS Đắk Hà", "LĐLĐ Quy Nhơn"), as a headline's tag ("Đắk Hà: …"), or as a dateline ("Đắk Hà, ngày
// …", "ĐẮK HÀ - …"). The engine reads a bare district only right before its province ("Quốc Oai (Hà Nội)"). Counts
// each form in corpus/real and dev, with the province that name would have (unique in the list, or among the
// article's provinces), and, given an `extract` JSONL of corpus/real, the locality the engine chose for the article.
//   node bench/studies/locality-bare-district-r11.mjs [REAL.jsonl] (--examples N)
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer, readReal, readDev, key, tallies, snippet, readFlags } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 6);
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = new Map();
if (jsonl) for (const line of fs.readFileSync(jsonl, 'utf8').split('\n')) if (line) { const r = JSON.parse(line); chosen.set(path.basename(r.file), r.locality); }

const { byKey, provinces } = loadGazetteer();
const provinceKeys = new Set(provinces.map(key));
/** The district-level units a bare name may be: not a province's name, current or older list. */
const districtsOf = (name) => (provinceKeys.has(key(name)) ? [] : (byKey.get(key(name)) ?? []).filter((u) => u.level === 'district'));

const BODY = String.raw`(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Công an|CA|Ban CHQS|Ban Chỉ huy Quân sự|LĐLĐ|Liên đoàn Lao động|Hội Nông dân|Hội LHPN|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh|Hội CCB|MTTQ|Ủy ban MTTQ(?: Việt Nam)?|Phòng GD&ĐT|Phòng Giáo dục và Đào tạo|Trung tâm Y tế|TTYT|Bệnh viện Đa khoa|BVĐK|TAND|VKSND|Tòa án nhân dân|Viện KSND|Chi cục Thuế|Kho bạc Nhà nước|BHXH|Bảo hiểm xã hội|Hội đồng NVQS|Đảng bộ|Hội Chữ thập đỏ|Đài TT-TH|Trung tâm VH-TT|Văn phòng HĐND và UBND)`;
const NAME = String.raw`((?:[A-ZĐÐ\p{Lu}][\p{Ll}\p{M}]*)(?: [\p{Lu}][\p{Ll}\p{M}]*){0,3})`;
const AFTER_BODY = new RegExp(String.raw`(?<![\p{L}])(${BODY}) ${NAME}(?![\p{L}])`, 'gu');
const HEADLINE_TAG = new RegExp(String.raw`^${NAME}\s*:`, 'u');
const DATELINE = new RegExp(String.raw`^\s*(?:\([^()\n]{1,30}\)\s*[-–]?\s*)?${NAME}\s*,\s*ngày\s+\d`, 'u');
const DATELINE_CAPS = /^\s*([A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{1,}){0,3})\s*[-–]\s/u;

const [afterBody, afterBodyChosen, headlineTag, headlineChosen, dateline, datelineChosen] = tallies({ examples });

/** The longest prefix of the capitalised run that is a district name (1–4 words), and its units. */
function longestDistrict(run) {
  const words = run.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const units = districtsOf(name);
    if (units.length) return { name, units, rest: words.slice(n).join(' ') };
  }
  return null;
}
const fmt = (l) => (l ? `${l.type} ${l.name}${l.province && l.province !== l.name ? `, ${l.province}` : ''}` : 'null');
/** What the article's record chose, compared with the bare name's units. */
function verdict(l, units) {
  if (!jsonl) return 'no jsonl';
  if (!l) return 'engine null';
  if (units.some((u) => key(u.name) === key(l.name) && u.province === l.province)) return 'engine: this unit';
  if (units.some((u) => u.province === l.province)) return l.level === 'province' ? "engine: the unit's province" : 'engine: another unit of its province';
  return 'engine: another province';
}

function study(set, articles) {
  for (const a of articles) {
    const id = set === 'real' ? a.file : `dev/${a.file}`;
    const lines = a.text.split('\n').filter((l) => l.trim());
    const head = lines[0] ?? '';
    const lead = lines.slice(1, 4).join('\n');
    const l = set === 'real' ? chosen.get(a.file) : a.expected?.locality;
    for (const m of `${head}\n${lead}`.matchAll(AFTER_BODY)) {
      const hit = longestDistrict(m[2]);
      if (!hit || hit.rest) continue;
      const form = `${m[1]} + district (${hit.units.length > 1 ? 'several units' : 'one unit'})`;
      const s = snippet(`${head}\n${lead}`, m.index, m.index + m[0].length, 120);
      afterBody.add(`${set}: ${form}`, `${id}: ${s}`, id);
      afterBodyChosen.add(`${set}: ${set === 'real' ? verdict(l, hit.units) : 'gold ' + fmt(l)}`, `${id}: ${s} → ${fmt(l)}`, id);
    }
    const tag = HEADLINE_TAG.exec(head);
    const tagHit = tag && longestDistrict(tag[1].trim());
    if (tagHit && !tagHit.rest) {
      headlineTag.add(`${set}: "${tagHit.units.length > 1 ? 'shared name' : 'one unit'}:"`, `${id}: ${head.slice(0, 90)}`, id);
      headlineChosen.add(`${set}: ${set === 'real' ? verdict(l, tagHit.units) : 'gold ' + fmt(l)}`, `${id}: ${head.slice(0, 70)} → ${fmt(l)}`, id);
    }
    for (const line of lines.slice(0, 3)) {
      const d = DATELINE.exec(line) ?? DATELINE_CAPS.exec(line);
      if (!d) continue;
      const name = d[1].trim();
      const units = districtsOf(name);
      const isProvince = provinceKeys.has(key(name));
      if (!units.length && !isProvince) continue;
      const form = `${set}: ${/ngày/u.test(d[0]) ? '"X, ngày"' : '"X -" caps'} ${isProvince ? 'province' : 'district'}`;
      dateline.add(form, `${id}: ${line.slice(0, 100)}`, id);
      datelineChosen.add(`${form}: ${set === 'real' ? (isProvince ? (l ? (key(l.province ?? '') === key(name) ? 'engine: in it' : 'engine: elsewhere') : 'engine null') : verdict(l, units)) : 'gold ' + fmt(l)}`, `${id}: ${line.slice(0, 70)} → ${fmt(l)}`, id);
      break;
    }
  }
}

study('real', readReal(flags.limit));
study('dev', readDev());
afterBody.print('A local body, then a district-level name with no unit word (headline and lead lines)');
afterBodyChosen.print('  … the locality of those articles');
headlineTag.print('Headlines opening with a district-level name as a tag ("Đắk Hà: …")');
headlineChosen.print('  … the locality of those articles');
dateline.print('Datelines naming a district or province (first three lines)');
datelineChosen.print('  … the locality of those articles');
