// Round 19: the same articles hard-wrapped. Each text of dev (and of any audit folders given) is wrapped greedily at
// a width (every line but the first; words kept whole), as fmt, print pages and e-mail exports save it, and read
// again; the fields whose values differ from the unwrapped text's are counted, with examples. A perfect unwrapper
// gives no difference. Differences that remain: texts too short to show a wrap (one mid-sentence break), headlines that
// were already wrapped in the original, a break before a capital that no reader can tell from a new line.
// Usage: node bench/studies/round19-wrap.mjs [--width 80] [audit folders …]       (after npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, readFlags, shared, Tally } from './lib.mjs';

const { processArticle } = await builtModule('pipeline.js');
const flags = readFlags();
const widths = flags.has('--width') ? [flags.number('--width', 80)] : [72, 80, 90];
const extra = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--width');
const FIELDS = ['title', 'date', 'published', 'period', 'locality', 'author', 'officials', 'percentages', 'awards'];
const strip = (v) => JSON.stringify(v ?? null, (k, x) => (['span', 'text', 'rule', 'sources', 'evidence'].includes(k) ? undefined : x));

function wrapLine(line, width) {
  if (line.length <= width) return line;
  const out = [];
  let current = '';
  for (const word of line.split(/ +/)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out.join('\n');
}

for (const width of widths) {
  const changed = new Tally({ examples: 3 });
  let read = 0;
  for (const dir of [path.join(shared, 'corpus/dev'), ...extra]) {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
      const lines = text.split('\n');
      const first = lines.findIndex((l) => l.trim());
      const wrapped = lines.map((l, i) => (i === first ? l : wrapLine(l, width))).join('\n');
      if (wrapped === text) continue;
      read++;
      const label = `${path.basename(dir)}/${f}`;
      const whole = processArticle({ file: label, text }).record;
      const cut = processArticle({ file: label, text: wrapped }).record;
      for (const field of FIELDS) if (strip(whole[field]) !== strip(cut[field])) changed.add(field, `${label}: ${strip(whole[field]).slice(0, 70)} → ${strip(cut[field]).slice(0, 70)}`, label);
    }
  }
  console.log(`\n# wrapped at ${width} columns: ${read} texts with a line longer than that`);
  changed.print(`fields that differ from the unwrapped text's (of ${read})`, { top: 12 });
}
