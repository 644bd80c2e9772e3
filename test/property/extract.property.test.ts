// Property tests: over random and mutated articles, extraction never throws and every finding's span is valid
// (the cleaned text sliced at the span is the finding's text). The seed is fixed so the suite is repeatable;
// explore with VNREPORT_PROPERTY_SEED=<n> and VNREPORT_PROPERTY_RUNS=<n>.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/pipeline.js';
import type { ArticleRecord, Evidence } from '../../src/record.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = path.join(root, 'fixtures/articles');
const FIXTURES = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const SEED = Number(process.env.VNREPORT_PROPERTY_SEED ?? 20240611);
const RUNS = Number(process.env.VNREPORT_PROPERTY_RUNS ?? 60);

const CHROME = [
  'Trang chủ | Giới thiệu | Tin tức | Liên hệ',
  'Đăng nhập',
  'Chia sẻ  Facebook  Twitter',
  'Bản quyền © 2020 Cổng thông tin điện tử quận Dương Kinh',
  'Lượt xem: 1234',
  'Tin liên quan',
  'In bài viết | Gửi email',
  '( Cập nhật lúc: 10/01/2020 )',
  'Skip Ribbon Commands',
];

/** Pieces real rules look for, to build random articles that exercise them. */
const TOKENS = [
  'đ/c', 'đồng chí', 'Nguyễn Văn A', 'Trần Thị Bình', 'Đại tá', 'Thiếu úy', 'Chủ tịch UBND quận', 'Bí thư Huyện ủy', 'Chỉ huy trưởng Ban CHQS huyện',
  '98,5%', '100%', '11,5 - 12,4%', 'hoàn thành', 'đạt', 'vượt', 'chỉ tiêu', 'kế hoạch', 'tặng', 'Giấy khen', 'Bằng khen', 'cho', '05 tập thể', '10 cá nhân',
  'tập thể', 'cá nhân', 'ngày 21/11/2019', 'Chiều 9/01', 'năm 2019', '9 tháng đầu năm 2015', 'giai đoạn 2015-2020', 'quý I/2020', 'quận Dương Kinh',
  'huyện Kim Bảng', 'thành phố Bắc Kạn', 'tỉnh Hà Nam', 'Hải Phòng, ngày 24 tháng 01 năm 2020', '–', '-', ',', '.', ';', ':', '(', ')', '\n', '\n\n', '"', '…',
];

function findings(r: ArticleRecord): [string, Evidence][] {
  const out: [string, Evidence][] = [];
  for (const o of r.officials) out.push(['officials', o]);
  for (const p of r.percentages) out.push(['percentages', p]);
  for (const a of r.awards) out.push(['awards', a]);
  if (r.period) out.push(['period', r.period]);
  if (r.locality) out.push(['locality', r.locality]);
  for (const l of r.localities ?? []) out.push(['localities', l]);
  // a page's metadata that stands nowhere in the text has no span to check
  for (const [k, s] of Object.entries(r.sources ?? {})) if (s?.span) out.push([`sources.${k}`, s as Evidence]);
  return out;
}

/** The property: no throw, and each span points at its own text. */
function holds(input: { text?: string; bytes?: Uint8Array }): void {
  const { record, cleaned } = processArticle({ file: 'prop.txt', ...input });
  if (!record.ok) return;
  expect(cleaned).not.toBeNull();
  for (const [field, f] of findings(record)) {
    const [start, end] = f.span;
    expect(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= cleaned!.length, `${field} span ${start}-${end}`).toBe(true);
    expect(cleaned!.slice(start, end), `${field} (${f.rule})`).toBe(f.text);
  }
}

type Mutation = (lines: string[]) => string[];

const line = fc.integer({ min: 0, max: 10_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  line.map((i): Mutation => (ls) => ls.filter((_, k) => k !== i % Math.max(ls.length, 1))),
  fc.tuple(line, fc.constantFrom(...CHROME)).map(([i, c]): Mutation => (ls) => ls.toSpliced(i % (ls.length + 1), 0, c)),
  line.map((i): Mutation => (ls) => (ls.length ? ls.toSpliced(i % ls.length, 0, ls[i % ls.length]) : ls)),
  fc.tuple(line, line).map(([i, j]): Mutation => (ls) => {
    if (ls.length < 2) return ls;
    const out = [...ls];
    [out[i % ls.length], out[j % ls.length]] = [out[j % ls.length], out[i % ls.length]];
    return out;
  }),
  fc.tuple(line, line, fc.integer({ min: 1, max: 40 })).map(([i, at, n]): Mutation => (ls) => {
    if (!ls.length) return ls;
    const k = i % ls.length;
    const s = ls[k];
    const p = at % (s.length + 1);
    return ls.toSpliced(k, 1, s.slice(0, p) + s.slice(p + n));
  }),
  fc.tuple(line, line, fc.string({ unit: 'grapheme', maxLength: 12 })).map(([i, at, junk]): Mutation => (ls) => {
    if (!ls.length) return [junk];
    const k = i % ls.length;
    const p = at % (ls[k].length + 1);
    return ls.toSpliced(k, 1, ls[k].slice(0, p) + junk + ls[k].slice(p));
  }),
  fc.tuple(line, line, fc.constantFrom(...TOKENS)).map(([i, at, tok]): Mutation => (ls) => {
    if (!ls.length) return [tok];
    const k = i % ls.length;
    const p = at % (ls[k].length + 1);
    return ls.toSpliced(k, 1, `${ls[k].slice(0, p)} ${tok} ${ls[k].slice(p)}`);
  }),
  line.map((i): Mutation => (ls) => (ls.length ? ls.toSpliced(i % ls.length, 1, ls[i % ls.length].normalize('NFD')) : ls)),
  fc.constant<Mutation>((ls) => ls.map((l) => l.normalize('NFD'))),
  fc.tuple(line, line).map(([i, at]): Mutation => (ls) => {
    if (!ls.length) return ls;
    const k = i % ls.length;
    const p = at % (ls[k].length + 1);
    return ls.toSpliced(k, 1, ls[k].slice(0, p) + ls[k].slice(p, p + 1).repeat(5) + ls[k].slice(p + 1));
  }),
);

const mutated = fc.tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 8 })).map(([text, ms]) => ms.reduce((ls, m) => m(ls), text.split('\n')).join('\n'));
const randomArticle = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 120 }).map((ts) => ts.join(' '));
const asHtml = (text: string) => `<!doctype html><html><head><title>${text.split('\n')[0]}</title></head><body><div class="menu">Trang chủ</div><article>${text.split('\n').map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;

const params = { seed: SEED, numRuns: RUNS };

describe('extraction over mutated and random articles', () => {
  it('mutated fixtures: never throws, every span is valid', () => {
    fc.assert(fc.property(mutated, (text) => holds({ text })), params);
  });

  it('mutated fixtures as HTML bytes: never throws, every span is valid', () => {
    fc.assert(fc.property(mutated, (text) => holds({ bytes: Buffer.from(asHtml(text)) })), { ...params, numRuns: Math.ceil(RUNS / 2) });
  });

  it('random articles made of the phrases rules look for: never throws, every span is valid', () => {
    fc.assert(fc.property(randomArticle, (text) => holds({ text })), params);
  });

  it('random Unicode and random bytes: never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => holds({ text })), params);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => holds({ bytes })), params);
  });
});
