// Words around personal names. Data, not code.

/** Vietnamese surnames, common and rare (a name after a title must start with one). */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương', 'Đinh', 'Lâm', 'Phùng', 'Mai', 'Tô', 'Hà', 'Tạ', 'Cao', 'Lương',
  'Lưu', 'Quách', 'Châu', 'Thái', 'Tống', 'Kiều', 'La', 'Triệu', 'Lại', 'Tăng', 'Đàm', 'Chu', 'Giang', 'Khổng',
  'Kim', 'Lạc', 'Lục', 'Mạc', 'Mẫn', 'Nghiêm', 'Ninh', 'Nông', 'Phí', 'Quan', 'Thân', 'Thạch', 'Tiêu', 'Từ',
  'Ung', 'Viên', 'Vi', 'Âu', 'Ông', 'Bạch', 'Bế', 'Cù', 'Cung', 'Diệp', 'Doãn', 'Điêu', 'Đồng', 'Giáp', 'Hầu',
  'Hứa', 'Khúc', 'Khương', 'Khuất', 'Lã', 'Lò', 'Lỗ', 'Lường', 'Mã', 'Ma', 'Nhan', 'Phương', 'Sầm', 'Tào',
  'Thiều', 'Tôn', 'Tòng', 'Trình', 'Trang', 'Tiết', 'Uông', 'Vàng', 'Vừ', 'Xa', 'Hán', 'Cấn', 'Chế', 'Chử', 'Du',
  'Hàn', 'Hoa', 'Kha', 'Khưu', 'Lô', 'Luyện', 'Mông', 'Ngọ', 'Phù', 'Quản', 'Quàng', 'Sái', 'Sùng', 'Thào',
  'Thều', 'Văn', 'Vòng', 'Y', 'Ksor', 'Rơ', 'Siu', 'Rmah', 'Nay', 'Kpă', 'H', 'Lầu', 'Giàng', 'Mùa', 'Sình',
  'Hờ', 'Cầm', 'Đèo', 'Lù', 'Hùng', 'Khiếu', 'Ôn', 'Yên', 'Bành', 'Biện', 'Đường', 'Lỳ', 'Sa', 'Danh', 'Thạch',
  'Tất', 'Công', 'Văng', 'Phó', 'Lạng', 'Bàn', 'Đậu', 'Đới', 'Hoàng', 'Trác', 'Mầu', 'Âu Dương',
  // Chinese leaders as Vietnamese writes them ("Tập Cận Bình", "Lữ Thái Hậu"), monks' "Thích", northern minorities
  'Tập', 'Lữ', 'Thích', 'Phàn', 'Sèn', 'Tẩn', 'Chảo', 'Hạng', 'Mua', 'Thò', 'Chang', 'Pờ', 'Lìu', 'Sần',
  // round 17: "Trưởng Ban tổ chức Huyện uỷ Chung Văn Hoan" (corpus/real: Chung Văn Điểm, Chung Thị Ngọc, Chung Gia Hân)
  'Chung',
  // round 24: northern minorities' surnames before "A", "Seo", "Văn" (audit 24 "Lâu Văn Phía", beside "Lầu"; corpus/real
  // and dev: Chẩu Văn 2, Sủng A 1, Lừu Seo 1)
  'Lâu', 'Chẩu', 'Sủng', 'Lừu', 'Tráng', 'Hảng',
];

/** Syllables that are far more often a middle name than anything else: they confirm a name. */
export const MIDDLE_NAMES: readonly string[] = [
  'Văn', 'Thị', 'Hữu', 'Quang', 'Ngọc', 'Minh', 'Xuân', 'Thanh', 'Công', 'Đình', 'Trọng', 'Hồng', 'Thu',
  'Mạnh', 'Tiến', 'Bá', 'Duy', 'Chí', 'Quốc', 'Việt', 'Tuấn', 'Như', 'Thế', 'Khắc', 'Viết', 'Song', 'Trung',
  'Thành', 'Kim', 'Phương', 'Hải', 'Hoài', 'Huy', 'Cao', 'Bích', 'Diệu', 'Lệ', 'Tấn', 'Đăng', 'Sỹ',
  'Sĩ', 'Thái', 'Nhật', 'Hoàng', 'Gia', 'Bảo', 'Phúc', 'Thúy', 'Vĩnh', 'Xuân', 'Hà', 'Lương', 'Trí',
];

/**
 * The middle names that all but make a name: after a unit word, a one-syllable unit that is a surname ("thị trấn Lâm",
 * "xã Phan") followed by one of these opens a person's name ("Chủ tịch UBND thị trấn Lâm Văn Hùng"; round 20, the names
 * variant of bench/studies/round20-words.mjs). Units named after persons are longer ("huyện Trần Văn Thời").
 */
export const SURE_MIDDLE_NAMES: readonly string[] = ['Văn', 'Thị'];

/** "đồng chí" in its spellings: the honorific of a party member, also of one named again by post alone. */
export const COMRADES: readonly string[] = ['đồng chí', 'Đồng chí', 'đ/c', 'Đ/c', 'đ/ c', 'ĐC'];

/** Words that introduce a person: "đồng chí", "đ/c", "ông", "bà"… Citizens come with some of them too. */
export const HONORIFICS: readonly string[] = [
  ...COMRADES,
  'ông',
  'Ông',
  'bà',
  'Bà',
  'anh',
  'Anh',
  'chị',
  'Chị',
  'bác sĩ',
  'Bác sĩ',
  'BS',
  'BS.',
  'TS',
  'TS.',
  'ThS',
  'ThS.',
  'PGS.TS',
  'PGS.TS.',
  'PGS',
  'GS.TS',
  'GS',
  'GS.',
  // written out, before a foreign name as often as a Vietnamese one ("Tiến sĩ Dan Reidenberg, lãnh đạo Ủy ban …",
  // "Giáo sư Andrew Trites, Giám đốc …", "ngài Craig Chittick, Đại sứ …"): bench/studies/round16-officials.mjs
  'Tiến sĩ',
  'tiến sĩ',
  'Giáo sư',
  'giáo sư',
  'Ngài',
  'ngài',
  'Tổng giám mục',
  'Giám mục',
  'nhà báo',
  'Nhà báo',
  'luật sư',
  'Luật sư',
  'kỹ sư',
  'Kỹ sư',
  'NSND',
  'NSƯT',
  'Thượng tọa',
  'Hòa thượng',
  'Đại đức',
  'Linh mục',
  'Mục sư',
  // an Arab honorific before a foreign name ("Ngoại trưởng Qatar Sheikh Mohammed bin Abdulrahman al-Thani")
  'Sheikh',
];

/**
 * Professions whose members are no officials for being named ("luật sư Trần Vũ Hải cho biết"), but are when a post
 * stands in apposition ("Luật sư Thái Văn Chung, Tổng Thư ký Hội Luật gia", "chuyên gia Vũ Tuấn Anh, Giám đốc …"):
 * the post is stated (ANNOTATION.md). bench/studies/round16-officials.mjs.
 */
export const PROFESSIONS_WITH_POSTS: readonly string[] = ['luật sư', 'chuyên gia', 'nhà phân tích', 'nghệ sĩ'];

/** Suspects and defendants: an official after all when a post of theirs is stated ("Lê Đình Văn là Giám đốc Công ty Thiên Lộc"). */
export const SUSPECTS: readonly string[] = ['bị cáo', 'bị can', 'đối tượng', 'nghi phạm', 'nghi can', 'can phạm', 'phạm nhân', 'kẻ'];

/**
 * Words that introduce a person who is not an official of the story, whatever else is said of them: victims,
 * players, coaches, performers; and suspects, unless a post of theirs is stated.
 */
export const NOT_OFFICIAL_ROLES: readonly string[] = [
  ...SUSPECTS, 'tên', 'bị hại', 'nạn nhân',
  'HLV', 'huấn luyện viên', 'HLV trưởng', 'cầu thủ', 'tiền đạo', 'tiền vệ', 'hậu vệ', 'thủ môn', 'trung vệ', 'VĐV',
  'vận động viên', 'tay vợt', 'võ sĩ', 'kỳ thủ', 'danh thủ', 'ca sĩ', 'nhạc sĩ', 'diễn viên', 'người mẫu', 'hoa hậu',
  'MC', 'nghệ sĩ', 'chuyên gia', 'nhà phân tích', 'luật sư', 'chủ quán', 'chủ cửa hàng', 'chủ tiệm', 'tiểu thương',
];

/** Country names of two words or more (one-word ones — Đức, Nga, Mỹ, Anh — are also given names) that may stand between a title and a name: "Đại sứ Ô-xtrây-li-a Craig …". */
export const COUNTRIES: readonly string[] = [
  'Việt Nam', 'Trung Hoa', 'Hy Lạp', 'Cam-pu-chia', 'Campuchia', 'Trung Quốc', 'Nhật Bản', 'Hàn Quốc', 'Triều Tiên', 'Mỹ', 'Hoa Kỳ', 'Liên bang Nga', 'Đức', 'Anh', 'Ô-xtrây-li-a', 'Australia', 'In-đô-nê-xi-a', 'Indonesia', 'Ma-lai-xi-a',
  'Malaysia', 'Xin-ga-po', 'Singapore', 'Thái Lan', 'Mi-an-ma', 'Myanmar', 'Phi-líp-pin', 'Philippines', 'Bru-nây', 'Brunei',
  'Ấn Độ', 'Cu-ba', 'Cuba', 'Ca-na-đa', 'Canada', 'Niu Di-lân', 'New Zealand', 'I-ta-li-a', 'Italia', 'Tây Ban Nha',
  'Hà Lan', 'Thụy Điển', 'Thụy Sĩ', 'Ba Lan', 'Hung-ga-ri', 'U-crai-na', 'Ukraine', 'Bê-la-rút', 'Ca-dắc-xtan',
  'Mông Cổ', 'Đài Loan', 'Ai Cập', 'Nam Phi', 'Bra-xin', 'Brazil', 'Mê-hi-cô', 'Mexico', 'Ác-hen-ti-na', 'Chi-lê',
  'Vê-nê-xu-ê-la', 'I-xra-en', 'I-ran', 'I-rắc', 'Xy-ri', 'Xi-ri', 'Phi-li-pin', 'Thổ Nhĩ Kỳ', 'Hy Lạp', 'Na Uy', 'Đan Mạch', 'Phần Lan', 'Ai-len',
  // Latin spellings, which open the capitalised run before a foreign name ("Tổng thống Rwanda Paul Kagame")
  'Rwanda', 'Colombia', 'Qatar', 'Liban', 'Lebanon', 'Iran', 'Iraq', 'Syria', 'Israel', 'Kuwait', 'Afghanistan', 'Pakistan',
  'Venezuela', 'Argentina', 'Chile', 'Peru', 'Nigeria', 'Kenya', 'Libya', 'Yemen', 'Bulgaria', 'Romania', 'Serbia',
  'Belarus', 'Kazakhstan', 'Nepal', 'Bangladesh', 'Sri Lanka', 'Scotland', 'Ireland', 'Senegal', 'Ethiopia', 'Uganda',
  'Tanzania', 'Zimbabwe', 'Somalia', 'Sudan', 'Haiti', 'Ecuador', 'Bolivia', 'Cameroon', 'Palestine', 'Bahrain', 'Oman',
  'Ghana', 'Tunisia', 'Algeria', 'Maroc', 'Morocco', 'Croatia', 'Slovakia', 'Uzbekistan', 'Azerbaijan', 'Armenia',
  'Liên hợp quốc', 'Lầu Năm Góc', 'ASEAN', 'EU', 'UNICEF', 'UNDP', 'WHO', 'WB', 'ADB', 'IMF', 'JICA', 'KOICA', 'USAID',
];

/**
 * One-word country names that are also given names ("Nga") or parts of bodies' names ("Hội hữu nghị Việt - Nga"):
 * a country only right before a foreign name ("Phó đô đốc Úc David Johnson", "Tổng thống Pháp Macron", "Tổng thống
 * Nga Putin"). Not "Hàn", "Thái": surnames. bench/studies/officials-foreign-surnames.mjs.
 */
export const COUNTRIES_BEFORE_FOREIGN_NAMES: readonly string[] = ['Pháp', 'Nga', 'Úc', 'Nhật', 'Lào', 'Ý', 'Italy', 'Pa-ki-xtan'];

/**
 * Lower-case words inside foreign names: "Mohammed bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
 * Not "do": the Vietnamese "by, because of" follows names all the time ("Tổng thống Donald Trump do Reuters đăng tải").
 */
export const FOREIGN_NAME_PARTICLES: readonly string[] = ['bin', 'bint', 'ibn', 'al', 'el', 'de', 'der', 'van', 'von', 'da', 'di', 'dos', 'du', 'la', 'le'];

/** People who are named with a title in history and remembrance, not as officials of the event. */
export const NOT_OFFICIALS: readonly string[] = [
  'Hồ Chí Minh',
  'Võ Nguyên Giáp',
  'Tôn Đức Thắng',
  'Lê Duẩn',
  'Trường Chinh',
  'Phạm Văn Đồng',
  'Nguyễn Văn Linh',
  'Lê Đức Thọ',
  'Trần Hưng Đạo',
  'Quang Trung',
  'Lý Thường Kiệt',
  'Hai Bà Trưng',
  'Nguyễn Ái Quốc',
];

/** What follows "châu" in a continent's name: "châu Âu", "châu Á"; neither word is a surname there. */
export const CONTINENT_NAMES: readonly string[] = ['Âu', 'Á', 'Phi', 'Mỹ', 'Úc'];

/**
 * Capitalised pairs after a title that look like a surname and a given name but name a place or a ministry: "cộng
 * đồng Châu Á", "Công an quận Bắc Từ Liêm", "Bộ trưởng Công Thương" (the ministry without "Bộ").
 */
export const NOT_PERSON_NAMES: readonly string[] = [...CONTINENT_NAMES.map((c) => `Châu ${c}`), 'Công Thương', 'Từ Liêm', 'Lầu Năm Góc'];

/**
 * Lower-case words that end a position phrase: what the person does next ("… Chủ tịch UBND huyện trao giấy
 * khen", "… Tư lệnh Quân khu 3 đồng chủ trì").
 */
export const CLAUSE_VERBS: readonly string[] = [
  'cho biết', 'cho hay', 'phát biểu', 'tâm sự', 'kể', 'nhấn mạnh', 'khẳng định', 'đề nghị', 'yêu cầu', 'trao', 'tặng', 'trao tặng',
  'chủ trì', 'đồng chủ trì', 'chia sẻ', 'ghi nhận', 'biểu dương', 'báo cáo', 'đánh giá', 'kết luận', 'dự', 'tham dự',
  'đến dự', 'thăm', 'kiểm tra', 'chỉ đạo', 'phát động', 'gửi', 'giao', 'tiếp', 'làm việc', 'đã', 'vừa', 'sẽ', 'đang',
  'được', 'cùng', 'nói', 'thông tin', 'cũng', 'lưu ý', 'quán triệt', 'tuyên bố', 'trình bày', 'điều hành',
  'chúc mừng', 'động viên', 'khai mạc', 'bế mạc', 'thay mặt', 'ký', 'nêu', 'nhận', 'đọc', 'công bố', 'trả lời',
  'giải thích', 'bày tỏ', 'phân tích', 'thừa nhận', 'dẫn đầu', 'chủ tọa', 'tiếp thu', 'đánh giá cao', 'cảm ơn',
  'ghi nhận', 'cắt băng', 'dâng hương', 'tặng hoa', 'trao quà', 'tặng quà', 'khen ngợi', 'mong muốn', 'hy vọng', 'phấn khởi',
  'tin tưởng', 'lưu ý', 'đặt vấn đề', 'chủ động', 'tiếp nhận', 'xác định', 'chỉ rõ', 'chỉ ra', 'cam kết', 'hứa',
  'đề xuất', 'kiến nghị', 'giới thiệu', 'trao đổi', 'thảo luận', 'hướng dẫn', 'quyết định', 'ký kết', 'đón',
  'đón tiếp', 'tiễn', 'gặp', 'gặp gỡ', 'tham gia', 'có', 'là', 'tại', 'khi', 'và', 'với', 'ngày', 'sáng', 'chiều',
  'tối', 'trưa', 'lên', 'về', 'đi', 'đứng', 'ra', 'vào', 'trực tiếp', 'bấm nút', 'phát lệnh', 'nêu rõ', 'làm', 'thì',
  'mà', 'vẫn', 'đều', 'luôn', 'rất', 'không', 'chưa', 'cần', 'phải', 'bị', 'nên', 'đánh giá cao', 'tuyên dương',
  'khen thưởng', 'kêu gọi', 'nhắc nhở', 'lưu ý', 'dặn dò', 'căn dặn', 'tham quan', 'khảo sát', 'đôn đốc', 'biết',
  'cho rằng', 'nhận định', 'nhận xét', 'thông báo', 'ký quyết định', 'hướng dẫn', 'chứng kiến', 'điều khiển',
  'trao đổi', 'tham luận', 'tổng kết', 'quán triệt', 'truyền đạt', 'nhấn mạnh rằng', 'chúc', 'gửi lời', 'đọc diễn văn',
  'xác nhận',
  // "Ngài Jurgen Stock, Tổng Thư ký Tổ chức Cảnh sát hình sự Quốc tế (Interpol) sang thăm …" (round 16)
  'sang thăm',
  // round 13: "Chủ tịch HĐND xã bể mạc kỳ họp" (a portal's misspelling of "bế mạc")
  'bể mạc',
];

/**
 * Nouns that share a syllable with a clause verb ("dự", "giao", "nói", "tối") and go on a body's name: "Ban Quản lý dự
 * án", "Trung tâm Y tế dự phòng", "Phòng Cảnh sát giao thông", "Bộ Ngoại giao", "Đài Tiếng nói Việt Nam", "Tòa án
 * nhân dân tối cao" (corpus/real: lower-case "tối cao" 54 times, after "nhân dân", "Tòa án", "thủ lĩnh", "lãnh đạo" …).
 */
export const VERB_LIKE_NOUNS: readonly string[] = ['giao thông', 'hậu cần', 'dự án', 'dự phòng', 'dự báo', 'dự toán', 'dự trữ', 'ngoại giao', 'tiếng nói', 'tối cao', 'hàng không'];

/**
 * Bodies named by a clause verb after a body's word: the verb ends no post inside them ("Chủ nhiệm ủy ban kiểm tra
 * Đảng ủy", "Trưởng đoàn kiểm tra liên ngành"; not "… cho biết, đoàn kiểm tra 18 tàu"). bench/studies/round13-officials.mjs
 * (uyban): corpus/real "đoàn kiểm tra" 73, "ủy ban kiểm tra" 19, "tổ kiểm tra" 4, "ban kiểm tra" 1.
 */
export const BODIES_NAMED_BY_VERB: readonly string[] = ['ủy ban kiểm tra', 'uỷ ban kiểm tra', 'ban kiểm tra', 'đoàn kiểm tra', 'tổ kiểm tra'];

/**
 * Words before the first syllable of a verb-like noun that make that syllable theirs, so that the verb after it is
 * one: "ngân hàng không trả lời", "khách hàng không được" (the negation), not "hãng hàng không", "Công ty Cổ phần
 * Hàng không" (aviation). bench/studies/officials-aviation.mjs: in corpus/real "hàng không" after "hãng" 106 times,
 * "cảng" 31, "cục" 22 (aviation); after "khách" 16, "ngân" 8 (the negation).
 */
export const VERB_LIKE_NOUN_TAKEN: Readonly<Record<string, readonly string[]>> = {
  hàng: ['ngân', 'khách', 'nhà', 'cửa', 'mặt', 'đơn', 'lô', 'món', 'người'],
};

/**
 * Lower-case words after "và" that add a person or a clause, not the rest of a body's name ("Giám đốc Sở X và ông
 * …", "… và các cán bộ", "… và phu nhân"): "và" goes on a name only before other lower-case words ("Cục Quản lý nợ
 * và tài chính đối ngoại", "Hội Hồi sức cấp cứu và chống độc").
 */
export const NOT_NAME_AFTER_AND: readonly string[] = [
  'các', 'những', 'một', 'mọi', 'nhiều', 'hai', 'ba', 'cùng', 'người', 'phu nhân', 'vợ', 'chồng', 'con', 'lãnh đạo',
  'cán bộ', 'đại diện', 'thành viên', 'đoàn', 'nhân viên', 'đồng nghiệp', 'cấp phó', 'bạn', 'sinh', 'đồng chí', 'ngài', 'cựu', 'nguyên',
];

/**
 * Lower-case words that end a post read after a name without being verbs: time ("nay", "hiện nay", "trước đây",
 * "tới"), links to what follows ("đồng thời", "theo số điện thoại", "thay nhà báo", "vì", "bởi"), another person
 * ("cho ông", "của ông"), a sanction ("… Tạp chí Mặt trận bằng hình thức giáng chức"): "Chủ tịch UBND tỉnh Yên
 * Bái nay là Bí thư", "Phó Giám đốc CATP tới dự".
 */
export const POSITION_ENDERS: readonly string[] = [
  'nay', 'hiện nay', 'năm nay', 'trước đây', 'tới', 'từng', 'đồng thời', 'theo', 'thay', 'vì', 'bởi', 'cho', 'của ông', 'của bà', 'nơi',
  'bằng hình thức',
  // round 10: a time or occasion after "trong" ("Cục trưởng Bản quyền Tác giả trong cuộc họp sáng 25/5", "… trong
  // bối cảnh …", "… trong lần họp báo …"); not a body's "trong nước" ("Vụ Thị trường trong nước")
  'trong cuộc', 'trong bối cảnh', 'trong việc', 'trong nhiệm kỳ', 'trong lần', 'trong hội nghị', 'trong buổi', 'trong phiên',
];

/**
 * Capitalised words that open a sentence and go on no body's name: inside a post read after a name they open a
 * sentence the source glued on without its full stop (a caption run into the text), so the post ends before them.
 * Each with what must follow it: anything ("… quận 1 Theo PLO"), a lower-case word ("Thống đốc NHNN Việt Nam Trong
 * phiên họp …", "… CTCK TP. HCM (HCM) Tuy tình hình", "Tuy nhiên"; not "Tuy Hòa"), or a number ("… Thanh tra Chính phủ
 * Ngày 8/2/2017"; not "VKSND Tối cao", "Khởi nghiệp Sáng tạo", "Ngày thơ Việt Nam"). Words of a name that follow an
 * opener's syllable are in GLUED_OPENER_NAME_WORDS. bench/studies/officials-glued-openers.mjs.
 */
export const GLUED_OPENERS: Readonly<Record<string, 'any' | 'lower' | 'number'>> = {
  Theo: 'any',
  // precision round 11: "… Giám đốc Sân khấu kịch IDECAF Ở những vở diễn này", "… Ủy ban Kinh tế, Quốc hội Có một số
  // ý kiến"; in corpus/real these words, capitalised after a word with no mark between, open a glued sentence every
  // time ("Huỳnh Ở trận", "Mai Có ba", "ng nay Những ngày"); not "Sau" ("Khoa Sau đại học"), "Hiện" ("Hiện Đại")
  Ở: 'lower',
  Có: 'lower',
  Những: 'lower',
  Nhiều: 'lower',
  Khi: 'lower',
  Nếu: 'lower',
  Nhưng: 'lower',
  Còn: 'lower',
  Đây: 'lower',
  Cụ: 'lower',
  Trong: 'lower',
  Tuy: 'lower',
  Ngày: 'number',
  Sáng: 'number',
  Trưa: 'number',
  Chiều: 'number',
  Tối: 'number',
  Hôm: 'number',
};

/** Lower-case words that go on a name after an opener's syllable: "Vụ Thị trường Trong nước" (the domestic market). */
export const GLUED_OPENER_NAME_WORDS: readonly string[] = ['nước'];

/**
 * An election or an appointment to a post (round 22, bench/studies/round22-officials.mjs): between a name and its post
 * ("ông Phạm Sỹ Quý được bổ nhiệm làm Giám đốc Sở …", "ông Đinh Dũng tái trúng cử chức danh Chủ tịch UBND phường"), and
 * between a post held and the one elected or appointed to ("ông Nguyễn Đình Hùng - Bí thư Đảng ủy trúng cử chức danh
 * Chủ tịch HĐND phường", "Lưu Trang - Phó Hiệu trưởng, được bổ nhiệm giữ chức vụ Hiệu trưởng …").
 */
const APPOINTED_TO: readonly string[] = [
  'được bầu giữ chức', 'được bầu làm', 'được bổ nhiệm làm', 'được bổ nhiệm giữ chức', 'được bổ nhiệm giữ chức vụ', 'trúng cử chức danh', 'tái trúng cử chức danh',
];

/**
 * Words that join a further post of the same person after a post: "Chủ tịch HĐQT kiêm Tổng giám đốc", "Chủ tịch UBND
 * tỉnh Yên Bái nay là Bí thư Tỉnh ủy", "Thủ tướng Ethiopia đồng thời là Chủ tịch AU" (not "đồng thời" alone: "…,
 * đồng thời Chủ tịch ban ATGT tỉnh phải chịu trách nhiệm" names another person).
 */
export const POST_LINKS: readonly string[] = [
  'kiêm', 'đồng thời là', 'đồng thời kiêm', 'đồng thời cũng là', 'nay là', 'hiện là', 'hiện nay là', 'cũng là', 'và cũng là',
  ...APPOINTED_TO,
];

/**
 * Words between a name and a post that state the post is the person's, as "là" does ("Lê Đình Văn là Giám đốc Công
 * ty Thiên Lộc"): "Hồ Văn Hải giữ chức Giám đốc Halico", "Nguyễn Tuấn Hải được bầu giữ chức Phó Bí thư Đoàn Trường",
 * "Hoàng Thị Lệ Hằng hiện là Phó Viện trưởng …" (bench/studies/round13-officials.mjs, verbal: corpus/real 9 before a
 * title; "hiện đang là" before a title 0 there, 1 in the audit). Not "làm" ("làm Trưởng đoàn" acts as the head of a
 * delegation: a verb phrase), read only after an appointment.
 */
export const POST_COPULAS: readonly string[] = [
  'hiện là', 'hiện đang là', 'đang là', 'hiện nay là', 'giữ chức', 'giữ chức vụ', 'hiện giữ chức', 'đang giữ chức', 'đương nhiệm',
  ...APPOINTED_TO,
  // round 14: the election with its adverbs ("Bà Phan Thị Tuyết Nhung tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội
  // LHPN huyện", "ông Hoàng Vĩnh Bảo đã được bầu làm Chủ tịch Hội Xuất bản Việt Nam"; bench/studies/round14-offloc.mjs)
  'đã được bầu giữ chức', 'đã được bầu làm', 'vừa được bầu giữ chức', 'vừa được bầu làm', 'được bầu lại làm', 'tiếp tục được bầu giữ chức', 'tiếp tục được bầu làm',
  'được tín nhiệm bầu giữ chức', 'được tín nhiệm bầu làm', 'tiếp tục được tín nhiệm bầu giữ chức', 'tiếp tục được tín nhiệm bầu làm', 'tiếp tục được tín nhiệm giữ chức',
  // round 22: an appointment or an election after the name with its adverbs, a title held, and "Hassan Rouhani vừa tái
  // đắc cử Tổng thống Iran" (bench/studies/round22-officials.mjs)
  'đã được bổ nhiệm làm', 'vừa được bổ nhiệm làm', 'vừa được bổ nhiệm giữ chức', 'giữ chức danh', 'đã giữ chức danh', 'đang giữ chức danh', 'tái đắc cử', 'vừa tái đắc cử',
];

/** Posts held abroad, named with "tại" and the host country: "Đại sứ Việt Nam tại Nhật Bản Nguyễn Quốc Cường". */
/**
 * Latin words that are no part of a foreign person's name: places, firms, clubs and events that stand between a
 * title and a name or instead of one ("Thị trưởng New York Michael Bloomberg", "CEO Apple Tim Cook", "Chủ tịch Real
 * Madrid"). A capitalised Latin run with one of them is not read as a person after a title.
 */
export const NOT_FOREIGN_NAME_WORDS: readonly string[] = [
  'New', 'York', 'Jersey', 'Wales', 'Texas', 'Washington', 'London', 'Paris', 'Seattle', 'Berlin', 'Tokyo', 'Sydney', 'Manila', 'Seoul', 'Cannes', 'Johannesburg', 'Kremlin', 'Interpol',
  'Italy', 'Czech', 'Lithuania', 'Litva', 'Ukraina', 'Israeli', 'Saudi', 'Arab', 'Arabia', 'Mali', 'Java', 'Kampong', 'Miami',
  'Apple', 'Microsoft', 'Google', 'Facebook', 'Samsung', 'Maybank', 'British', 'Olympic', 'Vovinam', 'Euro', 'Europ', 'Real',
  'Inter', 'Bayern', 'Forbes', 'Tiger', 'Honda', 'Toyota', 'Hyosung', 'Oriflame', 'Saigon', 'Vina', 'Warners', 'Bros', 'Aston',
  'Unity', 'World', 'Cup', 'Red', 'Square', 'City', 'College', 'University', 'United', 'Madrid', 'Milan', 'Munich',
  'Airways', 'Airlines', 'Air', 'Group', 'Corporation', 'Corp', 'Co', 'Inc', 'Ltd', 'Auto', 'Motor', 'Motors', 'Motorcycle',
  'Times', 'Post', 'News', 'Vietnam', 'Government', 'Assistance', 'Bank', 'Capital', 'Holdings', 'Pincus', 'Cyber', 'Sons',
  'Foundation', 'Institute', 'Club', 'FC', 'Theo', 'Tuy', 'Ngày',
];

/**
 * Kinds of school written before a school's name, which is often a person's ("Trường THPT Phan Đình Phùng",
 * "Trường Tiểu học Lê Văn Tám", "ĐH Tôn Đức Thắng"): a name right after them is the school's, not its head's.
 */
export const SCHOOL_KINDS: readonly string[] = [
  'THCS', 'THPT', 'PTTH', 'PTCS', 'PTDTNT', 'PTDTBT', 'TH&THCS', 'THCS&THPT', 'chuyên', 'Tiểu học', 'tiểu học', 'Mầm non',
  'mầm non', 'Trung học cơ sở', 'Trung học phổ thông', 'Đại học', 'ĐH',
];

export const POSTS_ABROAD: readonly string[] = ['Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Đại biện', 'Trưởng đại diện', 'Tùy viên'];

/** Words that open the name of a body: "Sở Công Thương", "Công ty Cổ phần Xi măng Thành Thắng". */
export const ORG_HEADS: readonly string[] = [
  'Sở', 'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Ban', 'Phòng', 'Hội', 'Viện', 'Trường', 'Công ty', 'Tổng công ty',
  'Tập đoàn', 'Ngân hàng', 'Học viện', 'Bệnh viện', 'Trung tâm', 'Đài', 'Báo', 'Tạp chí', 'Liên đoàn', 'Liên minh',
  'Hiệp hội', 'Quỹ', 'Ủy ban', 'Văn phòng', 'Nhà máy', 'Xí nghiệp', 'Kho bạc', 'Đảng bộ', 'Chi bộ', 'Hợp tác xã',
  'Nhà xuất bản', 'Câu lạc bộ', 'Khu', 'Cảng',
];

/**
 * Heads of state bodies named by their field ("Bộ Nội vụ", "Sở Tài chính", "Cục Trồng trọt"), never by a name of
 * their own: a capitalised word after them is the field, and a body so headed is named already.
 */
export const FIELD_NAMED_HEADS: readonly string[] = ['Sở', 'Bộ', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Ban', 'Phòng', 'Ủy ban', 'Văn phòng', 'Kho bạc', 'Đảng bộ', 'Chi bộ'];

/**
 * Names that open with a province's and go on with a Vietnamese syllable ("đường Điện Biên Phủ", "chiến dịch Điện Biên
 * Phủ"): no sentence glued on after the province. bench/studies/officials-province-names.mjs.
 */
export const NAMES_AFTER_PROVINCES: readonly string[] = ['Điện Biên Phủ'];

/** Nouns after which a "verb" is part of a name: "Ban chỉ đạo", "Hội đồng thi đua". */
export const ORG_NOUNS: readonly string[] = ['Ban', 'Hội đồng', 'Ủy ban', 'Tổ', 'Phòng', 'Cục', 'Vụ'];

/** Capitalised words that look like names but open organisations: "Đoàn Thanh niên", "Hội Nông dân". */
export const NOT_NAME_STARTS: readonly string[] = [
  'Đoàn Thanh niên', 'Đoàn TNCS', 'Thanh niên', 'Việt Nam', 'Nhà nước', 'Chính phủ', 'Quốc hội', 'Công an', 'Quân đội',
  'Nhân dân', 'Mặt trận', 'Thường trực', 'Thường vụ', 'Trung ương', 'Hội đồng', 'Ủy ban', 'Quân khu', 'Bộ Tư lệnh',
  'Lãnh đạo', 'Đại hội', 'Hội nghị', 'Tổng cục', 'Trung Hoa', 'Trung Quốc', 'Văn phòng', 'Kho bạc', 'Ngân hàng',
];

/** A village's unit word before its name, below the commune: "thôn Đồng Trạng", "xóm Bãi", "ấp Phú Hòa", "bản Mòng". */
export const VILLAGE_WORDS: readonly string[] = ['thôn', 'xóm', 'ấp', 'bản', 'buôn', 'làng', 'khóm', 'sóc', 'plei'];

/** Words that open a list of people: "các đồng chí: A, B và C". */
export const LIST_OPENERS: readonly string[] = [
  'các đồng chí', 'các đ/c', 'các ông', 'các bà', 'các vị', 'những đồng chí', 'những ông', 'những bà', 'những vị', 'các Đồng chí',
];

/** Words a company's own name follows: "Công ty TNHH Lê Thành", "Địa ốc Hoàng Quân" are companies, not people. */
export const COMPANY_WORDS: readonly string[] = [
  'Công ty', 'công ty', 'Tổng công ty', 'TNHH', 'Cổ phần', 'cổ phần', 'CP', 'Địa ốc', 'địa ốc', 'Tập đoàn', 'HTX', 'DNTN', 'Doanh nghiệp',
  'Xây dựng và Thương mại', 'Thương mại và Dịch vụ',
];
