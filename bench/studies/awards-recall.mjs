// Award statements with a recipient count that the built extractor does not report: each sentence that has an
// award cue (award noun, commendation verb, "khen thưởng", "vinh danh") and a counted recipient ("05 tập thể",
// "12 cá nhân"), checked against `vnreport extract` output (counts of its awards), classed by the cue's phrasing.
// usage: node bench/studies/awards-recall.mjs EXTRACT.jsonl [--set real|dev|both] [--missed] [--found]
// (make EXTRACT.jsonl with `node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > /tmp/real.jsonl`)
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus, sentencesOf, lexiconStrings, alternation, bounded, oneLine } from './lib.mjs';

const args = process.argv.slice(2);
const files = args.filter((a) => a.endsWith('.jsonl'));
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'real';
const showMissed = args.includes('--missed');
const showFound = args.includes('--found');
if (!files.length) {
  console.error('usage: node bench/studies/awards-recall.mjs EXTRACT.jsonl [more.jsonl] [--set real|dev|both] [--missed] [--found]');
  process.exit(2);
}
const extracted = new Map();
for (const f of files)
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    if (!r.file) continue;
    extracted.set(path.basename(r.file).replace(/\.\w+$/, ''), (r.awards ?? []).filter((a) => a.collectives !== null || a.individuals !== null));
  }

const recipients = [...lexiconStrings('COLLECTIVE_NOUNS'), ...lexiconStrings('INDIVIDUAL_NOUNS')];
const countRe = new RegExp(`(?:hơn|gần|trên|có)?\\s*(\\d+(?:[.,]\\d{3})*)\\s+(?:các\\s+)?(${alternation(recipients)})(?![\\p{L}])`, 'giu');
const awardWords = [...lexiconStrings('PLAIN_AWARDS'), ...lexiconStrings('NAMED_AWARDS'), 'khen thưởng', 'tuyên dương', 'biểu dương', 'vinh danh', 'khen tặng', 'Kỷ niệm chương', 'kỷ niệm chương', 'Huy chương', 'giấy khen', 'bằng khen', 'cờ thi đua', 'huân chương'];
const cueRe = new RegExp(bounded(alternation(awardWords)), 'iu');

/** The phrasing around the cue and the count, in a few words. */
function form(s) {
  const t = s.toLowerCase();
  const cue = cueRe.exec(s);
  const cnt = new RegExp(countRe.source, 'iu').exec(s);
  const order = cue && cnt ? (cnt.index < cue.index ? 'COUNT…AWARD' : 'AWARD…COUNT') : '?';
  const marks = [];
  if (/\bđược\b|\bđã được\b/u.test(t)) marks.push('được');
  if (/(?:^|\s)(?:nhận|đón nhận|đạt)\s/u.test(t)) marks.push('nhận/đạt');
  if (/(?:^|\s)(?:tặng|trao|trao tặng|tặng thưởng)\s/u.test(t)) marks.push('tặng/trao');
  if (/(?:khen thưởng|tuyên dương|biểu dương|vinh danh)/u.test(t)) marks.push('commend');
  if (/(?:^|\s)cho\s+(?:hơn |gần |trên )?\d/u.test(t)) marks.push('cho N');
  if (/(?:^|\s)(?:gồm|trong đó|với)\s/u.test(t)) marks.push('gồm/trong đó/với');
  if (/\d+\s+(?:bằng khen|giấy khen|huân chương|cờ thi đua)/iu.test(s)) marks.push('N AWARD');
  if (/(?:^|\s)(?:hơn|gần|trên)\s+\d/u.test(t)) marks.push('hơn N');
  return `${order} [${marks.join(',')}]`;
}

const tally = new Map();
let all = 0;
let found = 0;
for (const a of loadCorpus(set)) {
  const id = path.basename(a.file).replace(/\.\w+$/, '');
  const got = extracted.get(id);
  if (!got) continue;
  const numbers = new Set(got.flatMap((x) => [x.collectives, x.individuals]).filter((n) => n !== null));
  for (const s of sentencesOf(a.text).sentences) {
    if (!cueRe.test(s.text)) continue;
    const counts = [...s.text.matchAll(countRe)].map((m) => Number(m[1].replace(/[.,]/g, '')));
    if (!counts.length) continue;
    all++;
    const hit = counts.some((n) => numbers.has(n));
    if (hit) found++;
    const k = `${hit ? 'found ' : 'MISSED'} ${form(s.text)}`;
    if (!tally.has(k)) tally.set(k, []);
    tally.get(k).push(`${a.file}: ${oneLine(s.text).slice(0, 260)}`);
  }
}
console.log(`sentences with an award cue and a counted recipient: ${all}, with a count reported: ${found}`);
for (const [k, xs] of [...tally].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(xs.length).padStart(5)}  ${k}`);
  const show = (k.startsWith('MISSED') && showMissed) || (k.startsWith('found') && showFound) ? xs : xs.slice(0, 1);
  for (const x of show) console.log(`         ${x}`);
}
