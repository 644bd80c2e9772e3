// Round 15: period forms the four audits of unseen articles (/tmp/a1all … /tmp/a4all) missed, counted by article in
// corpus/real, dev and the audit sets, with examples. Forms (`--only NAME`):
//   undated-year  an article with no dateline whose year-less months ("6 tháng đầu năm") go with a term or a stage
//                 ("nhiệm kỳ 2016-2021", "giai đoạn 2017 – 2019"): the span's first year, and a term's, were counted as
//                 the article's year, so the months fell in 2016 or 2021 (or a reviewed stage seemed still to come)
//   closing-year  "tổng kết" and, later in its clause, "năm YYYY" in the first six lines: a task's closing review
//                 names a year that is over whatever the month ("tổng kết hoạt động hè; … năm 2023" on 26 August)
//   midterm       a review inside a stage or term it names: "sơ kết giữa nhiệm kỳ … nhiệm kỳ 2018-2023", "sơ kết 5
//                 năm thực hiện … giai đoạn 2019-2024"
//   commended     "thành tích xuất sắc trong" and a year later in the clause ("… trong năm 2018", "… trong công tác
//                 phòng chống tội phạm … năm 2019"): the commendation of a year's work, anywhere in the text
//   title-stage   a headline naming a meeting and a stage ("Hội nghị điển hình tiên tiến giai đoạn 2015-2020") over a
//                 lead that also names a review of months
//   counted-years a review restating its count of years after it, over 30 years ("tổng kết 40 năm công tác … (1986 -
//                 2026)"), against anniversaries ("kỷ niệm 100 năm Cách mạng Tháng Mười Nga (1917-2017)")
//   title-meeting any headline naming a meeting and then a stage or a span of years (whether or not the lead reviews
//                 months): what the refiner takes before the lead's review
//   accounts      a budget's final accounts of a year ("quyết toán ngân sách nhà nước năm 2017") and months or a
//                 quarter of the next year in the same text ("6 tháng đầu năm 2018"): the session that approves them
//                 reviews those months
//   counted-review  any count of years after "tổng kết"/"sơ kết" that a span later in the text restates: the review
//                 of that stretch, wherever it stands ("Ngày hội … cũng tổ chức sơ kết 5 năm … giai đoạn 2019-2024")
//   results-after a year or months of a year with results achieved later in its clause, in the first six lines:
//                 "Phong trào thi đua quyết thắng năm 2025 của các đơn vị … đã đạt được nhiều kết quả"
//   year-gone-lead  a sentence of the first six lines opening on the year gone by without naming it ("Năm qua, …",
//                 "Trong năm, …"), and whether a year is narrated as done after it or commended anywhere in the text
//                 ("thành tích xuất sắc trong công tác … năm 2019")
//   commended-lead-year  a year opening a clause of the first six lines ("Năm 2018, công tác …") that the text
//                 commends the work of ("… thành tích xuất sắc trong xây dựng phong trào … năm 2018")
//   plan-meeting  a headline or lead planning a year ("triển khai nhiệm vụ … năm 2020") and a review of the year
//                 before in the text ("đánh giá những kết quả đạt được năm 2019")
// Usage: node bench/studies/round15-period.mjs [--only NAME] [--examples N]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--only');

const SETS = await realDevAudits(4);
const head = (text, n) => text.split('\n').filter((l) => l.trim()).slice(0, n).join('\n');
const YEARS = String.raw`\d{4}\s*[-–]\s*\d{4}`;
const DATELINE = /(?:Cập nhật|Ngày đăng|GMT|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+\d{1,2}:\d{2}|published_time)/iu;

const FORMS = {
  'undated-year': (text) => {
    if (DATELINE.test(text)) return null;
    const span = new RegExp(String.raw`(?:nhiệm kỳ|giai đoạn)\s*\(?(?:từ\s+)?(?:năm\s+)?${YEARS}`, 'iu').exec(text);
    const months = /\d+ tháng (?:đầu|cuối) năm(?!\s+\d{4})(?!\s+nay)/iu.exec(text);
    return span && months ? [`${span[0]} … ${months[0]}`] : null;
  },
  'closing-year': (text) => /(?<![\p{L}])tổng kết(?:[^.!?\n;]){0,120}?(?<![\p{L}])năm \d{4}(?!\s*[-–])/iu.exec(head(text, 6)),
  midterm: (text) =>
    new RegExp(String.raw`sơ kết (?:giữa nhiệm kỳ|\d+ năm)[^.!?\n]{0,120}?(?:nhiệm kỳ|giai đoạn)\s*${YEARS}`, 'iu').exec(text),
  commended: (text) => /thành tích xuất sắc trong(?:[^.!?\n;]){0,100}?(?<![\p{L}])năm \d{4}(?!\s*[-–])/iu.exec(text),
  'title-stage': (text) => {
    const lines = head(text, 3);
    const t = new RegExp(String.raw`^[^\n]*(?:hội nghị|đại hội)[^\n]*giai đoạn\s*${YEARS}[^\n]*`, 'iu').exec(lines);
    return t && /(?:sơ kết|tổng kết)[^.\n]{0,60}tháng đầu năm/iu.test(lines) ? t : null;
  },
  'counted-years': (text) => {
    // "tổng kết 40 năm công tác … (1986 - 2026)": a span that restates the count of years before it; over 30 years
    // the dimension read no span ("b - a > 30")
    for (const m of text.matchAll(/(?<![\p{L}\d])(\d+) năm(?![\p{L}])([^.!?\n]{0,100}?)\(?(\d{4})\s*[-–]\s*(\d{4})\)?/gu)) {
      if (Number(m[4]) - Number(m[3]) === Number(m[1]) && Number(m[1]) > 30) return [`${/tổng kết|sơ kết/iu.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 'REVIEW ' : ''}${text.slice(Math.max(0, m.index - 40), m.index)}${m[0]}`];
    }
    return null;
  },
  // any count of years after "tổng kết"/"sơ kết" that a span later in the text restates (its ends counted or not): "sơ
  // kết 5 năm thực hiện … giai đoạn 2019-2024", "tổng kết 3 năm …, giai đoạn 2016 - 2018", "báo cáo sơ kết 2 năm vận
  // động …. … từ năm 2008 – 2010" sentences later
  'counted-review': (text) => {
    const review = /(?:sơ kết|tổng kết)\s+(\d+)\s+năm(?![\p{L}])/iu.exec(text);
    if (!review) return null;
    for (const m of text.slice(review.index).matchAll(/(?<!\d)(\d{4})\s*[-–]\s*(\d{4})(?!\d)/gu)) {
      if ([Number(review[1]), Number(review[1]) - 1].includes(Number(m[2]) - Number(m[1]))) return [`${review[0]} … ${m[0]}`];
    }
    return null;
  },
  'results-after': (text) =>
    /(?<![\p{L}])(?:năm\s+\d{4}(?!\s*[-–])|\d+ tháng (?:đầu )?năm \d{4})[^.!?;\n]{0,80}?(?<![\p{L}])(?:đạt được|thu được|giành được)\s+(?:nhiều\s+|những\s+)?(?:kết quả|thành tích|thành tựu)(?![\p{L}])/iu.exec(head(text, 6)),
  // a year opening a clause of the first six lines ("Năm 2018, công tác …") whose work the text commends ("… thành
  // tích xuất sắc trong xây dựng phong trào … năm 2018")
  'commended-lead-year': (text) => {
    const lines = head(text, 6);
    for (const m of lines.matchAll(/(?:^|[.!?]\s+|\n)(?:Trong\s+)?[Nn]ăm (\d{4})\s*,/gu)) {
      const commended = new RegExp(String.raw`thành tích(?: xuất sắc)?(?: trong)? (?:công tác|phong trào thi đua)[^.!?\n;]{0,100}?năm ${m[1]}|thành tích xuất sắc trong[^.!?\n;]{0,100}?năm ${m[1]}`, 'iu').exec(text);
      if (commended) return [`${m[0].trim()} … ${commended[0].slice(0, 80)}`];
    }
    return null;
  },
  'plan-meeting': (text) => {
    const m = /triển khai (?:nhiệm vụ|kế hoạch)[^.!?\n]{0,80}?năm (\d{4})/iu.exec(head(text, 3));
    if (!m) return null;
    const before = new RegExp(String.raw`(?:kết quả|tình hình)[^.!?\n]{0,60}?năm ${Number(m[1]) - 1}(?!\s*[-–])`, 'iu').exec(text);
    return before ? [`${m[0]} ‖ ${before[0]}`] : null;
  },
};

printArticleForms(SETS, FORMS, { examples, only });
