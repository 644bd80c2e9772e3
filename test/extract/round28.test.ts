// Round 28's readings on real phrasings (docs/QUALITY.md, *Round 28*): the year of an undated page, which a bare
// span of the headline belongs to, from a day with its year over a stage's last year; a session's reports on a span
// and the tasks for the next one.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const period = (...lines: string[]) => {
  const p = recordOf(...lines).period;
  return p ? [p.from, p.to] : null;
};

describe('round 28', () => {
  const headline = 'Kết quả thực hiện Chương trình xây dựng nông thôn mới tỉnh Lào Cai 6 tháng đầu năm';
  const stage = 'Tỉnh ủy ban hành Đề án xây dựng nông thôn mới giai đoạn 2016-2020.';

  it("dates a bare half-year by a day the text names with its year, over a stage's last year", () => {
    const day = 'Ban Thường vụ Tỉnh ủy ban hành kết luận số 71-KL/TU ngày 24/3/2016 về cơ chế hỗ trợ thực hiện Chương trình.';
    expect(period(headline, `${stage} ${day}`)).toEqual(['2016-01-01', '2016-06-30']);
    expect(period(headline, `${day} ${stage}`)).toEqual(['2016-01-01', '2016-06-30']);
  });

  it("counts no numbered document's date towards the year of an undated page (round 28 review)", () => {
    const p = (...lines: string[]) => recordOf(...lines);
    const lines = [
      'Xã Tân An sơ kết 6 tháng đầu năm',
      'Sáng 10/7, UBND xã Tân An tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.',
      'Thực hiện Kế hoạch số 05/KH-UBND ngày 20/12/2023 của UBND huyện, trong 6 tháng đầu năm, xã đã tập trung chỉ đạo phát triển kinh tế.',
      'Năm 2024, xã phấn đấu hoàn thành 100% chỉ tiêu được giao.',
    ];
    expect(p(...lines).date).toBe('2024-07-10');
    expect(p(...lines.map((l) => l.replace('Kế hoạch số 05/KH-UBND ngày 20/12/2023', 'Công văn số 312/UBND-VP ngày 20 tháng 12 năm 2023'))).date).toBe('2024-07-10');
  });

  it("still dates it by the stage's last year when nothing else names a year", () => {
    expect(period(headline, stage)).toEqual(['2020-01-01', '2020-06-30']);
  });

  describe("a session's reports on a span, the tasks for the next one set in the same sentence", () => {
    const session = 'HỘI ĐỒNG NHÂN DÂN XÃ LỆ MỸ TỔ CHỨC KỲ HỌP THỨ TƯ';
    const lead = 'Ngày 30/6/2022 HĐND xã Lệ Mỹ khóa 3 tổ chức kỳ họp thứ tư nhiệm kỳ 2021 - 2026.';

    it('takes the span the reports review', () => {
      expect(period(session, lead, 'Tại kỳ họp các đại biểu đã nghe các báo cáo thường niên của UBND xã về tham gia xây dựng chính quyền 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022 trình tại kỳ họp.')).toEqual(['2022-01-01', '2022-06-30']);
      expect(
        period('Kỳ họp thứ 6 HĐND xã khóa VI', 'Ngày 26/12/2025, Thường trực HĐND xã đã triệu tập đại biểu dự kỳ họp thứ 6.', 'Tại kỳ họp, Hội đồng nhân dân xã đã xem xét các báo cáo của Thường trực HĐND về tình hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026.'),
      ).toEqual(['2025-01-01', '2025-12-31']);
    });

    it('takes none from a meeting told in passing, a next year named for no tasks, or a preview that writes no year', () => {
      expect(period('Dự án 148 Giảng Võ không được gây ùn tắc giao thông', 'Ngày 15/2/2017, UBND thành phố kết luận về dự án. Việc khai thác quỹ đất cần đáp ứng yêu cầu phát triển một khu đô thị hiện đại. Dự án phải bảo đảm quy mô dân số theo đúng quy định hiện hành. Thành phố giao các sở rà soát lại phương án. Trước đó, ngày 11-1, tại Hội nghị tổng kết năm 2016 và triển khai nhiệm vụ năm 2017 của Bộ Kế hoạch - Đầu tư, Thủ tướng cho rằng dự án sẽ gây ùn tắc.')).toBeNull();
      expect(period('Thượng tướng Võ Minh Lương thăm, chúc Tết LLVT tỉnh Bến Tre', 'Ngày 20/1/2025, Thượng tướng Võ Minh Lương đến thăm, chúc Tết LLVT tỉnh Bến Tre. Cùng đi có đại diện các cơ quan chức năng. Đoàn đã dâng hương tại Khu di tích. Tại Bộ CHQS tỉnh, đoàn công tác đã nghe lãnh đạo các đơn vị báo cáo về một số kết quả đạt được trong năm 2024 và công tác chuẩn bị đón Tết Ất Tỵ năm 2025.')).toBeNull();
      expect(period('Sắp họp HĐND thành phố', 'Kỳ họp thứ 4 của HĐND TP sẽ diễn ra để xem xét các báo cáo thường kỳ về dự toán thu chi sáu tháng đầu năm, nhiệm vụ giải pháp sáu tháng cuối năm.')).toBeNull();
    });
  });

  it("gives a figure the reviewed year when the year gone by is told after a term's span", () => {
    const years = (...lines: string[]) => recordOf(...lines).percentages.map((p) => p.year);
    const headline = 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI CHỮ THẬP ĐỎ HUYỆN VĨNH CỬU NĂM 2024';
    const lead = 'Sáng ngày 25.02.2025, Hội Chữ thập đỏ huyện Vĩnh Cửu tổ chức Hội nghị tổng kết công tác Hội năm 2024, sơ kết đánh giá kết quả thực hiện nhiệm vụ nửa nhiệm kỳ 2022-2027.';
    const gone = 'Tại Hội nghị, đại biểu được nghe các báo cáo về các hoạt động nhân đạo trên địa bàn huyện trong năm qua; phong trào vận động hiến máu tình nguyện 1.748/1.800 đạt 97,11%.';
    expect(years(headline, lead, gone)).toEqual([2024]);
    // no year gone by named: the term's span gives the figure no one year
    expect(years(headline, lead, gone.replace(' trong năm qua', ''))).toEqual([null]);
  });

  it('reads a body whose abbreviation the text introduces in brackets before its province as that province\'s', () => {
    const locality = (...lines: string[]) => recordOf(...lines).locality;
    const lead = 'Ngày 20/3, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) Tiền Giang tổ chức tuyên dương 40 cá nhân có thành tích xuất sắc trong phòng, chống dịch.';
    expect(locality('Tuyên dương 40 cán bộ, chiến sĩ', lead)).toMatchObject({ type: 'tỉnh', name: 'Tiền Giang' });
  });
});

