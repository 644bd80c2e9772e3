#!/usr/bin/env node
// Corpus study (round 5): a plan word inside a body's name ("Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư Đồng
// Tháp") before a span of time in the same sentence, where the period rule took the name's "kế hoạch" for a plan cue:
// "Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), trong 6 tháng đầu năm 2017, tổng vốn …". Counts the names by
// spelling on corpus/real, then the names followed in their sentence by a span with no other review or plan word
// between, with examples; and the same for lower-case "kế hoạch và đầu tư" (a plan and an investment, not a name).
//   node bench/studies/period-plan-bodies.mjs [--examples N]
// Read-only; prints to stdout.
import { readReal, oneLine, Tally, lexiconStrings } from './lib.mjs';

const PLAN_WORDS = lexiconStrings('PLAN_WORDS');
const REVIEW_WORDS = lexiconStrings('REVIEW_WORDS');

const argv = process.argv.slice(2);
const examples = argv.includes('--examples') ? Number(argv[argv.indexOf('--examples') + 1]) : 4;
const NAME = /(?<![\p{L}])(kế hoạch\s*(?:và|&|-|–)?\s*đầu tư)(?![\p{L}])/giu;
const SPAN = /(?<![\p{L}])(?:năm\s+\d{4}|\d+\s+tháng(?:\s+đầu)?\s+năm|những tháng đầu năm|quý\s+(?:I{1,3}|IV|[1-4])|tháng\s+\d{1,2}\s*[/-]\s*\d{4}|giai đoạn\s+\d{4})/iu;
const CUE = new RegExp(`(?<![\\p{L}])(?:${[...PLAN_WORDS, ...REVIEW_WORDS].join('|')})(?![\\p{L}])`, 'iu');

const names = new Tally({ early: examples });
const before = new Tally({ early: examples });
for (const a of readReal()) {
  for (const m of a.text.matchAll(NAME)) {
    const written = m[1].replace(/\s+/g, ' ');
    const capital = /^K/u.test(written) ? 'capitalised' : 'lower-case';
    names.add(`${written} (${capital})`, `${a.file}: …${oneLine(a.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40))}…`, a.file);
    // the rest of its sentence, up to the next span of time
    const rest = a.text.slice(m.index + m[0].length, m.index + m[0].length + 200).split(/[.!?\n]/u)[0];
    const span = rest.match(SPAN);
    if (!span) continue;
    const between = rest.slice(0, span.index);
    const kind = CUE.test(between) ? 'another cue between' : 'no other cue between';
    before.add(`${capital}: span after the name, ${kind}`, `${a.file}: …${oneLine(a.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + span.index + span[0].length + 10))}…`, a.file);
  }
}
names.print('"kế hoạch … đầu tư" by spelling');
before.print('a span of time after it in the sentence');
