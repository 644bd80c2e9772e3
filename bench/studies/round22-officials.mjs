// Round 22: a post stated by an appointment or an election after the name ("ông Phạm Sỹ Quý được bổ nhiệm làm Giám đốc
// Sở …", "ông Nguyễn Đăng Trương đã giữ chức danh Cục trưởng …", "Hassan Rouhani vừa tái đắc cử Tổng thống Iran"), or
// after a post the person held ("ông Nguyễn Đình Hùng - Bí thư Đảng ủy trúng cử chức danh Chủ tịch HĐND phường …");
// and a post after the name held at a place that closes the clause ("Ông Lê Dân, Trưởng Chi nhánh Tổng Công ty May
// Nhà Bè tại Bình Định, cho biết", "Taner Kilic, Giám đốc Tổ chức Ân xá Quốc tế tại Thổ Nhĩ Kỳ,").
// Counts each phrase before a capitalised word in corpus/real, dev and the first N audits (/tmp/a1all …, when present).
// Usage: node bench/studies/round22-officials.mjs [--audits 20] [--examples 4] [--form PHRASE]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';


const PHRASES = [
  'được bổ nhiệm làm', 'được bổ nhiệm giữ chức vụ', 'được bổ nhiệm giữ chức', 'giữ chức danh', 'trúng cử chức danh', 'tái đắc cử',
  // not read: an elected president who takes office later ("Tổng thống đắc cử Moon Jae In"), a transfer
  'đắc cử', 'được điều động làm',
];
const forms = Object.fromEntries(
  PHRASES.map((p) => [p, (text) => new RegExp(String.raw`[^.\n]{0,60}(?<![\p{L}])${p}\s+\p{Lu}[^.,;\n]{0,60}`, 'u').exec(text)]),
);
const POST_AT_PLACE = /\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3}\s*[,–-]\s*(?:Giám đốc|Phó giám đốc|Chủ tịch|Phó Chủ tịch|Trưởng|Đại sứ|Tổng giám đốc|Tổng thư ký|Giám đốc điều hành|Trưởng đại diện|Trưởng Chi nhánh)(?![\p{L}])[^,.;\n]{0,80}?\stại\s(?:\p{Lu}[\p{L}-]*\s?){1,4}[,.;]/u;
forms['post tại a place'] = (text) => POST_AT_PLACE.exec(text);
const flags = readFlags();
printArticleForms(await realDevAudits(flags.number('--audits', 0)), forms, { examples: flags.number('--examples', 4), only: flags.value('--form') ?? '' });
