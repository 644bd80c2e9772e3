// What the title rule reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus<string> = {
  examples: [
    { text: 'Hội nghị tổng kết công tác quốc phòng năm 2019\nChiều 9/01, UBND thành phố tổ chức hội nghị.', rule: 'title-first-line', value: 'Hội nghị tổng kết công tác quốc phòng năm 2019' },
    { text: '( Cập nhật lúc: 10/01/2020 )\nThành phố Bắc Kạn triển khai công tác quốc phòng\nChiều 9/01, UBND thành phố tổ chức.', rule: 'title-first-line', value: 'Thành phố Bắc Kạn triển khai công tác quốc phòng' },
    { text: 'Đà Nẵng: Khai mạc Lễ hội pháo hoa quốc tế!\nTối 30/4, thành phố khai mạc.', rule: 'title-first-line', value: 'Đà Nẵng: Khai mạc Lễ hội pháo hoa quốc tế' },
    // a portal's place label above the headline the lead restates (round 26, audit 29)
    { text: 'Thành phố Hà Nội\n\nBộ Tư lệnh Thủ đô Hà Nội báo công dâng Bác\n\nQPTĐ-Sáng 26-11, tại Quảng trường Ba Đình, Đoàn đại biểu Bộ Tư lệnh Thủ đô Hà Nội đã tổ chức Lễ báo công dâng Bác về những kết quả đạt được.', rule: 'title-first-line', value: 'Bộ Tư lệnh Thủ đô Hà Nội báo công dâng Bác' },
    // a photo's caption above the headline, its credit closing it (round 26, audit 29)
    { text: 'Vinh danh 45 “Công dân tiêu biểu”. Ảnh: Cổng thông tin điện tử tỉnh Bình Phước.\n\nBình Phước: Phong trào thi đua yêu nước góp phần phát triển kinh tế\n\nNgày 18.9, tỉnh Bình Phước tổ chức Đại hội Thi đua yêu nước.', rule: 'title-first-line', value: 'Bình Phước: Phong trào thi đua yêu nước góp phần phát triển kinh tế' },
    { text: 'LỊCH LÀM VIỆC\nCÁC XÃ THỊ TRẤN\nXã Song Phượng tổ chức tổng kết phong trào thi đua năm 2019\nNgày đăng 14/01/2020 | 08:53 | View count: 79\nSáng 13/1, UBND xã tổ chức hội nghị.', rule: 'title-first-line', value: 'Xã Song Phượng tổ chức tổng kết phong trào thi đua năm 2019' },
    { text: 'Thứ 7, 22/06/2024, 10:30[GMT+7]\nHưng Hà: Tổng kết công tác tuyển chọn, gọi công dân nhập ngũ\nThứ 5, 17/05/2018 | 14:49:49\nHuyện Hưng Hà tổ chức tổng kết.', rule: 'title-first-line', value: 'Hưng Hà: Tổng kết công tác tuyển chọn, gọi công dân nhập ngũ' },
    // a photo credit or a decision's number with its date is no stamp line: the headline stays the first line (round 14 review)
    { text: 'Lễ ra quân huấn luyện năm 2020 tại Bộ CHQS tỉnh\nĐại tá Nguyễn Văn An phát biểu tại buổi lễ\nẢnh: Minh Hoà 15/01/2020\nSáng 15/1, Bộ CHQS tỉnh tổ chức lễ ra quân.', rule: 'title-first-line', value: 'Lễ ra quân huấn luyện năm 2020 tại Bộ CHQS tỉnh' },
    { text: 'Hải Phòng, ngày 24 tháng 01 năm 2020\nHội nghị tổng kết công tác Hội năm 2019\nSáng 23/1, Hội Nông dân thành phố tổ chức hội nghị.', rule: 'title-first-line', value: 'Hội nghị tổng kết công tác Hội năm 2019' },
    // a portal's headline with a full stop: its stamp under it, or the lead restating it (round 17)
    { text: 'hoạt động khối chính quyền\nUBND phường họp giao ban báo cáo, rà soát các chỉ tiêu kinh tế - xã hội năm 2020.\nNgày đăng 18/09/2020 | 16:50 |\nSáng ngày 18/9/2020, UBND phường Phúc Đồng tổ chức họp giao ban báo cáo, rà soát các chỉ tiêu kinh tế - xã hội năm 2020.', rule: 'title-first-line', value: 'UBND phường họp giao ban báo cáo, rà soát các chỉ tiêu kinh tế - xã hội năm 2020' },
    { text: 'Huyện Krông Năng tổng kết công tác tuyển quân năm 2020.\nUBND huyện Krông Năng vừa tổ chức Hội nghị tổng kết công tác tuyển quân năm 2020.\nNăm 2020, huyện được giao 176 chỉ tiêu.', rule: 'title-first-line', value: 'Huyện Krông Năng tổng kết công tác tuyển quân năm 2020' },
    // a section's label above the headline, and a day alone on its line (round 17)
    { text: 'Quảng Bình:\nTrao tặng kỷ niệm chương cho gần 200 cán bộ, chiến sĩ\n(Dân trí) - Nhân kỷ niệm Ngày truyền thống, BĐBP tỉnh tổ chức tọa đàm.', rule: 'title-first-line', value: 'Trao tặng kỷ niệm chương cho gần 200 cán bộ, chiến sĩ' },
    { text: 'Ngày 15-01-2021\nHội nghị tổng kết công tác đoàn - hội năm 2020\n(CTV) - Ngày 8/1/2021, huyện đoàn tổ chức hội nghị tổng kết.', rule: 'title-first-line', value: 'Hội nghị tổng kết công tác đoàn - hội năm 2020' },
    // a site's label the lead does not use, over the headline the lead restates (round 17)
    { text: 'Tiếng Việt | English\n13/07/2015 - 10:20\nBến Lức: Đẩy mạnh phong trào Vì an ninh Tổ quốc\nĐẩy mạnh phong trào thi đua Vì an ninh Tổ quốc, những năm qua, Công an huyện Bến Lức đã đạt nhiều kết quả.', rule: 'title-first-line', value: 'Bến Lức: Đẩy mạnh phong trào Vì an ninh Tổ quốc' },
    { text: 'Xuất bản thông tin\nnull Tổng kết công tác Quốc phòng Quân sự địa phương năm 2021\nNgày 7/12/2021 Ban Chỉ huy Quân sự huyện tổ chức hội nghị tổng kết công tác Quốc phòng Quân sự địa phương năm 2021.', rule: 'title-first-line', value: 'Tổng kết công tác Quốc phòng Quân sự địa phương năm 2021' },
    // a short headline over a standfirst the lead restates stays the headline
    { text: 'Tin vắn thế giới\nHồi hương hài cốt liệt sĩ Việt Nam\nSáng 28/5, tại cửa khẩu, Việt Nam tiếp nhận hài cốt liệt sĩ hy sinh tại Lào.', rule: 'title-first-line', value: 'Tin vắn thế giới' },
    { text: 'Hòa Bình: Tổng kết công tác năm 2019:\nSáng 5/1, UBND tỉnh tổ chức hội nghị tổng kết công tác năm 2019.', rule: 'title-first-line', value: 'Hòa Bình: Tổng kết công tác năm 2019' },
    { text: 'iPhone 8 lộ diện những hình ảnh mới nhất\nThông tin về iPhone 8 vừa được một tài khoản Twitter đăng tải.', rule: 'title-first-line', value: 'iPhone 8 lộ diện những hình ảnh mới nhất' },
    // a stamp with the time of day over the headline is the page's; a short headline may open on its day (round 19)
    { text: 'Print Thứ Sáu, 06/12/2019 10:06 Gốc\nHội nghị tổng kết công tác dân vận năm 2019\nSáng 5/12, Huyện ủy tổ chức hội nghị tổng kết công tác dân vận năm 2019.', rule: 'title-first-line', value: 'Hội nghị tổng kết công tác dân vận năm 2019' },
    { text: 'Chủ đề công tác năm 2020: "Huyện Đầm Hà tự hào tiến bước dưới cờ Đảng"\nHọp Hội đồng Thi đua, Khen thưởng huyện năm 2021\nNgày 28/12/2021, Hội đồng Thi đua, Khen thưởng huyện đã tổ chức hội nghị.', rule: 'title-first-line', value: 'Họp Hội đồng Thi đua, Khen thưởng huyện năm 2021' },
    // a credit between the headline and the stamp, or above the headline, is no headline (round 19)
    { text: 'LỊCH LÀM VIỆC\nHọp tổng kết Khối thi đua các phòng, ban và đơn vị trực thuộc Sở năm 2023\nTin, ảnh: Nguyễn Tuyết Mai\nNgày đăng 22/01/2024 | 15:32\nChiều ngày 19/01/2024, Khối thi đua tổ chức họp tổng kết phong trào thi đua năm 2023.', rule: 'title-first-line', value: 'Họp tổng kết Khối thi đua các phòng, ban và đơn vị trực thuộc Sở năm 2023' },
    { text: 'Bài và ảnh: Quốc Vũ\nHọp tổng kết Khối thi đua năm 2023\nChiều ngày 19/01/2024, Khối thi đua tổ chức họp tổng kết phong trào thi đua năm 2023.', rule: 'title-first-line', value: 'Họp tổng kết Khối thi đua năm 2023' },
    // a portal's headline with a full stop, a photo's caption and the stamp between it and the lead restating it (round 19)
    { text: 'UBND xã Chư Drăng tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022.\nToàn cảnh hội nghị. Ảnh: Minh Hoà\n04/07/2022\nSáng ngày 29/6, Ủy ban nhân dân xã Chư Drăng đã tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022.', rule: 'title-first-line', value: 'UBND xã Chư Drăng tổ chức Hội nghị sơ kết 6 tháng đầu năm 2022' },
    // a headline of two sentences right on top of the page's stamp (round 28, audit 26)
    { text: 'Phù chẩn tổ chức lễ tuyên dương khen thưởng học sinh nghèo vượt khó. Học sinh có thành tích xuất sắc năm học 2020-2021.\n\n18/11/2021 15:48 Số lượt xem: 20\n\nVừa qua, Hội Khuyến học phường Phù Chẩn tổ chức lễ tuyên dương khen thưởng học sinh nghèo vượt khó; học sinh có thành tích xuất sắc trong năm học 2020 – 2021.', rule: 'title-first-line', value: 'Phù chẩn tổ chức lễ tuyên dương khen thưởng học sinh nghèo vượt khó. Học sinh có thành tích xuất sắc năm học 2020-2021' },
    // a section's label over the headline of a lead tagged with its outlet (round 28, audit 33)
    { text: 'Thị trường\n\nKhai mạc Hội chợ triển lãm sản phẩm OCOP tỉnh Thái Nguyên 2022\n\n(VNF) - Hội chợ đang diễn ra tại Quảng trường Võ Nguyên Giáp với quy mô 200 gian hàng.', rule: 'title-first-line', value: 'Khai mạc Hội chợ triển lãm sản phẩm OCOP tỉnh Thái Nguyên 2022' },
    // a headline with a full stop over a rule of marks, the lead restating it (round 28, audit 33)
    { text: 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI CHỮ THẬP ĐỎ HUYỆN VĨNH CỬU NĂM 2024.\n………………..\nSáng ngày 25.02.2025, Hội Chữ thập đỏ huyện Vĩnh Cửu tổ chức Hội nghị tổng kết công tác Hội năm 2024.', rule: 'title-first-line', value: 'HỘI NGHỊ TỔNG KẾT CÔNG TÁC HỘI CHỮ THẬP ĐỎ HUYỆN VĨNH CỬU NĂM 2024' },
    { text: 'Sáng 8/7, giá vàng trong nước giảm theo vàng thế giới\nGiá vàng SJC sáng nay giảm 100.000 đồng mỗi lượng so với cuối tuần trước.', rule: 'title-first-line', value: 'Sáng 8/7, giá vàng trong nước giảm theo vàng thế giới' },
    // a short headline with the time of day or today in it is no page stamp; a headline's day tagged with a colon is no
    // lead's (round 19 review)
    { text: 'Hà Nội bắn pháo hoa lúc 21:00 ngày 30/4/2025\nTối 30/4/2025, UBND thành phố Hà Nội tổ chức bắn pháo hoa tại 30 điểm.', rule: 'title-first-line', value: 'Hà Nội bắn pháo hoa lúc 21:00 ngày 30/4/2025' },
    { text: 'Khai mạc Đại hội ngày 14/10/2020 lúc 7:30\nSáng 14/10/2020, Đảng bộ huyện Việt Yên khai mạc Đại hội đại biểu lần thứ XXIV.', rule: 'title-first-line', value: 'Khai mạc Đại hội ngày 14/10/2020 lúc 7:30' },
    { text: 'Hôm nay 1/7/2025: Ra mắt 3.321 xã, phường mới\nSáng 1/7/2025, các địa phương tổ chức lễ công bố nghị quyết thành lập xã, phường mới.', rule: 'title-first-line', value: 'Hôm nay 1/7/2025: Ra mắt 3.321 xã, phường mới' },
    { text: 'Ngày 27/7: Huyện Việt Yên dâng hương tưởng niệm các Anh hùng liệt sĩ nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ\nSáng 27/7/2024, Huyện ủy, HĐND, UBND huyện Việt Yên tổ chức lễ dâng hương.', rule: 'title-first-line', value: 'Ngày 27/7: Huyện Việt Yên dâng hương tưởng niệm các Anh hùng liệt sĩ nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ' },
    { text: 'UBND huyện Hưng Hà khen thưởng đột xuất\nChi tiết về công tác khen thưởng đột xuất cho lực lượng công an\nQuyết định số 12/QĐ-UBND ngày 12/3/2020\nNgày 12/3, UBND huyện đã khen thưởng 3 tập thể.', rule: 'title-first-line', value: 'UBND huyện Hưng Hà khen thưởng đột xuất' },
  ],
  negatives: [
    { text: 'Các đại biểu dự hội nghị. Ảnh: Minh Anh.\nSáng 5/1, UBND huyện tổ chức hội nghị tổng kết công tác năm 2019.', why: 'a caption above a lead with no headline: the lead is no headline (round 26)' },
    { text: 'Sáng 21/4, UBND tỉnh tổ chức hội nghị tổng kết.\nDự hội nghị có các đồng chí lãnh đạo.', why: 'a lead sentence that opens with the event date' },
    { text: 'Sáng nay, ngày 30 tháng 12 năm 2021, tại hội trường Nhà văn hóa xã, Đảng bộ xã đã tổ chức Hội nghị tổng kết công tác Đảng năm 2021.\nToàn cảnh Hội nghị\nNăm 2021, Đảng bộ xã đã hoàn thành các chỉ tiêu.', why: 'a dated lead sentence opening a text with no headline is no dateline, and the caption under it no headline' },
    { text: 'Chiều 12/1, Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2020 và triển khai nhiệm vụ năm 2021.\nDự hội nghị có đồng chí Phó Bí thư Thường trực Tỉnh ủy.\nNăm 2020, các cấp Hội đã hoàn thành các chỉ tiêu.', why: 'a lead sentence with a full stop that the next line does not restate is no headline' },
    { text: 'Một dòng duy nhất không có gì khác', why: 'a text of one line has no headline apart from its body' },
    // texts that lost their headline, with the page's furniture above the lead (round 19: the audits' pages with their
    // headline line taken out, bench/studies/round19-title.mjs)
    { text: 'Hôm nay, Thứ bảy ngày 15/08/2020\nThực hiện chương trình công tác năm, sáng 05/11, UBND huyện tổ chức Hội nghị đóng góp ý kiến vào dự thảo báo cáo.', why: "a portal's banner with today's date is no headline" },
    { text: 'Người đăng: Admin Huyện ủy Ngày đăng: 14:19 | 16/01/2025\nSáng 15/1, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2024.', why: "the poster and the stamp on one line is no headline" },
    { text: '8:32:31 AM | 9/10/2019\nCông ty TNHH MTV Quản lý Khai thác Công trình Thủy lợi Trà Vinh thời gian qua đã nỗ lực hoàn thành tốt nhiệm vụ được giao.', why: "a stamp with the time of day is no headline" },
    { text: '• HMT\nNgày 07 tháng 01 năm 2021\nBan CHQS huyện tổ chức hội nghị tổng kết công tác quốc phòng địa phương năm 2020.', why: 'a page detail and a day alone on their lines are no headline' },
    { text: 'Sáng ngày 01/3, LLVT huyện Hoằng Hóa tổ chức Lễ ra quân huấn luyện năm 2023 và phát động phong trào thi đua quyết thắng trong lực lượng vũ trang huyện\nẢnh: Đồng chí Bí thư Huyện ủy phát biểu tại buổi lễ', why: 'a lead that opens on its day and lost its full stop, longer than a headline' },
    { text: 'Chiều ngày 18/10/2023, Hội LHPN\nthị trấn Võ Xu tổ chức Lễ kỷ niệm 93 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.', why: 'a lead that opens on its day, wrapped onto the next line' },
    { text: 'icon category Chuyên mục\nNgày đăng 14/01/2020 | 08:53\nNăm 2019, đơn vị đã hoàn thành nhiệm vụ huấn luyện.', why: "a menu's label right above the stamp is no headline" },
    { text: 'Nhiệt liệt chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng!\nThứ năm - 25/12/2025 15:44\nSáng 25/12, HĐND xã Đồng Phú tổ chức kỳ họp thứ 3.', why: "the portal's banner right above the stamp is no headline" },
    { text: 'Nhờ triển khai đồng bộ các biện pháp, chất lượng huấn luyện được nâng cao.\nNgày đăng 14/01/2020 | 08:53\nNăm 2019, đơn vị đã hoàn thành nhiệm vụ.', why: 'a sentence above the stamp is the lead, not a headline' },
  ],
};
