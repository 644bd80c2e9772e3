// Round 17: posts abbreviated as portal reports write them after a name ("Nguyễn Thiên Bình - UVTV Huyện ủy", "Võ Đắc
// Hóa - PBT - Chủ tịch UBND huyện", "Phạm Quốc Tuấn- CT. HĐND xã", "Đào Việt Khoa – P.trưởng phòng Nội vụ"): each
// abbreviation after a capitalised name and a dash or comma, counted in corpus/real, dev and any audit folders given.
// Usage: node bench/studies/round17-officials.mjs [audit folders …] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, shared } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const extra = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--examples');
const folders = [path.join(shared, 'corpus/real'), path.join(shared, 'corpus/dev'), ...extra];
const NAME = String.raw`\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,3}`;
const ABBREVIATED = new RegExp(String.raw`(${NAME})\s*[-–,]\s*(PBT|UVTV|UVBTV|UV BTV|PCT|CT|BT|PTP|P\.\s?trưởng|TUV|HUV|ĐUV)(?![\p{L}])\.?\s*(\S+(?:\s\S+)?)`, 'gu');
const counts = new Map();
const shown = new Map();
for (const dir of folders) {
  const where = dir.startsWith(shared) ? path.basename(dir) : 'audits';
  for (const f of fs.readdirSync(dir).filter((n) => /\.(txt|html?)$/.test(n))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
    for (const m of text.matchAll(ABBREVIATED)) {
      const key = `${m[2].replace(/\s/g, '')} in ${where}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const list = shown.get(key) ?? [];
      if (list.length < examples) list.push(`${path.basename(dir)}/${f}: ${m[0].slice(0, 80)}`);
      shown.set(key, list);
    }
  }
}
for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`${key}: ${n}`);
  for (const e of shown.get(key)) console.log(`  ${e}`);
}
