#!/usr/bin/env node
// Corpus study (round 10): foreign names transcribed with an initial glued by its full stop ("Tổng thống Xy-ri
// A.Át-xát", "Tổng Thư ký NATO G.Xtôn-ten-bớc", "Bộ trưởng Ngoại giao Mỹ G.Ke-ri"), the press agency's style, after a
// title or "ông/bà"; and the place abbreviations of the same shape that are no names ("UBND H.Ngọc Hiển", "Q.Bình
// Thạnh": no hyphen). With a JSONL of `extract`, the officials whose name holds such an initial, and those whose name
// ends in a lone capital (a name cut at the initial: "Xy-ri A", "Phi-li-pin A").
//   node bench/studies/officials-initials.mjs [/tmp/real.jsonl] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { Tally, readReal, snippet } from './lib.mjs';

const args = process.argv.slice(2);
const records = args.find((a) => a.endsWith('.jsonl'));
const ei = args.indexOf('--examples');
const examples = ei >= 0 ? Number(args[ei + 1]) : 2;

const INITIALLED = /(?<![\p{L}\p{M}.])(\p{Lu})\.(\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*)/gu;
const BEFORE_TITLE = /(?:Tổng thống|Thủ tướng|Ngoại trưởng|Bộ trưởng|Thứ trưởng|Chủ tịch|Tổng Thư ký|Đại sứ|Thượng nghị sĩ|Người phát ngôn|Chánh Văn phòng|Giám đốc|ông|bà|Ông|Bà)[^.;:!?]{0,60}$/u;
const tally = new Tally({ examples });
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(INITIALLED)) {
    const hyphened = m[2].includes('-');
    const before = text.slice(Math.max(0, m.index - 70), m.index);
    const titled = BEFORE_TITLE.test(before);
    tally.add(`${hyphened ? 'transcribed (hyphen)' : 'no hyphen'} · ${titled ? 'after a title or ông/bà' : 'elsewhere'}`, `${file}: ${snippet(text, m.index, m.index + m[0].length, 110)}`, file);
  }
}
tally.print('"X.Yyy" in corpus/real: a capital, a glued full stop, a capitalised word', { top: 10 });

if (records) {
  const held = [];
  const cut = [];
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    for (const o of r.officials ?? []) {
      const row = `  ${path.basename(String(r.file))}: ${o.name}; ${JSON.stringify(o.positions)}`;
      if (/(?:^|\s)\p{Lu}\.\p{Lu}/u.test(o.name)) held.push(row);
      if (/\s\p{Lu}$/u.test(o.name)) cut.push(row);
    }
  }
  console.log(`\n# ${records}: officials named with a glued initial: ${held.length}`);
  console.log(held.join('\n'));
  console.log(`\n# names ending in a lone capital (cut at an initial, or written so: "Ajit Kumar P"): ${cut.length}`);
  console.log(cut.join('\n'));
}
