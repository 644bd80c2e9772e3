#!/usr/bin/env node
// Corpus study: an intersection's streets before a bracketed unit ("tại ngã tư Hùng Vương - Trần Phú (quận Hải Châu,
// TP.Đà Nẵng) xảy ra …", "giao lộ Nguyễn Xí (phường 13, quận Bình Thạnh, TP.HCM)"). A street named after a person right
// before "(" made the unit read as that person's home until INTERSECTION_END (built lexicon) said it is a street's.
// Counts every such intersection in corpus/real by whether the name before the bracket opens with a surname, and, with
// a JSONL of `extract`, the localities chosen inside the bracket. Needs `npm run build`.
//   node bench/studies/locality-intersections.mjs [OUT.jsonl]
import path from 'node:path';
import { SURNAMES, chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const jsonl = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(jsonl);
const [forms, picked] = tallies({ examples: readFlags().number('--examples', 12) });
const INTERSECTION = /(?<![\p{L}])(?:[Nn]gã (?:ba|tư|năm|sáu)|[Gg]iao lộ|[Nn]út giao(?: thông)?)\s+([^().;\n]{1,60}?)\s*\(([^()\n]{2,80})\)/gu;
const UNIT = /(?:xã|phường|thị trấn|huyện|quận|thị xã|TP|thành phố|tỉnh|Q\.|P\.)/u;

for (const a of readReal()) {
  const id = path.basename(a.file).replace(/\.\w+$/, '');
  for (const m of a.text.matchAll(INTERSECTION)) {
    if (!UNIT.test(m[2])) continue;
    const last = /(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){1,4})\s*$/u.exec(m[1])?.[1] ?? '';
    const form = SURNAMES.has(last.split(/\s+/u)[0]) ? 'a street named after a person before the bracket' : 'another name before the bracket';
    const line = `${id}: ${snippet(a.text, m.index, m.index + m[0].length, 140)}`;
    forms.add(form, line, id);
    const bracketStart = m.index + m[0].length - m[2].length - 1;
    const c = chosen.get(id);
    if (c && c.start >= bracketStart && c.start < m.index + m[0].length) picked.add(form, `${line} → ${c.text}`, id);
  }
}
forms.print('Intersections before a bracketed unit');
if (jsonl) picked.print('The localities chosen inside such a bracket');
