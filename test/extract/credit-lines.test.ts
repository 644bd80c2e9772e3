// Credit lines and photo captions as the round 19 rules read them: under the headline, among the lead's sentences, at
// the text's end (round 19 second review).
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const TITLE = 'Hội nghị tổng kết công tác quân sự năm 2023';
const LEAD = 'Sáng 5/12/2023, Ban CHQS huyện Đầm Hà, tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác quân sự năm 2023.';

describe('hostile credit lines', () => {
  // A caption's credit of one unbroken run ("Nguồn ảnh: baoquangninh.com.vn/images/…jpg?w=800") was cut into up to six
  // words every way there is before the line's end failed: 37 s for one 80-character line. The bound is a hundred times
  // what a linear reading takes.
  it('reads a caption line closing on a long unbroken credit in linear time', () => {
    const started = performance.now();
    const r = recordOf(TITLE, LEAD, `Nguồn ảnh: baoquangninh.com.vn/images/2023/12/05/${'a'.repeat(12)}.jpg?w=800`, 'Hội nghị đã đánh giá kết quả công tác năm 2023.');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.date).toBe('2023-12-05');
  });

  // "PV" was a name's word two ways (a capitalised word, the reporters' tag): a closing credit of reporters joined by
  // dashes that failed at its end was tried 2^n ways.
  it('reads a credit of many dashed names that is no byline in linear time', () => {
    const started = performance.now();
    const r = recordOf(TITLE, LEAD, `Tin, ảnh: ${Array(24).fill('PV').join(' – ')} x`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.date).toBe('2023-12-05');
  });
});

describe("a lead's first line that closes on a photo's credit", () => {
  // bca4789 passed over every line closing on a credit of a few words as a caption between the lead's sentences: a lead
  // whose photo's credit is glued to it, or whose words end 'ảnh: …', lost its day and its unit with it
  it.each([
    ['Sáng 5/12, UBND huyện Đầm Hà, tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác quân sự năm 2023 (Ảnh: Quang Vinh).', null],
    ['Sáng 5/12, UBND huyện Đầm Hà, tỉnh Quảng Ninh khai mạc triển lãm ảnh: Đầm Hà quê hương tôi.', 'Đầm Hà'],
    ['Ngày 5/12, Công an huyện Đầm Hà, tỉnh Quảng Ninh triệt phá đường dây đánh bạc qua mạng (ảnh minh họa).', 'Đầm Hà'],
      // (the first's unit was lost before round 19 too: the locality refiner passes over a sentence closing on '(Ảnh: …)')
  ])('%s is the lead', (lead, unit) => {
    const r = recordOf(TITLE, 'Ngày đăng: 08/12/2023', lead, 'Hội nghị đã đánh giá kết quả công tác năm 2023.');
    expect(r.date).toBe('2023-12-05');
    expect(r.locality?.name ?? null).toBe(unit);
  });

  it("still passes over a caption after the lead's first line", () => {
    const r = recordOf(TITLE, 'Thực hiện kế hoạch năm 2023 của UBND tỉnh Quảng Ninh, các địa phương đã tổ chức tổng kết.', 'Toàn cảnh hội nghị. Ảnh: Minh Hoà', 'Các đơn vị đã hoàn thành tốt nhiệm vụ được giao trong năm.', 'Ngày 5/12/2023, UBND huyện Đầm Hà tổ chức Hội nghị tổng kết công tác quân sự.');
    expect(r.date).toBe('2023-12-05');
  });
});

describe('a credit line over or under the headline', () => {
  // f12e3da passed over every line opening on a credit's words and a colon: a headline of a genre's tag ("Ghi chép: …",
  // "Xem video: …") was lost with it; a credit names people or an outlet, capitalised
  it.each([
    'Ghi chép: Những người giữ lửa nơi biên cương Đầm Hà',
    'Xem video: Lễ ra quân huấn luyện năm 2024 của LLVT huyện Đầm Hà',
    'Tổng hợp: các văn bản mới có hiệu lực từ tháng 12/2023',
  ])('%s is a headline', (headline) => {
    expect(recordOf(headline, LEAD, 'Minh Anh').title).toBe(headline);
  });

  // (a desk's credit after a credit-only prefix may hold lower-case words: "Tin, ảnh: Ban Thanh thiếu nhi – Trường học")
  it.each(['Tin, ảnh: Nguyễn Tuyết Mai', 'Nguồn: baoquangninh.com.vn', 'Bài và ảnh: PV - Thu Hà', 'Nguồn: Báo Quảng Ninh điện tử', 'Tin, ảnh: Ban Thanh thiếu nhi – Trường học'])('%s over the headline is none', (credit) => {
    expect(recordOf(credit, TITLE, LEAD).title).toBe(TITLE);
  });
});
