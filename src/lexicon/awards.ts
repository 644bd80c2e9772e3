// Award and commendation vocabulary (Luật Thi đua, khen thưởng 2003/2013/2022; ../shared/reference/VIETNAMESE.md §4.3).

/** Awards named by one word: the award is just that word ("Bằng khen của Thủ tướng Chính phủ" is a Bằng khen). */
export const PLAIN_AWARDS: readonly string[] = [
  'Giấy khen', 'Bằng khen', 'Cờ thi đua', 'Bằng công nhận', 'thư khen', 'Thư khen', 'Huy hiệu Đảng', 'Cờ thi đua xuất sắc',
  // round 14: "Hội nghị đã trao các hình thức khen thưởng của Trung ương Đoàn TNCS Hồ Chí Minh cho 3 tập thể, 6 cá nhân"
  // (bench/studies/round14-awards.mjs, forms-of: corpus/real 1, "có hình thức khen thưởng phù hợp", no award given)
  'các hình thức khen thưởng',
];

/**
 * Prizes that are honours of the state or of a mass organisation by statute, not a contest's: "Giải thưởng Hồ Chí
 * Minh", "Giải thưởng Lý Tự Trọng" (Trung ương Đoàn's, for youth union officials), "Giải thưởng Nguyễn Văn Linh" (Tổng
 * Liên đoàn Lao động's, for union officials), "Giải thưởng Nguyễn Đức Cảnh" (its, for workers), "Giải thưởng Hồ Hảo Hớn"
 * (Thành Đoàn TP. Hồ Chí Minh's), "Giải thưởng Phụ nữ Việt Nam" (Hội LHPN Việt Nam's, for women and groups; round 15,
 * audit 4 reports-008, bench/studies/round15-awards.mjs, prize-names). Other "Giải thưởng <Name>" in corpus/real are contests', films' or trade fairs'
 * ("Cành cọ vàng", "Bất động sản quốc tế", "Vifotec"; bench/studies/round14-awards.mjs, named-prize).
 */
export const HONOUR_PRIZES: readonly string[] = ['Hồ Chí Minh', 'Nhà nước', 'Lý Tự Trọng', 'Nguyễn Văn Linh', 'Nguyễn Đức Cảnh', 'Hồ Hảo Hớn', 'Phụ nữ Việt Nam'];

/** Awards whose name goes on after the word: "Huân chương Lao động hạng Ba", "danh hiệu Đơn vị tiên tiến". */
export const NAMED_AWARDS: readonly string[] = [
  'Huân chương',
  'Huy chương',
  'Kỷ niệm chương',
  'danh hiệu',
  'Danh hiệu',
  'Chiến sĩ thi đua',
  'Chiến sỹ thi đua',
  ...HONOUR_PRIZES.map((name) => `Giải thưởng ${name}`),
  'Huy hiệu',
];

/**
 * Emulation titles written bare in a commendation council's list, each item with its own counts: "…; tập thể lao động
 * xuất sắc cho 16 tập thể; …", "LĐTT cho 36 tập thể, 278 cá nhân và Chiến sỹ thi đua cơ sở cho 34 cá nhân" (Luật Thi
 * đua, khen thưởng: Lao động tiên tiến, Tập thể lao động xuất sắc …; bench/studies/awards-round13.mjs, bare-titles:
 * audit 7, corpus/real 0, dev 2 uncounted, "đạt danh hiệu tập thể LĐTT"). Named awards, but a worker is also called so
 * ("một người lao động xuất sắc của công ty"): named alone they count only after a word of giving or receiving.
 */
export const BARE_TITLES: readonly string[] = [
  'lao động tiên tiến', 'lao động xuất sắc', 'tập thể lao động tiên tiến', 'tập thể lao động xuất sắc', 'LĐTT', 'LĐXS',
  'tập thể LĐTT', 'tập thể LĐXS', 'CSTĐ',
];

/** Verbs that are themselves the award when counts follow or precede: "khen thưởng 7 tập thể, 8 cá nhân". */
export const AWARD_VERBS: Readonly<Record<string, string>> = {
  'khen thưởng': 'khen thưởng',
  'tuyên dương': 'tuyên dương',
  'biểu dương': 'biểu dương',
  'khen tặng': 'khen tặng',
  'tuyên dương khen thưởng': 'khen thưởng',
  'biểu dương khen thưởng': 'khen thưởng',
  'tuyên dương, khen thưởng': 'khen thưởng',
  'biểu dương, khen thưởng': 'khen thưởng',
  'khen thưởng đột xuất': 'khen thưởng',
  // "khen thưởng kịp thời 12 tập thể", "tuyên dương kịp thời …" (bench/studies/awards-forms.mjs, kịp-thời)
  'khen thưởng kịp thời': 'khen thưởng',
  'tuyên dương kịp thời': 'tuyên dương',
  // "đã khen thưởng nóng 2 tập thể và 5 cá nhân" after an arrest ("thưởng nóng" alone is money: not an award)
  'khen thưởng nóng': 'khen thưởng',
  // "khen thưởng chuyên đề cho 10 tập thể", "khen thưởng theo chuyên đề …", "khen thưởng thành tích …": a kind of it
  'khen thưởng chuyên đề': 'khen thưởng',
  'khen thưởng theo chuyên đề': 'khen thưởng',
  'khen thưởng thành tích': 'khen thưởng',
  'khen thưởng thường xuyên': 'khen thưởng',
  // "Ủy ban nhân dân phường đã khen thưởng động viên 39 tập thể, 102 cá nhân", "biểu dương và khen thưởng các tập thể"
  // (round 20: audit 17 portal-006; twice each in corpus/real, dev and the audits)
  'khen thưởng động viên': 'khen thưởng',
  'biểu dương và khen thưởng': 'khen thưởng',
  'tuyên dương và khen thưởng': 'khen thưởng',
  // "Lễ vinh danh 30 tập thể, cá nhân", "88 doanh nghiệp được Bộ Công Thương vinh danh" (bench/studies/awards-recall.mjs)
  'vinh danh': 'vinh danh',
  // "Tôn vinh 100 người hiến máu tiêu biểu", "Tôn vinh 400 điển hình tiên tiến": the same honour in other words
  // (bench/studies/awards-round5.mjs: 3 counted in corpus/real, 2 of them award ceremonies; see HONOUR_CEREMONIES)
  'tôn vinh': 'tôn vinh',
};

/**
 * Commendation verbs that also mean honouring in general ("biểu tượng … tôn vinh 43 sinh viên", a monument): they are
 * an award only in an article that reports a ceremony of honour, named by one of HONOUR_CEREMONIES.
 */
export const BROAD_AWARD_VERBS: readonly string[] = ['tôn vinh'];

/**
 * Verbs of honour that at a prize-giving name its winners ("lễ trao giải BCI Asia Awards … vinh danh 10 công ty", "nhận
 * Giải thưởng Đối tác … (Vietnam Partner Awards) … 5 doanh nghiệp được vinh danh"): a prize, no award, in an article
 * that names a prize-giving (PRIZE_GIVINGS) and no ceremony of honour (bench/studies/awards-round7.mjs, vinh-danh).
 */
export const PRIZE_HONOUR_VERBS: readonly string[] = ['vinh danh'];

/** A prize-giving named in an article: "lễ trao giải", "BCI Asia Awards 2013". */
export const PRIZE_GIVINGS: readonly string[] = ['trao giải', 'Awards', 'Award'];

/** A ceremony of honour named in an article: "Lễ tôn vinh người hiến máu tiêu biểu", "lễ tuyên dương điển hình tiên tiến". */
export const HONOUR_CEREMONIES: readonly string[] = ['lễ tôn vinh', 'lễ tuyên dương', 'lễ vinh danh', 'lễ khen thưởng', 'lễ trao tặng'];

/** Verbs of giving, between the giver and the award: "UBND quận tặng Giấy khen". */
export const GIVE_VERBS: readonly string[] = [
  'tặng',
  'trao',
  'trao tặng',
  'tặng thưởng',
  'khen thưởng',
  'quyết định tặng',
  'quyết định trao tặng',
  'ký quyết định tặng',
  'truy tặng',
  'phong tặng',
  'trao tặng',
  'công nhận',
  'ban hành quyết định tặng',
  'tặng thưởng',
  'trao thưởng',
  'khen tặng',
  'gửi',
  'gửi tặng',
  // "trao Quyết định và gắn Huy hiệu 30 năm tuổi Đảng cho 12 đồng chí" ("cấp" was tried: "danh hiệu … cấp tỉnh" is a level)
  'gắn',
  'trao và gắn',
  'trao tặng và gắn',
  'trao quyết định và gắn',
];

/** Nouns a number names rather than counts: "Sư đoàn 312", "Tổng công ty 319", "lớp 9". */
export const NUMBERED_UNITS: readonly string[] = [
  'sư đoàn', 'trung đoàn', 'lữ đoàn', 'tiểu đoàn', 'đại đội', 'trung đội', 'quân đoàn', 'quân khu', 'binh đoàn', 'hải đoàn',
  'vùng', 'tổng công ty', 'công ty', 'nhà máy', 'xí nghiệp', 'lớp', 'khối', 'phòng', 'tổ', 'đội', 'khu', 'số', 'đoàn',
  'hạng', 'khóa', 'kỳ', 'lần', 'tuổi', 'năm',
];

/** Recipients that are groups. */
export const COLLECTIVE_NOUNS: readonly string[] = [
  'tập thể', 'đơn vị', 'đội', 'tổ', 'cơ quan', 'doanh nghiệp', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'làng',
  'ấp', 'khu dân cư', 'tổ dân phố', 'khu phố', 'hộ', 'hộ gia đình', 'gia đình', 'chi đoàn', 'chi bộ', 'trường',
  'lớp', 'phòng', 'công ty', 'hợp tác xã', 'câu lạc bộ', 'đảng bộ', 'huyện', 'quận', 'địa phương', 'ban', 'ngành',
  'tổ chức', 'cơ sở', 'tập thể lao động', 'chi, đảng bộ', 'chi bộ, đảng bộ', 'TCCSĐ', 'tổ chức cơ sở đảng',
  'công đoàn cơ sở', 'CĐCS', 'chi hội', 'HTX', 'liên đội', 'chi đội', 'đồn',
  // "04 Trung đoàn, 05 Tiểu đoàn, 03 Đại đội, 01 Tiểu đội và 11 cán bộ, chiến sĩ … được tặng danh hiệu Anh hùng": units
  // counted by kind (bench/studies/awards-round6.mjs, units-by-kind); a number after the word names one (NUMBERED_UNITS)
  'sư đoàn', 'lữ đoàn', 'trung đoàn', 'tiểu đoàn', 'đại đội', 'trung đội', 'tiểu đội',
  // round 8: hospital departments, border posts and stations, groups, mass organisations ("khen thưởng 5 khoa, phòng")
  'khoa', 'khoa, phòng', 'trạm', 'đồn, trạm', 'nhóm', 'bệnh viện', 'trung tâm', 'hải đội', 'đoàn thể',
  // round 11, variations of dev's award sentences as portal and army outlets write them: commune police, army
  // sub-units, grassroots unions and associations, departments listed with branches, Central Highlands villages
  'Công an xã', 'Công an phường', 'Công an thị trấn', 'phân đội', 'đoàn cơ sở', 'hội cơ sở', 'CLB', 'sở, ngành',
  'sở, ban, ngành', 'bộ, ngành', 'buôn',
];

/**
 * Households, a kind of recipient of its own in the law (Luật Thi đua, khen thưởng: cá nhân, tập thể, hộ gia đình):
 * counted with the groups when they are the only ones ("cho 253 cá nhân và 153 hộ gia đình"), but after a pair of
 * both kinds ("cho 11 tập thể, 6 cá nhân và 6 hộ gia đình") they open no statement of their own
 * (bench/studies/awards-round13.mjs, third-kind).
 */
export const HOUSEHOLD_NOUNS: readonly string[] = ['hộ', 'hộ gia đình', 'gia đình', 'hộ dân'];

/**
 * Titles a commune recognises every year for most of its households (Nghị định 122/2018: "Gia đình văn hóa"): "công
 * nhận 4.934 hộ đạt danh hiệu “gia đình văn hóa”" is a tally of households, 98 % of them, and no count of recipients of
 * an award (round 15, audit 4 portal-009, annotated without counts; bench/studies/round15-awards.mjs, culture-title). A
 * commendation of a few of them ("khen thưởng cho 210 gia đình văn hóa tiêu biểu") is counted as any.
 */
export const HOUSEHOLD_TALLY_TITLES: readonly string[] = ['gia đình văn hóa', 'gia đình văn hoá'];

/**
 * The recipients an emulation movement counts ("21 tập thể và 55 cá nhân", "369 lượt tập thể", "các nhân" a slip):
 * the ones a "biểu dương" commends and a tally counts in times recognised (round 25).
 */
export const EMULATION_RECIPIENT_NOUNS: readonly string[] = ['tập thể', 'cá nhân', 'các nhân'];

/** Recipients that are people. */
export const INDIVIDUAL_NOUNS: readonly string[] = [
  'cá nhân', 'người', 'đồng chí', 'cán bộ', 'chiến sĩ', 'đảng viên', 'đoàn viên', 'hội viên', 'học sinh',
  'sinh viên', 'thanh niên', 'công dân', 'giáo viên', 'tân binh', 'quân nhân', 'em', 'cháu', 'bà mẹ', 'mẹ',
  'cựu chiến binh', 'công nhân', 'nông dân', 'nhà giáo', 'bác sĩ', 'y bác sĩ', 'phóng viên', 'gương', 'điển hình',
  'cán bộ, chiến sĩ', 'CBCS', 'học viên', 'thầy cô', 'thầy, cô giáo', 'người lao động', 'lao động', 'nhân viên',
  'viên chức', 'công chức', 'dân quân', 'thí sinh', 'tác giả', 'nhà báo', 'cộng tác viên', 'chiến sỹ', 'anh hùng',
  'CBCNV', 'CBCNVC', 'CNV', 'CBCC', 'CBCCVC', 'CB', 'ĐVTN', 'đội viên', 'cháu ngoan', 'gương điển hình',
  // "khen thưởng 3 tài xế taxi", "tuyên dương 31 chủ trang trại trẻ" ("chị" was tried: it cost a blind false positive)
  'tài xế', 'lái xe', 'chủ trang trại', 'doanh nhân', 'nghệ nhân', 'vận động viên', 'VĐV', 'CCB', 'hội viên phụ nữ',
  // round 8, army and portal texts: "trao Huy hiệu Đảng cho 12 đ/c", "tặng Giấy khen cho 15 hạ sĩ quan, binh sĩ", "… cho
  // 12 y, bác sĩ", "… cho 15 già làng, người có uy tín" (bench/studies/awards-round8.mjs --probes, recipients)
  'đ/c', 'sĩ quan', 'hạ sĩ quan', 'binh sĩ', 'hạ sĩ quan, binh sĩ', 'tình nguyện viên', 'y, bác sĩ', 'già làng', 'người có uy tín',
  // women's union reports: "1.230 chị đạt danh hiệu 2 giỏi" (not "năm 2012 chị Đào Thị Thiện …": see recipients-count)
  'chị', 'chị em',
  // "tặng Giấy khen cho anh Lê Văn Tùng và 8 quần chúng nhân dân"
  'quần chúng',
  // round 8: teachers, nurses, forest rangers, commune police
  'thầy giáo', 'cô giáo', 'điều dưỡng', 'kiểm lâm', 'công an viên',
  // round 11 (portal and army variations): lecturers, artists, overseas Vietnamese, donors, women, former youth
  // volunteers, detectives and investigators, propagandists, village heads, fishermen and crews, exemplars
  'giảng viên', 'văn nghệ sĩ', 'nghệ sĩ', 'kiều bào', 'nhà hảo tâm', 'phụ nữ', 'cựu thanh niên xung phong', 'trinh sát',
  'điều tra viên', 'tuyên truyền viên', 'báo cáo viên', 'trưởng thôn', 'ngư dân', 'thuyền viên', 'tấm gương', 'nhà khoa học',
  // round 13: "Một lãnh đạo Ban Giám đốc Công an tỉnh được Chủ tịch nước tặng Huy chương …" (bench/studies/awards-round13.mjs, word-count)
  'lãnh đạo',
  // round 15: "4 tập thể và 12 các nhân được biểu dương khen thưởng", a slip for "cá nhân" (bench/studies/round15-awards.mjs,
  // typo-recipient: audits 1; after a count it names nothing else, and "các nhân viên" counts persons either way)
  'các nhân',
  // "khen thưởng 30 hộ nông dân tiêu biểu": a farming household is honoured as the farmer who runs it (Hội Nông dân's
  // "hộ nông dân sản xuất kinh doanh giỏi"; round 15, audit 4 reports-007 counts persons; other households are groups)
  'hộ nông dân',
];

/**
 * The years of Party membership a Huy hiệu Đảng is given for (Hướng dẫn 01-HD/TW 2021, mục 18: "Đảng viên có đủ 30, 40,
 * 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm tuổi đảng được xét tặng Huy hiệu Đảng"). A year missing here left
 * "Huy hiệu 80 năm tuổi Đảng" unread, and its recipients went to the badge named before it in the sentence
 * (bench/studies/awards-recall10.mjs, badge-years).
 */
export const PARTY_BADGE_YEARS: readonly number[] = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

/** Lower-case words that carry on an award's name: "danh hiệu thi đua", "Huân chương lao động hạng Ba". */
export const AWARD_NAME_WORDS: readonly string[] = [
  'thi đua', 'lao động', 'chiến sĩ', 'chiến sỹ', 'chiến công', 'quân công', 'bảo vệ tổ quốc', 'độc lập', 'đơn vị', 'tập thể',
  'gia đình', 'làng', 'thôn', 'khu dân cư', 'khu phố', 'tổ dân phố', 'khối phố', 'ấp', 'cơ quan', 'anh hùng', 'nhà giáo', 'thầy thuốc', 'nghệ sĩ', 'vì sự nghiệp',
  'kháng chiến', 'hữu nghị', 'đại đoàn kết', 'dũng cảm', 'hạng', 'hạng nhất', 'hạng nhì', 'hạng ba', 'quân kỳ', 'vì an ninh',
  'vẻ vang', 'tiên tiến', 'xuất sắc', 'cơ sở', 'văn hóa', 'quyết thắng', 'thi đua cơ sở', 'lao động tiên tiến',
  'lao động xuất sắc', 'chiến sĩ thi đua', 'nhân dân', 'ưu tú', 'tuổi đảng',
  // a title's reach and a class by its digit: "Chiến sĩ thi đua toàn quân", "Huân chương lao động hạng 3"
  // (bench/studies/awards-round13.mjs, title-levels). A level ("… cấp cơ sở", "… cấp tỉnh") stays out: written into the
  // title it added a false entry on the blind set (docs/QUALITY.md, round 13), as "cấp" had before (GIVE_VERBS)
  'toàn quân', 'hạng 1', 'hạng 2', 'hạng 3',
  // "Huy hiệu 30 năm tuổi Đảng" … "Huy hiệu 90 năm tuổi Đảng": every badge year (PARTY_BADGE_YEARS)
  ...PARTY_BADGE_YEARS.map((years) => `${years} năm tuổi đảng`),
  // (and shortened in a tally, once the first badge named its kind: "trao Huy hiệu 70 năm tuổi Đảng cho 5 đảng viên, huy
  // hiệu 65 năm cho 4 đảng viên, …", "2 đảng viên nhận Huy hiệu 55 năm"; round 25, audit 26. Like every word here it
  // goes on any award's name: "Kỷ niệm chương 30 năm", a medal of thirty years' service, is one name too)
  ...PARTY_BADGE_YEARS.map((years) => `${years} năm`),
  // (and without "năm": "trao Huy hiệu 30, 40, 50, 55 tuổi đảng cho 11 đảng viên"; round 27, audit 23)
  ...PARTY_BADGE_YEARS.map((years) => `${years} tuổi đảng`),
  'toàn quốc',
  // the farmers' union's title: "danh hiệu nông dân sản xuất kinh doanh giỏi", "… Hộ ND sản xuất, kinh doanh giỏi" (round
  // 15, bench/studies/round15-awards.mjs, level-counts)
  'nông dân sản xuất kinh doanh giỏi', 'nông dân sản xuất, kinh doanh giỏi', 'sản xuất kinh doanh giỏi', 'sản xuất, kinh doanh giỏi',
  // "danh hiệu Anh hùng lực lượng vũ trang nhân dân", "huân chương Chữ thập Victoria", "Huân chương Nghệ thuật": the
  // lower-case rest of a name written in sentence case (bench/studies/awards-forms.mjs, award-name-rest)
  'lực lượng vũ trang nhân dân', 'lực lượng vũ trang', 'chữ thập', 'nghệ thuật',
  // "kỷ niệm chương Cựu chiến binh Việt Nam", the veterans' association's (round 20: it came out "kỷ niệm chương Cựu")
  'chiến binh',
  // emulation titles that open with a number: "danh hiệu 2 giỏi", "danh hiệu “3 sẵn sàng”", "Sinh viên 5 tốt"
  '2 giỏi', '3 tốt', '5 tốt', '3 sẵn sàng', '3 trách nhiệm', '5 không 3 sạch', '5 không, 3 sạch',
  // "Học sinh 3 rèn luyện", the youth union's title for vocational students (round 14, audit 2 reports-009)
  '3 rèn luyện',
];

/** What follows an award word in a contest, a sport or a pageant, never a state award: "huy chương vàng", "danh hiệu Hoa hậu". */
export const CONTEST_AWARD_NAMES: readonly string[] = [
  'vàng', 'bạc', 'đồng', 'Vàng', 'Bạc', 'Đồng', 'Hoa hậu', 'Á hậu', 'Người đẹp', 'Hoa khôi', 'vô địch', 'Vô địch', 'Vua phá lưới',
  'Quả bóng', 'Cầu thủ', 'Siêu sao', 'Grand Slam',
];

/** Award words that name nothing alone: "danh hiệu", "huy chương", "Huy hiệu" need a name after them. */
export const AWARD_WORDS_NEEDING_A_NAME: readonly string[] = ['danh hiệu', 'huy chương', 'huy hiệu', 'kỷ niệm chương', 'huân chương'];

/**
 * Award words that need a name but take their giver for one: "12 cá nhân được tặng Kỷ niệm chương của Bộ Tư lệnh BĐBP",
 * "trao tặng Huân chương của Chủ tịch nước cho 83 đồng chí" (state and ministry honours only; a contest's medal, "huy
 * chương", is not; bench/studies/round14-awards.mjs: 3 such in corpus/real, dev and the audits).
 */
export const AWARD_WORDS_NAMED_BY_GIVER: readonly string[] = ['huân chương', 'kỷ niệm chương'];

/**
 * Besides an honorific or a rank, what opens a person named as an award's recipient after "cho": "truy tặng danh hiệu
 * Anh hùng … cho liệt sĩ Nguyễn Văn Trỗi" (bench/studies/round15-awards.mjs, named-persons).
 */
export const NAMED_RECIPIENT_TITLES: readonly string[] = ['liệt sĩ', 'liệt sỹ'];

/** Words right before an award that say it was given or received: an award named alone counts only after one. */
export const AWARD_TAKING_WORDS: readonly string[] = [
  'nhận', 'đón nhận', 'được', 'tặng', 'trao', 'trao tặng', 'tặng thưởng', 'phong tặng', 'truy tặng', 'đạt', 'vinh dự', 'công nhận', 'khen tặng', 'gắn',
];

/** Bodies that give awards and are often written in lower case: "được ban tổ chức tặng bằng khen", "huyện đoàn … trao", "được các cấp khen thưởng" (the giver dev annotates as written). */
export const LOWER_CASE_GIVERS: readonly string[] = [
  'các cấp', 'ban tổ chức', 'huyện đoàn', 'tỉnh đoàn', 'thành đoàn', 'quận đoàn', 'nhà trường',
  // round 8 probes: "được ủy ban nhân dân huyện tặng giấy khen", "công an huyện đã khen thưởng …", "đoàn trường tuyên
  // dương …", "liên đội …", "hội đồng thi đua huyện …", "ban giám hiệu nhà trường …", "lãnh đạo huyện đã trao …"
  'ủy ban nhân dân', 'uỷ ban nhân dân', 'công an', 'đoàn trường', 'liên đội', 'hội đồng thi đua', 'ban giám hiệu', 'ban giám đốc', 'ban chỉ huy', 'lãnh đạo',
  // round 14: "…; ủy ban Hội LHTN Việt Nam huyện tặng giấy khen cho 4 tập thể" (a mass organisation's committee)
  'ủy ban', 'uỷ ban',
];

/**
 * Councils named after what they weigh, whose name holds verbs: "Hội đồng thi đua khen thưởng huyện Quyết định tặng
 * giấy khen cho 8 tập thể" (Luật Thi đua, khen thưởng: Hội đồng Thi đua - Khen thưởng; bench/studies/round14-awards.mjs,
 * council-giver). Their "khen thưởng" is a word of the name, not a clause's verb.
 */
export const COUNCIL_NAMES: readonly string[] = [
  'hội đồng thi đua khen thưởng', 'hội đồng thi đua - khen thưởng', 'hội đồng thi đua – khen thưởng', 'hội đồng thi đua, khen thưởng',
  'hội đồng thi đua-khen thưởng',
];

/**
 * The levels that recognise a title, each counted after the total: "… đạt danh hiệu nông dân sản xuất kinh doanh giỏi, …,
 * trong đó, cấp tỉnh 220 cá nhân và 2 tập thể giỏi, cấp huyện 275 nông dân, cấp xã 2500 nông dân" (round 15, audit 4
 * portal-007; bench/studies/round15-awards.mjs, level-counts).
 */
export const RECOGNISING_LEVELS: readonly string[] = ['trung ương', 'tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'thị trấn', 'cơ sở', 'bộ', 'ngành'];

/** Words that make what follows in their sentence a wish, not an award made: "Thủ tướng hy vọng … có dịp trao Bằng khen". */
export const WISH_WORDS: readonly string[] = ['hy vọng', 'hi vọng', 'mong muốn', 'mong', 'ước mong', 'ước mơ'];

/**
 * Verbs of reporting whose subject is the giver when the giving follows them straight away: "Thông tin từ huyện đoàn
 * Nam Đàn, tỉnh Nghệ An cho biết vừa trao tặng giấy khen …" (bench/studies/awards-round7.mjs, reported-giver).
 */
export const REPORTING_VERBS: readonly string[] = ['cho biết', 'cho hay', 'thông báo'];

/** Words that open a reported source and are no part of the giver's name: "Thông tin từ huyện đoàn …", "Theo …". */
export const SOURCE_OPENERS: readonly string[] = ['thông tin từ', 'theo thông tin từ', 'theo', 'đại diện'];

export const CONNECTIVES = new Set(['đồng thời', 'ngoài ra', 'sau đó', 'tiếp đó', 'cùng dịp']);

/** Lower-case words that end a giver's name: its giving, its recipients, its occasion ("… của UBND huyện cho …"). */
// "Giải thưởng Nguyễn Văn Linh của Tổng Liên đoàn Lao động Việt Nam là động lực …": a copula ends the giver too (round 14)
export const GIVER_NAME_ENDERS = new Set(['cho', 'tặng', 'trao', 'vì', 'về', 'đã', 'được', 'nhân', 'tại', 'trong', 'dành', 'là']);

/**
 * Adverbs between a giver and its verb of giving, no part of the giver's name: "được Công an tỉnh kịp thời khen
 * thưởng", "UBND tỉnh lần lượt tặng …", "Chủ tịch UBND tỉnh trực tiếp trao …", "Bộ CHQS tỉnh cũng đã tặng …" (round 11
 * variations; "trực tiếp" and "cũng" read as clause verbs left such givers null).
 */
export const GIVER_TRAILING_ADVERBS = new Set([
  'đã', 'vừa', 'mới', 'sẽ', 'cũng', 'còn', 'xét', 'đều', 'luôn', 'kịp thời', 'lần lượt', 'đồng thời', 'chính thức', 'trực tiếp',
  'nhanh chóng', 'tiếp tục',
]);

/**
 * Where a photo caption places the person it names, in brackets after the name: "Chủ tịch HND tỉnh (giữa) trao kỷ niệm
 * chương … cho 10 đồng chí", "(thứ hai từ phải)". No part of a giver, and the mark of a caption that repeats the body
 * (bench/studies/round14-awards.mjs, caption-place: corpus/real 10 such brackets in sentences with a verb of giving, all
 * captions; audits 1).
 */
export const CAPTION_POSITIONS: readonly string[] = [
  'giữa', 'ở giữa', 'đứng giữa', 'bên trái', 'bên phải', 'trái', 'phải', 'thứ hai từ trái', 'thứ hai từ phải', 'thứ 2 từ trái',
  'thứ 2 từ phải', 'thứ ba từ trái', 'thứ ba từ phải', 'thứ 3 từ trái', 'thứ 3 từ phải', 'thứ hai từ trái sang', 'thứ hai từ phải sang',
  'thứ 2 từ trái sang', 'thứ 2 từ phải sang', 'thứ ba từ trái sang', 'thứ ba từ phải sang', 'thứ 3 từ trái sang', 'thứ 3 từ phải sang',
  'hàng đầu', 'người đứng giữa',
];
const captionPositions = CAPTION_POSITIONS.map((p) => p.replace(/\s+/gu, '\\s+')).join('|');
/** "Chủ tịch HND tỉnh (giữa)": a caption's position after a name or a post, no part of a giver's name nor of a post. */
export const CAPTION_POSITION_AT_END = new RegExp(`\\s*\\((?:${captionPositions})\\)$`, 'iu');
/** A caption's position in brackets anywhere in a text ("… (giữa) trao …"). */
export const CAPTION_POSITION_IN = new RegExp(`\\((?:${captionPositions})\\)`, 'iu');

/**
 * Emulation titles the law gives to persons or to groups only (Luật Thi đua, khen thưởng 2022, Điều 24-28): a count of
 * the titles given counts their holders, "công nhận 01 danh hiệu Chiến sỹ thi đua" one person (bench/studies/
 * round14-awards.mjs, counted-word). Matched on the title's words after "danh hiệu"; a group's title opens with its kind.
 */
export const PERSONAL_TITLES: readonly string[] = ['chiến sĩ thi đua', 'chiến sỹ thi đua', 'lao động tiên tiến', 'lao động xuất sắc', 'CSTĐ', 'LĐTT', 'LĐXS'];
export const GROUP_TITLE_OPENERS: readonly string[] = ['tập thể', 'đơn vị', 'cờ'];
