// Administrative unit words and their written forms. Data, not code.
import type { LocalityType } from '../record.js';

/** Each unit type with the ways articles write it before a name ("TP Hà Nội", "Tp. Vinh", "TX Hồng Lĩnh"). */
export const UNIT_TYPE_FORMS: Readonly<Record<LocalityType, readonly string[]>> = {
  tỉnh: ['tỉnh'],
  'thành phố': ['thành phố', 'TP.', 'TP', 'Tp.', 'Tp', 'T.P', 'T.P.'],
  quận: ['quận', 'Q.'],
  huyện: ['huyện', 'H.'],
  'thị xã': ['thị xã', 'TX.', 'TX', 'Tx.'],
  xã: ['xã'],
  phường: ['phường', 'P.'],
  'thị trấn': ['thị trấn', 'TT.', 'TT'],
};

/**
 * TP.HCM's numbered wards and districts abbreviated with no dot, glued to their number: "P10, Q5, TP HCM", "UBND Q12",
 * "(Q9, TP HCM)" (bench/studies/locality-numbered-wards.mjs). Only where an address chain, a body or the city makes
 * them units: "Audi Q5", "McLaren P1", "P3 Orion" are not.
 */
export const GLUED_UNIT_NUMBERS: Readonly<Record<string, LocalityType>> = Object.fromEntries([
  ...Array.from({ length: 12 }, (_, i) => [`Q${i + 1}`, 'quận'] as const),
  ...Array.from({ length: 28 }, (_, i) => [`P${i + 1}`, 'phường'] as const),
]);
/**
 * A district's own bodies, which 2025 portal and army texts may write with the district's bare name, no unit word:
 * "UBND Đắk Hà", "Công an Đắk Hà", "Ban CHQS Đắk Hà", "LĐLĐ Quy Nhơn" (bench/studies/locality-bare-district-r11.mjs).
 * Not "Liên đoàn …", "Trung tâm …", "Hội" alone: those open the names of organisations as often.
 */
export const BODIES_BEFORE_BARE_DISTRICT: readonly string[] = [
  'UBND', 'HĐND', 'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Công an', 'CA', 'Ban CHQS', 'BCHQS', 'Ban Chỉ huy Quân sự',
  'LĐLĐ', 'Ủy ban MTTQ', 'UBMTTQ', 'Hội đồng NVQS', 'Hội đồng Nghĩa vụ quân sự', 'TAND', 'VKSND',
  // the district's mass organisations, by their own names ("Hội Nông dân Tuy Phước"), not "Hội" alone
  'Hội Nông dân', 'Hội LHPN', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Hội CCB', 'Hội Chữ thập đỏ',
];
/** Bodies that name a district by its glued number: "UBND Q12", "TAND Q12", "VKS Q12", "công an Q5". */
export const BODY_BEFORE_GLUED_UNIT: readonly string[] = ['UBND', 'TAND', 'VKS', 'VKSND', 'Công an', 'công an', 'CA'];

/**
 * Party and mass-organisation words that carry a unit in their name: "Quận đoàn Tây Hồ" is quận Tây Hồ's
 * youth union, "Thành ủy Bắc Ninh" the party committee of thành phố Bắc Ninh.
 */
export const UNIT_ORGAN_FORMS: Readonly<Record<string, LocalityType>> = {
  'Tỉnh ủy': 'tỉnh',
  'Tỉnh đoàn': 'tỉnh',
  'Thành ủy': 'thành phố',
  'Thành đoàn': 'thành phố',
  'Quận ủy': 'quận',
  'Quận đoàn': 'quận',
  'Huyện ủy': 'huyện',
  'Huyện đoàn': 'huyện',
  'Thị ủy': 'thị xã',
  'Thị đoàn': 'thị xã',
  'Đảng ủy xã': 'xã',
  'Đảng ủy phường': 'phường',
  // police of a unit, abbreviated: "CAQ Đống Đa" (Công an quận), "CAH Từ Liêm" ("CATP Hà Nội" stays a province named
  // bare: after "Giám đốc" it is a post, which an organ would not escape)
  CAQ: 'quận',
  CAH: 'huyện',
  CAP: 'phường',
  CAX: 'xã',
};

/** Words that open a government or party body whose unit follows: "UBND quận Dương Kinh". */
export const ADMIN_BODIES: readonly string[] = [
  'UBND',
  'Ủy ban nhân dân',
  'HĐND',
  'Hội đồng nhân dân',
  'Ủy ban MTTQ',
  'MTTQ',
  'Ban CHQS',
  'Ban Chỉ huy Quân sự',
  'Ban Chỉ huy quân sự',
  'Bộ CHQS',
  'Bộ Chỉ huy Quân sự',
  'Bộ Chỉ huy quân sự',
  'Công an',
  'Tỉnh ủy',
  'Thành ủy',
  'Quận ủy',
  'Huyện ủy',
  'Thị ủy',
  'Đảng ủy',
  'Tòa án nhân dân',
  'Viện Kiểm sát nhân dân',
  'Liên đoàn Lao động',
  'Hội Cựu chiến binh',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên',
  'Hội Nông dân',
];

/** Bare names that stand for a province-level unit. */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  'TP.HCM': 'Hồ Chí Minh',
  'TP HCM': 'Hồ Chí Minh',
  'TP. HCM': 'Hồ Chí Minh',
  TPHCM: 'Hồ Chí Minh',
  'TP.Hồ Chí Minh': 'Hồ Chí Minh',
  'Sài Gòn': 'Hồ Chí Minh',
  'Thừa Thiên - Huế': 'Thừa Thiên Huế',
  'TT-Huế': 'Thừa Thiên Huế',
  'TT Huế': 'Thừa Thiên Huế',
  'BR-VT': 'Bà Rịa - Vũng Tàu',
  'Bà Rịa Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Thủ đô Hà Nội': 'Hà Nội',
  'Tp.HCM': 'Hồ Chí Minh',
  'Tp HCM': 'Hồ Chí Minh',
  'Tp. HCM': 'Hồ Chí Minh',
  'Tp.Hồ Chí Minh': 'Hồ Chí Minh',
  'T.P HCM': 'Hồ Chí Minh',
  'TP.HCMC': 'Hồ Chí Minh',
  HCMC: 'Hồ Chí Minh',
  'Thành phố HCM': 'Hồ Chí Minh',
  'thành phố HCM': 'Hồ Chí Minh',
  'TP-HCM': 'Hồ Chí Minh',
  // the Central Highlands' "c for k" spellings (bench/studies/locality-highlands-spellings.mjs)
  'Đắc Lắc': 'Đắk Lắk',
  'Đác Lắc': 'Đắk Lắk',
  'Đắc Lắk': 'Đắk Lắk',
  'Đắk Lắc': 'Đắk Lắk',
  'Đắc Nông': 'Đắk Nông',
  'Đác Nông': 'Đắk Nông',
};

/** Words that may stand between a unit word and its name: "huyện miền núi Kỳ Sơn", "xã biên giới A Xing". */
export const UNIT_DESCRIPTORS: readonly string[] = [
  'miền núi', 'vùng cao', 'biên giới', 'đảo', 'ven biển', 'nghèo', 'trọng điểm', 'vùng sâu', 'đặc biệt khó khăn', 'anh hùng',
  'nông thôn mới', 'vùng biên', 'vùng biển', 'ngoại thành', 'nội thành', 'thuần nông', 'ven đô',
];

/** Capitalised words after a unit word that name no unit: "tỉnh Các …", "xã Việt Nam", "xã Đ/c …". */
export const NOT_UNIT_NAMES: readonly string[] = [
  'các', 'những', 'trong', 'ngoài', 'và', 'đ/c', 'đồng chí', 'ông', 'bà', 'anh', 'chị', 'tại', 'theo', 'năm', 'nhà', 'đã',
  'việt nam', 'nhà nước', 'trung ương', 'chính phủ', 'quốc hội', 'mặt trận', 'đảng', 'đoàn', 'hội', 'uỷ ban', 'ủy ban',
  // "huyện Ủy huyện Thường Xuân": the district's party committee written with a capital (corpus/real 2; round 25)
  'ủy', 'uỷ',
  // "các tỉnh Bắc Bộ", "các tỉnh Tây Nguyên": a region's provinces, no province (corpus/real 17 articles; round 25)
  'bắc bộ', 'trung bộ', 'nam bộ', 'tây nguyên', 'tây bắc', 'đông bắc', 'tây nam', 'đông nam', 'bắc trung', 'nam trung',
  'miền bắc', 'miền trung', 'miền nam', 'miền tây', 'miền núi', 'duyên hải',
];

/** Words right before "xã" that make it a spouse, not a commune: "bà xã Công Vinh" (his wife), "ông xã Tuấn Hưng". */
export const SPOUSE_BEFORE_XA: readonly string[] = ['bà', 'Bà', 'ông', 'Ông'];

/** Names that end with "xã" and are no commune: "Tân Hoa xã" (Xinhua, the Chinese news agency: "Ảnh: Tân Hoa xã Trang
 * tin Sputnik …" read as a commune "Trang"); a cooperative, "Hợp tác xã Thương mại TPHCM" (read as a commune "Thương":
 * corpus/real 2; round 25). */
export const NAMES_ENDING_IN_XA: readonly string[] = ['Tân Hoa', 'Hợp tác', 'hợp tác', 'Liên hiệp Hợp tác'];

/** Province names that, written bare, are far more often something else: "tư tưởng Hồ Chí Minh". */
export const BARE_NOT_PLACES: readonly string[] = ['Hồ Chí Minh'];
