// Round 8: the days of an event held over several, written as a span of day numbers before one month ("Ngày 13-14/4",
// "ngày 25 và 26-5", "trong 2 ngày 13.4 và 20.4", "kéo dài 3 ngày (1-3/6)", "từ ngày 11 - 15/5/2017"), counted in
// corpus/real and dev by the words before them, with whether the built dates dimension reads a span's first day there
// (rule date-span-start) or only its end (another date unit). ANNOTATION.md dates such an event by its first day.
// Usage: npm run build && node bench/studies/date-multi-day.mjs [--examples N]
import { builtModule, oneLine, readDev, readFlags, readReal, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 3);
const { buildDoc } = await builtModule('engine/document.js');
const { lexArticle } = await builtModule('dimensions/index.js');

/** Words before the span, the first day, a joiner, and the last day with its month. */
const MULTI_DAY = /(?<![\p{L}])((?:trong\s+(?:\d+|hai|ba|các)\s+ngày|trong\s+ngày|các\s+ngày|từ\s+ngày|từ|ngày|sáng|chiều|tối|hôm))\s*(\(?)\s*(\d{1,2})\s*(và|-|–|đến|tới)\s*(\d{1,2})\s*([/.-])\s*(\d{1,2})(?![\d])/giu;

for (const [name, articles] of [['real', readReal()], ['dev', readDev()]]) {
  const forms = new Tally({ examples });
  for (const a of articles) {
    const doc = buildDoc(a.text, 'text');
    const units = lexArticle(doc).of('date');
    for (const m of doc.text.matchAll(MULTI_DAY)) {
      if (Number(m[5]) <= Number(m[3])) continue;
      const dayAt = m.index + m[0].indexOf(m[3], m[1].length);
      const read = units.find((u) => doc.tokens.start[u.first] === dayAt);
      const opener = m[1].toLowerCase().replace(/\d+/, 'N').replace(/\s+/g, ' ');
      const how = read?.rule === 'date-span-start' ? 'read from its first day' : 'not read as a span';
      forms.add(`"${opener}${m[2] ? ' (' : ''}" + "${m[4]}": ${how}`, `${a.file} ${oneLine(doc.text.slice(Math.max(0, m.index - 50), m.index + m[0].length + 30))}`, a.file);
    }
  }
  console.log(`\ncorpus/${name}: spans of day numbers before one month`);
  forms.print('by the words before and the joiner', { top: 40 });
}
