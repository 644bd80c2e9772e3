#!/usr/bin/env node
// Corpus study (round 10): the locality chosen as a province (from a headline tag "Nghệ An: …", a headline "… ở Bắc
// Ninh", or the lead) when the lead names a district or commune of that province, by where the province came from and
// by what stands before the first such unit: an administrative body ("Công an huyện Nghi Lộc", "chính quyền xã Nghĩa
// Bình"), the event's site ("xảy ra tại xã …"), a residence ("trú tại xã …"), a unit in brackets after a name (a
// person's or an entity's address "ông Lê Đức Dục (huyện Yên Thành, Nghệ An)"), anything else. The seed-100 draw of
// round 10 judged three such provinces too coarse (a land dispute and two crashes). From an `extract` JSONL over
// corpus/real and the build's lexicon (`npm run build`); the JSONL lists each unit once (its first mention).
// Found (round 10, at 4b085ce): 999 localities are a province, 299 with a district or commune of it in the lead: after
// a residence 86, after "tại/ở/thuộc" 58, in brackets after a name 40, after a body 21, after the event's site 9,
// "chính quyền" 1, other 84. A random 25 (--sample 25) read: 20 right (the province's police, court, department or
// chairman acts on a case in the smaller unit; a province-wide event), 5 borderline (a city's festival, a ward's
// kindergarten, a firm's office in a district), none plainly wrong: no cue tells the coarse ones apart. One form
// does: the province in brackets that closes a home's chain ("về quê tại huyện Diễn Châu (Nghệ An)"), which the
// residence cue did not reach across the bracket, became the lead's unit ahead of the commune whose authority speaks
// next (r1965, judged wrong in the seed-100 draw). The rule (src/refine/locality.ts, chainTraps) passes a home's or a
// journey's trap along the unit's own chain: 5 localities of corpus/real changed, 4 for the better (2 provinces → the
// commune that reports the event, a feature's example home → null, a victim's home → null), 1 worse (r4706: a
// court story whose province was taken from the couple's home, right by chance, → null).
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl && node bench/studies/locality-province-coarse.mjs OUT.jsonl [--sample N]
import path from 'node:path';
import { extractRecordsArg, random, readReal, root, sentenceSpans, snippet, tallies } from './lib.mjs';

const records = extractRecordsArg('node bench/studies/locality-province-coarse.mjs OUT.jsonl (an extract run over corpus/real)');
const { ADMIN_BODY_BEFORE, DEPARTMENT_BEFORE, EVENT_SITE_BEFORE, RESIDENCE_BEFORE } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));
const texts = new Map(readReal().map((a) => [a.file, a.text]));
const LEAD = 3;
const sampleAt = process.argv.indexOf('--sample');
const sampleSize = sampleAt > 0 ? Number(process.argv[sampleAt + 1]) : 0;
const found = [];
const [byCue, bySource] = tallies({ examples: Number(process.env.EXAMPLES ?? 12) });
let provinces = 0;
let withUnit = 0;
for (const [file, r] of records) {
  const loc = r.locality;
  if (loc?.level !== 'province' || !loc.span) continue;
  provinces++;
  const text = texts.get(file);
  const spans = sentenceSpans(text);
  const title = spans.filter((s) => s.lineNo === 0);
  const lead = spans.filter((s) => s.lineNo > 0).slice(0, LEAD);
  if (!lead.length) continue;
  const leadEnd = lead.at(-1).end;
  const inner = (r.localities ?? [])
    .filter((u) => u.span && u.span[0] >= lead[0].start && u.span[1] <= leadEnd && u.province_code === loc.province_code && u.level !== 'province')
    .sort((a, b) => a.span[0] - b.span[0]);
  if (!inner.length) continue;
  withUnit++;
  const u = inner[0];
  const s = spans.find((x) => x.start <= u.span[0] && u.span[1] <= x.end) ?? lead[0];
  const before = text.slice(Math.max(s.start, u.span[0] - 90), u.span[0]);
  const cue =
    u.rule === 'locality-organ' || ADMIN_BODY_BEFORE.test(before.slice(-60)) || DEPARTMENT_BEFORE.test(before.slice(-60))
      ? 'a body'
      : /chính quyền\s+$/u.test(before)
        ? 'chính quyền'
        : RESIDENCE_BEFORE.test(before)
          ? 'a residence'
          : EVENT_SITE_BEFORE.test(before)
            ? "the event's site"
            : /\(\s*$/u.test(before)
              ? 'in brackets after a name'
              : /(?:tại|ở|trên địa bàn|thuộc)\s+(?:[^.;:!?,\n]{0,40}?\s)?$/u.test(before)
                ? 'at (tại, ở, thuộc)'
                : `other: ${before.trim().split(/\s+/).slice(-2).join(' ')}`;
  const source = title.some((t) => t.start <= loc.span[0] && loc.span[1] <= t.end) ? 'headline' : lead.some((t) => t.start <= loc.span[0] && loc.span[1] <= t.end) ? 'lead' : 'later';
  byCue.add(cue, `${path.basename(file)} [${source}] ${loc.text} … ${u.type} ${u.name}: ${snippet(text, u.span[0], u.span[1], 120)}`, file);
  found.push(`${path.basename(file)} (${cue}) ${text.slice(0, text.indexOf('\n'))}\n    → ${loc.type} ${loc.name}; ${u.type} ${u.name}: ${snippet(text, u.span[0], u.span[1], 200)}`);
  bySource.add(`${source}, ${cue === 'a body' || cue === 'chính quyền' || cue === "the event's site" ? 'body or site' : 'other'}`, `${loc.text} … ${u.text}`, file);
}
console.log(`${provinces} localities are a province; ${withUnit} of them have a district or commune of it in the lead's first ${LEAD} sentences`);
byCue.print('…by what stands before the first such unit', { top: 100 });
bySource.print('…by where the province was named', { top: 100 });
if (sampleSize) {
  const next = random(100);
  const drawn = found.map((f) => [next(), f]).sort((a, b) => a[0] - b[0]).slice(0, sampleSize);
  console.log(`\n## A random ${drawn.length} of them (seed 100)`);
  for (const [, f] of drawn) console.log(f);
}
