// Probes from the independent review of round 27's rules (docs/QUALITY.md, *Round 27*): sentences the first versions
// of those rules misread, each now read as before them or as ANNOTATION.md asks. The rules' own readings are tested
// with their fields (src/extract/*/corpus.ts).
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const HEADLINE = 'Hội nghị tổng kết công tác năm';

const period = (...lines: string[]) => {
  const p = recordOf(...lines).period;
  return p ? [p.from, p.to] : null;
};

describe('round 27 review probes', () => {
  it("measures a counted share from the group that attained, not the total named before it", () => {
    const target = (sentence: string) => recordOf(HEADLINE, sentence).percentages.map((p) => p.target);
    expect(target('Năm học 2016 - 2017, toàn huyện có 42 trường, trường đạt chuẩn quốc gia 25 trường, chiếm 59,5%.')).toEqual(['trường đạt chuẩn quốc gia']);
    expect(target('Năm 2016, toàn xã có 1.245 hộ gia đình, hộ đạt danh hiệu gia đình văn hóa là 1.058 hộ, tỷ lệ 85%.')).toEqual(['hộ đạt danh hiệu gia đình văn hóa']);
    expect(target('Toàn huyện có 18 xã, thị trấn, xã đạt chuẩn nông thôn mới 9 xã, tỷ lệ 50%.')).toEqual(['xã đạt chuẩn nông thôn mới']);
  });

  it('steps over a bracket of classes before "cho", not one that counts the recipients, and counts units, not their heads', () => {
    const awards = (sentence: string) => recordOf(HEADLINE, sentence).awards.map((a) => [a.collectives, a.individuals]);
    // the bracket breaks the awards down by recipient: the count of awards is no count of either kind
    expect(awards('Dịp này, Bộ trưởng đã trao 40 Bằng khen (gồm 15 tập thể và 25 cá nhân) cho các đơn vị có thành tích xuất sắc.')).not.toContainEqual([40, null]);
    expect(awards('Dịp này, UBND huyện đã tặng 35 Giấy khen (15 tập thể và 20 cá nhân) cho các cá nhân có thành tích xuất sắc.')).not.toContainEqual([null, 35]);
    // "thủ trưởng 3 đơn vị": the units are counted, and the groups before them stay
    expect(awards('Dịp này, Bộ Tư lệnh tặng Bằng khen cho 2 tập thể và thủ trưởng 3 đơn vị có thành tích xuất sắc.')).toEqual([
      [2, null],
      [3, null],
    ]);
  });

  it("takes no period from results someone else achieved in a year: an athlete's, a nation's, businesses'", () => {
    expect(period('Vinh danh xạ thủ Hoàng Xuân Vinh', 'Sáng 10/1/2017, Bộ Văn hóa, Thể thao và Du lịch tổ chức lễ vinh danh xạ thủ Hoàng Xuân Vinh với những thành tích mà anh giành được trong năm 2016.')).toBeNull();
    expect(period('Thủ tướng hội kiến Tổng thống Indonesia', 'Chiều 12/1/2017, Thủ tướng Nguyễn Xuân Phúc hội kiến Tổng thống Indonesia. Thủ tướng đánh giá cao những kết quả mà Indonesia đạt được trong năm 2016.')).toBeNull();
    expect(period('UBND tỉnh gặp mặt doanh nghiệp đầu xuân', 'Sáng 10/2/2017, UBND tỉnh gặp mặt doanh nghiệp đầu xuân. Chủ tịch UBND tỉnh đánh giá cao kết quả mà các doanh nghiệp đạt được trong năm 2016.')).toBeNull();
  });

  it('takes no period from the state of the economy told as a background', () => {
    expect(period('Xét xử vụ lừa đảo chiếm đoạt tài sản', 'Ngày 15/8/2017, TAND tỉnh mở phiên tòa xét xử Nguyễn Văn B. Theo cáo trạng, do tình hình kinh tế năm 2012 khó khăn, công ty của B làm ăn thua lỗ.')).toBeNull();
    expect(period('Khởi công nhà máy mới', 'Sáng 3/3/2017, công ty khởi công nhà máy mới. Trong bối cảnh tình hình kinh tế năm 2016 nhiều biến động, công ty vẫn quyết định mở rộng sản xuất.')).toBeNull();
  });

  it("reads no byline from a caption's post after a dash, nor from a word in capitals that is a syllable", () => {
    const lead = 'Sáng 12/1, Đảng ủy xã tổ chức hội nghị tổng kết công tác dân vận năm 2020.';
    expect(recordOf(HEADLINE, lead, 'Nguyễn Văn Hùng – Cán bộ địa chính xã phát biểu tại hội nghị').author).toBeNull();
    expect(recordOf(HEADLINE, lead, 'Anh Nguyễn Văn Tùng – Cán bộ Đoàn xã').author).toBeNull();
    expect(recordOf(HEADLINE, lead, 'Hà Nội - THANH HÓA').author).toBeNull();
    // a comment form's button under the byline is no byline
    expect(recordOf(HEADLINE, lead, 'Thực hiện: Đinh Trọng', 'Gửi').author).toBe('Đinh Trọng');
  });
});
