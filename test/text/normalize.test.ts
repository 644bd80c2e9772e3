import { describe, expect, it } from 'vitest';
import { canonicalTones, matchForm, normalizeText } from '../../src/text/normalize.js';
import { parseNumber } from '../../src/dimensions/numbers/index.js';
import { lexArticle } from '../../src/dimensions/index.js';
import { buildDoc, closesQuote, opensQuote } from '../../src/engine/document.js';
import { splitSentences } from '../../src/engine/sentences.js';
import '../../src/extract/fields.js';
import { fold } from '../../src/text/fold.js';

/** The units of one kind the dimensions read in a text, as written. */
function unitsOf(dim: string, text: string): string[] {
  const doc = buildDoc(text);
  const t = doc.tokens;
  return lexArticle(doc)
    .of(dim)
    .map((u) => doc.norm.display.slice(t.start[u.first], t.end[u.end - 1]));
}

describe('normalisation', () => {
  it('composes NFD input', () => {
    const nfd = 'Đại tá Nguyễn Văn Hòa'.normalize('NFD');
    expect(normalizeText(nfd).match).toBe('Đại tá Nguyễn Văn Hòa');
  });

  it.each([
    ['hoà', 'hòa'],
    ['Hoà Bình', 'Hòa Bình'],
    ['khoẻ', 'khỏe'],
    ['Thuỵ', 'Thụy'],
    ['Thiếu uý', 'Thiếu úy'],
    ['Uỷ viên', 'Ủy viên'],
    ['HOÀ', 'HÒA'],
  ])('puts the tone of %s on the first vowel: %s', (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
  });

  it.each(['hoàng', 'quý', 'Quỳnh', 'thuyền', 'khuya'])('leaves %s alone (closed syllable or qu+y)', (w) => {
    expect(canonicalTones(w)).toBe(w);
  });

  it('fixes the look-alike Ð (U+00D0) and drops zero-width spaces', () => {
    const n = normalizeText('\u00D0ại tá Trần\u200B Văn\u00A0A');
    expect(n.display).toBe('Đại tá Trần Văn A');
  });

  it('maps every dash to "-" in the match view only', () => {
    const n = normalizeText('giai đoạn 2015 – 2020 — và 2016‐2021');
    expect(n.match).toBe('giai đoạn 2015 - 2020 - và 2016-2021');
    expect(n.display).toContain('–');
  });

  it('keeps an offset map back to the source', () => {
    const src = '  Ngày\u00A0\u00A014/12,\u200B UBND   quận';
    const n = normalizeText(src);
    const i = n.match.indexOf('UBND');
    expect(src.slice(n.map[i], n.map[i + 3] + 1)).toBe('UBND');
    expect(n.map.length).toBe(n.display.length + 1);
  });

  it('matches lexicon entries whichever tone style they were written in', () => {
    expect(matchForm('Thiếu uý')).toBe('Thiếu úy');
    expect(unitsOf('rank', 'thiếu uý Lê Văn A')).toEqual(['thiếu uý']);
  });

  it('matches whole words on Vietnamese letters, unlike \\b', () => {
    expect(unitsOf('unit-type', 'tại xã Hành Đức')).toEqual(['xã']);
    expect(unitsOf('unit-type', 'kinh tế - xãhội')).toEqual([]);
  });

  it('folds diacritics for comparison', () => {
    expect(fold('Đắk Hà')).toBe(fold('Đăk Hà'.replace('ă', 'ắ')));
    expect(fold('Thanh Hoá')).toBe('thanh hoa');
  });
});

describe('Vietnamese numbers', () => {
  it.each([
    ['05', 5],
    ['1.925', 1925],
    ['98,5', 98.5],
    ['11,5', 11.5],
    ['4.134', 4134],
    ['17.272', 17272],
    ['1.200.000', 1200000],
    ['63,9', 63.9],
    ['7.5', 7.5],
  ])('%s is %d', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });

  it('reads counts written as words, but not "năm", and no count from a decimal', () => {
    expect(unitsOf('count', 'ba tập thể')).toEqual(['ba']);
    expect(unitsOf('count', 'năm tập thể')).toEqual([]);
    expect(unitsOf('count', '2,5 tập thể')).toEqual([]);
  });
});

describe('sentences', () => {
  const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it('splits glued sentences but not abbreviations or numbers', () => {
    expect(split('xây dựng KVPT vững chắc.Tiến hành huấn luyện cho 1.925 học sinh tại TP.HCM và TP. Vinh.')).toEqual([
      'xây dựng KVPT vững chắc.',
      'Tiến hành huấn luyện cho 1.925 học sinh tại TP.HCM và TP. Vinh.',
    ]);
  });

  it('ends at ellipses before a capital and at "./."', () => {
    expect(split('tác hại thuốc lá...PV')).toEqual(['tác hại thuốc lá...', 'PV']);
    expect(split('hoàn thành nhiệm vụ./. Quốc Vũ')).toEqual(['hoàn thành nhiệm vụ./.', 'Quốc Vũ']);
  });
});

describe('quotation marks', () => {
  // sites write quoted names in curly or straight quotes (round 20, the punctuation variant of round20-words.mjs): each
  // quote's role, by the characters it stands at ("open" before the name's first word, "close" after its last)
  const roles = (text: string) => {
    const doc = buildDoc(text);
    const out: string[] = [];
    for (let k = 0; k < doc.tokens.count; k++) {
      const around = text.slice(doc.tokens.start[k] - 1, doc.tokens.start[k] + 2);
      if (opensQuote(doc, k)) out.push(`open ${around}`);
      if (closesQuote(doc, k)) out.push(`close ${around}`);
    }
    return out;
  };
  it.each([
    ['trao Kỷ niệm chương “Vì chủ quyền” cho 4 cá nhân', ['open  “V', 'close n” ']],
    ['trao Kỷ niệm chương "Vì chủ quyền" cho 4 cá nhân', ['open  "V', 'close n" ']],
    ['cuộc vận động ("Vì người nghèo") năm 2017', ['open ("V', 'close o")']],
    ['đoàn kết, sáng tạo." Đó là chủ đề', ['close ." ']],
    // a straight quote glued to a word on its left and a stop on its right closes what a single quote opened
    ["bức tranh 'Nữ dân quân\".Trong bối cảnh", ['close n".']],
    ['một dấu " đứng lẻ giữa câu, "Tên" và tên"khác', ['open  "T', 'close n" ']],
  ])('%s → %j', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
