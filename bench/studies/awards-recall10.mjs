// Round 10: recall of awards by review on unseen text. Builds the pool of corpus/real articles where an award
// statement is plausible, by a filter much broader than the rules (any of the words below, case-insensitive, NFC),
// and draws a sample at random with a fixed seed (mulberry32, as bench/precision.mjs). Prints the pool size and the
// drawn file names only (no article text). With --forms, counts in corpus/real and dev the forms behind the round-10
// misses, with examples: badge-years, Party badges by the years written after "Huy hiệu" (every year known to the
// lexicon's PARTY_BADGE_YEARS or not, and the year written without "tuổi Đảng"); joined-verbs, two commendation verbs
// joined by "và" or a comma ("biểu dương và khen thưởng"), by form.
//   node bench/studies/awards-recall10.mjs [--seed 100] [--n 30] [--pool words|nouns] [--forms] [--examples N]
import { readReal, readDev, readFlags, drawn } from './lib.mjs';

const flags = readFlags();
const seed = flags.number('--seed', 100);
const n = flags.number('--n', 30);

export const POOL_WORDS = ['khen', 'tặng', 'trao', 'danh hiệu', 'vinh danh', 'tuyên dương', 'huân chương', 'huy chương', 'kỷ niệm chương', 'huy hiệu'];
// --pool nouns: the supplementary pool, articles naming an award noun or a word of honouring (still broader than the
// rules: no verb, count or recipient is asked for), because the broad pool holds about one award article in 30.
export const POOL_NOUNS = ['khen thưởng', 'bằng khen', 'giấy khen', 'huân chương', 'cờ thi đua', 'danh hiệu', 'huy hiệu', 'kỷ niệm chương', 'tuyên dương', 'vinh danh', 'thư khen', 'biểu dương'];
const words = flags.value('--pool') === 'nouns' ? POOL_NOUNS : POOL_WORDS;


const articles = readReal();
if (flags.has('--forms')) {
  forms();
  process.exit(0);
}
const pool = articles.filter((a) => {
  const lower = a.text.normalize('NFC').toLowerCase();
  return words.some((w) => lower.includes(w));
});
pool.sort((a, b) => (a.file < b.file ? -1 : 1));

const sample = drawn(pool.map((a) => a.file), n, seed);
console.log(`pool: ${pool.length} of ${articles.length} articles of corpus/real hold one of: ${words.join(', ')}`);
console.log(`drawn with seed ${seed}: ${sample.length}`);
for (const f of sample) console.log(f);

/** Badge years written after "Huy hiệu" in corpus/real and dev: "Huy hiệu 80 năm tuổi Đảng", "Huy hiệu 45 năm và 50 năm …". */
function forms() {
  const examples = flags.number('--examples', 3);
  const KNOWN_BEFORE_ROUND_10 = new Set([30, 40, 50, 55, 60, 65, 70, 75]);
  const badge = /huy hiệu (?:đảng )?((?:(?:\d+ năm|\d+)(?:, | và | - | đến )?)+)( tuổi đảng)?/giu;
  for (const [set, list] of [['corpus/real', articles], ['dev', readDev()]]) {
    const byYear = new Map();
    for (const a of list) {
      for (const m of a.text.matchAll(badge)) {
        const years = [...m[1].matchAll(/\d+/gu)].map((y) => Number(y[0]));
        const last = years[years.length - 1];
        const listed = years.length > 1 ? 'listed' : 'alone';
        const key = `${last} năm${m[2] ? ' tuổi Đảng' : ''} (${listed}; ${KNOWN_BEFORE_ROUND_10.has(last) ? 'known before round 10' : 'unknown before round 10'})`;
        const e = byYear.get(key) ?? { n: 0, files: new Set(), ex: [] };
        e.n++;
        e.files.add(a.file);
        if (e.ex.length < examples) e.ex.push(`${a.file}: …${a.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40).replace(/\s+/gu, ' ')}…`);
        byYear.set(key, e);
      }
    }
    console.log(`\n## badge-years in ${set}: "Huy hiệu [Đảng] N năm [tuổi Đảng]", by the last year written`);
    for (const [key, e] of [...byYear].sort((x, y) => y[1].n - x[1].n)) {
      console.log(`${String(e.n).padStart(4)}  ${key}  (${e.files.size} articles)`);
      for (const x of e.ex) console.log(`        ${x}`);
    }
    if (!byYear.size) console.log('   0');
  }
  const joined = /(?<![\p{L}\p{M}])(biểu dương|tuyên dương|khen thưởng|vinh danh|tôn vinh)( và|,) (biểu dương|tuyên dương|khen thưởng|vinh danh|tôn vinh)(?![\p{L}\p{M}])/giu;
  for (const [set, list] of [['corpus/real', articles], ['dev', readDev()]]) {
    const byForm = new Map();
    for (const a of list) {
      for (const m of a.text.matchAll(joined)) {
        const key = m[0].toLowerCase();
        const e = byForm.get(key) ?? { n: 0, ex: [] };
        e.n++;
        if (e.ex.length < examples) e.ex.push(`${a.file}: …${a.text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 60).replace(/\s+/gu, ' ')}…`);
        byForm.set(key, e);
      }
    }
    console.log(`\n## joined-verbs in ${set}: two commendation verbs joined by "và" or a comma`);
    for (const [key, e] of [...byForm].sort((x, y) => y[1].n - x[1].n)) {
      console.log(`${String(e.n).padStart(4)}  ${key}`);
      for (const x of e.ex) console.log(`        ${x}`);
    }
    if (!byForm.size) console.log('   0');
  }
}
