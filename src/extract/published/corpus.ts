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
    // a portal's section before the page's date; its headline printed again with the date in brackets (round 25, audit 28)
    { text: 'Cần đẩy nhanh tiến độ giải ngân\nXã hội 17-06-2022\nChiều 15.6, đoàn công tác của UBND tỉnh làm việc với huyện.', rule: 'published-timestamp', value: { year: 2022, month: 6, day: 17 } },
    { text: 'Phường tổ chức Hội nghị đối thoại với nhân dân năm 2022\nPhường tổ chức Hội nghị đối thoại với nhân dân năm 2022 (22/08/2022)\nSáng 12/8, UBND phường tổ chức hội nghị.', rule: 'published-timestamp', value: { year: 2022, month: 8, day: 22 } },
    // a portal's weekday stamp after a dash with its clock glued to the view count, a bulleted detail, a date in brackets (round 17)
    { text: 'Hội đồng nhân dân xã tổ chức kỳ họp thứ chín\nThứ ba - 30/07/2024 04:065610\nSáng ngày 30/7/2024, Hội đồng nhân dân xã tổ chức kỳ họp.', rule: 'published-timestamp', value: { year: 2024, month: 7, day: 30 } },
    { text: 'Hội nghị tổng kết công tác năm 2011\n• 18/01/2012 1\nSáng 17/1, Hội Nông dân tỉnh tổ chức hội nghị.', rule: 'published-timestamp', value: { year: 2012, month: 1, day: 18 } },
    { text: 'HĐND XÃ SƠN VIÊN TỔ CHỨC KÌ HỌP THỨ 6\n(11/07/2018).\nSáng ngày 10/7, HĐND xã tổ chức kỳ họp thứ 6.', rule: 'published-dateline', value: { year: 2018, month: 7, day: 11 } },
    { text: 'Bảng xếp hạng Serie A. Diễn biến chính của trận đấu: Ngọa Long - Thể thao Việt Nam | 06:00 09/02/2017 Tin liên quan Montella hết bài, Milan nhắm ngay người mới', rule: 'published-timestamp', value: { year: 2017, month: 2, day: 9 } },
    { text: 'Thứ hai, 14/12/2022\nHội nghị', rule: 'published-timestamp', value: { day: 14 } },
    { text: 'Hải Phòng, ngày 24 tháng 01 năm 2020\nHội nghị', rule: 'published-dateline', value: { year: 2020, month: 1, day: 24 } },
    { text: 'Tin tức\nLúc 10:22 ngày 31/5/2013\nHội nghị', rule: 'published-label', value: { year: 2013, month: 5, day: 31 } },
    { text: 'Tin tức\nLúc 10:48 ngày 31/5/2013 (GMT+7)\nHội nghị', rule: 'published-label', value: { year: 2013, month: 5, day: 31 } },
  ],
  negatives: [
    { text: 'Lễ kỷ niệm ngày thành lập Đảng\n• 03/02/1930\n• 19/08/1945\nSáng 3/2/2020, huyện tổ chức lễ kỷ niệm 90 năm ngày thành lập Đảng.', why: 'a timeline\'s bulleted days long before the day the text tells of date no page (round 17 review)' },
    { text: 'Lễ kỷ niệm ngày thành lập xã\nQuyết định thành lập xã (15/03/1982)\nSáng ngày 10/7/2018, xã tổ chức lễ kỷ niệm.', why: 'a date in brackets after words that are not the line above is the founding\'s, not the page\'s (round 25)' },
    { text: 'Quyết định thành lập xã\n(15/03/1982).\nSáng ngày 10/7/2018, xã tổ chức lễ kỷ niệm.', why: 'a date alone in brackets long before the day the text tells of is the founding\'s, not the page\'s (round 17 review)' },
    { text: 'Huyện Thống Nhất tổ chức Hội nghị tổng kết năm 2017\nThứ 6 - 26/02/2016\nĐể nâng cao chất lượng bài viết, Quý cộng tác viên vui lòng gửi riêng hình ảnh.\nNgày 16/3/2018, Ban Chỉ đạo huyện đã tổ chức hội nghị.', why: 'a weekday and a date after a dash with no clock date a notice in the margin, not the page (round 17)' },
    { text: 'Ngày 21/11/2019, UBND quận tổ chức hội nghị tổng kết.', why: 'an event date in running text is not the page\'s' },
    // a clock and a day after "vào (lúc)" ending a line are when something is due or comes out (round 22 precision review)
    { text: 'Cuộc tình dang dở\nTrần Minh hấn giọng: Đúng, tôi chính là vì em mà biến thành thế đấy! *** Mời các bạn đón đọc phần tiếp theo vào lúc 0h00 ngày 12/6/2017', why: 'the next instalment\'s release, not the page\'s stamp' },
    { text: 'Đổi mã vùng điện thoại\nTừ 0 giờ ngày 17-6, 23 tỉnh, thành cuối cùng sẽ đổi mã vùng điện thoại cố định đợt 3; hoàn thành vào 23 giờ 59 ngày 31-8-2017.\nTrong đợt 3 này có cả TP.HCM.', why: 'a deadline at the end of its line, not the page\'s stamp' },
    { text: 'Hội nghị bắt đầu lúc 8h sáng ngày 5/9/2016 tại hội trường.', why: 'an hour alone in a sentence is no page stamp' },
    { text: 'Giá bán lẻ xăng Ron92 của Việt Nam cập nhật đến ngày 8/5/2017 là 17.580 đồng/lít.', why: 'figures brought up to a day ("cập nhật đến ngày") are no page\'s update (round 18 precision review, corpus/real r2563)' },
    // every line of corpus/real that opens with "Lúc" (8) is a sentence
    { text: 'Tin tức\nLúc 15h ngày 1/6/2013, tại dòng kênh giữa khu đô thị, người dân phát hiện một thi thể đang trôi trên mặt nước.', why: 'a sentence may open with the hour of its event' },
    // 9 of 5,000 real pages took such a day for their date before a stamp had to open or end its line
    { text: 'Huy nghiện ma túy nên nảy sinh ý định cướp tài sản. Khoảng 23 giờ 24 ngày 22-2-2017, Huy gọi điện thoại đến tổng đài taxi và đặt xe đi về huyện.', why: 'a clock and a date in running text are an event\'s' },
    { text: 'Thời gian phát hành hồ sơ mời thầu từ 9 giờ ngày 25/11/2016 đến 14 giờ 30 ngày 15/12/2016 (trong giờ hành chính), nhiều nhà thầu đã mua hồ sơ.', why: 'a deadline in running text is no page stamp' },
  ],
};
