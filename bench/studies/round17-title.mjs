// Round 17: how texts with page chrome open, for the headline, and a unit's name written short.
//   datelines  a dateline-shaped line ("Hải Phòng, ngày 24 tháng 01 năm 2020") among the first four lines, alone or a
//              whole lead sentence ("Sáng nay, ngày 30 tháng 12 năm 2021, … đã tổ chức Hội nghị …."), which the title
//              rule passed over as a stamp, so that a caption under it became the headline
//   day-lines  a line with no closing punctuation that opens on an event's day ("Sáng 22/1 huyện …"), by length: the
//              caption test took such lines for photo captions
//   stopped    a first line that ends in a full stop, one sentence of at most 30 words: the share of its words the next
//              line (past a stamp) repeats, with the annotated headline where there is one
//   labels     a line among the first four whose first word is all lower case, or a short one ending in a colon
//   label-over-headline  a first line of at most 5 words sharing at most a quarter of its words with the lead (the
//              first line that is a sentence, within 5 lines), over a line of 4-30 words the lead restates at 0.9 or
//              more; with the annotated headline, and the best such line at any share
// Reads corpus/real, dev, the seeds and any audit folders given (with expected/ beside their texts).
// Usage: node bench/studies/round17-title.mjs [datelines|day-lines|stopped|labels|label-over-headline] [extra folders …] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { readFlags, shared } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 5);
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--examples');
const form = ['datelines', 'day-lines', 'stopped', 'labels', 'label-over-headline'].includes(args[0]) ? args.shift() : 'datelines';
const folders = [path.join(shared, 'corpus/real'), path.join(shared, 'corpus/dev'), path.join(shared, 'seeds'), ...args];

const DATELINE = /^[\p{Lu}][\p{L}\p{M} .'-]{1,40},\s*ngày\s+\d/iu;
const SENTENCE = (l) => l.length > 180 || /[^.…]\.$/u.test(l);
const STAMP = /^\(?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|Ngày đăng|Cập nhật|Thứ|Chủ nhật)/iu;
const LABEL = /^(?:\p{Ll}+(?:\s+\S+){0,7}$|[^.!?]{1,50}:$)/u;
const words = (s) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

const counts = new Map();
const shown = new Map();
const note = (key, example) => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const list = shown.get(key) ?? [];
  if (list.length < examples) list.push(example);
  shown.set(key, list);
};
for (const dir of folders) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
    const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    const where = `${path.basename(dir)}/${f}`;
    const expected = path.join(dir, 'expected', f.replace(/\.txt$/, '.json'));
    const gold = fs.existsSync(expected) ? JSON.parse(fs.readFileSync(expected, 'utf8')).title : undefined;
    if (form === 'datelines') {
      lines.slice(0, 4).forEach((l, i) => DATELINE.test(l) && note(`${SENTENCE(l) ? 'sentence' : 'dateline alone'}, line ${i}`, `${where}: ${l.slice(0, 110)}`));
    } else if (form === 'day-lines') {
      const DAY = /^(?:\([^()]{0,20}\)\s*[-–]?\s*)?(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Sáng nay|Chiều nay|Tối nay)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;
      lines.forEach((l, i) => DAY.test(l) && !/[.!?…:;"”)]$/u.test(l) && l.length < 300 && note(l.length > 120 ? 'over 120 characters' : 'up to 120 characters', `${where} line ${i}: ${l.slice(0, 110)}`));
    } else if (form === 'labels') {
      lines.slice(0, 4).forEach((l, i) => LABEL.test(l) && note(`label, line ${i}`, `${where}: ${l.slice(0, 60)} → next: ${(lines[i + 1] ?? '').slice(0, 50)}`));
    } else if (form === 'label-over-headline') {
      const label = lines[0];
      if (!label || label.split(/\s+/).length > 5) continue;
      const lead = lines.slice(1, 6).findIndex(SENTENCE);
      if (lead < 0) continue;
      const leadWords = words(lines[1 + lead].slice(0, 400));
      const share = (l) => { const w = words(l); return w.size ? [...w].filter((x) => leadWords.has(x)).length / w.size : 0; };
      if (share(label) > 0.25) continue;
      const under = lines.slice(1, 1 + lead).filter((l) => l.split(/\s+/).length >= 4 && l.split(/\s+/).length <= 30 && !(STAMP.test(l) && l.length < 70));
      const best = under.sort((a, b) => share(b) - share(a))[0];
      if (!best) continue;
      const headline = gold === undefined ? 'not annotated' : gold && best.includes(gold.slice(0, 25)) ? 'the headline' : 'no headline';
      note(`${share(best) >= 0.9 ? 'restated ≥ 0.9' : 'restated < 0.9'}, ${headline}`, `${where}: ${label} / ${share(best).toFixed(2)} ${best.slice(0, 70)}`);
    } else if (form === 'stopped') {
      const first = lines[0];
      if (!first || !/[^.…]\.$/u.test(first) || first.length > 180 || first.split(/\s+/).length > 30 || /\p{Ll}[.!?]\s*\p{Lu}/u.test(first)) continue;
      const next = (STAMP.test(lines[1] ?? '') && lines[1].length < 70 ? lines[2] : lines[1]) ?? '';
      const own = words(first);
      const share = [...own].filter((w) => words(next.slice(0, 400)).has(w)).length / own.size;
      const headline = gold === undefined ? 'not annotated' : gold && first.startsWith(gold.slice(0, 20)) ? 'the headline' : 'no headline';
      note(`${share >= 0.75 ? 'restated ≥ 0.75' : 'restated < 0.75'}, ${headline}`, `${where} ${share.toFixed(2)}: ${first.slice(0, 90)}`);
    }
  }
}
for (const [key, n] of [...counts].sort()) {
  console.log(`${key}: ${n}`);
  for (const e of shown.get(key)) console.log(`  ${e}`);
}
