// Words of time: parts of the day, weekdays, and the words that open spans of time. Data, not code.

/** "Sáng 21/4", "chiều nay (9/1)", "rạng sáng": parts of the day that open an event's date. */
export const PARTS_OF_DAY: readonly string[] = [
  'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'khuya', 'rạng sáng', 'sáng sớm', 'chiều tối', 'đêm qua', 'sáng nay', 'chiều nay',
  'tối nay', 'trưa nay', 'đêm nay', 'sáng qua', 'chiều qua', 'tối qua', 'trưa qua', 'sáng hôm qua', 'chiều hôm qua',
  'tối hôm qua', 'sáng hôm nay', 'chiều hôm nay', 'hôm nay', 'hôm qua',
];

/**
 * A line that opens on an event's day: "Sáng 22/1 huyện Yên Mỹ tổ chức …", "(HNM) - Sáng 1-3, …", "Vào ngày 13 tháng 4
 * năm 2021, …". Long, it is a lead sentence (the title rule, captions); a wrapped text's first such line is no
 * headline either (clean/wrap.ts).
 */
export const DAY_OPENING = new RegExp(
  String.raw`^(?:\([^()]{0,20}\)\s*[-–]?\s*)?(?:vào\s+)?(?:${[...PARTS_OF_DAY, 'ngày'].sort((a, b) => b.length - a.length).join('|')})\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*|\s+tháng\s+)\d{1,2}`,
  'iu',
);

/** Weekdays as written before a date: "Thứ hai, 14/12/2022", "Chủ nhật (5/7)", "T2". */
export const WEEKDAYS: readonly string[] = [
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'thứ bẩy', 'thứ 2', 'thứ 3', 'thứ 4', 'thứ 5', 'thứ 6',
  'thứ 7', 'chủ nhật', 'CN',
];

/** A sports season before its years ("mùa giải 2016-2017", "Champions League 2012-2013"): no reporting period. */
export const SPORT_SEASONS: readonly string[] = ['mùa giải', 'mùa bóng', 'League', 'Liga', 'Serie A', 'Bundesliga', 'Ligue 1', 'Cup'];

/** Roman and Arabic quarter numbers: "quý I/2025", "quý 3". */
export const QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** "những tháng đầu năm 2013": the first months of a year, their count left to the article (bench/studies/period-first-months.mjs). */
export const FIRST_MONTHS: readonly string[] = ['những tháng đầu năm', 'các tháng đầu năm', 'mấy tháng đầu năm', 'những tháng đầu tiên của năm'];

/**
 * "nửa đầu năm 2017": the first six months; "nửa cuối năm 2017": the last six, a plan (bench/studies/period-half-years.mjs).
 * Not "nửa năm" alone: a duration ("cai rượu được nửa năm nay").
 */
export const HALF_YEARS: Readonly<Record<string, 'first' | 'last'>> = {
  'nửa đầu năm': 'first',
  'nửa đầu của năm': 'first',
  'nửa cuối năm': 'last',
  'nửa cuối của năm': 'last',
  'nửa sau của năm': 'last',
};

/** "năm tháng đầu năm 2013": five months, the one place "năm" is read as five (bench/studies/period-first-months.mjs). */
export const FIVE_FIRST_MONTHS: readonly string[] = ['năm tháng đầu năm'];

/** Words before a span of years that say what kind of span it is. */
export const SPAN_KINDS: Readonly<Record<string, 'stage' | 'term' | 'school-year'>> = {
  'giai đoạn': 'stage',
  'thời kỳ': 'stage',
  'nhiệm kỳ': 'term',
  'năm học': 'school-year',
  'niên khóa': 'school-year',
  'niên học': 'school-year',
};

/** Labels of the page's own date: "Cập nhật lúc: 10/01/2020", "Ngày đăng: …". */
export const PUBLISHED_LABELS: readonly string[] = [
  'cập nhật lúc', 'cập nhật', 'ngày cập nhật', 'ngày đăng', 'đăng lúc', 'đăng ngày', 'thời gian đăng', 'ngày xuất bản',
  'xuất bản', 'ngày ban hành', 'published', 'updated', 'posted', 'ngày đưa tin', 'thời gian cập nhật', 'lúc',
];

/**
 * After "sơ kết N tháng": a programme carried out since its own start ("sơ kết 6 tháng thực hiện truy xuất nguồn gốc
 * thịt heo"), not the year's tasks ("6 tháng thực hiện nhiệm vụ năm 2017", "9 tháng thực hiện các chỉ tiêu", "9 tháng
 * thực hiện Nghị quyết năm 2025": the year's resolution). bench/studies/period-round7.mjs and period-round11.mjs count it.
 */
export const PROGRAMME_MONTHS_AFTER =
  /^\s+(?:thực hiện|triển khai|thí điểm|áp dụng|thi hành|vận hành)(?!\s+(?:(?:các|những)\s+)?(?:nhiệm vụ|kế hoạch|chỉ tiêu|công tác)|\s+Nghị quyết\s+năm\s+\d{4})(?![\p{L}])/iu;

/** The verbs of a figure stated for the months right before them: "5 tháng tăng 5,7%", "5 tháng ước đạt". */
export const RESULT_VERB_AFTER_MONTHS = new Set(['tăng', 'giảm', 'đạt', 'ước', 'vượt']);

/** Before "N tháng", a word that makes it a stretch of its own, not the year's first months. */
export const MONTHS_STRETCH_BEFORE = /(?:^|\s)(?:sau|trong vòng|vòng|suốt|mỗi|hơn|gần|khoảng|hàng|vài|những|các|mất|chỉ|sau khi|cách đây|kéo dài)\s+$/iu;

/** After the verb: "4 tháng giảm liên tiếp", "tăng gấp đôi" (a stretch's run). */
export const MONTHS_STRETCH_AFTER = /^\s*(?:liên tiếp|liên tục|gấp)/iu;
