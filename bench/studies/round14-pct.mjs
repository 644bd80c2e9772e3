#!/usr/bin/env node
// Corpus study (round 14): the percentage forms the second and third audit sets (/tmp/a2all, /tmp/a3all) and audit 1
// (/work/extra) missed or misread, counted in corpus/real, the dev set and the audit sets (when there), by regular
// expression, with random examples:
//   grade-after-noun    a share of a grade or of the requirement met right after a noun phrase, no "với", colon or
//                       group word before it ("kết quả kiểm tra các nội dung huấn luyện 100% đạt yêu cầu",
//                       "Kết quả kiểm tra có 84% đạt khá, giỏi", "… của Bộ CHQS tỉnh 100% đạt yêu cầu")
//   grade-result-opener the same after a result word within 8 words before it ("kết quả", "kiểm tra", "đánh giá")
//   grade-continued     a quality within a share covered that a phrase goes on ("…, trong đó có 76,5% đạt khá, giỏi
//                       trong học tập chính trị; 75% đạt khá, giỏi về huấn luyện …"): the word after the grade
//   grade-bound-between a bound or "trở lên" between the figure and its grade ("trong đó có trên 86% khá, giỏi",
//                       "trong đó 35% trở lên đạt khá, giỏi")
//   plan-resolution     a share of a resolution's or a plan's figure by an abbreviation or a resolution's name
//                       ("bằng 145,84% Nghị quyết", "đạt 50,07% KH", "đạt 80% NQ")
//   coverage-whole      "N% toàn thể|toàn bộ <group>" ("100% toàn thể cán bộ, quân nhân …")
//   coverage-union      "N% (các) công đoàn / chi đoàn / chi bộ / tổ chức cơ sở …" (bodies of a mass organisation)
//   rate-after-count    ", đạt tỷ lệ N%" after a clause ending on a count and its noun ("kết nạp được 358 đảng viên
//                       mới, đạt tỷ lệ 7,61%", "điều tra làm rõ 83 vụ, với 174 đối tượng, đạt tỷ lệ 78%")
//   year-gone-by-opener a sentence with a figure opening on the year gone by ("Trong năm qua, …", "Năm qua, …")
//   node bench/studies/round14-pct.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout. Never reads the blind set.
import fs from 'node:fs';
import path from 'node:path';
import { readReal, readDev, builtCleaner, readAuditFolders, formHits, printHits, random, readFlags, Tally, oneLine, WORD_START as S, WORD_END as E, PERCENT_FIGURE as F } from './lib.mjs';

const GRADE = String.raw`(?:đạt\s+)?(?:loại\s+|mức\s+)?(?:yêu cầu|khá,\s*giỏi|khá giỏi|khá|giỏi|xuất sắc)${E}`;
const OPENERS = String.raw`(?:với|có|trong đó|trong đó có)`;
const forms = {
  'grade-after-noun': (t) => {
    const re = new RegExp(String.raw`(?<before>[\p{L}\p{M}]+)\s+(?:có\s+)?(?:trên\s+|gần\s+|hơn\s+)?${F}\s+${GRADE}`, 'giu');
    for (const m of t.matchAll(re)) if (!new RegExp(`^${OPENERS}$`, 'iu').test(m.groups.before) && !/[,:;]\s*(?:có\s+)?(?:trên\s+|gần\s+|hơn\s+)?$/u.test(t.slice(0, m.index + m.groups.before.length))) return m;
    return null;
  },
  'grade-result-opener': new RegExp(String.raw`${S}(?:kết quả|kiểm tra|đánh giá)${E}(?:\s+[^\s.;:,%]+){0,8}\s+(?:có\s+)?(?:trên\s+|gần\s+|hơn\s+)?${F}\s+${GRADE}`, 'iu'),
  'grade-continued': new RegExp(String.raw`(?:trong đó|,)\s*(?:có\s+)?${F}\s+(?:đạt\s+)?(?:loại\s+)?(?:khá,\s*giỏi|khá giỏi|khá|giỏi|xuất sắc)\s+(?!và|trở)[\p{Ll}]`, 'iu'),
  'grade-bound-between': new RegExp(String.raw`(?:trong đó|trong đó có|,\s*có)\s+(?:(?:trên|gần|hơn)\s+${F}|${F}\s+trở lên)\s+${GRADE}`, 'iu'),
  'plan-resolution': new RegExp(String.raw`${F}\s+(?:so với\s+)?(?:Nghị quyết|nghị quyết|NQ|KH|kế hoạch năm|KH năm)${E}`, 'u'),
  'coverage-whole': new RegExp(String.raw`${F}\s+(?:toàn thể|toàn bộ)${E}`, 'iu'),
  'coverage-union': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?(?:công đoàn|chi đoàn|chi bộ|tổ chức cơ sở|cơ sở đảng|đoàn cơ sở|hội cơ sở|chi, đảng bộ|đảng bộ)${E}`, 'iu'),
  'rate-after-count': new RegExp(String.raw`\d[\d.,]*\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}\s*,\s*(?:đạt|chiếm)\s+(?:tỷ lệ|tỉ lệ)\s+${F}`, 'iu'),
  'year-gone-by-opener': new RegExp(String.raw`^\s*(?:trong\s+)?(?:cả\s+)?năm\s+(?:qua|vừa qua)${E}[^.]*?${F}`, 'iu'),
};

async function readAudits() {
  const folders = ['/tmp/a2all', '/tmp/a3all'].map((dir) => [path.basename(dir), dir]);
  const extra = process.env.VNREPORT_EXTRA ?? '/work/extra';
  if (fs.existsSync(extra)) for (const genre of fs.readdirSync(extra).sort()) folders.push([`a1/${genre}`, path.join(extra, genre)]);
  return readAuditFolders(folders);
}

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--form') ?? '';
const rand = random(flags.number('--seed', 14));
const sets = [['real', readReal()], ['dev', readDev({ htmlText: await builtCleaner() })], ['audits', await readAudits()]];
const CONTINUED = new RegExp(String.raw`${F}\s+(?:đạt\s+)?(?:loại\s+)?(?:khá,\s*giỏi|khá giỏi|khá|giỏi|xuất sắc)\s+([\p{L}\p{M}]+)`, 'giu');
for (const [set, articles] of sets) {
  if (!articles.length) continue;
  const next = new Tally({ examples: 1 });
  const hits = formHits(articles, forms, {
    before: 90,
    after: 50,
    width: 280,
    each(text, file) {
      for (const m of text.matchAll(CONTINUED)) next.add(m[1].toLowerCase(), `${file}: ${oneLine(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30))}`);
    },
  });
  console.log(`== ${set} (${articles.length} articles)`);
  printHits(hits, { examples, only, rand });
  if (!only || only === 'grade-continued') next.print('word after "N% (đạt) khá|giỏi|xuất sắc"', { top: 20 });
}
