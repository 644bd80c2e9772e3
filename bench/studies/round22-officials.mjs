// Round 22: a post stated by an appointment or an election after the name ("ông Phạm Sỹ Quý được bổ nhiệm làm Giám đốc
// Sở …", "ông Nguyễn Đăng Trương đã giữ chức danh Cục trưởng …", "Hassan Rouhani vừa tái đắc cử Tổng thống Iran"), or
// after a post the person held ("ông Nguyễn Đình Hùng - Bí thư Đảng ủy trúng cử chức danh Chủ tịch HĐND phường …").
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
const flags = readFlags();
printArticleForms(await realDevAudits(flags.number('--audits', 0)), forms, { examples: flags.number('--examples', 4), only: flags.value('--form') ?? '' });
