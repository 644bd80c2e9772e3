// What the numbers dimension reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus = {
  examples: [
    { text: 'cho 05 tập thể', unit: 'number', rule: 'number-digits', written: '05', value: { value: 5, integer: true, padded: true } },
    { text: 'bồi dưỡng cho 1.925 học sinh', unit: 'number', rule: 'number-digits', written: '1.925', value: { value: 1925, integer: true } },
    { text: 'đạt 98,5% kế hoạch', unit: 'number', rule: 'number-digits', written: '98,5', value: { value: 98.5, integer: false } },
    { text: 'thu 1.200.000 đồng', unit: 'number', rule: 'number-digits', written: '1.200.000', value: { value: 1200000 } },
    { text: 'tăng 7.5 điểm', unit: 'number', rule: 'number-digits', written: '7.5', value: { value: 7.5 } },
    { text: 'mười cá nhân', unit: 'number', rule: 'number-words', written: 'mười', value: { value: 10, written: 'words' } },
    { text: 'hai mươi đoàn viên', unit: 'number', rule: 'number-words', written: 'hai mươi', value: { value: 20 } },
    { text: 'tặng hơn 150 hội viên', unit: 'count', rule: 'count', written: 'hơn 150', value: 150 },
    { text: 'tổng số 12 tập thể', unit: 'count', rule: 'count', written: 'tổng số 12', value: 12 },
    { text: 'hoàn thành 100% chỉ tiêu', unit: 'percent', rule: 'percent', written: '100%', value: { value: 100 } },
    { text: 'tăng trưởng đạt từ 11,5 - 12,4%', unit: 'percent', rule: 'percent-range', written: '11,5 - 12,4%', value: { value: 11.5, max: 12.4 } },
    { text: 'giảm 2%-3% hộ nghèo', unit: 'percent', rule: 'percent-range', written: '2%-3%', value: { value: 2, max: 3 } },
    { text: 'từ 8 đến 10% mỗi năm', unit: 'percent', rule: 'percent-range', written: '8 đến 10%', value: { value: 8, max: 10 } },
    // a year before a figure makes no range (a range's bounds are at most 1000)
    { text: 'năm 2013 - 5%', unit: 'percent', rule: 'percent', written: '5%', value: { value: 5 } },
  ],
  negatives: [
    { text: 'năm tập thể', unit: 'count', why: '"năm" is five, and far more often "year": never a count' },
    { text: 'hơn 2,5 tập thể', unit: 'count', why: 'a decimal is no count' },
    { text: 'ngày 09.01.2020', unit: 'percent', why: 'dotted dates are not decimals' },
  ],
};
