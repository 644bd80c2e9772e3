// The benchmark's corpus: articles made by mutating the seed articles (names, numbers, dates, percentages, the
// order of the body's paragraphs) and HTML pages wrapping them in menus, sidebars and footers. bench/bench.mjs
// generates it; other measuring scripts can import it to get text that never repeats.
import fs from 'node:fs';
import path from 'node:path';

// ---- a small deterministic random source (mulberry32) ----
let rand = 42;

export function seedRandom(seed) {
  rand = seed >>> 0 || 42;
}

function random() {
  rand = (rand + 0x6d2b79f5) >>> 0;
  let t = rand;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

// ---- seeds ----
/** The seed texts: fixtures/articles, and <shared>/seeds and <shared>/corpus/dev when present. */
export function seedTexts(root, shared) {
  const dirs = [path.join(root, 'fixtures', 'articles'), path.join(shared, 'seeds'), path.join(shared, 'corpus', 'dev')];
  const seen = new Set();
  const out = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = fs.readFileSync(path.join(d, f), 'utf8');
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out;
}

// ---- mutations: names, numbers, dates, paragraph order ----
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Đinh', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Công', 'Đình'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hương', 'Lan', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Yến', 'Hải', 'Khánh'];
const NAME = new RegExp(`(?<![\\p{L}])(?:${SURNAMES.join('|')})(?: \\p{Lu}\\p{Ll}*){1,3}`, 'gu');

export function mutate(text) {
  const names = new Map();
  let t = text.replace(NAME, (m) => {
    if (!names.has(m)) names.set(m, `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`);
    return names.get(m);
  });
  const shift = int(-3, 3);
  t = t.replace(/(?<!\d)(19[5-9]\d|20[0-2]\d)(?!\d)/g, (y) => String(Number(y) + shift));
  t = t.replace(/(?<!\d)(\d{1,2})\/(\d{1,2})(?=\/\d{4}|[^\d/])/g, () => `${int(1, 28)}/${String(int(1, 12)).padStart(2, '0')}`);
  t = t.replace(/(?<![\d,.])(\d{1,3})(,\d+)?(\s?%)/g, (_m, _n, dec, pct) => `${int(1, 100)}${dec ? `,${int(0, 9)}` : ''}${pct}`);
  t = t.replace(/(?<![\d,.])(\d{1,3})(?= (?:tập thể|cá nhân|đồng chí|lượt|người|đơn vị))/g, (n) => String(int(1, 120)).padStart(n.length, '0'));
  const lines = t.split('\n');
  if (lines.length > 6) {
    // shuffle the body's paragraphs, keeping the headline block and the byline
    const head = lines.slice(0, 3);
    const tail = lines.slice(-1);
    const body = lines.slice(3, -1);
    for (let i = body.length - 1; i > 0; i--) {
      const j = int(0, i);
      [body[i], body[j]] = [body[j], body[i]];
    }
    return [...head, ...body, ...tail].join('\n');
  }
  return t;
}

export function asHtml(text, i) {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const title = esc(lines[0] ?? '');
  const nav = ['Trang chủ', 'Giới thiệu', 'Tin tức - Sự kiện', 'Quốc phòng - Quân sự', 'Văn bản', 'Liên hệ'].map((x) => `<li><a href="/${encodeURIComponent(x)}">${x}</a></li>`).join('');
  const related = Array.from({ length: 5 }, (_, k) => `<li><a href="/tin/${i + k}.html">${esc(lines[(k + 1) % lines.length].slice(0, 60))}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><link rel="stylesheet" href="/css/site.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script></head>
<body><div id="header"><div class="logo">Cổng thông tin điện tử</div><ul class="menu">${nav}</ul></div>
<div id="main"><div class="breadcrumb">Trang chủ › Tin tức</div>
<article class="news-detail"><h1 class="title">${title}</h1><div class="date">Cập nhật: ${int(1, 28)}/${int(1, 12)}/20${int(15, 23)}</div>
${lines.slice(1).map((l) => `<p>${esc(l)}</p>`).join('\n')}
</article><div class="share">Chia sẻ: Facebook | Zalo | In bài</div><div class="related"><h3>Tin liên quan</h3><ul>${related}</ul></div></div>
<div id="sidebar"><h3>Thống kê truy cập</h3><p>Đang online: ${int(10, 99)}</p><p>Tổng lượt: ${int(10000, 999999)}</p></div>
<div id="footer">Bản quyền © Cổng thông tin điện tử. Địa chỉ: số ${int(1, 200)} đường Lê Lợi. Điện thoại: 0225.${int(1000000, 9999999)}</div>
<script src="/js/site.js"></script></body></html>
`;
}

/** Writes n text articles and htmlN pages under dir (text/NNN/, html/NNN/), or reuses a corpus of that size. */
export function generate(dir, { n, htmlN, root, shared }) {
  const marker = path.join(dir, 'corpus.json');
  if (fs.existsSync(marker)) {
    const m = JSON.parse(fs.readFileSync(marker, 'utf8'));
    if (m.n === n && m.html === htmlN) return { reused: true, bytes: m.bytes };
  }
  const seeds = seedTexts(root, shared);
  let bytes = 0;
  const write = (sub, i, ext, text) => {
    const folder = path.join(dir, sub, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${String(i).padStart(6, '0')}.${ext}`), text);
    bytes += Buffer.byteLength(text);
  };
  for (let i = 0; i < n; i++) write('text', i, 'txt', mutate(seeds[i % seeds.length]));
  for (let i = 0; i < htmlN; i++) write('html', i, 'html', asHtml(mutate(seeds[i % seeds.length]), i));
  fs.writeFileSync(marker, JSON.stringify({ n, html: htmlN, seeds: seeds.length, bytes }));
  return { reused: false, bytes, seeds: seeds.length };
}
