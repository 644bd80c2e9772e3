#!/usr/bin/env node
// Corpus study (round 6): leads whose first three sentences (after the headline) hold a quoted sentence, one that opens
// with a quotation mark and ends with the closing one ("“Khi gia nhập Công đoàn, … sẽ được ưu đãi”. Bà Trần Kim Yến -
// Chủ tịch LĐLĐ TP HCM - trả lời như vậy …"): the speaker's words push the sentence that names who spoke, and where,
// out of the three-sentence lead. Counts them by how many of the three are quoted and, from an `extract` JSONL, by the
// locality chosen; prints the articles with no locality and a unit named in the sentence right after the quotation.
// Found (round 6, at 692546f): 31 leads with a quoted sentence by this splitter (11 with a locality, 20 without). Not
// counting the project's quoted lead sentences changed 6 localities on corpus/real (4 right: a ward's leaders on a
// case, a kindergarten's head, a city's food-safety board, a fishing township; 2 wrong: a model's home province, a
// patient's district) and gave dev's TP HCM trade-union article its city.
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl && node bench/studies/locality-quoted-lead.mjs OUT.jsonl
//   (--limit N examples)
import { extractRecordsArg, oneLine, readFlags, readReal, sentenceSpans } from './lib.mjs';

const flags = readFlags();
const records = extractRecordsArg('node bench/studies/locality-quoted-lead.mjs OUT.jsonl (an extract run over corpus/real)');
const UNIT = /(?<![\p{L}])(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP\.?|Tp\.?|UBND|Công an)\s+\p{Lu}|(?<![\p{L}])(?:Hà Nội|TP\.? ?HCM|TPHCM|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ)(?![\p{L}])/u;
const byCount = new Map();
const examples = [];
for (const a of readReal()) {
  const r = records.get(a.file);
  if (!r || r.ok === false) continue;
  const text = a.text;
  const body = sentenceSpans(text).filter((s) => s.lineNo > 0);
  const lead = body.slice(0, 3).map((s) => text.slice(s.start, s.end).trim());
  const quoted = lead.filter((s) => /^[“"]/u.test(s) && /[”"][.!?…]?$/u.test(s)).length;
  if (!quoted) continue;
  const key = `${quoted} quoted, locality ${r.locality ? 'found' : 'null'}`;
  byCount.set(key, (byCount.get(key) ?? 0) + 1);
  const after = body[3] ? text.slice(body[3].start, body[3].end) : '';
  if (!r.locality && UNIT.test(after)) examples.push(`${a.file} ${oneLine(after).slice(0, 160)}`);
}
for (const [key, n] of [...byCount.entries()].sort()) console.log(`${key}: ${n}`);
console.log(`\nno locality, a unit named in the fourth sentence: ${examples.length}`);
for (const ex of examples.slice(0, Number.isFinite(flags.limit) ? flags.limit : 15)) console.log(`  ${ex}`);
