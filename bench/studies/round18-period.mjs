// Round 18: a school year later in the clause of a closing review, the task named between ("Hội đồng Đội tỉnh tổng
// kết công tác đội và phong trào thiếu nhi năm học 2017 – 2018", "lễ tổng kết và lễ ra trường cho học sinh lớp 9 năm
// học 2022-2023"), not past a launch or a plan word (TASK_YEAR_CLOSED_BEFORE): counted by article in corpus/real, dev
// and the audit sets (/tmp/a1all … /tmp/a20all, those that exist), with examples. Right after "tổng kết (công tác)"
// the school year was read as closed already (period-round8.mjs); further on, an undated page's school year ending in
// the year it speaks of was taken for one still running.
// Usage: node bench/studies/round18-period.mjs [--examples N]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 12);
const SETS = await realDevAudits(20);
const CLOSED_RIGHT_BEFORE = /tổng kết(?:\s+(?:công tác|nhiệm vụ|hoạt động))?\s*năm học/iu;

const FORMS = {
  'school-year-closing': (text) => {
    for (const m of text.matchAll(/(?<![\p{L}])tổng kết(?![\p{L}])(?:(?!(?<![\p{L}])(?:phát động|triển khai|ra quân|khởi động|phương hướng|kế hoạch)(?![\p{L}]))[^.!?;\n]){1,100}?(?<![\p{L}])năm học\s*\d{4}\s*[-–]\s*\d{4}/giu))
      if (!CLOSED_RIGHT_BEFORE.test(m[0])) return m;
    return null;
  },
};
printArticleForms(SETS, FORMS, { examples });
