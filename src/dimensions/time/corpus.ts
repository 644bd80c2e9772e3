// What the time dimension reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus = {
  examples: [
    { text: 'tổng kết năm 2019', unit: 'year', rule: 'year', written: '2019', value: { year: 2019 } },
    { text: 'tổng kết năm 2019', unit: 'span', rule: 'span-year', written: 'năm 2019', value: { kind: 'year', from: '2019-01-01', to: '2019-12-31' } },
    { text: 'kết quả 9 tháng năm 2015', unit: 'span', rule: 'span-months-of-year', written: '9 tháng năm 2015', value: { from: '2015-01-01', to: '2015-09-30' } },
    { text: 'công tác trong tháng đầu năm 2017', unit: 'span', rule: 'span-first-month', written: 'tháng đầu năm 2017', value: { kind: 'month', from: '2017-01-01', to: '2017-01-31' } },
    { text: 'Những tháng đầu năm 2013, tình hình kinh tế', unit: 'span', rule: 'span-first-months', written: 'Những tháng đầu năm 2013', value: { kind: 'months-so-far', from: '2013-01-01', firstMonths: true } },
    { text: 'tuy nhiên trong những tháng đầu năm nay nước ta', unit: 'span', rule: 'span-first-months', written: 'những tháng đầu năm nay', value: { from: '', firstMonths: true } },
    { text: 'xã hội trong năm tháng đầu năm 2013. Các đại biểu', unit: 'span', rule: 'span-five-months', written: 'năm tháng đầu năm 2013', value: { kind: 'months', from: '2013-01-01', to: '2013-05-31' } },
    { text: 'gạo của Việt Nam trong năm tháng đầu năm nay đạt 2,3 triệu tấn', unit: 'span', rule: 'span-five-months', written: 'năm tháng đầu năm nay', value: { kind: 'months-so-far', months: 5 } },
    { text: 'tình hình thực hiện kế hoạch 6 tháng qua', unit: 'span', rule: 'span-months-so-far', written: '6 tháng qua', value: { months: 6, counted: true } },
    { text: 'sơ kết 6 tháng đầu năm 2017', unit: 'span', rule: 'span-months-of-year', value: { from: '2017-01-01', to: '2017-06-30' } },
    { text: 'nhiệm vụ 6 tháng cuối năm 2013', unit: 'span', rule: 'span-months-of-year', value: { kind: 'last-months', from: '2013-07-01', to: '2013-12-31' } },
    { text: 'chín tháng đầu năm 2020', unit: 'span', rule: 'span-months-of-year', value: { to: '2020-09-30' } },
    { text: 'trong 5 tháng đầu năm, thu ngân sách', unit: 'span', rule: 'span-months-so-far', value: { kind: 'months-so-far', months: 5 } },
    { text: 'kết quả quý I/2025', unit: 'span', rule: 'span-quarter', written: 'quý I/2025', value: { from: '2025-01-01', to: '2025-03-31' } },
    { text: 'trong quý 3 năm 2020', unit: 'span', rule: 'span-quarter', value: { from: '2020-07-01', to: '2020-09-30' } },
    { text: 'công tác tháng 1-2017', unit: 'span', rule: 'span-month', written: 'tháng 1-2017', value: { from: '2017-01-01', to: '2017-01-31' } },
    { text: 'giai đoạn 2015-2020', unit: 'span', rule: 'span-years', value: { kind: 'stage', from: '2015-01-01', to: '2020-12-31' } },
    { text: 'nhiệm kỳ 2015 – 2017', unit: 'span', rule: 'span-years', value: { kind: 'term', from: '2015-01-01', to: '2017-12-31' } },
    { text: 'năm học 2016-2017', unit: 'span', rule: 'span-years', value: { kind: 'school-year' } },
    { text: 'tổng kết 10 năm (2002 – 2012)', unit: 'span', rule: 'span-years', value: { kind: 'years', from: '2002-01-01', to: '2012-12-31' } },
    { text: 'Lũy kế đến cuối tháng 5 năm 2013, giá trị', unit: 'span', rule: 'span-cumulative', value: { from: '2013-01-01', to: '2013-05-31' } },
  ],
  negatives: [
    { text: 'tháng 13/2019', unit: 'span', why: 'no month 13' },
    { text: 'trong 5 năm qua', unit: 'span', why: 'a count of years names no span' },
    { text: 'ông vẫn ngày ngày bên cạnh như bao năm tháng qua', unit: 'span', why: '"năm tháng" is years and months, no count' },
    { text: 'giai đoạn 2020-2015', unit: 'span', why: 'a span must run forwards' },
    { text: 'có 1.925 học sinh', unit: 'year', why: 'a number with a thousands dot is no year' },
  ],
};
