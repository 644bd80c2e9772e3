#!/usr/bin/env node
// Corpus study (round 8): ANNOTATION.md's "unit of the organising … army … body" and issue 10's "an unnamed 'UBND
// tỉnh' whose province shows only in a source tag, a portal's domain in parentheses, or a body's name", counted in
// corpus/real and dev with the locality the build gives (run through the built pipeline, `npm run build` first):
//   1. lead sentences opening with a province's body left unnamed ("UBND tỉnh vừa …", "Sáng 21.4, Tỉnh ủy tổ chức …",
//      "Ban Thường vụ Tỉnh ủy", "Sở Y tế phối hợp …"), by form and by the locality found; for those without one,
//      whether a province shows only in an official's post or a body's name ("Chủ tịch UBND tỉnh Bình Định",
//      "Báo Bình Định"), in a portal's address in brackets ("(binhdinh.gov.vn)"), or in an outlet's tag alone ("(BĐ) -",
//      which names no unit: dev 072 is annotated null);
//   2. army bodies before a province named bare ("BĐBP Quảng Trị", "Bộ đội Biên phòng Kiên Giang", "BCHQS Long An");
//   3. portal addresses in brackets whose host holds a province's name.
//   node bench/studies/locality-unnamed-body.mjs          (--set real|dev|both, default both; --limit N)
import fs from 'node:fs';
import path from 'node:path';
import { builtProject, readFlags, shared, tallies } from './lib.mjs';

const flag = readFlags();
const SET = flag.value('--set') ?? 'both';
const { processArticle } = await builtProject();

const CLAUSE = '^(?:[^,\\n]{0,120},\\s*){0,2}';
const FORMS = [
  ['UBND/HĐND/CA … tỉnh|TP', new RegExp(`${CLAUSE}(?:UBND|HĐND|Ủy ban nhân dân|CA|Công an|Bộ CHQS|LĐLĐ) (?:tỉnh|TP|thành phố)(?![\\p{L}]|\\s?[\\p{Lu}\\d]|\\s?\\.[\\p{Lu}])`, 'u')],
  ['(Ban Thường vụ) Tỉnh ủy / Tỉnh đoàn alone', new RegExp(`${CLAUSE}(?:Ban Thường vụ\\s+)?(?:Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Tỉnh hội|Tỉnh đội)(?!\\s*(?:viên|[\\p{Lu}\\d]))`, 'u')],
  ['Sở <name> (no unit named right after)', new RegExp(`${CLAUSE}Sở\\s+\\p{Lu}[\\p{L}&-]*(?:\\s+(?:và|[\\p{Lu}][\\p{L}&-]*))*\\s+(?!tỉnh|TP|thành phố|[\\p{Lu}])`, 'u')],
];
const ARMY_BARE = /(?<![\p{L}])(BĐBP|Bộ đội [Bb]iên phòng|BCHQS|Bộ CHQS|Ban CHQS)\s+(?!tỉnh|TP|thành phố|huyện|quận|thị xã|Việt Nam)(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)?)/gu;
const PORTAL = /\(\s*(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.(?:[a-z]{2,4}\.)?vn\/?\s*\)/giu;
const TAG = /^\s*\([\p{Lu}][\p{L}&.]{0,12}\)\s*[-–—]/u;

const [byForm, nulls, army, portals] = tallies();
const sets = SET === 'both' ? ['real', 'dev'] : [SET];
for (const set of sets) {
  const dir = path.join(shared, 'corpus', set);
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|html?)$/.test(f)).sort().slice(0, flag.limit);
  for (const f of files) {
    const { record, cleaned, body } = processArticle({ file: f, bytes: fs.readFileSync(path.join(dir, f)) });
    if (!cleaned) continue;
    const expected = set === 'dev' ? JSON.parse(fs.readFileSync(path.join(dir, 'expected', f.replace(/\.\w+$/, '.json')), 'utf8')) : undefined;
    const l = record.locality;
    const got = l ? `${l.type} ${l.name}` : 'null';
    const gold = expected ? ` / gold ${expected.locality ? `${expected.locality.type} ${expected.locality.name}` : 'null'}` : '';
    const lead = (body ?? cleaned).replace(TAG, '').split(/(?<=[.!?])\s+(?=\p{Lu})|\n/u).filter((s) => s.trim()).slice(0, 3);
    const form = FORMS.find(([, re]) => lead.some((s) => re.test(s.trim())));
    if (form) {
      byForm.add(`${set}: ${form[0]} → ${l ? `locality by ${l.rule}` : 'null'}`, `${f}: ${got}${gold} | ${lead[0].slice(0, 110)}`, f);
      if (!l) {
        const posts = (record.localities ?? []).filter((x) => x.province).map((x) => x.province);
        const kind = posts.length ? `a province named (${[...new Set(posts)].join(', ')})` : TAG.test(cleaned) ? 'an outlet tag only' : 'no province named';
        nulls.add(`${set}: ${kind}`, `${f}${gold} | ${lead[0].slice(0, 110)}`, f);
      }
    }
    for (const m of cleaned.matchAll(ARMY_BARE)) army.add(`${set}: ${m[1]} + bare name`, `${f}: «${m[0]}» → ${got}${gold}`, f);
    for (const m of cleaned.matchAll(PORTAL)) portals.add(`${set}: ${m[1].toLowerCase()}`, `${f}: → ${got}${gold}`, f);
  }
}
byForm.print('Lead sentences opening with a province\'s body left unnamed, by form and the locality found', { top: 40 });
nulls.print('… of those with no locality: what names a province', { top: 20 });
army.print('Army bodies before a name written bare', { top: 20 });
portals.print('Portal addresses in brackets (host)', { top: 20 });
