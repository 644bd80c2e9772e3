// Round 17: a text with no headline that opens on its dated lead sentence ("Sáng nay, ngày 30 tháng 12 năm 2021, tại
// hội trường …, Đảng bộ xã … đã tổ chức Hội nghị …."). The title rule passed over dateline-shaped first lines ("Hải
// Phòng, ngày 24 tháng 01 năm 2020") as stamps, so such a lead was skipped and a photo caption under it ("Toàn cảnh Hội
// nghị") became the headline, and the lead sentence the body. Counts, among the first four non-empty lines of every
// text of corpus/real, dev, the seeds and any audit folders given, the dateline-shaped lines that are a sentence (a
// full stop at the end, or longer than a headline) and those that are a dateline alone, by line index.
// Usage: node bench/studies/round17-title.mjs [extra folders …] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, shared } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 5);
const DATELINE = /^[\p{Lu}][\p{L}\p{M} .'-]{1,40},\s*ngày\s+\d/iu;
const SENTENCE = (l) => l.length > 180 || /[^.…]\.$/u.test(l);
const folders = [path.join(shared, 'corpus/real'), path.join(shared, 'corpus/dev'), path.join(shared, 'seeds'), ...process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--examples')];
const counts = new Map();
const shown = new Map();
for (const dir of folders) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 4);
    lines.forEach((l, i) => {
      if (!DATELINE.test(l)) return;
      const key = `${SENTENCE(l) ? 'sentence' : 'dateline alone'}, line ${i}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const list = shown.get(key) ?? [];
      if (list.length < examples) list.push(`${path.basename(dir)}/${f}: ${l.slice(0, 110)}`);
      shown.set(key, list);
    });
  }
}
for (const [key, n] of [...counts].sort()) {
  console.log(`${key}: ${n}`);
  for (const e of shown.get(key)) console.log(`  ${e}`);
}
