// The words of credits: how articles print who wrote them and for which outlet. Data, not code.
import { ADMIN_BODIES } from './units.js';

/**
 * Credit prefixes that only ever label a credit: what follows them is people or a desk, whatever its case ("Tin, ảnh:
 * Ban Thanh thiếu nhi – Trường học").
 */
const CREDIT_ONLY_PREFIXES: readonly string[] = [
  'Tin và ảnh', 'Tin, ảnh, video', 'Tin, ảnh', 'Tin - ảnh', 'Tin/ảnh', 'Bài và ảnh, video', 'Bài và ảnh', 'Bài, ảnh', 'Bài - ảnh',
  'Bài/ảnh', 'Nhóm phóng viên', 'Nhóm PV', 'Tác giả', 'Người viết', 'Phóng viên',
  // a NukeViet portal's news module: "Tác giả bài viết: Đỗ Hồng" over "Nguồn tin: baochinhphu.vn" (audit 27)
  'Tác giả bài viết',
];

/**
 * Credit prefixes that also tag a genre or a headline ("Ghi chép: Những người giữ lửa …", "Tin: …"): a credit's only
 * before names (NOT_A_CREDITS_WORD).
 */
const CREDIT_OR_GENRE_PREFIXES: readonly string[] = [
  'Bài', 'Tin', 'Thực hiện', 'Ghi chép', 'Lược dịch', 'Tổng hợp', 'Nguồn',
  // the label of a video embed the scraper dropped, the byline after it ("… chống khủng bố. VIDEO XEM THÊM: Hòa Bình")
  'VIDEO XEM THÊM', 'Xem video',
];

/**
 * A writer's professional title before the name of a closing credit: "….Lương y Minh Phúc", "….BS Nguyễn Sào Trung",
 * "…. TS Nguyễn Đình San", several in a row ("GS.TS.BS Nguyễn Sào Trung"): the name is the byline, as "PGS.TS. Phạm
 * Văn Hoan" is read (bench/studies/round26.mjs titled-byline).
 */
export const WRITER_TITLES: readonly string[] = ['Lương y', 'Bác sĩ', 'BS', 'Dược sĩ', 'ThS', 'Ths', 'TS', 'PGS', 'GS', 'Luật sư', 'LS', 'Kỹ sư', 'KS'];

/** Words before the names of a credit: "Tin, ảnh: Minh Anh", "Bài và ảnh: …", "Tác giả: …". */
export const CREDIT_PREFIXES: readonly string[] = [...CREDIT_ONLY_PREFIXES, ...CREDIT_OR_GENRE_PREFIXES];

/**
 * Among the first three words after a credit's colon, one opening in lower case that is no joiner ("và") and no
 * address ("baoquangninh.com.vn"): the line is a headline with a genre's tag ("Ghi chép: Những người giữ lửa …", "Xem
 * video: Lễ ra quân …"), no credit, which names people or an outlet (round 19 second review).
 */
const NOT_A_CREDITS_WORD = `(?:\\S+\\s+){0,2}(?!và(?:\\s|$))\\p{Ll}[^\\s.]*(?:\\s|$)`;

const prefixPattern = (prefixes: readonly string[]) => [...prefixes].sort((a, b) => b.length - a.length).map((p) => p.replace(/[/.]/g, '\\$&')).join('|');

/** An outlet's bracketed tag opening a line: a lead, not a headline ("(BĐ) - Sáng 22.4, …", "(LSO) – Năm 2020, …"). */
export const LEAD_TAG = /^\s*\([^()\d][^()]{0,29}\)\s*\.?\s*[-–—]/u;
/** That tag and nothing after it: all that stands before a lead's first words ("(LSO) – "). */
export const LEAD_TAG_ONLY = new RegExp(`${LEAD_TAG.source}\\s*$`, 'u');

/**
 * A line that is a credit: a credit's words and a colon opening it ("Tin, ảnh: Nguyễn Tuyết Mai", "Tác giả: Hoàng
 * Thạc"), under a headline or closing a text; never a headline ("Bài 1: …", a series' part, has its number first). A
 * prefix that also tags a genre ("Ghi chép", "Xem video", "Tin") is a credit's only before names (NOT_A_CREDITS_WORD).
 */
export const CREDIT_LINE = new RegExp(
  `^\\s*(?:(?:${prefixPattern(CREDIT_ONLY_PREFIXES)})\\s*:\\s*\\S|(?:${prefixPattern(CREDIT_OR_GENRE_PREFIXES)})\\s*:\\s*(?=\\S)(?!${NOT_A_CREDITS_WORD}))`,
  'u',
);

/** Credits that name no person: the agency or the paper's reporters ("(TTXVN)", "PV"). */
export const AGENCY_CREDITS: readonly string[] = ['TTXVN', 'TTXVN/Tin Tức', 'TTXVN/Vietnam+', 'PV', 'P.V', 'Nhóm PV', 'CTV', 'BTV', 'VOV', 'VOV.VN'];

/**
 * Closing credits that name no one: compiled by the paper ("Tổng hợp"), or collected from elsewhere ("St", "ST",
 * "Sưu tầm": sưu tầm; bench/studies/author-closing-notes.mjs: 9 such closing lines in corpus/real, all under reposted
 * features, none a person's initials).
 */
export const UNNAMED_CREDITS: readonly string[] = ['Tổng hợp', 'T.Hợp', 'Sưu tầm', 'St', 'ST'];

/**
 * A serial's marks that close an instalment, in lower case ("còn nữa", "còn tiếp", "hết"): glued to "Theo" they are no
 * lower-case byline ("… sẽ còn tăng. còn nữaTheo Infonet"; round 16 review).
 */
export const SERIES_MARKS: readonly string[] = ['còn nữa', 'còn tiếp', 'hết', 'kỳ sau', 'kỳ tới', 'xem tiếp', 'đón đọc'];

/**
 * Words that open a sentence, never a name's first syllable: a line of two such words ends a text the page store cut
 * mid-sentence ("… đoàn kết quân dân. ⏎ Sau lễ"), no byline typed in lower case ("Sỹ lực"; round 24, audit 23).
 */
export const SENTENCE_OPENERS: readonly string[] = [
  'Sau', 'Trong', 'Tại', 'Theo', 'Với', 'Khi', 'Các', 'Những', 'Để', 'Đến', 'Từ', 'Cùng', 'Qua', 'Do', 'Vì', 'Nhưng', 'Còn',
  'Ngoài', 'Trước', 'Về', 'Cũng', 'Đây', 'Đó', 'Hiện', 'Tiếp', 'Nhằm', 'Nhờ', 'Mỗi', 'Mọi', 'Một', 'Hai', 'Ba', 'Có', 'Là',
];

/** Page chrome glued after the last sentence or the credit. */
export const TRAILING_CHROME: readonly string[] = ['Email Print Góp ý', 'Xem thêm', 'Bấm xem', 'Mời bạn đọc', 'TIN LIÊN QUAN', 'Tin liên quan', 'Video:'];

/** Lines that look like names but are page furniture ("Top": a news page's back-to-top link under its footer). */
export const NOT_BYLINES: readonly string[] = [
  'Top', 'Xem thêm', 'Tin liên quan', 'Video', 'Ảnh', 'Toàn cảnh', 'Sign In', 'Email', 'Print', 'Góp ý', 'Chia sẻ', 'Bình luận',
  // a comment form's captcha button and a page's media menu at its end (round 17 audits)
  'Làm mới', 'Security code', 'Thêm ý kiến', 'Phóng sự ảnh', 'Video clip',
  // a comment form's send and reply buttons under the byline ("Thực hiện: Đinh Trọng" then "Gửi"; round 27, audit 32;
  // closing lines of corpus/real, dev and the audits: "Gửi" 1, "Trả lời" 2, "Bình luận" 4)
  'Gửi', 'Gửi bình luận', 'Trả lời',
  // a teaser's "read on" link above its credit ("Đọc tiếp …" over "Phóng viên VNS"; round 28, audit 36)
  'Đọc tiếp', 'Xem tiếp',
  // a portal's language switch closing its page ("English" under the last paragraph; round 29, audit 42)
  'English', 'Tiếng Việt', 'Vietnamese',
];

/**
 * Outlets and desks whose names are written in sentence case, which may close a text alone, without "Theo": "… trên
 * Biển Đông. Dân trí". A closing line in sentence case that is none of them is the page's or the text's own words ("Bấm
 * xem ngay", "Mong lắm thay!", "Phóng sự ảnh", a word cut off, "Đại diện lãnh"); bench/studies/round17-author.mjs:
 * 21 such closing credits on corpus/real, 10 of them these names, none of the other 11 a credit but two persons' names
 * misprinted. The other outlets are credited with "Theo".
 */
export const SENTENCE_CASE_OUTLETS: readonly string[] = [
  'Dân trí', 'Tuổi trẻ', 'Thanh niên', 'Tiền phong', 'Lao động', 'Người lao động', 'Nhân dân', 'Thời đại', 'Trí thức trẻ',
  'Ngôi sao', 'Kiến thức', 'Pháp luật', 'Đời sống', 'Đời sống gia đình', 'Tài chính', 'Biên phòng', 'Nhóm phóng viên',
  'Ban Bạn đọc', 'Bạn đọc',
];

/**
 * How the body or outlet a writer works for opens, after the writer's name in a closing credit: "Nguyễn Tiến Tùng -
 * LĐLĐ huyện Chợ Mới", "Trần Mạnh Cường – Huyện đoàn Đoan Hùng", "Vũ Hoa - Đài Truyền thanh huyện", "Ngọc Hoa - Truyền
 * Thanh", "Hoàng Trang/Báo Tin Tức" (provincial portals credit their contributors so; bench/studies/round21-author.mjs).
 * Only words no second writer's name opens with ("Đoàn" alone is a surname, "Trường" a given name, "Ban Mai" a pen
 * name); not schools (a winners' list may close with "Trần Thị Lan - Trường THPT Nguyễn Du"). An abbreviation of three
 * consonants in capitals ("HND", "ĐTT"), or of four to six capitals with one vowel after two consonants that open
 * no Vietnamese syllable ("DVCI", not "THANH"), is a body too, and so is a commune officer's post by its office's
 * abbreviation ("Ngọc An – Cán bộ VHTT"; not "– Cán bộ địa chính xã phát biểu …", a caption's; round 27, audits 30
 * and 31, bench/studies/round27.mjs writers-post: real and dev 0). The government and party bodies are ADMIN_BODIES.
 */
export const WRITERS_BODIES: readonly string[] = [
  ...ADMIN_BODIES,
  'Đài', 'Báo', 'Tạp chí', 'Truyền thanh', 'Truyền Thanh', 'Truyền hình', 'Truyền Hình', 'Trung tâm', 'Cổng thông tin',
  'Trang thông tin', 'Phòng', 'Ban Tuyên giáo', 'Văn phòng', 'Sở', 'Ủy ban', 'Uỷ ban', 'Huyện đoàn', 'Tỉnh đoàn', 'Thành đoàn',
  'Đoàn thanh niên', 'Hội nông dân', 'Hội Phụ nữ', 'Hội LHPN', 'Hội CCB', 'Liên đoàn', 'Công đoàn', 'Huyện uỷ', 'Tỉnh uỷ',
  'Thành uỷ', 'Đảng uỷ',
];

/**
 * More bodies a writer names in brackets after a byline glued to the body's last sentence: "….Vân Thanh (Hải quan Đà
 * Nẵng)", "….Nguyễn Hồng Lê (Khoa Việt Nam học - ĐH Hà Nội)" (bench/studies/round26.mjs writers-body-bracket). Not on a
 * line of its own, where "Nguyễn Văn Hùng (Khoa Nhi)" is a caption, nor after a dash ("Nguyễn Văn Hùng - Trường THCS Tân
 * Lập"; round 26 review).
 */
export const GLUED_CREDIT_BODIES: readonly string[] = ['Hải quan', 'Chi cục', 'Khoa', 'Đại học'];
