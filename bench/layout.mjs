#!/usr/bin/env node
// Layout invariance: the dev set's text articles laid out again the ways scraped text and pages arrive (paragraphs
// hard-wrapped at a fixed width, with or without blank lines between them, in characters or in bytes; blank lines
// between paragraphs, CRLF, NFD, page chrome around the text, the whole page's text with the site's footer, the text
// inside a plain news page, in an old portal's run of text and <br> or under a standfirst in a two-column page), each
// scored against the same expected values. The words are the same, so a field that scores lower on a layout than on
// the text as it came depends on the layout, not the language.
//   npm run -s build && node bench/layout.mjs
//   node bench/layout.mjs --only wrap,html --verbose     (some layouts; every difference from the expected values)
//   node bench/layout.mjs --keep                         (keeps the laid-out folders and prints where they are)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const dev = path.join(shared, 'corpus', 'dev');
const gold = path.join(dev, 'expected');
const scorer = path.join(shared, 'tools', 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const keep = args.includes('--keep');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(String(args[onlyAt + 1] ?? '').split(',')) : null;

if (!fs.existsSync(dev) || !fs.existsSync(scorer)) {
  console.error(`layout: ${dev} or ${scorer} is missing; set VNREPORT_SHARED to the shared folder`);
  process.exit(2);
}
if (!fs.existsSync(path.join(root, 'dist', 'cli', 'main.js'))) {
  console.error('layout: build first (npm run build)');
  process.exit(2);
}

/** Columns as a reader sees them (a few dev articles mix decomposed letters in), or UTF-8 bytes as coreutils
 *  `fold -s` and `fmt` count them. */
const columns = (s) => s.normalize('NFC').length;
const utf8Length = (s) => Buffer.byteLength(s, 'utf8');

/** Greedy wrapping at `width` columns, as many PDF and e-mail exports do. */
function wrapLine(line, width = 78, length = columns) {
  const lines = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && length(current) + 1 + length(word) > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.join('\n');
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const MENU = ['Trang chủ', 'Thời sự', 'Kinh tế', 'Xã hội', 'Thể thao'];
const RELATED = ['Giá xăng dầu tiếp tục giảm mạnh', 'Thời tiết miền Bắc chuyển lạnh'];

/** Each layout takes the article as the dev set holds it, and whether its first line is a headline (the expected title
 *  says so: a text without one starts with its lead, which a page would not put in its h1). */
const LAYOUTS = {
  text: { ext: '.txt', make: (t) => t },
  blank: { ext: '.txt', make: (t) => t.split('\n').join('\n\n') },
  // (a few dev articles end their lines in CR LF: a tool wrapping them reads lines, not the CR)
  wrap: { ext: '.txt', make: (t) => t.split(/\r?\n/).map((l) => wrapLine(l)).join('\n\n') },
  // no blank lines between paragraphs: a paragraph ends where a line ends short of the width
  wrap1: { ext: '.txt', make: (t) => t.split(/\r?\n/).map((l) => wrapLine(l)).join('\n') },
  wrap64: { ext: '.txt', make: (t) => t.split(/\r?\n/).map((l) => wrapLine(l, 64)).join('\n') },
  fold: { ext: '.txt', make: (t) => t.split(/\r?\n/).map((l) => wrapLine(l, 78, utf8Length)).join('\n\n') },
  crlf: { ext: '.txt', make: (t) => t.replace(/\n/g, '\r\n') },
  nfd: { ext: '.txt', make: (t) => t.normalize('NFD') },
  chrome: {
    ext: '.txt',
    make: (t) => {
      const [head, ...body] = t.split('\n');
      return ['Trang chủ > Thời sự > Trong nước', 'Chia sẻ', head, 'Lượt xem: 1.234', ...body, 'Từ khóa: thời sự, trong nước', 'Tin liên quan', ...RELATED].join('\n');
    },
  },
  // the whole page's text, as a scraper that takes all of it gets it: the site's name, login and the section above the
  // headline, a comment counter, the font-size control, share buttons and the audio player under it, an ad label,
  // share, print and save prompts, the tags one to a line under their heading, a related box, the newest articles and
  // the site's own footer (follow prompt, copyright, publisher and licence). Not a box of link titles right above the
  // headline: nothing tells its last title from a headline (or, for a text without one, from a short lead)
  site: {
    ext: '.txt',
    make: (t) => {
      const [head, ...body] = t.split('\n');
      return [
        'Báo Tin Tức', 'Đăng nhập', 'Thời sự', head, 'Bình luận (0)', 'Cỡ chữ: A- A A+',
        'Facebook Twitter Email', 'Nghe bài viết', ...body, 'Quảng cáo', 'Chia sẻ bài viết', 'In bài viết', 'Lưu bài viết',
        'Tags:', 'thời sự', 'trong nước', 'Hà Nội',
        'Bài viết liên quan:', ...RELATED, 'Tin mới nhất', ...RELATED.slice().reverse(), 'Theo dõi Báo Tin Tức trên Google News',
        '© Bản quyền thuộc về Báo Tin Tức', 'Cơ quan chủ quản: Báo Tin Tức. Giấy phép số 123/GP-BTTTT.',
      ].join('\n');
    },
  },
  html: {
    ext: '.html',
    make: (t, headed) => {
      const [head, ...body] = headed ? t.split('\n') : ['', ...t.split('\n')];
      const heading = headed ? `<h1 class="title">${escapeHtml(head)}</h1>` : '';
      const paragraphs = body.filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      return `<!doctype html><html><head><meta charset="utf-8"><title>${headed ? `${escapeHtml(head)} - ` : ''}Báo Tin Tức</title></head><body>
<header><div class="logo">Báo Tin Tức</div><nav><ul>${MENU.map((m) => `<li><a href="/">${m}</a></li>`).join('')}</ul></nav></header>
<main><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/thoi-su">Thời sự</a></div>
<article>${heading}<div class="content">${paragraphs}</div></article>
<aside><h3>Tin mới nhất</h3><ul>${RELATED.map((r) => `<li><a href="/r">${r}</a></li>`).join('')}</ul></aside></main>
<footer><p>Cơ quan chủ quản: Báo Tin Tức. Giấy phép số 123/GP-BTTTT.</p><p>© Bản quyền thuộc về Báo Tin Tức</p></footer></body></html>`;
    },
  },
  // an older portal's page: the article a run of text and <br> in one cell-like <div>, no <p>
  br: {
    ext: '.html',
    make: (t, headed) => {
      const [head, ...body] = headed ? t.split('\n') : ['', ...t.split('\n')];
      const heading = headed ? `<div class="tieude">${escapeHtml(head)}</div>` : '';
      const text = body.filter((p) => p.trim()).map((p) => escapeHtml(p)).join('<br>\n<br>\n');
      return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${headed ? `${escapeHtml(head)} - ` : ''}Cổng thông tin điện tử</title></head><body>
<table><tr><td class="menu">${MENU.map((m) => `<a href="/">${m}</a>`).join(' | ')}</td></tr>
<tr><td>${heading}<div class="noidung">${text}</div></td></tr>
<tr><td class="footer">Cổng thông tin điện tử. Địa chỉ: 12 Lê Lợi.</td></tr></table></body></html>`;
    },
  },
  // a two-column news page: the lead as a standfirst <h2> between the headline and the body's container, the site's
  // name only in <title> (no logo text, no og:site_name), a sidebar of newest articles
  sapo: {
    ext: '.html',
    make: (t, headed) => {
      const [head, lead, ...body] = headed ? t.split('\n') : ['', ...t.split('\n')];
      const heading = headed ? `<h1>${escapeHtml(head)}</h1>` : '';
      const paragraphs = body.filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
      return `<!doctype html><html><head><meta charset="utf-8"><title>${headed ? `${escapeHtml(head)} - ` : ''}Báo Tin Tức</title></head><body>
<div class="container"><div class="col-left">${heading}<h2 class="sapo">${escapeHtml(lead ?? '')}</h2>
<div id="main-detail">${paragraphs}</div></div>
<div class="col-right"><h3>Tin mới nhất</h3><ul>${RELATED.map((r) => `<li><a href="/r">${r}</a></li>`).join('')}</ul></div></div></body></html>`;
    },
  },
};

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-layout-'));
const articles = fs.readdirSync(dev).filter((f) => f.endsWith('.txt')).sort();
const tables = new Map();
for (const [name, layout] of Object.entries(LAYOUTS)) {
  if (only && name !== 'text' && !only.has(name)) continue;
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  for (const f of articles) {
    const text = fs.readFileSync(path.join(dev, f), 'utf8');
    const expected = JSON.parse(fs.readFileSync(path.join(gold, f.replace(/\.txt$/, '.json')), 'utf8'));
    fs.writeFileSync(path.join(dir, f.replace(/\.txt$/, layout.ext)), layout.make(text, expected.title !== null));
  }
  const out = path.join(work, `${name}.jsonl`);
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'vnreport.js'), 'extract', dir, '--format', 'jsonl'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status === 2 || run.error) {
    console.error(`layout: vnreport failed on the ${name} layout: ${run.stderr || run.error}`);
    process.exit(1);
  }
  fs.writeFileSync(out, run.stdout);
  const score = spawnSync(process.execPath, [scorer, gold, out, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
  if (verbose && name !== 'text') console.log(`\n== ${name}\n${score.stdout}`);
  tables.set(name, parseTable(score.stdout));
}

/** The scorer's lines "field  F1 0.960 …" and "macro F1 over 9 main fields, …: 0.951". */
function parseTable(stdout) {
  const scores = new Map();
  for (const line of stdout.split('\n')) {
    const field = /^(\S+)\s+F1 ([\d.]+)/.exec(line);
    if (field) scores.set(field[1], Number(field[2]));
    const macro = /^macro F1 .*: ([\d.]+)/.exec(line);
    if (macro) scores.set('macro', Number(macro[1]));
  }
  return scores;
}

const names = [...tables.keys()];
const fields = [...tables.get('text').keys()].filter((f) => !f.includes('.') || f === 'locality.province');
console.log(`F1 on the ${articles.length} text articles of ${dev}, laid out each way (text = as they came)\n`);
console.log(['field'.padEnd(20), ...names.map((n) => n.padStart(7))].join(''));
for (const field of fields) {
  const base = tables.get('text').get(field);
  const cells = names.map((n) => {
    const v = tables.get(n).get(field);
    if (v === undefined) return '      -';
    return `${n !== 'text' && v < base - 0.005 ? '*' : ' '}${v.toFixed(3)}`.padStart(7);
  });
  console.log([field.padEnd(20), ...cells].join(''));
}
console.log('\n* lower than on the text as it came');
if (keep) console.log(`kept: ${work}`);
else fs.rmSync(work, { recursive: true, force: true });
