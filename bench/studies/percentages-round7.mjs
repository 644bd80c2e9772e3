#!/usr/bin/env node
// Corpus study (round 7): `--only status`: in the articles an `extract` run gives a one-year reviewed period, every
// sentence with a percentage figure that names a later year than the period's (a results report published the year
// after the year it reviews: "năm 2016" reviewed, "Quý I/2017 đã đạt 30%"), by whether that later year is after the
// page's date (publication, else event day) or not, and whether a plan word stands in the sentence; each sentence
// listed, so whether such a figure is a plan can be read. The percentages refiner marked a figure planned when its
// year was after the article's reference year, which is the period's year before the publication's. The other
// sections (`later`, `bare`, `chiem`, `after`, `bang`) are described where they start.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl
//   node bench/studies/percentages-round7.mjs /tmp/real.jsonl --only status|later|bare|chiem|after|bang
// Read-only; prints to stdout. Needs `npm run build` (it cleans each article with dist/ as the extractor does).
import fs from 'node:fs';
import path from 'node:path';
import { oneLine, readFlags, readReal, root, sentenceSpans, shared, Tally } from './lib.mjs';

const flags = readFlags();
const records = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!records) {
  console.error('usage: node bench/studies/percentages-round7.mjs OUT.jsonl [--only status]');
  process.exit(2);
}
const only = flags.value('--only') ?? 'status';
const built = await import(path.join(root, 'dist', 'prepare.js'));
const realDir = path.join(shared, 'corpus', 'real');
const cleanedText = (file) => {
  const p = built.prepareArticle({ file, bytes: fs.readFileSync(path.join(realDir, path.basename(file))) });
  return p.ok ? p.cleaned.text : '';
};
const yearOf = (iso) => (iso ? Number(String(iso).slice(0, 4)) : null);
const PERCENT = /\d+(?:[.,]\d+)*\s?%/u;
const YEAR = /(?<![\d/.-])(?:năm\s+|\/|-|\.)?((?:19|20)\d\d)(?!\d)/gu;

/** Calls fn({ file, sentence, previous }) for every sentence of corpus/real (previous: the sentence before, or ''). */
function eachRealSentence(fn) {
  for (const { file, text } of readReal()) {
    const spans = sentenceSpans(text);
    spans.forEach((s, i) => fn({ file, sentence: text.slice(s.start, s.end), start: s.start, previous: i > 0 ? text.slice(spans[i - 1].start, spans[i - 1].end) : '' }));
  }
}

/** The percentages of the `extract` run: [{ file (base name), ...percentage }]. */
function runPercentages() {
  const out = [];
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    for (const p of r.percentages ?? []) out.push({ file: path.basename(r.file), ...p });
  }
  return out;
}

/** The tally, most counted first, then every listed row. */
function printCounts(title, tally, rows) {
  console.log(`# ${title}\n`);
  for (const e of tally.sorted()) console.log(`${String(e.n).padStart(4)}  ${e.key}`);
  console.log('');
  for (const row of rows) console.log(row);
}

const PLAN_WORD = /(?<![\p{L}])(?:phấn đấu|kế hoạch|mục tiêu|chỉ tiêu|dự kiến|dự toán|sẽ|đề ra|đặt ra|phải|cần|nhiệm vụ)(?![\p{L}])/iu;

if (only === 'status') {
  const tally = new Tally();
  const rows = [];
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    if (!r.period?.from || r.period.from.slice(0, 4) !== r.period.to.slice(0, 4)) continue;
    const periodYear = yearOf(r.period.from);
    const dated = yearOf(r.published) ?? yearOf(r.date);
    const text = cleanedText(r.file);
    const found = new Set((r.percentages ?? []).map((p) => p.span[0]));
    for (const s of sentenceSpans(text)) {
      const sentence = text.slice(s.start, s.end);
      if (!PERCENT.test(sentence)) continue;
      const later = [...sentence.matchAll(YEAR)].map((m) => Number(m[1])).filter((y) => y > periodYear);
      if (!later.length) continue;
      const y = Math.min(...later);
      const when = dated === null ? 'undated page' : y > dated ? 'after the page date' : 'not after the page date';
      const plan = PLAN_WORD.test(sentence) ? 'plan word' : 'no plan word';
      const finding = [...found].some((at) => at >= s.start && at < s.end) ? 'a finding' : 'no finding';
      tally.add(`${when} / ${plan} / ${finding}`);
      rows.push(`${path.basename(r.file)} period ${periodYear} page ${dated ?? '-'} later ${y} | ${when} | ${plan} | ${finding}\n   ${oneLine(sentence).slice(0, 400)}`);
    }
  }
  printCounts(`sentences with a figure naming a year after the reviewed period's (${records})`, tally, rows);
}

// `--only later`: independent of the period rule: in every article of corpus/real that reviews a year X (a review
// word before "năm X": tổng kết, sơ kết, kết quả, báo cáo, trong năm), each sentence with a percentage figure naming
// X+1 (the year after the reviewed one, the year such reports are written in), by the form of X+1 (a month, quarter or
// stretch of months of it, or the bare year) and by whether a plan word stands in the sentence.
if (only === 'later') {
  const REVIEW = /(?<![\p{L}])(?:tổng kết|sơ kết|kết quả|báo cáo|trong năm|cả năm|năm qua)[^.\n]{0,60}?năm\s+((?:19|20)\d\d)(?!\d)/giu;
  const tally = new Tally();
  const rows = [];
  for (const { file, text } of readReal()) {
    const reviewed = new Set([...text.matchAll(REVIEW)].map((m) => Number(m[1])));
    if (reviewed.size !== 1) continue;
    const x = [...reviewed][0];
    const next = new RegExp(`(?<![\\d])(?:(quý\\s+[IV1-4]+|tháng\\s+\\d{1,2}|\\d{1,2}\\s+tháng\\s+đầu\\s+năm|đầu\\s+năm|năm)\\s*[/-]?\\s*)?${x + 1}(?!\\d)`, 'iu');
    for (const s of sentenceSpans(text)) {
      const sentence = text.slice(s.start, s.end);
      const m = PERCENT.test(sentence) ? next.exec(sentence) : null;
      if (!m) continue;
      const form = m[1] ? (/^năm$/iu.test(m[1]) ? 'năm X+1' : 'part of X+1') : `bare ${x + 1}`;
      const plan = PLAN_WORD.test(sentence) ? 'plan word' : 'no plan word';
      tally.add(`${form} / ${plan}`);
      rows.push(`${file} reviewed ${x} | ${form} | ${plan}\n   ${oneLine(sentence).slice(0, 360)}`);
    }
  }
  printCounts('sentences with a figure naming the year after the one an article reviews (corpus/real)', tally, rows);
}

// `--only bare`: every figure of corpus/real right after a goal or level noun that names no measure ("thấp hơn mục tiêu
// 12%", "mục tiêu đề ra khoảng 5,5%", "cần đạt mức tăng từ 8,5 tới 9,45%"), by where a measure is named: in its own
// sentence before it (and whether that sentence speaks of a forecast), only in the sentence before (an anaphor "Đây
// là mức tăng …"), or nowhere near; with the target the `extract` run gives it (matched by article and value).
if (only === 'bare') {
  const BARE = /(?<![\p{L}])(?:(mục tiêu|chỉ tiêu)(?:\s+(?:đề ra|đặt ra|cả năm|của cả năm|năm nay|trung hạn))?|(mức tăng(?: trưởng)?))(?:\s+(?:là|ở mức|khoảng|từ|trên|dưới))*\s+(\d+(?:[.,]\d+)?)(?:\s*(?:[-–]|tới|đến)\s*\d+(?:[.,]\d+)?)?\s?%/giu;
  const MEASURE = /(?<![\p{L}])(?:tăng trưởng(?: tín dụng| kinh tế| GDP| GRDP)?|tín dụng|GDP|GRDP|CPI|lạm phát|chỉ số giá(?: tiêu dùng)?|cung tiền|thu ngân sách|xuất khẩu)(?![\p{L}])/gu;
  const FORECAST = /(?<![\p{L}])(?:dự báo|dự đoán|nhận định|kịch bản|triển vọng)(?![\p{L}])/iu;
  const targets = new Map(runPercentages().map((p) => [`${p.file} ${p.value}`, p.target]));
  const tally = new Tally();
  const rows = [];
  eachRealSentence(({ file, sentence, previous }) => {
    for (const m of sentence.matchAll(BARE)) {
      // a goal noun with its measure right after it ("mục tiêu tăng trưởng 6,7%") is not bare: the regex allows only
      // links between the noun and the figure
      const before = sentence.slice(0, m.index);
      const own = [...before.matchAll(MEASURE)].pop();
      const prev = [...previous.matchAll(MEASURE)].pop();
      const where = own ? (FORECAST.test(before) ? 'measure before, forecast sentence' : 'measure before') : prev ? 'measure only in the sentence before' : 'no measure near';
      const target = targets.get(`${file} ${Number(m[3].replace(',', '.'))}`);
      const got = target === undefined ? 'no finding' : /^(?:mục tiêu|chỉ tiêu|mức tăng(?: trưởng)?)$/iu.test(target) ? 'bare target' : 'target with a measure';
      tally.add(`${m[2] ? 'mức tăng' : 'mục tiêu/chỉ tiêu'} / ${where} / ${got}`);
      rows.push(`${file} | ${where} | ${got}${target !== undefined ? ` "${target}"` : ''} | measure: ${own?.[0] ?? prev?.[0] ?? '-'}\n   ${oneLine(before).slice(-220)}[[${m[0]}]]${oneLine(sentence.slice(m.index + m[0].length)).slice(0, 80)}`);
    }
  });
  printCounts('figures after a goal or level noun that names no measure (corpus/real)', tally, rows);
}

// `--only chiem`: "…, chiếm (tỷ lệ) Y%" after a clause that counts units or people ("số cơ sở đạt là 18.416 cơ sở,
// chiếm tỷ lệ 82,4%", "có 12 xã đạt chuẩn nông thôn mới, chiếm 26%"): by whether that clause has a predicate of
// attainment (đạt, hoàn thành, được công nhận …) and a count, against the other "chiếm" shares (a market's, a total's).
if (only === 'chiem') {
  const CHIEM = /(?<![\p{L}])chiếm\s+(?:tỷ lệ\s+|tỉ lệ\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+|xấp xỉ\s+)*\d+(?:[.,]\d+)?\s?%/giu;
  const ATTAIN = /(?<![\p{L}])(?:đạt|hoàn thành|được công nhận|công nhận|tốt nghiệp|đỗ|trúng tuyển|lên lớp|có việc làm|xếp loại|được cấp|được hỗ trợ|tham gia|thoát nghèo|được giải quyết|giải quyết xong)(?![\p{L}])/iu;
  const COUNT = /(?<![\p{L}\d])\d[\d.,]*\s*(?:\/\s*\d[\d.,]*\s*)?(?:[\p{L}]+)/u;
  const tally = new Tally();
  const rows = [];
  eachRealSentence(({ file, sentence }) => {
    for (const m of sentence.matchAll(CHIEM)) {
      const before = sentence.slice(0, m.index);
      const clause = before.split(/[;:]/).pop().split(/,/).slice(-2).join(',');
      const attain = ATTAIN.test(clause);
      const count = COUNT.test(clause);
      tally.add(`${attain ? 'attainment' : 'no attainment'} / ${count ? 'count' : 'no count'}`);
      if (attain && count) rows.push(`${file}\n   ${oneLine(before).slice(-200)}[[${m[0]}]]${oneLine(sentence.slice(m.index + m[0].length)).slice(0, 60)}`);
    }
  });
  printCounts('"chiếm (tỷ lệ) Y%" by the clause before it (corpus/real)', tally, rows);
}

// `--only after`: a figure followed at once by a word that opens a predicate of its own ("… đạt khoảng 80% sẽ dừng hẳn
// xe máy", "… 2% sẽ được áp dụng"), which the target reader would take for what the figure is a share of; by word,
// with every sentence ("chỉ" and "không" open nouns too, "chỉ tiêu", "không gian", so they are counted, not used).
if (only === 'after') {
  const AFTER = /\d\s?%\s+(sẽ|đang|vẫn|chưa|chỉ|không|mới)(?![\p{L}])/gu;
  const tally = new Tally();
  const rows = [];
  eachRealSentence(({ file, sentence }) => {
    for (const m of sentence.matchAll(AFTER)) {
      tally.add(m[1]);
      rows.push(`${file} ${m[1]}\n   ${oneLine(sentence.slice(Math.max(0, m.index - 160), m.index))}[[${m[0]}]]${oneLine(sentence.slice(m.index + m[0].length)).slice(0, 60)}`);
    }
  });
  printCounts('a figure followed at once by a predicate word (corpus/real)', tally, rows);
}

// `--only bang`: "…, bằng Y%" / "đạt Y%" closing its clause with nothing after the figure, by where a plan noun (kế
// hoạch, dự toán, chỉ tiêu, mục tiêu, nhiệm vụ) stands: earlier in its sentence, only in the sentence before, or
// nowhere near; with "so với cùng kỳ" or a year compared in the clause counted apart (a level against last year's).
if (only === 'bang') {
  const BANG = /(?<![\p{L}])(bằng|đạt|tương đương)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+|xấp xỉ\s+)?\d+(?:[.,]\d+)?\s?%(?=\s*(?:[,;.)]|$))/giu;
  const PLAN = /(?<![\p{L}])(?:kế hoạch|dự toán|chỉ tiêu|mục tiêu|nhiệm vụ)(?![\p{L}])/iu;
  const SAME_PERIOD = /cùng kỳ|so với|năm trước|năm ngoái/iu;
  const found = new Map();
  for (const p of runPercentages()) found.set(p.file, [...(found.get(p.file) ?? []), p.span[0]]);
  const tally = new Tally();
  const rows = [];
  eachRealSentence(({ file, sentence, start, previous }) => {
    for (const m of sentence.matchAll(BANG)) {
      const before = sentence.slice(0, m.index);
      if (SAME_PERIOD.test(before.split(/[,;:]/).pop())) {
        tally.add(`${m[1]} / compared with a past level`);
        continue;
      }
      const where = PLAN.test(before) ? 'plan noun earlier in its sentence' : PLAN.test(previous) ? 'plan noun only in the sentence before' : 'no plan noun near';
      const at = start + m.index;
      const isFound = (found.get(file) ?? []).some((k) => k >= at - 2 && k <= at + m[0].length);
      tally.add(`${m[1]} / ${where} / ${isFound ? 'found' : 'missed'}`);
      if (where !== 'no plan noun near') rows.push(`${file} | ${where} | ${isFound ? 'found' : 'missed'}\n   ${oneLine(before).slice(-220)}[[${m[0]}]]${oneLine(sentence.slice(m.index + m[0].length)).slice(0, 60)}`);
    }
  });
  printCounts('"bằng/đạt Y%" closing its clause, by where a plan noun is named (corpus/real)', tally, rows);
}
