#!/usr/bin/env node
// Corpus study: a court or a procuracy named with its unit ("TAND TP Hà Nội tuyên phạt …", "VKSND tỉnh Khánh Hòa truy
// tố …", "TAND cấp cao tại TP.HCM"), a state body whose unit the locality rule puts first like a people's committee's or
// the police's (ADMIN_BODY_BEFORE). Counted in corpus/real by the body's abbreviation; with OUT.jsonl (an `extract`
// run), how often the article's locality is that unit.
//   node bench/studies/locality-courts.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const COURT = /(?<![\p{L}])(TAND|VKSND|Tòa án nhân dân|Viện kiểm sát nhân dân|Viện KSND)\s+((?:(?:cấp cao|Cấp cao|tối cao|Tối cao)\s+(?:tại\s+)?)?)((?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s*)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}]*){0,3})/gu;
const [byBody, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(COURT)) {
    const ex = snippet(text, m.index, m.index + m[0].length, 70);
    byBody.add(`${m[1]}${m[2] ? ' cấp cao/tối cao' : ''}`, ex, file);
    const at = m.index + m[0].length - m[4].length - (m[3]?.length ?? 0);
    if (chosen.get(id) && Math.abs(chosen.get(id).start - at) < 3) byChosen.add(m[1], ex, file);
  }
}
byBody.print('Courts and procuracies named with a unit', { top: 10 });
if (out) byChosen.print('…whose unit is the locality chosen', { top: 10 });
