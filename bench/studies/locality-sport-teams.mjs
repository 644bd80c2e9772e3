#!/usr/bin/env node
// Corpus study (round 6): in sports news (a league, a match, a coach or a score in the headline or the first three
// sentences: "V.League", "HLV", "trận", "vòng 1/8", "3-2"), the locality an `extract` run chose, by how it is named:
// a team's name (a sponsor or "đội", "CLB", "ĐT.", "HV.", "B." before the province, "FC" after it, or a province
// named bare next to a score or another team), a venue ("trên sân Gò Đậu (Bình Dương)", "tại Hà Nội"), a body, other.
// Rounds 3, 5 and 6 judged a team's province wrong (a club plays away, recruits, is fined by the federation); round 4
// found that trapping only the sponsor form moved the locality to the other team's name
// (bench/studies/locality-team-names.mjs).
//   node bin/vnreport.js extract ../shared/corpus/real --jobs 1 > OUT.jsonl && node bench/studies/locality-sport-teams.mjs OUT.jsonl
//   (--all prints every article; --limit N examples per group)
import path from 'node:path';
import { extractRecordsArg, oneLine, readFlags, readReal, root, sentenceSpans } from './lib.mjs';

const flags = readFlags();
const records = extractRecordsArg('node bench/studies/locality-sport-teams.mjs OUT.jsonl (an extract run over corpus/real)');
const { SPORT_NEWS, TEAM_BEFORE, TEAM_AFTER, SITE_OR_BODY_BEFORE } = await import(path.join(root, 'dist', 'lexicon', 'places.js'));

const groups = new Map();
let sports = 0;
for (const a of readReal()) {
  const r = records.get(a.file);
  if (!r || r.ok === false) continue;
  const text = a.text;
  const opening = sentenceSpans(text).slice(0, 4).map((s) => text.slice(s.start, s.end)).join(' ');
  if (!SPORT_NEWS.test(opening)) continue;
  sports++;
  const loc = r.locality;
  let group = 'null';
  if (loc) {
    const before = text.slice(Math.max(0, loc.span[0] - 90), loc.span[0]);
    const after = text.slice(loc.span[1], loc.span[1] + 40);
    if (TEAM_BEFORE.test(before) || TEAM_AFTER.test(after)) group = `team's name (${loc.rule})`;
    else if (SITE_OR_BODY_BEFORE.test(before)) group = `site or body (${loc.rule})`;
    else group = `other (${loc.rule})`;
  }
  if (!groups.has(group)) groups.set(group, []);
  groups.get(group).push(
    loc
      ? `${a.file} ${loc.type} ${loc.name} ← …${oneLine(text.slice(Math.max(0, loc.span[0] - 60), loc.span[0]))}[${loc.text}]${oneLine(text.slice(loc.span[1], loc.span[1] + 40))}…`
      : `${a.file} ${oneLine(opening).slice(0, 140)}`,
  );
}
console.log(`${sports} articles open as sports news`);
for (const [group, list] of [...groups.entries()].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## ${group}: ${list.length}`);
  for (const ex of flags.has('--all') ? list : list.slice(0, Number.isFinite(flags.limit) ? flags.limit : 10)) console.log(`  ${ex}`);
}
