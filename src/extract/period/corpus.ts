// What the period rule reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PeriodCandidate } from './index.js';

export const corpus: Corpus<PeriodCandidate> = {
  examples: [
    { text: 'UBND thành phố tổ chức hội nghị tổng kết công tác quốc phòng năm 2019.', rule: 'period-span', value: { from: '2019-01-01', to: '2019-12-31', score: 3 } },
    { text: 'Sở Tài chính tổ chức giao ban đánh giá kết quả quý I/2025.', rule: 'period-span', value: { from: '2025-01-01', to: '2025-03-31' } },
    { text: 'Kinh tế 9 tháng năm 2015 tiếp tục tăng trưởng.', rule: 'period-span', value: { from: '2015-01-01', to: '2015-09-30', score: 1 } },
    { text: 'Hội nghị điển hình tiên tiến (2011-2013) được tổ chức.', rule: 'period-span', value: { from: '2011-01-01', to: '2013-12-31', score: 2 } },
  ],
  negatives: [
    { text: 'Thành phố triển khai nhiệm vụ năm 2020.', why: 'a plan for a coming year' },
    { text: 'Đoàn trình bày báo cáo “Tình hình kinh tế năm 2013” tại hội thảo.', why: 'a year inside a quoted title names a document' },
    { text: 'Anh sinh năm 1990 tại Hà Nội.', why: 'a year in passing, with no review cue' },
  ],
};
