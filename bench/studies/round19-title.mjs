// Round 19: texts that lost their headline. Each annotated text of dev (and of any audit folders given) whose
// annotated headline is a line of its own is read again without that line, as a scraper that kept only the body
// would save it; the annotated headline is then nowhere, so a title is a line of something else (a stamp, a counter,
// a portal's label, the lead). Printed: the titles vnreport gives such texts, by the form of the line it took, and how
// each other field's findings change. Then, for the checks the title rule makes of such lines (a stamp with a time
// of day or a label, a bulleted page detail, a day alone, a lead that opens on its day and runs past a headline's
// length or on into the next line), how many of corpus/real's and dev's headlines they would refuse (the
// negatives), and how often the portal furniture the cleaner now drops stands as a line of its own.
// With --html each such text is also laid out as a minimal page (the lines above the headline as blocks, the headline
// in <h1>, every other line a <p>) and the page's record compared with the text's: the publication date a page's
// layout alone made differ, and where the page's came from.
// Usage: node bench/studies/round19-title.mjs [--html] [audit folders …]       (after npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, shared, Tally } from './lib.mjs';

const { processArticle } = await builtModule('pipeline.js');
const { isTimestampLine, BULLETED_CHROME_LINE } = await builtModule('lexicon/dates.js');
const { COUNTER_LINE, SITE_CHROME_LINES, CHROME_LINES } = await builtModule('clean/markers.js');

const extra = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const annotated = [path.join(shared, 'corpus/dev'), ...extra];
const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const FIELDS = ['date', 'published', 'period', 'locality', 'author', 'officials', 'percentages', 'awards'];
const strip = (v) => JSON.stringify(v ?? null, (k, x) => (['span', 'text', 'rule', 'sources', 'evidence'].includes(k) ? undefined : x));

const DAY_OPENING = /^(?:\([^()]{0,20}\)\s*[-–]?\s*)?(?:vào\s+)?(?:sáng|chiều|tối|trưa|đêm|ngày)\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*|\s+tháng\s+)\d{1,2}/iu;
function formOf(line) {
  if (isTimestampLine(line)) return 'a stamp with a time of day or a label';
  if (BULLETED_CHROME_LINE.test(line)) return 'a bulleted page detail';
  if (/^Ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}$/iu.test(line)) return 'a day alone';
  if (DAY_OPENING.test(line)) return line.length > 90 ? 'a lead opening on its day, over 90 characters' : 'a line opening on its day, 90 characters or fewer';
  if (/^(?:Nhiệt\s+liệt\s+chào\s+mừng|Chủ\s+đề\s+(?:công\s+tác\s+)?năm\s+\d{4}\s*:)/iu.test(line)) return "a portal's banner";
  if (/^\p{Ll}/u.test(line)) return 'a line opening in lower case (a label)';
  if (line.split(/\s+/).length <= 5) return 'a short line (label or short headline)';
  return 'other';
}

const asPage = process.argv.includes('--html');
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function pageOf(lines, at) {
  const kept = lines.map(norm);
  const above = kept.slice(0, at).filter(Boolean).map((l) => `<div>${esc(l)}</div>`).join('');
  const below = kept.slice(at + 1).filter(Boolean).map((l) => `<p>${esc(l)}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(kept[at])}</title></head><body>${above}<article><h1>${esc(kept[at])}</h1>${below}</article></body></html>`;
}
const laidOut = new Tally({ examples: 3 });

const titles = new Tally({ examples: 3 });
const changed = new Tally({ examples: 2 });
let read = 0;
for (const dir of annotated) {
  const expectedDir = path.join(dir, 'expected');
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const expected = path.join(expectedDir, f.replace(/\.txt$/, '.json'));
    if (!fs.existsSync(expected)) continue;
    const gold = JSON.parse(fs.readFileSync(expected, 'utf8')).title;
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split('\n');
    const at = gold ? lines.findIndex((l) => norm(l) === norm(gold)) : -1;
    if (at < 0) continue;
    read++;
    const label = `${path.basename(dir)}/${f}`;
    const whole = processArticle({ file: label, text: lines.join('\n') }).record;
    const headless = processArticle({ file: label, text: lines.filter((_, i) => i !== at).join('\n') }).record;
    if (headless.title) titles.add(formOf(headless.title), `${label}: ${headless.title.slice(0, 110)}`, label);
    if (asPage) {
      const page = processArticle({ file: label.replace(/\.txt$/, '.html'), text: pageOf(lines, at), format: 'html' }).record;
      if (page.published !== whole.published) laidOut.add(`published ${whole.published ? 'differs' : 'added'} (${page.sources?.published?.rule ?? 'none'})`, `${label}: ${whole.published} → ${page.published}`, label);
    }
    for (const field of FIELDS) if (strip(whole[field]) !== strip(headless[field])) changed.add(field, `${label}: ${strip(whole[field]).slice(0, 80)} → ${strip(headless[field]).slice(0, 80)}`, label);
  }
}
console.log(`${read} annotated texts read without their headline line (${annotated.map((d) => path.basename(d)).join(', ')})`);
titles.print('titles given to a text without its headline, by the form of the line taken', { top: 20 });
changed.print('fields that change when the headline line is taken out', { top: 20 });
if (asPage) laidOut.print('publication dates that differ when the text is laid out as a page', { top: 20 });

// the negatives: headlines of corpus/real and dev, as vnreport reads them, that the new checks would refuse
const refused = new Tally({ examples: 3 });
const furniture = new Tally({ examples: 3 });
const chromeLines = new Set(CHROME_LINES.map((l) => l.toLowerCase()));
let headlines = 0;
for (const dir of [path.join(shared, 'corpus/real'), path.join(shared, 'corpus/dev')]) {
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
    const label = `${path.basename(dir)}/${f}`;
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (COUNTER_LINE.test(line) || SITE_CHROME_LINES.some((re) => re.test(line)) || chromeLines.has(line.toLowerCase())) furniture.add('a line the cleaner drops as furniture', `${label}: ${line}`, label);
    }
    const title = processArticle({ file: label, text }).record.title;
    if (!title) continue;
    headlines++;
    const form = formOf(title);
    if (!['other', 'a short line (label or short headline)', 'a line opening in lower case (a label)'].includes(form)) refused.add(form, `${label}: ${title}`, label);
  }
}
console.log(`\n${headlines} headlines of corpus/real and dev`);
refused.print('headlines in the forms the title rule checks (it refuses all but a short one opening on its day)', { top: 10 });
furniture.print('portal furniture lines in corpus/real and dev', { top: 10 });
