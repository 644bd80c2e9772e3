// Coverage of a goal ("100% học sinh …", "90% số hộ … được …"): how ../shared/corpus/real writes a percentage
// followed by a group of people, bodies, records or works, and what follows the group. Prints counts by group and
// by what comes after (an achievement predicate or not), with examples.
import { readReal } from './lib.mjs';

const GROUP = /^\s*(?:các\s+|số\s+|tổng số\s+)?(học sinh|HS|học viên|sinh viên|thí sinh|trẻ em|trẻ|cháu|cán bộ|đảng viên|công chức|viên chức|chiến sĩ|quân nhân|hội viên|đoàn viên|giáo viên|GV|CB|CBCC|doanh nghiệp|DN|hồ sơ|thủ tục|TTHC|đường|công trình|diện tích|người dân|người|lao động|bệnh nhân|hộ dân|hộ|phụ nữ|thanh niên|nhân viên|công nhân|dân số)(?![\p{L}])/u;
const PREDICATE = /^[^.;:]{0,70}?(?<![\p{L}])(đạt|được|hoàn thành|có|tham gia|đỗ|lên lớp|ra lớp|tốt nghiệp|kê khai|thực hiện|sử dụng|tiếp cận|xong|đã)(?![\p{L}])/u;
const SURVEY = /(?<![\p{L}])(khảo sát|điều tra|cho rằng|cho biết|cho hay|thừa nhận|được hỏi|thăm dò|bình chọn|đồng ý|ủng hộ|mắc|nhiễm|tử vong|béo phì|hút thuốc)(?![\p{L}])/iu;
const FIG = /(\d+(?:[.,]\d+)?)\s?%/gu;

const byGroup = new Map();
const add = (k, ex) => {
  const e = byGroup.get(k) ?? { n: 0, ex: [] };
  e.n++;
  if (e.ex.length < 4 && Math.random() < 0.3) e.ex.push(ex);
  byGroup.set(k, e);
};
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(FIG)) {
    const right = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const g = GROUP.exec(right);
    if (!g) continue;
    const after = right.slice(g[0].length);
    const sentence = text.slice(Math.max(0, text.lastIndexOf('.', m.index) + 1), m.index + 150);
    const pred = PREDICATE.exec(after);
    const kind = SURVEY.test(sentence) ? 'survey/health context' : m[1] === '100' ? (pred ? '100% + predicate' : '100% no predicate') : pred ? 'other + predicate' : 'other no predicate';
    add(kind, `${file}: …${text.slice(Math.max(0, m.index - 60), m.index + 110).replace(/\n/g, ' ⏎ ')}`);
    add(`group: ${g[1]}`, '');
  }
}
for (const [k, e] of [...byGroup].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${String(e.n).padStart(5)}  ${k}`);
  for (const x of e.ex.filter(Boolean)) console.log(`         ${x}`);
}
