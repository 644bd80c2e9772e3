#!/usr/bin/env node
// Corpus study: which phrasings of a percentage figure the percentages rules read, and which they miss. Every "N%" of
// corpus/real (in the text the project's cleaner makes) is classed by the words of its clause before it and the
// words right after it ("tỷ lệ X đạt Y%", "đạt Y% kế hoạch", "Y% số xã …", "phấn đấu … Y%", "tăng Y% so với" …),
// and counted as found when a finding of an `extract` run covers it. Missed examples are drawn at random per form.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/percentages-recall.mjs /tmp/real.jsonl [--examples N] [--seed S] [--form TEXT] [--found]
// Read-only; prints to stdout. Needs `npm run build` (it cleans each article with dist/ to place the spans).
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, root, shared, random } from './lib.mjs';

const flags = readFlags();
const EXAMPLES = flags.number('--examples', 3);
const SEED = flags.number('--seed', 1);
const ONLY = flags.value('--form') ?? '';
const SHOW_FOUND = flags.has('--found');
const runFile = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!runFile) {
  console.error('usage: percentages-recall.mjs RUN.jsonl [--examples N] [--seed S] [--form TEXT] [--found]');
  process.exit(2);
}
const built = await import(path.join(root, 'dist', 'prepare.js'));
const realDir = path.join(shared, 'corpus', 'real');

const spans = new Map();
for (const line of fs.readFileSync(runFile, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  spans.set(path.basename(r.file), (r.percentages ?? []).map((p) => p.span));
}

const W = String.raw`(?<![\p{L}\p{M}\d])`;
const E = String.raw`(?![\p{L}\p{M}])`;
const re = (s, f = 'iu') => new RegExp(s, f);
const PERCENT = /(?<![\d.,])\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?\s?%/gu;
const PLAN_AFTER = re(String.raw`^\s*(?:so với\s+|so\s+)?(?:chỉ tiêu|kế hoạch|dự toán|mục tiêu|nhiệm vụ|KH${E})`);
const CHANGE_BEFORE = re(String.raw`${W}(?:tăng|giảm|tăng trưởng|lên|xuống)(?:\s+(?:khoảng|hơn|trên|gần|xấp xỉ|từ|ở mức|mức|tới|ước|bình quân|đến))*\s*$`);
const RATE_NOUN = re(String.raw`${W}t[ỷỉ] lệ${E}`);
const REACH = re(String.raw`${W}(?:đạt|hoàn thành|vượt|đảm bảo|bảo đảm|giải ngân|thực hiện)${E}`);
const GROUPS = re(String.raw`^\s*(?:các\s+|số\s+|tổng số\s+)?(?:xã|phường|thị trấn|thôn|bản|ấp|huyện|hộ|học sinh|HS|trẻ|cháu|cán bộ|đảng viên|công chức|viên chức|chiến sĩ|hội viên|đoàn viên|giáo viên|doanh nghiệp|DN|trường|cơ sở|đơn vị|cơ quan|tổ chức|chi bộ|hồ sơ|thủ tục|TTHC|đường|công trình|diện tích|người|lao động|dân số|quân số|dự án|bệnh nhân|phòng)${E}`);

/** The form of a figure: the first that fits, from the clause before it (`left`) and the words after it (`right`). */
function formOf(left, right) {
  if (CHANGE_BEFORE.test(left)) return /^\s*so\s/iu.test(right) ? 'tăng/giảm Y% so với …' : 'tăng/giảm Y% (no so với)';
  if (PLAN_AFTER.test(right)) return 'Y% (so với) kế hoạch/chỉ tiêu/dự toán';
  if (re(String.raw`${W}(?:đạt|chiếm) t[ỷỉ] lệ(?:\s+\S+){0,2}\s*$`).test(left)) return 'đạt/chiếm tỷ lệ Y%';
  if (re(String.raw`${W}chiếm(?:\s+\S+){0,2}\s*$`).test(left)) return 'chiếm Y%';
  if (re(String.raw`${W}phấn đấu${E}`).test(left)) return 'phấn đấu … Y%';
  if (re(String.raw`${W}(?:mục tiêu|chỉ tiêu)${E}`).test(left)) return 'mục tiêu/chỉ tiêu … Y%';
  if (RATE_NOUN.test(left) && REACH.test(left)) return 'tỷ lệ X đạt Y%';
  if (RATE_NOUN.test(left) && re(String.raw`${W}(?:là|ở mức|khoảng|:)\s*(?:\S+\s*){0,2}$`).test(left)) return 'tỷ lệ X là/ở mức Y%';
  if (RATE_NOUN.test(left)) return 'tỷ lệ X Y% (other)';
  if (GROUPS.test(right)) return re(String.raw`${W}(?:có|đạt|với|được)\s*(?:\S+\s*){0,2}$`).test(left) ? 'có/đạt Y% + group' : 'Y% + group';
  if (re(String.raw`${W}(?:đạt|đạt được)(?:\s+(?:khoảng|hơn|trên|gần|xấp xỉ|mức|ở mức))*\s*$`).test(left)) return /^\s*[,.;)]|^\s*$/u.test(right) ? 'đạt Y% (nothing after)' : 'đạt Y% + other';
  if (re(String.raw`${W}(?:hoàn thành|vượt)(?:\s+\S+){0,3}\s*$`).test(left)) return 'hoàn thành/vượt Y%';
  if (re(String.raw`${W}(?:bằng|tương đương|tương ứng)(?:\s+\S+){0,1}\s*$`).test(left)) return 'bằng/tương đương Y%';
  if (/\(\s*$/u.test(left)) return '(Y%) in brackets';
  if (REACH.test(left)) return 'reach verb … Y% (farther)';
  return 'other';
}


const forms = new Map();
for (const file of [...spans.keys()].sort()) {
  const p = built.prepareArticle({ file, bytes: fs.readFileSync(path.join(realDir, file)) });
  if (!p.ok) continue;
  const text = p.cleaned.text;
  const found = spans.get(file);
  for (const m of text.matchAll(PERCENT)) {
    const s = m.index;
    const e = s + m[0].length;
    const lineStart = text.lastIndexOf('\n', s) + 1;
    const sentenceStart = Math.max(lineStart, text.lastIndexOf('. ', s) + 2);
    const before = text.slice(sentenceStart, s);
    const left = before.split(/[;:]|,(?!\d)/u).pop();
    const lineEnd = text.indexOf('\n', e) < 0 ? text.length : text.indexOf('\n', e);
    const right = text.slice(e, Math.min(lineEnd, e + 60));
    const form = formOf(left, right);
    const hit = found.some(([a, b]) => a <= s && e <= b);
    if (!forms.has(form)) forms.set(form, { n: 0, hit: 0, missed: [], got: [] });
    const f = forms.get(form);
    f.n++;
    if (hit) f.hit++;
    (hit ? f.got : f.missed).push(`${file}: ${oneLine(text.slice(Math.max(sentenceStart, s - 150), s))}[[${m[0]}]]${oneLine(right)}`);
  }
}

const rnd = random(SEED);
const pick = (list) => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, EXAMPLES);
};
console.log('form'.padEnd(42), 'figures', 'found', 'missed');
for (const [form, f] of [...forms].sort((a, b) => b[1].n - a[1].n)) console.log(form.padEnd(42), String(f.n).padStart(7), String(f.hit).padStart(5), String(f.n - f.hit).padStart(6));
for (const [form, f] of [...forms].sort((a, b) => b[1].n - a[1].n)) {
  if (ONLY && !form.includes(ONLY)) continue;
  console.log(`\n## ${form}: ${SHOW_FOUND ? 'found' : 'missed'}`);
  for (const x of pick(SHOW_FOUND ? f.got : f.missed)) console.log('  ' + x);
}
