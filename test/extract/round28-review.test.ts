// Probes from the independent review of round 28's rules (docs/QUALITY.md, *Round 28*): texts the first versions of
// those rules misread, each now read as ANNOTATION.md asks. The rules' own readings are tested with their fields
// (src/extract/*/corpus.ts) and in round28.test.ts.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

describe('round 28 review probes', () => {
  describe('a raggedly wrapped page', () => {
    it('keeps the headline over a lead of one line, and a credit under it, apart from the wrapped body', () => {
      const overLead = [
      "Hội nghị tổng kết công tác thi đua khen thưởng năm 2013",
      "Sáng ngày 09/01/2014, UBND xã Bưng Riềng tổ chức hội nghị tổng kết.",
      "Tại hội nghị, Hội đồng thi đua khen thưởng xã đã",
      "họp xét khen thưởng tổng kết năm 2013. Tham dự cuộc họp có ông",
      "Nguyễn Kim Hải, Chủ tịch UBND xã và các thành viên",
      "trong hội đồng. Năm 2013, xã đạt 100% chỉ tiêu",
      "tuyển quân được giao.",
      "Toàn cảnh hội nghị",
      "Dịp này, UBND xã tặng Giấy khen cho 5 tập thể và 10 cá nhân.",
      "Nguyễn Văn Bình",
    ];
      expect(recordOf(...overLead).title).toBe(overLead[0]);
      const credited = [
      "Hội nghị tổng kết công tác thi đua khen thưởng năm 2013",
      "Tin, ảnh: Minh Hòa",
      "Sáng ngày 09/01/2014, tại Hội trường UBND xã",
      "Bưng Riềng, Hội đồng thi đua khen thưởng xã đã họp xét khen",
      "thưởng tổng kết năm 2013. Tham dự cuộc họp có ông",
      "Nguyễn Kim Hải, Chủ tịch UBND xã và các thành viên",
      "trong hội đồng. Năm 2013, xã đạt 100% chỉ tiêu",
      "tuyển quân được giao.",
    ];
      expect(recordOf(...credited).author).toBe('Minh Hòa');
    });

    it('takes no list of short lines or table cells for a wrap', () => {
      const list = [
      "Huyện Tân Phú có thêm 4 xã đạt chuẩn nông thôn mới",
      "Sáng 12/3, UBND huyện Tân Phú tổ chức lễ công bố các xã đạt chuẩn nông thôn mới năm 2023.",
      "Toàn cảnh buổi lễ",
      "Các xã đạt chuẩn nông thôn mới năm 2023 gồm:",
      "xã Phú Lộc",
      "xã Phú Thanh",
      "xã Phú Lập",
      "xã Tà Lài",
      "Đến nay, 100% số xã của huyện đạt chuẩn nông thôn mới.",
      "Phát biểu tại buổi lễ, ông Nguyễn Văn An, Chủ tịch UBND huyện chúc mừng các xã.",
      "Nguyễn Văn Bình",
    ];
      expect(recordOf(...list).title).toBe(list[0]);
      const table = [
      "UBND huyện Đăk Hà tổng kết công tác năm 2023",
      "Sáng 5/1/2024, UBND huyện Đăk Hà tổ chức hội nghị tổng kết công tác năm 2023.",
      "Toàn cảnh hội nghị. Ảnh: Minh Hòa",
      "Kết quả thu ngân sách các xã:",
      "1",
      "xã Đăk Mar",
      "đạt 105%",
      "2",
      "xã Hà Mòn",
      "đạt 98%",
      "3",
      "thị trấn Đăk Hà",
      "đạt 110%",
      "Năm 2023, huyện đạt 100% chỉ tiêu giao quân.",
      "Phát biểu chỉ đạo, ông Nguyễn Văn A, Chủ tịch UBND huyện đề nghị các xã tiếp tục phấn đấu.",
      "Tin, ảnh: Minh Hòa",
    ];
      const record = recordOf(...table);
      expect(record.title).toBe(table[0]);
      expect(record.percentages.map((p) => p.target)).not.toContain('2 xã Hà Mòn đạt');
    });

    it('keeps the items of a list under a wrapped lead apart', () => {
      const listed = [
      "Hội Chữ thập đỏ huyện Vĩnh Cửu tổng kết công tác năm 2024",
      "Sáng ngày 25/02/2025, tại Hội trường UBND huyện, Hội Chữ thập đỏ huyện Vĩnh Cửu tổ chức",
      "hội nghị tổng kết công tác Hội năm 2024. Tham dự hội nghị có bà Nguyễn Thị Lan, Phó",
      "chủ tịch UBND huyện và các đại biểu",
      "đại diện các ban ngành đoàn thể. Năm 2024, Hội đã vận động",
      "được 1.748 đơn vị máu. Với nhiều thành tích nổi trội trong năm, các tập thể và cá nhân Hội CTĐ huyện được tôn vinh khen thưởng, gồm:",
      "- Bằng khen BCH Trung ương Hội cho 2 tập thể và 3 cá nhân",
      "- Giấy khen BCH Hội CTĐ tỉnh cho 4 tập thể và 7 cá nhân",
      "- Giấy khen UBND huyện cho 6 tập thể và 10 cá nhân",
      "Tin, ảnh: Minh Hòa",
    ];
      expect(recordOf(...listed).awards.map((a) => [a.collectives, a.individuals])).toEqual([
        [2, 3],
        [4, 7],
        [6, 10],
      ]);
    });
  });
});
