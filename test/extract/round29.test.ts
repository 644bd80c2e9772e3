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
});
