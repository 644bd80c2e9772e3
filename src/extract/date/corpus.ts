// What the event-date rules read (days dated as events are, with what their surroundings say), and what they must not.
import type { Corpus } from '../../engine/corpus.js';
import type { EventDay } from './index.js';

export const corpus: Corpus<EventDay> = {
  examples: [
    { text: 'Chiều 9/01, UBND thành phố Bắc Kạn tổ chức hội nghị.', rule: 'event-part-of-day', value: { day: 9, month: 1, year: null, sentence: 0, notEvent: null } },
    { text: 'Sáng nay (30-5), Quốc hội thảo luận.', rule: 'event-part-of-day', value: { day: 30, month: 5 } },
    { text: 'Sáng 22.4, Ban Tuyên giáo tổ chức gặp mặt.', rule: 'event-part-of-day', value: { day: 22, month: 4 } },
    { text: 'Hôm thứ Tư, 28/6, Bộ Tài chính công bố số liệu.', rule: 'event-weekday', value: { day: 28, month: 6 } },
    { text: 'Hà Nội (30-5) - Bộ Quốc phòng tổ chức lễ.', rule: 'event-parenthesised', value: { day: 30, month: 5 } },
    { text: 'Ngày 21/11/2019, UBND quận Dương Kinh tổ chức hội nghị.', rule: 'event-day-word', value: { day: 21, month: 11, year: 2019 } },
    { text: 'Ngày 27.5, Ban Chỉ đạo Tây Nam Bộ tổ chức họp sơ kết.', rule: 'event-day-word', value: { day: 27, month: 5, year: null } },
    { text: 'Từ 28-29.5, tổ chức tập huấn về công tác bồi dưỡng.', rule: 'event-span', value: { day: 28, month: 5 } },
    { text: 'Sáng 11/5, đoàn lên đường thăm Trung Quốc, từ ngày 11 - 15/5/2017.', rule: 'event-span', value: { day: 11, month: 5, year: 2017 } },
    { text: 'Vào ngày 24 tháng 01 năm 2020, hội nghị diễn ra.', rule: 'event-long-form', value: { day: 24, month: 1, year: 2020 } },
    { text: 'Hội nghị diễn ra 13/10/2020 tại hội trường.', rule: 'event-numeric', value: { day: 13, month: 10, year: 2020 } },
    // read, and marked as no event's day by what stands around it
    { text: 'Nghị định số 78/2015/NĐ-CP ngày 14/9/2015 quy định rõ việc này.', rule: 'event-day-word', value: { day: 14, month: 9, notEvent: "a document's date" } },
    { text: 'Theo Thông tư liên tịch số 62/2013/TTLT-BTC-BTP của Bộ Tài chính và Bộ Tư pháp ban hành ngày 13/5/2013, phí chứng thực tăng.', rule: 'event-day-word', value: { day: 13, month: 5, year: 2013, notEvent: "a document's date" } },
    { text: 'Hồ sơ phải nộp trước ngày 30/6 tại UBND xã.', rule: 'event-day-word', value: { day: 30, month: 6, notEvent: 'a deadline' } },
    { text: 'Lễ khai mạc sẽ diễn ra vào ngày 17/5 tới.', rule: 'event-day-word', value: { day: 17, month: 5, notEvent: 'a coming day' } },
    { text: 'Ngôi vị quán quân sẽ chính thức gọi tên 1 trong 4 gương mặt Hiền Mai, Hiền Hồ và Anh Tú vào tối Chủ nhật (4/6).', rule: 'event-weekday', value: { day: 4, month: 6, notEvent: 'a coming day' } },
    { text: 'Đội tuyển sẽ có thêm hai buổi tập tại Mỹ Đình trước khi di chuyển sang Hàn Quốc vào ngày 16/5.', rule: 'event-day-word', value: { day: 16, month: 5, notEvent: 'a coming day' } },
    { text: 'Chủ tịch nước sẽ thăm cấp Nhà nước tới Trung Quốc và dự Diễn đàn cấp cao từ ngày 11-15/5/2017.', rule: 'event-span', value: { day: 11, month: 5, year: 2017, notEvent: 'a coming day' } },
    { text: 'Tiền vệ sẽ hội quân cùng đội tuyển U22 khi đội bóng di chuyển vào TPHCM tập luyện từ ngày 14.7.', rule: 'event-day-word', value: { day: 14, month: 7, notEvent: 'a coming day' } },
    { text: 'Bộ trưởng cho biết sẽ tăng cường kiểm tra, phát biểu tại hội nghị vào ngày 22/5.', rule: 'event-day-word', value: { day: 22, month: 5, notEvent: null } },
    { text: 'Người dân đi mua thức ăn ở Thủ đô Qatar ngày 6/6/2017. Ảnh: Tân Hoa xã', rule: 'event-day-word', value: { day: 6, month: 6, year: 2017, notEvent: "a photo's day" } },
    { text: 'Toàn cảnh phiên họp của UBND TP Hà Nội ngày 30/5 Ảnh: VGP/Liên Phương', rule: 'event-day-word', value: { day: 30, month: 5, notEvent: null } },
    { text: 'Tổng tài sản đạt 1.872,2 tỷ đồng tại thời điểm 31/12/2016.', rule: 'event-numeric', value: { day: 31, month: 12, year: 2016, notEvent: 'the end of a running total' } },
    { text: 'Cho đến chiều 31-5, các nạn nhân trong vụ tai nạn vẫn trong tình trạng nguy kịch.', rule: 'event-part-of-day', value: { day: 31, month: 5, notEvent: 'the end of a running total' } },
    { text: 'Tính đến sáng ngày 6/2/2017, Vietlott đã trao thưởng cho 11 khách hàng.', rule: 'event-part-of-day', value: { day: 6, month: 2, notEvent: 'the end of a running total' } },
    { text: 'Thời hạn đăng ký dự thi bắt đầu từ ngày 13-2 đến ngày 3-3-2017.', rule: 'event-day-word', value: { day: 3, month: 3, year: 2017, notEvent: 'the end of a span' } },
    { text: 'Nhân kỷ niệm 127 năm Ngày sinh Chủ tịch Hồ Chí Minh (19-5-1890/ 19-5-2017), Thành ủy tổ chức khai mạc Triển lãm.', rule: 'event-numeric', value: { day: 19, month: 5, year: 2017, notEvent: 'an anniversary or history' } },
    { text: 'Thiên thần nhí Aleyna Yilmaz (14/11/2006) mang trong mình hai dòng máu lai.', rule: 'event-parenthesised', value: { day: 14, month: 11, year: 2006, notEvent: 'a birth date' } },
    { text: 'Kết luận thanh tra việc liên doanh tại bệnh viện từ ngày 14/5/2014 đến ngày 28/6/2014 đã chỉ ra nhiều sai phạm.', rule: 'event-day-word', value: { day: 14, month: 5, year: 2014, notEvent: "a period's start" } },
    { text: 'Các xe được sản xuất trong thời gian từ 30/11/2012 đến 28/10/2015.', rule: 'event-numeric', value: { day: 30, month: 11, year: 2012, notEvent: "a period's start" } },
    { text: 'Đoàn công tác làm việc tại Trung Quốc từ ngày 11 - 15/5/2017.', rule: 'event-span', value: { day: 11, month: 5, year: 2017, notEvent: null } },
    { text: 'Nhớ lại ngày 21.6 của 40 năm trước, ông lần đầu tiên đặt chân tới Việt Nam.', rule: 'event-day-word', value: { day: 21, month: 6, notEvent: 'an earlier event' } },
    { text: 'Tối 20/10 năm trước, nhiều người dân trong thôn giật mình nghe tiếng hét.', rule: 'event-part-of-day', value: { day: 20, month: 10, notEvent: 'an earlier event' } },
    { text: 'Trước đó, ngày 12/4/2017, công an đã bắt giữ đối tượng.', rule: 'event-day-word', value: { day: 12, month: 4, notEvent: 'an earlier event' } },
  ],
  negatives: [
    { text: 'Quy hoạch chi tiết tỷ lệ 1/500 đã được duyệt.', why: 'a scale, not a date' },
    { text: 'Quyết định số 123/QĐ-UBND đã được ký.', why: 'a document number' },
    { text: 'Đội nhà thắng ngày 2/3 tuổi đời của đội bóng.', why: 'a day and month followed by a count word is a fraction' },
  ],
};
