#!/usr/bin/env node
// Corpus study (round 5): half years. "nửa đầu năm 2017" (the first six months) and "nửa cuối năm 2017" (the last six)
// were read as the whole year by the span "năm 2017" inside them; "nửa năm" alone is mostly a duration ("cai rượu được
// nửa năm nay"). Counts every form on corpus/real and dev, beside "6 tháng đầu năm" for scale, with examples.
//   node bench/studies/period-half-years.mjs [--examples N]
// Read-only; prints to stdout.
import { readReal, readDev, oneLine, Tally } from './lib.mjs';

const argv = process.argv.slice(2);
const examples = argv.includes('--examples') ? Number(argv[argv.indexOf('--examples') + 1]) : 3;
const FORMS = /(?<![\p{L}])(nửa (?:đầu|cuối|sau|trước) (?:của )?năm(?: nay| \d{4})?|nửa năm(?: đầu| cuối)?(?: \d{4})?|6 tháng đầu năm(?: \d{4})?)/giu;

for (const [set, articles] of [['real', readReal()], ['dev', readDev()]]) {
  const forms = new Tally({ early: examples });
  for (const a of articles) {
    for (const m of a.text.matchAll(FORMS)) {
      forms.add(m[1].toLowerCase().replace(/\d{4}/u, 'YYYY'), `${a.file}: …${oneLine(a.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 30))}…`, a.file);
    }
  }
  forms.print(`half years and "6 tháng đầu năm" on corpus/${set}`);
}
