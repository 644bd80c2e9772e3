import { describe, expect, it } from 'vitest';
import { canonicalTones, matchForm, normalizeText } from '../../src/text/normalize.js';
import { parseNumber, parseCount } from '../../src/text/numbers.js';
import { splitSentences } from '../../src/text/sentences.js';
import { fold, wordsPattern, rx } from '../../src/text/patterns.js';

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
    const re = rx(wordsPattern(['Thiếu uý']), 'giu');
    expect(re.test(matchForm('thiếu úy Lê Văn A'))).toBe(true);
  });

  it('word boundaries work on Vietnamese letters, unlike \\b', () => {
    const re = rx(wordsPattern(['xã']), 'gu');
    expect(matchForm('tại xã Hành Đức').match(re)).toHaveLength(1);
    expect(matchForm('kinh tế - xãhội').match(re)).toBeNull();
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

  it('reads counts written as words, but not "năm"', () => {
    expect(parseCount('ba')).toBe(3);
    expect(parseCount('năm')).toBeNull();
    expect(parseCount('2,5')).toBeNull();
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
