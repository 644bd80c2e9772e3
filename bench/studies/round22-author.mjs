// Round 22: closing credits that name a writer after a compiler's mark and the outlet the story was taken from ("Lưu
// Hoài (T/h) Theo Đời sống Plus"), or after "Nguồn:" and the story's or clip's source ("Nguồn: The Coverage Anh Đào /
// Theo Trí Thức Trẻ", "Nguồn: MCVMedia L.H (T/h) Theo Đời sống Plus"), or before a translator's mark or the outlet in lower
// case ("Anh Tuấn (lược dịch)", "H.V (thethaovietnam.vn)": audit 21). Counts the forms on the last 200 characters of
// corpus/real and dev, with the built extractor's author beside each.
// Usage: node bench/studies/round22-author.mjs [--examples 6]      (after npm run build)
import { builtModule, readDev, readFlags, readReal, Tally } from './lib.mjs';

const { processArticle } = await builtModule('pipeline.js');
const FORMS = [
  ['a writer, "(t/h)", "Theo" an outlet', /[.!?…]\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*\((?:T\/h|t\/h|T\/H|t\.h|Tổng hợp|tổng hợp)\)\s*Theo\s+\p{Lu}[^\n]{0,30}$/u],
  ['a writer, then a translator\'s mark or the outlet in lower case in brackets', /[.!?…]\s*(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*\((?:[Ll]ược dịch|[Bb]iên dịch|[Dd]ịch|[Tt]hực hiện|clip|[a-z][a-z\d-]{2,20}(?:\.[a-z]{2,4}){0,2})\)[^\n]{0,160}$/u],
  ['"Nguồn:" a source, then a writer', /Nguồn:\s*([^.:|\n()]{2,60}?)(?:\s*\((?:T\/h|t\/h)\))?\s*(?:\/\s*)?(?:Theo\s[^\n]{0,30})?\s*$/u],
];
const examples = readFlags().number('--examples', 6);
for (const [set, articles] of [['real', readReal().map((a) => ({ file: `real/${a.file}`, text: a.text }))], ['dev', readDev().map((a) => ({ file: `dev/${a.file}`, text: a.text }))]]) {
  const tally = new Tally({ examples });
  for (const a of articles) {
    const end = a.text.trimEnd().slice(-200);
    for (const [form, re] of FORMS) {
      const m = re.exec(end);
      if (!m) continue;
      const got = processArticle({ file: a.file, bytes: Buffer.from(a.text) }).record.author;
      tally.add(form, `${a.file}: …${m[0].trim().slice(-80)}  → ${JSON.stringify(got)}`, a.file);
    }
  }
  tally.print(`${set}: closing credits with a compiler's mark or a source before the writer (${articles.length} texts)`);
}
