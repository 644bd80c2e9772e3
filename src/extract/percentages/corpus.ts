// What the percentage rules read, and what they must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PercentMention } from './index.js';

export const corpus: Corpus<PercentMention> = {
  examples: [
    { text: 'Năm 2019, thành phố gọi công dân nhập ngũ đạt 100% chỉ tiêu.', rule: 'pct-verb', value: { value: 100, target: 'chỉ tiêu', subject: 'thành phố gọi công dân nhập ngũ' } },
    { text: 'Thành phố phấn đấu hoàn thành 100% chỉ tiêu tuyển quân.', rule: 'pct-verb', value: { value: 100, target: 'chỉ tiêu tuyển quân', planned: true } },
    { text: 'Học sinh lên lớp đạt tỷ lệ 99,1%.', rule: 'pct-verb', value: { value: 99.1, target: 'Học sinh lên lớp' } },
    { text: 'Mục tiêu tăng trưởng kinh tế đã đề ra là 8 - 8,5%.', rule: 'pct-target-noun', value: { value: 8, max: 8.5, target: 'Mục tiêu tăng trưởng kinh tế' } },
    { text: 'Tỉnh phấn đấu giảm tỷ lệ hộ nghèo 2%.', rule: 'pct-planned-change', value: { value: 2, planned: true } },
    { text: 'Thu ngân sách 1.200 tỷ đồng, bằng 45% dự toán.', rule: 'pct-share-of-plan', value: { value: 45, target: 'dự toán' } },
    { text: 'Đến nay có 100% xã đạt chuẩn nông thôn mới.', rule: 'pct-coverage', value: { value: 100, target: 'xã đạt chuẩn nông thôn mới' } },
    { text: 'Tỷ lệ giải ngân đạt 90% kế hoạch vốn, và 95% kế hoạch vốn ODA.', rule: 'pct-listed', value: { value: 95 } },
    { text: 'Về thành tích chung, 100% HS lớp 5 hoàn thành chương trình tiểu học.', rule: 'pct-coverage', value: { value: 100, target: 'HS lớp 5 hoàn thành chương trình tiểu học' } },
    { text: 'Mục tiêu phấn đấu 95% trẻ em dưới 5 tuổi có nguy cơ cao được uống Vitamin A dự phòng.', rule: 'pct-coverage', value: { value: 95, planned: true } },
    { text: 'Có 99,6% HS từ lớp 1 đến lớp 4 hoàn thành chương trình học.', rule: 'pct-coverage', value: { value: 99.6 } },
    { text: 'Trong kỳ thi năm 2015, 2016, 2017 tỷ lệ đỗ ĐH, CĐ là 100%.', rule: 'pct-target-noun', value: { value: 100, target: 'tỷ lệ đỗ ĐH, CĐ' } },
    { text: 'Cả nước có 2.358 xã (26,43%) đạt chuẩn nông thôn mới.', rule: 'pct-bracketed-coverage', value: { value: 26.43 } },
    { text: 'Tinh thần vẫn là tuyển sinh 100% trẻ 5 tuổi, 90 % trẻ mẫu giáo.', rule: 'pct-listed', value: { value: 90, target: 'trẻ mẫu giáo' } },
  ],
  negatives: [
    { text: 'Doanh thu tăng 7,5% so với cùng kỳ năm trước.', why: 'realised growth, no target' },
    { text: 'Kim ngạch xuất khẩu giảm 3% trong tháng qua.', why: 'a realised change' },
    { text: 'Chỉ số giá tiêu dùng tháng 5 tăng 0,37%.', why: 'a price change' },
    { text: 'Lãi suất cho vay của các ngân hàng đạt mức 9 - 11%/năm.', why: 'an interest rate' },
    { text: 'Nhà đầu tư nước ngoài nắm giữ đạt 34,12% vốn điều lệ của công ty.', why: 'a share of capital' },
    { text: 'Theo kết quả điều tra, tỷ lệ người dân hài lòng đạt 85%.', why: 'a survey share' },
    { text: 'Khảo sát cho thấy 48% DN đánh giá chính sách vĩ mô là nguy cơ lớn nhất.', why: 'a survey share' },
    { text: 'Cả nước có gần 70% số DN bị lỗ trong năm 2012.', why: 'a statistic: no attainment, no plan' },
    { text: 'Có 78,4% đơn vị chưa thực hiện việc lập báo cáo an toàn đập.', why: 'a share that has not attained' },
    { text: 'Có 66% trường hợp mắc bệnh được phát hiện muộn.', why: '"trường hợp" is a case, not a school' },
    { text: 'Sau nửa năm phấn đấu, bức tranh kinh tế vẫn ảm đạm với hơn 69% doanh nghiệp báo lỗ.', why: 'the goal word governs another clause' },
    { text: 'Theo các bệnh viện có 80 đến 90% bệnh nhân bị mắc ung thư phổi do hút thuốc lá.', why: 'a health statistic' },
    { text: 'Sản lượng phân bón trong nước mới đáp ứng được khoảng 40% nhu cầu.', why: 'a share of demand met' },
    { text: 'Tiền lương mới chỉ đảm bảo được 50% mức sống tối thiểu của công chức.', why: 'a share of need met' },
  ],
};
