// Round 10: recall by review on unseen text, percentages.
// The pool is every corpus/real article holding "%" or "phần trăm" together with a word of goals, plans or results
// (much broader than the rules); `--sample` draws 30 of them at random with seed 100 and prints their file names.
//   node bench/studies/percentages-recall10.mjs --sample
import { readReal, random, readFlags } from './lib.mjs';

const flags = readFlags();
const PERCENT = /%|phần trăm/i;
const GOAL_WORDS = /phấn đấu|chỉ tiêu|kế hoạch|đạt|tỷ lệ|tăng|giảm/i;

const articles = readReal();
const pool = articles.filter((a) => PERCENT.test(a.text) && GOAL_WORDS.test(a.text));

if (flags.has("--sample")) {
  const rnd = random(100);
  const order = pool.map((a) => a.file);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  console.log(`pool: ${pool.length} of ${articles.length} articles; drawn with seed 100:`);
  for (const f of order.slice(0, 30)) console.log(f);
}

// `--vetoes [OUT.jsonl]`: figures a goal governs that a word of their own measure vetoes. A goal cue earlier in the
// sentence, and either a price word ("lạm phát", "CPI") within 12 words before the figure in its clause, or "GDP" right
// after it (a share of GDP). With an `extract` JSONL, whether the record holds a figure of that value.
const GOAL_CUE = /(?:^|[^\p{L}])(phấn đấu|mục tiêu|chỉ tiêu|đề ra|đặt ra|tiến tới|hướng tới|kế hoạch|nghị quyết|kiềm chế|dưới mức)(?=[^\p{L}]|$)/iu;
const PRICE_WORD = /(?:^|[^\p{L}])(lạm phát|CPI|chỉ số giá)(?=[^\p{L}]|$)/iu;
const FIGURE = /(\d+(?:[.,]\d+)?)(?:\s*[-–]\s*(\d+(?:[.,]\d+)?))?\s*%/gu;
const sentenceSplit = (text) => text.split(/(?<=[.!?…])\s*(?=[\p{Lu}"“])|\n/u);

if (flags.has('--vetoes')) {
  const out = flags.value('--vetoes');
  const found = new Map();
  if (out && !out.startsWith('--')) {
    const fs = await import('node:fs');
    for (const line of fs.readFileSync(out, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      found.set(String(r.file).split('/').pop(), (r.percentages ?? []).map((p) => p.value));
    }
  }
  const forms = { 'price word, goal cue in its clause': [], 'price word, goal cue earlier in the sentence': [], 'price word, no goal cue': [], 'GDP after, goal cue in its clause': [], 'GDP after, goal cue earlier in the sentence': [], 'GDP after, no goal cue': [] };
  for (const a of articles) {
    for (const s of sentenceSplit(a.text)) {
      for (const m of s.matchAll(FIGURE)) {
        const before = s.slice(0, m.index);
        const clause = before.split(/[,;:]/).pop();
        const near = clause.split(/\s+/).slice(-13).join(' ');
        const after = s.slice(m.index + m[0].length);
        const kind = PRICE_WORD.test(near) ? 'price word' : /^\s*(?:tổng\s+)?GDP/u.test(after) ? 'GDP after' : null;
        if (!kind) continue;
        const where = GOAL_CUE.test(clause) ? 'goal cue in its clause' : GOAL_CUE.test(before) ? 'goal cue earlier in the sentence' : 'no goal cue';
        const value = Number(m[1].replace(',', '.'));
        const got = found.has(a.file) ? (found.get(a.file).includes(value) ? 'found' : 'not found') : '';
        forms[`${kind}, ${where}`].push({ file: a.file, got, text: s.slice(Math.max(0, m.index - 160), m.index + m[0].length + 40).replace(/\s+/g, ' ') });
      }
    }
  }
  const examples = flags.number('--examples', 12);
  for (const [form, rows] of Object.entries(forms)) {
    const foundCount = rows.filter((r) => r.got === 'found').length;
    console.log(`\n## ${form}: ${rows.length} figures in ${new Set(rows.map((r) => r.file)).size} articles${found.size ? `, ${foundCount} in the record` : ''}`);
    const rnd = random(100);
    const shown = rows.map((r) => [rnd(), r]).sort((x, y) => x[0] - y[0]).slice(0, examples).map((x) => x[1]);
    for (const r of shown) console.log(`- ${r.file} ${r.got}: …${r.text}…`);
  }
}

// `--opinions`: sentences with a figure and "cho rằng" (a survey cue of the rules), by whether a share stands before
// it in its clause (a survey's respondents: "65% doanh nghiệp cho rằng …") or the figures stand elsewhere (a person's
// or a body's view: "… Nguyễn Đức Kiên cho rằng, để đạt mục tiêu tăng trưởng GDP 6,7% …").
if (flags.has('--opinions')) {
  const forms = { 'a share before it in its clause': [], 'figures only elsewhere in the sentence': [] };
  for (const a of articles) {
    for (const s of sentenceSplit(a.text)) {
      const i = s.indexOf('cho rằng');
      if (i < 0 || !/%/.test(s)) continue;
      const clause = s.slice(0, i).split(/[,;:]/).pop();
      const form = /\d\s*%[^%]{0,60}$/u.test(clause) ? 'a share before it in its clause' : 'figures only elsewhere in the sentence';
      forms[form].push(`${a.file}: ${s.replace(/\s+/g, ' ').slice(0, 220)}`);
    }
  }
  const examples = flags.number('--examples', 12);
  for (const [form, rows] of Object.entries(forms)) {
    console.log(`\n## ${form}: ${rows.length} sentences`);
    for (const r of rows.slice(0, examples)) console.log(`- ${r}`);
  }
}

// `--plan-levels`: a plan's level named and its value right after ("thấp hơn mức kế hoạch 1,6-1,8%", "chỉ tiêu kế
// hoạch 5,5%"), in corpus/real and the dev texts, against the plan noun with no level word before it, where the figure
// after is mostly a difference ("vượt kế hoạch 5%", "cao hơn kế hoạch 3%").
if (flags.has('--plan-levels')) {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { shared } = await import('./lib.mjs');
  const devDir = path.join(shared, 'corpus', 'dev');
  const dev = fs.readdirSync(devDir).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => ({ file: `dev/${f}`, text: fs.readFileSync(path.join(devDir, f), 'utf8').normalize('NFC') }));
  const LEVEL = /(?:^|[^\p{L}])(mức|chỉ tiêu|vượt|hơn|so với)?\s*(kế hoạch|dự toán)\s+(?:là\s+|khoảng\s+|từ\s+)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*%/giu;
  const forms = {};
  for (const a of [...articles, ...dev]) {
    for (const m of a.text.matchAll(LEVEL)) {
      const form = `${(m[1] ?? '(none)').toLowerCase()} + ${m[2].toLowerCase()} + figure`;
      (forms[form] ??= []).push(`${a.file}: …${a.text.slice(Math.max(0, m.index - 90), m.index + m[0].length + 30).replace(/\s+/g, ' ')}…`);
    }
  }
  for (const [form, rows] of Object.entries(forms).sort((x, y) => y[1].length - x[1].length)) {
    console.log(`\n## ${form}: ${rows.length}`);
    for (const r of rows.slice(0, flags.number('--examples', 8))) console.log(`- ${r}`);
  }
}
