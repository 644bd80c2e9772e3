#!/usr/bin/env node
// Corpus study (precision round 11): a body's own name after a post read as a person ("Tổng giám đốc Bệnh viện đa
// khoa quốc tế Vũ Anh", "ông Lê Hoàng Phong - Giám đốc Công ty Hoàng Gia Phát", "ông Tôn Thất Viễn Bào - Chủ tịch Hội
// đồng trị sự Nguyễn Phước Tộc"). Counts in corpus/real, by regular expression, the two forms the officials rules now
// read as the body's name:
//   kind: a body's head or a company's word, one to six lower-case words saying its kind, then two capitalised words
//     and a lower-case word or a mark ("Bệnh viện đa khoa quốc tế Vũ Anh bị", "Công ty cổ phần tập đoàn Mai Linh,");
//   apposition: "ông/bà <Name> -|–|, <title> <body's head> …" whose body has no name of its own before the next
//     capitalised run (no place, no number, no state body named by its field: "Bộ Nội vụ", "Sở Tài chính").
// With two JSONLs of `extract` (before and after a change), lists the officials that changed.
//   node bench/studies/officials-body-names.mjs [--examples N] [BEFORE.jsonl AFTER.jsonl]
import fs from 'node:fs';
import { readFlags, readReal, snippet, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 5);
const [before, after] = process.argv.slice(2).filter((a) => a.endsWith('.jsonl'));

const HEADS = ['Hội', 'Viện', 'Trường', 'Công ty', 'Tổng công ty', 'Tập đoàn', 'Ngân hàng', 'Học viện', 'Bệnh viện', 'Trung tâm', 'Đài', 'Báo', 'Tạp chí', 'Liên đoàn', 'Hiệp hội', 'Quỹ', 'Nhà máy', 'Xí nghiệp', 'Hợp tác xã', 'HTX', 'Câu lạc bộ', 'Khu', 'Cảng', 'Hội đồng'];
const FIELD_NAMED = ['Sở', 'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Ban', 'Phòng', 'Ủy ban', 'Văn phòng'];
const TITLES = ['Giám đốc', 'Tổng giám đốc', 'Tổng Giám đốc', 'Phó Giám đốc', 'Phó giám đốc', 'Chủ tịch', 'Phó Chủ tịch', 'Chủ nhiệm', 'Trưởng phòng', 'Viện trưởng', 'Hiệu trưởng', 'Trưởng hội', 'Trưởng ban'];
const W = '\\p{Lu}[\\p{Ll}\\p{M}]*';
const kind = new RegExp(`(?<![\\p{L}])(${HEADS.join('|')})((?: [\\p{Ll}\\p{M}]+){1,6}) (${W} ${W})(?=[ ,.;:]+(?:[\\p{Ll}]|$)|[,.;:])`, 'gu');
const apposed = new RegExp(`(?:ông|bà|Ông|Bà|ngài|Ngài|Thạc sĩ|TS\\.?|PGS\\.TS\\.?) ((?:${W} ){1,4}${W}) ?[-–,] ?(${TITLES.join('|')}) ((?:(?!${W} ${W}[ ,]).)*?)((?:${W} ){1,3}${W})`, 'gu');

const kinds = new Tally({ examples });
const apps = new Tally({ examples });
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(kind)) kinds.add(`${m[1]} + kind words + two words`, `${file}: ${snippet(text, m.index, m.index + m[0].length, 110)}`, file);
  for (const m of text.matchAll(apposed)) {
    const body = m[3];
    if (/\d/u.test(body) || /(?:tỉnh|huyện|quận|xã|phường|thành phố|TP)\b/u.test(body)) continue;
    const head = HEADS.find((h) => body.startsWith(`${h} `) || body.includes(` ${h} `));
    if (!head || FIELD_NAMED.some((h) => body.startsWith(`${h} `))) continue;
    apps.add(`${m[2]} … ${head}`, `${file}: ${snippet(text, m.index, m.index + m[0].length, 130)}`, file);
  }
}
kinds.print('a body\'s head, the lower-case words of its kind, then two capitalised words', { top: 20 });
apps.print('a post in apposition to a person named with an honorific, its body not yet named before a capitalised run', { top: 20 });

if (before && after) {
  const load = (f) => new Map(fs.readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => { const r = JSON.parse(l); return [r.file, r]; }));
  const [a, b] = [load(before), load(after)];
  const key = (o) => JSON.stringify([o.rank, o.name, o.positions]);
  console.log('\n## officials changed between the two runs');
  for (const [file, ra] of a) {
    const ka = new Set((ra.officials ?? []).map(key));
    const kb = new Set((b.get(file)?.officials ?? []).map(key));
    const gone = [...ka].filter((k) => !kb.has(k));
    const come = [...kb].filter((k) => !ka.has(k));
    if (!gone.length && !come.length) continue;
    console.log(file.split('/').pop());
    for (const k of gone) console.log(`  - ${k}`);
    for (const k of come) console.log(`  + ${k}`);
  }
}
