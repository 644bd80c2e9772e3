// A page's tail after the article (its tags, the related-articles box, the CMS footer of section and outlet) and its
// headline as pages print it, read from the dev set's text articles laid out again as bench/layout.mjs lays them out:
// the same words must give the same record whatever the layout.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/clean/html.js';
import { cleanText } from '../../src/clean/text.js';
import { extract } from '../../src/index.js';

const dev = path.resolve(process.env.VNREPORT_SHARED ?? path.resolve(import.meta.dirname, '../../../shared'), 'corpus/dev');
const devText = (id: string) => fs.readFileSync(path.join(dev, `${id}.txt`), 'utf8').replace(/\r\n?/g, '\n');
const has = fs.existsSync(dev);

/** Dev articles that close with the 2013 aggregator's footer: a timestamp line, the section, tags and the outlet. */
const FOOTED = ['049', '053', '146', '157'];

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The article with what a scraper keeps of a page's tail after it: a labelled tags line and a related-articles box. */
function withTail(text: string, heading: string): string {
  return [text, 'Từ khóa: thời sự, trong nước', heading, 'Giá xăng dầu tiếp tục giảm mạnh', 'Vì sao thời tiết miền Bắc chuyển lạnh?'].join('\n');
}

/** The article as a news page: its first line the h1 (or none), every other line a paragraph of the article container. */
function asPage(text: string, { headed = true, title }: { headed?: boolean; title?: string } = {}): string {
  const [head, ...body] = headed ? text.split('\n') : ['', ...text.split('\n')];
  const paragraphs = body.filter((p) => p.trim()).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title ?? `${escapeHtml(head)} - Báo Tin Tức`}</title></head><body>
<header><div class="logo">Báo Tin Tức</div><nav><a href="/">Trang chủ</a></nav></header>
<main><article>${headed ? `<h1>${escapeHtml(head)}</h1>` : ''}<div class="content">${paragraphs}</div></article></main>
<footer><p>© Bản quyền thuộc về Báo Tin Tức</p></footer></body></html>`;
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

  it.each(FOOTED)('%s: the CMS footer inside a page\'s article container is no part of the body', (id) => {
    const text = devText(id);
    const lines = text.trim().split('\n');
    const [outlet, , section] = lines.slice(-3).reverse();
    const page = cleanHtml(asPage(text));
    expect(page.body.split('\n')).not.toContain(outlet);
    expect(page.body.split('\n')).not.toContain(section);
    expect(page.body).toContain(lines[lines.length - 4]); // the timestamp line stays: it is the page's date
    expect(extract(asPage(text)).author).toBe(extract(text).author);
  });

  it.each(['035', ...FOOTED])('%s: the whole page\'s text (counters, font size, share prompts, boxes, the site footer) cleans to the article', (id) => {
    const text = devText(id);
    const [head, ...body] = text.split('\n');
    const page = [
      'Báo Tin Tức', 'Đăng nhập', 'Thời sự', 'Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter Chia sẻ bài viết lên google+ |',
      head, 'Bình luận (0)', 'Cỡ chữ: A- A A+', 'Facebook Twitter Email', 'Nghe bài viết',
      ...body, 'Quảng cáo', 'Chia sẻ bài viết', 'Tags:', 'thời sự', 'Hà Nội', 'Bài viết liên quan:',
      'Giá xăng dầu tiếp tục giảm mạnh', 'Tin mới nhất', 'Thời tiết miền Bắc chuyển lạnh', 'Theo dõi Báo Tin Tức trên Google News',
      '© Bản quyền thuộc về Báo Tin Tức', 'Cơ quan chủ quản: Báo Tin Tức. Giấy phép số 123/GP-BTTTT.',
    ].join('\n');
    expect(cleanText(page)).toBe(cleanText(text));
    expect(extract(page)).toMatchObject({ author: extract(text).author, date: extract(text).date, locality: extract(text).locality });
  });

  it('keeps a headline that opens with a newspaper\'s name, and the headline under a box of newest articles', () => {
    const text = devText('063'); // "Những tin, bài hấp dẫn trên Báo Hải quan số 17 …", then a standfirst with no full stop
    const [head, ...body] = text.split('\n');
    expect(cleanText(['Báo Hải Quan', ...body].join('\n')).split('\n')[0]).toBe(body[0]);
    expect(cleanText(['Báo Hải quan số 17 phát hành ngày 9-2', ...body].join('\n')).split('\n')[0]).toBe('Báo Hải quan số 17 phát hành ngày 9-2');
    const boxed = cleanText(['Tin mới nhất', 'Giá xăng dầu tiếp tục giảm mạnh', head, ...body].join('\n'));
    expect(boxed.split('\n')).toContain(head);
    // a headline in title case that opens like a newspaper's name or a broadcaster's, above the lead
    for (const titled of ['Báo Động Ô Nhiễm Nặng', 'Đài Loan Cảnh Báo Bão']) {
      expect(extract([titled, ...devText('035').split('\n').slice(1)].join('\n')).title).toBe(titled);
    }
  });

  it("keeps a short headline about a portal, and drops the portal's name above a headline", () => {
    const [head, ...body] = devText('035').split('\n');
    for (const news of ['Cổng thông tin điện tử tỉnh chính thức vận hành', 'Trang thông tin điện tử xã đi vào hoạt động']) {
      expect(cleanText([news, ...body].join('\n')).split('\n')[0]).toBe(news);
      expect(extract([news, ...body].join('\n')).title).toBe(news);
    }
    for (const site of ['Cổng thông tin điện tử tỉnh Bắc Kạn', 'Cổng Thông tin điện tử Chính phủ', 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN']) {
      expect(cleanText([site, head, ...body].join('\n')).split('\n')[0], site).toBe(head);
    }
  });

  it('keeps body lines that name a licence, a publisher or a platform', () => {
    const lines = [
      'Ngày 10/5, tại Giấy phép số 260/GP-NTBD, Cục NTBD cho phổ biến bài hát.',
      'Cơ quan chủ quản đã có văn bản chỉ đạo',
      'Theo dõi diễn biến trên Facebook, người dân đã báo cho công an',
      'Bình luận của bạn đọc: 12',
    ];
    const cleaned = cleanText([devText('049').split('\n')[0], ...lines].join('\n'));
    for (const line of lines) expect(cleaned).toContain(line);
  });

  it('keeps what follows a related or tags heading once it is a sentence, and a prose line that names tags', () => {
    const text = devText('049');
    const sentence = 'Ban chỉ đạo sẽ tiếp tục cử cán bộ đi đào tạo trong năm 2014.';
    const prose = 'Từ khóa của hội nghị là chất lượng đào tạo';
    const cleaned = cleanText([text, 'Xem thêm:', 'Giá xăng dầu tiếp tục giảm mạnh', sentence, 'Từ khóa', 'Bạc Liêu', prose].join('\n'));
    expect(cleaned).not.toContain('Giá xăng dầu');
    expect(cleaned).not.toMatch(/^Bạc Liêu$/mu);
    expect(cleaned).toContain(sentence);
    expect(cleaned).toContain(prose);
  });

  it('keeps short lines after a timestamp that is not the page footer (more than a footer holds)', () => {
    const text = devText('049');
    const lines = [...text.trim().split('\n'), 'Một', 'Hai', 'Ba', 'Bốn'];
    expect(cleanText(lines.join('\n')).split('\n').slice(-4)).toEqual(['Một', 'Hai', 'Ba', 'Bốn']);
  });
});

describe.skipIf(!has)('a page headline, on dev articles laid out again', () => {
  it.each(['086', '182', '234'])('%s: a headline printed with "?" keeps it in the text, not in the title', (id) => {
    const text = devText(id);
    const head = text.split('\n')[0];
    expect(head).toMatch(/\?$/);
    const { record, cleaned } = { record: extract(asPage(text)), cleaned: cleanHtml(asPage(text)) };
    expect(record.title).toBe(extract(text).title);
    expect(record.title).toBe(head.replace(/\?$/, ''));
    expect(cleaned.title).toBe(head);
  });

  it.each(['072', '185'])('%s: a page without a headline whose <title> is only the site name has no title', (id) => {
    const text = devText(id);
    expect(extract(text).title).toBeNull();
    const page = asPage(text, { headed: false, title: 'Báo Tin Tức' });
    expect(extract(page).title).toBeNull();
    expect(extract(page).locality).toEqual(extract(text).locality);
  });

  it('072: an old portal page without a headline whose <title> is the portal\'s name has no title', () => {
    const text = devText('072');
    const page = `<html><head><title>Cổng thông tin điện tử</title></head><body><div class="noidung">${text.split('\n').map(escapeHtml).join('<br>\n<br>\n')}</div></body></html>`;
    expect(extract(page).title).toBeNull();
    const longer = 'Cổng thông tin điện tử tỉnh Hà Tĩnh chính thức vận hành phiên bản mới từ tháng 6';
    expect(extract(page.replace('<title>Cổng thông tin điện tử', `<title>${longer}`)).title).toBe(longer);
  });

  it('072: a page without a headline whose <title> is a newspaper\'s name, or its logo image\'s, has no title', () => {
    const text = devText('072');
    const page = (title: string, logo = '') =>
      `<html><head><title>${title}</title></head><body>${logo}<div class="col-left"><h2 class="sapo">${escapeHtml(text.split('\n')[0])}</h2><div id="main-detail">${text.split('\n').slice(1).map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div></div></body></html>`;
    expect(extract(page('Báo Tin Tức')).title).toBeNull();
    expect(extract(page('Thời Báo Mới', '<a class="logo" href="/"><img src="/l.png" alt="Thời Báo Mới"></a>')).title).toBeNull();
    expect(extract(page('Thời Báo Mới')).title).toBe('Thời Báo Mới'); // no sign that it is the site's name
    expect(extract(page('Báo động tình trạng ô nhiễm tại Hà Nội')).title).toBe('Báo động tình trạng ô nhiễm tại Hà Nội');
  });

  it('takes the <title> of a page without a headline when it names the article as well as the site', () => {
    const text = devText('072');
    const page = asPage(text, { headed: false, title: 'Hà Tĩnh điều chỉnh quy hoạch sử dụng đất - Báo Tin Tức' });
    expect(extract(page).title).toBe('Hà Tĩnh điều chỉnh quy hoạch sử dụng đất');
  });
});

describe.skipIf(!has)('a labelled publication date', () => {
  it('090: "cập nhật" in a body sentence is no page stamp, "Cập nhật lúc:" opening a line is', () => {
    const text = devText('090');
    expect(text).toMatch(/cập nhật lại/);
    expect(extract(asPage(text)).published).toBe(extract(text).published);
    const stamped = text.replace('\n', '\nCập nhật lúc: 10:15 20/05/2017\n');
    expect(extract(asPage(stamped)).published).toBe('2017-05-20');
  });
});

describe.runIf(has)("the footer's outlet, the byline when no person signs", () => {
  it('credits the outlet that closes the footer when the text has no byline, naming where it came from', () => {
    // dev 187 and 230: a timestamp, the section, the tags and the outlet after a body that nobody signs
    for (const [id, outlet] of [['187', 'Lao Động'], ['230', 'CAND']]) {
      const r = extract(devText(id));
      expect(r.author).toBe(outlet);
      expect(r.sources?.author).toEqual({ rule: 'chrome:footer-outlet' });
    }
  });

  it('credits it the same when the article is a news page, the footer inside its article container', () => {
    // the HTML cleaner takes the footer out of the body as the text cleaner does: its outlet must not go with it
    for (const [id, outlet] of [['187', 'Lao Động'], ['230', 'CAND']]) {
      const r = extract(asPage(devText(id)));
      expect(r.author).toBe(outlet);
      expect(r.sources?.author).toEqual({ rule: 'chrome:footer-outlet' });
    }
  });

  it("keeps a person's byline ahead of it", () => {
    for (const id of FOOTED) {
      const r = extract(devText(id));
      expect(r.author).not.toBeNull();
      expect(r.sources?.author?.rule).not.toBe('chrome:footer-outlet');
    }
  });

  it('takes no section name, place or sentence for an outlet', () => {
    const text = devText('187').split('\n');
    const footer = text.findIndex((l) => /GMT\+7$/.test(l));
    for (const last of ['Xã hội', 'Hà Nội', 'TP.HCM', 'xem thêm tin khác']) {
      const r = extract([...text.slice(0, footer + 3), last].join('\n'));
      expect(r.author).toBeNull();
    }
    // tags one to a line after the timestamp: the last is a tag like the others, no outlet
    expect(extract([...text.slice(0, footer + 1), 'Thời sự', 'COVID-19', 'EVN'].join('\n')).author).toBeNull();
    expect(extract([...text.slice(0, footer + 1), 'Thời sự', 'Lao Động'].join('\n')).author).toBe('Lao Động');
  });
});
