// Probes from the independent review of round 26's rules (docs/QUALITY.md, *Round 26*): sentences the first versions
// of those rules misread, each now read as before them. The rules' own readings are tested with their fields.
import { describe, expect, it } from 'vitest';
import { recordOf } from '../helpers.js';

const period = (...lines: string[]) => {
  const p = recordOf(...lines).period;
  return p ? [p.from, p.to] : null;
};

describe('round 26 review probes', () => {
  it('takes no period from a body\'s year told as news, history or a single past act', () => {
    // news of a day after the year's clause
    expect(period('Công an huyện Gia Lâm triệt phá ổ nhóm cho vay nặng lãi', 'Năm 2021, Công an huyện Gia Lâm đã nhận được nhiều đơn tố giác về hoạt động cho vay lãi nặng. Qua quá trình xác minh, ngày 12/3, Công an huyện đã bắt giữ 5 đối tượng.', 'Hiện vụ việc đang được điều tra làm rõ.')).toBeNull();
    // a founding told as history
    expect(period('Bộ Tư lệnh Quân khu 9 kỷ niệm 75 năm Ngày truyền thống', 'Năm 1945, Bộ Tư lệnh Quân khu 9 đã được thành lập trong khói lửa của cuộc kháng chiến.', 'Trải qua 75 năm xây dựng, lực lượng vũ trang Quân khu đã lập nhiều chiến công.')).toBeNull();
    // a foreign court's ruling
    expect(period('Tòa án Tối cao Mỹ xem xét lại án lệ', 'Năm 1973, Tòa án Tối cao Mỹ đã ra phán quyết trong vụ Roe kiện Wade.', 'Phán quyết này được tranh cãi suốt nhiều thập kỷ.')).toBeNull();
  });

  it('takes no period from an electing session, nor from a task set for a month', () => {
    expect(period('HĐND xã Tân Lập họp kỳ thứ 2 bầu bổ sung Chủ tịch UBND xã', 'Chiều 20/8/2021, HĐND xã Tân Lập khóa XX họp kỳ thứ 2 để bầu bổ sung chức danh Chủ tịch UBND xã nhiệm kỳ 2021 - 2026.', 'Tháng 7/2021, ông Nguyễn Văn Hùng đã được điều động giữ chức Bí thư Đảng ủy xã. Kỳ họp đã bầu ông Lê Văn Nam giữ chức Chủ tịch UBND xã.')).toBeNull();
    // a task set for a month is no monthly work's month
    expect(period('Công an huyện Đông Hưng sơ kết đợt cao điểm', 'Sáng 2/12/2020, Công an huyện Đông Hưng tổ chức sơ kết đợt cao điểm tấn công trấn áp tội phạm.', 'Trong đợt cao điểm, lực lượng công an đã hoàn thành nhiệm vụ được giao tháng 11, bắt giữ 15 đối tượng.')).toBeNull();
  });

  it('keeps the lead\'s tag over a fixture line with a time, and a caption\'s name in brackets or with a title is no byline', () => {
    const lead = '(HNM) - Chiều 14/12, đội tuyển Việt Nam đã có buổi tập cuối cùng trên sân Mỹ Đình trước trận chung kết lượt về.';
    expect(recordOf('Đội tuyển Việt Nam sẵn sàng cho trận chung kết', lead, 'Việt Nam - Malaysia (19:30, 15/12/2018)', 'Vé đã được bán hết từ nhiều ngày trước.').author).toBe('HNM');
    const story = '(CATP) - Ngày 5/5, Công an quận Hoàng Mai đã bắt giữ đối tượng Nguyễn Văn Hùng để điều tra về hành vi trộm cắp tài sản.';
    expect(recordOf('Bắt đối tượng trộm cắp tài sản', story, 'Vụ việc đang được điều tra mở rộng.', 'Nguyễn Văn Hùng (SN 1985)').author).toBe('CATP');
    expect(recordOf('Bắt đối tượng trộm cắp tài sản', story, 'Vụ việc đang được điều tra mở rộng.', 'Nguyễn Văn Hùng (Khoa Nhi)').author).toBe('CATP');
    const found = '(TTXVN) - Các nhà khoa học vừa công bố một loài thực vật mới được phát hiện tại Vườn quốc gia Bạch Mã.';
    expect(recordOf('Phát hiện loài thực vật mới', found, 'Người phát hiện là TS Lê Văn Hùng.', 'TS Lê Văn Hùng').author).toBe('TTXVN');
    // a standfirst under the headline is the lead: a line after it opening "(Tiếp theo)" is no outlet's tag
    expect(recordOf('Chuyện làng nghề', 'Làng nghề truyền thống trước thách thức mới', '(Tiếp theo) Những năm gần đây, nhiều làng nghề đã chuyển mình mạnh mẽ nhờ đổi mới công nghệ.').author).not.toBe('Tiếp theo');
  });

  it('passes over a caption above the headline only when it is a caption and a headline of a few words follows', () => {
    const lead = 'Sáng 5/1, UBND huyện Yên Mỹ tổ chức hội nghị tổng kết công tác năm 2019, triển khai nhiệm vụ năm 2020. Năm 2019, kinh tế huyện tăng trưởng 9,5%, thu ngân sách đạt 120% dự toán. Đồng chí Chủ tịch UBND huyện phát biểu tại hội nghị. Ảnh: Minh Anh.';
    expect(recordOf(lead, 'Nhiều chỉ tiêu vượt kế hoạch', 'Tại hội nghị, các đại biểu đã thảo luận nhiều giải pháp.').title).toBeNull();
    expect(recordOf('Đồng chí Chủ tịch UBND huyện phát biểu. Ảnh: Minh Anh.', 'Minh Anh', 'Sáng 5/1, UBND huyện tổ chức hội nghị tổng kết công tác năm 2019.').title).toBeNull();
  });

  it('counts no culture title a goal sets', () => {
    const r = recordOf('Phường Trần Phú tổng kết phong trào văn hóa', 'Sáng 5/1/2021, UBND phường Trần Phú tổ chức hội nghị tổng kết phong trào văn hóa năm 2020.', 'Năm 2021, phường phấn đấu có 16/16 tổ dân phố đạt danh hiệu tổ dân phố văn hóa.');
    expect(r.awards.filter((a) => a.collectives !== null)).toEqual([]);
  });
});
