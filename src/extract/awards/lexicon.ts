// Award and commendation vocabulary (Luật Thi đua, khen thưởng 2003/2013/2022; ../shared/reference/VIETNAMESE.md §4.3).

/** Awards named by one word: the award is just that word ("Bằng khen của Thủ tướng Chính phủ" is a Bằng khen). */
export const PLAIN_AWARDS: readonly string[] = ['Giấy khen', 'Bằng khen', 'Cờ thi đua', 'Bằng công nhận'];

/** Awards whose name goes on after the word: "Huân chương Lao động hạng Ba", "danh hiệu Đơn vị tiên tiến". */
export const NAMED_AWARDS: readonly string[] = [
  'Huân chương',
  'Huy chương',
  'Kỷ niệm chương',
  'danh hiệu',
  'Danh hiệu',
  'Chiến sĩ thi đua',
  'Chiến sỹ thi đua',
  'Giải thưởng Hồ Chí Minh',
  'Giải thưởng Nhà nước',
];

/** Verbs that are themselves the award when counts follow or precede: "khen thưởng 7 tập thể, 8 cá nhân". */
export const AWARD_VERBS: readonly string[] = ['khen thưởng', 'tuyên dương', 'biểu dương'];

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
];

/** Recipients that are groups. */
export const COLLECTIVE_NOUNS: readonly string[] = [
  'tập thể', 'đơn vị', 'đội', 'tổ', 'cơ quan', 'doanh nghiệp', 'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'làng',
  'ấp', 'khu dân cư', 'tổ dân phố', 'khu phố', 'hộ', 'hộ gia đình', 'gia đình', 'chi đoàn', 'chi bộ', 'trường',
  'lớp', 'phòng', 'công ty', 'hợp tác xã', 'câu lạc bộ', 'đảng bộ', 'huyện', 'quận', 'địa phương', 'ban', 'ngành',
  'tổ chức', 'cơ sở', 'tập thể lao động',
];

/** Recipients that are people. */
export const INDIVIDUAL_NOUNS: readonly string[] = [
  'cá nhân', 'người', 'đồng chí', 'cán bộ', 'chiến sĩ', 'đảng viên', 'đoàn viên', 'hội viên', 'học sinh',
  'sinh viên', 'thanh niên', 'công dân', 'giáo viên', 'tân binh', 'quân nhân', 'em', 'cháu', 'bà mẹ', 'mẹ',
  'cựu chiến binh', 'công nhân', 'nông dân', 'nhà giáo', 'bác sĩ', 'y bác sĩ', 'phóng viên', 'gương', 'điển hình',
  'cán bộ, chiến sĩ', 'CBCS', 'học viên', 'thầy cô', 'thầy, cô giáo', 'người lao động', 'lao động', 'nhân viên',
  'viên chức', 'công chức', 'dân quân', 'thí sinh', 'tác giả', 'nhà báo', 'cộng tác viên', 'chiến sỹ', 'anh hùng',
];
