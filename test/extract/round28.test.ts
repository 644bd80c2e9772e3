// Round 28's readings on real phrasings (docs/QUALITY.md, *Round 28*): the year of an undated page, which a bare
// span of the headline belongs to, from a day with its year over a stage's last year.
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

  it("still dates it by the stage's last year when nothing else names a year", () => {
    expect(period(headline, stage)).toEqual(['2020-01-01', '2020-06-30']);
  });
});
