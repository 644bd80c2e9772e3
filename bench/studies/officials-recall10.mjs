// Round 10: recall of officials by review on unseen text. Builds the pool of corpus/real articles where a named
// official is plausible, by a filter much broader than the rules (any official title word or rank below, matched as
// a whole word, case-sensitive as titles are capitalised, NFC), and draws a sample at random with a fixed seed
// (mulberry32, as bench/precision.mjs). Prints the pool size and the drawn file names only (no article text).
// With --forms, counts in corpus/real and dev the forms behind the round-10 misses, with examples: "ĐB" (the
// abbreviation of "đại biểu") before a capitalised name, by what follows the name (a bracket, a comma or dash, other);
// and "<Name> (…), <capitalised word>" (a post after a bracket that follows a name, see officials-bracketed-posts.mjs
// for the same form against an extract run), by what the bracket holds; and the word before a lower-case "quyền" that
// a capitalised word follows ("chính quyền Tổng thống Trump", "ủy quyền Chủ tịch …", "là quyền Chủ tịch …"), which
// tells the syllable of a word from the modifier "quyền" (acting); and foreign names with a lower-case particle
// ("Bashar al-Assad", "Mohammed bin Salman", "Leila de Lima"), by particle.
// With --run OUT.jsonl (an `extract` run of corpus/real), lists the positions holding a lower-case "trong" with the
// word after it: a time or occasion run on past the post ("… Tác giả trong cuộc họp sáng 25/5") or a body's name
// ("Vụ Thị trường trong nước").
//   node bench/studies/officials-recall10.mjs [--seed 100] [--n 30] [--forms] [--examples N] [--run OUT.jsonl]
import fs from 'node:fs';
import { readReal, readDev, readFlags, drawn, Tally, oneLine } from './lib.mjs';

const flags = readFlags();
const seed = flags.number('--seed', 100);
const n = flags.number('--n', 30);

export const POOL_WORDS = ['Chủ tịch', 'Bí thư', 'Giám đốc', 'Bộ trưởng', 'Phó', 'Trưởng', 'Chỉ huy', 'Chính ủy', 'Chính uỷ',
  'Thiếu úy', 'Trung úy', 'Thượng úy', 'Đại úy', 'Thiếu tá', 'Trung tá', 'Thượng tá', 'Đại tá', 'Thiếu tướng', 'Trung tướng', 'Thượng tướng', 'Đại tướng'];
const word = new RegExp(`(?<![\\p{L}\\p{M}])(?:${POOL_WORDS.join('|')})(?![\\p{L}\\p{M}])`, 'u');

if (flags.has('--run')) {
  const inside = new Tally({ examples: flags.number('--examples', 3) });
  for (const line of fs.readFileSync(flags.value('--run'), 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    for (const o of r.officials ?? []) {
      for (const p of o.positions ?? []) {
        const m = /(?<![\p{L}\p{M}])trong (\S+)/u.exec(p);
        if (m) inside.add(`trong ${m[1]}`, `${r.file.split('/').pop()} | ${o.name} | ${p}`, r.file);
      }
    }
  }
  inside.print('positions holding a lower-case "trong", by the word after it', { top: 30 });
  process.exit(0);
}
const articles = readReal();
if (flags.has('--forms')) {
  forms();
  process.exit(0);
}
const pool = articles.filter((a) => word.test(a.text.normalize('NFC')));
pool.sort((a, b) => (a.file < b.file ? -1 : 1));

const sample = drawn(pool.map((a) => a.file), n, seed);
console.log(`pool: ${pool.length} of ${articles.length} articles of corpus/real hold one of: ${POOL_WORDS.join(', ')}`);
console.log(`drawn with seed ${seed}: ${sample.length}`);
for (const f of sample) console.log(f);

function forms() {
  const examples = flags.number('--examples', 3);
  const NAME = '(?:\\p{Lu}[\\p{Ll}\\p{M}]+ ){1,4}\\p{Lu}[\\p{Ll}\\p{M}]+';
  const deputy = new RegExp(`(?<![\\p{L}\\p{M}])ĐB (${NAME})(.{0,3})`, 'gu');
  const bracketed = new RegExp(`(${NAME}) \\(([^()\\n]{1,60})\\)\\s*(?:,|[-–] )\\s*(\\p{Lu}[\\p{Ll}\\p{M}]*(?: \\p{L}+)?)`, 'gu');
  const kindOf = (inside) =>
    /tuổi|^(?:sinh năm|SN)\b|^\d{4}$/u.test(inside) ? 'birth year or age'
      : /^(?:bên|thứ|giữa|trái|phải|ảnh|bìa)/iu.test(inside) ? 'photo side'
      : /^(?:đoàn|Đoàn)/u.test(inside) ? 'delegation'
      : /^\p{Lu}/u.test(inside) ? 'capitalised (a place, an acronym, a name)' : 'other';
  for (const [set, list] of [['corpus/real', articles], ['dev', readDev()]]) {
    const d = new Tally({ examples });
    const b = new Tally({ examples });
    for (const a of list) {
      const text = a.text.normalize('NFC');
      for (const m of text.matchAll(deputy)) {
        const after = m[2].trimStart()[0] ?? '';
        const key = after === '(' ? 'bracket' : after === ',' || after === '-' || after === '–' ? 'comma or dash' : 'other (a verb, a full stop)';
        d.add(key, `${a.file}: ${oneLine(text.slice(m.index, m.index + 90))}`, a.file);
      }
      for (const m of text.matchAll(bracketed)) b.add(kindOf(m[2]), `${a.file}: ${oneLine(text.slice(m.index, m.index + 110))}`, a.file);
    }
    const q = new Tally({ examples });
    for (const a of list) {
      const text = a.text.normalize('NFC');
      for (const m of text.matchAll(/(\S+) quyền (?=\p{Lu})/gu)) q.add(m[1].toLowerCase().replace(/^["“(]|[,.;:]$/gu, ''), `${a.file}: ${oneLine(text.slice(m.index, m.index + 70))}`, a.file);
    }
    q.print(`${set}: the word before a lower-case "quyền" that a capitalised word follows`, { top: 25 });
    const particles = new Tally({ examples });
    for (const a of list) {
      const text = a.text.normalize('NFC');
      for (const m of text.matchAll(/(?<![\p{L}\p{M}])\p{Lu}[a-z]+ (bin|bint|ibn|al|el|de|der|van|von|da|di|dos|du|la|le)(?:-| )\p{Lu}[a-z]+/gu)) {
        particles.add(m[1], `${a.file}: ${oneLine(text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10))}`, a.file);
      }
    }
    particles.print(`${set}: Latin names with a lower-case particle, by particle`, { top: 15 });
    d.print(`${set}: "ĐB <Name>", by what follows the name`, { top: 10 });
    b.print(`${set}: "<Name> (…), <Capitalised>", by what the bracket holds (a post or another name may follow)`, { top: 10 });
  }
}
