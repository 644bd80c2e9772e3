// What the dates dimension reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus = {
  examples: [
    { text: 'Ngày 21/11/2019, UBND', unit: 'date', rule: 'date-numeric-year', written: '21/11/2019', value: { day: 21, month: 11, year: 2019 } },
    { text: 'trong chuyến đi (từ ngày 5 đến 16-5), đồng chí', unit: 'date', rule: 'date-span-start', written: '5 đến 16-5', value: { day: 5, month: 5, year: null } },
    // the days of an event held over several, dated by the first (bench/studies/date-multi-day.mjs)
    { text: 'Thực hiện chương trình phối hợp; ngày 25 và 26-5, các công ty', unit: 'date', rule: 'date-span-start', written: '25 và 26-5', value: { day: 25, month: 5, year: null } },
    { text: 'Lễ hội diễn ra ngày 16 và 17/6/2017 tại Vườn hoa Lý Thái Tổ', unit: 'date', rule: 'date-span-start', written: '16 và 17/6/2017', value: { day: 16, month: 6, year: 2017 } },
    // the last day written long (round 24, audit 25)
    { text: 'Trong 2 ngày 28 và 29 tháng 5, Ban Chỉ huy Quân sự huyện tổ chức Hội thao', unit: 'date', rule: 'date-span-start', written: '28 và 29 tháng 5', value: { day: 28, month: 5, year: null } },
    { text: 'diễn ra tại Đà Nẵng ngày 26 và 27 tháng 11 năm 2015', unit: 'date', rule: 'date-span-start', written: '26 và 27 tháng 11 năm 2015', value: { day: 26, month: 11, year: 2015 } },
    { text: 'Hội nghị kéo dài 3 ngày (1-3/6) ở Yokohama', unit: 'date', rule: 'date-span-start', written: '1-3/6', value: { day: 1, month: 6 } },
    { text: 'Giải diễn ra trong 3 ngày 13 - 15/4 tại Trường THCS', unit: 'date', rule: 'date-span-start', written: '13 - 15/4', value: { day: 13, month: 4 } },
    { text: 'sáng 31-5-2013 tại', unit: 'date', rule: 'date-numeric-year', written: '31-5-2013', value: { day: 31, month: 5, year: 2013 } },
    { text: 'lúc 09.01.2020 tại', unit: 'date', rule: 'date-numeric-year', written: '09.01.2020', value: { day: 9, month: 1, year: 2020 } },
    { text: '31/05/13 10:48 GMT+7', unit: 'date', rule: 'date-numeric-year', written: '31/05/13', value: { day: 31, month: 5, year: 2013 } },
    { text: '(30.4.1975 - 30.4.2025)', unit: 'date', rule: 'date-numeric-year', written: '30.4.1975', value: { year: 1975 } },
    { text: 'published 2020-01-10T08:00', unit: 'date', rule: 'date-iso', written: '2020-01-10', value: { day: 10, month: 1, year: 2020 } },
    { text: 'Hải Phòng, ngày 24 tháng 01 năm 2020', unit: 'date', rule: 'date-long', written: 'ngày 24 tháng 01 năm 2020', value: { day: 24, month: 1, year: 2020 } },
    { text: 'vào ngày 9 tháng 5 tới', unit: 'date', rule: 'date-long', value: { day: 9, month: 5, year: null } },
    // a month in words right before its year, as a portal's stamp prints it (round 24, audit 24); in digits a count follows
    { text: '2 tháng mười một 2018', unit: 'date', rule: 'date-long', written: '2 tháng mười một 2018', value: { day: 2, month: 11, year: 2018 } },
    { text: 'ngày 24 tháng 5 2018 người dân đến', unit: 'date', rule: 'date-long', written: 'ngày 24 tháng 5', value: { day: 24, month: 5, year: null } },
    // a count after the comma is no year: the day stands without one (round 20, the days variant)
    { text: 'Sáng 1 tháng 3, 39 đầu mối đơn vị tổ chức lễ ra quân', unit: 'date', rule: 'date-long', written: '1 tháng 3', value: { day: 1, month: 3, year: null } },
    { text: 'Chiều 9/01, UBND', unit: 'date', rule: 'date-numeric', written: '9/01', value: { day: 9, month: 1, year: null } },
    { text: 'Sáng 31 - 5, tại', unit: 'date', rule: 'date-numeric', written: '31 - 5', value: { day: 31, month: 5 } },
    { text: 'sáng 22.4, Ban Tuyên giáo', unit: 'date', rule: 'date-dotted', written: '22.4', value: { day: 22, month: 4, form: 'dotted' } },
    { text: 'Hôm qua (27.5), nắng nóng trên diện rộng', unit: 'date', rule: 'date-dotted', written: '27.5', value: { day: 27, month: 5, form: 'dotted' } },
    { text: 'Sáng nay, 1.7, Cục Quản lý thị trường', unit: 'date', rule: 'date-dotted', written: '1.7', value: { day: 1, month: 7, form: 'dotted' } },
    { text: '31/05/13 10:48 GMT+7', unit: 'clock', rule: 'clock', written: '10:48', value: { minutes: 648 } },
    { text: 'lúc 10h30 sáng', unit: 'clock', rule: 'clock-glued', written: '10h30', value: { minutes: 630 } },
  ],
  negatives: [
    { text: 'Có từ 10 - 15 người tham dự.', why: 'a span of counts, not of days' },
    { text: 'Ngày 5 - 6/2017, UBND huyện tổ chức', unit: 'date', why: 'a month and year after the dash end no span of days' },
    { text: 'quy hoạch 1/500', unit: 'date', why: 'a scale: no month 500' },
    { text: 'Sáng 14.15, đoàn lên đường', unit: 'date', why: 'a dotted pair with no month 15 is no date (it made a date unit without a value, which threw; round 20)' },
    { text: 'Quyết định số 123/QĐ-UBND', unit: 'date', why: 'a document number is one word' },
    { text: 'tỷ lệ 1/2/3 số hộ', unit: 'date', why: 'a list of fractions' },
    { text: 'kết quả 31/02/2019', unit: 'date', why: 'no 31 February' },
    { text: 'lúc 8h sáng', unit: 'clock', why: 'an hour alone is no page stamp' },
    { text: 'Cầu thủ được chấm điểm sáng (3.5 điểm) sau trận', unit: 'date', why: 'a bracket that does not close after the number holds a figure' },
    { text: 'Giá mỗi ngày, 2.5 USD một suất', unit: 'date', why: 'after "ngày" only a bracket, not a comma, leads to a dotted day' },
  ],
};
