// Hard-wrapped text: dev articles (../shared/corpus/dev) wrapped here the way fmt, PDF and e-mail exports wrap them,
// with and without blank lines between paragraphs; the cleaner must give back the paragraphs, one per line.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText, tidyLine } from '../../src/clean/text.js';
import { detectWrap, wrappedJoins } from '../../src/clean/wrap.js';

const shared = process.env.VNREPORT_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
const dev = path.join(shared, 'corpus/dev');
const haveDev = fs.existsSync(dev);
if (!haveDev) console.warn(`wrap.test: ${dev} is absent, so hard-wrapped dev articles are not tested`);
const devText = (name: string) => fs.readFileSync(path.join(dev, `${name}.txt`), 'utf8').normalize('NFC');
const devNames = haveDev ? fs.readdirSync(dev).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort() : [];

/** Greedy wrapping: a word goes to the next line when it would run past `width` columns (the nth line's, when it varies). */
function wrap(paragraph: string, width: number | ((line: number) => number)): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of paragraph.split(' ').filter(Boolean)) {
    if (current && current.length + 1 + word.length > (typeof width === 'number' ? width : width(lines.length))) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

const paragraphsOf = (text: string) => cleanText(text).split('\n').filter(Boolean);
const wrapped = (paragraphs: string[], width: number, between: '\n' | '\n\n') => paragraphs.map((p) => wrap(p, width).join('\n')).join(between);
/** The paragraphs come back exactly, one per line. */
const comesBack = (name: string, width: number, between: '\n' | '\n\n') => {
  const paragraphs = paragraphsOf(devText(name));
  return JSON.stringify(paragraphsOf(wrapped(paragraphs, width, between))) === JSON.stringify(paragraphs);
};

describe.skipIf(!haveDev)('hard-wrapped dev articles', () => {
  it.each([
    ['035', 78, '\n\n'],
    ['035', 70, '\n'],
    ['036', 78, '\n'],
    ['040', 72, '\n'],
    ['143', 78, '\n\n'],
    ['143', 64, '\n'],
  ] as const)('gives back the paragraphs of %s wrapped at %i columns', (name, width, between) => {
    const paragraphs = paragraphsOf(devText(name));
    const laidOut = wrapped(paragraphs, width, between);
    expect(laidOut.split('\n').length).toBeGreaterThan(paragraphs.length * 2);
    expect(paragraphsOf(laidOut)).toEqual(paragraphs);
  });

  it('gives back nearly every dev article whole, with or without blank lines between paragraphs', () => {
    // without blank lines a paragraph whose last line happens to fill the width cannot be told from the next one's
    // start, so a few pairs of paragraphs come back as one
    const whole = (width: number, between: '\n' | '\n\n') => devNames.filter((n) => comesBack(n, width, between)).length;
    expect(whole(78, '\n\n')).toBeGreaterThanOrEqual(devNames.length - 2);
    expect(whole(64, '\n\n')).toBeGreaterThanOrEqual(devNames.length - 2);
    expect(whole(78, '\n')).toBeGreaterThanOrEqual(devNames.length * 0.85);
    expect(whole(64, '\n')).toBeGreaterThanOrEqual(devNames.length * 0.85);
  });

  it('counts columns in characters when few breaks are mid-sentence and every measure finds those full', () => {
    // 050 wrapped at these widths breaks only six or eight lines before a lower-case word: those fill the line in
    // bytes and in decomposed code points as well, and only the lines broken before a capital or a number
    // ("tỉnh Quảng / Ngãi") tell the measure a greedy tool counted in
    for (const width of [74, 80, 88]) {
      const paragraphs = paragraphsOf(devText('050'));
      expect(paragraphsOf(wrapped(paragraphs, width, '\n')), `at ${width} columns`).toEqual(paragraphs);
    }
  });

  it('counts columns in UTF-8 bytes when the text was wrapped so (coreutils fold and fmt)', () => {
    const paragraphs = paragraphsOf(devText('035'));
    const bytes = (s: string) => Buffer.byteLength(s);
    const inBytes = paragraphs.map((p) => {
      const lines: string[] = [];
      let current = '';
      for (const word of p.split(' ')) {
        if (current && bytes(current) + 1 + bytes(word) > 78) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...lines, current].join('\n');
    });
    expect(paragraphsOf(inBytes.join('\n\n'))).toEqual(paragraphs);
  });

  it('counts columns in code points of decomposed text when the text was wrapped so (NFD, as macOS writes it)', () => {
    for (const name of ['035', '036', '040', '072']) {
      const paragraphs = paragraphsOf(devText(name));
      const laidOut = paragraphs.map((p) => wrap(p.normalize('NFD'), 78).join('\n')).join('\n');
      // the cleaner reads text composed (NFC), as the decoder hands it over
      expect(paragraphsOf(laidOut.normalize('NFC')), name).toEqual(paragraphs);
    }
  });

  it('gives back the paragraphs when the tool left room at line ends (fmt aims short of its width)', () => {
    // each line filled to a width of its own between 70 and 78 columns
    const goals = [72, 78, 70, 75, 77, 71, 74];
    const ragged = (paragraph: string, n: number) => {
      const lines: string[] = [];
      let current = '';
      for (const word of paragraph.split(' ')) {
        if (current && current.length + 1 + word.length > goals[(n + lines.length) % goals.length]) {
          lines.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...lines, current].join('\n');
    };
    for (const name of ['035', '036', '040', '143', '184']) {
      const paragraphs = paragraphsOf(devText(name));
      expect(paragraphsOf(paragraphs.map(ragged).join('\n\n')), name).toEqual(paragraphs);
    }
  });

  it('gives back justified text (spaces stretched to the width, as PDF exports lay it out) without blank lines', () => {
    const justify = (line: string, width: number) => {
      const words = line.split(' ');
      const gaps = words.length - 1;
      const extra = width - line.length;
      return words.map((w, i) => (i < gaps ? w + ' '.repeat(1 + Math.floor(extra / gaps) + (i < extra % gaps ? 1 : 0)) : w)).join('');
    };
    const justified = (paragraphs: string[]) =>
      paragraphs.map((p) => wrap(p, 78).map((l, i, all) => (i < all.length - 1 && l.includes(' ') ? justify(l, 78) : l)).join('\n')).join('\n');
    const whole = devNames.filter((name) => {
      const paragraphs = paragraphsOf(devText(name));
      return JSON.stringify(paragraphsOf(justified(paragraphs))) === JSON.stringify(paragraphs);
    });
    expect(whole.length).toBeGreaterThanOrEqual(devNames.length - 2);
  });

  it('keeps the headline on a line of its own when it fills the width, the lead right under it', () => {
    for (const name of ['035', '036', '040', '047']) {
      const [headline, ...body] = paragraphsOf(devText(name));
      for (let width = 50; width <= 100; width += 2) {
        const cleaned = paragraphsOf(wrapped([headline, ...body], width, '\n'));
        expect(cleaned[0], `${name} at ${width} columns`).toBe(headline);
      }
    }
  });

  it('keeps a dateline under the headline on a line of its own', () => {
    // a portal's stamp with its labels and a clock first, and a heading's underline (round 19)
    for (const dateline of ['Hà Nội, 12/3/2020', 'Thứ Hai, 12/03/2020 10:30 (GMT+7)', 'Ngày đăng 12/12/2023 | 09:28 | View count: 2498', '23:48 - 01/01/2018', '===================']) {
      for (const name of ['035', '040']) {
        const [headline, ...body] = paragraphsOf(devText(name));
        for (let width = 50; width <= 100; width++) {
          const cleaned = paragraphsOf(wrapped([headline, dateline, ...body], width, '\n'));
          expect(cleaned.slice(0, 2), `${name} at ${width} columns`).toEqual([headline, dateline]);
        }
      }
    }
  });

  it('gives back a one-paragraph text wrapped over three lines (two mid-sentence breaks; round 19)', () => {
    const headline = 'TPHCM phát lệnh gọi gần 4.000 công dân nhập ngũ năm 2021';
    const lead = 'Theo Thường trực Hội đồng Nghĩa vụ quân sự TPHCM, tổng số lệnh gọi nhập ngũ đã trao đến gần 4.000 công dân trong độ tuổi, trong đó 41,95% có trình độ trung cấp, cao đẳng và đại học, 2,5% là đảng viên.';
    for (const width of [80, 85, 90]) {
      expect(wrap(lead, width), `at ${width} columns`).toHaveLength(3);
      expect(paragraphsOf(`${headline}\n\n${wrap(lead, width).join('\n')}`), `at ${width} columns`).toEqual([headline, lead]);
    }
  });

  it("joins a lead that opens on its day under the page's stamp, where a text has no headline (round 19)", () => {
    for (const name of ['035', '040']) {
      const [, first, ...rest] = paragraphsOf(devText(name));
      const lead = `Ngày 21/01, ${first[0].toLowerCase()}${first.slice(1)}`;
      for (let width = 60; width <= 90; width += 3) {
        const cleaned = paragraphsOf(`Cập nhật lúc 15:42 - 24/01/2021 (GMT +07:00)\n${wrapped([lead, ...rest], width, '\n')}`);
        expect(cleaned[1], `${name} at ${width} columns`).toBe(lead);
      }
    }
  });

  it('keeps a wrapped sentence whole when its last line opens on its clock and day (round 19 review)', () => {
    // "lúc 8:00 ngày 12/12/2019." reads as a stamp with a clock; a page's stamp never opens in lower case
    const lead = 'Ban Chỉ huy quân sự huyện Việt Yên đã tổ chức hội nghị tổng kết công tác tuyển chọn và gọi công dân nhập ngũ năm 2019 tại hội trường UBND huyện vào lúc 8:00 ngày 12/12/2019.';
    const next = 'Dự hội nghị có đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy cùng các đồng chí lãnh đạo huyện và đại diện các xã, thị trấn trên địa bàn huyện Việt Yên.';
    const text = ['Hội nghị tổng kết công tác tuyển quân', '', 'Ban Chỉ huy quân sự huyện Việt Yên đã tổ chức hội nghị tổng kết công tác', 'tuyển chọn và gọi công dân nhập ngũ năm 2019 tại hội trường UBND huyện vào', 'lúc 8:00 ngày 12/12/2019.', 'Dự hội nghị có đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy cùng các đồng', 'chí lãnh đạo huyện và đại diện các xã, thị trấn trên địa bàn huyện Việt', 'Yên.'].join('\n');
    expect(paragraphsOf(text)).toEqual(['Hội nghị tổng kết công tác tuyển quân', lead, next]);
  });

  it('keeps a byline after the last paragraph on a line of its own', () => {
    const paragraphs = paragraphsOf(devText('036'));
    for (let width = 60; width <= 90; width++) {
      const cleaned = paragraphsOf(`${wrapped(paragraphs, width, '\n')}\nViệt Tuấn`);
      expect(cleaned[cleaned.length - 1], `at ${width} columns`).toBe('Việt Tuấn');
    }
  });

  it('keeps short chrome lines apart from the wrapped body and still drops them', () => {
    const [headline, ...body] = paragraphsOf(devText('040'));
    for (let width = 60; width <= 90; width += 3) {
      const page = ['Trang chủ > Thời sự > Trong nước', 'Chia sẻ', headline, wrapped(body, width, '\n'), 'Tin liên quan', 'Giá xăng dầu tiếp tục giảm mạnh'];
      const cleaned = paragraphsOf(page.join('\n'));
      // the chrome goes (the related heading with its link title), the headline and the body's words stay in order
      expect(cleaned[0]).toBe(headline);
      expect(cleaned.join(' ')).toBe([headline, ...body].join(' '));
    }
  });

  it('keeps a labelled tags line apart from the wrapped body, so that it is still dropped', () => {
    const paragraphs = paragraphsOf(devText('040'));
    for (let width = 60; width <= 90; width++) {
      const cleaned = paragraphsOf(`${wrapped(paragraphs, width, '\n')}\nTừ khóa: thời sự, trong nước, Hà Nội`);
      expect(cleaned.join(' '), `at ${width} columns`).toBe(paragraphs.join(' '));
    }
  });

  it('gives back a wrapped body under a lead and captions written one paragraph to a line (a portal page)', () => {
    const lead = 'Sáng ngày 13/02/2025, UBND xã Thanh Hương tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số năm 2025 trên địa bàn xã. Hội nghị có sự tham dự của lãnh đạo Đảng ủy, HĐND, UBND, các ban ngành, đoàn thể trên địa bàn.';
    const caption = 'Văn phòng UBND xã Thanh Hương thông qua Kế hoạch Chuyển đổi số năm 2025 trên địa bàn xã (Ảnh Lê Xuân).';
    const body = paragraphsOf(devText('035')).slice(1).join(' ');
    const text = ['Thanh Chương: UBND xã Thanh Hương triển khai Kế hoạch chuyển đổi số năm 2025 trên địa bàn.', lead, caption, ...wrap(body, 79)].join('\n');
    expect(paragraphsOf(text).slice(-1)[0]).toBe(body);
  });

  // a page's source wrapped at a column of its markup: the text's lines end anywhere once the tags are gone, so that no
  // column tells the breaks (round 28, audit 26's page)
  const RAGGED_WIDTHS = [54, 102, 35, 97, 46, 78, 26, 63, 90, 41];
  const raggedWrap = (paragraph: string, turn: number) => wrap(paragraph, (line) => RAGGED_WIDTHS[(turn + line) % RAGGED_WIDTHS.length]);

  it.each(['035', '036', '040', '143'])('gives back the sentences of %s wrapped raggedly, its headline apart', (name) => {
    const [headline, ...body] = paragraphsOf(devText(name));
    const laidOut = [headline, ...body.flatMap((p, k) => raggedWrap(p, k))].join('\n');
    expect(laidOut.split('\n').length).toBeGreaterThan(body.length * 2);
    const lines = laidOut.split('\n');
    expect(detectWrap({ raw: lines, text: lines.map(tidyLine) })).toBeNull();
    const cleaned = paragraphsOf(laidOut);
    expect(cleaned[0]).toBe(headline);
    expect(cleaned.join(' ')).toBe([headline, ...body].join(' '));
    // a line ends where a sentence does: no statement is left cut over two lines (the byline closing the text has no mark)
    for (const line of cleaned.slice(1, -1)) expect(line, line).toMatch(/[.!?…:;"”»)\]]$/u);
  });

  it('keeps a numbered heading and a line of marks apart in a raggedly wrapped report', () => {
    const text = [
      'Sáng ngày 09/01/2014, tại Hội trường UBND xã',
      'Bưng Riềng, Hội đồng thi đua khen thưởng xã đã tiến hành tổ chức họp xét khen',
      'thưởng tổng kết năm 2013. Tham dự cuộc họp có ông',
      'Nguyễn Kim Hải – Chủ tịch UBND xã – Chủ tịch Hội đồng thi đua khen thưởng',
      'xã và các thành viên trong Hội đồng. Được sự chỉ đạo của Chủ tịch Hội đồng căn',
      'cứ vào kết quả phân loại cán bộ, công chức xã năm 2013. Qua',
      'buổi làm việc, Hội đồng đã thống nhất danh sách khen thưởng',
      '|',
      '1. Những kết quả đạt được',
    ];
    expect(detectWrap({ raw: text, text: text.map(tidyLine) })).toBeNull();
    expect(paragraphsOf(text.join('\n'))).toEqual([
      'Sáng ngày 09/01/2014, tại Hội trường UBND xã Bưng Riềng, Hội đồng thi đua khen thưởng xã đã tiến hành tổ chức họp xét khen thưởng tổng kết năm 2013. Tham dự cuộc họp có ông Nguyễn Kim Hải – Chủ tịch UBND xã – Chủ tịch Hội đồng thi đua khen thưởng xã và các thành viên trong Hội đồng. Được sự chỉ đạo của Chủ tịch Hội đồng căn cứ vào kết quả phân loại cán bộ, công chức xã năm 2013. Qua buổi làm việc, Hội đồng đã thống nhất danh sách khen thưởng',
      '|',
      '1. Những kết quả đạt được',
    ]);
  });

  it('joins a line broken short mid-sentence in a text wrapped at a column (round 28)', () => {
    // a wrapped dev article whose line breaks well before the column, the next going on in lower case, as a page
    // wrapped in bytes or by hand does ("… ôn lại truyền / thống 80 năm …")
    const paragraphs = paragraphsOf(devText('043'));
    const lines = wrapped(paragraphs, 78, '\n').split('\n');
    const at = lines.findIndex((line, i) => i > 2 && !!lines[i + 1] && lines[i + 1].length < 30 && /^\p{Ll}/u.test(lines[i + 1]) && line.length > 70);
    expect(at).toBeGreaterThan(0);
    const words = lines[at].split(' ');
    const moved: string[] = [];
    while (words.join(' ').length >= 55 || !/^\p{Ll}/u.test(moved[0] ?? '')) moved.unshift(words.pop()!);
    lines[at] = words.join(' ');
    lines[at + 1] = `${moved.join(' ')} ${lines[at + 1]}`;
    expect(lines[at + 1].length).toBeLessThanOrEqual(78);
    expect(paragraphsOf(lines.join('\n'))).toEqual(paragraphs);
  });

  it('leaves every dev article alone: they are written one paragraph per line', () => {
    for (const name of devNames) {
      const lines = devText(name).replace(/\r\n?/g, '\n').split('\n');
      expect(wrappedJoins({ raw: lines, text: lines.map(tidyLine) }).some(Boolean), name).toBe(false);
    }
  });
});

describe('lines that are not wrapped', () => {
  const intro =
    'Theo báo cáo của Sở Kế hoạch và Đầu tư, trong năm qua tỉnh đã triển khai nhiều giải pháp nhằm tháo gỡ khó khăn cho doanh nghiệp, cải thiện môi trường kinh doanh và thu hút vốn đầu tư, trong đó tập trung vào các nội dung sau:';
  const items = ['- Rà soát thủ tục hành chính;', '- Đẩy mạnh ứng dụng công nghệ thông tin;', '- Hỗ trợ doanh nghiệp nhỏ và vừa.'];

  it.skipIf(!haveDev)('keeps list items apart after a wrapped paragraph', () => {
    const [headline, lead, ...rest] = paragraphsOf(devText('036'));
    const paragraphs = [headline, lead, intro, ...items, ...rest];
    for (let width = 60; width <= 80; width += 2) {
      const cleaned = paragraphsOf(wrapped(paragraphs, width, '\n'));
      const at = cleaned.indexOf(items[0]);
      expect(cleaned.slice(at, at + items.length), `at ${width} columns`).toEqual(items);
      expect(cleaned[at - 1].endsWith(intro)).toBe(true);
    }
  });

  it('keeps short lines as they are: no paragraph is wrapped when no line breaks mid-sentence', () => {
    const text = ['Tiêu đề bài viết', 'Hà Nội, 12/3/2020', 'Chia sẻ', 'Nội dung bài viết ngắn.', 'Ảnh: Thanh Hải', 'Nguyễn Văn A'].join('\n');
    expect(cleanText(text)).toBe(['Tiêu đề bài viết', 'Hà Nội, 12/3/2020', 'Nội dung bài viết ngắn.', 'Ảnh: Thanh Hải', 'Nguyễn Văn A'].join('\n'));
  });

  it('reads the wrap width from the text: lines of many lengths broken at sentence ends are not a wrap', () => {
    const lines = [
      'Sáng 6/2, Trung tâm Bồi dưỡng chính trị thị xã Hồng Lĩnh khai mạc lớp bồi dưỡng.',
      'Trong chương trình bồi dưỡng, các học viên được trang bị 3 chuyên đề.',
      'Lớp học nhằm giúp các học viên nâng cao nhận thức về chính trị, phát huy vai trò xung kích, tình nguyện.',
      'Những kiến thức được truyền đạt là cơ sở để tiếp tục rèn luyện.',
    ];
    expect(cleanText(lines.join('\n'))).toBe(lines.join('\n'));
  });
});
