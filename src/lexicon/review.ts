// Words that say whether a span of time is being reviewed or planned (bench/studies/period.mjs). Data, not code.
import { ADMIN_BODIES } from './units.js';

/**
 * The review of a plan's execution with the plan nouns counted ("đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã
 * hội 9 tháng năm 2025"), and "mục tiêu" after a review word ("kết quả thực hiện mục tiêu, nhiệm vụ năm 2024"; alone,
 * "nhằm thực hiện mục tiêu tăng trưởng năm 2017" is a plan): without them the plan noun is the nearest cue and hides the
 * review. None on corpus/real or dev; the portal's review meetings write them (bench/studies/period-round11.mjs).
 */
const EXECUTED_PLAN_NOUNS: readonly string[] = [
  'thực hiện các chỉ tiêu', 'thực hiện những chỉ tiêu', 'thực hiện các kế hoạch', 'thực hiện những kế hoạch',
  ...['kết quả', 'tình hình'].flatMap((w) => [`${w} thực hiện mục tiêu`, `${w} thực hiện các mục tiêu`, `${w} thực hiện những mục tiêu`]),
];

/**
 * An emulation and commendation council's yearly meeting weighs the year's achievements: "Hội đồng Thi đua, Khen
 * thưởng huyện đã tổ chức hội nghị để xét thi đua, khen thưởng năm 2021" reviews 2021 (bench/studies/round13-dates.mjs
 * commendation: real 0, dev 0, the audit's portal pages 3, each annotated with the year as its period).
 */
const COMMENDATION_REVIEWS: readonly string[] = [
  'xét thi đua', 'bình xét thi đua', 'xét duyệt thi đua', 'xét khen thưởng', 'xét duyệt khen thưởng',
  // "Hội nghị bình xét các danh hiệu thi đua trong phong trào … năm 2022" (round 26, audit 30)
  'bình xét các danh hiệu thi đua', 'bình xét danh hiệu thi đua', 'xét các danh hiệu thi đua',
];

/**
 * The statutory formula of a commendation for a year's work, "khen thưởng thành tích công tác năm 2019", "tuyên dương
 * các tập thể … đạt nhiều thành tích trong công tác và phong trào thi đua năm 2023": the work of that year is what is
 * weighed: a year only, and it names no review itself. An anniversary's commendations "có thành tích xuất sắc trong
 * công tác thông tin, tuyên truyền giai đoạn 2016-2017" (dev 042) review nothing (bench/studies/round14-period.mjs commended:
 * real 0, dev 2, the audits 3 in the headline or lead, each annotated with the year).
 */
export const COMMENDED_WORK: readonly string[] = [
  ...['thành tích', 'thành tích xuất sắc'].flatMap((w) => [`${w} công tác`, `${w} trong công tác`, `${w} trong phong trào thi đua`]),
  // "có thành tích xuất sắc trong năm 2018", "… trong xây dựng phong trào toàn dân bảo vệ ANTQ năm 2018"
  // (bench/studies/round15-period.mjs commended: real 0, dev 0, audits 17)
  'thành tích xuất sắc trong',
];

/** Words after which a span of time is the one being reviewed: "tổng kết … năm 2019", "kết quả 6 tháng đầu năm". */
export const REVIEW_WORDS: readonly string[] = [
  'tổng kết', 'sơ kết', 'báo cáo', 'kết quả', 'đánh giá', 'nhìn lại', 'kiểm điểm', 'trong năm', 'năm qua', 'vừa qua', 'đạt được',
  'đã đạt', 'ước đạt', 'thực hiện được', 'tình hình thực hiện', 'giao ban', 'điểm lại', 'lũy kế',
  // "(tình hình|kết quả) thực hiện kế hoạch / nhiệm vụ": what was done under a plan is reviewed
  'thực hiện kế hoạch', 'thực hiện nhiệm vụ', 'thực hiện chỉ tiêu',
  ...EXECUTED_PLAN_NOUNS,
  // "báo cáo kết quả triển khai nhiệm vụ … 6 tháng đầu năm 2025", "tình hình triển khai kế hoạch … những tháng đầu năm
  // 2017": what was carried out is reviewed, whatever "triển khai" alone plans (bench/studies/period-round11.mjs)
  'kết quả triển khai', 'tình hình triển khai',
  // "làm việc với huyện … về tình hình phát triển kinh tế, xã hội … 6 tháng đầu năm 2022", "về tình hình kinh tế - văn
  // hóa – xã hội trong năm 2016": the state of the economy over a span, heard or reported on, is its report (round 27,
  // bench/studies/round27.mjs economy-state); not a background ("do tình hình kinh tế năm 2012 khó khăn", "trong bối
  // cảnh tình hình kinh tế năm 2016 …"; round 27 review)
  ...['tình hình kinh tế', 'tình hình phát triển kinh tế', 'tình hình KT-XH', 'tình hình KTXH', 'tình hình phát triển KT-XH'].map((w) => `về ${w}`),
  // "quyết toán ngân sách nhà nước năm 2015": a budget's final accounts review how the year's budget was carried out
  'quyết toán ngân sách', 'quyết toán NSNN',
  ...COMMENDATION_REVIEWS,
  ...COMMENDED_WORK,
];

/**
 * The review words that name a review itself (a review meeting, the review of a plan's execution, a running total),
 * not only a report or an assessment: "sơ kết công tác … 6 tháng đầu năm", beside "đánh giá diễn biến lạm phát …
 * tháng 6/2017" or "kết quả kinh doanh quý II" in a stock preview.
 */
export const REVIEW_NAMING_WORDS: readonly string[] = [
  'tổng kết', 'sơ kết', 'kiểm điểm', 'giao ban', 'lũy kế', 'tình hình thực hiện', 'thực hiện kế hoạch', 'thực hiện nhiệm vụ',
  'thực hiện chỉ tiêu', 'nhìn lại', 'điểm lại', 'quyết toán ngân sách', 'quyết toán NSNN', ...EXECUTED_PLAN_NOUNS,
  ...COMMENDATION_REVIEWS,
];

/**
 * Names of bodies that hold a plan word: "Bộ Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư Đồng Tháp". The "kế hoạch" in
 * them plans nothing: "Theo Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư), trong 6 tháng đầu năm 2017, …" reports
 * (bench/studies/period-plan-bodies.mjs).
 */
export const PLAN_NAMED_BODIES: readonly string[] = [
  'Kế hoạch và Đầu tư', 'Kế hoạch - Đầu tư', 'Kế hoạch & Đầu tư', 'Kế hoạch – Đầu tư', 'Kế hoạch-Đầu tư', 'Kế hoạch Đầu tư',
  // a National Target Programme's name: "tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới … giai đoạn
  // 2021 - 2025" reviews, "triển khai Chương trình …" plans (bench/studies/period-round11.mjs: 1 on corpus/real, 1 on dev)
  'Chương trình mục tiêu quốc gia', 'chương trình mục tiêu quốc gia', 'Chương trình MTQG', 'chương trình MTQG',
];

/** Words after which a span of time is planned, not reviewed: "triển khai nhiệm vụ năm 2020". */
export const PLAN_WORDS: readonly string[] = [
  'triển khai', 'phương hướng', 'nhiệm vụ năm', 'nhiệm vụ trọng tâm', 'phấn đấu', 'kế hoạch', 'mục tiêu', 'chỉ tiêu', 'đề ra', 'sẽ',
  'dự kiến', 'dự báo', 'định hướng', 'năm tới', 'chương trình công tác', 'chuẩn bị', 'quy hoạch', 'chiến lược',
];

/**
 * After a span of time, within its clause's next few words, a word that makes it a plan or a forecast: "GDP của Mỹ
 * trong năm 2018 sẽ chỉ đạt 2,1%", "Năm 2017, dự kiến có 11 văn bản", "Kỳ thi THPT quốc gia năm 2017 sẽ diễn ra …".
 * "có thể thấy / nói / khẳng định" looks back, so it is no forecast.
 */
export const PLAN_AFTER = /^\s*,?(?:\s+[^\s,.;:!?]+){0,4}?\s+(?:sẽ|dự kiến|dự báo|phấn đấu|cần|có thể(?!\s+(?:thấy|nói|khẳng định)))(?![\p{L}])/iu;

const RESULT_VERBS = 'đạt|tăng|giảm|lỗ|lãi|thu về|thu|xuất khẩu|nhập khẩu|bán ra|bán được|ghi nhận';
const BEFORE_NUMBER = 'khoảng|gần|hơn|trên|xấp xỉ|tới|đến|lên|xuống|mức|thêm|được|đạt';
const COMPARED = String.raw`(?<![\p{L}])(?:so với|so cùng kỳ|cùng kỳ(?!\s+hạn))(?![\p{L}])`;

/**
 * A figure stated for a span of time and compared with an earlier one, within the span's sentence: "chỉ số giá tiêu
 * dùng (CPI) tháng 5/2017 giảm 0,53% so với tháng trước", "doanh số bán hàng 24.365 xe trong tháng 6/2017 vừa qua, tăng
 * 5% so với tháng 5", "Trong cả năm 2016, thâm hụt thương mại của Canada tăng lên 19,8 tỷ USD, cao hơn … so với …"; the
 * verb qualified before its number ("trong năm 2016 đã giảm mạnh, tới khoảng 10.000 tỷ đồng so với năm 2015"); a
 * report showing it in the next clause ("BCTC năm 2016 cho thấy, tổng tài sản của ngân hàng đạt 332.023 tỷ đồng, tăng
 * 13,7% so với đầu năm"); a province's long subject before the verb ("Năm 2024, tổng sản phẩm trên địa bàn tỉnh (GRDP)
 * tăng 7,1% so với năm 2023", "tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt …": up to 12 words). A statistical
 * release or a results report states its period so in its headline or lead (bench/studies/period-round6.mjs --only
 * stated, period-round7.mjs, period-round8.mjs).
 * Not a figure with no comparison ("Năm 2017, quận Tây Hồ có 52 tân binh"; "riêng quý I năm 2013 lỗ 20 tỷ đồng"), nor a
 * futures contract's month ("giá dầu Mỹ giao tháng 7/2013 tăng 2 xu …, giá dầu Brent giao cùng kỳ hạn tăng …"), nor a
 * figure after "là" ("lượng xe tiêu thụ trong năm 2016 là 303.974 chiếc, tăng 24,1% so với năm trước" quotes a statistic
 * in a stock tip as often as a report states one).
 */
export const FIGURE_COMPARED_AFTER = new RegExp(
  String.raw`^\s*(?:vừa qua\s*)?,?(?:` +
    String.raw`(?:\s+[^\s,.;:!?]+){0,12}?\s+(?:${RESULT_VERBS})(?:\s+(?:mạnh|nhẹ|mạnh mẽ|đáng kể|sâu)\s*,?)?` +
    String.raw`|(?:\s+[^\s,.;:!?]+){0,3}?\s+(?:cho thấy|cho biết|ghi nhận)\s*,(?:\s+[^\s,.;:!?]+){0,8}?\s+(?:${RESULT_VERBS})` +
    String.raw`)\s+(?:(?:${BEFORE_NUMBER})\s+)*\d(?:[^.!?]|\.(?=\d))*?${COMPARED}`,
  'iu',
);

/**
 * A figure stated right before a span of time, read with a comparison after the span in its sentence (FIGURE_COMPARED):
 * "Doanh thu cả năm lớn, đạt gần 2.200 tỷ đồng trong năm 2016, nhưng lãi ròng … dù đã tăng mạnh tới 76% so với 2015".
 */
export const FIGURE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${RESULT_VERBS})\s+(?:(?:${BEFORE_NUMBER})\s+)*\d(?:[^.!?,;]|[.,](?=\d)){0,40}?\s+(?:trong|của|vào)\s+(?:cả\s+)?$`, 'iu');
export const FIGURE_COMPARED = new RegExp(COMPARED, 'iu');

/**
 * After a span of time, in its clause, results achieved for it: "Phong trào thi đua quyết thắng năm 2025 của các đơn
 * vị cụm biên phòng tuyến biển đã đạt được nhiều kết quả", "Công tác hội và phong trào thanh niên năm 2020 đã có nhiều
 * đổi mới …, đạt được những kết quả …": the year's work stated as done, as a results report opens (bench/studies/
 * round15-period.mjs results-after: in the first six lines real 0, dev 0, audits 2, both annotated with the year).
 */
// (not over "đến nay": "Dự án khởi công năm 2020, đến nay đã đạt được nhiều kết quả" states results up to now, no
// year's; round 15 review)
export const RESULTS_ACHIEVED_AFTER = /^(?:(?!(?<![\p{L}])(?:đến nay|tới nay|đến năm|tới năm)(?![\p{L}]))[^.!?;]){0,80}?(?<![\p{L}])(?:đạt được|thu được|giành được)\s+(?:nhiều\s+|những\s+)?(?:kết quả|thành tích|thành tựu)(?![\p{L}])/iu;

/**
 * Before a span of time, results achieved in it: "biểu dương những kết quả mà BĐBP tỉnh Long An đạt được trong năm
 * 2024", "cuộc phỏng vấn về những kết quả đã đạt được trong năm 2022": the span is what the results are of
 * (bench/studies/round27.mjs results-in-span: real 0, dev 1 and audits 4 with a year, two more audits with a month or
 * six months; each annotated with that span). Only results ("kết quả", not an athlete's "thành tích" or a nation's
 * "thành tựu"), achieved by no one named or by a body of YEAR_WORK_BODIES (group 1; not "các doanh nghiệp",
 * "Indonesia": round 27 review).
 */
export const RESULTS_ACHIEVED_BEFORE = /(?<![\p{L}])kết quả\s+(?:mà\s+([^.;!?,]{1,60}?)\s+)?(?:đã\s+)?đạt được\s+(?:trong|qua)\s+(?:cả\s+)?$/iu;

/** Meetings that review by being held: "hội nghị … (2011-2013)". */
export const MEETING_WORDS: readonly string[] = ['hội nghị', 'hội thảo', 'đại hội', 'lễ tổng kết'];

/**
 * A headline of a review or a results report: "Tổng kết …", "Kết quả …", "5 tháng tăng trưởng 7,5%", "quý I/2025".
 * Not praise ("Thủ tướng Lào đánh giá cao kết quả …") nor decades ("cao nhất trong 50 năm qua").
 */
export const REVIEW_TITLE =
  /(?<![\p{L}])(?:tổng kết|sơ kết|kết quả|nhìn lại|báo cáo|đánh giá(?! cao)|(?<!\d\s)năm qua|tháng đầu năm|(?<!\d)\d+ tháng (?:qua|năm|đầu)|quý (?:I|II|III|IV|[1-4])|giai đoạn \d{4}|thu ngân sách|quyết toán ngân sách)(?![\p{L}])/iu;

/**
 * A lead that names a review: "hội nghị tổng kết", "đánh giá kết quả", "kết quả thực hiện", "giao ban". Not
 * "kiểm điểm": in a headline or lead it is discipline ("nghiêm túc kiểm điểm những sai phạm", "kiểm điểm trách nhiệm
 * tập thể, cá nhân") in 60 of its 61 uses on corpus/real.
 * Also a lead that publishes results (bench/studies/period-round10.mjs --only frames): an assessment's announced
 * results ("Hội nghị công bố kết quả đánh giá, xếp hạng công tác cải cách hành chính … năm 2012") and a business
 * report ("công bố báo cáo kinh doanh tháng đầu năm 2017"). Not a ranking named by its edition ("Lễ công bố Bảng
 * xếp hạng VNR500 … năm 2016" ranks the fiscal year 2015), the results of an exam or an inquiry ("công bố kết quả
 * thi", "kết quả điều tra"), nor a financial statement ("báo cáo tài chính", "BCTC": a stock warning or an audit
 * cites one, and a company's yearly results lead would give way to the quarter its statement is for). An emulation
 * council's meeting that weighs a year's achievements ("xét thi đua, khen thưởng năm 2021") is a review too, and so is a
 * commendation of a year's work ("khen thưởng thành tích công tác năm 2019"; not of a stage, COMMENDED_WORK). A
 * people's council holding its session ("Hội đồng nhân dân xã tổ chức kỳ họp thứ chín" on 30 July, "kỳ họp thường lệ
 * cuối năm") hears the reports on the half-year or the year gone by; not a press briefing on a session to come ("cuộc
 * họp báo về kỳ họp thứ 4 của HĐND TP Hà Nội dự kiến diễn ra vào tuần sau"; bench/studies/round15b-period-pct.mjs
 * council-session); "Hội đồng nhân dân thị trấn Hưng Hà họp kỳ thứ 9" so too (round 26, audit 29).
 */
export const REVIEW_LEAD =
  /(?<![\p{L}])(?:tổng kết|sơ kết|đánh giá (?:kết quả|tình hình)|báo cáo kết quả|giao ban|kết quả (?:thực hiện|công tác|đạt được)|tình hình (?:thực hiện|kinh tế)|hội nghị (?:tổng kết|sơ kết|đánh giá|giao ban)|quyết toán (?:ngân sách|NSNN)|công bố kết quả (?:đánh giá|xếp hạng|chấm điểm)|báo cáo kinh doanh|(?:bình xét|xét duyệt|xét) (?:các )?(?:danh hiệu )?(?:thi đua|khen thưởng)|thành tích(?: xuất sắc)?(?: trong)? (?:công tác|phong trào thi đua)[^.;!?]{0,80}?năm \d{4}|(?:HĐND|Hội đồng nhân dân)[^.;!?]{0,80}?(?:(?:tổ chức|khai mạc|bế mạc)(?: (?:thành công|trọng thể|long trọng))? kỳ họp|họp kỳ thứ)(?![^.;!?\n]{0,60}(?:chuyên đề|bất thường|bầu))|(?<!họp báo[^.;!?]{0,30})kỳ họp thứ [\p{L}\d]+,?(?: của)? (?:HĐND|Hội đồng nhân dân)|kỳ họp thường lệ)(?![\p{L}])/iu;

/**
 * A headline or lead that names a council's session, which hears the year's reports; not a themed, an extraordinary or
 * an electing one ("kỳ họp chuyên đề", "kỳ họp bất thường", "họp kỳ thứ 2 để bầu bổ sung …"), nor a visit that hears reports ("thăm, làm việc … kiểm tra tình hình
 * thực hiện nhiệm vụ"; dev 106), nor a closing of a tournament or a campaign ("tổng kết", round 26 review).
 */
export const REVIEW_MEETING = /(?<![\p{L}])(?:kỳ họp|họp kỳ)(?![\p{L}])(?![^.;!?\n]{0,60}(?:chuyên đề|bất thường|bầu))/iu;

/**
 * A lead sentence that opens on the year gone by without naming it: "Năm qua, Hội Nghề cá Việt Nam … đã có nhiều hoạt
 * động …", "Trong năm, tỷ lệ điều tra khám phá án vượt trên 3% …" (bench/studies/round15-period.mjs year-gone-lead).
 */
/**
 * Bodies of the state, the party, the forces and the mass organisations that, as the subject of a lead's opening year,
 * tell the year's work: "Trong năm 2018, Công an thành phố Quảng Ngãi đã …", "Năm 2023, Đảng ủy Quân sự tỉnh đã …",
 * "Trong năm 2025, Cụm thi đua số 4 đã …" (bench/studies/round26.mjs body-year-lead). Not a sector, a market or a
 * person ("Năm 2012, tái cơ cấu nền kinh tế …", "Năm 2017, nhiều trường ĐH …").
 */
export const YEAR_WORK_BODIES: readonly string[] = [
  ...ADMIN_BODIES,
  'Đảng uỷ', 'Đảng bộ', 'Chi bộ', 'cấp ủy', 'cấp uỷ', 'Thường vụ', 'Ban Thường vụ', 'Ban Chấp hành', 'BCH',
  'Ban Chỉ huy', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Bộ đội Biên phòng', 'BĐBP', 'Đồn Biên phòng', 'lực lượng vũ trang', 'LLVT',
  'Cụm thi đua', 'Khối thi đua', 'chính quyền', 'Mặt trận', 'Huyện đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Hội LHPN',
  'Trung đoàn', 'Lữ đoàn', 'Sư đoàn', 'Tiểu đoàn', 'Hải đội', 'Viện kiểm sát', 'Tòa án',
];

/**
 * What a body's year of work is told with, right after "đã" (adverbs of manner allowed): "đã lãnh đạo, chỉ đạo …", "đã
 * luôn quán triệt …", "đã chủ động tham mưu …", "đã hướng dẫn …"; not a single past act told as news or history ("đã
 * nhận được đơn tố giác", "đã được thành lập", "đã ra phán quyết", "đã thụ lý"; round 26 review).
 */
export const YEAR_WORK_VERBS: readonly string[] = [
  'lãnh đạo', 'chỉ đạo', 'triển khai', 'quán triệt', 'tham mưu', 'thực hiện', 'hoàn thành', 'hướng dẫn', 'nắm chắc',
  'phối hợp', 'duy trì', 'đẩy mạnh', 'tổ chức thực hiện', 'làm tốt', 'bám sát', 'thực hiện tốt',
];
/** "đã" then a verb of YEAR_WORK_VERBS, perhaps after adverbs ("đã luôn", "đã chủ động", "đã tập trung"). */
export const YEAR_WORK_DONE = new RegExp(`(?<![\\p{L}])đã\\s+(?:(?:luôn|chủ động|tích cực|kịp thời|tập trung|tiếp tục)\\s+)*(?:${YEAR_WORK_VERBS.join('|')})(?![\\p{L}])`, 'iu');

/** A clause opened by a body of YEAR_WORK_BODIES (after the comma that ends the year). */
/** A body of YEAR_WORK_BODIES opening a phrase (the one whose results RESULTS_ACHIEVED_BEFORE names). */
export const YEAR_WORK_BODY_OPENING = new RegExp(`^(?:${YEAR_WORK_BODIES.join('|')})(?![\\p{L}])`, 'iu');
export const BODY_SUBJECT_AFTER = new RegExp(`^\\s*,\\s*(?:${YEAR_WORK_BODIES.join('|')})(?![\\p{L}])`, 'iu');
/** Each body of YEAR_WORK_BODIES a text names. */
export const YEAR_WORK_BODY = new RegExp(`(?<![\\p{L}])(?:${YEAR_WORK_BODIES.join('|')})(?![\\p{L}])`, 'giu');

export const YEAR_GONE_OPENING = /^\s*(?:Trong\s+)?năm(?:\s+qua)?\s*,/iu;

/**
 * A results report compares with the same stretch a year earlier: "tăng 41,1% so với cùng kỳ năm 2016". A span named
 * once in the lead, with no review word, is a reported period only in an article that does this (or names it again).
 */
export const SAME_PERIOD_COMPARED = /(?<![\p{L}])cùng k[ỳì](?![\p{L}])/iu;
