#!/usr/bin/env node
// Corpus study: head titles of the form "<unit> trưởng" (Sư đoàn trưởng, Hạm trưởng, Thị trưởng …), their deputies
// "Phó <unit> trưởng", and a few foreign posts, before a capitalised word, a number or a separator in corpus/real: how
// often each is written and whether POSITION_TITLES knows it (a title the list lacks starts no position phrase).
//   node bench/studies/officials-titles.mjs [--examples N]
import { fold, lexiconStrings, readReal } from './lib.mjs';

const examples = Number(process.argv[process.argv.indexOf('--examples') + 1]) || 1;
const known = new Set(lexiconStrings('POSITION_TITLES').map((t) => fold(t)));
const UNITS = [
  'Tổng Tham mưu', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Đại đội', 'Trung đội', 'Tiểu đội', 'Khẩu đội', 'Đoàn', 'Hạm',
  'Thuyền', 'Trạm', 'Đồn', 'Đội', 'Tổ', 'Cụm', 'Hải đội', 'Hải đoàn', 'Chi hội', 'Hội', 'Tỉnh', 'Thị', 'Xã', 'Cảnh sát', 'Đảo',
  'Vụ', 'Cục', 'Viện', 'Tổng cục', 'Chi cục', 'Kế toán', 'Chỉ huy', 'Tham mưu', 'Thủ', 'Quận', 'Huyện', 'Ban',
];
const caseless = (w) => w.split(' ').map((x) => `[${x[0]}${x[0].toLowerCase()}]${x.slice(1)}`).join('\\s+');
const HEAD = `(?:${UNITS.map(caseless).join('|')})\\s+trưởng|Tổng\\s+thống|Thủ\\s+tướng|Thống\\s+đốc|Tổng\\s+Thư\\s+ký|Phát\\s+ngôn\\s+viên|Hiệu\\s+phó|Chi\\s+hội\\s+phó|Tổng\\s+[Kk]iểm\\s+toán(?:\\s+[Nn]hà\\s+nước)?|Thượng\\s+nghị\\s+sĩ`;
const RE = new RegExp(`(?<![\\p{L}\\p{M}])((?:Phó|phó)\\s+)?(${HEAD})(?=\\s+(?:\\p{Lu}|\\d)|\\s*[,–-])`, 'gu');

const tally = new Map();
for (const a of readReal()) {
  for (const m of a.text.matchAll(RE)) {
    const form = `${m[1] ? 'Phó ' : ''}${m[2].replace(/\s+/g, ' ')}`;
    const key = fold(form);
    let e = tally.get(key);
    if (!e) tally.set(key, (e = { form, n: 0, files: new Set(), examples: [] }));
    e.n++;
    e.files.add(a.file);
    if (e.examples.length < examples) e.examples.push(`${a.file}: …${a.text.slice(Math.max(0, m.index - 40), m.index + 80).replace(/\s+/g, ' ')}…`);
  }
}
console.log('# Head titles "<unit> trưởng", "Phó …" and foreign posts before a name, a unit or a separator (corpus/real)');
console.log('count\tfiles\tknown\tform');
for (const e of [...tally.values()].sort((x, y) => y.n - x.n)) {
  console.log(`${e.n}\t${e.files.size}\t${known.has(fold(e.form)) ? 'yes' : 'NO'}\t${e.form}`);
  for (const x of e.examples) console.log(`\t\t\te.g. ${x}`);
}
