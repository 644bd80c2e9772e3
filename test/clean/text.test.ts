import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines, cleanText, isBreadcrumb, isTagLine } from '../../src/clean/text.js';

const seed = (name: string) => fs.readFileSync(new URL(`../../fixtures/articles/${name}.txt`, import.meta.url), 'utf8');

describe('plain-text chrome', () => {
  it("reads a short line of one newspaper-name word in capitals without trying every split of it (round 13 review)", () => {
    // "Báo" and 115 capitals: the name's words, split anywhere with no space between, took 15 s for this one line
    // (every way of cutting the run into five words was tried before the end failed); a word now starts after a space.
    // The bound is a hundred times what a linear reading takes.
    const started = performance.now();
    const lines = classifyLines(`Báo ${'Đ'.repeat(115)}!\nHội nghị tổng kết công tác năm 2019\nNgày 5/1, UBND huyện tổ chức hội nghị tổng kết.`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(lines.filter((l) => l.verdict === 'keep').map((l) => l.text)).toContain('Ngày 5/1, UBND huyện tổ chức hội nghị tổng kết.');
  });

  it.each([
    ['000', ['Skip Ribbon Commands', 'Skip to main content', 'Sign In']],
    ['001', ['Video', 'Thống kê truy cập', 'Đang online32', 'Tất cả3095009', 'Số lượt xem 537']],
    ['003', ['Tin tức - Sự kiện An ninh - Quốc phòng', 'Các đại biểu dự hội nghị tổng kết 4 đề án về công tác quốc phòng ở Kim Bảng.jpg', 'Các tập thể, cá nhân được UBND huyện khen thưởng.jpg']],
  ])('removes the chrome of seed %s', (name, chrome) => {
    const cleaned = cleanText(seed(name));
    for (const c of chrome) expect(cleaned).not.toContain(c);
  });

  it.each(['000', '001', '002', '003', '004'])('keeps every body line of seed %s', (name) => {
    const raw = seed(name);
    const cleaned = cleanText(raw).split('\n');
    const kept = classifyLines(raw).filter((l) => l.verdict === 'keep' && l.text).map((l) => l.text);
    expect(cleaned.filter(Boolean)).toEqual(kept);
    // every sentence-like line (long, with a full stop) survives intact
    for (const line of raw.split('\n').map((l) => l.replace(/\s+/g, ' ').trim())) {
      if (line.length > 120 && /[.]/.test(line)) expect(cleaned.join('\n')).toContain(line.replace(/\s*Số lượt xem \d+/, ''));
    }
  });

  it('drops a line of chrome phrases run together, as a toolbar that lost its breaks, and keeps a headline that holds one', () => {
    const cleaned = cleanText('Skip Ribbon Commands Skip to main content\nTrang chủ Liên hệ Sơ đồ site\nTìm kiếm thông tin về Đăng ký kinh doanh\nNội dung bài viết dài về đăng ký kinh doanh.');
    expect(cleaned.split('\n')).toEqual(['Tìm kiếm thông tin về Đăng ký kinh doanh', 'Nội dung bài viết dài về đăng ký kinh doanh.']);
  });

  it("drops a portal's counters, font and language switches and its label over the article, and keeps headlines that look alike (round 19)", () => {
    const raw = [
      'Chi tiết tin',
      'A+ | A | A-',
      'Tiếng Việt | English',
      'Người xem: 170',
      '447 lượt xem',
      '• Xem với cỡ chữ',
      'Mặc định Cỡ chữ',
      'Tiếng Việt trong trường học: 447 lượt thí sinh đạt điểm cao',
      'Chi tiết tin tặc tấn công cổng thông tin huyện',
      'Ngày 3-7, tại Đà Nẵng, Cụm thi đua số 1 tổ chức hội nghị tổng kết.',
    ].join('\n');
    expect(cleanText(raw).split('\n').filter(Boolean)).toEqual(raw.split('\n').slice(7));
  });

  it("drops a NukeViet portal's news-module chrome under the article and keeps its byline (round 25, audits 23 and 27)", () => {
    const body = ['Hội xuân diễn ra trong 2 ngày trong không khí sôi nổi. Ban tổ chức đã trao 15 giải.', 'Tác giả bài viết: Đỗ Hồng', 'Nguồn tin: baochinhphu.vn'];
    const chrome = [
      'Tổng số điểm của bài viết là: 1 trong 1 đánh giá',
      'Xếp hạng: 1 - 1 phiếu bầu',
      'Click để đánh giá bài viết',
      'Những tin mới hơn',
      'Lễ hội mừng Đảng mừng xuân năm 2016',
      'THỐNG KÊ',
      '  • Đang truy cập85',
      '  • Hôm nay7,330',
      '  • Tháng hiện tại106,983',
      '  • Tổng lượt truy cập9,623,431',
      '  • Máy chủ tìm kiếm3',
      '  • Khách viếng thăm82',
      'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
    ];
    const cleaned = cleanText(['Long Hà tổ chức hội xuân', ...body, ...chrome].join('\n'));
    for (const line of body) expect(cleaned).toContain(line);
    for (const word of ['đánh giá', 'phiếu bầu', 'tin mới hơn', 'Lễ hội mừng', 'truy cập', 'hiện tại', 'Tổng', 'Máy chủ', 'viếng thăm', 'Thời gian chờ']) expect(cleaned).not.toContain(word);
  });

  it("drops a portal's clock and its news category, and keeps a sentence that opens on today's date (round 25, audit 28)", () => {
    const cleaned = cleanText(['Hôm nay, Thứ hai ngày 10/08/2020', 'Tin tức trong Huyện', 'Hội nghị cho ý kiến vào dự thảo báo cáo', 'Hôm nay, 28/5/2013, tại Hà Nội, Tập đoàn đã công bố kết quả kinh doanh.'].join('\n'));
    expect(cleaned.split('\n').filter(Boolean)).toEqual(['Hội nghị cho ý kiến vào dự thảo báo cáo', 'Hôm nay, 28/5/2013, tại Hà Nội, Tập đoàn đã công bố kết quả kinh doanh.']);
  });

  it("drops a picture's element left alone on its line and a menu's link to every section (round 28, audits 24, 33, 35)", () => {
    const raw = [
      'Tất cả chuyên mục',
      '<image>data:image/s3,"s3://crabby-images/0a49c/0a49c8bdde3a6be81d5d44c3ad1d0c5bd31c7493" alt="Phó Thủ tướng tiếp khách"</image>',
      'Khuyến khích doanh nghiệp nước ngoài đầu tư hạ tầng giao thông',
      '![](https://example.vn/anh.jpg)',
      'GD&TĐ - Sáng nay, 15/3, Phó Thủ tướng đã tiếp Thứ trưởng Bộ Đất đai, Hạ tầng và Giao thông Hàn Quốc.',
    ];
    expect(cleanText(raw.join('\n')).split('\n').filter(Boolean)).toEqual([raw[2], raw[4]]);
  });

  it("drops the logo's text and a font toolbar with its contrast switches above the headline (round 24, audit 23)", () => {
    const raw = ['Logo', 'A- A A+ | Tăng tương phản Giảm tương phản', 'Phú Hòa: Phấn đấu giữ vững tỉ lệ trên 96% gia đình văn hóa', 'UBND huyện Phú Hòa vừa tổng kết phong trào năm 2022.', 'Logo của huyện được thiết kế lại.'];
    expect(cleanText(raw.join('\n')).split('\n').filter(Boolean)).toEqual(raw.slice(2));
    expect(cleanText(['UBND thành phố tổ chức Hội nghị giao ban', '2 tháng mười một 2018 131 lượt xem', 'Ngày 01/11/2018, UBND thành phố tổ chức hội nghị.'].join('\n')).split('\n').filter(Boolean)).toEqual(['UBND thành phố tổ chức Hội nghị giao ban', '2 tháng mười một 2018', 'Ngày 01/11/2018, UBND thành phố tổ chức hội nghị.']);
    const prompt = ['Ấn vào đây để nhận tin thông báo mới nhất từ Viettimes.vn', 'Tập đoàn Vingroup nhận Huân chương Lao động hạng Nhất', 'Bấm vào đây để đăng ký tham gia, người dân cần mang theo giấy tờ tùy thân.'];
    expect(cleanText(prompt.join('\n')).split('\n').filter(Boolean)).toEqual(prompt.slice(1));
  });

  it("drops a related-articles box's link titles as long as a headline, bulleted with their day, and keeps a paragraph after its heading (round 19)", () => {
    const body = ['Huyện tổng kết công tác tuyển quân năm 2014', 'Ngày 27/10/2014, huyện Quế Phong tổ chức hội nghị tổng kết công tác tuyển quân năm 2014.', 'Lang Mạnh Hùng'];
    const box = ['Tin liên quan:', '- Hội nghị tổng kết năm 2019, triển khai nhiệm vụ phát triển kinh tế – xã hội và giao dự toán thu, chi ngân sách năm 2020 (10/03/2019)', '- Lãnh đạo UBND tỉnh làm việc với Sở Tư pháp (11/04/2019)'];
    expect(cleanText([...body, ...box].join('\n')).split('\n').filter(Boolean)).toEqual(body);
    const paragraph = 'Trong năm 2019, toàn huyện đã giao đủ 100% chỉ tiêu quân cho các đơn vị, bảo đảm chất lượng và an toàn tuyệt đối.';
    expect(cleanText([...body.slice(0, 2), 'Xem thêm:', paragraph].join('\n'))).toContain(paragraph);
  });

  it("keeps a paragraph after a related-articles box that closes on its quote or its exclamation, however long (round 19 review)", () => {
    const body = ['Hội nghị tổng kết công tác tuyển quân năm 2019', 'Sáng 12/12/2019, Ban CHQS huyện Việt Yên tổ chức hội nghị tổng kết công tác tuyển quân năm 2019.'];
    const quoted = 'Đồng chí Nguyễn Văn Bình, Bí thư Huyện ủy nhấn mạnh: “Năm 2020, huyện phải hoàn thành 100% chỉ tiêu tuyển quân, không để thanh niên đào ngũ.”';
    const exclaimed = 'Năm 2019, toàn huyện đã giao 250 thanh niên nhập ngũ, đạt 100% chỉ tiêu trên giao, trong đó có 12 đảng viên và 40 thanh niên có trình độ đại học!';
    for (const paragraph of [quoted, exclaimed]) {
      expect(paragraph.length).toBeGreaterThan(120);
      expect(cleanText([...body, 'Xem thêm:', 'Việt Yên ra quân huấn luyện năm 2019', paragraph].join('\n'))).toContain(paragraph);
    }
  });

  it('keeps the headline once when the page repeats it, printed as a headline', () => {
    const cleaned = cleanText(seed('003'));
    expect(cleaned.match(/Huyện Kim Bảng tổ chức hội nghị tổng kết các đề án/g)).toHaveLength(2); // headline and lead
    // the page's copy ends with a full stop; a repeated line is the headline all the same
    expect(cleaned.split('\n')[0]).toBe('Huyện Kim Bảng tổ chức hội nghị tổng kết các đề án về công tác quốc phòng giai đoạn 2015-2020');
  });

  it('keeps the timestamp of a line that also carries a view counter', () => {
    expect(cleanText(seed('001')).split('\n')[0]).toBe('2022-12-15 16:17:43');
  });

  it('recognises breadcrumbs and tag lists', () => {
    expect(isBreadcrumb('Trang chủ > Tin tức > Quốc phòng')).toBe(true);
    expect(isBreadcrumb('Toàn cảnh hội nghị')).toBe(false);
    // a page's own furniture in its menus reads like a breadcrumb (round 13's audits of pages kept as text)
    expect(isBreadcrumb('Multimedia Đọc Báo in')).toBe(true);
    expect(isBreadcrumb('THÔNG TIN CHỈ ĐẠO ĐIỀU HÀNH')).toBe(true);
    expect(isBreadcrumb('Lịch làm việc của Chủ tịch UBND tỉnh tuần 12')).toBe(false);
    expect(isTagLine('Bạc Liêu,Quân sự,Đào tạo,Đồng chí,Trung cấp chuyên nghiệp')).toBe(true);
    expect(isTagLine('Các đồng chí: A, B, C, D')).toBe(false);
  });

  it('drops the footer after a page timestamp', () => {
    const cleaned = cleanText('Tiêu đề bài\nNội dung bài viết dài.Tin, ảnh: THÀNH HÂN\n31/05/13 14:37 GMT+7\nXã hội\nChiến sĩ,Tuyên thệ,Quân kỳ,Quảng Ngãi\nQĐND');
    expect(cleaned.split('\n')).toEqual(['Tiêu đề bài', 'Nội dung bài viết dài.Tin, ảnh: THÀNH HÂN', '31/05/13 14:37 GMT+7']);
  });
});
