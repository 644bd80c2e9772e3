#!/usr/bin/env node
// Corpus study (precision round 11): long posts that the post reader's length limit (MAX_POSITION_TOKENS in
// src/extract/officials/phrases.ts) cut inside a name ("…, Cục Quản lý nợ và Tài chính đối ngoại, Bộ Tài" for "Bộ Tài
// chính", "… của Quốc" for "Quốc hội", "Tp Đà" for "Tp Đà Nẵng"). From a JSONL of `extract` on corpus/real: the
// posts of 20 tokens or more, by what follows them in the text (a word glued on with one space: cut inside a name, or a
// run-on's next word; a mark; a new line), with examples.
//   node bench/studies/officials-long-posts.mjs /tmp/real.jsonl [--examples N]
import fs from 'node:fs';
import { readFlags, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 10);
const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: officials-long-posts.mjs OUT.jsonl [--examples N]');
  process.exit(2);
}
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const tally = new Tally({ examples });
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line) continue;
  const r = JSON.parse(line);
  let text = null;
  for (const o of r.officials ?? []) for (const p of o.positions) {
    const tokens = p.match(TOKEN) ?? [];
    if (tokens.length < 20) continue;
    text ??= fs.readFileSync(r.file, 'utf8').normalize('NFC');
    const at = text.indexOf(p);
    const after = at >= 0 ? text.slice(at + p.length, at + p.length + 30) : '';
    const form = /^ [\p{L}\p{N}]/u.test(after) ? 'a word follows' : /^\s*\n/u.test(after) ? 'a new line follows' : 'a mark follows';
    tally.add(`${tokens.length} tokens, ${form}`, `${r.file.split('/').pop()} | ${o.name} | …${p.slice(-60)} ⟦${after.replace(/\n/g, ' ').slice(0, 22)}⟧`, r.file);
  }
}
tally.print('posts of 20 tokens or more, by length and what follows them in the text', { top: 20 });
