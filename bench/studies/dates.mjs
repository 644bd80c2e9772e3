#!/usr/bin/env node
// Corpus study: how real Vietnamese news writes the day of the reported event, and which dates are not the event
// (historical, deadlines, future events, background, dates of documents). Counts date mentions in
// ../shared/corpus/real by form, position and context, then checks a rule of thumb against the dev set's expected dates.
//   node bench/studies/dates.mjs
// Reads ../shared relative to the repo root, or VNREPORT_SHARED. Read-only; prints to stdout.
import { Tally, markedSnippet, readDev, readFlags, readReal, builtCleaner, sentenceSpans } from './lib.mjs';

const flag = readFlags();
// --sample "future" 12: also print 12 evenly spaced mentions whose context label starts with that text, to check by eye
const SAMPLE = flag.has('--sample') ? { label: flag.value('--sample'), n: Number(flag.value('--sample', 2) ?? 10), hits: [] } : null;
const snippet = (text, start, end, before = 60, after = 60) => markedSnippet(text, start, end, before, after);
// an example from the first mention of a key and one from its 15th
const tally = () => new Tally({ early: 1, laterAt: 15 });

// ---------- date mentions ----------
const L = String.raw`(?<![\p{L}\d])`;
const PART_OF_DAY = String.raw`(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)`;
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|CN)`;
const RELATIVE = String.raw`(?:hôm nay|hôm qua|sáng nay|trưa nay|chiều nay|tối nay|đêm nay|sáng qua|chiều qua|tối qua|đêm qua|ngày mai|sáng mai|chiều mai|tối mai|hôm kia|mới đây|vừa qua)`;
// D/M, D-M, D.M with optional year; a day range "14-15/5"; "ngày D tháng M năm YYYY"
const DM = String.raw`(\d{1,2})(?:\s*(?:-|–|và|đến)\s*(\d{1,2})|,\s+(\d{1,2}))?\s*([/.-])\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)?\d{2}))?(?![\d/])`;
const MENTION_RE = new RegExp(
  [
    String.raw`(?<wordy>${L}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+((?:19|20)\d{2}))?)`,
    String.raw`(?<num>(?<![\d/.,])${DM})`,
  ].join('|'),
  'giu',
);
const TIMESTAMP_RE = /^\s*\d{2}\/\d{2}\/\d{2} \d{2}:\d{2} GMT\+7\s*$/;

function parseMention(m) {
  if (m.groups.wordy) {
    return { day: +m[2], month: +m[3], year: m[4] ? +m[4] : null, text: m[0], wordy: true };
  }
  const day = +m[6];
  const month = +m[10];
  let year = m[11] ? +m[11] : null;
  if (year !== null && year < 100) year += 2000;
  return { day, month, year, range: Boolean(m[7] ?? m[8]), sep: m[9], text: m[0] };
}

// What stands right before the date decides its form.
function formOf(before, after, mention) {
  const b = before.slice(-40);
  if (mention.wordy) {
    return /,\s*$/.test(b) && /^[\p{Lu}][\p{L} .]{1,30},\s*$/u.test(b.split('\n').pop()) ? 'dateline "Place, ngày D tháng M năm YYYY"' : '"ngày D tháng M năm YYYY" (spelled out)';
  }
  if (new RegExp(`${RELATIVE}\\s*[(,]\\s*(?:ngày\\s+)?$`, 'iu').test(b)) return 'relative + (D/M) or , D/M: "sáng nay (30-5)", "Sáng nay, 27/6"';
  if (new RegExp(`${WEEKDAY}\\s*(?:\\(|,\\s*(?:ngày\\s+)?|ngày\\s+)\\s*$`, 'iu').test(b)) return 'weekday + date: "thứ Hai (24/4)", "Chủ nhật, 21/5"';
  if (new RegExp(`${PART_OF_DAY}\\s+(?:${WEEKDAY}\\s*,?\\s*)?(?:ngày\\s+|hôm\\s+)?$`, 'iu').test(b)) return 'part of day + D/M: "Sáng 21/4", "chiều 31-5"';
  if (/\(\s*$/.test(b) && /^\s*\)/.test(after)) return 'parenthesised "(30-5)" after another word';
  if (/(?<![\p{L}])(?:ngày|hôm)\s+$/iu.test(b)) return '"Ngày 31-3" / "hôm 23/5"';
  if (/(?<![\p{L}])(?:từ|đến|tới|trước|sau|vào|hết)\s+$/iu.test(b)) return 'preposition + D/M: "từ 28-29.5", "trước 30/6"';
  if (mention.year) return 'bare D/M/YYYY';
  return null; // a bare D/M without year: too often a fraction, score or ratio to count
}

const NEGATIVE_CUES = [
  ['document date (Quyết định số …/QĐ-… ngày …)', new RegExp(String.raw`(?:quyết định|nghị định|nghị quyết|thông tư|chỉ thị|công văn|văn bản|kế hoạch|thông báo|tờ trình|luật|hiến pháp|công điện|hướng dẫn|đề án|số\s+\d+[\/\p{L}\d-]*)[^.;]{0,40}?(?:ngày|,)\s*$`, 'iu')],
  ['document issued (… ban hành ngày …)', /(?<![\p{L}])ban\s+hành\s+(?:vào\s+)?(?:ngày\s+)?$/iu],
  ['deadline (trước ngày, đến hết ngày, chậm nhất, hạn …)', /(?:trước|chậm nhất|hạn chót|hạn cuối|thời hạn|đến hết|hết|kéo dài đến|kéo dài tới|trước thời điểm)\s+(?:ngày\s+)?$/iu],
  ['effective/from date (từ ngày, kể từ, có hiệu lực)', /(?:kể từ|có hiệu lực(?: từ| kể từ)?|áp dụng từ|bắt đầu từ)\s+(?:ngày\s+)?$/iu],
  ['cumulative (tính đến ngày)', /tính\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?$/iu],
  ['future (ngày mai, sẽ, dự kiến, sắp, … tới)', /(?:ngày mai|sáng mai|chiều mai|tối mai|dự kiến|sắp|sẽ)[^.;]{0,40}$/iu],
  ['background (trước đó, hồi, hôm … trước)', /(?:trước đó|hồi|từng|cách đây)[^.;]{0,25}$/iu],
  ['anniversary / history (kỷ niệm, ra đời, thành lập …)', /(?:kỷ niệm|ra đời|thành lập|sinh ngày|mất ngày|hy sinh|giải phóng|chiến thắng|lịch sử)[^.;]{0,40}$/iu],
];
const FUTURE_AFTER = /^\s*(?:\/\s*\d{2,4}\s*)?(?:tới|sắp tới|tới đây)(?![\p{L}])/iu;

const NOT_A_DATE_AFTER = /^(?:[.,]\d|\s*%)|^\s*(?:tuổi|lần|người|giờ|phút|km|m\b|%|điểm|bàn|trận|tỷ|triệu|nghìn|ngàn|so với|hộ|xã|trường)/iu;
function mentionsOf(article, { titleLine = true } = {}) {
  const { text } = article;
  const sentences = sentenceSpans(text);
  const firstLine = titleLine ? sentences[0]?.lineNo ?? 0 : -1;
  const body = sentences.filter((s) => s.lineNo !== firstLine && !TIMESTAMP_RE.test(text.slice(s.start, s.end)));
  const out = [];
  MENTION_RE.lastIndex = 0;
  for (const m of text.matchAll(MENTION_RE)) {
    const p = parseMention(m);
    if (!(p.day >= 1 && p.day <= 31 && p.month >= 1 && p.month <= 12)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (TIMESTAMP_RE.test(line)) {
      out.push({ ...p, start: m.index, end: m.index + m[0].length, form: 'chrome timestamp "31/05/13 10:48 GMT+7"', position: 'chrome', negative: 'publication timestamp', sentenceText: line });
      continue;
    }
    const before = text.slice(Math.max(lineStart, m.index - 80), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!p.wordy && !p.year && NOT_A_DATE_AFTER.test(after)) continue;
    const form = formOf(text.slice(lineStart, m.index), after, p);
    if (!form) continue;
    const s = sentences.find((x) => m.index >= x.start && m.index < x.end);
    const sentenceText = s ? text.slice(s.start, s.end) : line;
    const bi = body.indexOf(s);
    const position = s?.lineNo === firstLine ? 'title' : bi >= 0 ? (bi < 3 ? `sentence ${bi + 1}` : 'sentence 4+') : 'other';
    const inSentenceBefore = s ? text.slice(s.start, m.index) : before;
    let negative = null;
    if (FUTURE_AFTER.test(after)) negative = 'future (ngày mai, sẽ, dự kiến, sắp, … tới)';
    else for (const [label, re] of NEGATIVE_CUES) if (re.test(inSentenceBefore.slice(-80))) {
      negative = label;
      break;
    }
    const restOfSentence = s ? text.slice(m.index + m[0].length, Math.min(s.end, m.index + m[0].length + 80)) : after;
    // "sẽ" after the date marks a future event only when no verb of saying stands between ("Ngày 9/6, bà May thông báo sẽ …" is an announcement)
    const futureAfter = restOfSentence.match(/(?<![\p{L}])(?:sẽ|dự kiến)(?![\p{L}])/iu);
    const saying = /(?<![\p{L}])(?:tuyên bố|thông báo|cho biết|cho hay|công bố|khẳng định|cam kết|yêu cầu|đề nghị|chỉ đạo|quyết định|ra mắt|cho rằng|nói|phát biểu|đồng ý|nhất trí|thông qua)(?![\p{L}])/iu;
    if (!negative && (FUTURE_AFTER.test(after) || (futureAfter && !saying.test(restOfSentence.slice(0, futureAfter.index))))) negative = 'future (ngày mai, sẽ, dự kiến, sắp, … tới)';
    if (!negative && /^\s*(?:-|–)\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/.test(after)) negative = 'anniversary / history (kỷ niệm, ra đời, thành lập …)';
    if (!negative && p.year && /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:-|–)\s*$/.test(before)) negative = 'anniversary span end "(27/7/1947 – 27/7/2017)"';
    const sentenceStart = s ? m.index - s.start < 25 : false;
    out.push({ ...p, start: m.index, end: m.index + m[0].length, form, position, negative, sentenceText, sentenceIndex: bi, sentenceStart });
  }
  return { mentions: out, sentences, body };
}

// ---------- real corpus ----------
const real = readReal();
const byForm = tally();
const byFormPos = new Map();
const negatives = tally();
const firstEventForm = tally();
const relativeNoDate = tally();
const historicalByYear = tally();
let articlesWithMention = 0;
let articlesWithLeadEvent = 0;
for (const a of real) {
  const { mentions, body } = mentionsOf(a);
  const ts = a.text.match(/(\d{2})\/(\d{2})\/(\d{2}) \d{2}:\d{2} GMT\+7/);
  const pubYear = ts ? 2000 + Number(ts[3]) : null;
  if (mentions.some((x) => x.position !== 'chrome')) articlesWithMention++;
  for (const x of mentions) {
    const ex = `${a.file}: ${snippet(a.text, x.start, x.end)}`;
    byForm.add(x.form, ex);
    const pos = byFormPos.get(x.form) ?? new Map();
    pos.set(x.position, (pos.get(x.position) ?? 0) + 1);
    if (x.position.startsWith('sentence')) pos.set(x.sentenceStart ? 'opens its sentence' : 'inside its sentence', (pos.get(x.sentenceStart ? 'opens its sentence' : 'inside its sentence') ?? 0) + 1);
    byFormPos.set(x.form, pos);
    let neg = x.negative;
    // the corpus is from 2013 and 2017: without a timestamp, 2013 is the safe lower bound for "historical"
    if (!neg && x.year && x.year < (pubYear ?? 2013) - 1) neg = 'historical (explicit year ≥2 years before publication, or before 2012)';
    if (!neg && x.year && pubYear && x.year > pubYear) neg = 'future (explicit year after publication)';
    if (x.position !== 'chrome') negatives.add(neg ?? '(no negative cue: event candidate)', ex);
    if (SAMPLE && x.position !== 'chrome' && (neg ?? '(no negative cue').startsWith(SAMPLE.label)) SAMPLE.hits.push(ex);
    if (neg?.startsWith('historical') && x.year) historicalByYear.add(`${Math.floor(x.year / 10) * 10}s`);
  }
  const lead = mentions.find((x) => !x.negative && /^sentence [12]$/.test(x.position));
  if (lead) {
    articlesWithLeadEvent++;
    firstEventForm.add(`${lead.form} | ${lead.position}`, `${a.file}: ${snippet(a.text, lead.start, lead.end)}`);
  }
  // relative days in the first two sentences with no day given
  for (const s of body.slice(0, 2)) {
    const st = a.text.slice(s.start, s.end);
    for (const m of st.matchAll(new RegExp(`${L}${RELATIVE}(?![\\p{L}])(?!\\s*\\(\\s*\\d)`, 'giu'))) relativeNoDate.add(m[0].toLowerCase(), `${a.file}: ${snippet(a.text, s.start + m.index, s.start + m.index + m[0].length)}`);
    for (const m of st.matchAll(new RegExp(`${L}vừa\\s+(?:tổ chức|diễn ra|khai mạc|bế mạc|ký|họp|công bố|ban hành)`, 'giu'))) relativeNoDate.add('"vừa" + event verb (no day)', `${a.file}: ${snippet(a.text, s.start + m.index, s.start + m.index + m[0].length)}`);
  }
}
console.log(`# Dates in ${real.length} real articles: ${articlesWithMention} articles have a day-month mention (bare D/M without a cue word or year not counted)`);
byForm.printShares('Forms of a day-month mention');
console.log('\n## Position of each form (title / sentence 1 / 2 / 3 / 4+ after the title / chrome; and of those in body sentences, opening the sentence (first 25 chars) / inside it)');
for (const [form, pos] of [...byFormPos].sort((a, b) => [...b[1].values()].reduce((s, n) => s + n, 0) - [...a[1].values()].reduce((s, n) => s + n, 0))) {
  const g = (k) => pos.get(k) ?? 0;
  console.log(`   ${form}: ${g('title')} / ${g('sentence 1')} / ${g('sentence 2')} / ${g('sentence 3')} / ${g('sentence 4+')} / ${g('chrome')};  opens ${g('opens its sentence')} / inside ${g('inside its sentence')}`);
}
negatives.printShares('Context of the mentions outside chrome (first negative cue that applies; else an event candidate)');
if (SAMPLE) {
  const step = Math.max(1, Math.floor(SAMPLE.hits.length / SAMPLE.n));
  console.log(`\n## Sample of "${SAMPLE.label}" (${SAMPLE.hits.length} mentions, every ${step}th)`);
  for (let i = 0; i < SAMPLE.hits.length && i / step < SAMPLE.n; i += step) console.log('  ' + SAMPLE.hits[i]);
}
historicalByYear.printShares('Historical mentions by decade', { examples: false });
console.log(`\nArticles with a non-negative day mention in body sentence 1 or 2: ${articlesWithLeadEvent} of ${real.length}`);
firstEventForm.printShares('First such mention: form | sentence');
relativeNoDate.printShares('Relative days with no date given, in body sentences 1-2 ("vừa qua", "hôm qua" …)');

// ---------- dev calibration ----------
const dev = readDev({ htmlText: await builtCleaner() });
const YEAR_RE = /(?<![\d/.,-])(?:19|20)\d\d(?![\d%])|(?<=tháng \d{1,2}[/-])(?:19|20)\d\d(?!\d)/g;
// the years a sentence names for itself: not spans (2016-2021), birth years (SN 1980), index names (PCI 2016), other dates
function ownYears(sentence) {
  const cleaned = sentence
    .replace(/(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/g, ' ')
    .replace(/(?:SN|sinh năm|sinh)\s*(?:19|20)\d\d/giu, ' ')
    .replace(/(?:đến|tới|tầm nhìn|giai đoạn|từ)\s+(?:năm\s+)?(?:19|20)\d\d/giu, ' ')
    .replace(/(?:PCI|PAPI|ICT Index)\s*(?:19|20)\d\d/gu, ' ')
    .replace(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d/g, ' ');
  return [...new Set(cleaned.match(YEAR_RE) ?? [])];
}
function yearSource(a, x) {
  if (x.year) return 'in the date itself';
  if (a.expected.published) return 'publication date';
  const ys = ownYears(x.sentenceText);
  if (ys.length === 1) return 'one year of its own in the same sentence';
  if (ys.length > 1) return 'several years in the same sentence';
  const all = ownYears(a.text);
  if (all.length === 1) return 'one year elsewhere in the article (the only one)';
  if (all.length > 1) return 'none in the sentence; several years elsewhere in the article';
  return 'no year in the article';
}
// The rule of thumb: the first mention in body sentences 1-3 whose form is an event form and no negative cue applies.
const EVENT_FORMS = /^(?:part of day|relative|weekday|"Ngày|parenthesised|"ngày D tháng|bare D\/M\/YYYY)/;
const isEventForm = (m) => EVENT_FORMS.test(m.form) || (m.form.startsWith('preposition') && m.sentenceStart && /^từ/iu.test(m.sentenceText.trim()));
// Extra year sources seen in dev (annotators used them): the same day-month written with a year elsewhere
// ("từ ngày 11 - 15/5/2017"), the end of an anniversary span in the lead, the one year of the title and lead.
function extendedYear(a, x, mentions) {
  const same = mentions.find((m) => m !== x && m.year && (m.month === x.month && (m.day === x.day || (m.range && x.day >= m.day))));
  if (same) return [same.year, 'the same day-month with a year elsewhere'];
  const span = a.text.slice(0, 600).match(/\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d\d\s*[-–]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d\d)/);
  if (span) return [Number(span[1]), 'end of an anniversary span in the lead'];
  const ys = ownYears(a.text.slice(0, Math.min(a.text.length, x.end + 300)));
  if (ys.length === 1) return [Number(ys[0]), 'the one year of the text up to the lead'];
  return [null, 'no year'];
}
function ruleOfThumb(a, mentions, { anySentence = false, extended = false } = {}) {
  const x = mentions.find((m) => !m.negative && isEventForm(m) && (anySentence ? m.position.startsWith('sentence') : /^sentence [123]$/.test(m.position)));
  if (!x) return { date: null, x: null, why: 'no event-form mention in sentences 1-3' };
  let year = x.year;
  let why = 'year in the date';
  if (!year && a.expected.published) {
    year = Number(a.expected.published.slice(0, 4));
    why = 'publication year';
    const candidate = `${year}-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`;
    if (candidate > a.expected.published) {
      const daysAfter = (Date.parse(candidate) - Date.parse(a.expected.published)) / 864e5;
      if (daysAfter < 90) return { date: null, x, why: 'after publication: a future event' };
      year -= 1;
      why = 'publication year - 1 (date months after publication)';
    }
  }
  if (!year) {
    const ys = ownYears(x.sentenceText);
    if (ys.length === 1) {
      year = Number(ys[0]);
      why = 'the one year of the same sentence';
    }
  }
  if (!year && extended) [year, why] = extendedYear(a, x, mentions);
  if (!year) return { date: null, x, why: 'no year' };
  return { date: `${year}-${String(x.month).padStart(2, '0')}-${String(x.day).padStart(2, '0')}`, x, why };
}

console.log(`\n# Dev calibration: ${dev.filter((a) => a.expected.date).length} of ${dev.length} dev articles have an event date`);
console.log('   (year sources use the expected "published" value, as the published field has its own extractor)');
const goldForm = tally();
const goldYear = tally();
const goldFirst = tally();
const results = tally();
const nullWhy = tally();
const resultsAny = tally();
const resultsExt = tally();
const detailExt = [];
const detail = [];
for (const a of dev) {
  const { mentions } = mentionsOf(a, { titleLine: a.expected.title !== null });
  const g = a.expected.date;
  const rule = ruleOfThumb(a, mentions);
  const ruleAny = ruleOfThumb(a, mentions, { anySentence: true });
  const ruleExt = ruleOfThumb(a, mentions, { extended: true });
  const verdictExt = ruleExt.date === g ? (g ? 'right date' : 'right null') : g && ruleExt.date ? 'wrong date' : g ? 'missed (rule gives null)' : 'spurious (expected null)';
  resultsExt.add(verdictExt);
  if (ruleExt.date !== rule.date) detailExt.push(`  ${a.file} ${verdictExt}: expected ${g}, extended rule ${ruleExt.date} (${ruleExt.why})`);
  resultsAny.add(ruleAny.date === g ? (g ? 'right date' : 'right null') : g && ruleAny.date ? 'wrong date' : g ? 'missed (rule gives null)' : 'spurious (expected null)');
  if (g) {
    const [gy, gm, gd] = g.split('-').map(Number);
    const hits = mentions.filter((x) => x.day === gd && x.month === gm && (!x.year || x.year === gy) && x.position !== 'chrome');
    const hit = hits[0];
    if (hit) {
      goldForm.add(`${hit.form} | ${hit.position}`, `${a.file}: ${snippet(a.text, hit.start, hit.end)}`);
      goldYear.add(yearSource(a, hit));
      const firstNonChrome = mentions.find((x) => x.position !== 'chrome');
      goldFirst.add(firstNonChrome === hit ? 'the first day mention of the article' : `not the first (first is ${firstNonChrome.form.split(':')[0]}, ${firstNonChrome.negative ?? 'no negative cue'})`);
    } else {
      goldForm.add('(no mention with this day found)', `${a.file}: ${g}`);
      goldYear.add('(no mention)');
    }
  }
  const verdict = rule.date === g ? (g ? 'right date' : 'right null') : g && rule.date ? 'wrong date' : g ? 'missed (rule gives null)' : 'spurious (expected null)';
  results.add(verdict);
  if (verdict === 'right null') nullWhy.add(rule.why, rule.x ? `${a.file}: ${snippet(a.text, rule.x.start, rule.x.end, 50, 40)}` : `${a.file}`);
  if (verdict !== 'right date' && verdict !== 'right null') detail.push(`  ${a.file} ${verdict}: expected ${g}, rule ${rule.date} (${rule.why})${rule.x ? ' ← ' + snippet(a.text, rule.x.start, rule.x.end, 50, 50) : ''}`);
}
goldForm.printShares('Form and sentence of the mention giving the expected date');
goldYear.printShares('Where the expected date\'s year comes from', { examples: false });
goldFirst.printShares('Is the expected date the first day mention?', { examples: false });
results.printShares('Rule of thumb on dev: first event-form mention in body sentences 1-3 without a negative cue; year from the date, else publication, else the one year of its sentence', { examples: false });
nullWhy.printShares('Why the rule gives the expected null');
resultsAny.printShares('Same rule, first such mention in any body sentence', { examples: false });
console.log('\n## Rule of thumb (sentences 1-3): the articles it gets wrong');
for (const d of detail) console.log(d);
resultsExt.printShares('Rule of thumb (sentences 1-3) with the extra year sources (same day-month with a year, anniversary span, the one year up to the lead)', { examples: false });
console.log('  where it differs from the plain rule:');
for (const d of detailExt) console.log(d);
