// Shared helpers of the corpus studies in bench/studies: where ../shared is, reading corpus/real and the dev set
// (NFC), command-line flags, sentence splitting, tallies and their tables, snippets, the gazetteer built by
// `npm run build`, the project's lexicon constants, and the 2013 aggregator format (title, lead, page chrome).
// Read-only: nothing here writes, and nothing reads the blind set.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const shared = process.env.VNREPORT_SHARED ? path.resolve(process.env.VNREPORT_SHARED) : path.resolve(root, '..', 'shared');

function mustExist(p, what) {
  if (!fs.existsSync(p)) {
    console.error(`study: ${what} not found at ${p} (set VNREPORT_SHARED to the shared folder)`);
    process.exit(2);
  }
  return p;
}

// ---------------------------------------------------------------------------------------------------------------
// Command-line flags

/**
 * The flags of the studies that take loose flags: `has('--real')`, `number('--top', 30)`, `value('--sample')`
 * (`value('--sample', 2)` is the second word after it), and the flags most of them share.
 */
export function readFlags(argv = process.argv.slice(2)) {
  const value = (name, offset = 1) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + offset] : undefined;
  };
  const has = (name) => argv.includes(name);
  const number = (name, dflt) => (has(name) ? Number(value(name)) : dflt);
  return {
    has,
    value,
    number,
    onlyReal: has('--real'),
    onlyDev: has('--dev'),
    verbose: has('--verbose'),
    top: number('--top', 30),
    limit: number('--limit', Infinity),
  };
}

/** Command-line options of awards.mjs and officials.mjs: --set real|dev|both, --examples N, --top N, --min N. */
export function parseOptions(argv = process.argv.slice(2)) {
  const options = { set: 'real', examples: 2, top: 25, min: 2, only: null, file: null, explain: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--set') options.set = value();
    else if (flag === '--examples') options.examples = Number(value());
    else if (flag === '--top') options.top = Number(value());
    else if (flag === '--min') options.min = Number(value());
    else if (flag === '--only') options.only = value();
    else if (flag === '--file') options.file = value();
    else if (flag === '--explain') options.explain = true;
    else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: node <study>.mjs [--set real|dev|both] [--examples N] [--top N] [--min N] [--only SECTION]\n' +
          '                        [--file SUBSTRING] [--explain]   (--explain prints each finding with its tags)\n' +
          '  reads ../shared/corpus (or $VNREPORT_SHARED/corpus); never the blind set',
      );
      process.exit(0);
    } else {
      console.error(`unknown option ${argv[i]} (try --help)`);
      process.exit(2);
    }
  }
  if (!['real', 'dev', 'both'].includes(options.set)) {
    console.error(`--set must be real, dev or both, not ${options.set}`);
    process.exit(2);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Drawing samples

/** mulberry32: a small seeded generator, so that a sample can be drawn again (bench/precision.mjs, recall samples). */
export function seededRandom(s) {
  return () => {
    s |= 0;
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first `n` of `items` after a seeded partial shuffle: a random draw that the same seed gives again. */
export function drawn(items, n, seed) {
  const rnd = seededRandom(seed);
  const order = [...items];
  for (let i = 0; i < Math.min(n, order.length); i++) {
    const j = i + Math.floor(rnd() * (order.length - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, n);
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the corpus

const require = createRequire(import.meta.url);

/** HTML as text with the tags stripped: block ends become line breaks, a few entities decoded. */
function stripTags(html) {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/(p|div|h\d|li|tr|br)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[ \t]+/g, ' ');
}

/** Text lines of an HTML page or fragment: h1 (or og:title) first when there is one, then block texts. */
function htmlLines(html) {
  const cheerio = require('cheerio');
  const $ = cheerio.load(html);
  $('script, style, noscript').remove();
  const out = [];
  const h1 = $('h1').first().text().trim() || $('meta[property="og:title"]').attr('content')?.trim();
  if (h1) out.push(h1);
  const body = $('[itemprop="articleBody"]').length ? $('[itemprop="articleBody"]') : $('article').length ? $('article') : $.root();
  body.find('p, h2, h3, td').each((_, el) => {
    if ($(el).find('p').length) return;
    const t = $(el).text().replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  });
  return out;
}

/** The project's own cleaner from dist/ (`npm run build`) as html → text; without a build, stripTags. */
export async function builtCleaner() {
  try {
    const built = await import(path.join(root, 'dist', 'index.js'));
    return (html) => built.clean(html).text;
  } catch {
    return stripTags;
  }
}

/**
 * The articles of audit folders (hand-annotated sets kept outside the repository): [{ file: 'LABEL/NAME', text }] for
 * each [label, dir] that exists, its .txt and .html files (`names` filters them) in name order, NFC, HTML through the
 * project's own cleaner.
 */
export async function readAuditFolders(folders, names = /\.(?:txt|html?)$/) {
  const clean = await builtCleaner();
  const out = [];
  for (const [label, dir] of folders) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).filter((x) => names.test(x)).sort()) {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
      out.push({ file: `${label}/${f}`, text: /\.html?$/.test(f) ? clean(raw) : raw });
    }
  }
  return out;
}

/** The built project (dist/index.js, `npm run build`): its exports; exits with a message when there is no build. */
/**
 * corpus/real, dev and each audit folder (a23, a24 …) under --audits DIR (default /work/extra, kept outside the
 * repository; skipped when missing), as [name, articles] pairs for printArticleForms.
 */
export async function studySets(flags) {
  const auditsDir = flags.value('--audits') ?? '/work/extra';
  const sets = [
    ['corpus/real', readReal()],
    ['corpus/dev', readDev()],
  ];
  if (fs.existsSync(auditsDir)) {
    const folders = fs.readdirSync(auditsDir).filter((d) => /^a\d+$/.test(d)).sort();
    for (const d of folders) sets.push([d, await readAuditFolders([[d, path.join(auditsDir, d)]])]);
  }
  return sets;
}

export async function builtProject() {
  const index = path.join(root, 'dist', 'index.js');
  if (!fs.existsSync(index)) {
    console.error('study: run `npm run build` first (dist/index.js is read)');
    process.exit(2);
  }
  return import(index);
}

/** A module of the build by its path under dist/ ("engine/rule.js"); exits with a message when there is no build. */
export async function builtModule(file) {
  const module = path.join(root, 'dist', file);
  if (!fs.existsSync(module)) {
    console.error(`study: run \`npm run build\` first (dist/${file} is read)`);
    process.exit(2);
  }
  return import(pathToFileURL(module).href);
}

/**
 * One article of a folder run through the built pipeline up to its refiners (`npm run build`): { doc, units, facts,
 * findings } with every field's refined findings by field name, as `extractFromDoc` leaves them before the record.
 * `adjust(findings)` may change the raw findings first (a study dropping the page's date reads the page as undated);
 * the page's own published date from its meta tags is among them. null when the file cannot be read.
 */
export async function refinedArticle(file, adjust = () => {}) {
  const [{ prepareArticle }, { buildDoc }, { lexArticle }, { findAll }, { FIELDS }, { REFINERS }, { metaFinding }] = await Promise.all(
    ['prepare.js', 'engine/document.js', 'dimensions/index.js', 'engine/rule.js', 'extract/fields.js', 'refine/index.js', 'engine/finding.js'].map(builtModule),
  );
  const prepared = prepareArticle({ file, bytes: fs.readFileSync(file) });
  if (!prepared.ok) return null;
  const doc = buildDoc(prepared.cleaned.text, prepared.cleaned.format, prepared.cleaned.headline);
  const units = lexArticle(doc);
  const findings = new Map();
  for (const field of FIELDS) findings.set(field.name, findAll(field.name, field.rules, { doc, units }));
  const stated = prepared.cleaned.stated?.published;
  const iso = stated ? /^(\d{4})-(\d{2})-(\d{2})/.exec(stated.value) : null;
  if (iso) findings.get('published').push(metaFinding('published', { year: +iso[1], month: +iso[2], day: +iso[3] }, stated.source));
  adjust(findings);
  const facts = { published: null, year: null, date: null, captionLines: new Set(), titleLine: null };
  const ctx = { doc, units, facts, get: (f) => findings.get(f) ?? [], set: (f, list) => void findings.set(f, list) };
  for (const r of REFINERS) r.refine(ctx);
  return { doc, units, facts, findings };
}

/**
 * The .txt (and, with `htmlText`, .html) files of a folder in name order: [{ file, text, lines, html }], NFC.
 * HTML becomes text through `htmlText`, which returns a string or an array of lines; `html` keeps the raw page.
 * Line ends become \n unless `keepCR` (the awards and officials tables were counted on the text as stored); `limit`
 * reads only the first n files.
 */
function readFolder(dir, { htmlText = null, keepCR = false, limit = Infinity } = {}) {
  const newlines = (s) => (keepCR ? s : s.replace(/\r\n?/g, '\n'));
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || (htmlText && /\.html?$/.test(f)))
    .sort()
    .slice(0, limit)
    .map((f) => {
      const raw = newlines(fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '').normalize('NFC'));
      const html = /\.html?$/.test(f) ? raw : null;
      const converted = html ? htmlText(html) : raw;
      const lines = Array.isArray(converted) ? converted : newlines(converted.normalize('NFC')).split('\n');
      return { file: f, text: lines.join('\n'), lines, html };
    });
}

/**
 * The percentage values each article's record holds, from a folder of `extract` runs (`<set>.jsonl` for each of
 * `sets` that exists): Map of `keyOf(record.file)` → Set of values. Used by the percentage studies to mark a hit
 * found or missed.
 */
export function heldPercentValues(recordsDir, sets, keyOf = (file) => file.replace(/^.*\/(?:real|dev)\//, '')) {
  const held = new Map();
  for (const set of sets) {
    const file = path.join(recordsDir, `${set}.jsonl`);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      held.set(keyOf(r.file), new Set((r.percentages ?? []).map((p) => p.value)));
    }
  }
  return held;
}

/** The real corpus: [{ file, text, lines }] in file order, NFC. `limit` reads only the first n (for quick runs). */
export function readReal(limit = Infinity) {
  return readFolder(mustExist(path.join(shared, 'corpus', 'real'), 'corpus/real'), { limit });
}

/**
 * The dev set: [{ id, file, topic, text, lines, html, expected }]. HTML goes through `htmlText` (by default its
 * block lines, headline first; `await builtCleaner()` gives the text the project's own cleaner makes of it).
 */
export function readDev({ htmlText = htmlLines } = {}) {
  const dir = mustExist(path.join(shared, 'corpus', 'dev'), 'corpus/dev');
  const topics = new Map();
  for (const row of fs.readFileSync(path.join(dir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1)) {
    const c = row.split('\t');
    if (c[0]) topics.set(c[0], c[5] ?? '');
  }
  return readFolder(dir, { htmlText }).map((a) => {
    const id = a.file.replace(/\.\w+$/, '');
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected', `${id}.json`), 'utf8'));
    return { id, ...a, topic: topics.get(a.file) ?? '', expected };
  });
}

/**
 * The articles of one set as awards.mjs and officials.mjs read them: [{ file: 'real/r0001.txt', text }], NFC, HTML
 * tag-stripped, line ends as stored. "dev" is the development set plus the five seeds. Never the blind set.
 */
export function loadCorpus(set, fileFilter = null) {
  const corpus = path.join(shared, 'corpus');
  const folders = [];
  if (set === 'real' || set === 'both') folders.push(['real', path.join(corpus, 'real')]);
  if (set === 'dev' || set === 'both') folders.push(['dev', path.join(corpus, 'dev')], ['seeds', path.join(shared, 'seeds')]);
  const articles = folders
    .filter(([, dir]) => fs.existsSync(dir))
    .flatMap(([label, dir]) => readFolder(dir, { htmlText: stripTags, keepCR: true }).map((a) => ({ file: `${label}/${a.file}`, text: a.text })))
    .filter((a) => !fileFilter || a.file.includes(fileFilter));
  if (articles.length === 0) {
    console.error(`no articles found under ${corpus} (set ${set}); set VNREPORT_SHARED to the shared folder`);
    process.exit(1);
  }
  return articles;
}

/**
 * Each article file of ../shared/corpus/<set> (text and HTML, by name) run through `processArticle` (the built
 * pipeline's), then `read({ id, record, expected })` at once, while what a study's hooks saw is still that article's;
 * `expected` is the dev set's expected record (undefined for other sets). `before()` runs ahead of each article.
 */
export function extractedCorpus(set, processArticle, read, before = () => {}) {
  const dir = path.join(shared, 'corpus', set);
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/.test(f))
    .sort()
    .map((f) => {
      before();
      const { record } = processArticle({ file: f, bytes: fs.readFileSync(path.join(dir, f)) });
      const id = f.replace(/\.\w+$/, '');
      const expected = set === 'dev' ? JSON.parse(fs.readFileSync(path.join(dir, 'expected', `${id}.json`), 'utf8')) : undefined;
      return read({ id, record, expected });
    });
}

const GAZETTEER = path.join(root, 'dist', 'data', 'gazetteer.json');

/** The national list of units as `npm run build` writes it (dist/data/gazetteer.json); null when not built (yet). */
export function readGazetteerIndex() {
  let index;
  try {
    index = JSON.parse(fs.readFileSync(GAZETTEER, 'utf8'));
  } catch {
    return null;
  }
  return index.levels ? rowsOfColumns(index) : index;
}

/**
 * The index's rows by level ([code, name, type, parent code, flags (1: not in the 2023 list), lookup key]) from the
 * columns the build writes since the gazetteer is held as columns (src/gazetteer/index.ts, indexColumns).
 */
function rowsOfColumns(index) {
  const column = ({ text, ends }) => ends.map((end, i) => text.slice(i ? ends[i - 1] : 0, end));
  const [codes, names, keys, parents] = [index.codes, index.names, index.keys, index.parents].map(column);
  const defunct = new Set(index.defunct);
  const rows = { provinces: [], districts: [], communes: [] };
  const byLevel = [rows.provinces, rows.districts, rows.communes];
  index.levels.forEach((level, i) =>
    byLevel[level].push([codes[i], names[i], index.typeNames[index.types[i]], parents[i] || null, defunct.has(i) ? 1 : 0, keys[i]]),
  );
  return { ...index, ...rows };
}

/**
 * The national list of units from dist/data/gazetteer.json (built by `npm run build`):
 * byKey: folded name → [{ name, type, level, province }], provinces: official province names.
 */
export function loadGazetteer() {
  const g = readGazetteerIndex();
  if (!g) {
    console.error(`study: no readable gazetteer at ${GAZETTEER} (run \`npm run build\`)`);
    process.exit(2);
  }
  const byKey = new Map();
  const prov = new Map();
  const dist = new Map();
  const add = (u, k) => (byKey.get(k) ?? byKey.set(k, []).get(k)).push(u);
  for (const [code, name, type, , , k] of g.provinces) {
    const u = { name, type, level: 'province', province: name };
    prov.set(code, u);
    add(u, k);
  }
  for (const [code, name, type, parent, , k] of g.districts) {
    const u = { name, type, level: 'district', province: prov.get(parent)?.name ?? null };
    dist.set(code, u);
    add(u, k);
  }
  for (const [, name, type, parent, , k] of g.communes) add({ name, type, level: 'commune', province: dist.get(parent)?.province ?? null }, k);
  return { byKey, provinces: [...prov.values()].map((u) => u.name) };
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences

/** Keyword lines at the foot of scraped pages: "Đồng Khởi,Trung học cơ sở,…,Bằng khen,Đoạt giải". */
function isTagLine(line) {
  const glued = (line.match(/,\S/g) || []).length;
  const spaced = (line.match(/, /g) || []).length;
  return glued >= 4 && glued > 3 * spaced;
}

// A full stop ends a sentence unless it closes a 1-2 letter abbreviation ("TP. Hồ Chí Minh", "T.Ư", "PGS.TS").
const SENTENCE_END = /(?<=(?<![\s.(](?:\p{L}{1,2}|PGS|ThS|Mrs|NXB|Tp))[.!?…]["”’)]?)\s*(?=["“(]?\p{Lu})/u;

/** Sentences of an article as { text, start }, keyword lines returned apart (awards.mjs, officials.mjs). */
export function sentencesOf(text) {
  const sentences = [];
  const tagLines = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (isTagLine(line)) tagLines.push({ text: line, start: offset });
    else {
      let cursor = 0;
      for (const part of line.split(SENTENCE_END)) {
        const at = line.indexOf(part, cursor);
        if (part.trim()) sentences.push({ text: part, start: offset + at });
        cursor = at + part.length;
      }
    }
    offset += line.length + 1;
  }
  return { sentences, tagLines };
}

const ABBREVIATIONS = new Set(['TP', 'Tp', 'tp', 'TS', 'ThS', 'GS', 'PGS', 'BS', 'Th', 'St', 'Mr', 'Q', 'P', 'TT', 'v.v']);

/**
 * Sentence spans { start, end, lineNo, line (offset of its line) } of an article (dates, period, percentages): split
 * at . ! ? … before a capital (also glued ".Chỉ") or a number and a blank, not after short abbreviations ("TP.HCM",
 * "Q.1") nor inside numbers ("1.925").
 */
export function sentenceSpans(text) {
  const out = [];
  let lineStart = 0;
  let lineNo = 0;
  for (const line of text.split('\n')) {
    const re = /[.!?…]+["”’)]*(\s*)(?=[\p{Lu}"“‘(\[]|\d+\s)/gu;
    let start = 0;
    let m;
    while ((m = re.exec(line))) {
      const before = line.slice(Math.max(0, m.index - 6), m.index).split(/\s/).pop() ?? '';
      if (ABBREVIATIONS.has(before)) continue;
      if (m[1] === '' && /^\p{Lu}{1,4}$/u.test(before)) continue;
      if (m[1] === '' && /^\d/.test(line.slice(re.lastIndex))) continue;
      const end = m.index + m[0].length;
      out.push({ start: lineStart + start, end: lineStart + end, lineNo, line: lineStart });
      start = end;
    }
    if (start < line.length && line.slice(start).trim()) out.push({ start: lineStart + start, end: lineStart + line.length, lineNo, line: lineStart });
    lineStart += line.length + 1;
    lineNo++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Snippets

/** A seeded generator (mulberry32), so a sample can be drawn again. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * A one-line excerpt of at most `max` characters around [start, end), "…" where it is cut. With `fill`, a window
 * that reaches the end of the text is moved back so that it still holds `max` characters.
 */
export function snippet(text, start, end = start, max = 150, { fill = false } = {}) {
  const room = Math.max(0, max - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, end + Math.ceil(room / 2));
  if (to - from > max) to = from + max;
  if (fill && to === text.length) from = Math.max(0, to - max);
  return `${from > 0 ? '…' : ''}${oneLine(text.slice(from, to))}${to < text.length ? '…' : ''}`;
}

/** `snippet` with `fill` (awards.mjs, officials.mjs). */
export const filledSnippet = (text, start, end = start, max = 150) => snippet(text, start, end, max, { fill: true });

/** `before` characters, [the span], `after` characters, on one line, cut at 150 characters. */
export function markedSnippet(text, start, end, before, after) {
  const s = oneLine(text.slice(Math.max(0, start - before), start) + '[' + text.slice(start, end) + ']' + text.slice(end, end + after));
  return s.length > 150 ? s.slice(0, 150) : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Tallies

/**
 * Counts keys with the number of distinct articles of each and a few examples (`distinct`: no example twice): the
 * first `early` ones (default `examples`) and, with `laterAt` k, the k-th add's too, for variety (replacing the last
 * one when full).
 */
export class Tally {
  constructor({ examples = 2, early = examples, laterAt = null, distinct = true } = {}) {
    Object.assign(this, { examples, early, laterAt, distinct });
    this.entries = new Map();
  }
  add(key, example, article) {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = { key, n: 0, articles: new Set(), examples: [] }));
    e.n++;
    if (article !== undefined && article !== null && article !== '') e.articles.add(article);
    if (!example || (this.distinct && e.examples.some((x) => x.text === example))) return;
    if (e.examples.length < this.early) e.examples.push({ text: example, article });
    else if (e.n === this.laterAt) {
      if (e.examples.length < this.examples) e.examples.push({ text: example, article });
      else e.examples[this.examples - 1] = { text: example, article };
    }
  }
  count(key) {
    return this.entries.get(key)?.n ?? 0;
  }
  total() {
    let sum = 0;
    for (const e of this.entries.values()) sum += e.n;
    return sum;
  }
  /** Most counted first; ties in key order. */
  sorted() {
    return [...this.entries.values()].sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)));
  }
  /** count, articles, key (tab-separated), then the examples (author.mjs, locality.mjs). */
  print(title, { top = 30, examples = true, minN = 1 } = {}) {
    const rows = this.sorted().filter((r) => r.n >= minN);
    console.log(`\n## ${title}  (${rows.length} forms${rows.length > top ? `, top ${top}` : ''})`);
    console.log('count\tarticles\tform');
    for (const r of rows.slice(0, top)) {
      console.log(`${r.n}\t${r.articles.size || ''}\t${r.key}`);
      if (examples) for (const x of r.examples) console.log(`\t\t  e.g. ${x.text}`);
    }
  }
  /** count, share of `total` (default: of all counts), key; ties in the order first seen (dates, period, percentages). */
  printShares(title, { examples = true, limit = 60, total = null, min = 1 } = {}) {
    const rows = [...this.entries.values()].sort((a, b) => b.n - a.n);
    const sum = total ?? this.total();
    console.log(`\n## ${title}  (total ${sum})`);
    for (const e of rows.slice(0, limit)) {
      if (e.n < min) continue;
      console.log(`${String(e.n).padStart(6)}  ${((100 * e.n) / sum).toFixed(1).padStart(5)}%  ${e.key}`);
      if (examples) for (const x of e.examples) console.log(`                 e.g. ${x.text}`);
    }
  }
}

/** Fresh tallies, as many as are destructured: `const [byForm, byCue] = tallies();`. */
export function* tallies(options) {
  for (;;) yield new Tally(options);
}

/** Prints a tally as a table: count, files, key, then its examples as file: snippet (awards.mjs, officials.mjs). */
function printTally(title, tally, { top = 25, min = 1, examples = true } = {}) {
  const rows = tally.sorted().filter((entry) => entry.n >= min);
  console.log(`\n## ${title}  (total ${tally.total()}, ${tally.entries.size} forms${rows.length > top ? `, top ${top}` : ''})`);
  if (rows.length === 0) console.log('  (none)');
  for (const entry of rows.slice(0, top)) {
    console.log(`${String(entry.n).padStart(6)} ${String(entry.articles.size).padStart(5)}f  ${entry.key}`);
    if (examples) for (const example of entry.examples) console.log(`               e.g. ${example.article}: ${example.text}`);
  }
}

/** `show(section, title, tally, extra)`: prints the table unless --only names another section. */
export function tablePrinter(options) {
  return (section, title, tally, extra = {}) => {
    if (options.only && !section.includes(options.only)) return;
    printTally(title, tally, { top: options.top, min: 1, ...extra });
  };
}

/** A header line for a section of output. */
export function section(title) {
  console.log(`\n# ${title}`);
}

/** The header of awards.mjs and officials.mjs: title, set, where the corpus is, what the columns are. */
export function header(title, set, articles) {
  console.log(`# ${title}`);
  console.log(`set: ${set} (${articles.length} articles, NFC) from ${path.join(shared, 'corpus')}`);
  console.log('columns: count, number of distinct files, form; examples are file: snippet (≤150 chars)');
}

// ---------------------------------------------------------------------------------------------------------------
// The project's lexicons (data in src/)

function tsFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/**
 * The quoted strings of `export const NAME … = [ … ];` in the project's TypeScript sources (the lexicons are data).
 * The lexicons move between modules, so the constant is looked up by name; src/lexicon wins over other folders.
 * Returns { strings, file }; strings is null when no module exports the constant.
 */
export function lexicon(constName) {
  const files = tsFiles(path.join(root, 'src')).sort(
    (a, b) => Number(!a.includes(`${path.sep}lexicon${path.sep}`)) - Number(!b.includes(`${path.sep}lexicon${path.sep}`)) || a.localeCompare(b),
  );
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    const start = source.search(new RegExp(`export const ${constName}\\b`));
    if (start < 0) continue;
    const open = source.indexOf('[', source.indexOf('=', start));
    const close = source.indexOf('];', open);
    // line comments go first: an apostrophe in one ("the unit's word") would pair the quotes wrongly
    const strings = [...source.slice(open, close).replace(/\/\/.*$/gm, '').matchAll(/'([^']*)'/g)].map((m) => m[1].normalize('NFC'));
    return { strings, file: path.relative(root, file) };
  }
  return { strings: null, file: null };
}

/** The strings of a lexicon constant; exits with a clear message when the project no longer has it. */
export function lexiconStrings(constName) {
  const { strings } = lexicon(constName);
  if (!strings) {
    console.error(`no module under ${path.join(root, 'src')} exports ${constName}`);
    process.exit(1);
  }
  return strings;
}

// ---------------------------------------------------------------------------------------------------------------
// Regex building and Vietnamese letters

/** `pattern` bounded by non-letters (JS `\b` is ASCII-only). */
export const bounded = (pattern) => `(?<![\\p{L}\\p{M}\\p{N}])(?:${pattern})(?![\\p{L}\\p{M}\\p{N}])`;

/** Alternation of literal phrases, longest first, spaces matching any run of blanks. */
export const alternation = (phrases) =>
  [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/**
 * A regex source made case-insensitive letter by letter, so that it can sit in a case-sensitive regex next to
 * parts that must stay case-sensitive (with the i flag, \\p{Lu} matches lower-case letters too).
 */
export function caseless(source) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      let j = i + 1;
      if ((source[j] === 'p' || source[j] === 'P') && source[j + 1] === '{') j = source.indexOf('}', j);
      out += source.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower === upper || upper.length !== 1) out += ch;
    else if (inClass) out += lower + upper;
    else out += `[${lower}${upper}]`;
  }
  return out;
}

/** Lower case without tones; đ, Đ and the look-alike Ð (U+00D0) all become d. */
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐÐð]/g, 'd').toLowerCase();
}

export function key(name) {
  return fold(name).replace(/[\s\-–'’.]+/g, '');
}

const UPPER = 'A-ZĐÐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const LOWER = 'a-zđàáảãạâầấẩẫậăằắẳẵặèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';
/** One syllable that opens with a capital, the rest in either case ("Hà", "HCM", "Đắk", "Ea", "Kon"). */
export const CAP = `[${UPPER}][${LOWER}${UPPER}]*`;
/** One title-case syllable: a capital, then lower-case letters and marks only ("Hà", not "HCM"). */
export const TITLE_CASE = '\\p{Lu}[\\p{Ll}\\p{M}]*';

/** Common Vietnamese family names: a capitalised run opening with one after a unit word is usually a person. */
export const SURNAMES = new Set(
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Lương Trương Lâm Đoàn Mai Tô Hà Cao Tạ Châu Thái Trịnh Văn Lưu Phùng Kiều Quách Triệu Vương Nông Lò Hầu Giàng Thào Mạc Khổng Doãn Lục Chu Tăng Tống Đào Đàm Từ Lại Ông Kim Âu Diệp Khúc Nghiêm Ninh La Lữ Mạch Hứa Giáp Tiêu Hồ'.split(' '),
);

// ---------------------------------------------------------------------------------------------------------------
// The 2013 aggregator format: title, lead, page chrome (author.mjs, locality.mjs)

/**
 * An aggregator article split into its parts: title (line 1), lead (line 2), body lines, and the trailing page
 * chrome of the 2013 aggregator format (timestamp "31/05/13 10:48 GMT+7", section, keyword list, outlet).
 */
export function parts(text) {
  const lines = text.split('\n');
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  let chrome = null;
  const n = lines.length;
  if (n >= 5 && /^\d\d\/\d\d\/\d\d \d\d:\d\d GMT\+7$/.test(lines[n - 4].trim())) {
    chrome = { timestamp: lines[n - 4].trim(), section: lines[n - 3].trim(), keywords: lines[n - 2].trim(), outlet: lines[n - 1].trim() };
    lines.length = n - 4;
  }
  return { title: lines[0] ?? '', lead: lines[1] ?? '', body: lines.slice(1), chrome };
}

/** A lead tag at the start of the lead: "(HNM) -", "KTĐT -", "QĐND Online –", "(NDHMoney)", "(HQ Online)-". */
export const LEAD_TAG = /^\s*(?:\(([^()\n]{1,30})\)\s*\.?\s*[-–—:]?|([A-ZĐ][\p{L}&.]{1,14}(?: Online)?)\s*[-–—])\s*/u;

const DATE_OPENER = /^(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Sáng nay|Chiều nay|Từ|Trong (?:2|hai|ba) ngày)\s*(?:nay\s*)?\(?\d{1,2}\s*[./-]/u;

/** Features of a first line that tell a headline from a lead sentence, caption or chrome. */
export function firstLineFeatures(line) {
  const t = line.trim();
  const words = t.split(/\s+/).filter(Boolean).length;
  return {
    chars: t.length,
    words,
    endsPeriod: /[^.]\.$/.test(t),
    endsQuestion: /[?!]$/.test(t),
    endsEllipsis: /(\.\.\.|…)$/.test(t),
    // a first line that opens like a lead: "(BĐ) - …", "KTĐT - …" (not a headline's "Tomic - đứng vững …")
    leadTag: /^\s*\([^()\d][^()]{0,29}\)\s*\.?\s*[-–—]/u.test(t) || /^[A-ZĐ]{2,}[A-ZĐ&.]*(?: Online)?\s*[-–—]\s/u.test(t),
    dateOpener: DATE_OPENER.test(t),
    allCaps: /[A-ZĐ]/.test(t) && t === t.toUpperCase() && words >= 2,
    caption: /\bẢnh:/.test(t),
    commas: (t.match(/,/g) ?? []).length,
  };
}

/** The rule the title study settles on: a first line is a headline unless it reads as a lead sentence. */
export function isHeadline(line) {
  const f = firstLineFeatures(line);
  if (!f.chars) return false;
  // a date opener does not decide: real headlines open with one too ("Từ 1/6, thu phí cầu Rạch Chiếc")
  if (/^\s*\([^()\d][^()]{0,29}\)\s*\.?\s*[-–—]/u.test(line) || f.caption) return false;
  if (f.endsPeriod) return false;
  if (f.chars > 180) return false;
  return true;
}

/**
 * The records of the `extract` JSONL named on the command line, by file name ("r0042.txt"); exits with `usage` when
 * no .jsonl argument is given.
 */
export function extractRecordsArg(usage, argv = process.argv.slice(2)) {
  const out = argv.find((a) => a.endsWith('.jsonl'));
  if (!out) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const records = new Map();
  for (const line of fs.readFileSync(out, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    records.set(path.basename(r.file), r);
  }
  return records;
}

/** The locality an `extract` JSONL chose per article, by article id ("r0042"): { text, start }; empty without a file. */
export function chosenLocalities(jsonl) {
  const chosen = new Map();
  if (!jsonl) return chosen;
  for (const line of fs.readFileSync(jsonl, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    if (r.locality?.span) chosen.set(/r\d+/.exec(r.file)[0], { text: r.locality.text, start: r.locality.span[0] });
  }
  return chosen;
}

/**
 * The locality a run chose ("type name", or "null") for an article of realDevAudits' sets, from the folder of
 * /tmp/r23/verify.sh's records (real.jsonl, dev.jsonl, audits.jsonl): `(set, file) => choice`, "?" when not there
 * (round23-locality-*.mjs).
 */
export function runLocalities(recordsDir) {
  const chosen = new Map();
  for (const name of ['real', 'dev', 'audits']) {
    const file = path.join(recordsDir, `${name}.jsonl`);
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line);
      chosen.set(r.file, r.locality ? `${r.locality.type} ${r.locality.name}` : 'null');
    }
  }
  const fileOf = (set, file) =>
    set === 'corpus/real' ? path.join(shared, 'corpus', 'real', file) : set === 'corpus/dev' ? path.join(shared, 'corpus', 'dev', file) : `/tmp/${file.replace(/^audit(\d+)\//, 'a$1all/')}`;
  return (set, file) => chosen.get(fileOf(set, file)) ?? '?';
}

/**
 * Counts sentences of corpus/real that contain "%" by the forms given (name → RegExp, or (sentence, the sentence
 * before) → match|null) and prints
 * each form's count with random examples (percentages-round4.mjs, percentages-round5.mjs); reads --examples N,
 * --seed S and --form NAME.
 */
export function printFormCounts(forms, { seed = 1, context = 60, width = 240 } = {}) {
  const flags = readFlags();
  const examples = flags.number('--examples', 4);
  const only = flags.value('--form') ?? '';
  const rand = random(flags.number('--seed', seed));
  const hits = Object.fromEntries(Object.keys(forms).map((k) => [k, []]));
  for (const a of readReal()) {
    let previous = '';
    for (const s of sentenceSpans(a.text)) {
      const text = a.text.slice(s.start, s.end);
      const before = previous;
      previous = text;
      if (!text.includes('%')) continue;
      for (const [name, form] of Object.entries(forms)) {
        const m = typeof form === 'function' ? form(text, before) : form.exec(text);
        if (m) hits[name].push(`${a.file}: ${oneLine(text.slice(Math.max(0, m.index - context), m.index + m[0].length)).slice(-width)}`);
      }
    }
  }
  for (const [name, list] of Object.entries(hits)) {
    if (only && name !== only) continue;
    console.log(`${name.padEnd(22)} ${list.length} sentences`);
    const pool = [...list];
    for (let i = 0; i < Math.min(examples, pool.length); i++) console.log(`  ${pool.splice(Math.floor(rand() * pool.length), 1)[0]}`);
  }
}

/**
 * The sentences with a "%" of `articles` that each form matches (a regex, or a function of the sentence returning a
 * match or null): { form: ["file: snippet", …] }; `each(text, file)` sees every such sentence too.
 */
export function formHits(articles, forms, { before = 60, after = 0, width = 240, each = null } = {}) {
  const hits = Object.fromEntries(Object.keys(forms).map((k) => [k, []]));
  for (const a of articles) {
    for (const s of sentenceSpans(a.text)) {
      const text = a.text.slice(s.start, s.end);
      if (!text.includes('%')) continue;
      for (const [name, form] of Object.entries(forms)) {
        const m = typeof form === 'function' ? form(text) : form.exec(text);
        if (m) hits[name].push(`${a.file}: ${oneLine(text.slice(Math.max(0, m.index - before), m.index + m[0].length + after)).slice(-width)}`);
      }
      each?.(text, a.file);
    }
  }
  return hits;
}

/** Prints each form's count of sentences and `examples` of them drawn with `rand`, only the form `only` when set. */
export function printHits(hits, { examples, only = '', rand }) {
  for (const [name, list] of Object.entries(hits)) {
    if (only && name !== only) continue;
    console.log(`${name.padEnd(22)} ${list.length} sentences`);
    const pool = [...list];
    // (the count is fixed first: the pool shrinks as examples are drawn from it)
    for (let i = 0, n = Math.min(examples, pool.length); i < n; i++) console.log(`  ${pool.splice(Math.floor(rand() * pool.length), 1)[0]}`);
  }
}

/** The folders of the audit sets 1 … `count` (/tmp/aNall, outside the repository): [['auditN', '/tmp/aNall'], …]. */
const auditFolders = (count) => Array.from({ length: count }, (_, i) => [`audit${i + 1}`, `/tmp/a${i + 1}all`]);

/** The audit sets 1 … `count` pooled into one list of articles ({ file: 'auditN/NAME', text }), those that exist. */
export function pooledAudits(count) {
  return readAuditFolders(auditFolders(count));
}

/** corpus/real, dev and the audit sets 1 … `audits` (/tmp/aNall, outside the repository) as [name, articles], read once. */
export async function realDevAudits(audits) {
  const sets = [['corpus/real', readReal()], ['corpus/dev', readDev()]];
  for (const folder of auditFolders(audits)) sets.push([folder[0], await readAuditFolders([folder])]);
  return sets;
}

/**
 * Per form (name → (text) → match or null), the articles of each set ([name, articles]) whose whole text it matches,
 * counted, with the first `examples` of them (round15-period.mjs, round15b-period-pct.mjs); only the form `only` when set.
 */
export function printArticleForms(sets, forms, { examples, only = '' }) {
  for (const [name, form] of Object.entries(forms)) {
    if (only && only !== name) continue;
    console.log(`\n## ${name}`);
    for (const [set, articles] of sets) {
      const hits = [];
      for (const { file, text } of articles) {
        const m = form(text.replace(/\r/g, ''));
        if (m) hits.push(`${path.basename(file)}: ${oneLine(m[0]).slice(0, 170)}`);
      }
      console.log(`${set.padEnd(12)} ${hits.length}`);
      for (const h of hits.slice(0, examples)) console.log(`  ${h}`);
    }
  }
}

/** Regular-expression parts of the percentage studies: a word's start and end, and a figure "98,5%", "8 - 8,5 %". */
// ---------------------------------------------------------------------------------------------------------------
// Records compared (the variant studies: round19-variants.mjs, round20-words.mjs)

/** The nine main fields of a record, in the scorer's order. */
export const MAIN_FIELDS = ['title', 'date', 'published', 'period', 'locality', 'author', 'officials', 'percentages', 'awards'];
/** What a value carries besides what it says: where it was read, by which rule. */
export const EVIDENCE_KEYS = new Set(['span', 'text', 'rule', 'sources', 'evidence']);

/** A field's value as a string to compare, without the keys in `ignored`. */
export const comparable = (v, ignored = EVIDENCE_KEYS) => JSON.stringify(v ?? null, (k, x) => (ignored.has(k) ? undefined : x));

export const WORD_START = String.raw`(?<![\p{L}\p{M}])`;
export const WORD_END = String.raw`(?![\p{L}\p{M}])`;
export const PERCENT_FIGURE = String.raw`\d+(?:[.,]\d+)*(?:\s*[-–]\s*\d+(?:[.,]\d+)*)?\s?%`;
