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

  describe('awards', () => {
    it('takes awards listed under a heading that proposes them for no awards given', () => {
      expect(recordOf(...[
        "Hội đồng thi đua khen thưởng huyện họp xét khen thưởng năm 2023",
        "Sáng 5/1, Hội đồng Thi đua - Khen thưởng huyện Tân Phú họp xét khen thưởng năm 2023.",
        "Sau khi thảo luận, Hội đồng đã thống nhất đề nghị cấp trên khen thưởng như sau:",
        "- Bằng khen của Thủ tướng Chính phủ cho 2 tập thể và 3 cá nhân",
        "- Bằng khen của Chủ tịch UBND tỉnh cho 10 tập thể và 25 cá nhân",
      ]).awards).toEqual([]);
      expect(recordOf(...[
        "Hội đồng thi đua khen thưởng huyện họp xét khen thưởng năm 2023",
        "Sáng 5/1, Hội đồng Thi đua - Khen thưởng huyện Tân Phú họp xét khen thưởng năm 2023.",
        "Các tập thể, cá nhân được đề nghị khen thưởng gồm:",
        "- Bằng khen của Thủ tướng Chính phủ cho 2 tập thể và 3 cá nhân",
        "- Cờ thi đua của UBND tỉnh cho 4 tập thể",
      ]).awards).toEqual([]);
    });

    it("reads members counted by their years of membership as no badges, but a badge total's levels as badges", () => {
      expect(recordOf(...[
        "Chi bộ thôn 3 tổ chức đại hội",
        "Sáng 3/2, Chi bộ thôn 3 tổ chức đại hội nhiệm kỳ 2025-2027.",
        "Chi bộ hiện có 25 đảng viên, trong đó 2 đảng viên 60 năm tuổi đảng, 4 đảng viên 50 năm tuổi đảng và 1 đảng viên được trao huy hiệu 40 năm tuổi đảng trong năm 2024.",
      ]).awards.map((a) => [a.award, a.individuals])).toEqual([['huy hiệu 40 năm tuổi đảng', 1]]);
      const total = ['Trao huy hiệu Đảng', 'Dịp này, xã có 44 đảng viên được trao huy hiệu đảng. Trong đó, có 1 đảng viên 65 năm tuổi đảng, 2 đảng viên 60 năm và 41 đảng viên được trao huy hiệu 30, 40, 45, 50 năm tuổi đảng.'];
      expect(recordOf(...total).awards.map((a) => a.individuals)).toEqual(expect.arrayContaining([44, 1, 2, 41]));
    });

    it('ends a list of recipients after "cho:" at the paragraph after it', () => {
      expect(recordOf(...[
        "UBND huyện Tân Phú tổng kết năm 2023",
        "Sáng 5/1, UBND huyện Tân Phú tổ chức hội nghị tổng kết năm 2023.",
        "Dịp này, UBND huyện tặng Giấy khen cho:",
        "- 5 tập thể có thành tích xuất sắc trong phong trào thi đua;",
        "- 12 cá nhân có thành tích xuất sắc.",
        "03 tập thể và 05 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen.",
      ]).awards.map((a) => [a.award, a.collectives, a.individuals])).toEqual([
        ['Giấy khen', 5, 12],
        ['Bằng khen', 3, 5],
      ]);
    });
  });

  it('keeps a school year, a crop season, a day and the units measured in the measure', () => {
    expect(recordOf(...[
        "Huyện Tân Phú tổng kết năm học 2023-2024",
        "Sáng 5/8, UBND huyện Tân Phú tổ chức hội nghị tổng kết năm học 2023-2024.",
        "Tỷ lệ học sinh tốt nghiệp THPT năm học 2023/2024 đạt 99,5%.",
        "Năng suất lúa vụ Đông Xuân 2023/2024 đạt 102%.",
        "Tỷ lệ giải ngân vốn đầu tư công tính đến ngày 30/6 đạt 45,2%.",
        "Tỷ lệ thu gom rác thải tại 12/15 xã đạt 80%.",
      ]).percentages.map((p) => p.target)).toEqual([
      'Tỷ lệ học sinh tốt nghiệp THPT năm học 2023/2024',
      'Năng suất lúa vụ Đông Xuân 2023/2024',
      'Tỷ lệ giải ngân vốn đầu tư công tính đến ngày 30/6',
      'Tỷ lệ thu gom rác thải tại 12/15 xã',
    ]);
  });

  it('takes no caption or dateline over a tagged lead for the headline', () => {
    expect(recordOf(...[
        "Toàn cảnh hội nghị tổng kết (Ảnh: Minh Hòa)",
        "(HNM) - Sáng 5/1, UBND huyện Đông Anh tổ chức hội nghị tổng kết công tác năm 2023.",
        "Dự hội nghị có ông Nguyễn Văn A, Chủ tịch UBND huyện.",
      ]).title).toBeNull();
    expect(recordOf(...[
        "Quang cảnh hội nghị. Ảnh: Minh Hòa",
        "(HNM) - Sáng 5/1, UBND huyện Đông Anh tổ chức hội nghị tổng kết công tác năm 2023.",
        "Dự hội nghị có ông Nguyễn Văn A, Chủ tịch UBND huyện.",
      ]).title).toBeNull();
    expect(recordOf(...[
        "Hà Nội, ngày 05 tháng 01 năm 2024",
        "(HNM) - Sáng 5/1, UBND huyện Đông Anh tổ chức hội nghị tổng kết công tác năm 2023.",
        "Dự hội nghị có ông Nguyễn Văn A, Chủ tịch UBND huyện.",
      ]).title).toBeNull();
  });

  it("takes no period from the reports a convened session will hear", () => {
    expect(recordOf(...[
        "Triệu tập kỳ họp thứ 6 HĐND xã khóa VI",
        "Ngày 10/12/2025, Thường trực HĐND xã đã ban hành thông báo triệu tập kỳ họp thứ 6, dự kiến khai mạc ngày 26/12/2025.",
        "Tại kỳ họp, Hội đồng nhân dân xã sẽ xem xét các báo cáo của Thường trực HĐND về tình hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026.",
      ]).period).toBeNull();
  });
});

