// Round 21: closing credits that name the writer's body or outlet after the name ("Phùng Vị – HND tỉnh", "Nguyễn
// Tiến Tùng - LĐLĐ huyện Chợ Mới", "Hoàng Trang/Báo Tin Tức") or hold a web address ("Công Danh (tổng hợp theo báo
// Zing.vn, Dân Trí)", "HOA LÊ - (nhandan.com.vn)"). Counts the forms on the last lines of corpus/real, dev and any audit
// folders given, and prints what the built extractor gives each text's author beside them.
// Usage: node bench/studies/round21-author.mjs [audit folders …]      (after npm run build)
import path from 'node:path';
import { builtModule, readAuditFolders, readDev, readReal, Tally } from './lib.mjs';

const { WRITERS_BODIES } = await builtModule('lexicon/bylines.js');
const { processArticle } = await builtModule('pipeline.js');

const NAME = String.raw`\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}`;
const HEADS = [...WRITERS_BODIES].sort((a, b) => b.length - a.length).join('|');
const FORMS = [
  ['name - body word', new RegExp(String.raw`(?:^|[.!?…]\s*)(${NAME})\s*[-–]\s*(?:${HEADS})(?![\p{L}])[^.!?\n]{0,50}$`, 'u')],
  ['name - abbreviation without a vowel', new RegExp(String.raw`(?:^|[.!?…]\s*)(${NAME})\s*[-–]\s*(?![\p{L}]*[aăâeêioôơuưyAĂÂEÊIOÔƠUƯYÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰ])\p{Lu}{2,}(?![\p{L}\d.])[^.!?\n]{0,50}$`, 'u')],
  ['name/outlet with spaces or digits', new RegExp(String.raw`(?:^|[.!?…]\s*)(?:Theo\s+)?(${NAME})\s*\/\s*(?:(?:${HEADS})\s|[A-ZĐ][\p{L}]*\d)[^.!?\n]{0,40}$`, 'u')],
  ['a web address in the credit', /(?:^|[.!?…"”]\s*)[^.!?\n]{0,60}?[\w-]\.(?:com|net|org|vn)(?:\.vn)?\)?\s*$/u],
];

const sets = [
  ['real', readReal().map((a) => ({ file: `real/${a.file}`, text: a.text }))],
  ['dev', readDev().map((a) => ({ file: `dev/${a.file}`, text: a.text }))],
  ...(process.argv.length > 2 ? [['audits', await readAuditFolders(process.argv.slice(2).map((d) => [path.basename(d), d]))]] : []),
];
for (const [set, articles] of sets) {
  const tally = new Tally({ examples: 4 });
  for (const a of articles) {
    const lines = a.text.split('\n').map((l) => l.trim()).filter(Boolean).slice(1).slice(-4);
    for (const [form, re] of FORMS) {
      const line = lines.find((l) => re.test(l.slice(-140)));
      if (!line) continue;
      const got = set === 'real' || set === 'dev' ? processArticle({ file: a.file, bytes: Buffer.from(a.text) }).record.author : undefined;
      tally.add(form, `${a.file}: …${line.slice(-70)}${got === undefined ? '' : `  → ${JSON.stringify(got)}`}`, a.file);
    }
  }
  tally.print(`${set}: closing credits naming a body, an outlet or an address (${articles.length} texts)`);
}
