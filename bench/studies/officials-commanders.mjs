#!/usr/bin/env node
// Corpus study (round 10): "chỉ huy" (commander; also the verb "to command") in corpus/real, by where it stands:
// right after a capitalised name and a comma (", chỉ huy Hạm đội 7", ", Chỉ huy tàu Echigo", ", Phó chỉ huy lực lượng
// bộ binh …": the post of the person just named, which POSITION_TITLES lacked), after "do <rank> <name>" (the verb:
// "tàu do Trung tá Luc Regnier chỉ huy"), inside a body's name ("Bộ Chỉ huy", "Ban chỉ huy"), in "Chỉ huy trưởng/phó"
// (lexicon titles), or elsewhere. With a JSONL of `extract`, also: the officials with a rank and no position, and how
// many of them have ", [Phó ]chỉ huy …" after a mention of their name, read or not.
//   node bench/studies/officials-commanders.mjs [/tmp/real.jsonl] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { Tally, readReal, snippet } from './lib.mjs';

const args = process.argv.slice(2);
const records = args.find((a) => a.endsWith('.jsonl'));
const ei = args.indexOf('--examples');
const examples = ei >= 0 ? Number(args[ei + 1]) : 3;

const CHI_HUY = /(?<![\p{L}\p{M}])((?:Phó|phó)\s+)?([Cc]hỉ\s+huy)(?![\p{L}\p{M}])(\s+\S+)?/gu;
const NAME_COMMA = /\p{Lu}[\p{L}\p{M}.-]*\s*,\s*$/u;
const BODY_BEFORE = /(?:^|[^\p{L}])(?:Bộ|bộ|Ban|ban|Sở|sở|Trung tâm|trung tâm|sự|quyền)\s*$/u;
const DO_BEFORE = /(?:^|[^\p{L}])do\s+[^,.;:]{3,60}$/u;

const where = new Tally({ examples });
const after = new Tally({ examples });
for (const { file, text } of readReal()) {
  for (const m of text.matchAll(CHI_HUY)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const next = (m[3] ?? '').trim();
    let kind;
    if (/^(?:trưởng|phó)[,.;:]*$/iu.test(next)) kind = 'Chỉ huy trưởng / Chỉ huy phó (lexicon titles)';
    else if (BODY_BEFORE.test(before)) kind = 'inside a body\'s name or "sự chỉ huy" (Bộ/Ban Chỉ huy …)';
    else if (NAME_COMMA.test(before)) kind = 'after a capitalised word and a comma (a post of the person named)';
    else if (DO_BEFORE.test(before)) kind = 'after "do …" (the verb: "do Trung tá X chỉ huy")';
    else kind = 'elsewhere';
    const ex = `${file}: ${snippet(text, m.index, m.index + m[0].length, 130)}`;
    where.add(kind, ex, file);
    if (kind.startsWith('after a capitalised')) after.add(`${m[1] ? 'Phó ' : ''}chỉ huy + ${/^\p{Lu}/u.test(next) ? 'Capitalised' : next.replace(/[,.;:]+$/, '') || '(end)'}`, ex, file);
  }
}
console.log('# "chỉ huy" in corpus/real');
where.print('by where it stands');
after.print('after a capitalised word and a comma: by the word after "chỉ huy"', { top: 40 });

if (records) {
  let rankOnly = 0;
  let commanders = 0;
  let read = 0;
  const lines = [];
  for (const line of fs.readFileSync(records, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const text = fs.readFileSync(String(r.file), 'utf8').normalize('NFC');
    for (const o of r.officials ?? []) {
      if (!o.rank) continue;
      if (!o.positions.length) rankOnly++;
      const name = o.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const m = new RegExp(`${name}\\s*,\\s*(?:[Pp]hó\\s+)?[Cc]hỉ\\s+huy\\s+(?!trưởng|phó)\\S`, 'u').exec(text);
      if (!m) continue;
      commanders++;
      const has = o.positions.some((p) => /chỉ huy/iu.test(p));
      if (has) read++;
      lines.push(`  ${has ? 'read  ' : 'unread'} ${path.basename(String(r.file))}: ${o.rank} ${o.name}; ${JSON.stringify(o.positions)}`);
    }
  }
  console.log(`\n# ${records}: officials with a rank and no position: ${rankOnly}; with ", [Phó ]chỉ huy X" after their name: ${commanders} (its post read: ${read})`);
  console.log(lines.join('\n'));
}
