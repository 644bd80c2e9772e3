#!/usr/bin/env node
// Corpus study (round 15): the percentage forms audit 4 (/tmp/a4all) and audits 1-3 (/tmp/a1all … /tmp/a3all) missed,
// counted in corpus/real, the dev set and the audit sets (when there), by sentence, with random examples:
//   cue-compound     "cần" inside a word of its own before a figure in its sentence ("tỷ lệ học sinh chuyên cần đạt
//                    99,6%", "cần cù", "cần mẫn", "cần kiệm"), where it is no modal of need
//   share-of-base    a figure then "so với" and the count it is a share of ("đạt tỷ lệ 98,34% so với số hộ đăng ký",
//                    "… so với tổng số …"), against "so với" and a time or a plan
//   coverage-bound   a bound between a figure and its group ("phấn đấu hàng năm có 60% trở lên hộ nông dân đăng ký thi
//                    đua", "100% trở lên xã …")
//   village-units    a share of the smallest residential units ("100% xóm, tổ dân phố xây dựng …", "khóm", "buôn",
//                    "bon", "sóc", "khối phố")
//   army-subjects    a share of training subjects ("100% nội dung, khoa mục đạt yêu cầu", "100% khoa mục")
//   term-of-body     a council's or a committee's term named with its session number ("HĐND thị trấn … khóa XIX
//                    nhiệm kỳ 2016-2021"), by article with a figure: part of the body's name, no time of the figures
//   rate-list        a rate named before a list of what it is of, its commas inside it ("tỷ lệ giải quyết tố giác,
//                    tin báo về tội phạm, kiến nghị khởi tố vượt gần 4%")
//   term-gone-by     the term gone by before a figure ("Nhiệm kỳ vừa qua, Hội đã …; 90% chi hội đạt …"), by article
//                    with a figure: several years, no one year of its figures
//   work-counted     a count of work done then ", đạt tỷ lệ N%" or "(đạt tỷ lệ N%)" ("kết nạp được 358 đảng viên mới,
//                    đạt tỷ lệ 7,61%", "đã làm rõ 11.484 vụ/17.663 đối tượng (đạt tỷ lệ 75,2%)")
//   list-then-all    a group, "gồm" and the list of its items, then "đều" and what all attained ("100% các nội dung thi
//                    gồm: huấn luyện điều lệnh, … đều đạt mục đích yêu cầu")
//   node bench/studies/round15-pct.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout. Never reads the blind set.
import { readReal, readDev, builtCleaner, pooledAudits, formHits, printHits, random, readFlags, Tally, oneLine, WORD_START as S, WORD_END as E, PERCENT_FIGURE as F } from './lib.mjs';

const CAN_COMPOUND = String.raw`(?:chuyên cần|cần cù|cần mẫn|cần kiệm|siêng cần|cần lao)`;
const VILLAGE = String.raw`(?:xóm|khóm|buôn|bon|sóc|khối phố|tổ dân phố|thôn|ấp|bản|làng)`;
const TERM_OF_BODY = new RegExp(String.raw`${S}khóa\s+[IVXLC\d]+\s*,?\s*\(?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4}`, 'iu');
const TERM_GONE_BY = new RegExp(String.raw`${S}nhiệm kỳ\s+(?:vừa\s+)?qua${E}`, 'iu');
const forms = {
  'cue-compound': new RegExp(String.raw`${S}${CAN_COMPOUND}${E}[^%]{0,80}?${F}`, 'iu'),
  'share-of-base': new RegExp(String.raw`${F}\s+so với\s+(?:tổng\s+)?số${E}`, 'iu'),
  'coverage-bound': new RegExp(String.raw`${F}\s+trở lên\s+(?:các\s+|số\s+)?[\p{Ll}]`, 'u'),
  'village-units': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?${VILLAGE}${E}`, 'iu'),
  'rate-list': new RegExp(String.raw`${S}t[ỷỉ] lệ(?:\s+[\p{Ll}\p{M}]+){1,6}\s*,(?:\s*[\p{Ll}\p{M}]+){1,6}(?:\s*,(?:\s*[\p{Ll}\p{M}]+){1,6})?\s+(?:đạt|vượt|là)\s+(?:\p{Ll}+\s+){0,2}${F}`, 'u'),
  'work-counted': new RegExp(String.raw`\d[\d.,]*\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,3}(?:\s*/\s*\d[\d.,]*(?:\s+[\p{L}\p{M}]+){1,3})?\s*(?:,|\()\s*đạt\s+(?:tỷ lệ|tỉ lệ)\s+${F}`, 'iu'),
  'list-then-all': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?[^\d.;:%]{1,40}?\s(?:bao\s+)?gồm\s*:?[^.;%]{1,240}?\sđều\s+(?:đạt|được|hoàn thành)${E}`, 'iu'),
  'army-subjects': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?(?:nội dung|khoa mục)(?:\s*,\s*(?:nội dung|khoa mục|bài tập|bài bắn))?${E}`, 'iu'),
};

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--form') ?? '';
const rand = random(flags.number('--seed', 15));
const sets = [['real', readReal()], ['dev', readDev({ htmlText: await builtCleaner() })], ['audits', await pooledAudits(4)]];
// what follows "N% so với": the word after it, a time ("cùng kỳ", "năm") or a base ("số", "tổng số")
const AFTER_SO_VOI = new RegExp(String.raw`${F}\s+so với\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)`, 'giu');
// the word before a village unit's share ("100% xóm": what the share stands after)
const VILLAGE_NEXT = new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?(${VILLAGE})${E}\s*([\p{L}\p{M},]+)?`, 'giu');
for (const [set, articles] of sets) {
  if (!articles.length) continue;
  const soVoi = new Tally({ examples: 1 });
  const village = new Tally({ examples: 1 });
  const terms = articles.filter((a) => a.text.includes('%') && TERM_OF_BODY.test(a.text));
  const goneBy = articles.filter((a) => a.text.includes('%') && TERM_GONE_BY.test(a.text));
  const hits = formHits(articles, forms, {
    before: 90,
    after: 60,
    width: 280,
    each(text, file) {
      for (const m of text.matchAll(AFTER_SO_VOI)) soVoi.add(m[1].toLowerCase(), `${file}: ${oneLine(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20))}`);
      for (const m of text.matchAll(VILLAGE_NEXT)) village.add(`${m[1].toLowerCase()} ${m[2] ?? ''}`.trim(), `${file}: ${oneLine(text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30))}`);
    },
  });
  console.log(`== ${set} (${articles.length} articles)`);
  printHits(hits, { examples, only, rand });
  if (!only || only === 'term-gone-by') {
    console.log(`term-gone-by           ${goneBy.length} articles with a figure`);
    for (const a of goneBy.slice(0, examples)) console.log(`  ${a.file}`);
  }
  if (!only || only === 'term-of-body') {
    console.log(`term-of-body           ${terms.length} articles with a figure`);
    for (const a of terms.slice(0, examples)) console.log(`  ${a.file}: ${oneLine(TERM_OF_BODY.exec(a.text)[0])}`);
  }
  if (!only || only === 'share-of-base') soVoi.print('two words after "N% so với"', { top: 15 });
  if (!only || only === 'village-units') village.print('village unit and the word after it', { top: 15 });
}
