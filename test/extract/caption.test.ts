// The caption test (isCaptionLine): a long line is none (it is asked once per finding on a line, so it must not read a
// long line each time: test/property/adversarial.test.ts runs such lines, npm run bench times them), a city's "Tp." is no
// sentence's end, a paragraph cut off at a page's end is no caption.
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/engine/document.js';
import { isCaptionLine } from '../../src/extract/title/index.js';

describe('isCaptionLine', () => {
  it('reads a line longer than any caption as no caption', () => {
    const doc = buildDoc(`Hội nghị tổng kết\n${'đạt 5%, '.repeat(1 << 12)}\nMinh Anh`);
    expect(isCaptionLine(doc, 1, 0)).toBe(false);
  });
  it('reads "Tp. Hồ Chí Minh" inside a caption as no sentence break', () => {
    const doc = buildDoc('Trao khen thưởng\nSáng 5/1/2020, UBND TP tổ chức hội nghị tổng kết.\nLãnh đạo Tp. Hồ Chí Minh trao Bằng khen cho 10 tập thể\n');
    expect(isCaptionLine(doc, 2, 0)).toBe(true);
  });
  it('still reads a paragraph cut off at the page end as no caption', () => {
    const doc = buildDoc('Tổng kết\nSáng 5/1, huyện tổng kết.\nNăm 2019 huyện đạt 103% kế hoạch. Huyện hoàn thành 4 xã đ\n');
    expect(isCaptionLine(doc, 2, 0)).toBe(false);
  });
  it("reads the text's last line, unstopped and longer than a caption, as a paragraph cut off (round 27)", () => {
    const cut = 'Về lĩnh vực Lao động – Việc làm, cả nước tạo việc làm cho khoảng 1.641 nghìn người, đạt 102,5% kế hoạch; trong đó, tạo việc làm trong nước cho 1.515 nghìn người, đạt 101% k';
    expect(isCaptionLine(buildDoc(`Tổng kết\nSáng 5/1, Bộ tổng kết công tác năm 2016.\n${cut}`), 2, 0)).toBe(false);
    // the same line in the middle of the text is read as before, and a short last line is still a caption
    expect(isCaptionLine(buildDoc(`Tổng kết\n${cut}\nSáng 5/1, Bộ tổng kết công tác năm 2016.`), 1, 0)).toBe(true);
    expect(isCaptionLine(buildDoc('Tổng kết\nSáng 5/1, Bộ tổng kết công tác năm 2016.\nBộ trưởng trao Bằng khen cho các tập thể'), 2, 0)).toBe(true);
  });
});
