// Round 23: a firm whose name ends with a province, the subject of the lead ("Sáng ngày 26/01/2024, Công ty Cổ phần
// nước sạch Vĩnh Phúc tổ chức Hội nghị Người lao động năm 2024", "… cán bộ, công nhân viên Công ty Điện lực Nghệ An, đồng
// chí … - Giám đốc, đã báo cáo kết quả …"), when the lead names no other unit: ORGANISATION_BEFORE sets the province
// aside as part of a name, and the audits' gold gives it as the locality (the unit where the firm's event took place).
// Counts the first three body sentences of corpus/real, dev and the audits (/tmp/aNall) naming such a firm with a
// listed province ending its name, with the locality the records of a run chose (default /tmp/r23/base) and, for dev
// and the audits, the expected one.
// Left alone in round 23: real has 26 such articles, 8 with no locality, and those are mostly no event of the firm's
// (a share trade of "CTCP Chế biến thủy sản và xuất nhập khẩu Cà Mau", the brand "Hoàng Anh Gia Lai", a branch "tại
// TP.HCM"); the firm organising its own event ("Công ty … Vĩnh Phúc tổ chức Hội nghị …") is 2 articles in real, dev and
// the audits together (one already Hà Nội), too few for a rule.
// Usage: node bench/studies/round23-locality-firm-province.mjs [--audits 21] [--records DIR] [--examples 40]
import fs from 'node:fs';
import path from 'node:path';
import { loadGazetteer, oneLine, readFlags, realDevAudits, runLocalities, sentenceSpans, shared } from './lib.mjs';

const flags = readFlags();
const records = flags.value('--records') ?? '/tmp/r23/base';
const examples = flags.number('--examples', 40);
const PROVINCE = [...loadGazetteer().provinces, 'TP.HCM', 'TP HCM', 'TP. HCM', 'TP. Hồ Chí Minh', 'TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh'].sort((a, b) => b.length - a.length).join('|');
/** A firm's name, up to eight words, ending with a province: "Công ty Điện lực Nghệ An", "CTCP Cấp nước Vĩnh Phúc". */
const FIRM = new RegExp(String.raw`(?<![\p{L}])(?:Công ty|Cty|CTCP|Tổng [Cc]ông ty|Tập đoàn)\s+(?:[\p{L}\p{N}&.]+\s+|[-–]\s+){0,8}?(${PROVINCE})(?![\p{L}\d])`, 'u');

const chosenIn = runLocalities(records);
function expected(set, file) {
  const id = path.basename(file).replace(/\.\w+$/, '');
  const dir = set === 'corpus/dev' ? path.join(shared, 'corpus', 'dev', 'expected') : set.startsWith('audit') ? `/tmp/a${set.slice(5)}all/expected` : null;
  if (!dir || !fs.existsSync(path.join(dir, `${id}.json`))) return '';
  const l = JSON.parse(fs.readFileSync(path.join(dir, `${id}.json`), 'utf8')).locality;
  return ` (expected ${l ? `${l.type} ${l.name}` : 'null'})`;
}

for (const [set, articles] of await realDevAudits(flags.number('--audits', 21))) {
  const hits = [];
  for (const a of articles) {
    const text = a.text.replace(/\r/g, '');
    const spans = sentenceSpans(text).filter((s) => /[.!?…]["”’)]*\s*$/u.test(text.slice(s.start, s.end)) || s.end - s.start > 200);
    for (const [i, s] of spans.slice(0, 3).entries()) {
      const sentence = text.slice(s.start, s.end);
      const firm = FIRM.exec(sentence);
      if (!firm) continue;
      const got = chosenIn(set, a.file);
      hits.push(`${got === 'null' ? 'null ' : 'other'} ${a.file} [s${i}] → ${got}${expected(set, a.file)}: …${oneLine(sentence.slice(Math.max(0, firm.index - 60), firm.index + firm[0].length + 40))}`);
      break;
    }
  }
  const nulls = hits.filter((h) => h.startsWith('null'));
  console.log(`\n## ${set}: ${hits.length} articles (chosen locality null ${nulls.length})`);
  for (const h of nulls.slice(0, examples)) console.log(`  ${h}`);
}
