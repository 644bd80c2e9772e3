// Round 29's readings on real phrasings (docs/QUALITY.md, *Round 29*).
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const period = (...lines: string[]) => {
  const p = recordOf(...lines).period;
  return p ? [p.from, p.to] : null;
};

describe('round 29', () => {
  describe("an undated page's year told clause by clause past the lead, which a review's own name gives again", () => {
    const lead = ['Tới dự có đồng chí Nguyễn Đình Phong, Ủy viên Ban Thường vụ Huyện ủy.', 'Tại buổi lễ, 7 đảng viên vinh dự được nhận huy hiệu Đảng.'];
    const held = 'Sau lễ trao huy hiệu, Đảng bộ xã Nhật Tân đã tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm 2022, đề ra phương hướng nhiệm vụ năm 2023.';
    const told = 'Năm 2022, Ban Chấp hành Đảng bộ xã đã đoàn kết lãnh đạo, chỉ đạo thực hiện tốt công tác xây dựng Đảng.';

    it('is the period', () => {
      expect(period(...lead, held, told)).toEqual(['2022-01-01', '2022-12-31']);
      expect(period(...lead, told, held)).toEqual(['2022-01-01', '2022-12-31']);
    });

    it('is no period when the review word names no review, or no clause opens on the year', () => {
      expect(period(...lead, held.replace('Hội nghị tổng kết công tác', 'Hội nghị phân tích kết quả công tác'), told)).toBeNull();
      expect(period(...lead, told.replace('Năm 2022, Ban', 'Ban'), held.replace('năm 2023', 'năm sau'))).toBeNull();
    });
  });

  describe("an award's kind named before a colon and its counted recipients, and the awards listed after it", () => {
    const awards = (...lines: string[]) => recordOf(...lines).awards.map((a) => [a.award, a.by, a.collectives, a.individuals]);
    const headline = 'Huyện Kiên Lương sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm';
    const sentence =
      '6 tháng đầu năm 2023, các cụm, khối trong huyện Kiên Lương được Chủ tịch UBND tỉnh tặng cờ thi đua cụm khối: 3 tập thể; bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể đạt đơn vị hạng nhì và 5 tập thể đạt đơn vị hạng ba.';

    it('counts each of them', () => {
      expect(awards(headline, sentence)).toEqual([
        ['cờ thi đua', 'Chủ tịch UBND tỉnh', 3, null],
        ['bằng khen', 'Chủ tịch UBND tỉnh', 4, null],
        ['bằng khen', 'Chủ tịch UBND tỉnh', 5, null],
      ]);
    });

    it('counts nothing after a colon that no recipients follow', () => {
      const counted = awards(headline, sentence.replace('cụm khối: 3 tập thể', 'cụm khối: nhiều đơn vị dẫn đầu')).filter((a) => a[2] !== null || a[3] !== null);
      expect(counted.filter((a) => a[0] === 'cờ thi đua')).toEqual([]);
    });
  });

  describe("a district's bodies left unnamed, and its name only in a guest's post", () => {
    const locality = (...lines: string[]) => {
      const l = recordOf(...lines).locality;
      return l ? [l.type, l.name, l.province] : null;
    };
    const guests = 'Tới dự có đồng chí Hoàng Hồng Diệu - Tỉnh uỷ viên, Bí thư Huyện uỷ Thạch An; các đồng chí đại diện lãnh đạo UBND huyện, UB MTTQ huyện.';
    const event = 'Nhân dịp này, Ban Thường vụ Hội LHPN huyện biểu dương, khen thưởng cho 02 cá nhân cán bộ Hội cơ sở tiêu biểu.';

    it('is that district', () => {
      expect(locality(guests, event)).toEqual(['huyện', 'Thạch An', 'Cao Bằng']);
    });

    it('is none when the text names another district too', () => {
      expect(locality(guests.replace('Thạch An;', 'Thạch An; đồng chí Nông Văn Đức, Phó Chủ tịch UBND huyện Hòa An;'), event)).toBeNull();
    });
  });

  describe('a commune whose name several provinces have, in a district the text names, whose name several have too', () => {
    const province = (...lines: string[]) => recordOf(...lines).locality?.province;
    const headline = 'HỘI NÔNG DÂN XÃ PHÚ THÀNH TỔ CHỨC HỘI NGHỊ TUYÊN DƯƠNG ĐIỂN HÌNH TIÊN TIẾN GIAI ĐOẠN 2020-2025';
    const lead = 'Ngày 07/3/2025, Hội Nông dân xã Phú Thành tổ chức Hội nghị tuyên dương điển hình tiên tiến giai đoạn 2020-2025.';
    const district = 'Hội nghị cử 06 đại biểu tham dự Hội nghị điển hình tiên tiến do Hội Nông dân huyện Phú Tân tổ chức.';

    it('is in the one province where the commune lies in that district', () => {
      expect(province(headline, lead, district)).toBe('An Giang');
    });

    it('is in none when the text names no district', () => {
      expect(province(headline, lead)).toBeNull();
    });
  });

  describe("a portal's clock above the headline, the page's stamp below it carrying the page's buttons", () => {
    const page = (stamp: string) =>
      recordOf(
        'Thứ Hai, 25/11/2024 11:14 (GMT +7)',
        'HĐND huyện Đầm Hà tổ chức Kỳ họp thứ 2, nhiệm kỳ 2021-2026',
        stamp,
        'Ngày 23/7, HĐND huyện Đầm Hà khóa V đã tổ chức Kỳ họp thứ 2 để đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm.',
      );

    it('is published on the stamp below', () => {
      expect(page('Thứ 7, 24/07/2021 | 09:06:55 [GMT +7] A A').published).toBe('2021-07-24');
      expect(page('Thứ 7, 24/07/2021 | 09:06:55 [GMT +7] A A').date).toBe('2021-07-23');
    });
  });

  describe('a long headline ending in a full stop, which the lead restates', () => {
    const headline = 'Đảng bộ xã Hùng Thắng tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên đợt 2/9/2025 và Hội nghị sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2025.';
    const lead = 'Chiều ngày 24/9/2025, Đảng bộ xã Hùng Thắng long trọng tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên đợt 2/9/2025 gắn với tổ chức Hội nghị sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2025.';

    it('is the title', () => {
      expect(recordOf(headline, lead).title).toBe(headline.slice(0, -1));
    });

    it('is a lead sentence when the next line does not restate it', () => {
      expect(recordOf(headline, 'Dự hội nghị có các đồng chí lãnh đạo Huyện ủy, Ủy ban nhân dân huyện và các ban, ngành.').title).toBeNull();
    });
  });

  it("passes over a portal's slogan in capitals above the headline", () => {
    const headline = 'Ô MÔN TỔNG KẾT CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2015 VÀ TRIỂN KHAI CÔNG TÁC THI ĐUA KHEN THƯỞNG NĂM 2016';
    const lead = 'Sáng ngày 15 tháng 3 năm 2016, tại Hội trường Ủy ban nhân dân quận, Hội đồng thi đua, khen thưởng quận tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2015.';
    expect(recordOf('TOÀN ĐẢNG, TOÀN DÂN, TOÀN QUÂN RA SỨC THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2022!', '', headline, '', lead).title).toBe(headline);
    expect(recordOf('CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XX', '', headline, '', lead).title).toBe('CHÀO MỪNG ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XX');
  });

  it("reads a Central Highlands commune's name folded like others' as the one spelled as written", () => {
    const locality = (name: string) => {
      const l = recordOf('Xã ra quân đầu năm', `Sáng 3/1/2024, UBND xã ${name} tổ chức ra quân thực hiện nhiệm vụ năm 2024.`).locality;
      return l ? [l.name, l.province] : null;
    };
    expect(locality('Đak Năng')).toEqual(['Đăk Năng', 'Kon Tum']);
    expect(locality('Đắk Nang')).toEqual(['Đắk Nang', 'Đắk Nông']);
    expect(locality('Dak Nang')?.[1]).toBeNull();
  });

  it("passes over a page's counts of views and replies above the lead", () => {
    const lead =
      'Sáng ngày 12/2/2025, trong không khí rộn ràng của những ngày đầu xuân Ất Tỵ, huyện Tuy Phước tổ chức Lễ giao nhận quân năm 2025, tiễn 363 thanh niên lên đường thực hiện nghĩa vụ thiêng liêng bảo vệ Tổ quốc.';
    const record = recordOf('- 23/02/2025 05:07:00 PM', '- Đã xem: 206', '- Phản hồi: 0', lead);
    expect(record.title).toBeNull();
    expect(record.date).toBe('2025-02-12');
  });

  it("gives no commune for the unit of a province's or district's body the lead leaves unnamed", () => {
    const locality = (lead: string) => recordOf('Hội thao quốc phòng năm 2024', lead).locality;
    expect(locality('Sáng 12/5, Ban CHQS huyện tổ chức hội thao quốc phòng năm 2024 tại xã Kim Hoa.')).toBeNull();
    expect(locality('Sáng 12/5, Ban CHQS huyện Hương Sơn tổ chức hội thao quốc phòng năm 2024 tại xã Kim Hoa.')?.name).toBe('Hương Sơn');
    expect(locality('Sáng 12/5, UBND xã Kim Hoa tổ chức hội thao quốc phòng năm 2024.')?.name).toBe('Kim Hoa');
  });

  it("takes no scraped picture's caption for the headline, nor a language switch for the byline", () => {
    const lead = 'Hội thi, hội thao năm nay nhằm đánh giá kết quả thực hiện đột phá trong huấn luyện của các đơn vị thuộc Vùng 3 Hải quân trong năm 2024.';
    expect(recordOf('![]() Quang cảnh buổi khai mạc', '|', lead).title).toBeNull();
    const body = ['Xã Vân Canh tổ chức Đại hội Hội Cựu chiến binh', 'Ngày 26/10, xã Vân Canh tổ chức Đại hội Đại biểu Hội Cựu chiến binh xã lần thứ nhất, nhiệm kỳ 2025–2030.'];
    expect(recordOf(...body, 'English').author).toBeNull();
    expect(recordOf(...body, 'Minh Anh').author).toBe('Minh Anh');
  });
});

