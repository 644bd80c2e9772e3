#!/usr/bin/env node
// Corpus study: how real Vietnamese news phrases percentage figures, to guide the percentages rules.
// Classifies every "N%" in ../shared/corpus/real by the words before and after it, then checks the same classes
// against the dev set's expected percentages (matched by value, as the expected files carry no spans).
//   node bench/studies/percentages.mjs            (real corpus + dev calibration)
//   node bench/studies/percentages.mjs --examples 3
// Reads ../shared relative to the repo root, or VNREPORT_SHARED. Read-only; prints to stdout.
import { Tally, builtCleaner, markedSnippet, oneLine, readDev, readFlags, readReal, sentenceSpans } from './lib.mjs';

const EXAMPLES = readFlags().number('--examples', 2);
const snippet = (text, start, end, before = 70, after = 60) => markedSnippet(text, start, end, before, after);
// the first EXAMPLES examples of a key (repeats kept), the last of them replaced by the 25th's for variety
const tally = () => new Tally({ examples: EXAMPLES, laterAt: EXAMPLES > 1 ? 25 : null, distinct: false });

// ---------- percentages ----------
const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const PCT = String.raw`\s?(?:%|phần trăm)`;
const PERCENT_RE = new RegExp(
  String.raw`(?<![\d.,])(?:(từ\s+)?(${NUM})(${PCT})?\s*(?:-|–|—|~|đến|tới)\s*)?(${NUM})(${PCT})`,
  'gu',
);
const toNumber = (s) => Number(s.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.'));

function findPercentages(text) {
  const found = [];
  for (const m of text.matchAll(PERCENT_RE)) {
    let start = m.index;
    let value = toNumber(m[4]);
    let max = null;
    if (m[2] !== undefined) {
      const low = toNumber(m[2]);
      if (low < value && low <= 1000) {
        max = value;
        value = low;
      } else {
        start = m.index + m[0].lastIndexOf(m[4]); // "2013 - 5%" is not a range
      }
    }
    found.push({ start, end: m.index + m[0].length, value, max, spelled: /phần trăm/.test(m[5]), spaced: /^\s/.test(m[5]) });
  }
  return found;
}

// Words before the figure. The nearest cue wins; approximators (khoảng, gần, hơn …) are not cues.
const LEFT_CUES = [
  ['tăng trưởng', /tăng trưởng/],
  ['phấn đấu', /phấn đấu/],
  ['hoàn thành', /hoàn thành/],
  ['bảo đảm/đảm bảo', /(?:bảo|đảm) (?:đảm|bảo)/],
  ['giải ngân', /giải ngân/],
  ['thực hiện', /thực hiện/],
  ['vượt', /vượt(?: mức| quá)?/],
  ['đạt', /đạt(?: được)?/],
  ['bằng', /bằng/],
  ['chiếm', /chiếm/],
  ['tương đương/tương ứng', /tương (?:đương|ứng)/],
  ['còn', /còn/],
  ['lên', /lên/],
  ['xuống', /xuống/],
  ['tăng', /tăng/],
  ['giảm', /giảm/],
  ['ở mức/mức', /(?:ở )?mức/],
  ['là', /là/],
  ['tỷ lệ', /t[ỷỉ] lệ/],
  ['có', /có/],
];
const WORD_EDGE_L = String.raw`(?<![\p{L}\d])`;
const WORD_EDGE_R = String.raw`(?![\p{L}])`;
const leftCueRes = LEFT_CUES.map(([label, re]) => [label, new RegExp(WORD_EDGE_L + '(?:' + re.source + ')' + WORD_EDGE_R, 'giu')]);
function nearestLeftCue(left) {
  let best = null;
  for (const [label, re] of leftCueRes) {
    for (const m of left.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.len)) best = { label, end, len: m[0].length };
    }
  }
  return best;
}

// Words after the figure.
const TARGET_NOUN = /^\s*(?:so với\s+|so\s+|của\s+)?(chỉ tiêu|kế hoạch|mục tiêu|dự toán|nhiệm vụ|KH(?![\p{L}]))/u;
const COVERAGE_GROUPS = [
  ['admin units (xã, thôn, huyện …)', /(?:xã|phường|thị trấn|huyện|thôn|bản|ấp|làng|tổ dân phố|khu dân cư|tỉnh|địa phương)/],
  ['households (hộ …)', /(?:hộ gia đình|hộ dân|hộ)/],
  ['pupils/children (học sinh, trẻ …)', /(?:học sinh|HS|học viên|sinh viên|thí sinh|trẻ em|trẻ|cháu)/],
  ['cadres/members (cán bộ, đảng viên …)', /(?:cán bộ|đảng viên|công chức|viên chức|chiến sĩ|quân nhân|hội viên|đoàn viên|giáo viên|CB|CCVC)/],
  ['bodies (doanh nghiệp, trường, cơ sở …)', /(?:doanh nghiệp|DN|trường|cơ sở|đơn vị|cơ quan|tổ chức|chi bộ|đảng bộ|bệnh viện|trạm y tế|CĐCS)/],
  ['files/procedures (hồ sơ, thủ tục …)', /(?:hồ sơ|thủ tục|TTHC|văn bản|vụ việc|vụ án|đơn thư|kiến nghị)/],
  ['works/area (đường, công trình, diện tích …)', /(?:đường|công trình|dự án|diện tích|kênh|phòng học|nhà)/],
  ['people (người, lao động, dân …)', /(?:người dân|người|lao động|nhân dân|dân số|bệnh nhân|phụ nữ|nam giới|nữ giới|thanh niên)/],
];
const coverageRes = COVERAGE_GROUPS.map(([label, re]) => [
  label,
  new RegExp(String.raw`^\s*(?:các\s+|số\s+|tổng số\s+)?(?:` + re.source + ')' + WORD_EDGE_R, 'u'),
]);
function rightForm(right) {
  let m;
  if ((m = TARGET_NOUN.exec(right))) return { kind: 'target', label: 'target noun: ' + m[1].toLowerCase() };
  if (/^\s*so với\s+(?:cùng kỳ|cùng kì|CK)/iu.test(right)) return { kind: 'yoy', label: 'so với cùng kỳ' };
  if (/^\s*so với\s+(?:năm|tháng|quý|đầu năm|cuối năm|kỳ|thời điểm|mức|trước)/iu.test(right)) return { kind: 'yoy', label: 'so với năm/tháng/quý …' };
  if (/^\s*so với/iu.test(right)) return { kind: 'cmp', label: 'so với (other)' };
  if (/^\s*trở lên/u.test(right)) return { kind: 'filler', label: 'trở lên' };
  if (/^\s*(?:\/\s?năm|mỗi năm|một năm|hằng năm|hàng năm|\/tháng|mỗi tháng)/u.test(right)) return { kind: 'filler', label: '/năm, mỗi năm …' };
  if (/^\s*(?:cổ phần|cổ phiếu|vốn điều lệ|vốn|thị phần)/u.test(right)) return { kind: 'market', label: 'cổ phần/vốn/thị phần' };
  if (/^\s*(?:nhu cầu)/u.test(right)) return { kind: 'demand', label: 'nhu cầu' };
  if (/^\s*(?:(?:trong |trên |của )?tổng (?:số|giá trị|vốn|dư nợ|kim ngạch|thu|chi|diện tích))/u.test(right)) return { kind: 'share', label: '(trong/trên) tổng số …' };
  for (const [label, re] of coverageRes) if (re.test(right)) return { kind: 'coverage', label: 'coverage: ' + label };
  if (/^\s*(?:số|các)\s/u.test(right)) return { kind: 'coverage', label: 'coverage: số/các + other noun' };
  if (/^\s*[)\]]/.test(right)) return { kind: 'paren', label: ') closes a parenthesis' };
  if (/^\s*[.,;:]|^\s*$/.test(right)) return { kind: 'none', label: 'nothing (punctuation/end)' };
  if (/^\s*(?:và|hoặc)\s/.test(right)) return { kind: 'none', label: 'và/hoặc (list goes on)' };
  return { kind: 'other', label: 'other word: ' + (right.trim().split(/\s+/).slice(0, 1)[0] ?? '').toLowerCase() };
}

const PLAN_CUES = [
  ['phấn đấu', /phấn đấu/],
  ['mục tiêu', /mục tiêu/],
  ['chỉ tiêu', /chỉ tiêu/],
  ['kế hoạch', /kế hoạch/],
  ['đến năm YYYY', /(?:đến|tới) năm \d{4}/],
  ['sẽ', /sẽ/],
  ['dự kiến', /dự kiến/],
  ['đề ra/đặt ra', /(?:đề|đặt) ra/],
  ['phải đạt/cần đạt', /(?:phải|cần) (?:đạt|hoàn thành|bảo đảm|đảm bảo)/],
  ['định hướng/tầm nhìn', /định hướng|tầm nhìn/],
  ['năm tới/thời gian tới/cuối năm', /(?:năm|thời gian|giai đoạn) tới|(?:những )?tháng cuối năm|6 tháng cuối/],
  ['nhằm', /nhằm/],
  ['dự báo/kỳ vọng', /dự báo|kỳ vọng/],
];
const ACHIEVED_CUES = [
  ['đã', /đã/],
  ['ước (đạt/tăng/tính)', /ước(?: đạt| tăng| giảm| tính| thực hiện)?/],
  ['so với cùng kỳ', /so với cùng k[ỳì]/],
  ['năm qua/vừa qua', /(?:năm|tháng) qua|vừa qua/],
  ['đến nay/tính đến', /đến nay|tính đến/],
];
const cueRes = (list) => list.map(([l, re]) => [l, new RegExp(WORD_EDGE_L + '(?:' + re.source + ')' + WORD_EDGE_R, 'iu')]);
const planCueRes = cueRes(PLAN_CUES);
const achievedCueRes = cueRes(ACHIEVED_CUES);

const RATE = /(?:lãi suất|thuế suất|lãi|thuế|phí|VAT|chiết khấu|hoa hồng|tỷ suất|tỉ suất|cổ tức|lợi suất)/iu;
const MARKET = /(?:cổ phần|cổ phiếu|vốn điều lệ|thị phần|sở hữu|nắm giữ|chứng khoán|VN-Index|HNX|room)/iu;
const SURVEY_VOTE = /(?:khảo sát|điều tra|đồng ý|cho rằng|thăm dò|người được hỏi|số phiếu|phiếu bầu|phiếu tán thành|phiếu|bầu|tín nhiệm|tán thành|ủng hộ|cử tri|bình chọn|độc giả)/iu;
const DEMOGRAPHIC = /(?:dân số|nam giới|nữ giới|người cao tuổi|độ tuổi|dân tộc thiểu số|người Kinh|mắc bệnh|tử vong|nhiễm|béo phì|hút thuốc)/iu;
const PRICE = /(?:giá|CPI|lạm phát|tỷ giá|tỉ giá|mất giá)/iu;
const GROWTH = /(?:tăng trưởng|tăng|giảm|GDP|GRDP)/iu;
const REACH_IN_CLAUSE = new RegExp(WORD_EDGE_L + '(?:đạt|hoàn thành|vượt|phấn đấu|bảo đảm|đảm bảo|giải ngân|thực hiện)' + WORD_EDGE_R, 'u');
const TARGET_BEFORE = new RegExp(WORD_EDGE_L + String.raw`(?:mục tiêu|chỉ tiêu|kế hoạch|định hướng)(?:\s+[\p{L}\d-]+){0,6}\s*(?:là|đạt|ở mức|khoảng|từ|trên|dưới|hơn)?\s*$`, 'iu');
const COVERAGE_PREDICATE = /^[^.;]{0,60}?(?<![\p{L}])(?:đạt|được|hoàn thành|có|tham gia|đỗ|lên lớp|ra lớp|tốt nghiệp|kê khai|thực hiện|sử dụng|tiếp cận|xong)(?![\p{L}])/u;
const WEAK_PLAN = new Set(['sẽ', 'dự kiến', 'dự báo/kỳ vọng', 'nhằm']);
const REACH_VERBS = new Set(['đạt', 'hoàn thành', 'vượt', 'phấn đấu', 'bảo đảm/đảm bảo', 'giải ngân', 'thực hiện']);
const YEAR_RE = /(?<![\d.,/])(?:19[5-9]\d|20[0-4]\d)(?![\d%]|\/(?:QĐ|NĐ|TT|NQ|CT|KH|UBND))/gu;

function classify(article, sentences, occurrences) {
  const { text } = article;
  const out = [];
  let previous = null;
  for (const occ of occurrences) {
    const si = sentences.findIndex((s) => occ.start >= s.start && occ.start < s.end);
    const sentence = sentences[si] ?? { start: 0, end: text.length, line: 0 };
    const gap = previous && previous.sentence === si ? text.slice(previous.end, occ.start) : null;
    const listMember = gap !== null && /^\s*(?:\/\s?năm|mỗi năm)?\s*(?:,|;|và|hoặc|,\s*và)\s*$/u.test(gap);
    const leftFrom = Math.max(sentence.start, occ.start - 60, previous && previous.sentence === si && !listMember ? previous.end : 0);
    const left = text.slice(leftFrom, occ.start);
    const wideLeft = text.slice(Math.max(sentence.start, occ.start - 120), occ.start);
    const right = text.slice(occ.end, Math.min(sentence.end, occ.end + 70));
    const sentenceText = text.slice(sentence.start, sentence.end);
    const beforeInSentence = text.slice(sentence.start, occ.start);
    const cue = listMember ? previous.cue : nearestLeftCue(left);
    const rf = rightForm(right);
    const plan = planCueRes.filter(([, re]) => re.test(beforeInSentence)).map(([l]) => l);
    const achieved = achievedCueRes.filter(([, re]) => re.test(sentenceText)).map(([l]) => l);
    const immediate = oneLine(text.slice(Math.max(sentence.start, occ.start - 25), occ.start)).split(' ').slice(-2).join(' ').toLowerCase();
    const subjectRate = /t[ỷỉ] lệ/iu.test(left);
    let cls;
    const cueLabel = cue?.label ?? null;
    const near = text.slice(Math.max(sentence.start, occ.start - 40), occ.start);
    const clause = left.split(/[;:(]|,(?!\d)/u).pop();
    const reachInClause = REACH_IN_CLAUSE.exec(clause);
    const betweenReach = reachInClause ? clause.slice(reachInClause.index + reachInClause[0].length) : '';
    const strongPlan = plan.some((c) => !WEAK_PLAN.has(c));
    const weakPlan = plan.some((c) => WEAK_PLAN.has(c));
    const changeCue = ['tăng', 'giảm', 'tăng trưởng', 'lên', 'xuống', 'còn'].includes(cueLabel);
    if (listMember && previous) cls = previous.cls;
    else if (RATE.test(near) && !reachInClause) cls = 'N rate: lãi suất/thuế/phí';
    else if (rf.kind === 'market' || (MARKET.test(wideLeft) && !reachInClause && rf.kind !== 'target')) cls = 'N market share / ownership / stock';
    else if (SURVEY_VOTE.test(sentenceText) && rf.kind !== 'target' && !reachInClause) cls = 'N survey / vote share';
    else if (cueLabel === 'chiếm') cls = 'N chiếm X%';
    else if (rf.kind === 'demand' || /đáp ứng/u.test(clause)) cls = 'N đáp ứng … nhu cầu (demand met)';
    else if (rf.kind === 'target') cls = 'P target noun after (đạt X% kế hoạch …)';
    else if (TARGET_BEFORE.test(clause)) cls = 'P target noun before (mục tiêu tăng trưởng X% …)';
    else if (reachInClause && rf.kind === 'coverage') cls = 'P reach verb + coverage noun (phấn đấu 70% cán bộ …)';
    else if (reachInClause && /t[ỷỉ] lệ/iu.test(clause)) cls = 'P tỷ lệ X đạt Y% / đạt tỷ lệ Y%';
    else if (reachInClause && PRICE.test(near)) cls = 'N price (giá … đạt/vượt)';
    else if (reachInClause && /tăng|giảm/u.test(betweenReach)) cls = '? reach verb + growth noun (đạt mức tăng trưởng X%)';
    else if (reachInClause && rf.kind === 'yoy') cls = '? reach verb + so với cùng kỳ/năm trước';
    else if (reachInClause && !changeCue) cls = 'P reach verb, nothing target-like after';
    else if (rf.kind === 'coverage' && !changeCue && COVERAGE_PREDICATE.test(right)) cls = 'P coverage noun + achievement predicate (100% xã đạt chuẩn …)';
    else if (rf.kind === 'coverage' && !changeCue) cls = '? coverage noun, other predicate (statistics)';
    else if (DEMOGRAPHIC.test(near + right.slice(0, 30))) cls = 'N demographic / health share';
    else if (GROWTH.test(clause) && PRICE.test(near)) cls = 'N price change';
    else if (GROWTH.test(clause) && strongPlan && rf.kind !== 'yoy') cls = 'P growth/reduction with a plan cue (phấn đấu, mục tiêu …)';
    else if (GROWTH.test(clause) && weakPlan && rf.kind !== 'yoy') cls = '? growth forecast (sẽ, dự kiến, dự báo)';
    else if (/tăng trưởng/u.test(clause) && /bình quân/iu.test(clause) && rf.kind !== 'yoy') cls = '? average growth, no plan cue';
    else if (GROWTH.test(clause) && rf.kind === 'yoy') cls = 'N realised change so với cùng kỳ/năm trước';
    else if (changeCue) cls = 'N other change (tăng/giảm/lên/còn, no plan cue)';
    else if (rf.kind === 'share') cls = 'N share of a total (trong tổng số …)';
    else if (/độ ẩm/iu.test(near)) cls = 'N weather (độ ẩm)';
    else cls = 'O other';
    const rec = { ...occ, sentence: si, cue, cls, rf, plan, achieved, immediate, listMember, subjectRate, sentenceText, right };
    // where is the figure's year stated?
    const sentenceYears = sentenceText.match(YEAR_RE);
    let yearScope = 'nowhere';
    if (sentenceYears) yearScope = 'same sentence';
    else if (si > 0 && sentences[si - 1].line === sentence.line && YEAR_RE.test(text.slice(sentences[si - 1].start, sentences[si - 1].end))) yearScope = 'previous sentence';
    else {
      const lineEnd = text.indexOf('\n', sentence.line);
      if ((text.slice(sentence.line, lineEnd < 0 ? text.length : lineEnd).match(YEAR_RE) ?? []).length) yearScope = 'same paragraph (line)';
      else if ((text.match(YEAR_RE) ?? []).length) yearScope = 'elsewhere in article';
    }
    YEAR_RE.lastIndex = 0;
    rec.yearScope = yearScope;
    out.push(rec);
    previous = { ...rec, end: occ.end };
  }
  return out;
}

// ---------- tallies and printing ----------
function study(articles) {
  const records = [];
  for (const a of articles) {
    const sentences = sentenceSpans(a.text);
    const occ = findPercentages(a.text);
    for (const r of classify(a, sentences, occ)) records.push({ ...r, article: a });
  }
  return records;
}
const ex = (r) => `${r.article.file}: ${snippet(r.article.text, r.start, r.end)}`;

// ---------- real corpus ----------
const real = readReal();
const recs = study(real);
const articlesWithPct = new Set(recs.map((r) => r.article.file)).size;
console.log(`# Percentages in ${real.length} real articles: ${recs.length} figures in ${articlesWithPct} articles`);
console.log(`  spelled "phần trăm": ${recs.filter((r) => r.spelled).length}; "N %" with a space: ${recs.filter((r) => r.spaced).length}; ranges: ${recs.filter((r) => r.max !== null).length}; list members after the first: ${recs.filter((r) => r.listMember).length}`);

const byCue = tally();
const byImmediate = tally();
const byRight = tally();
const byClass = tally();
const cross = tally();
for (const r of recs) {
  byCue.add(r.listMember ? `(list member) ${r.cue?.label ?? 'none'}` : r.cue?.label ?? '(no cue within 60 chars)', ex(r));
  byImmediate.add(r.immediate || '(sentence start)');
  byRight.add(r.rf.label, ex(r));
  byClass.add(r.cls, ex(r));
  if (r.cue && REACH_VERBS.has(r.cue.label)) cross.add(`${r.cue.label} × ${r.rf.kind}`);
}
byClass.printShares('Classes (precedence order as in classify(); P = in per ANNOTATION.md, N = out, ? = depends on context)');
byCue.printShares('Nearest cue word before the figure (within 60 chars of the same sentence; list members inherit the head)', { limit: 40 });
byRight.printShares('What follows the figure', { limit: 40 });
byImmediate.printShares('Two words right before the figure (top 40)', { examples: false, limit: 40 });
cross.printShares('Reach verb × kind of following phrase', { examples: false });
const otherByCue = tally();
for (const r of recs.filter((x) => x.cls === 'O other')) otherByCue.add(r.cue?.label ?? '(no cue)', ex(r));
otherByCue.printShares('"O other" by nearest cue (descriptive statistics: là, có, ở mức, no cue …)', { limit: 12 });
const actualOverPlan = real.reduce((n, a) => n + (a.text.match(/\d+(?:,\d+)?\/\d+(?:,\d+)?\s?%/g) ?? []).length, 0);
console.log(`\n"actual/plan%" form ("tỷ lệ khỏi ra viện 72,68/65%", dev 202): ${actualOverPlan} in the real corpus`);

// lists sharing one verb
const listHeads = tally();
for (let i = 0; i < recs.length; i++) {
  const r = recs[i];
  if (r.listMember || !recs[i + 1]?.listMember) continue;
  let n = 1;
  while (recs[i + n]?.listMember) n++;
  listHeads.add(`${r.cue?.label ?? '(no cue)'} (${n >= 3 ? '3+' : n} figures)`, `${r.article.file}: ${snippet(r.article.text, r.start, recs[i + n - 1].end, 50, 30)}`);
}
listHeads.printShares('Lists of figures sharing one cue ("đạt 41,38%, 24,59% và 23,6%"): heads by cue');

// ranges
const ranges = tally();
for (const r of recs.filter((x) => x.max !== null)) {
  const form = /từ\s/.test(r.article.text.slice(r.start, r.end)) ? 'từ A đến/- B%' : /đến|tới/.test(r.article.text.slice(r.start, r.end)) ? 'A đến/tới B%' : /%.*%/.test(r.article.text.slice(r.start, r.end)) ? 'A% - B%' : 'A - B% / A-B%';
  ranges.add(`${form} | ${r.cls}`, ex(r));
}
ranges.printShares('Ranges by form and class', { limit: 25 });

// years and plan cues
const yearScope = tally();
const yearScopeP = tally();
for (const r of recs) {
  yearScope.add(r.yearScope);
  if (r.cls.startsWith('P')) yearScopeP.add(r.yearScope);
}
yearScope.printShares('Where the figure\'s year is stated (all figures)', { examples: false });
yearScopeP.printShares('Where the figure\'s year is stated (P classes only)', { examples: false });
console.log('  note: real articles are title + lead + one long body line, so "paragraph" is usually the whole body.');

const plan = tally();
const planP = tally();
const achieved = tally();
for (const r of recs) {
  for (const c of r.plan) plan.add(c, ex(r));
  if (r.cls.startsWith('P')) for (const c of r.plan) planP.add(c);
  if (r.cls.startsWith('P')) for (const c of r.achieved) achieved.add(c);
}
console.log(`\nFigures with at least one plan cue before them in the sentence: ${recs.filter((r) => r.plan.length).length} of ${recs.length}; among P classes ${recs.filter((r) => r.cls.startsWith('P') && r.plan.length).length} of ${recs.filter((r) => r.cls.startsWith('P')).length}`);
plan.printShares('Plan cues before the figure in the same sentence (all figures)');
planP.printShares('Plan cues (P classes only)', { examples: false });
achieved.printShares('Achievement cues anywhere in the sentence (P classes only)', { examples: false });

// ---------- dev calibration: which classes hold the expected figures ----------
const dev = readDev({ htmlText: await builtCleaner() });
const gold = new Map(dev.map((a) => [a.file, a.expected.percentages ?? []]));
const devRecs = study(dev.filter((a) => gold.has(a.file)));
// One expected figure per found figure: same value; among several, the one whose target words stand nearest.
const matchOf = new Map();
const fold = (x) => x.toLowerCase().normalize('NFC');
for (const [file, g] of gold) {
  const found = devRecs.filter((r) => r.article.file === file);
  for (const p of g) {
    const candidates = found.filter((r) => !matchOf.has(r) && (r.value === p.value || (r.max !== null && r.max === p.max && p.max !== undefined)));
    const head = fold(p.target).split(/\s+/).slice(0, 3).join(' ');
    const score = (r) => (fold(r.article.text.slice(r.end, r.end + 120)).includes(head) ? 3 : 0) + (fold(r.article.text.slice(Math.max(0, r.start - 150), r.start)).includes(head) ? 2 : 0);
    candidates.sort((a, b) => score(b) - score(a));
    if (candidates[0]) matchOf.set(candidates[0], p);
  }
}
const devClass = new Map();
const matchedGold = new Map();
for (const r of devRecs) {
  const hit = matchOf.get(r);
  const e = devClass.get(r.cls) ?? { n: 0, gold: 0, planned: 0, plannedCue: 0, misses: [], hits: [] };
  e.n++;
  if (hit) {
    e.gold++;
    matchedGold.set(hit, true);
    if (hit.status === 'planned') e.planned++;
    if (hit.status === 'planned' && r.plan.length) e.plannedCue++;
    if (e.hits.length < 2) e.hits.push(`${ex(r)}  → ${hit.status}, year ${hit.year}`);
  } else if (e.misses.length < 2) e.misses.push(ex(r));
  devClass.set(r.cls, e);
}
const goldTotal = [...gold.values()].reduce((s, g) => s + g.length, 0);
console.log(`\n# Dev calibration: ${devRecs.length} figures in ${dev.length} dev articles; ${goldTotal} expected percentages`);
console.log('  class: figures / of which an expected value (matched by value in the same article) / expected planned / planned with a plan cue');
for (const [cls, e] of [...devClass].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`${String(e.n).padStart(5)} ${String(e.gold).padStart(4)} ${String(e.planned).padStart(4)} ${String(e.plannedCue).padStart(4)}  ${cls}`);
  for (const x of e.hits) console.log(`            expected: ${x}`);
  for (const x of e.misses) console.log(`            not expected: ${x}`);
}
const unmatched = [...gold].flatMap(([file, g]) => g.filter((p) => !matchedGold.has(p)).map((p) => `${file}: ${JSON.stringify(p)}`));
console.log(`\nExpected percentages with no figure of that value found (${unmatched.length}):`);
for (const u of unmatched) console.log('  ' + u);
// status by cue, on expected figures
const statusByCue = tally();
const yearByScope = tally();
for (const r of devRecs) {
  const g = matchOf.get(r);
  if (!g) continue;
  statusByCue.add(`${g.status} | plan cue before in sentence: ${r.plan.length ? 'yes' : 'no'}`);
  yearByScope.add(`year ${g.year === null ? 'null' : 'set'} | year stated: ${r.yearScope}`);
}
statusByCue.printShares('Dev: expected status vs plan cue', { examples: false });
yearByScope.printShares('Dev: expected year vs where a year is stated', { examples: false });

// the dev figures the classes get wrong, in full: the cases rules have to decide differently
console.log('\n## Dev: expected figures in N/?/O classes (rules keyed on P classes alone miss these)');
for (const r of devRecs) if (matchOf.has(r) && !r.cls.startsWith('P')) console.log(`  [${r.cls}] ${ex(r)} → ${matchOf.get(r).status}`);
console.log('\n## Dev: P-class figures with no expected value (false positives of the P classes)');
for (const r of devRecs) if (!matchOf.has(r) && r.cls.startsWith('P')) console.log(`  [${r.cls}] ${ex(r)}`);
console.log('\n## Dev: expected year null although a year stands in the same sentence');
for (const r of devRecs) {
  const g = matchOf.get(r);
  if (g && g.year === null && r.yearScope === 'same sentence') console.log(`  ${r.article.file} ${r.value}%: years ${[...r.sentenceText.matchAll(YEAR_RE)].map((m) => m[0]).join(',')} | ${oneLine(r.sentenceText).slice(0, 140)}`);
}
