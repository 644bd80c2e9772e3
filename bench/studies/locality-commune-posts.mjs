#!/usr/bin/env node
// Corpus study: a commune, ward or township named in the post of a person in apposition ("ông Võ Thành Đồng, Chủ tịch
// UBND xã Thọ Thành, huyện Yên Thành (Nghệ An), cho biết …"), which the locality rules set aside as a person's office:
// counted in corpus/real by the post, and by whether the sentence then places the event in the commune ("trên địa
// bàn", "tại địa phương") or the post holder only confirms or speaks; with OUT.jsonl (an `extract` run), what
// locality the article got. Round 5 adds a district's police chief in apposition ("Đại tá Nguyễn Bá Đoàn – Trưởng Công an
// TP Cam Ranh (Khánh Hòa) cho biết …"), who speaks for the district as a commune's does for the commune.
//   node bench/studies/locality-commune-posts.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const POST = /((?:\p{Lu}[\p{L}]*\s+){1,4}\p{Lu}[\p{L}]*)\s*[,–-]\s+((?:Phó\s+)?(?:Chủ tịch|chủ tịch|Bí thư|bí thư|Trưởng Công an|trưởng Công an|Trưởng CA)(?:\s+(?:UBND|HĐND|Đảng ủy))?)\s+(xã|phường|thị trấn)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})([^.]{0,160})/gu;
const DISTRICT_CHIEF = /((?:\p{Lu}[\p{L}]*\s+){1,4}\p{Lu}[\p{L}]*)\s*[,–-]\s+((?:Phó\s+)?[Tt]rưởng (?:Công an|CA))\s+(quận|huyện|thị xã|thành phố|TP\.?)\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})([^.]{0,160})/gu;
const [byPost, byRest, byChosen, byDistrictChief] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const m of text.matchAll(POST)) {
    const ex = snippet(text, m.index, m.index + m[0].length - m[5].length, 90);
    byPost.add(`${m[2].replace(/^\p{Ll}/u, (c) => c.toUpperCase())} ${m[3]}`, ex, file);
    byRest.add(/trên địa bàn|tại địa phương|địa phận|tại xã|tại phường/u.test(m[5]) ? 'places the event in the unit' : /cho biết|xác nhận|thông tin|khẳng định/u.test(m[5]) ? 'confirms or speaks' : 'other', ex, file);
    if (out) {
      const got = chosen.get(id)?.text ?? '(none)';
      byChosen.add(got.includes(m[4]) ? 'the commune itself' : got === '(none)' ? 'no locality' : 'another unit', `${id}: ${got}`, file);
    }
  }
}
for (const { file, text } of readReal(flag.limit)) {
  for (const m of text.matchAll(DISTRICT_CHIEF)) {
    const ex = snippet(text, m.index, m.index + m[0].length - m[5].length, 90);
    byDistrictChief.add(/cho biết|xác nhận|thông tin|khẳng định/u.test(m[5]) ? 'confirms or speaks' : 'other', ex, file);
  }
}
byPost.print('Posts of a commune, ward or township in apposition to a name', { top: 15 });
byDistrictChief.print('A district\'s police chief in apposition to a name', { top: 5 });
byRest.print('What the sentence goes on to say', { top: 5 });
if (out) byChosen.print('The locality of those articles', { top: 5 });
