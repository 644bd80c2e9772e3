// What the period rule reads (every span of time, with where it stands and the cue before it), and what it must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PeriodCandidate } from './index.js';

export const corpus: Corpus<PeriodCandidate> = {
  examples: [
    { text: 'UBND thành phố tổ chức hội nghị tổng kết công tác quốc phòng năm 2019.', rule: 'period-span', value: { from: '2019-01-01', to: '2019-12-31', cue: 'review' } },
    { text: 'Sở Tài chính tổ chức giao ban đánh giá kết quả quý I/2025.', rule: 'period-span', value: { from: '2025-01-01', to: '2025-03-31', cue: 'review' } },
    { text: 'Thành phố triển khai nhiệm vụ năm 2020.', rule: 'period-span', value: { from: '2020-01-01', cue: 'plan' } },
    { text: 'Quyết định của UBND tỉnh về việc khen thưởng thành tích công tác năm 2019.', rule: 'period-span', value: { from: '2019-01-01', cue: 'review', namesReview: false } },
    { text: 'UBND huyện tặng giấy khen cho 12 tập thể, 8 cá nhân với thành tích xuất sắc trong công tác phòng chống tội phạm, tệ nạn xã hội năm 2019.', rule: 'period-span', value: { from: '2019-01-01', cue: 'review', commended: true } },
    { text: 'Trung ương Hội tặng Bằng khen cho 5 tập thể, 81 cá nhân có thành tích xuất sắc trong năm 2018.', rule: 'period-span', value: { from: '2018-01-01', cue: 'review', commended: true } },
    { text: 'Hội đồng Thi đua, Khen thưởng huyện đã tổ chức hội nghị để xét thi đua, khen thưởng năm 2021.', rule: 'period-span', value: { from: '2021-01-01', to: '2021-12-31', cue: 'review', meeting: true } },
    { text: 'Kinh tế 9 tháng năm 2015 tiếp tục tăng trưởng.', rule: 'period-span', value: { from: '2015-01-01', to: '2015-09-30', cue: null } },
    { text: 'Hội nghị điển hình tiên tiến (2011-2013) được tổ chức.', rule: 'period-span', value: { from: '2011-01-01', to: '2013-12-31', kind: 'years' } },
    { text: 'Lũy kế đến cuối tháng 5 năm 2013, giá trị sản xuất tăng.', rule: 'period-span', value: { from: '2013-01-01', to: '2013-05-31' } },
    { text: 'IMF cho biết tăng trưởng GDP của Mỹ trong năm 2018 sẽ chỉ đạt 2,1%.', rule: 'period-span', value: { from: '2018-01-01', cue: 'plan' } },
    { text: 'Năm 2017, dự kiến có 11 văn bản quy phạm pháp luật được ban hành.', rule: 'period-span', value: { from: '2017-01-01', cue: 'plan' } },
    { text: 'IMF hạ dự báo tăng trưởng kinh tế Mỹ giai đoạn 2017-2018.', rule: 'period-span', value: { from: '2017-01-01', cue: 'plan' } },
    { text: 'Có thể khẳng định, năm 2016, bệnh viện có bước chuyển mình rõ rệt.', rule: 'period-span', value: { from: '2016-01-01', cue: null, opensClause: true } },
    // bench/studies/period-year-clause.mjs: a year opening its clause; not one inside a clause or without a comma after it
    { text: 'Đáng chú ý, trong năm 2016, bệnh viện đã khánh thành Đơn vị can thiệp tim mạch.', rule: 'period-span', value: { from: '2016-01-01', opensClause: true } },
    { text: 'Bệnh viện đạt danh hiệu đơn vị xuất sắc năm 2016, được Bộ Quốc phòng tặng Bằng khen.', rule: 'period-span', value: { from: '2016-01-01', opensClause: false } },
    { text: 'Năm 2016 là năm bệnh viện có nhiều đổi mới.', rule: 'period-span', value: { from: '2016-01-01', opensClause: false } },
    { text: 'Trong năm 2024, Công an thành phố đã điều tra làm rõ 150 vụ án.', rule: 'period-span', value: { from: '2024-01-01', opensClause: true, opensDoneClause: true } },
    { text: 'Trong quý III năm 2023, lực lượng Cảnh sát điều tra toàn tỉnh đã triển khai thực hiện nghiêm túc các nhiệm vụ.', rule: 'period-span', value: { kind: 'quarter', from: '2023-07-01', opensClause: true, opensDoneClause: true } },
    { text: 'Năm 2025, Bộ CHQS tỉnh quyết tâm hoàn thành các chỉ tiêu đã đề ra.', rule: 'period-span', value: { from: '2025-01-01', opensClause: true, opensDoneClause: false, opensResultClause: false } },
    // results told without "đã", against a background (round 25 review)
    { text: 'Năm 2025, Chi nhánh triển khai hiệu quả tín dụng chính sách.', rule: 'period-span', value: { from: '2025-01-01', opensClause: true, opensDoneClause: false, opensResultClause: true } },
    { text: 'Năm 2025, Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW về khoa học, công nghệ.', rule: 'period-span', value: { from: '2025-01-01', opensClause: true, opensResultClause: false } },
    // a body telling its year's work (round 26, bench/studies/round26.mjs body-year-lead); not a sector's or a market's year
    { text: 'Trong năm 2018, Công an thành phố Quảng Ngãi đã hướng dẫn các xã xây dựng mới 05 mô hình tự quản.', rule: 'period-span', value: { from: '2018-01-01', opensDoneClause: true, doneByBody: true } },
    { text: 'Năm 2012, tái cơ cấu nền kinh tế đã không đạt được bước tiến nào.', rule: 'period-span', value: { from: '2012-01-01', opensDoneClause: true, doneByBody: false } },
    { text: '(LSO) – Năm 2020, Đảng ủy, Ban Chỉ huy Đồn Biên phòng Chi Lăng đã tập trung lãnh đạo phong trào thi đua.', rule: 'period-span', value: { from: '2020-01-01', opensClause: true, opensDoneClause: true, doneByBody: true } },
    // results achieved in the span, named before it (round 27, bench/studies/round27.mjs results-in-span); not results
    // of a body up to now, with no span after them
    { text: 'Thiếu tướng Trần Ngọc Hữu ghi nhận, biểu dương những kết quả mà BĐBP tỉnh Long An đạt được trong năm 2024.', rule: 'period-span', value: { from: '2024-01-01', stated: true } },
    { text: 'Chủ tịch UBND tỉnh dành cho Báo Lâm Đồng cuộc phỏng vấn về những kết quả đã đạt được trong năm 2022.', rule: 'period-span', value: { from: '2022-01-01', stated: true } },
    { text: 'Thứ trưởng ghi nhận những kết quả đã đạt được của Công an tỉnh và giao nhiệm vụ năm 2017.', rule: 'period-span', value: { from: '2017-01-01', stated: false } },
    // the state of the economy over a span, heard on a visit (round 27, bench/studies/round27.mjs economy-state)
    { text: 'Chiều 15.6, đoàn công tác của UBND tỉnh có buổi làm việc với huyện Dương Minh Châu về tình hình phát triển kinh tế, xã hội và xây dựng cơ bản 6 tháng đầu năm 2022.', rule: 'period-span', value: { from: '2022-01-01', to: '2022-06-30', cue: 'review' } },
    { text: 'Hiệu trưởng cho biết, năm học 2015-2016, nhà trường đã hoàn thành những chỉ tiêu đề ra.', rule: 'period-span', value: { kind: 'school-year', from: '2015-01-01', opensClause: true } },
    { text: 'Quốc hội biểu quyết thông qua Nghị quyết về phê chuẩn quyết toán ngân sách nhà nước năm 2015.', rule: 'period-span', value: { from: '2015-01-01', cue: 'review', namesReview: true } },
    { text: 'Những tháng đầu năm 2013, tình hình kinh tế tiếp tục khó khăn.', rule: 'period-span', value: { kind: 'months-so-far', from: '2013-01-01', firstMonths: true, where: 'lead' } },
    { text: 'Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), trong 6 tháng đầu năm 2017, tổng vốn đầu tư tăng.', rule: 'period-span', value: { from: '2017-01-01', to: '2017-06-30', cue: null } },
    { text: 'Bộ Kế hoạch và Đầu tư tổng kết công tác năm 2016.', rule: 'period-span', value: { from: '2016-01-01', cue: 'review' } },
    // bench/studies/period-round6.mjs --only stated: a figure stated for the span and compared, in a statistical release
    { text: 'Theo Tổng cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 5/2017 giảm 0,53% so với tháng trước.', rule: 'period-span', value: { kind: 'month', from: '2017-05-01', cue: null, stated: true } },
    { text: 'Thị trường ô tô đạt doanh số bán hàng 24.365 xe trong tháng 6/2017 vừa qua, tăng 5% so với tháng 5.', rule: 'period-span', value: { from: '2017-06-01', stated: true } },
    { text: 'Trong cả năm 2016, thâm hụt thương mại của Canada tăng lên 19,8 tỷ USD, cao hơn đáng kể so với con số 15 tỷ USD.', rule: 'period-span', value: { kind: 'year', from: '2016-01-01', stated: true } },
    // bench/studies/round15-period.mjs results-after: results achieved for the span, stated after it in its clause
    { text: 'Phong trào thi đua quyết thắng năm 2025 của các đơn vị cụm biên phòng tuyến biển đã đạt được nhiều kết quả, tạo sự chuyển biến tích cực.', rule: 'period-span', value: { kind: 'year', from: '2025-01-01', stated: true } },
    { text: 'Năm 2025, đơn vị phấn đấu đạt được nhiều kết quả hơn nữa.', rule: 'period-span', value: { kind: 'year', from: '2025-01-01', cue: 'plan', stated: false } },
    { text: 'Năm 2017, quận Tây Hồ có 52 tân binh trong đó có 14 thanh niên tình nguyện.', rule: 'period-span', value: { from: '2017-01-01', stated: false } },
    { text: 'Giá dầu ngọt nhẹ Mỹ giao tháng 7/2013 tăng 2 xu lên 93,63 USD/thùng, giá dầu Brent giao cùng kỳ hạn tăng 5 xu.', rule: 'period-span', value: { from: '2013-07-01', stated: false } },
    { text: 'Năm 2017, dự kiến doanh thu đạt 500 tỷ đồng, tăng 10% so với năm trước.', rule: 'period-span', value: { from: '2017-01-01', cue: 'plan', stated: false } },
    // bench/studies/period-round7.mjs: the same, with the verb qualified, the figure in a report's next clause, or before the span
    { text: 'Số thu từ thuế các loại của mặt hàng xăng dầu trong năm 2016 đã giảm mạnh, tới khoảng 10.000 tỷ đồng so với năm 2015.', rule: 'period-span', value: { from: '2016-01-01', stated: true } },
    { text: 'Theo đó, BCTC năm 2016 cho thấy, tổng tài sản của ngân hàng đạt 332.023 tỷ đồng, tăng 13,7% so với đầu năm.', rule: 'period-span', value: { from: '2016-01-01', stated: true } },
    { text: 'Doanh thu cả năm lớn, đạt gần 2.200 tỷ đồng trong năm 2016, nhưng lãi ròng chỉ xấp xỉ 53 tỷ đồng, dù đã tăng mạnh tới 76% so với 2015.', rule: 'period-span', value: { from: '2016-01-01', stated: true } },
    { text: 'Lượng xe ô tô tiêu thụ trên toàn thị trường trong năm 2016 là 303.974 chiếc, tăng 24,1% so với năm trước.', rule: 'period-span', value: { from: '2016-01-01', stated: false } },
    { text: 'Ông cho biết trong năm 2016, công ty đã đầu tư 50 tỷ đồng, tuy nhiên so với nhu cầu vẫn còn thấp.', rule: 'period-span', value: { from: '2016-01-01', stated: false } },
    // bench/studies/period-round8.mjs: a figure stated after a long subject, as a province's statistics write it
    { text: 'Năm 2024, tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng 7,1% so với năm 2023, xếp thứ 20/63 tỉnh, thành phố.', rule: 'period-span', value: { kind: 'year', from: '2024-01-01', stated: true } },
    { text: 'Quý I năm nay, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 3.500 tỷ đồng, tăng 15% so với cùng kỳ.', rule: 'period-span', value: { kind: 'quarter', quarter: 1, from: '', stated: true } },
    { text: 'Sáng 10.10, UBND tỉnh họp đánh giá tình hình kinh tế - xã hội 9 tháng năm nay.', rule: 'period-span', value: { kind: 'months-so-far', months: 9, cue: 'review' } },
    { text: 'Hội nghị đánh giá kết quả công tác tháng 5 năm nay và triển khai nhiệm vụ tháng 6.', rule: 'period-span', value: { kind: 'month', month: 5, cue: 'review' } },
    // bench/studies/period-round8.mjs: a school year at its closing review; a term or stage after a resolution's name
    { text: 'Sáng 28.5, Trường THPT Trần Phú tổ chức lễ tổng kết năm học 2024 - 2025.', rule: 'period-span', value: { kind: 'school-year', from: '2024-01-01', to: '2025-12-31', cue: 'review', closingReview: true } },
    // bench/studies/round15-period.mjs closing-year: a year later in a closing review's clause, not a plan's
    { text: 'Sáng ngày 26/8/2023, UBND xã đã tổ chức hội nghị tổng kết hoạt động hè; Tổng kết phong trào thi đua người tốt việc tốt và Cuộc thi viết về gương ĐHTT, NTVT năm 2023.', rule: 'period-span', value: { kind: 'year', from: '2023-01-01', closingReview: true } },
    { text: 'Hội nghị tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020.', rule: 'period-span', value: { kind: 'year', from: '2020-01-01', cue: 'plan', closingReview: false } },
    // round 18: a school year later in a closing review's clause, the task named between ("tổng kết công tác đội …")
    { text: 'Ngày 5-10, Hội đồng Đội tỉnh tổng kết công tác đội và phong trào thiếu nhi năm học 2017 – 2018.', rule: 'period-span', value: { kind: 'school-year', from: '2017-01-01', to: '2018-12-31', closingReview: true } },
    { text: 'Hội nghị tổng kết năm học 2022 - 2023 và triển khai nhiệm vụ năm học 2023 - 2024.', rule: 'period-span', value: { kind: 'school-year', from: '2023-01-01', closingReview: false } },
    // (not one the review readies, registers for or reviews a term of; round 18 review)
    { text: 'Chiều 25/8, Phòng Giáo dục huyện tổng kết công tác hè, sẵn sàng bước vào năm học 2024 - 2025.', rule: 'period-span', value: { kind: 'school-year', from: '2024-01-01', closingReview: false } },
    { text: 'Ngày 5/9, nhà trường tổng kết phong trào thi đua, đăng ký danh hiệu thi đua năm học 2024 - 2025.', rule: 'period-span', value: { kind: 'school-year', from: '2024-01-01', closingReview: false } },
    { text: 'Ngày 10/3, Trường Đại học Sư phạm tổng kết đợt thực tập sư phạm học kỳ II năm học 2024 - 2025.', rule: 'period-span', value: { kind: 'school-year', from: '2024-01-01', closingReview: false } },
    // bench/studies/round15-period.mjs counted-years: a review counting the years of the span after it
    { text: 'Ngày hội Biên phòng toàn dân cũng tổ chức sơ kết 5 năm thực hiện “Ngày Biên phòng toàn dân” giai đoạn 2019-2024.', rule: 'period-span', value: { kind: 'stage', from: '2019-01-01', to: '2024-12-31', cue: 'review', countedReview: true } },
    { text: 'Huyện tổ chức hội nghị tổng kết 3 năm phong trào nông dân thi đua sản xuất, kinh doanh giỏi, giai đoạn 2016 - 2018.', rule: 'period-span', value: { kind: 'stage', countedReview: true } },
    { text: 'Huyện tổ chức sơ kết 2 năm thực hiện Chương trình giai đoạn 2016-2020.', rule: 'period-span', value: { kind: 'stage', cue: 'review', countedReview: false } },
    // "N năm qua" anywhere, counting a stage named in a sentence of the emulation movement (round 25, audits 23 and 26)
    { text: 'Huyện khen thưởng 32 tập thể có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015- 2020. 5 năm qua, các phong trào được triển khai rộng khắp.', rule: 'period-span', value: { kind: 'stage', from: '2015-01-01', countedReview: true } },
    { text: 'Giai đoạn 2011-2016, giá nhà tại thành phố tăng 30%. 5 năm qua, thị trường có nhiều biến động.', rule: 'period-span', value: { kind: 'stage', countedReview: false } },
    { text: 'Hội nghị thông qua báo cáo sơ kết 2 năm vận động cựu quân nhân tham gia CLB. Dịp này, UBND quận tặng giấy khen cho 7 tập thể có thành tích trong vận động cựu quân nhân từ năm 2008 – 2010.', rule: 'period-span', value: { kind: 'years', from: '2008-01-01', to: '2010-12-31', countedReview: true } },
    { text: 'Sáng 5.9, Trường THPT Trần Phú tổ chức lễ khai giảng năm học 2024 - 2025.', rule: 'period-span', value: { kind: 'school-year', from: '2024-01-01', closingReview: false } },
    { text: 'Đại hội đánh giá kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025.', rule: 'period-span', value: { kind: 'term', from: '2020-01-01', to: '2025-12-31', cue: 'review' } },
    { text: 'UBND tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 10 giai đoạn 2020 - 2025.', rule: 'period-span', value: { kind: 'stage', from: '2020-01-01', to: '2025-12-31', cue: 'review' } },
    // bench/studies/period-round11.mjs: the plan nouns counted after "thực hiện" ("các/những chỉ tiêu"), and "mục tiêu"
    // after a review word, are reviewed; "mục tiêu" alone stays a plan
    { text: 'Ngày 4.10, UBND xã tổ chức hội nghị đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội 9 tháng năm 2025.', rule: 'period-span', value: { kind: 'months', from: '2025-01-01', to: '2025-09-30', cue: 'review', namesReview: true } },
    { text: 'HĐND huyện họp đánh giá tình hình thực hiện những chỉ tiêu phát triển kinh tế - xã hội 9 tháng năm 2025.', rule: 'period-span', value: { kind: 'months', to: '2025-09-30', cue: 'review' } },
    { text: 'Sở Y tế sơ kết tình hình thực hiện các mục tiêu, nhiệm vụ 6 tháng đầu năm 2025.', rule: 'period-span', value: { kind: 'months', to: '2025-06-30', cue: 'review' } },
    { text: 'Các bộ, ngành đề ra giải pháp nhằm thực hiện mục tiêu tăng trưởng kinh tế năm 2017.', rule: 'period-span', value: { kind: 'year', from: '2017-01-01', cue: 'plan' } },
    // a year's resolution ("Nghị quyết năm 2025") names no law, and a count of months never does
    { text: 'Huyện ủy tổ chức hội nghị sơ kết 9 tháng thực hiện Nghị quyết năm 2025.', rule: 'period-span', value: { kind: 'months-so-far', months: 9, cue: 'review' } },
    { text: 'Đảng ủy Trung đoàn tổ chức hội nghị đánh giá kết quả thực hiện Nghị quyết năm 2024.', rule: 'period-span', value: { kind: 'year', from: '2024-01-01', cue: 'review', resolutionYear: true } },
    { text: 'Đảng ủy Trung đoàn tổ chức hội nghị đánh giá kết quả công tác năm 2024.', rule: 'period-span', value: { kind: 'year', from: '2024-01-01', cue: 'review', resolutionYear: false } },
    { text: 'Huyện ủy đánh giá kết quả thực hiện Nghị quyết năm 2025 của Ban Chấp hành Đảng bộ huyện trong 9 tháng đầu năm.', rule: 'period-span', value: { kind: 'months-so-far', months: 9, cue: 'review' } },
    // "kết quả / tình hình triển khai": what was carried out is reviewed; "triển khai" alone plans
    { text: 'Tại kỳ họp, UBND tỉnh báo cáo kết quả triển khai nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2025.', rule: 'period-span', value: { kind: 'months', to: '2025-06-30', cue: 'review' } },
    { text: 'Sở Nông nghiệp tổ chức hội nghị triển khai nhiệm vụ 6 tháng đầu năm 2025.', rule: 'period-span', value: { kind: 'months', to: '2025-06-30', cue: 'plan' } },
    { text: 'UBND tỉnh tổ chức hội nghị tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025.', rule: 'period-span', value: { kind: 'stage', from: '2021-01-01', cue: 'review' } },
    { text: 'UBND tỉnh triển khai Chương trình MTQG giảm nghèo bền vững giai đoạn 2026 - 2030.', rule: 'period-span', value: { kind: 'stage', from: '2026-01-01', cue: 'plan' } },
  ],
  negatives: [
    { text: 'Sở Tư pháp tổ chức tập huấn Hiến pháp năm 2013 cho cán bộ cấp xã.', why: 'the year of a law\'s name right after its legal word' },
    { text: 'Các tỉnh tổng kết việc thi hành Nghị quyết số 10 năm 2020 của Chính phủ.', why: 'a resolution named by its number and year' },
    { text: 'Làn sóng tấn công mạng mới gia tăng khắp thế giới trong 2 tháng qua.', why: 'months counted back from a news item\'s day, no review' },
    { text: 'Doanh thu tăng 12% so với cùng kỳ năm 2012.', why: 'a year named only to compare with' },
    { text: 'Đoàn trình bày báo cáo “Tình hình kinh tế năm 2013” tại hội thảo.', why: 'a year inside a quoted title names a document' },
    { text: 'Đội tuyển đã thi đấu 5 trận liên tiếp.', why: 'no span of time' },
    { text: 'Bộ đề nghị các đơn vị tổng kết 6 năm thi hành Luật Thanh tra năm 2010.', why: 'the year of a law\'s name' },
    { text: 'Việc bồi thường thực hiện theo Quyết định 80 năm 2002 của Thủ tướng.', why: 'the year of a decision\'s name' },
    { text: 'Doanh số bán nhà tăng 0,3%, cao nhất kể từ tháng 4/2010.', why: 'a start point (bench/studies/period-review.mjs: 990 spans after a bound word on corpus/real)' },
    { text: 'Hiện tượng này được ghi nhận từ năm 1960.', why: 'a start point' },
    { text: 'Hoàn thành và báo cáo Bộ Công Thương ngay trong tháng 2/2017.', why: 'a deadline' },
    { text: 'Hội nghị đánh giá kết quả thực hiện Nghị quyết về hỗ trợ doanh nghiệp đến năm 2020.', why: 'a horizon' },
    { text: 'Căn cứ Báo cáo thẩm tra số 658/BC-UBTP14 ngày 06 tháng 6 năm 2017 của Ủy ban Tư pháp.', why: 'the month of a full date' },
    { text: 'Ronaldo giành danh hiệu Vua phá lưới tại Champions League 2012-2013.', why: 'a sports season (35 spans after a season word on corpus/real)' },
    { text: 'Anh được cho Alaves mượn ở mùa giải 2016/2017.', why: 'a sports season' },
  ],
};
