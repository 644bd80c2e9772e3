// What the percentage rules read, and what they must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PercentMention } from './index.js';

export const corpus: Corpus<PercentMention> = {
  examples: [
    { text: 'Năm 2019, thành phố gọi công dân nhập ngũ đạt 100% chỉ tiêu.', rule: 'pct-verb', value: { value: 100, target: 'chỉ tiêu', subject: 'thành phố gọi công dân nhập ngũ' } },
    { text: 'Thành phố phấn đấu hoàn thành 100% chỉ tiêu tuyển quân.', rule: 'pct-verb', value: { value: 100, target: 'chỉ tiêu tuyển quân', planned: true } },
    { text: 'Học sinh lên lớp đạt tỷ lệ 99,1%.', rule: 'pct-verb', value: { value: 99.1, target: 'tỷ lệ' } },
    { text: 'Mục tiêu tăng trưởng kinh tế đã đề ra là 8 - 8,5%.', rule: 'pct-target-noun', value: { value: 8, max: 8.5, target: 'Mục tiêu tăng trưởng kinh tế' } },
    { text: 'Tỉnh phấn đấu giảm tỷ lệ hộ nghèo 2%.', rule: 'pct-planned-change', value: { value: 2, planned: true } },
    { text: 'Thu ngân sách 1.200 tỷ đồng, bằng 45% dự toán.', rule: 'pct-share-of-plan', value: { value: 45, target: 'dự toán' } },
    { text: 'Đến nay có 100% xã đạt chuẩn nông thôn mới.', rule: 'pct-coverage', value: { value: 100, target: 'xã đạt chuẩn nông thôn mới' } },
    { text: 'Tỷ lệ giải ngân đạt 90% kế hoạch vốn, và 95% kế hoạch vốn ODA.', rule: 'pct-listed', value: { value: 95 } },
  ],
  negatives: [
    { text: 'Doanh thu tăng 7,5% so với cùng kỳ năm trước.', why: 'realised growth, no target' },
    { text: 'Kim ngạch xuất khẩu giảm 3% trong tháng qua.', why: 'a realised change' },
    { text: 'Chỉ số giá tiêu dùng tháng 5 tăng 0,37%.', why: 'a price change' },
  ],
};
