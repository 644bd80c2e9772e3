#!/usr/bin/env node
// Corpus study: a typed unit whose name the list knows only as a shorter prefix of the capitalised run after the unit
// word ("huyện Vĩnh Lại" read as Vinh, "UBND TP Huế Phan Ngọc Thọ" read as Huế before a person's name). Runs the
// built extractor (dist/, `npm run build` first) over corpus/real and tallies every typed unit it names that is
// followed by another capitalised word, by what that word starts: a person's name (a surname), a province's name, or
// something else (the unit's own name cut short, a foreign name, a landmark), and whether it is the locality chosen.
//   node bench/studies/locality-cut-names.mjs
import { builtProject, loadGazetteer, readFlags, readReal, snippet, tallies, SURNAMES } from './lib.mjs';

const flag = readFlags();
const { processArticle } = await builtProject();
const { provinces } = loadGazetteer();

const [byNext, chosen] = tallies({ examples: 4 });
for (const { file, text } of readReal(flag.limit)) {
  const { record, cleaned } = processArticle({ file, text });
  if (!cleaned) continue;
  const all = [...(record.locality ? [{ ...record.locality, chosen: true }] : []), ...(record.localities ?? [])];
  for (const l of all) {
    if (!/typed|organ/.test(l.rule) || l.level === 'province') continue;
    const m = /^ ((?:\p{Lu}[\p{L}]*)(?: \p{Lu}[\p{L}]*){0,3})/u.exec(cleaned.slice(l.span[1], l.span[1] + 60));
    if (!m) continue;
    const next = m[1];
    const kind = SURNAMES.has(next.split(' ')[0]) ? 'a surname (a person after the unit)' : provinces.some((p) => next.startsWith(p)) ? 'a province' : 'something else (a cut name?)';
    const ex = `${l.type} ${l.name} | ${snippet(cleaned, l.span[0], l.span[1] + m[0].length, 110)}`;
    byNext.add(kind, ex, file);
    if (l.chosen) chosen.add(kind, ex, file);
  }
}
byNext.print('Typed district and commune units followed by a capitalised word, by that word', { top: 5 });
chosen.print('… of them the locality chosen', { top: 5 });
