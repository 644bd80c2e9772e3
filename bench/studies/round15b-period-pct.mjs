// Round 15, second wave: the period and percentage forms audit 5 (/tmp/a5all) missed, counted by article in
// corpus/real, dev and the five audit sets, with examples. Forms (`--only NAME`):
//   coming-month       a monthly meeting named for the month after its day ("Chiều 31/10/2025, … Hội nghị giao ban …
//                      triển khai nhiệm vụ trọng tâm tháng 11 năm 2025"): that month has not begun, it is planned
//   banner             a slogan line above the headline ("Nhiệt liệt chào mừng … Đại hội … của Đảng!"): page chrome,
//                      which the lead took for its first sentence
//   council-session    a people's council holding its session in the first three lines ("Hội đồng nhân dân xã tổ
//                      chức kỳ họp thứ chín", "kỳ họp thường lệ cuối năm"), against a press briefing on one ("họp báo")
//   coming-year-meeting  a meeting in the first three lines on a year after its day's ("Chiều nay, ngày 9/12/2021 …
//                      Hội nghị ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2022") and the year before opening a
//                      clause in the text ("Năm 2021, … đã …")
//   past-term-years    a congress opening a term in the first three lines ("Đại hội … nhiệm kỳ 2022-2027") and the
//                      years before it named as years ("Từ năm 2017 đến năm 2021, Hội đã …")
//   quarter-total      a quarter after the first ("quý III") in the first three lines and the months of the year to its
//                      end stated in the text ("ước 9 tháng năm 2018 đạt 200 tỷ đồng")
//   midterm-part       "sơ kết N năm" before a stage or term of more than N + 1 years ("sơ kết 3 năm thực hiện Nghị
//                      quyết … giai đoạn 2021-2025")
//   plan-share         a figure of a plan reached ("đạt 94,5% kế hoạch đề ra") and another figure later in its sentence:
//                      the plan noun was read as a plan cue for it
//   set-need           "X% số …" and a need within 8 words ("đạt 100% số nhà tạm bợ, dột nát cần phải xóa") and a
//                      figure later in the sentence
//   group-will         a share of a group and "sẽ" in its clause ("100% đơn vị thuộc Sư đoàn 5 sẽ đồng loạt thực hiện …")
//   assessed-group     a figure right after "đánh giá" (to assess; its "giá" was read as a price): a group and the
//                      grade it reached ("được Quân khu đánh giá 100% các đơn vị đạt khá trở lên") or an estimate
//                      ("được đánh giá là 55%")
//   start-item         a start year ("từ năm 2017") and, past a semicolon in its sentence, a figure reached ("…; thương
//                      mại dịch vụ, đạt 53%")
// Usage: node bench/studies/round15b-period-pct.mjs [--only NAME] [--examples N]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--only');

const SETS = await realDevAudits(5);
const head = (text, n) => text.split('\n').filter((l) => l.trim()).slice(0, n).join('\n');
const PCT = String.raw`\d+(?:[.,]\d+)?\s?%`;

const FORMS = {
  'coming-month': (text) => {
    const lines = head(text, 4);
    const day = /(?:Sáng|Chiều|Tối|Ngày)\s+(?:ngày\s+)?\d{1,2}[/.-](\d{1,2})(?:[/.-](\d{4}))?/iu.exec(lines);
    if (!day) return null;
    const next = (Number(day[1]) % 12) + 1;
    return new RegExp(String.raw`(?:triển khai|giao ban|nhiệm vụ)[^.\n]{0,40}?tháng\s+${next}(?!\d)(?:\s*(?:[/.-]|năm)\s*\d{4})?`, 'iu').exec(lines.slice(day.index));
  },
  banner: (text) => {
    const first = head(text, 1);
    return /chào mừng[^\n]*!\s*$/iu.test(first) ? [first] : null;
  },
  'council-session': (text) =>
    /(?:HĐND|Hội đồng nhân dân)[^.;!?\n]{0,80}?(?:tổ chức|khai mạc|bế mạc)(?: thành công)? kỳ họp|kỳ họp thường lệ/iu.exec(head(text, 3)) ??
    (/họp báo[^.\n]{0,40}kỳ họp/iu.test(head(text, 3)) ? ['(press briefing) ' + /họp báo[^.\n]{0,60}/iu.exec(head(text, 3))[0]] : null),
  'coming-year-meeting': (text) => {
    const lines = head(text, 3);
    const day = /ngày\s+\d{1,2}[/.-]\d{1,2}[/.-](\d{4})/iu.exec(lines);
    if (!day) return null;
    const y = Number(day[1]);
    const meeting = new RegExp(String.raw`(?:hội nghị|đại hội)[^.\n]{0,100}?năm ${y + 1}`, 'iu').exec(lines);
    const before = meeting && new RegExp(String.raw`(?:^|[.!?]\s+|\n)(?:Trong\s+)?[Nn]ăm ${y}\s*,`, 'u').exec(text);
    return before ? [`${meeting[0]} ‖ ${before[0].trim()}`] : null;
  },
  'past-term-years': (text) => {
    const opens = /đại hội[^\n]{0,100}?nhiệm kỳ\s*(\d{4})\s*[-–]\s*\d{4}/iu.exec(head(text, 3));
    if (!opens) return null;
    const a = Number(opens[1]);
    const years = new RegExp(String.raw`(?:từ\s+)?năm\s+(\d{4})\s*(?:đến|[-–])\s*(?:năm\s+)?(?:${a - 1}|${a})(?!\d)`, 'iu').exec(text);
    return years && Number(years[1]) >= a - 5 && Number(years[1]) < a ? [`${opens[0]} ‖ ${years[0]}`] : null;
  },
  'quarter-total': (text) => {
    const q = /quý\s+(II|III|IV|[234])(?![\p{L}\d])/iu.exec(head(text, 3));
    if (!q) return null;
    const n = { II: 6, III: 9, IV: 12, 2: 6, 3: 9, 4: 12 }[q[1].toUpperCase()];
    const total = new RegExp(String.raw`(?<!\d)${n} tháng(?: đầu)? năm(?:\s+\d{4}|\s+nay)?[^.;\n]{0,40}?(?:đạt|tăng|giảm)`, 'iu').exec(text);
    return total ? [`${q[0]} ‖ ${total[0]}`] : null;
  },
  'midterm-part': (text) => {
    for (const m of text.matchAll(/sơ kết\s+(\d+)\s+năm[^.!?\n]{0,200}?(?:giai đoạn|nhiệm kỳ)\s*(\d{4})\s*[-–]\s*(\d{4})/giu))
      if (Number(m[3]) - Number(m[2]) + 1 > Number(m[1]) + 1) return m;
    return null;
  },
  'plan-share': (text) => new RegExp(String.raw`(?:đạt|hoàn thành|bằng)\s+${PCT}\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|dự toán)[^.!?\n]{0,160}?(?:đạt|hoàn thành)\s+${PCT}`, 'iu').exec(text),
  'set-need': (text) => new RegExp(String.raw`${PCT}\s+số(?:\s+[^\s.;:!?]+|,){1,8}?\s+(?:cần|phải|sẽ|để|nhằm)(?![\p{L}])[^.!?\n]{0,200}?${PCT}`, 'iu').exec(text),
  'group-will': (text) => new RegExp(String.raw`${PCT}\s+(?:các\s+|số\s+)?(?:đơn vị|cán bộ|học sinh|hộ|xã|trường|cơ quan|chiến sĩ|người)(?:\s+[^\s.,;:!?]+){0,8}?\s+sẽ(?![\p{L}])`, 'iu').exec(text),
  'assessed-group': (text) => new RegExp(String.raw`đánh giá\s+(?:là\s+)?${PCT}[^.;\n]{0,60}`, 'iu').exec(text),
  'start-item': (text) => new RegExp(String.raw`từ năm \d{4}[^.!?\n;]{0,120};[^.!?\n]{0,160}?(?:đạt|hoàn thành)\s+(?:trên\s+)?${PCT}`, 'iu').exec(text),
};

printArticleForms(SETS, FORMS, { examples, only });
