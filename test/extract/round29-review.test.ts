// The misreadings an independent review of round 29's rules found (docs/QUALITY.md, *Round 29*), each a probe on
// the phrasing that showed it; the rules' own readings are in round29.test.ts.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const period = (...lines: string[]) => recordOf(...lines).period;

describe('round 29 review', () => {
  it("takes no year a headline plans, nor a review told in the year's own sentence, for an undated page's period", () => {
    expect(
      period(
        'Huyện ủy triển khai nhiệm vụ năm 2023',
        'Sáng nay, Huyện ủy tổ chức Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm 2023.',
        'Năm 2023, Huyện ủy đã xác định chủ đề năm là "Đoàn kết, kỷ cương, đổi mới, phát triển".',
        'Các cấp ủy cần làm tốt công tác chuẩn bị cho tổng kết năm 2023.',
      ),
    ).toBeNull();
    expect(
      period(
        'Xã Tân Lập khánh thành nhà văn hóa mới',
        'UBND xã Tân Lập vừa tổ chức lễ khánh thành, đưa vào sử dụng nhà văn hóa xã với tổng kinh phí hơn 3 tỷ đồng.',
        'Công trình gồm hội trường 300 chỗ ngồi, sân khấu và khu vui chơi cho thiếu nhi.',
        'Năm 2022, xã Tân Lập vinh dự được UBND tỉnh tặng Bằng khen tại Hội nghị tổng kết phong trào thi đua năm 2022 vì thành tích xây dựng nông thôn mới.',
      ),
    ).toBeNull();
  });

  it("gives a breakdown's counts to the awards it names, not to the award before its colon", () => {
    const awards = (line: string) => recordOf('Tổng kết công tác khen thưởng năm 2023', 'Ngày 8/1/2024, Đảng ủy Quân sự tỉnh tổ chức hội nghị tổng kết năm 2023.', line).awards.map((a) => [a.award, a.collectives, a.individuals]);
    expect(awards('Dịp này, Bộ Tư lệnh Quân khu đã tặng Bằng khen các đơn vị, trong đó: 3 đơn vị được tặng Cờ thi đua, 7 tập thể được tặng Bằng khen.')).toEqual([
      ['Cờ thi đua', 3, null],
      ['Bằng khen', 7, null],
    ]);
    expect(
      recordOf('Huyện ủy trao Huy hiệu Đảng đợt 7/11', 'Sáng 7/11/2024, Ban Thường vụ Huyện ủy Yên Thế tổ chức lễ trao tặng Huy hiệu Đảng đợt 7/11, cụ thể: 1 đồng chí được trao Huy hiệu 75 năm tuổi Đảng, 4 đồng chí được trao Huy hiệu 55 năm tuổi Đảng.').awards.map((a) => [a.award, a.individuals]),
    ).toEqual([
      ['Huy hiệu 75 năm tuổi Đảng', 1],
      ['Huy hiệu 55 năm tuổi Đảng', 4],
    ]);
  });

  it("takes no visiting delegation's district, nor a former post's, for the unnamed body's", () => {
    expect(
      recordOf(
        'UBND huyện tiếp và làm việc với đoàn công tác',
        'Ngày 14/5/2024, UBND huyện tiếp và làm việc với đoàn công tác do đồng chí Lý Văn Nam, Phó Chủ tịch UBND huyện Hòa An làm trưởng đoàn đến trao đổi kinh nghiệm trong xây dựng nông thôn mới.',
      ).locality,
    ).toBeNull();
    expect(
      recordOf(
        'Hội Cựu chiến binh huyện trao quà cho hội viên có hoàn cảnh khó khăn',
        'Ngày 15/1/2024, Hội Cựu chiến binh huyện tổ chức trao 50 suất quà Tết cho hội viên có hoàn cảnh khó khăn.',
        'Trong số hội viên được nhận quà có ông Hoàng Văn Sáng, nguyên Chủ tịch UBND huyện Bảo Lạc, hiện sinh sống tại thị trấn.',
      ).locality,
    ).toBeNull();
  });

  it("settles no commune's province by a district it borders", () => {
    expect(
      recordOf(
        'HỘI NÔNG DÂN XÃ PHÚ THÀNH RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN',
        'Ngày 12/4/2025, Hội Nông dân xã Phú Thành ra quân làm tuyến đường giao thông nông thôn dài 2 km nối ấp Phú Hòa với tuyến đường giáp ranh huyện Phú Tân.',
      ).locality?.province,
    ).toBeNull();
  });

  it("dates no page by a sentence's time under a portal's clock", () => {
    expect(
      recordOf(
        'Thứ Hai, 25/11/2024 11:14',
        'HĐND huyện Đầm Hà tổ chức Kỳ họp chuyên đề',
        'Ngày 22/11, HĐND huyện Đầm Hà khóa V đã tổ chức Kỳ họp chuyên đề để xem xét một số nội dung quan trọng.',
        'Kỳ họp bế mạc lúc 11:30 ngày 22/11/2024.',
      ).published,
    ).toBe('2024-11-25');
  });

  it('takes no long lead sentence a portal prints twice for the headline', () => {
    const lead = 'Thực hiện Kế hoạch của Huyện ủy, Đảng bộ xã Hùng Thắng đã tổ chức Lễ trao tặng Huy hiệu Đảng cho 12 đảng viên đợt 2/9/2025 và sơ kết công tác 9 tháng đầu năm 2025.';
    expect(recordOf(lead, lead.replace('Huyện ủy, Đảng bộ', 'Huyện ủy, chiều ngày 24/9/2025, Đảng bộ'), 'Tại buổi lễ, các đồng chí đảng viên đã ôn lại truyền thống.').title).toBeNull();
  });

  describe('a second review, of the slogan, the labelled counts and the spelling tie-break', () => {
    it('keeps a headline in capitals that ends in "!" when no headline in capitals stands under it', () => {
      expect(recordOf('VIỆT NAM VÔ ĐỊCH AFF CUP 2018!', 'Tối 15/12, đội tuyển Việt Nam đã giành chức vô địch AFF Cup 2018 sau trận thắng Malaysia.').title).toBe('VIỆT NAM VÔ ĐỊCH AFF CUP 2018');
      expect(
        recordOf('TUỔI TRẺ HUYỆN ĐẦM HÀ RA QUÂN CHIẾN DỊCH THANH NIÊN TÌNH NGUYỆN HÈ NĂM 2023!', 'Quang cảnh lễ ra quân', 'Sáng 2/6/2023, Huyện đoàn Đầm Hà tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè năm 2023.').title,
      ).toBe('TUỔI TRẺ HUYỆN ĐẦM HÀ RA QUÂN CHIẾN DỊCH THANH NIÊN TÌNH NGUYỆN HÈ NĂM 2023');
    });

    it("reads a district after a body as written, not as the first of the list's namesakes", () => {
      const unit = (name: string) => {
        const l = recordOf(`Công an ${name} ra quân trấn áp tội phạm`, `Sáng 5/1/2024, Công an ${name} tổ chức lễ ra quân tấn công, trấn áp tội phạm.`).locality;
        return l ? [l.name, l.province] : null;
      };
      expect(unit('Phú Ninh')).toEqual(['Phú Ninh', 'Quảng Nam']);
      expect(unit('Thạnh Trị')).toEqual(['Thạnh Trị', 'Sóc Trăng']);
    });

    it('picks no province by the spelling of a name written without marks', () => {
      expect(recordOf('Xã ra quân đầu năm', 'Sáng 3/1/2024, UBND xã Cam Binh tổ chức ra quân thực hiện nhiệm vụ năm 2024.').locality?.province).toBeNull();
    });
  });
});

