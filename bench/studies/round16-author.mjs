// Round 16: how the body's last line ends where a person's byline follows page text the credit reader did not know.
// For each article of corpus/real, the last line before the aggregator's stamp line ("29/05/13 12:01 GMT+7"), or the
// last line, is tested against each form; the count and a few examples with the author a run of `extract` gave.
// Forms: who wrote an interview down ("(ghi)"), a site's comment chrome glued on ("PHẢN HỒIGửi bình luận"), a name
// glued to a number or a web address, a lower-case byline glued to "Theo X", a bracket closing the body before the
// name ("(Tổng hợp) Duy Ngọc", "(Theo Yonhap) Gia Bảo"), "- tin, ảnh" after it, a bullet before it, "xem thêm video:"
// after it, "Ghi chép của" before it; and "Video:" inside the body, which cut the body's end off until round 16.
// Usage: node bin/vnreport.js extract ../shared/corpus/real > real.jsonl && node bench/studies/round16-author.mjs real.jsonl [--examples N]
import { extractRecordsArg, readFlags, readReal } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const records = extractRecordsArg('node bench/studies/round16-author.mjs <extract output .jsonl> [--examples N]');
const NAME = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}`;
const FORMS = {
  'ghi': /\((?:ghi|Ghi)\)\s*$/u,
  'comment-chrome': /PHẢN HỒI\s*Gửi bình luận\s*$/u,
  'number-or-address': new RegExp(String.raw`(?:\d|html?|\.vn|\.com|\.net|\.org)(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})\s*$`, 'u'),
  'lower-case-theo': /[.!?”"…](\p{Ll}+(?: \p{Ll}+){0,2})Theo \p{Lu}\S*\s*$/u,
  'bracket-before': new RegExp(String.raw`\)\s+(${NAME}(?:\s*[-–]\s*${NAME})?)\s*$`, 'u'),
  'tin-anh-after': new RegExp(String.raw`(${NAME})\s*[-–]\s*(?:tin,? ảnh|Tin,? ảnh|tin và ảnh|bài,? ảnh)\s*$`, 'u'),
  'bullet-before': new RegExp(String.raw`[•·]\s*(${NAME})\s*$`, 'u'),
  'video-after': new RegExp(String.raw`(${NAME})\s+(?:xem thêm video|Xem thêm video)\s*:?\s*$`, 'u'),
  'ghi-chep-cua': new RegExp(String.raw`Ghi chép của\s+(${NAME})\s*$`, 'u'),
  'video-inside': /[.!?]\s*\(?Video:(?:[^.!?]|\.(?=\S)){0,100}[.!?]\s*\S/u,
};
const STAMP = /^\d\d\/\d\d\/\d\d \d\d:\d\d GMT\+7\s*$/;
const hits = Object.fromEntries(Object.keys(FORMS).map((k) => [k, []]));
for (const a of readReal()) {
  const i = a.lines.findIndex((l) => STAMP.test(l));
  const last = (i >= 1 ? a.lines[i - 1] : a.lines.filter((l) => l.trim()).pop() ?? '').trimEnd();
  for (const [form, re] of Object.entries(FORMS)) if (re.test(last)) hits[form].push(`${a.file} [${records.get(a.file)?.author ?? null}] …${last.slice(-70)}`);
}
for (const [form, list] of Object.entries(hits)) {
  console.log(`${String(list.length).padStart(4)}  ${form}`);
  for (const x of list.slice(0, examples)) console.log(`        ${x}`);
}
