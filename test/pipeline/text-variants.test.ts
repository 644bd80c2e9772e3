import { describe, expect, it } from 'vitest';
import { expectedOf } from '../../src/check.js';
import { extract } from '../../src/index.js';

const ARTICLE = [
  'Huyện Hòa Vang tổng kết công tác quân sự, quốc phòng năm 2019',
  'Ngày 21/11/2019, UBND huyện Hòa Vang tổ chức hội nghị tổng kết công tác quân sự, quốc phòng địa phương năm 2019.',
  'Dự hội nghị có đồng chí Đại tá Đinh Văn Thụy, Chỉ huy trưởng Bộ CHQS thành phố; đồng chí Thiếu úy Lê Văn Hòa, Trợ lý Ban CHQS huyện.',
  'Năm 2019, huyện hoàn thành 100% chỉ tiêu tuyển quân.',
  'Dịp này, UBND huyện tặng Giấy khen cho 05 tập thể, 07 cá nhân.',
  'Quốc Vũ',
].join('\n');

const contract = (text: string) => {
  const { title: _t, ...rest } = expectedOf(extract(text));
  return rest;
};

describe('the same article written differently gives the same record', () => {
  const base = contract(ARTICLE);

  it('reads the base article', () => {
    expect(base.locality).toMatchObject({ type: 'huyện', name: 'Hòa Vang', province: 'Đà Nẵng', code: '497', province_2025: 'Đà Nẵng' });
    expect(base.officials).toEqual([
      { name: 'Đinh Văn Thụy', rank: 'Đại tá', positions: ['Chỉ huy trưởng Bộ CHQS thành phố'] },
      { name: 'Lê Văn Hòa', rank: 'Thiếu úy', positions: ['Trợ lý Ban CHQS huyện'] },
    ]);
  });

  it('in NFD (decomposed) Unicode', () => {
    expect(contract(ARTICLE.normalize('NFD'))).toEqual(base);
  });

  it('with the new tone placement (Hoà, Thuỵ, Thiếu uý)', () => {
    const r = contract(ARTICLE.replace(/Hòa/g, 'Hoà').replace('Thụy', 'Thuỵ').replace('Thiếu úy', 'Thiếu uý'));
    expect(r.locality).toEqual(base.locality); // the list's name; the record's text keeps "Hoà Vang" as written
    expect((r.officials as { rank: string }[]).map((o) => o.rank)).toEqual(['Đại tá', 'Thiếu úy']);
    expect(r.percentages).toEqual(base.percentages);
    expect(r.awards).toEqual(base.awards);
  });

  it('with the look-alike Ð (U+00D0) for Đ', () => {
    const r = contract(ARTICLE.replace(/Đ/g, '\u00D0'));
    expect((r.officials as { name: string }[]).map((o) => o.name)).toEqual(['Đinh Văn Thụy', 'Lê Văn Hòa']);
    expect(r.date).toBe(base.date);
  });

  it('with zero-width spaces, no-break spaces and odd dashes', () => {
    const noisy = ARTICLE.replace(/ /g, (s, i: number) => (i % 7 === 0 ? '\u00A0' : i % 11 === 0 ? '\u200B ' : s)).replace(/,/g, ' ,').replace(/, /g, ',\u200B ');
    const r = contract(noisy);
    expect(r.date).toBe(base.date);
    expect(r.locality).toEqual(base.locality);
    expect(r.awards).toEqual(base.awards);
  });

  it('with an all-caps headline and the byline under it', () => {
    const lines = ARTICLE.split('\n');
    const caps = [lines[0].toUpperCase(), 'Bài và ảnh: Quốc Vũ', ...lines.slice(1, -1)].join('\n');
    const r = extract(caps);
    expect(r.title).toBe(lines[0].toUpperCase());
    expect(r.author).toBe('Quốc Vũ');
    expect(expectedOf(r).locality).toEqual(base.locality);
  });
});
