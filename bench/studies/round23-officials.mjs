// Round 23: a post heading a list of names with no "các" or "đồng chí" before it: after its colon ("…, nguyên Tổng Bí
// thư: Lê Khả Phiêu, Nông Đức Mạnh; …", "Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền chủ trì …"), or before
// "gồm các đồng chí:" ("5 Phó Chủ tịch LĐLĐ tỉnh Phú Thọ gồm các đồng chí: Phạm Sơn, …", a congress's result); one
// person's honorific with a colon ("Về dự buổi lễ có Đồng chí: Đinh Như Trước Bí thư Đảng ủy xã").
// Counts each form in corpus/real, dev and the first N audits (/tmp/a1all …, when present).
// Usage: node bench/studies/round23-officials.mjs [--audits 21] [--examples 4] [--form NAME]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';

const NAME = String.raw`\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,4}`;
const TITLE = String.raw`(?:Tổng Bí thư|Chủ tịch|Phó Chủ tịch|Ủy viên|Uỷ viên|Bộ trưởng|Thứ trưởng|Phó Thủ tướng|Bí thư|Phó Bí thư|Giám đốc|Phó Giám đốc|Trưởng ban|Phó Trưởng ban|Tư lệnh|Phó Tư lệnh|Chủ nhiệm|Phó Chủ nhiệm)(?:\s[^:;.,\n]{0,50})?`;
const forms = {
  // (not after "các"/"những" or "các đồng chí", read before this round)
  'post: names': (text) => new RegExp(String.raw`(?<!(?:các|những|đồng chí)\s)(?:(?:nguyên|cựu)\s+)?${TITLE}\s*:\s*${NAME}\s*,\s*${NAME}`, 'u').exec(text),
  // one person's honorific with a colon after it, the portals' way (not "các đồng chí:", a list read before)
  'honorific: name': (text) => new RegExp(String.raw`(?<!(?:các|những)\s)(?<![\p{L}])(?:Đồng chí|đồng chí|Đ/c|đ/c|Ông|ông|Bà|bà)\s*:\s*${NAME}`, 'u').exec(text),
  'post gồm các đồng chí: names': (text) => new RegExp(String.raw`${TITLE}\s+gồm\s+(?:các\s+)?(?:đồng chí|ông|bà)\s*:?\s*${NAME}\s*,\s*${NAME}`, 'u').exec(text),
};
const flags = readFlags();
printArticleForms(await realDevAudits(flags.number('--audits', 0)), forms, { examples: flags.number('--examples', 4), only: flags.value('--form') ?? '' });
