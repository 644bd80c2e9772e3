// A page's tail after the article (its tags, the related-articles box, the CMS footer of section and outlet), read
// from the dev set's text articles laid out again as bench/layout.mjs lays them out: the same words must give the
// same record whatever the layout.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/text.js';
import { extract } from '../../src/index.js';

const dev = path.resolve(process.env.VNREPORT_SHARED ?? path.resolve(import.meta.dirname, '../../../shared'), 'corpus/dev');
const devText = (id: string) => fs.readFileSync(path.join(dev, `${id}.txt`), 'utf8').replace(/\r\n?/g, '\n');
const has = fs.existsSync(dev);

/** Dev articles that close with the 2013 aggregator's footer: a timestamp line, the section, tags and the outlet. */
const FOOTED = ['049', '053', '146', '157'];

/** The article with what a scraper keeps of a page's tail after it: a labelled tags line and a related-articles box. */
function withTail(text: string, heading: string): string {
  return [text, 'Từ khóa: thời sự, trong nước', heading, 'Giá xăng dầu tiếp tục giảm mạnh', 'Vì sao thời tiết miền Bắc chuyển lạnh?'].join('\n');
}

describe.skipIf(!has)('a page tail after the article, on dev articles laid out again', () => {
  it.each(FOOTED)('%s: the tags line and the related box are chrome, so the footer stays the footer', (id) => {
    const text = devText(id);
    const plain = extract(text);
    expect(plain.author).not.toBeNull();
    for (const heading of ['Tin liên quan', 'TIN BÀI LIÊN QUAN:', 'Xem thêm >>']) {
      const tailed = withTail(text, heading);
      expect(cleanText(tailed)).toBe(cleanText(text));
      expect(extract(tailed).author).toBe(plain.author);
    }
  });

  it('keeps what follows a related heading once it is a sentence, and a prose line that names tags', () => {
    const text = devText('049');
    const sentence = 'Ban chỉ đạo sẽ tiếp tục cử cán bộ đi đào tạo trong năm 2014.';
    const prose = 'Từ khóa của hội nghị là chất lượng đào tạo';
    const cleaned = cleanText([text, 'Xem thêm:', 'Giá xăng dầu tiếp tục giảm mạnh', sentence, prose].join('\n'));
    expect(cleaned).not.toContain('Giá xăng dầu');
    expect(cleaned).toContain(sentence);
    expect(cleaned).toContain(prose);
  });

  it('keeps short lines after a timestamp that is not the page footer (more than a footer holds)', () => {
    const text = devText('049');
    const lines = [...text.trim().split('\n'), 'Một', 'Hai', 'Ba', 'Bốn'];
    expect(cleanText(lines.join('\n')).split('\n').slice(-4)).toEqual(['Một', 'Hai', 'Ba', 'Bốn']);
  });
});
