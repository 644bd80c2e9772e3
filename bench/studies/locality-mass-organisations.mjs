#!/usr/bin/env node
// Round 11: a province's mass organisations and party paper named with the province bare ("Hội Nông dân Bình Định",
// "Hội LHPN Bình Định", "Liên minh HTX Bình Định", "Báo Bình Định"), which 2025 portal texts may write as a lead's
// subject. Counts each organisation word before a province named bare in corpus/real and dev, by whether it opens a
// lead sentence (after an optional time phrase) or stands elsewhere, with the locality `extract` chose for the
// articles whose lead opens with one (from an `extract` JSONL of corpus/real).
//   node bench/studies/locality-mass-organisations.mjs [REAL.jsonl] (--examples N)
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer, readReal, readDev, tallies, snippet, readFlags } from './lib.mjs';

const flags = readFlags();
const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = new Map();
if (jsonl) for (const line of fs.readFileSync(jsonl, 'utf8').split('\n')) if (line) { const r = JSON.parse(line); chosen.set(path.basename(r.file), r.locality); }
const { provinces } = loadGazetteer();
const PROVINCE = [...provinces, 'TP.HCM', 'TP HCM', 'TPHCM'].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.]/g, '\\.')).join('|');
const ORG = String.raw`Hội (?:Nông dân|ND|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Cựu chiến binh|CCB|Chữ thập đỏ|CTĐ|Người cao tuổi|Khuyến học|Luật gia|Nhà báo|Văn học nghệ thuật|VHNT)|Liên minh HTX|Liên minh Hợp tác xã|Báo`;
const FORM = new RegExp(String.raw`(?<![\p{L}])(${ORG}) (?:tỉnh |thành phố |TP\.? )?(${PROVINCE})(?![\p{L}])`, 'gu');
const OPENING = /^\s*(?:\([^()\n]{1,30}\)\s*[-–]?\s*)?(?:[^,\n]{0,40},\s*)?$/u;
const [forms, leads] = tallies({ examples: flags.number('--examples', 5) });
const fmt = (l) => (l ? `${l.type} ${l.name}` : 'null');
function study(set, articles) {
  for (const a of articles) {
    const id = set === 'real' ? a.file : `dev/${a.file}`;
    for (const m of a.text.matchAll(FORM)) {
      const lineStart = a.text.lastIndexOf('\n', m.index) + 1;
      const typed = /(?:tỉnh|thành phố|TP\.?) $/u.test(m[0].slice(0, m[0].length - m[2].length));
      const opens = OPENING.test(a.text.slice(lineStart, m.index));
      forms.add(`${set}: ${m[1]} ${typed ? '(typed)' : 'bare'} ${opens ? 'opening a line' : 'elsewhere'}`, `${id}: ${snippet(a.text, m.index, m.index + m[0].length, 110)}`, id);
      if (opens && !typed) {
        const l = set === 'real' ? chosen.get(a.file) : a.expected?.locality;
        leads.add(`${set}: ${set === 'real' ? (l ? (l.name === m[2] || l.province === m[2] ? 'engine: that province or a unit of it' : 'engine: another unit') : 'engine null') : `gold ${fmt(l)}`}`, `${id}: ${snippet(a.text, m.index, m.index + m[0].length, 90)} → ${fmt(l)}`, id);
      }
    }
  }
}
study('real', readReal(flags.limit));
study('dev', readDev());
forms.print('A mass organisation or party paper before a province');
leads.print('  … bare, opening a line: the locality of those articles');
