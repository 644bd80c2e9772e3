// Round 19: the same articles saved another way, as scrapers and portals save them. Each text of dev (and of any audit
// folders given) is read as it is and as a variant of it; the fields whose values differ are counted, with examples.
// An engine that reads what the text says, not how it is laid out, gives no difference. Variants:
//   wrap       hard-wrapped at 72, 80 and 90 columns (every line but the first; words kept whole), as fmt, print pages
//              and e-mail exports save it (--width N for one width)
//   capitals   the annotated headline line in capitals, as many portals print it (values compared case aside)
//   related    a related-articles box after the body: "Tin liên quan:" and three other headlines of the set, each
//              bulleted with a day after it, as a page's text keeps it under the byline
//   byline     the closing byline (a last line that is the annotated author) moved under the headline as "Tin, ảnh: …"
//   caption    a photo's caption and an image file's name after the lead ("Toàn cảnh hội nghị. Ảnh: Minh Hoà",
//              "IMG_2034.jpg"), as a page's text keeps them
//   repeat     the headline printed twice, as a page's title and its heading
//   spacing    a blank line between every two lines, and no blank line at all; CRLF line ends
//   furniture  a portal's header above the text (its name, a menu an item a line, a breadcrumb) and its footer below (share and
//              comment controls, the copyright, the publisher, the portal's address and telephone)
// Usage: node bench/studies/round19-variants.mjs --variant wrap|capitals|related|byline|caption|repeat|spacing|furniture [--width N] [audit folders …]
// (after npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, comparable, MAIN_FIELDS, readFlags, shared, Tally } from './lib.mjs';

const { processArticle } = await builtModule('pipeline.js');
const flags = readFlags();
const variant = flags.value('--variant') ?? 'wrap';
const extra = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !['--width', '--variant'].includes(all[i - 1]));
const folders = [path.join(shared, 'corpus/dev'), ...extra];
const FIELDS = MAIN_FIELDS;
const norm = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const valueOf = (v, caseless) => (caseless ? comparable(v).toUpperCase() : comparable(v));

function wrapLine(line, width) {
  if (line.length <= width) return line;
  const out = [];
  let current = '';
  for (const word of line.split(/ +/)) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) out.push(current);
  return out.join('\n');
}

/** The annotated values of a text, or {}. */
function annotated(dir, file) {
  const expected = path.join(dir, 'expected', file.replace(/\.txt$/, '.json'));
  return fs.existsSync(expected) ? JSON.parse(fs.readFileSync(expected, 'utf8')) : {};
}

const widths = flags.has('--width') ? [flags.number('--width', 80)] : [72, 80, 90];
const FURNITURE_ABOVE = ['Cổng thông tin điện tử huyện Tân Phước', 'Trang chủ', 'Giới thiệu', 'Tin tức', 'Văn bản', 'Liên hệ', 'Trang chủ > Tin tức > Quốc phòng - An ninh'];
const FURNITURE_BELOW = [
  'Chia sẻ Facebook Zalo Twitter',
  'Bình luận (0)',
  '© Bản quyền thuộc về UBND huyện Tân Phước',
  'Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Phước',
  'Địa chỉ: Khu phố 1, thị trấn Mỹ Phước, huyện Tân Phước, tỉnh Tiền Giang. Điện thoại: 0273.3641.131',
];
/** `lines` with `added` put in after line `at`. */
const insertAfter = (lines, at, ...added) => [...lines.slice(0, at + 1), ...added, ...lines.slice(at + 1)].join('\n');

/**
 * Each variant's runs: { label, make(text, lines, context) → the variant's text or null (no such variant of this
 * text), caseless: values compared case aside }. The context holds the annotated author, three other annotated
 * headlines of the set, and `head`, the line of the annotated headline (-1 when none is a line of its own).
 */
const VARIANTS = {
  wrap: widths.map((width) => ({
    label: `wrapped at ${width} columns`,
    make: (text, lines) => {
      const first = lines.findIndex((l) => l.trim());
      const wrapped = lines.map((l, i) => (i === first ? l : wrapLine(l, width))).join('\n');
      return wrapped === text ? null : wrapped;
    },
  })),
  capitals: [
    {
      label: 'with the headline line in capitals',
      make: (text, lines, { head }) => (head < 0 || lines[head] === lines[head].toUpperCase() ? null : lines.map((l, i) => (i === head ? l.toUpperCase() : l)).join('\n')),
      caseless: true,
    },
  ],
  related: [
    {
      label: 'with a related-articles box after the body',
      make: (text, _lines, { others }) => (others.length ? `${text.replace(/\s+$/u, '')}\n\nTin liên quan:\n${others.map((t, k) => `- ${t} (${10 + k}/0${k + 3}/2019)`).join('\n')}\n` : null),
    },
  ],
  byline: [
    {
      label: 'with the closing byline under the headline',
      make: (text, lines, { head, author }) => {
        const kept = lines.map((l) => l.trim());
        const last = kept.reduce((k, l, i) => (l ? i : k), -1);
        if (!author || head < 0 || last <= head + 1 || norm(kept[last]) !== norm(author)) return null;
        return insertAfter(kept.slice(0, last), head, `Tin, ảnh: ${author}`);
      },
    },
  ],
  caption: [
    {
      label: "with a photo's caption and an image file's name after the lead",
      make: (text, lines, { head }) => {
        const kept = lines.map((l) => l.trim());
        const lead = kept.findIndex((l, i) => i > head && l.length > 80 && /[.!?…]$/u.test(l));
        return lead < 0 ? null : insertAfter(kept, lead, 'IMG_2034.jpg', 'Toàn cảnh hội nghị. Ảnh: Minh Hoà');
      },
    },
  ],
  repeat: [{ label: 'with the headline printed twice', make: (text, lines, { head }) => (head < 0 ? null : insertAfter(lines, head, lines[head])) }],
  spacing: [
    { label: 'with a blank line between every two lines', make: (text, lines) => lines.filter((l) => l.trim()).join('\n\n') },
    { label: 'with no blank line', make: (text, lines) => lines.filter((l) => l.trim()).join('\n') },
    { label: 'with CRLF line ends', make: (text) => text.replace(/\r?\n/g, '\r\n') },
  ],
  furniture: [{ label: "with a portal's header and footer around it", make: (text) => [...FURNITURE_ABOVE, text.trim(), ...FURNITURE_BELOW].join('\n') }],
};

if (!VARIANTS[variant]) {
  console.error(`round19-variants: no variant "${variant}" (${Object.keys(VARIANTS).join(', ')})`);
  process.exit(2);
}

for (const { label, make, caseless = false } of VARIANTS[variant]) {
  const changed = new Tally({ examples: 3 });
  let read = 0;
  for (const dir of folders) {
    const files = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    const golds = files.map((f) => annotated(dir, f));
    const titles = golds.map((g) => g.title ?? null);
    files.forEach((f, i) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
      const others = [1, 2, 3].map((k) => titles[(i + k * 7) % files.length]).filter((t) => t && t !== titles[i]);
      const lines = text.split('\n');
      const head = titles[i] ? lines.findIndex((l) => norm(l) === norm(titles[i])) : -1;
      const changedText = make(text, lines, { head, author: golds[i].author ?? null, others });
      if (changedText === null) return;
      read++;
      const name = `${path.basename(dir)}/${f}`;
      const as = processArticle({ file: name, text }).record;
      const other = processArticle({ file: name, text: changedText }).record;
      for (const field of FIELDS) {
        if (variant === 'capitals' && field === 'title') continue;
        const a = valueOf(as[field], caseless);
        const b = valueOf(other[field], caseless);
        if (a !== b) changed.add(field, `${name}: ${a.slice(0, 70)} → ${b.slice(0, 70)}`, name);
      }
    });
  }
  console.log(`\n# ${label}: ${read} texts`);
  changed.print(`fields whose values differ from the text's as saved (of ${read})`, { top: 12 });
}
