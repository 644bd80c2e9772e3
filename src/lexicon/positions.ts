// Military and police ranks (Luật Sĩ quan QĐND Điều 10; Luật QNCN Điều 16; Luật NVQS Điều 8; CAND uses the
// officer ranks), and position titles (Luật Sĩ quan Điều 11 for the military ones; the rest is usage in state, party
// and press text). Canonical spelling first; both tone placements are matched through normalisation. Data, not code.

export const RANKS: readonly string[] = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đô đốc',
  'Phó Đô đốc',
  'Chuẩn Đô đốc',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Thượng sĩ',
  'Trung sĩ',
  'Hạ sĩ',
  'Binh nhất',
  'Binh nhì',
];

/** What may follow a rank and belongs to it: "Trung tá QNCN", "Đại tá Công an". */
export const RANK_QUALIFIERS: readonly string[] = [
  'quân nhân chuyên nghiệp',
  'QNCN',
  'Công an',
  'công an',
  'Hải quân',
  'Biên phòng',
];

/** Titles that name an office on their own. Matched case-insensitively; before a name they must be capitalised. */
export const POSITION_TITLES: readonly string[] = [
  // party
  'Tổng Bí thư',
  'Bí thư',
  'Phó Bí thư',
  'Bí thư Thường trực',
  'Ủy viên',
  'Ủy viên dự khuyết',
  'Tỉnh ủy viên',
  'Thành ủy viên',
  'Huyện ủy viên',
  'Quận ủy viên',
  'Thị ủy viên',
  'Đảng ủy viên',
  'TUV',
  'HUV',
  'UVBTV',
  'UV BTV',
  'Thường trực',
  'Trưởng Ban',
  'Phó Trưởng Ban',
  'Trưởng ban',
  'Phó trưởng ban',
  'Chủ nhiệm',
  'Phó Chủ nhiệm',
  // state
  'Chủ tịch nước',
  'Phó Chủ tịch nước',
  'Chủ tịch Quốc hội',
  'Phó Chủ tịch Quốc hội',
  'Thủ tướng',
  'Phó Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Đại biểu Quốc hội',
  'Tổng cục trưởng',
  'Phó Tổng cục trưởng',
  'Cục trưởng',
  'Phó Cục trưởng',
  'Vụ trưởng',
  'Phó Vụ trưởng',
  // a deputy named by the unit's word and "phó": "Vụ phó Vụ Quản lý các khu kinh tế", "Đội phó Đội CSGT số 7"
  'Vụ phó',
  'Cục phó',
  'Viện phó',
  'Đội phó',
  'Tổ phó',
  'Giám đốc',
  'Phó Giám đốc',
  'GĐ',
  'Phó GĐ',
  'PGĐ',
  'TGĐ',
  'Phó TGĐ',
  'Tổng thống',
  'Tổng thống đắc cử',
  'Ngoại trưởng',
  'Thống đốc',
  'Phó Thống đốc',
  'Chi cục trưởng',
  'Phó Chi cục trưởng',
  'Chi cục Phó',
  'Giám đốc điều hành',
  'Phó Giám đốc điều hành',
  'Tổng Giám đốc điều hành',
  // round 10: "ông Eric Schmidt, Chủ tịch điều hành Tập đoàn Alphabet" ("điều hành" is otherwise a verb that ends a post)
  'Chủ tịch điều hành',
  'Phó Chủ tịch điều hành',
  'Tổng Giám đốc',
  'Phó Tổng Giám đốc',
  'Trưởng phòng',
  'Phó Trưởng phòng',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chánh Thanh tra',
  'Phó Chánh Thanh tra',
  'Tổng Thanh tra',
  'Chánh án',
  'Phó Chánh án',
  'Viện trưởng',
  'Phó Viện trưởng',
  'Hiệu trưởng',
  'Phó Hiệu trưởng',
  'Tổng Biên tập',
  'Phó Tổng Biên tập',
  'Tổng Thư ký',
  'Phó Tổng Thư ký',
  'Người phát ngôn',
  'Đại sứ',
  'Tổng Lãnh sự',
  'Trưởng đoàn',
  'Phó Trưởng đoàn',
  'Trưởng thôn',
  'Trưởng bản',
  'Trưởng ấp',
  'Trưởng khu phố',
  'Tổ trưởng',
  'Trưởng',
  'Phó Trưởng',
  'Phó trưởng',
  'Hội trưởng',
  'Chủ tịch Hội đồng quản trị',
  'Chủ tịch HĐQT',
  'Chủ tịch HĐTV',
  'Kế toán trưởng',
  'Thủ trưởng',
  'Phó Thủ trưởng',
  // armed forces and police
  'Chỉ huy trưởng',
  'Chi huy trưởng',
  'Phó Chỉ huy trưởng',
  'Chính ủy',
  'Phó Chính ủy',
  'Chính trị viên',
  'Chính trị viên phó',
  'Tham mưu trưởng',
  'Phó Tham mưu trưởng',
  'Tư lệnh',
  'Phó Tư lệnh',
  'Chủ nhiệm Chính trị',
  'Đồn trưởng',
  'Phó Đồn trưởng',
  'Sư đoàn trưởng',
  'Lữ đoàn trưởng',
  'Trung đoàn trưởng',
  'Tiểu đoàn trưởng',
  'Đại đội trưởng',
  'Trung đội trưởng',
  'Thôn đội trưởng',
  'Xã đội trưởng',
  'Đội trưởng',
  'Trưởng đồn',
  'Trạm trưởng',
  'Trưởng trạm',
  'Chủ nhiệm Hợp tác xã',
  'Giám đốc Hợp tác xã',
  'Bí thư Chi đoàn',
  'Bí thư Đoàn',
  'Chỉ huy phó',
  'Chánh Thanh tra',
  'Phó Đội trưởng',
  'Hải đội trưởng',
  'Giám thị',
  // round 4: heads and deputies of army units and foreign posts the list lacked ("Phó Sư đoàn trưởng Sư đoàn 395",
  // "Phó Tổng Tham mưu trưởng QĐND Việt Nam", "Phó Tổng thống Mỹ Mike Pence", "Thị trưởng Johannesburg …")
  'Tổng Tham mưu trưởng',
  'Phó Tổng Tham mưu trưởng',
  // army papers' abbreviation of the General Staff's chief: "Trung tướng Ngô Minh Tiến Phó Tổng TMT Quân đội …"
  'Tổng TMT',
  'Phó Tổng TMT',
  'Phó Sư đoàn trưởng',
  'Phó Lữ đoàn trưởng',
  'Phó Trung đoàn trưởng',
  'Phó Tiểu đoàn trưởng',
  'Phó Đại đội trưởng',
  'Phó Trung đội trưởng',
  'Tiểu đội trưởng',
  'Khẩu đội trưởng',
  'Đoàn trưởng',
  'Phó Đoàn trưởng',
  'Hạm trưởng',
  'Phó Hạm trưởng',
  'Hải đoàn trưởng',
  'Phó Hải đoàn trưởng',
  'Phó Hải đội trưởng',
  'Phó Trạm trưởng',
  'Đảo trưởng',
  'Chi hội trưởng',
  'Chi hội phó',
  'Hiệu phó',
  'Tổng Kiểm toán Nhà nước',
  'Phó Tổng Kiểm toán Nhà nước',
  'Phát ngôn viên',
  'Phó Tổng thống',
  'Thị trưởng',
  'Phó Thị trưởng',
  'Cảnh sát trưởng',
  'Thượng nghị sĩ',
  'Hạ nghị sĩ',
  // deputies, judges and inspectors: "ĐBQH Trần Văn Lâm, Phó trưởng đoàn …", "Thẩm phán Tòa án cấp cao London …",
  // "ông Hoàng Văn Mạnh, Thanh tra viên chính, Vụ I - Thanh tra Chính phủ"; "Phó Ban" ("Phó" alone is a surname)
  'ĐBQH',
  'Đại biểu HĐND',
  'Phó Ban',
  // round 5: deputies the list lacked ("ông Nguyễn Ngọc Toản, Phó phòng Nông nghiệp huyện Hậu Lộc", "BS Vũ Mạnh Cường,
  // Phó khoa Bệnh nhiệt đới", "ông Ngô Văn Khánh - Phó Tổng Thanh tra Chính phủ")
  'Phó phòng',
  'Phó khoa',
  'Phó Tổng Thanh tra',
  'Thẩm phán',
  'Kiểm sát viên',
  'Điều tra viên',
  'Thanh tra viên',
  'Chấp hành viên',
  // round 13: a board member, chained after a party post ("Nguyễn Văn Minh - Đảng ủy viên - Thành viên HĐTV
  // Agribank"; "Phan Đình Tuệ - thành viên HĐQT"; "các thành viên HĐQT" names no one: a title reads a name only when
  // capitalised), and a Vice-Chairman as portal reports abbreviate it ("đồng chí Nguyễn Thanh Tuấn PCT HĐND huyện")
  'Thành viên HĐQT',
  'Thành viên HĐTV',
  'Thành viên Hội đồng quản trị',
  'Thành viên Hội đồng thành viên',
  'PCT',
  // round 14: portal reports' abbreviated posts, each with the body it heads ("đồng chí Phan Đức Cẩm - BT Đảng ủy, CT
  // HĐND xã", "đ/c Đặng Trung Thành – CT.Hội CCB quận"; "BT" alone is a build-transfer contract, "CT" a scan), and a
  // party committee member ("Nguyễn Thị Đặng Hải - ĐUV, Phó Chủ tịch HĐND phường"; bench/studies/round14-offloc.mjs)
  'BT Đảng ủy', 'BT Chi bộ', 'PBT Đảng ủy', 'PBT Chi bộ', 'CT HĐND', 'CT UBND', 'CT UBMTTQ', 'CT MTTQ', 'CT Hội', 'CT. Hội', 'CT.Hội',
  'PCT.Hội', 'PCT. Hội', 'ĐUV',
  // round 17: more of them, each on two or more portal sites of the audits and none in corpus/real
  // (bench/studies/round17-officials.mjs): a standing committee's member, a deputy secretary, a chairman written with a
  // full stop, a deputy head of a department ("đồng chí Nguyễn Thiên Bình - UVTV Huyện ủy - Chủ tịch UBMTTQVN huyện",
  // "Võ Đắc Hóa - PBT - Chủ tịch UBND huyện", "đ/c Phạm Quốc Tuấn- CT. HĐND xã", "Đào Việt Khoa – P.trưởng phòng Nội vụ")
  'UVTV', 'PBT', 'CT. HĐND', 'CT. UBND', 'CT.HĐND', 'CT.UBND', 'PCT. HĐND', 'PCT. UBND', 'PCT.HĐND', 'PCT.UBND', 'CT UBMTTQVN',
  'P.trưởng', 'P. trưởng',
  // round 28: a party committee's standing members and deputy secretaries as district portals abbreviate them, the
  // committee's initial glued on ("đồng chí Nguyễn Đình Phong - UVBTVHU - Trưởng công an huyện", "Huỳnh Kim Phổ-TVHU,
  // PCT UBND huyện", "Nguyễn Văn Hà-PBT.HU, CT.UBND huyện", "Lưu Đức Vinh - UVTT, Trưởng Ban Tổ chức huyện ủy"), and a
  // vice-chairman written "Phó CT" ("Mai Thị Tường Vi - Phó CT UBND xã"); audits 33 and 34, one page each
  'UVBTVTU', 'UVBTVHU', 'UVBTVQU', 'UVBTVĐU', 'TVTU', 'TVHU', 'TVQU', 'TVĐU', 'UVTT', 'PBT.HU', 'PBT.TU', 'PBT.ĐU', 'PBT HU',
  'Phó CT UBND', 'Phó CT HĐND', 'Phó CT UBMTTQ',
];

/**
 * Weaker heads accepted only right after a name and a comma: "ông X, đại diện truyền thông của Inditex". "chỉ huy"
 * (commander; also the verb "to command": "tàu do Trung tá Luc Regnier chỉ huy") only there: "Đại tá Toyota Chikara,
 * Chỉ huy tàu Echigo", "phó đô đốc Joseph P. Aucoin, chỉ huy Hạm đội 7" (bench/studies/officials-commanders.mjs).
 */
/**
 * Titles that are a post even in lower case before a name, as the press writes them mid-sentence: "người phát ngôn
 * Bộ Ngoại giao Việt Nam Lương Thanh Nghị" (corpus/real: 7 of 8 lower-case spokespersons before a name were missed;
 * "người" alone is no title, so the phrase is unambiguous).
 */
export const LOWER_CASE_TITLES: readonly string[] = ['người phát ngôn'];

export const POST_NAME_TITLES: readonly string[] = ['đại diện', 'Đại diện', 'Trợ lý', 'Thư ký', 'Cố vấn', 'Chỉ huy', 'Phó chỉ huy'];

/**
 * Jobs in a unit, in lower case, read as a post only after a rank, a name and a comma, and only with the unit they are
 * held in named (a capitalised word): "Đại úy Nguyễn Quang Lâm, thủ kho quân khí Đại đội kho K694", "Trung úy Phí
 * Hữu Đức, cán bộ Phòng cảnh sát hình sự Công an TP Hà Nội", "Binh nhất Trưng Huỳnh Minh Trí, chiến sĩ Đại đội 2";
 * not "Thiếu tướng Phan Anh Minh, cơ quan công an đã …" (bench/studies/round13-officials.mjs, job).
 */
export const RANKED_JOBS: readonly string[] = ['cán bộ', 'chiến sĩ', 'thủ kho', 'nhân viên', 'trợ lý', 'giảng viên', 'giáo viên', 'kỹ thuật viên', 'y sĩ', 'lái xe'];

/**
 * Modifiers that may precede a title and belong to it: "nguyên Chủ tịch", "cựu Tổng thống", "Quyền Giám đốc"; a
 * candidate's "ứng viên Tổng thống Pháp" is no President (corpus/real: 12 "ứng viên tổng thống", 1 "ứng cử viên").
 */
export const TITLE_MODIFIERS: readonly string[] = [
  'nguyên', 'Nguyên', 'cựu', 'Cựu', 'Quyền', 'quyền', 'tân', 'Tân', 'ứng viên', 'Ứng viên', 'ứng cử viên', 'Ứng cử viên',
];

/**
 * Words whose last syllable is a title modifier: before a title that syllable is no "acting" ("chính quyền Tổng thống
 * Trump" is the President's administration, "ủy quyền Chủ tịch UBND tỉnh" a power delegated; "là quyền Chủ tịch",
 * "làm quyền Tổng Bí thư" are acting). bench/studies/officials-recall10.mjs --forms counts the words before "quyền" + a
 * capitalised word (corpus/real: "chính" 210, "chủ" 11, "cầm" 6, "nhân" 5, "dưới", "toàn", "ủy" 4 each …).
 */
export const WORDS_ENDING_IN_MODIFIERS: readonly string[] = [
  'chính quyền', 'chủ quyền', 'cầm quyền', 'ủy quyền', 'toàn quyền', 'nữ quyền', 'thẩm quyền', 'độc quyền',
  'nhân quyền', 'nhượng quyền', 'bản quyền', 'dưới quyền', 'đặc quyền', 'thực quyền', 'lạm quyền', 'nắm quyền', 'giành quyền',
  'trao quyền', 'phân quyền', 'pháp quyền',
];

/**
 * Formulas of a delegated power before the one who delegates: "Thừa ủy quyền của Chủ tịch UBND tỉnh, Bí thư Huyện ủy Vi
 * Hữu Cầu đã trao …", "thừa ủy quyền của Chủ tịch nước, Bộ trưởng Trần Đại Quang …". The post after the formula is the
 * principal's, not the delegate's; an award handed over so is the principal's (bench/studies/awards-round13.mjs,
 * delegation: corpus/real 10 sentences, 4 of them a post before the delegate's chain, 2 with an award; audit 4, 3).
 */
export const DELEGATION_FORMULAS: readonly string[] = [
  'thừa ủy quyền', 'thừa uỷ quyền', 'được ủy quyền', 'được uỷ quyền', 'được sự ủy quyền', 'được sự uỷ quyền',
];

/** Misspellings of titles seen in scraped articles, and their correct form. */
export const TITLE_TYPOS: Readonly<Record<string, string>> = {
  'Chi huy trưởng': 'Chỉ huy trưởng',
  'Chỉ huy truởng': 'Chỉ huy trưởng',
  'Chi huy truởng': 'Chỉ huy trưởng',
  'Phó Chi huy trưởng': 'Phó Chỉ huy trưởng',
  'Chính trị viện': 'Chính trị viên',
  'Bí thơ': 'Bí thư',
  'Chủ tich': 'Chủ tịch',
  'Chu tịch': 'Chủ tịch',
  'Giám đôc': 'Giám đốc',
  'Trường phòng': 'Trưởng phòng',
};
