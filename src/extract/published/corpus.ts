// What the publication-date rules read, and what they must not.
import type { Corpus } from '../../engine/corpus.js';
import type { DayValue } from './index.js';

export const corpus: Corpus<DayValue> = {
  examples: [
    { text: '( Cập nhật lúc: 10/01/2020 )', rule: 'published-label', value: { year: 2020, month: 1, day: 10 } },
    { text: 'Ngày đăng: Thứ hai, 14/12/2022', rule: 'published-label', value: { year: 2022, month: 12, day: 14 } },
    { text: 'Tin ngày 2022-12-15T16:17:43+07:00', rule: 'published-iso', value: { year: 2022, month: 12, day: 15 } },
    { text: 'Tin tức\n31/05/13 10:48 GMT+7', rule: 'published-timestamp', value: { year: 2013, month: 5, day: 31 } },
    { text: 'Đình Viên | 11:20 06/02/2017', rule: 'published-timestamp', value: { year: 2017, month: 2, day: 6 } },
    { text: 'Bảng xếp hạng Serie A. Diễn biến chính của trận đấu: Ngọa Long - Thể thao Việt Nam | 06:00 09/02/2017 Tin liên quan Montella hết bài, Milan nhắm ngay người mới', rule: 'published-timestamp', value: { year: 2017, month: 2, day: 9 } },
    { text: 'Thứ hai, 14/12/2022\nHội nghị', rule: 'published-timestamp', value: { day: 14 } },
    { text: 'Hải Phòng, ngày 24 tháng 01 năm 2020\nHội nghị', rule: 'published-dateline', value: { year: 2020, month: 1, day: 24 } },
    { text: 'Tin tức\nLúc 10:22 ngày 31/5/2013\nHội nghị', rule: 'published-label', value: { year: 2013, month: 5, day: 31 } },
    { text: 'Tin tức\nLúc 10:48 ngày 31/5/2013 (GMT+7)\nHội nghị', rule: 'published-label', value: { year: 2013, month: 5, day: 31 } },
  ],
  negatives: [
    { text: 'Ngày 21/11/2019, UBND quận tổ chức hội nghị tổng kết.', why: 'an event date in running text is not the page\'s' },
    { text: 'Hội nghị bắt đầu lúc 8h sáng ngày 5/9/2016 tại hội trường.', why: 'an hour alone in a sentence is no page stamp' },
    // every line of corpus/real that opens with "Lúc" (8) is a sentence
    { text: 'Tin tức\nLúc 15h ngày 1/6/2013, tại dòng kênh giữa khu đô thị, người dân phát hiện một thi thể đang trôi trên mặt nước.', why: 'a sentence may open with the hour of its event' },
    // 9 of 5,000 real pages took such a day for their date before a stamp had to open or end its line
    { text: 'Huy nghiện ma túy nên nảy sinh ý định cướp tài sản. Khoảng 23 giờ 24 ngày 22-2-2017, Huy gọi điện thoại đến tổng đài taxi và đặt xe đi về huyện.', why: 'a clock and a date in running text are an event\'s' },
    { text: 'Thời gian phát hành hồ sơ mời thầu từ 9 giờ ngày 25/11/2016 đến 14 giờ 30 ngày 15/12/2016 (trong giờ hành chính), nhiều nhà thầu đã mua hồ sơ.', why: 'a deadline in running text is no page stamp' },
  ],
};
