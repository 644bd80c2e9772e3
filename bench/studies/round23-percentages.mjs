// Round 23: kinds of percentage statement the audits' misses show, counted in corpus/real, dev and the audits, each
// hit marked by whether a run's records hold a figure of its value for that article ("found") or not ("MISS").
//   node bench/studies/round23-percentages.mjs [--audits 21] [--records /tmp/r23/base] [--examples 6] [--form NAME]
//     [--missed]   (only hits whose figure the records lack)   [--found] (only hits they hold)
// Forms:
//   counted-bracket  a count of units or people that attained a standard, its share in brackets after it ("7.465 hộ
//                    đạt danh hiệu Gia đình Văn hóa (92,8%)", "38 thôn được công nhận Thôn Văn hóa (97,4%)")
//   task-grade-share one grade of a rating's tally ("hoàn thành tốt nhiệm vụ chiếm 10,22%"): a distribution, no target
//                    by the audits' annotators (audits 6 and 20: 4 sentences), but the rule dropping such figures
//                    (a298002) cost blind a figure its annotator lists, and was reverted
//   standard-share   a body that attained a standard, its share by "chiếm" and no count ("tổ chức cơ sở đảng đạt
//                    trong sạch, vững mạnh chiếm 87,97%")
//   strong-org-counted  a count of party cells or unions that reached the standard of a strong body, its share after
//                    it ("Có 36 công đoàn cơ sở vững mạnh, chiếm tỷ lệ 66,6%")
//   from-to-range    a range written with both signs, after a goal cue ("Phấn đấu giảm thời gian giải quyết TTHC trực
//                    tuyến từ 30% đến 50% thời gian …")
//   reached-share-of-total  an amount reached, then its share of a total ("Vốn thực hiện lũy kế ước đạt 162,57 tỷ USD,
//                    bằng 53% tổng vốn đăng ký còn hiệu lực")
//   continued-goal   a sentence that goes on from one of goals ("Phấn đấu đến hết năm 2018, …. Đồng thời, 80% học sinh …
//                    biết bơi")
//   counted-result   a figure worked out from a count done over its total ("thị trấn Ân Thi 88/102 đạt 86%", "cho 652
//                    thanh niên trên tổng số 1.661 lệnh gọi lên trạm khám, đạt 39%"): a result, whatever year it names
//   coverage-attained  a share of units or people that attained something ("92,8% hộ đạt danh hiệu Gia đình văn hóa",
//                    "97,4% thôn được công nhận")
//   horizon-item     a horizon in an earlier item of a figure's sentence ("Quy hoạch chung xã đến năm 2045 đã hoàn
//                    thành; …, giải ngân ước đạt 96,8%"): that item's, not the figure's year
//   rate-reached     "tỷ lệ X đạt Y%" / "tỉ lệ … là Y%"
//   cut-by-year      a cut by a year to come ("cắt giảm 8% lượng phát thải khí nhà kính vào 2030")
import { heldPercentValues, readFlags, realDevAudits, sentenceSpans, oneLine } from './lib.mjs';

const P = String.raw`\d+(?:[.,]\d+)?\s?%`;
const COUNT = String.raw`(?<![\p{L}\d.,])\d[\d.]*(?:\/\d[\d.]*)?\s+`;
const GROUP = String.raw`(?:xã|phường|thị trấn|thôn|bản|ấp|làng|khu dân cư|tổ dân phố|khu phố|hộ|hộ gia đình|gia đình|trường|cơ quan|đơn vị|doanh nghiệp|chi bộ|tổ chức cơ sở đảng|cơ sở|đảng viên|học sinh|trẻ|cán bộ|người|lao động|công trình|dự án|hồ sơ|vụ|xã, phường)`;
const ATTAIN = String.raw`(?:đạt|được công nhận|hoàn thành|được cấp|có)`;
const forms = {
  'counted-bracket': new RegExp(String.raw`${COUNT}${GROUP}[^().;%]{0,25}?${ATTAIN}[^().;%\d]{0,80}\(\s*(?:chiếm\s+|đạt\s+)?(?:tỷ lệ\s+|tỉ lệ\s+)?(${P})\s*\)`, 'u'),
  'task-grade-share': new RegExp(String.raw`hoàn thành(?:\s+(?:tốt|xuất sắc))?\s+nhiệm vụ,?\s+(?:chiếm|đạt|là)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(${P})`, 'iu'),
  'standard-share': new RegExp(String.raw`(?<!\d[\d.]*\s+[^\s,;]+\s+)${ATTAIN}\s+(?:chuẩn|danh hiệu|trong sạch)[^.;%\d]{0,60}?,?\s+chiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(${P})`, 'iu'),
  'strong-org-counted': new RegExp(String.raw`${COUNT}[^,;.()%]{0,40}?(?:trong sạch,?\s+)?vững mạnh[^.;%]{0,40}?[,(]\s*(?:trong đó\s+)?(?:chiếm|đạt)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?(${P})`, 'iu'),
  'from-to-range': new RegExp(String.raw`(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|đề ra|đặt ra)[^.;]{0,120}?\btừ\s+(${P})\s*(?:đến|tới|-|–)\s*\d+(?:[.,]\d+)?\s?%`, 'iu'),
  'reached-share-of-total': new RegExp(String.raw`đạt\s+(?:khoảng\s+|hơn\s+|gần\s+|trên\s+)?\d[\d.,]*\s+[^,;.%]{1,25}?,\s*bằng\s+(?:khoảng\s+|hơn\s+|gần\s+)?(${P})\s+(?:so với\s+)?tổng`, 'iu'),
  'continued-goal': (text, before) => (/^\s*(?:Đồng thời|Bên cạnh đó|Ngoài ra)\s*,?/u.test(text) && /phấn đấu|mục tiêu|chỉ tiêu/iu.test(before) ? new RegExp(String.raw`(${P})`, 'u').exec(text) : null),
  'counted-result': new RegExp(String.raw`(?:\d[\d.]*\s*\/\s*\d[\d.]*|trên tổng số\s+\d[\d.]*)(?:\s+[^\s\d,.;:%]+){0,6}\s*,?\s*đạt\s+(?:tỷ lệ\s+)?(${P})`, 'iu'),
  'coverage-attained': new RegExp(String.raw`(?<![\d.,])(${P})\s+(?:số\s+|các\s+|tổng số\s+)?${GROUP}[^.;%\d]{0,30}?\s(?:đạt|được công nhận|hoàn thành|được cấp|tham gia|có)\s`, 'iu'),
  'horizon-item': new RegExp(String.raw`(?:đến|tới|trước)\s+năm\s+20\d\d[^.;%]{0,80};[^.;]{0,120}?(${P})`, 'iu'),
  'rate-reached': new RegExp(String.raw`t[ỷỉ] lệ\s+[^.;%\d]{1,60}?\s(?:đạt|là)\s+(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?(${P})`, 'iu'),
  'cut-by-year': new RegExp(String.raw`giảm\s+(?:tới\s+|khoảng\s+|ít nhất\s+)?(${P})[^.;%]{0,60}?\s(?:vào|đến|trước)\s+(?:năm\s+)?20\d\d`, 'iu'),
};

const flags = readFlags();
const recordsDir = flags.value('--records') ?? '/tmp/r23/base';
const found = heldPercentValues(recordsDir, ['real', 'dev', 'audits'], (file) => file.replace(/^\/tmp\/a(\d+)all\//, 'audit$1/').replace(/^.*\/(?:real|dev)\//, ''));
const valueOf = (s) => Number(s.replace(/\s?%$/, '').replace(',', '.'));
const examples = flags.number('--examples', 6);
const only = flags.value('--form') ?? '';
for (const [name, form] of Object.entries(forms)) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}`);
  for (const [set, articles] of await realDevAudits(flags.number('--audits', 21))) {
    const hits = [];
    for (const a of articles) {
      let previous = '';
      for (const s of sentenceSpans(a.text)) {
        const text = a.text.slice(s.start, s.end);
        const before = previous;
        previous = text;
        const m = typeof form === 'function' ? form(text, before) : form.exec(text);
        if (!m) continue;
        const held = found.get(a.file);
        const ok = held?.has(valueOf(m[1])) ?? false;
        if ((flags.has('--missed') && ok) || (flags.has('--found') && !ok)) continue;
        hits.push(`${ok ? 'found' : 'MISS '} ${a.file}: ${oneLine(text.slice(Math.max(0, m.index - 60), m.index + m[0].length)).slice(-220)}`);
      }
    }
    const missed = hits.filter((h) => h.startsWith('MISS')).length;
    console.log(`${set.padEnd(12)} ${hits.length} (${missed} missed)`);
    for (const h of hits.slice(0, examples)) console.log(`  ${h}`);
  }
}

// congress-term (article level): a congress named with its ordinal and term ("Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ
// 2025–2030"), whose stretch of years is part of the body's name like "khóa XIX, nhiệm kỳ 2016-2021": the articles
// that name one, and of them those with a figure in the records.
if (!only || only === 'congress-term') {
  console.log('\n## congress-term (articles)');
  const TERM = /lần thứ\s+[IVXLC\d]+\s*,?\s*\(?\s*nhiệm kỳ\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/u;
  for (const [set, articles] of await realDevAudits(flags.number('--audits', 21))) {
    const named = articles.filter((a) => TERM.test(a.text));
    const withFigures = named.filter((a) => (found.get(a.file)?.size ?? 0) > 0);
    if (named.length) console.log(`${set.padEnd(12)} ${named.length} (${withFigures.length} with figures) ${withFigures.map((a) => a.file).join(' ')}`);
  }
}
