// What stands around a day named in an article and says it is not the day of the event (bench/studies/dates.mjs,
// each checked by eye on corpus/real). Data, not code.

/** Before a day, in its sentence: the day is not the event's. Each with the reason it is not. */
/** Syllables that make "hồi" part of another word ("thu hồi", "phục hồi", "khôi phục" aside): no "back then". */
export const HOI_COMPOUND_HEADS: readonly string[] = ['thu', 'phục', 'khôi', 'vãn', 'thâu', 'phản', 'luân', 'hồi'];

export const NOT_THE_EVENT_BEFORE: readonly (readonly [string, RegExp])[] = [
  // the number of a document, or its kind with no comma between it and the day: after an unnumbered kind a comma ends
  // a clause and the day opens the news ("Thực hiện quyết định của Bộ Chính trị, ngày 26/5, ông …", "Hội Nhà văn vừa
  // thông báo, ngày 30/5, tại Hà Nội, nhà thơ … đã từ trần", "Theo văn bản, ngày 3/2, trên mạng xã hội xuất hiện clip");
  // a numbered one keeps it ("Kế hoạch liên ngành số 687/KHLN (SGTVT-CAT), ngày 02/5/2013", "Quyết định số
  // 64/2014/QĐ-UBND, ngày 25/9/2014"): bench/studies/date-document-comma.mjs. "luật sư" is a lawyer, no law.
  ['a document\'s date', /(?:số\s+\d+[/\p{L}\d-]*[^.;]{0,40}?(?:ngày|,)|(?:quyết định|nghị định|nghị quyết|thông tư|chỉ thị|công văn|văn bản|kế hoạch|thông báo|tờ trình|luật(?!\s+sư)|hiến pháp|công điện|hướng dẫn|đề án)(?:[^.;,]{0,40}?ngày|(?=[^.;]{0,40}?(?:ngày|,)\s*$)[^.;]*?\d[^.;]*?(?:ngày|,)))\s*$/iu],
  // "Thông tư liên tịch số 62/2013/TTLT-BTC-BTP của Bộ Tài chính và Bộ Tư pháp ban hành ngày 13/5/2013": issued
  ['a document\'s date', /(?<![\p{L}])ban\s+hành\s+(?:vào\s+)?(?:ngày\s+)?$/iu],
  // (also with a part of the day or a weekday: "khắc phục các tồn tại trước tối Chủ nhật 16/3", round 20b review)
  ['a deadline', /(?:trước|chậm nhất|hạn chót|hạn cuối|thời hạn|đến hết|hết|kéo dài đến|kéo dài tới|trước thời điểm)\s+(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[\s,(]*)?(?:ngày\s+)?$/iu],
  // "Ngày kiểm định 16/10/2015", "Ngày sinh: 12/3/1990", "ngày hết hạn 31/12": a paper's labelled field
  ['a document\'s date', /(?<![\p{L}])ngày\s+(?:kiểm định|cấp|sinh|đăng ký|đăng kiểm|hết hạn|hiệu lực)\s*:?\s*$/iu],
  // "hạn hiệu lực của giấy chứng nhận đăng kiểm vào ngày 15/4/2016", "hợp đồng … sẽ hết hạn vào ngày 30/6", "thẻ BHYT có
  // giá trị đến ngày 31-12": the day a paper or a contract runs out (bench/studies/date-expiry.mjs: 7 in corpus/real, all expiries)
  // (within the clause, and with "ngày": "Do hợp đồng … đã hết hạn, ngày 15/3/2017, UBND huyện …" is the news)
  // "trao Huy hiệu Đảng đợt 2/9/2024", "đợt 3/2", "đợt 7-11": a batch named by the holiday it is given for, not a day
  // anything happened (8 in corpus/real, dev and the audits; round 20, the statements variant)
  ["a batch's name", /(?<![\p{L}])đợt\s+$/iu],
  ['a deadline', /(?<![\p{L}])(?:hết hạn|hạn hiệu lực|hạn sử dụng|hiệu lực đến|có giá trị(?: sử dụng)? đến)(?![\p{L}])[^.;,]{0,50}?(?<![\p{L}])(?:vào\s+)?ngày\s+$/iu],
  ['the day something takes effect', /(?:kể từ|có hiệu lực(?: từ| kể từ)?|áp dụng từ|bắt đầu từ)\s+(?:ngày\s+)?$/iu],
  // "Tính đến sáng ngày 6/2/2017, Vietlott đã trao …", "Cho đến hết ngày 29/5, có thêm 1 bệnh nhân tử vong", "tính
  // đến hôm nay (6.2)": a count or a state up to that day
  ['the end of a running total', /(?:tính|cho)\s+(?:đến|tới)\s+(?:hết\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+|hôm nay\s*\(?\s*)?$/iu],
  // "tồn kho tại thời điểm 1/5", "Tại thời điểm 31/12/2016, tổng tài sản …": the reference day of a figure
  ['the end of a running total', /(?:tại|vào|đến)\s+(?:cùng\s+)?thời\s+điểm\s+(?:ngày\s+)?$/iu],
  ['a coming day', /(?:ngày mai|sáng mai|chiều mai|tối mai|dự kiến|sắp|sẽ)[^.;]{0,40}$/iu],
  // "từ ngày 13-2 đến ngày 3-3-2017", "từ ngày 8/3 - 13/3/2017": a span is dated by its first day, never its last
  ['the end of a span', /(?:từ|bắt đầu từ)\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2})?(?:\s*[/.-]\s*\d{4})?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?$/iu],
  // "được lập ngày 20/12/2015 đến 22/12/2016": a span written with both years needs no "từ"
  ['the end of a span', /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*(?:đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?$/iu],
  // "hồi" is "back then" only before a time word or the day itself ("hồi tháng 3", "hồi đầu năm", "hồi 20/5"); before a
  // clock it is "at" ("Hồi 10 giờ 20 phút ngày 16/5, tại xã …": the event's own time), and it is a syllable of other
  // words ("thu hồi", "phục hồi", "Hồi giáo", "Khoa Hồi sức"): bench/studies/date-hoi-clock.mjs, 20 clocks and 18 such
  // words before a day in corpus/real against 3 times "back then"
  ['an earlier event', new RegExp(`(?:trước đó|(?<![\\p{L}])(?<!(?:${HOI_COMPOUND_HEADS.join('|')})\\s)hồi(?:\\s+(?:tháng|năm|đầu|cuối|giữa|tuần|trước|đó|ấy|xưa|còn|nhỏ|bé|sáng|trưa|chiều|tối|đêm|ngày|hôm)(?![\\p{L}])|(?=[\\s(]*$))|từng|cách đây)[^.;]{0,25}$`, 'iu')],
  ['an anniversary or history', /(?:kỷ niệm|ra đời|thành lập|sinh ngày|mất ngày|hy sinh|giải phóng|chiến thắng|lịch sử)[^.;]{0,40}$/iu],
];

/** Right after a day: a coming one ("ngày 17/5 tới", "ngày 17/5 sắp tới"). */
export const COMING_AFTER = /^\s*(?:\/\s*\d{2,4}\s*)?(?:tới|sắp tới|tới đây)(?![\p{L}])/iu;

/**
 * A span of days from where its first day starts: "14/5/2014 đến ngày 28/6/2014", "30/5 đến 29/6", "11 - 15/5/2017"
 * (groups: day, month, year of the first; day, month, year of the last). After "từ", and longer than
 * SPAN_EVENT_DAYS, it is a period (a promotion, a trading window, a detention, a production run), not an event's days.
 */
export const SPAN_FROM = /^(\d{1,2})(?:\s*[/.-]\s*(\d{1,2}))?(?:\s*[/.-]\s*(\d{4}))?\s*(?:đến|tới|-|–)\s*(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)/u;
export const SPAN_FROM_BEFORE = /(?<![\p{L}])từ\s+(?:ngày\s+)?$/iu;
/** The most days an event's span lasts (bench/studies/date-spans.mjs: longer "từ … đến …" spans are periods). */
export const SPAN_EVENT_DAYS = 14;

/**
 * Before a single day, "từ" and what may stand between ("rời nhà từ sáng 29-3-2013", "Từ ngày 15/5/2013, Trung tâm …
 * tuyển sinh", "có hiệu lực từ trưa ngày 9/7", "từ hôm nay (20/5)"): the day a state, a period or a rule starts, not a
 * dated event (bench/studies/date-state-start.mjs: of the 18 such days chosen as the event date on corpus/real, 11
 * were wrong and 5 borderline). An opening ("khai mạc từ hôm qua 12/6") is the event's own day.
 */
// each word of what stands between is followed by a separator, and "hôm nay" is "hôm" and "nay": one way to read a
// run of them, so the pattern cannot backtrack over the ways to split it
export const STATE_FROM_BEFORE = /(?<![\p{L}])(?<!khai mạc\s)từ\s+(?:(?:ngày|hôm|rạng sáng|sáng|trưa|chiều|tối|đêm|nay|qua|\d{1,2}\s*(?:h|giờ)(?:\s*\d{1,2}(?:\s*phút)?)?)[\s,(]+)*$/iu;
/** Right after a day: the end of a span of days ("đến 13h ngày 6/6", "- 31/5"), which makes the day an event's first. */
export const SPAN_END_AFTER = /^[^.;!?\n]{0,25}?(?:đến|tới|-|–)\s*(?:hết\s+)?(?:khoảng\s+)?(?:\d{1,2}\s*(?:h|giờ)\S*\s+)?(?:(?:rạng sáng|sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}/iu;

/** Right after a day: one of an earlier year ("ngày 21.6 của 40 năm trước", "hôm 22/12 năm ngoái", "Tối 20/10 năm trước"). */
export const EARLIER_AFTER = /^\s*\)?,?\s*(?:của\s+|cách đây\s+)?(?:(?:\d+|mấy|nhiều|hai|ba|mười)\s+)?năm\s+(?:trước|ngoái|về trước)(?![\p{L}])/iu;

/** "sẽ" or "dự kiến" after the day: a coming event, unless a verb of saying stands between (an announcement). */
export const WILL_AFTER = /(?<![\p{L}])(?:sẽ|dự kiến)(?![\p{L}])/iu;
export const SAYING = /(?<![\p{L}])(?:tuyên bố|thông báo|cho biết|cho hay|công bố|khẳng định|cam kết|yêu cầu|đề nghị|chỉ đạo|quyết định|ra mắt|cho rằng|nói|phát biểu|đồng ý|nhất trí|thông qua|đe dọa|dọa|cảnh báo|hứa|kêu gọi)(?![\p{L}])/iu;

/**
 * "… sẽ chính thức gọi tên quán quân … vào tối Chủ nhật (4/6)", "… sẽ được tổ chức … vào ngày 10/3/2017", "… sẽ
 * diễn ra từ ngày 9 - 14/6", "dự kiến ra tòa trong ngày 12.6": "sẽ" or "dự kiến" earlier in the sentence, then "vào",
 * "từ" or "trong" right before the day: the day is when the planned thing happens (bench/studies/date-coming.mjs: in
 * the first six sentences of corpus/real, all 36 days after "sẽ/dự kiến … từ/trong" are coming: a festival's, a
 * trading window's, a new rule's).
 * The stretch between (group 1) must hold no verb of saying (an announcement dated that day) and no glued lines
 * ("dự kiến giảmTại phiên họp …": page chrome run into the lead). A clock may stand before the day: "… sẽ tiến hành
 * đổi mã vùng điện thoại cố định đợt 3; hoàn thành vào 23 giờ 59 ngày 31-8-2017" (round 22).
 */
export const PLANNED_ON = /(?<![\p{L}])(?:sẽ|dự kiến)(?![\p{L}])([^.!?\n]*?)\s(?:vào|từ|trong)\s+(?:(?:lúc\s+)?\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{1,2}\s*(?:phút\s*)?)?)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:(?:các|hai|2)\s+)?(?:ngày\s+)?(?:(?:thứ\s+\p{L}+|chủ nhật)\s*[(,]?\s*)?$/iu;
export const GLUED_LINES = /\p{Ll}\p{Lu}/u;

/** Right after a day: the credit that closes a photo caption ("… ở Qatar ngày 6/6/2017. Ảnh: Tân Hoa xã", "(Nguồn: AFP/TTXVN)", "ngày 28.5 - Ảnh: Zimbio"). */
export const CAPTION_AFTER = /^\s*\)?\s*[.\-–]?\s*(?:\(\s*)?(?:Nguồn|Ảnh|Photo)\s*:/iu;

/**
 * A photo's caption line: a short line that closes on the photo's credit ("Toàn cảnh hội nghị. Ảnh: Minh Hoà",
 * "Đồng chí Bí thư phát biểu (Ảnh: Q.V)", "Ảnh minh họa"): a credit of a few words ends it, so a lead glued after a
 * credit ("… ngày 28/5. Ảnh: VGP Chiều 28/5, UBND thành phố họp …") is no caption. It stands between the lead's
 * sentences on a page, none of them.
 */
// The credit's words are split at spaces only: a run split anywhere was cut into up to six words every way there is
// before a failing end (37 s for one 80-character credit, 'Nguồn ảnh: baoquangninh.com.vn/images/….jpg?w=800').
export const PHOTO_CAPTION_LINE = /(?:^|[\s.(\-–])\(?\s*(?:(?:Ảnh|Nguồn\s+ảnh|Photo)\s*:\s*[\p{L}\p{N}.\-–/&]+(?:\s+[\p{L}\p{N}.\-–/&]+){0,5}\s*|Ảnh\s+minh\s+h[oọ]a)\)?\.?\s*$/iu;
/** How long a caption line may be, in characters. */
export const PHOTO_CAPTION_CHARS = 200;

/**
 * After a day and month written without a year: it is a fraction, a score or a count, not a date. Whole words only: "29/12
 * Hội đồng nhân dân xã …" is a day ("hộ" is no prefix of "Hội"; round 20, the abbreviations variant).
 */
export const NOT_A_DATE_AFTER = /^(?:[.,]\d|\s*%)|^\s*(?:(?:tuổi|lần|người|giờ|phút|km|m|điểm|bàn|trận|tỷ|triệu|nghìn|ngàn|so với|hộ|xã|trường)(?![\p{L}\p{M}])|%)/iu;

/** A page stamp is short: longer text is no stamp, and the pattern below is never tried on a long digit run. */
const STAMP_MAX = 64;
const PAGE_STAMP = /^[\s(•·]*(?:(?:Cập nhật|Ngày đăng|Đăng ngày|Đăng lúc|Thời gian)[^)\d]{0,20})?(?:(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*[,-]?\s*(?:ngày\s*)?)?[\d\s/:.,()|+-]*(?:\[?(?:GMT|UTC)[\d\s:+-]*\]?)?\)?\s*-?\s*$/iu;

/**
 * A page's own stamp line: "31/05/13 10:48 GMT+7", "( Cập nhật lúc: 10/01/2020 )", "2022-12-15 16:17:43", one of a
 * bulleted list of the page's details ("• 28.8.2020 - 15:54"), or a portal's stamp after the weekday ("Thứ năm,
 * 21/02/2019 04:28:13", "Thứ 5, 17/05/2018 | 14:49:49", "Thứ 7, 22/06/2024, 10:30[GMT+7]", "Thứ 3, Ngày 16/07/2024 -":
 * bench/studies/round14-period.mjs weekday-stamps: real 0, dev 1, audits 10 articles).
 */
export function isPageStamp(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= STAMP_MAX && /\d/.test(t) && PAGE_STAMP.test(t);
}

/** How long a page's stamp line with its labels and counters may be ("Ngày đăng 14/01/2020 | 08:53 | View count: 79"). */
const STAMP_LINE_MAX = 70;
/** How many letters a stamp line may hold besides a label's: "Lượt xem", a weekday, a time zone. */
const STAMP_LINE_LETTERS = 25;
const FULL_DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d\d-\d\d/u;
const STAMP_LABEL = /(?<![\p{L}])(?:cập nhật|ngày đăng|đăng lúc|đăng ngày|lượt xem|view|GMT)(?![\p{L}])/iu;

/**
 * A photo credit ("Ảnh: Minh Hoà 15/01/2020") or a document's number with its date ("Quyết định số 12/QĐ-UBND ngày
 * 12/3/2020"): a line of the body with a date, no stamp of the page (round 14 review).
 */
const NOT_A_STAMP_LINE = /^[\s(\[•·-]*(?:Ảnh|Nguồn|Video|Clip)(?![\p{L}])|(?<![\p{L}])số\s*\d+\s*\/|\/\s*(?:QĐ|NQ|KH|TB|CT|BC|UBND|TTg|NĐ|TT)(?![\p{L}])/u;

/**
 * A line that stamps the page with its full date, with or without labels and counters: "Ngày đăng 14/01/2020 | 08:53 |
 * View count: 79", "(15:32 | 22/01/2024)", "Ngày cập nhật 12/07/2018", "10/07/2024 11:54    555", "• 05:02,
 * 27/02/2017" (bench/studies/round14-period.mjs stamped-headline).
 */
export function isStampLine(text: string): boolean {
  const t = text.trim();
  if (t.length > STAMP_LINE_MAX || !FULL_DATE.test(t) || NOT_A_STAMP_LINE.test(t)) return false;
  return isPageStamp(t) || STAMP_LABEL.test(t) || t.replace(/[\d\s/:.,()|+\-[\]•]/gu, '').length < STAMP_LINE_LETTERS;
}

/** A time of day as stamps print it: "10:06", "8:32:31 AM". */
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)|(?<![\p{L}])[AP]M(?![\p{L}])/u;
/** Today's date in a portal's banner: "Hôm nay, Thứ bảy ngày 15/08/2020" (a weekday or "ngày" after it: "Hôm nay 1/7/2025: Ra mắt …" is a headline). */
const TODAY = /^\s*Hôm\s+nay\s*,?\s*(?:thứ|chủ\s+nhật|ngày)(?![\p{L}])/iu;
/** A stamp's own words: its weekday, date and time words, its labels, and the poster a label names ("Người đăng: Admin Huyện ủy Ngày đăng: 14:19 | 16/01/2025"). */
const STAMP_WORDS = /(?<![\p{L}])(?:người\s+đăng(?:\s+tin)?\s*:[^|]*?(?=\s*(?:ngày\s+đăng|\||$))|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+nhật|hôm\s+nay|ngày|tháng|năm|lúc|giờ|GMT|UTC|AM|PM|SA|CH|cập\s+nhật|đăng|view|count|lượt\s+xem)(?![\p{L}])/giu;
/**
 * How many other words a page's stamp holds ("Print Thứ Sáu, 06/12/2019 10:06 Gốc"): a short headline with a clock
 * names its event in more ("Hà Nội bắn pháo hoa lúc 21:00 ngày 30/4/2025", "Khai mạc Đại hội ngày 14/10/2020 lúc 7:30";
 * round 19 review).
 */
const STAMP_OTHER_WORDS = 2;

/**
 * A stamp line that only a page prints: with the time of day, a stamp's label, or "Hôm nay" ("8:32:31 AM | 9/10/2019",
 * "Print Thứ Sáu, 06/12/2019 10:06 Gốc", "Ngày cập nhật 12/07/2018"), never a headline; a short headline with a date
 * and neither ("Điểm báo ngày 1.6.2013", "Lịch phát sóng ANTV ngày 28/5/2013": 4 of corpus/real's headlines pass
 * isStampLine) is one (bench/studies/round19-title.mjs).
 */
export function isTimestampLine(text: string): boolean {
  if (!isStampLine(text) || !(CLOCK.test(text) || STAMP_LABEL.test(text) || TODAY.test(text))) return false;
  return text.replace(STAMP_WORDS, ' ').split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length <= STAMP_OTHER_WORDS;
}

/**
 * A line of a bulleted list of page details above the lead, a few words at most: a byline, a separator, a share button
 * ("• HMT", "• /", "• icon gmail"), which is no sentence of the body (bench/studies/round13-dates.mjs bullet-lines).
 */
export const BULLETED_CHROME_LINE = /^\s*[•·]\s*(?:\S+\s*){0,3}$/u;

/** A line of marks alone, no letter or digit: a rule under a headline ("………………..", "-----"), a table's border ("|"). */
export const MARKS_ONLY_LINE = /^[^\p{L}\p{N}]+$/u;

/**
 * A page's count of views or replies alone on its line ("4,344 lượt xem", "- Đã xem: 206", "- Phản hồi: 0"; round 29,
 * audit 40), above the lead (bench/studies/round14-offloc.mjs stamps; the date after a weekday that stands with it, "Thứ
 * 5, 17/05/2018 | 14:49:49", is a page stamp, isPageStamp).
 */
export const VIEW_COUNT_LINE = /^\s*[\d.,]+\s+lượt\s+xem\s*$|^\s*[-•·]?\s*(?:đã xem|lượt xem|số lượt xem|lượt đọc|phản hồi|bình luận)\s*:\s*[\d.,]+\s*$/iu;

/**
 * A line of up to 8 words with no digit and no sentence's punctuation: a portal's name, a section, a control ("Cổng
 * thông tin điện tử Sở Nội vụ", "Thi đua khen thưởng", "Xem với cỡ chữAA") above the headline, which is no sentence of
 * the body either (bench/studies/round13-dates.mjs short-lines: between the first line and the first event day's, real
 * 0 articles, dev 1 ("[img]"), the audit's portal, army and news pages 6; no record of corpus/real or dev changes).
 */
export const SHORT_CHROME_LINE = /^\s*(?:[^\s\d.!?…:;]+\s+){0,7}[^\s\d.!?…:;]+\s*$/u;

/**
 * Reviews held early in a year look back on the year before: "Sáng 10.1, … hội nghị tổng kết công tác năm 2024"
 * (a year-end review, held until about March), "Ngày 11/5, … phiên họp đánh giá bổ sung kết quả thực hiện Kế hoạch
 * … năm 2016" (the Assembly's mid-year check of the last year's plan). The reviewed year is then not the day's
 * (ANNOTATION.md: only the event's own year fixes it; bench/studies/date-reviewed-year.mjs). Each entry: the words
 * before the year, within its clause, and the last month of the day for which they name an earlier year. A review of
 * months ("sơ kết 6 tháng đầu năm 2017") or of a school year is no whole year's, and a later year of the clause ("tổng
 * kết công tác năm 2024, triển khai nhiệm vụ năm 2025") is the plan's, held in its year: both stay. A briefing
 * reviews as a "tổng kết" does ("Ngày 6-1, … Hội nghị giao ban công tác quốc phòng-an ninh (QP-AN) năm 2021 và triển
 * khai nhiệm vụ năm 2022"), and an abbreviation in brackets may stand between the words and the year
 * (bench/studies/round13-dates.mjs review-year).
 */
/**
 * A plan's year late in the year before it: "Ngày 30-12, Chính phủ tổ chức hội nghị … triển khai Nghị quyết … về nhiệm vụ
 * phát triển kinh tế - xã hội năm 2020" is held in December 2019. From October on, a year after a word of setting
 * tasks is the coming one, not the day's (ANNOTATION.md: a plan's year is no event's own).
 */
export const PLANNED_YEAR_BEFORE = /(?<![\p{L}])(?:triển khai|phương hướng|kế hoạch)(?![\p{L}])(?:(?!(?:19|20)\d\d)[^.;:!?()“”"]){0,100}?năm\s+$/iu;
/** The month from which a plan's year named with the day is the coming year. */
export const PLANS_FOR_NEXT_YEAR_FROM = 10;

/**
 * A review of a stage or of several years before it in the day's sentence: "Chiều 22/8, UBND huyện Nông Sơn tổ chức
 * Hội nghị sơ kết 10 năm xây dựng nền Quốc phòng toàn dân, giai đoạn 2009 – 2019", "Ngày 22-5, … Đại hội Thi đua quyết
 * thắng … giai đoạn 2019-2024", "hội nghị điển hình tiên tiến … giai đoạn 2011-2013": a stage is reviewed in its last
 * year (bench/studies/round15-dates.mjs: the day's year is the span's end in all 7 dev and audit pages with a review
 * word whose year is known; corpus/real has none undated; one audit annotator left "Sáng 19/7, … tổng kết … giai đoạn
 * 2017-2019" without a year). From March on only: a stage that ended with the last year may be reviewed in January.
 */
// (not across a plan or a launch after the review: "tổng kết và triển khai kế hoạch … giai đoạn 2026 – 2030", "tuyên
// dương 20 đoàn viên … và phát động phong trào thi đua giai đoạn 2025-2030" name the stage to come; round 15 review)
export const STAGE_REVIEWED_BEFORE = /(?<![\p{L}])(?:tổng kết|sơ kết|điển hình tiên tiến|đại hội thi đua|đại hội tuyên dương|đại hội biểu dương|tuyên dương|biểu dương)(?![\p{L}])(?:(?!(?:19|20)\d\d|(?<![\p{L}])(?:triển khai|phát động|kế hoạch|phương hướng|định hướng)(?![\p{L}]))[^.;:!?()“”"]){0,120}?$/iu;
/**
 * A review of the year's first months or of a quarter named without its year, in an undated article's day sentence:
 * "tại cuộc họp sơ kết công việc 6 tháng đầu năm của Ban chỉ đạo, … diễn ra sáng 11/7", "Ngày 5-6, tại buổi họp báo
 * thông tin kết quả điều hành chính sách tiền tệ 6 tháng đầu năm". The review is held once they are over, so the day
 * is in the year the article is in (round 16: corpus/real 2 undated pages, both right; an audit of its report-like
 * articles 1; dated pages read as undated 0). Group 1: the months' count; group 2: the quarter (its end month is the
 * last the review can follow: "tổng kết quý IV" held on 8/1 reviews the year before).
 */
export const YEARLESS_MONTHS_REVIEWED = /(?<![\p{L}])(?:sơ kết|tổng kết|đánh giá|kết quả|báo cáo|giao ban)(?![\p{L}])[^.!?]{0,100}?(?:(\d+|ba|sáu|chín) tháng(?: đầu)? năm|quý\s+([IV]+|[1-4])(?![IV\d]))(?!\s*(?:năm\s*)?[/-]?\s*(?:19|20)\d\d)/iu;

/** The first month of a day whose sentence's reviewed stage dates it. */
export const STAGE_REVIEWED_FROM_MONTH = 3;

/** The month a yearless review's months end in (YEARLESS_MONTHS_REVIEWED's groups): "6 tháng" → 6, "quý III" → 9; null if unread. */
export function reviewedMonthsEnd(m: RegExpExecArray): number | null {
  const words: Record<string, number> = { ba: 3, sáu: 6, chín: 9 };
  if (m[1]) return words[m[1].toLowerCase()] ?? (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? Number(m[1]) : null);
  const q = m[2]?.toUpperCase();
  const n = q === undefined ? NaN : /^\d$/.test(q) ? Number(q) : ({ I: 1, II: 2, III: 3, IV: 4 } as Record<string, number>)[q] ?? NaN;
  return Number.isNaN(n) ? null : n * 3;
}

export const REVIEWED_YEAR_BEFORE: readonly (readonly [RegExp, number])[] = [
  [/(?<![\p{L}])(?:tổng kết|sơ kết|nhìn lại|giao ban)(?![\p{L}])(?:(?!(?:19|20)\d\d)(?:[^.;:!?()“”"]|\([^.;:!?()\d]{1,20}\))){0,80}?năm\s+$/iu, 3],
  [/(?<![\p{L}])(?:đánh giá(?:\s+bổ sung)?\s+kết quả|kết quả thực hiện)(?![\p{L}])(?:(?!(?:19|20)\d\d)(?:[^.;:!?()“”"]|\([^.;:!?()\d]{1,20}\))){0,80}?năm\s+$/iu, 6],
];

/**
 * The heads of the names of contests, tournaments and festivals that carry their year bare after the name ("kỳ thi
 * THPT quốc gia 2017", "giải futsal VĐQG 2017", "VCK U.17 Quốc gia - Cúp Thái Sơn Nam 2017", "Thần tượng Bolero 2017"):
 * such a name in the day's own sentence gives the event's year (ANNOTATION.md: "the same sentence names the event's own
 * year"), which the time dimension leaves unread with no year word before it. bench/studies/date-recall10.mjs: of the
 * 14 bare years after a name in the sentence of an undated page's year-less lead day on corpus/real, the 8 after these
 * heads are all the event's; the other 6 a car's model year ("Yaris 2017", "phiên bản 2017"), a beauty queen's title,
 * a coming ceremony, a preview of a "Confed Cup 2017" match and "Tết Châu Á 2017". Vietnamese "cúp" only: the
 * Latin-lettered cups ("AFF Cup 2008") are often recalled ones.
 */
export const YEARED_EVENT_HEADS: readonly string[] = [
  'kỳ thi', 'cuộc thi', 'hội thi', 'vòng chung kết', 'VCK', 'cúp', 'V.League', 'V-League',
  'giải bóng đá', 'giải bóng chuyền', 'giải bóng rổ', 'giải futsal', 'giải vô địch', 'giải VĐQG', 'giải việt dã',
  'Thần tượng', 'The Voice', 'Giọng hát Việt', 'Gương mặt thân quen',
  'lễ hội', 'liên hoan', 'festival', 'hội chợ', 'tuần lễ', 'hội diễn', 'hội thao',
];
