// Round 14: period forms the second and third audits of unseen articles (/tmp/a2all, /tmp/a3all) missed, counted in
// corpus/real, dev and the audit sets, with examples. Forms (`--only NAME`):
//   done-lead     a year, a quarter or a count of months opening one of the first six lines' sentences and a clause
//                 that tells what was done ("Năm 2016, Bộ CHQS tỉnh đã duy trì …", "Trong quý III năm 2023, lực
//                 lượng … đã triển khai …"): a results report states its period so without a review word
//   commended     the statutory formula of a year's commendation, "khen thưởng thành tích công tác năm 2019", "đạt
//                 nhiều thành tích trong công tác và phong trào thi đua năm 2023", in the first six lines
//   weekday-stamps  a line that is a portal's stamp after the weekday ("Thứ năm, 21/02/2019 04:28:13", "Thứ 5,
//                 17/05/2018 | 14:49:49", "Thứ 3, Ngày 16/07/2024 -"), anywhere in the text; the page stamp rule
//                 read none, so they counted as lead sentences and pushed the event's day out of the lead
//   stamped-headline  a text whose first lines hold no sentence down to a stamp line ("Ngày đăng 14/01/2020 | 08:53",
//                 "Thứ 5, 17/05/2018 | 14:49:49") and whose line right above it is not its first: menus, a search box or
//                 the page's clock above the headline (built isStampLine; needs `npm run build`)
// Usage: node bench/studies/round14-period.mjs [--only NAME] [--examples N]   (stamped-headline needs `npm run build`)
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, shared } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--only');

const SETS = [
  ['corpus/real', path.join(shared, 'corpus', 'real')],
  ['corpus/dev', path.join(shared, 'corpus', 'dev')],
  ...['portal', 'army', 'reports'].map((g) => [`audit1/${g}`, path.join(shared, '..', 'extra', g)]),
  ['audit2', '/tmp/a2all'],
  ['audit3', '/tmp/a3all'],
];
const filesOf = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort().map((f) => path.join(dir, f)) : []);
const SPAN = String.raw`(?:năm \d{4}|quý (?:I{1,3}|IV|[1-4])(?:\s*(?:năm|\/)\s*\d{4})?|\d+ tháng (?:đầu )?năm(?: \d{4})?)`;
const FORMS = {
  'done-lead': new RegExp(String.raw`(?:^|[.!?]\s+)(?:Trong\s+)?${SPAN}\s*,[^.!?;]*?(?<![\p{L}])đã(?![\p{L}])(?!\s+(?:đề ra|đặt ra|xác định|được giao))`, 'u'),
  'weekday-stamps': /^\s*(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*[,-]?\s*(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\n\p{L}]*(?:GMT[^\n]*)?$/imu,
  commended: /thành tích(?: xuất sắc)?(?: trong)? (?:công tác|phong trào thi đua)[^.;\n]{0,60}?năm \d{4}/iu,
};
const { isStampLine } = await import(new URL('../../dist/lexicon/dates.js', import.meta.url).href);
FORMS['stamped-headline'] = {
  exec(head) {
    const lines = head.split('\n').map((l) => l.trim());
    for (let i = 0; i < Math.min(12, lines.length); i++) {
      if (lines[i].length > 180 || /[^.…]\.$/u.test(lines[i])) return null;
      if (i > 1 && isStampLine(lines[i]) && lines[i - 1].split(/\s+/).length >= 4) return [`${lines[i - 1]} ‖ ${lines[i]} (first line: ${lines[0]})`];
    }
    return null;
  },
};
for (const [name, form] of Object.entries(FORMS)) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}`);
  for (const [set, dir] of SETS) {
    const hits = [];
    for (const file of filesOf(dir)) {
      const head = fs.readFileSync(file, 'utf8').normalize('NFC').replace(/<[^>]*>/g, ' ').split('\n').filter((l) => l.trim()).slice(0, name === 'weekday-stamps' ? Infinity : name === 'stamped-headline' ? 12 : 6).join('\n');
      const m = form.exec(head);
      if (m) hits.push(`${path.basename(file)}: ${oneLine(m[0]).slice(0, 160)}`);
    }
    console.log(`${set.padEnd(18)} ${hits.length}`);
    for (const h of hits.slice(0, examples)) console.log(`  ${h}`);
  }
}
