#!/usr/bin/env node
// Corpus study (round 6): articles about a National Assembly sitting (a question time, a debate in the hall, a session
// of the Assembly or its Standing Committee: "phiên chất vấn", "thảo luận tại hội trường", "diễn đàn Quốc hội", "Kỳ
// họp thứ ba, Quốc hội khóa XIV") whose headline or first two lead sentences say so, by the locality an `extract` run
// chose for them and the words before it. Such a debate is national news: the place whose case is debated, or a
// delegate's delegation, is no locality (round 5's errors r2807, r3927; round 3's r1260). A delegation meeting voters
// at home ("Đoàn ĐBQH tỉnh X tiếp xúc cử tri") happens in its province and is counted apart.
// Found (round 6, at e414e06): 70 such openings, 10 with a locality, about 4 of them wrong. The rule built from it
// (src/refine/locality.ts, assemblySitting) reads the Assembly and a debate word in one sentence of the headline or lead,
// the lobby included ("bên hành lang Quốc hội"), and keeps a sitting's venue ("tại Nhà Quốc hội, Thủ đô Hà Nội").
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl && node bench/studies/locality-assembly.mjs OUT.jsonl
//   (--limit N examples per group; --all prints every article)
import { extractRecordsArg, readFlags, readReal, sentenceSpans, snippet, oneLine } from './lib.mjs';

const flags = readFlags();
const records = extractRecordsArg('node bench/studies/locality-assembly.mjs OUT.jsonl (an extract run over corpus/real)');
/** A sitting of the Assembly in the opening: the cue words, by form. */
export const SITTING_FORMS = {
  'chất vấn': /(?<![\p{L}])(?:phiên\s+)?(?:chất vấn|trả lời chất vấn)(?![\p{L}])/u,
  'hội trường / nghị trường': /(?<![\p{L}])(?:thảo luận (?:tại|ở) hội trường|nghị trường|diễn đàn Quốc hội)(?![\p{L}])/u,
  'kỳ họp / phiên họp Quốc hội': /(?<![\p{L}])(?:[Kk]ỳ họp thứ [\p{L}\d]+|[Pp]hiên (?:họp|thảo luận)[^.]{0,40}Quốc hội|Quốc hội (?:khóa|khoá) [XIV]+|Ủy ban Thường vụ Quốc hội)(?![\p{L}])/u,
  'Quốc hội thảo luận / biểu quyết': /(?<![\p{L}])Quốc hội (?:thảo luận|biểu quyết|thông qua|cho ý kiến|xem xét)(?![\p{L}])/u,
};
const AT_HOME = /(?<![\p{L}])tiếp xúc cử tri(?![\p{L}])/u;

const groups = new Map();
let sittings = 0;
for (const a of readReal()) {
  const r = records.get(a.file);
  if (!r || r.ok === false) continue;
  const text = a.text;
  const spans = sentenceSpans(text);
  const opening = spans.slice(0, 3).map((s) => text.slice(s.start, s.end)).join(' ');
  const form = Object.entries(SITTING_FORMS).find(([, re]) => re.test(opening))?.[0];
  if (!form) continue;
  sittings++;
  const loc = r.locality;
  const home = AT_HOME.test(opening);
  const key = `${form}${home ? ' + tiếp xúc cử tri' : ''} → ${loc ? `locality (${loc.rule})` : 'null'}`;
  if (!groups.has(key)) groups.set(key, []);
  const ex = loc
    ? `${a.file} ${loc.type} ${loc.name} ← …${oneLine(text.slice(Math.max(0, loc.span[0] - 70), loc.span[0]))}[${loc.text}]  ‖ ${oneLine(spans[0] ? text.slice(spans[0].start, spans[0].end) : '').slice(0, 110)}`
    : `${a.file} ${snippet(opening, 0, 0, 140)}`;
  groups.get(key).push(ex);
}
console.log(`${sittings} articles open on a National Assembly sitting`);
for (const [key, list] of [...groups.entries()].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## ${key}: ${list.length}`);
  for (const ex of flags.has('--all') ? list : list.slice(0, Number.isFinite(flags.limit) ? flags.limit : 8)) console.log(`  ${ex}`);
}
