import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError } from '../../src/read/decode.js';
import { implausibility, legacyScore, repairLegacy } from '../../src/read/tcvn.js';
import { processArticle } from '../../src/pipeline.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const ARTICLE = fs.readFileSync(path.join(root, 'fixtures/articles/004.txt'), 'utf8');
const SENTENCE = 'Hội nghị tổng kết công tác quân sự năm 2019, Thủy Nguyên, Hòa Bình, Đại tá Nguyễn Văn Ưng được tặng Giấy khen; ở đây ỹ ữ ặ.';

/** windows-1258 keeps ă â ê ô ơ ư đ precomposed and writes the five tones as combining marks after the letter. */
function decomposed1258(text: string): string {
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  return [...text.normalize('NFC')].map((ch) => {
    const d = ch.normalize('NFD');
    return d.replace(tones, '').normalize('NFC') + (d.match(tones) ?? []).join('');
  }).join('');
}

const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
/** TCVN3 bytes as a .VnTime document has them: letters in TCVN3, punctuation TCVN3 lacks (– “ ” …) as in cp1252. */
function tcvnBytes(s: string): Buffer {
  const out: number[] = [];
  for (const ch of s) {
    const b = iconv.encode(ch, 'tcvn');
    out.push(...(b.length === 1 && b[0] === 0x3f && ch !== '?' ? iconv.encode(ch, 'windows1252') : b));
  }
  return Buffer.from(out);
}
/** TCVN3 bytes shown through cp1252 and saved again as UTF-8: the usual way old pages arrive. */
const tcvnMojibake = (s: string) => iconv.decode(tcvnBytes(s), 'windows1252');

describe('decode: every encoding a scraper leaves behind gives the same text', () => {
  const cases: [string, (s: string) => Uint8Array, string][] = [
    ['UTF-8', (s) => Buffer.from(s), 'utf-8'],
    ['UTF-8 with a BOM', (s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]), 'utf-8'],
    ['UTF-8 in NFD', (s) => Buffer.from(s.normalize('NFD')), 'utf-8'],
    ['UTF-16LE with a BOM', (s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without a BOM', (s) => Buffer.from(s, 'utf16le'), 'utf-16le'],
    ['UTF-16BE with a BOM', (s) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]), 'utf-16be'],
    ['UTF-16BE without a BOM', (s) => utf16be(s), 'utf-16be'],
    ['windows-1258 (encoded from decomposed text)', (s) => iconv.encode(decomposed1258(s), 'windows1258'), 'windows-1258'],
    ['TCVN3 bytes', (s) => tcvnBytes(s), 'tcvn3'],
    ['TCVN3 as cp1252 mojibake, saved as UTF-8', (s) => Buffer.from(tcvnMojibake(s)), 'tcvn3 (repaired from cp1252)'],
    ['TCVN3 as Latin-1 mojibake (C1 controls), saved as UTF-8', (s) => Buffer.from(tcvnBytes(s).toString('latin1')), 'tcvn3 (repaired from cp1252)'],
    ['windows-1258 as cp1252 mojibake ("Ðaòi")', (s) => Buffer.from(iconv.decode(iconv.encode(decomposed1258(s), 'windows1258'), 'windows1252')), 'windows-1258 (repaired from cp1252)'],
    ['gzip of UTF-8', (s) => gzipSync(Buffer.from(s)), 'utf-8'],
  ];

  it.each(cases)('%s', (_name, encode, encoding) => {
    for (const text of [SENTENCE, ARTICLE]) {
      const d = decode(encode(text));
      expect(d.encoding).toBe(encoding);
      expect(d.text).toBe(text.normalize('NFC'));
    }
  });

  it('repairs the reference mojibake sentence exactly', () => {
    const d = decode(Buffer.from('Héi nghÞ tæng kÕt c«ng t¸c qu©n sù n¨m 2019'));
    expect(d).toEqual({ text: 'Hội nghị tổng kết công tác quân sự năm 2019', encoding: 'tcvn3 (repaired from cp1252)' });
  });

  it('keeps cp1252 punctuation of a .VnTime document as punctuation (– “ ” …)', () => {
    const text = '“Hội nghị” – tổng kết năm 2019… Ủy ban nhân dân quận, ĐẠI HỘI';
    expect(decode(Buffer.from(tcvnMojibake(text))).text).toBe(text);
    expect(decode(tcvnBytes(text)).text).toBe(text);
  });

  it('follows the HTML meta charset when the bytes are not UTF-8', () => {
    const head = (cs: string, http = false) =>
      Buffer.from(`<html><head>${http ? `<meta http-equiv="Content-Type" content="text/html; charset=${cs}">` : `<meta charset="${cs}">`}</head><body><p>`);
    const w1258 = decode(Buffer.concat([head('windows-1258'), iconv.encode(decomposed1258(SENTENCE), 'windows1258')]));
    expect(w1258.encoding).toBe('windows-1258');
    expect(w1258.text).toContain(SENTENCE);
    const tcvn = decode(Buffer.concat([head('TCVN3'), tcvnBytes(SENTENCE)]));
    expect(tcvn).toMatchObject({ encoding: 'tcvn3' });
    expect(tcvn.text).toContain(SENTENCE);
    // .VnTime pages were often declared as Western: the bytes are TCVN3 all the same
    const western = decode(Buffer.concat([head('iso-8859-1', true), tcvnBytes(SENTENCE)]));
    expect(western.encoding).toBe('tcvn3 (page declared iso-8859-1)');
    expect(western.text).toContain(SENTENCE);
  });

  it('prefers valid UTF-8 over a stale meta charset (scrapers re-save pages as UTF-8)', () => {
    const d = decode(Buffer.from(`<html><head><meta charset="windows-1258"></head><body><p>${SENTENCE}</p></body></html>`));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toContain(SENTENCE);
  });

  it('keeps a mostly-UTF-8 file with a few bad bytes as UTF-8, and says so', () => {
    const bytes = Buffer.concat([Buffer.from(ARTICLE.slice(0, 500)), Buffer.from([0xff, 0xc3]), Buffer.from(ARTICLE.slice(500))]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8 (2 invalid bytes replaced)');
    expect(d.text).toContain(ARTICLE.slice(600, 900));
  });

  it('reads a file cut in the middle of a UTF-8 sequence', () => {
    const whole = Buffer.from('Đại tá Nguyễn');
    const d = decode(whole.subarray(0, whole.length - 1));
    expect(d.text.startsWith('Đại tá Nguy')).toBe(true);
  });

  it('leaves real text with a few Latin-1 symbols alone', () => {
    for (const s of ['Giá: €5, £3 — © 2020 Báo Quân đội ® ° ± ½', 'Price: €5, £3, © 2020 ® ° ± ½ ¼ in an ordinary English text here.', 'Café, naïve, Ångström, façade, Müller']) {
      expect(decode(Buffer.from(s)).encoding).toBe('utf-8');
      expect(decode(Buffer.from(s)).text).toBe(s);
    }
  });

  it('repairs only the mojibake lines of a page whose chrome is real Unicode', () => {
    const page = ['Trang chủ | Tin tức | Liên hệ', tcvnMojibake(SENTENCE), tcvnMojibake('Quận ủy Dương Kinh tổ chức hội nghị')].join('\n');
    const d = decode(Buffer.from(page));
    expect(d.encoding).toBe('tcvn3 (repaired from cp1252)');
    expect(d.text).toBe(['Trang chủ | Tin tức | Liên hệ', SENTENCE, 'Quận ủy Dương Kinh tổ chức hội nghị'].join('\n'));
  });

  it('composes NFD input', () => {
    const d = decode(Buffer.from(SENTENCE.normalize('NFD')));
    expect(d.text).toBe(SENTENCE);
    expect(d.text.normalize('NFC')).toBe(d.text);
  });

  it.each([
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), /PNG/],
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF/],
    ['NUL bytes', Buffer.from('abc\u0000\u0000\u0001def\u0000xyz'), /NUL/],
    ['a damaged gzip file', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]), /gzip/],
  ])('refuses %s with a reason', (_name, bytes, reason) => {
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow(reason);
  });

  it('refuses a gzip file that unpacks past the size limit', () => {
    const bomb = gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x61));
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => decode(bomb, { maxBytes: 1024 * 1024 })).toThrow(/unpacks to more than 1\.0 MiB/);
  });

  it('tells the record which encoding was used', () => {
    const { record } = processArticle({ file: 'x.txt', bytes: Buffer.from(tcvnMojibake(ARTICLE)) });
    expect(record.encoding).toBe('tcvn3 (repaired from cp1252)');
    const utf8 = processArticle({ file: 'x.txt', bytes: Buffer.from(ARTICLE) }).record;
    expect({ ...record, encoding: 'utf-8' }).toEqual(utf8);
  });
});

describe('decode: long legacy texts are judged by a sample and converted whole', () => {
  // 600 KB: over the sample of 128 K characters that decides the encoding
  const lines = Array.from({ length: 4000 }, (_, i) => `${i + 1}. ${SENTENCE}`);
  const text = lines.join('\n');

  it.each([
    ['TCVN3 bytes', () => tcvnBytes(text), 'tcvn3'],
    ['windows-1258 bytes', () => iconv.encode(decomposed1258(text), 'windows1258'), 'windows-1258'],
    ['TCVN3 as cp1252 mojibake', () => Buffer.from(tcvnMojibake(text)), 'tcvn3 (repaired from cp1252)'],
  ])('%s', (_name, encode, encoding) => {
    const d = decode(encode());
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text.normalize('NFC'));
  });
});

describe('the TCVN3 score', () => {
  it('counts signature characters inside words against real Vietnamese letters', () => {
    expect(legacyScore(tcvnMojibake(SENTENCE)).signature).toBeGreaterThan(10);
    expect(legacyScore(tcvnMojibake(SENTENCE)).vietnamese).toBe(0);
    expect(legacyScore(SENTENCE).signature).toBe(0);
    expect(legacyScore(SENTENCE).vietnamese).toBeGreaterThan(10);
    expect(legacyScore('© 2020, €5').signature).toBe(0);
  });

  it('judges plausibility: real Vietnamese is plausible, mojibake is not', () => {
    expect(implausibility(SENTENCE)).toBeLessThan(0.05);
    expect(implausibility(tcvnMojibake(SENTENCE))).toBeGreaterThan(0.3);
    expect(repairLegacy(SENTENCE)).toBeNull();
  });
});
