// Page chrome that scrapers leave in the text: the lexicon the cleaners use. Data, not code.

/** Whole lines that are chrome, compared case-insensitively after trimming. */
export const CHROME_LINES: readonly string[] = [
  'Skip Ribbon Commands',
  'Skip to main content',
  'Skip to content',
  'Skip navigation',
  // the site logo's text left where the image was
  'Logo',
  'Sign In',
  'Sign in',
  'Đăng nhập',
  'Đăng ký',
  'Đăng xuất',
  'Video',
  'Videos',
  'Audio',
  'Photo',
  'Ảnh',
  'Thống kê truy cập',
  'Thống kê',
  'Liên kết website',
  'Liên kết web',
  'Tin mới',
  'Tin nổi bật',
  'Đọc nhiều',
  'Xem nhiều',
  'Bình luận',
  'Ý kiến bạn đọc',
  'Gửi bình luận',
  'Chia sẻ',
  'Chia sẻ bài viết',
  'In bài viết',
  'In trang',
  'Gửi email',
  'Email',
  'Print',
  'Góp ý',
  'Email Print Góp ý',
  'Quay lại',
  'Về đầu trang',
  'Lên đầu trang',
  'Trở về',
  'Trang chủ',
  'Menu',
  'Tìm kiếm',
  'Xem thêm',
  'Xem thêm:',
  'Tags',
  'Tags:',
  'Từ khóa',
  'Từ khóa:',
  'Like',
  'Tweet',
  'Share',
  'Facebook',
  'Zalo',
  'Twitter',
  'Font size',
  'Cỡ chữ',
  'A A',
  'A- A A+',
  'Lịch công tác',
  'Văn bản mới',
  'Hỏi đáp',
  'Sơ đồ cổng',
  'Sơ đồ site',
  'Liên hệ',
  'RSS',
  'Bản in',
  'Đóng',
  'Nghe bài viết',
  'Nghe đọc bài',
  'Lưu bài viết',
  'Lưu tin',
  'Quảng cáo',
  'Advertisement',
  // round 13's audits of portal and newspaper pages kept as text: a skip link, a back-to-top link
  'Truy cập nội dung luôn',
  'Quay lên trên',
  'Lên trên',
  // round 19: a portal's label over the article it shows ("Chi tiết tin" above the headline; 2 audit pages)
  'Chi tiết tin',
  'Chi tiết tin tức',
  'Chi tiết bài viết',
];

/**
 * Headings of a page's related-articles box, alone on a line (any case, a colon or ">>" after), in text and as a
 * page's body block: the lines of link titles under them are chrome too. corpus/real glues them to a paragraph
 * instead ("…./. Xem thêm:", "TIN LIÊN QUAN <titles and the body run on>", bench/studies/page-tails.mjs), which no
 * line verdict can cut.
 */
export const RELATED_HEADINGS: readonly string[] = [
  'Tin liên quan',
  'Tin bài liên quan',
  'Bài liên quan',
  'Bài viết liên quan',
  'Tin cùng chuyên mục',
  'Tin khác',
  'Các tin khác',
  'Tin bài khác',
  'Bài viết khác',
  'Tin đã đưa',
  'Xem thêm',
  'Đọc thêm',
  'Có thể bạn quan tâm',
  'Tin mới nhất',
  'Tin đọc nhiều',
  'Bài viết đọc nhiều',
  'Đọc nhiều nhất',
  'Xem nhiều nhất',
  'Thông tin khác',
  // a NukeViet portal's news module (audit 27)
  'Những tin mới hơn',
  'Những tin cũ hơn',
];

/**
 * A site's own name by its shape: a newspaper's ("Báo Tin Tức", "Tạp chí Tài Chính", every word after the opening one
 * capitalised), a portal's ("Cổng thông tin điện tử tỉnh Bắc Kạn", "Trang TTĐT huyện X", "Cổng Thông tin điện tử
 * Chính phủ", "… Sở Y tế tỉnh Quảng Ninh": after the portal's words only unit words and names, each name word opening
 * capitalised; not the news about a portal, "Cổng thông tin điện tử tỉnh chính thức vận hành"). As a page's whole
 * <title>, or as the first line of a page's text above the headline, it names the site, not the article. No first
 * line of corpus/real or dev has this shape.
 */
export const SITE_NAME_LINES: readonly RegExp[] = [
  // a broadcaster is "Đài" and its kind ("Đài Truyền hình …", "Đài Tiếng nói …"): "Đài Loan" is Taiwan
  // (each word after a space: with none needed, a run of capitals was cut every way into five words, 15 s for one line
  // of 120 characters)
  /^(?:Báo|Tạp\s+chí|Đài(?=\s+(?:Truyền|Phát|Tiếng|PT|TH)))(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){1,5}(?:\s+(?:điện\s+tử|online|Online))?$/u,
  /^(?:Cổng|Trang)\s+(?:[Tt]hông\s+tin(?:\s+[Đđ]iện\s+tử)?|TTĐT)(?:\s+(?:[-–|]\s+)?(?:của|tỉnh|thành\s+phố|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|[\p{Lu}\d][\p{L}\p{M}\d&.-]*(?:\s+\p{Ll}[\p{L}\p{M}]*){0,3})){0,8}$/u,
  // the same in capitals ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN")
  /^(?:CỔNG|TRANG)\s+(?:THÔNG\s+TIN|TTĐT)[\p{Lu}\p{M}\d\s&.-]{0,120}$/u,
  /^Báo\s+điện\s+tử(?:\s+\S+){0,7}$/iu,
];

/** Headings of the article's tags alone on a line, the tags one to a line under them ("Tags:", "thời sự", …). */
export const TAGS_HEADINGS: readonly string[] = ['Tags', 'Tag', 'Từ khóa', 'Từ khoá', 'Keywords', 'Chủ đề'];

/** Labels that open a line of the article's tags: "Từ khóa: thời sự, trong nước", "Tags: …". */
export const TAGS_LABEL = /^(?:Từ\s+kh(?:óa|oá)|Tags?|Keywords?)\s*:\s*\S/iu;

/**
 * Inline chrome: counters and widgets glued to real text ("2022-12-15 16:17:43 Số lượt xem 537"). With each pattern,
 * words one of which every match of it holds: a line that holds none of them is not searched.
 */
export const CHROME_INLINE: readonly { pattern: RegExp; holds: readonly string[] }[] = [
  { pattern: /\s*(?:Số\s+)?[Ll]ượt\s+xem\s*:?\s*\d[\d.,]*/gu, holds: ['ượt'] },
  // (a total's words before the count go with it, so before the bare "lượt truy cập" of the next pattern: "Tổng lượt
  // truy cập9,623,431" would leave "Tổng", read as a closing byline; a NukeViet portal's statistics block, audit 27)
  { pattern: /\s*(?:Tất\s+cả|Tổng\s+(?:số\s+)?(?:lượt\s+)?truy\s+cập|Hôm\s+nay|Hôm\s+qua|Tuần\s+này|Tháng\s+này)\s*:?\s*\d[\d.,]*$/gu, holds: ['Tất', 'Tổng', 'Hôm', 'Tuần', 'Tháng'] },
  { pattern: /\s*[Ll]ượt\s+truy\s+cập\s*:?\s*\d[\d.,]*/gu, holds: ['ượt'] },
  // the count before its words at a line's end, after the page's date: "2 tháng mười một 2018 131 lượt xem" (audit 24)
  // (only right after a year or a clock: "… vượt mốc 5.000.000 lượt truy cập" ends a headline; round 24 review)
  { pattern: /(?<=\d{4}|\d:\d\d)\s+\d[\d.,]*\s+lượt\s+(?:xem|truy\s+cập)\s*$/gu, holds: ['ượt'] },
  { pattern: /\s*(?:Đang\s+(?:online|trực\s+tuyến)|Trực\s+tuyến|Online)\s*:?\s*\d[\d.,]*/gu, holds: ['nline', 'rực'] },
  { pattern: /\s*(?:Email|E-mail)\s*Print\s*(?:Góp\s+ý)?\s*$/gu, holds: ['Print'] },
  { pattern: /\s*(?:Chia\s+sẻ|Share)\s*(?:Facebook|Zalo|Twitter)(?:\s*(?:Facebook|Zalo|Twitter))*\s*$/gu, holds: ['Facebook', 'Zalo', 'Twitter'] },
];

/**
 * Lines that are counters on their own: "Đang online32", "Tất cả3095009", "Hôm nay: 120", "Bình luận (0)", "Người xem:
 * 170", "447 lượt xem"; bulleted as a NukeViet portal's statistics block lists them ("• Đang truy cập85", "• Tháng hiện
 * tại106,983"; audit 27).
 */
export const COUNTER_LINE =
  /^(?:[•·]\s*)?(?:(?:Số\s+)?(?:[Ll]ượt\s+xem|[Nn]gười\s+xem|[Ll]ượt\s+truy\s+cập|Đang\s+(?:online|trực\s+tuyến|truy\s+cập)|(?:Tuần|Tháng|Năm)\s+hiện\s+tại|Máy\s+chủ\s+tìm\s+kiếm|Khách\s+viếng\s+thăm|Trực\s+tuyến|Online|Tất\s+cả|Tổng\s+(?:số\s+)?(?:lượt\s+)?truy\s+cập|Hôm\s+nay|Hôm\s+qua|Tuần\s+này|Tháng\s+này|Năm\s+nay|Khách|Bình\s+luận|Lượt\s+thích|Thích)\s*:?\s*(?:\d[\d.,]*|\(\d[\d.,]*\))|\d[\d.,]*\s+lượt\s+(?:xem|truy\s+cập))$/u;

/**
 * Whole lines of a site's own furniture by their shape: the font-size control, and the site's footer that a scraper
 * taking the whole page's text keeps (a follow prompt, the copyright, the publisher and its licence). corpus/real and
 * dev hold none at a line's start (bench/studies/page-tails.mjs); a body sentence that names a licence or a publisher
 * ("tại Giấy phép số 237/GP-NTBD, …", "cơ quan chủ quản") does not open a line with them.
 */
export const SITE_CHROME_LINES: readonly RegExp[] = [
  // the font-size control, its label "Cỡ chữ", "Xem với cỡ chữ" or "Mặc định Cỡ chữ", in a bulleted toolbar too, or with
  // no label ("A+ | A | A-"); the language switch ("Tiếng Việt | English") (round 19)
  /^(?:[•·]\s*)?(?:Xem\s+với\s+|Mặc\s+định\s+)?(?:Cỡ\s+chữ|Font\s+size)\s*:?\s*(?:A[-+]?\s*)*$/iu,
  // (with its contrast switches, as a provincial portal's toolbar writes it: "A- A A+ | Tăng tương phản Giảm tương phản";
  // round 24, audit 23)
  /^A[-+]?(?:\s*\|?\s*A[-+]?){2}(?:\s*\|?\s*(?:Tăng|Giảm)\s+tương\s+phản)*$/u,
  /^(?:Tiếng\s+[Vv]iệt|English|Vietnamese)(?:\s*[|/]\s*(?:Tiếng\s+[Vv]iệt|English|Vietnamese|中文|Français|한국어|日本語))+$/u,
  /^(?:©|\(c\)\s|Copyright\b|Bản\s+quyền\s+(?:thuộc\s+(?:về\s+)?|©|\d{4}))/iu,
  /^(?:Cơ\s+quan\s+chủ\s+quản\s*:|Giấy\s+phép\s+(?:số|hoạt\s+động|xuất\s+bản|thiết\s+lập)[^.]{0,60}\/GP\b)/iu,
  /^Theo\s+dõi\b.{0,60}\b(?:trên|tại|qua)\s+(?:Google\s+News|Facebook|Zalo|YouTube|TikTok|Twitter)\s*$/iu,
  // a push-notification prompt: "Ấn vào đây để nhận tin thông báo mới nhất từ Viettimes.vn" (round 24, audit 23)
  /^(?:Ấn|Nhấn|Bấm|Click|Kích)\s+(?:vào\s+)?đây\s+để\s+(?:nhận|đăng\s+ký|theo\s+dõi)\b.{0,80}$/iu,
  /^(?:(?:Facebook|Twitter|Zalo|Email|E-mail|LinkedIn|Pinterest|Messenger|Copy\s+link|Sao\s+chép\s+liên\s+kết)\s*){2,}$/iu,
  // the share buttons' labels run together: "Chia sẻ bài viết lên facebook Chia sẻ bài viết lên twitter … |"
  /^(?:Chia\s+sẻ(?:\s+bài\s+viết)?\s+(?:lên|qua)\s+(?:Facebook|Twitter|Google\+?|Zalo|LinkedIn|Email)\s*[|]?\s*)+$/iu,
  // a NukeViet portal's news module under the article: its rating ("Tổng số điểm của bài viết là: 0 trong 0 đánh giá",
  // "Xếp hạng: 1 - 1 phiếu bầu", "Click để đánh giá bài viết") and its session prompt ("Bạn đã không sử dụng Site, Bấm
  // vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây"; audits 23 and 27)
  /^Tổng\s+số\s+điểm\s+của\s+bài\s+viết\s+là\s*:\s*\d+\s+trong\s+\d+\s+đánh\s+giá$/iu,
  /^Xếp\s+hạng\s*:\s*\d+(?:[.,]\d+)?\s*-\s*\d+\s+phiếu\s+bầu$/iu,
  /^Click\s+để\s+đánh\s+giá\s+bài\s+viết$/iu,
  /^Bạn\s+đã\s+không\s+sử\s+dụng\s+Site\b.{0,120}$/iu,
  // a portal's clock over its menu, the day the page was fetched, not written: "Hôm nay, Thứ hai ngày 10/08/2020" alone
  // on its line (audit 28; corpus/real writes "Hôm nay, 28/5/2013, tại Hà Nội, …" in a sentence that goes on)
  // a portal's news category over the headline: "Tin tức trong Huyện", "Tin trong tỉnh", "Tin ngoài nước" (audit 28)
  /^Tin(?:\s+tức)?\s+(?:trong|ngoài)\s+(?:huyện|tỉnh|xã|nước|thành\s+phố|phường|thị\s+xã|quận|thị\s+trấn)$/iu,
  /^Hôm\s+nay\s*,?\s*(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)\s*,?\s*(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/iu,
  // a news site's menu link to every section, alone on its line above the page (audit 33, two sites)
  /^Tất\s+cả\s+chuyên\s+mục$/iu,
];

/** An image file name left where the picture was. */
export const IMAGE_FILE_LINE = /^[^\n]{0,250}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu;
/** A picture's element or markdown left alone on its line by a scraper, its alt text inside: "<image>data:image/s3,"s3://crabby-images/62e0f/62e0fc1bab7fa4ad57ea0e40c3d00b6cc71c9c6b" alt="…"</image>",
 *  "![](…)" (audits 25, 33, 35: three sites). */
export const IMAGE_ELEMENT_LINE = /^(?:<image>[^\n]*<\/image>|!\[[^\]\n]*\]\([^)\n]*\))$/u;

/** Section names that make up breadcrumbs ("Tin tức - Sự kiện An ninh - Quốc phòng"). */
export const SECTION_WORDS: readonly string[] = [
  'Trang chủ',
  'Tin tức',
  'Sự kiện',
  'Tin tức - Sự kiện',
  'Thời sự',
  'Chính trị',
  'An ninh',
  'Quốc phòng',
  'An ninh - Quốc phòng',
  'Quốc phòng - An ninh',
  'Kinh tế',
  'Xã hội',
  'Văn hóa',
  'Văn hoá',
  'Thể thao',
  'Giáo dục',
  'Y tế',
  'Pháp luật',
  'Đời sống',
  'Thế giới',
  'Trong nước',
  'Quốc tế',
  'Địa phương',
  'Tin địa phương',
  'Hoạt động',
  'Tin hoạt động',
  'Hoạt động của lãnh đạo',
  'Chỉ đạo điều hành',
  'Tin trong tỉnh',
  // a page's own furniture that stands in its menus like a section (round 13's audits of portal pages kept as text:
  // "Multimedia Đọc Báo in", "Bản in Gởi bài viết", "LỊCH LÀM VIỆC", "THÔNG TIN CHỈ ĐẠO ĐIỀU HÀNH")
  'Multimedia',
  'Đọc báo in',
  'Báo in',
  'Bản in',
  'Gởi bài viết',
  'Gửi bài viết',
  'Lịch làm việc',
  'Thông tin chỉ đạo điều hành',
  'Tin trong nước',
  'Tin tổng hợp',
  'Nông nghiệp',
  'Nông thôn',
  'Khoa học',
  'Công nghệ',
  'Du lịch',
  'Môi trường',
  'Giải trí',
  'Quân sự',
  'Biên phòng',
  'Công an',
  'Đảng',
  'Xây dựng Đảng',
  'Chuyên đề',
  'Media',
  'Multimedia',
  'Video',
  'Ảnh',
];

/** Separators seen between breadcrumb items. */
export const BREADCRUMB_SEPARATOR = /\s*(?:>|»|›|\/|\||-|–|—|::)\s*/u;
