// What stands around a place's name and says what the place is to the article (bench/studies/locality.mjs). Data.

const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';
const words = (list: readonly string[]) => `${W0}(?:${list.join('|')})${W1}`;

/** Before a place that is a person's home or birthplace: "(SN 1993, trú huyện Quỳnh Lưu, …)", "quê ở", a birth day with
 * its year and "tại/ở" ("Trường Chinh … sinh ngày 9/2/1907 tại xã Xuân Hồng, huyện Xuân Trường"; not "sinh ngày
 * 5/3/1990, bị Công an huyện Đông Anh bắt giữ"); in the same line
 * (a headline's "thiếu nữ 15 tuổi …" does not make the lead's "Viện kiểm sát nhân dân tỉnh Khánh Hòa" a residence). */
export const RESIDENCE_BEFORE = new RegExp(
  `(?:(?<!nội |bán )${words(['trú', 'ngụ', 'thường trú', 'tạm trú', 'quê ở', 'quê tại', ', quê', 'quê quán', 'nguyên quán', 'sinh ra', 'SN \\d{4}', 'sinh năm \\d{4}', 'sinh (?:vào )?ngày \\d{1,2}(?:[/.-]\\d{1,2}[/.-]\\d{4}| tháng \\d{1,2} năm \\d{4}),? (?:tại|ở)', '\\d{1,3} tuổi'])}|${words(['ở'])}(?=[^()]*\\)))[^.;:()\\r\\n]{0,60}$`,
  'u',
);

/** Before a place in a street address or a hamlet: usually the event's place, so not a residence. */
export const ADDRESS_BEFORE = new RegExp(
  `(?:${W0}số \\d+[\\w/]*,?\\s+(?:đường|phố|ngõ|hẻm|ngách)?\\s*[\\p{Lu}\\d]|${words(['đường', 'phố', 'ngõ', 'hẻm', 'thôn', 'ấp', 'bản', 'tổ dân phố', 'khu phố', 'khóm', 'xóm'])}\\s+[\\p{Lu}\\d])[^.;:()]{0,50}$`,
  'u',
);

/** Right before a place that names a street, a road or a station: "đường Hà Nội", "phố Huế", "xa lộ Hà Nội" (in
 * TP.HCM), "cao tốc Hà Nội - Hải Phòng", "sân bay Đà Nẵng". */
export const STREET_BEFORE = new RegExp(`(?<!đường |trên |khắp |ngoài |khu |dạo )${words(['đường', 'phố', 'Đường', 'Phố', 'đại lộ', 'Đại lộ', 'xa lộ', 'Xa lộ', 'cao tốc', 'quốc lộ', 'QL', 'sân bay', 'ga', 'bến xe'])}\\s$`, 'u');

/** An office before the place: the place is part of a person's post ("Bí thư Thành ủy TP.HCM …"). */
export const POST_BEFORE = new RegExp(
  `${words(['Bí thư', 'bí thư', 'Chủ tịch', 'chủ tịch', 'Giám đốc', 'giám đốc', 'Trưởng phòng', 'trưởng phòng', 'Chánh văn phòng', 'Trưởng Công an', 'trưởng Công an', 'Trưởng ban', 'Ủy viên', 'Tư lệnh', 'Chính ủy', 'Chỉ huy trưởng', 'Trưởng đoàn', 'ĐBQH', 'Thành ủy viên', 'Tỉnh ủy viên'])}(?:\\s+(?:Thường trực|thường trực|Thường vụ|Ban Thường vụ|HĐND|UBND|Ủy ban nhân dân|Hội đồng nhân dân|MTTQ|Ủy ban MTTQ|Sở [\\p{L} ]{2,30}?|Công an|Đoàn ĐBQH|LĐLĐ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Ban Tuyên giáo|Bộ CHQS|Ban CHQS))*\\s+$`,
  'u',
);

/** Capitalised words besides honorifics that stand before a person's name: "ĐB Trần Văn Mão (Nghệ An)", "Theo ĐB …". */
export const PERSON_TITLES_BEFORE_NAME: readonly string[] = ['ĐB', 'ĐBQH', 'Theo', 'Em', 'Cô', 'Thầy', 'Cụ', 'Cháu', 'Bé'];

/** Leaving a place: "rời Thủ đô Hà Nội". */
export const DEPARTURE_BEFORE = /(?<![\p{L}])rời\s+(?:Thủ đô\s+)?$/u;

/** A licence plate's province: "xe Fortuner biển số Hải Phòng", "biển kiểm soát Đồng Nai" (bench/studies/locality-plates.mjs). */
export const PLATE_BEFORE = /(?<![\p{L}])(?:biển số|biển kiểm soát|BKS)\s+(?:xe\s+)?$/u;

/** A province's name written with a lower-case word that is a common noun: "giải Nobel Hòa bình", "Lực lượng Gìn giữ
 * Hòa bình" (peace), "Cục Hải dương quốc gia Trung Quốc" (ocean). "Hà nội", "Sài gòn" are the cities misspelt. */
export const COMMON_NOUN_SPELLINGS: readonly string[] = ['Hòa bình', 'hòa bình', 'Hải dương', 'hải dương'];

/** After a unit of another country that shares a Vietnamese province's name: "tỉnh Hà Nam (Trung Quốc)" (Henan). */
export const FOREIGN_COUNTRY_AFTER = /^\s*(?:,\s*|\(\s*)(?:Trung Quốc|TQ)(?![\p{L}])/u;

/** A place a distance is measured from ("Cách Hà Nội khoảng 70km – Hải Dương là tỉnh …", "chỉ cách Đà Nẵng 63 hải lý"):
 * a landmark, not where the event is. The distance follows the place. */
export const DISTANCE_FROM_BEFORE = /(?<![\p{L}])[Cc]ách\s+(?:(?:thủ đô|Thủ đô|trung tâm)\s+)?$/u;
export const DISTANCE_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:khoảng|chừng|hơn|gần|chưa đầy|độ|trên|chỉ)?\s*\d/u;

/** A city as a market, in price quotes and trade: "giá vàng SJC tại thị trường Hà Nội", "Công ty Vàng bạc đá quý Sài Gòn
 * tại Hà Nội niêm yết ở mức …", "cung ứng 70 tấn mỗi ngày cho thị trường TP.HCM" (bench/studies/locality-markets.mjs). */
export const MARKET_BEFORE = /(?<![\p{L}])thị trường\s+$/u;
export const QUOTE_AFTER = /^\s*(?:đang\s+)?(?:được\s+)?(?:niêm yết|giao dịch|mua vào|bán ra)(?![\p{L}])/u;

/** A firm's seat, named in passing: "Công ty Trâm Anh có trụ sở đóng tại khu 6, phường Đại Phúc, TP Bắc Ninh", "Pepsico
 * Việt Nam có trụ sở tại Thành phố Hồ Chí Minh", "(trụ sở tại số 135 đường 2/4, phường Vĩnh Phước, …)". */
export const SEAT_BEFORE = /(?<![\p{L}])trụ sở(?: chính)?(?:\s+(?:đóng|đặt))?\s+(?:tại|ở)\s+[^.;:()\n]{0,80}$/u;

/** Where someone comes from: "cô kỹ sư đến từ Hà Nội". */
export const ORIGIN_BEFORE = /(?<![\p{L}])(?:đến|tới)\s+từ\s+$/u;

/** A journey's start or a range's first end ("bay từ TP HCM ra Hà Nội", "từ Đà Nẵng vào TP.HCM", "vùng biển từ Quảng
 * Trị đến Quảng Ngãi", "chặng TPHCM - Singapore"): "từ" before the place, a word of going or a dash after it, maybe
 * after the rest of an address chain (bench/studies/locality-journeys.mjs). */
const UNIT_WORD = '(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\\.?|tỉnh)';
const NAME = '\\p{Lu}[\\p{L}.-]*(?:\\s+[\\p{Lu}\\d][\\p{L}.-]*){0,3}';
/** A unit word ending the text before a name ("huyện ", "P.", "TX. "): the name that follows is a unit's. */
export const UNIT_WORD_END = /(?<![\p{L}])(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|TP|Tp|TX|TT|H|Q|P)\.?\s*$/u;
/** A house number or a street word ending the text before a name ("660 ", "số 12/4 ", "đường "): the name that follows
 * is a street's, though named after a person ("660 Lê Hồng Phong (phường 10, quận 10, TP.HCM)") (bench/studies/locality-numbered-wards.mjs). */
export const STREET_NUMBER_END = /(?:(?<![\p{L}])(?:[đĐ]ường|[pP]hố|[nN]gõ|[hH]ẻm|[nN]gách|[sS]ố)|(?<![\p{L}\d.,])\d+[A-Za-z]?(?:\/\d+[A-Za-z]?)*)\s+$/u;
/** An intersection's word ending the text before a street's name, maybe with the first of its two streets ("ngã tư Hùng
 * Vương - ", "ngã ba Phan Văn Định-", "giao lộ ", "nút giao thông Nguyễn Thái Sơn - "): the name that follows is a
 * street's, though named after a person ("Trưa 7.7, tại ngã tư Hùng Vương - Trần Phú (quận Hải Châu, TP.Đà Nẵng) xảy
 * ra …") (bench/studies/locality-intersections.mjs). */
export const INTERSECTION_END = /(?<![\p{L}])(?:[Nn]gã (?:ba|tư|năm|sáu)|[Gg]iao lộ|[Nn]út giao(?: thông)?)\s+(?:\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,4}\s*[-–]\s*)?$/u;
/** "từ ", or "từ xã Lam Vỹ, " before the next unit of the chain. */
export const JOURNEY_FROM_BEFORE = new RegExp(`(?<![\\p{L}])từ\\s+(?:(?:${UNIT_WORD}\\s+)?${NAME}\\s*,\\s*)*$`, 'u');
/** The far end of a range or a journey: "từ Quảng Trị đến ", "từ TP HCM ra ". */
export const JOURNEY_END_BEFORE = new RegExp(`(?<![\\p{L}])từ\\s+(?:${UNIT_WORD}\\s+)?${NAME}\\s*(?:đến|tới|[-–])\\s+$`, 'u');
export const JOURNEY_TO_AFTER =
  /^(?:\s*,\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s+)?\p{Lu}[\p{L}]*(?:\s+[\p{Lu}\d][\p{L}]*){0,3})*\s*(?:\([^()]{1,40}\)\s*)?(?:đến|tới|vào|ra|lên|về|đi|sang|xuống|trở\s+(?:vào|ra|lên|xuống|đi)|[-–])\s/u;

/** Words of an article about many places at once: "các địa phương", "cả nước". */
export const ROUND_UP = new RegExp(words(['các địa phương', 'cả nước', 'toàn quốc', 'các tỉnh', 'nhiều tỉnh', 'trên toàn quốc', 'nhiều địa phương']), 'u');
/** A region of the country, wider than a province: "Bắc Bộ", "Nam bộ", "miền Trung", "Tây Nguyên", "ĐBSCL", "ở phía Bắc"
 * (not "phía Bắc tỉnh …", a part of one unit). */
export const REGION = /(?<![\p{L}])(?:(?:Bắc|Nam|Trung|Đông Nam|Tây Nam) [Bb]ộ|Tây Nguyên|miền (?:Bắc|Nam|Trung)|phía (?:Bắc|Nam)(?!\s+(?:của\s+)?(?:tỉnh|huyện|thành phố|TP|thị xã|quận|xã|phường|thị trấn)(?![\p{L}]))|[Đđ]ồng bằng sông (?:Cửu Long|Hồng)|ĐBSCL|Tây Bắc|Đông Bắc|Việt Bắc)(?![\p{L}])/u;
/** The weather words of a forecast: "mưa", "nắng nóng", "sương mù", "rét", "không khí lạnh", "áp thấp", "giông". */
export const WEATHER = /(?<![\p{L}])(?:mưa|nắng nóng|sương mù|(?<!sốt )rét|không khí lạnh|áp thấp|bão|giông|dông|nhiệt độ|nền nhiệt)(?![\p{L}])/iu;
/** After a round-up word, the article's own unit left unnamed: "các địa phương trong tỉnh", "nhiều địa phương trên địa
 * bàn huyện": the places inside one unit, no round-up. */
export const ROUND_UP_WITHIN_AFTER = /^\s+(?:trong|trên địa bàn|của|thuộc)\s+(?:toàn\s+)?(?:tỉnh|thành phố|TP|huyện|thị xã|quận)(?![\p{L}])(?!\s*\.?\s*\p{Lu})/u;
/** Before "cả nước", "toàn quốc", a comparison or a rank of one unit against the country: "cao hơn mức bình quân của cả
 * nước", "đứng thứ 5 cả nước", "so với cả nước". */
export const ROUND_UP_COMPARISON_BEFORE = /(?<![\p{L}])(?:so với|hơn|bình quân|trung bình|đứng thứ \d+|xếp thứ \d+|dẫn đầu|top \d+)(?:\s+(?:mức|chung|của|trong|trên|toàn))*\s+$/u;

/** Bodies of a district or a commune, named before its unit word: "UBND xã", "Đảng uỷ phường", "Ban CHQS huyện". */
export const UNIT_BODIES: readonly string[] = [
  'UBND', 'HĐND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Hội đồng nhân dân', 'Đảng ủy', 'Đảng uỷ', 'Đảng bộ', 'Công an', 'Ban CHQS',
  'Ban Chỉ huy Quân sự', 'Ban Chỉ huy quân sự', 'MTTQ', 'Ủy ban MTTQ', 'Mặt trận Tổ quốc', 'Hội Nông dân', 'Hội Phụ nữ', 'Hội LHPN', 'Hội Cựu chiến binh',
  'Đoàn Thanh niên', 'lãnh đạo',
];

/**
 * A district's or a commune's body left unnamed, its unit word not followed by a name: "Uỷ ban nhân dân phường tổ chức
 * họp …", "Đảng uỷ phường trao tặng …" (group 1 the unit word). A unit's own portal speaks of itself so, and names
 * itself in full once, perhaps only sentences later ("UBND phường Minh Tân đã …"; bench/studies/round18-locality.mjs).
 */
export const UNNAMED_UNIT_BODY = new RegExp(`${words(UNIT_BODIES)}\\s+(huyện|quận|thị xã|xã|phường|thị trấn)(?![\\p{L}]|\\s?[\\p{Lu}\\d])`, 'gu');

/**
 * After a unit named as another's, not the portal's own: placed in its district or province ("UBND xã Tân Lập, huyện
 * Đồng Phú", "huyện Cẩm Mỹ (tỉnh Đồng Nai)", "phường Minh Khai, thành phố Hà Giang"), as a text names a unit outside
 * the one it speaks for; or twinned with it ("Hội Nông dân xã Phú Lộc là xã kết nghĩa"; round 18 review).
 */
export const OTHER_UNIT_AFTER = /^(?:\s*[,(\-–]\s*(?:huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s+[\p{Lu}\d]|[^.!?;\n]{0,20}?(?<![\p{L}])kết nghĩa(?![\p{L}]))/u;

/** Before a unit the subject meets or borders: "phối hợp với Công an xã Tân Hòa", "giáp ranh với xã Quảng Phú" (round 18 review). */
export const OTHER_UNIT_BEFORE = new RegExp(`${words(['với', 'giáp', 'giáp ranh'])}\\s+(?:(?:đại diện|lãnh đạo)\\s+)?(?:${words(UNIT_BODIES)}\\s+)?$`, 'u');

/**
 * A province's body named without its province: "UBND tỉnh vừa …", "trong và ngoài tỉnh", "LĐLĐ TP", "lãnh đạo Thành
 * phố"; each body abbreviated or written out ("Bộ Chỉ huy quân sự tỉnh", "Bộ đội Biên phòng tỉnh": round 20, the
 * abbreviations variant of bench/studies/round20-words.mjs).
 */
export const UNNAMED_LOCAL =
  /(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|CA|Công an|Bộ CHQS|Bộ Chỉ huy [Qq]uân sự|BĐBP|Bộ đội [Bb]iên phòng|Liên đoàn Lao động|Liên minh [Hh]ợp tác xã|LLVT|[Ll]ực lượng vũ trang|LĐLĐ|Liên minh HTX|Sở [\p{L}&]+(?: [\p{L}&]+){0,4}|Ban [\p{L}]+(?: [\p{L}]+){0,4}|trong và ngoài|toàn|của|địa bàn|lãnh đạo) (?:tỉnh|thành phố|TP|Tỉnh|Thành phố)(?![\p{L}]| ?[A-ZĐÐ0-9]| ?\.[A-Z])/u;

/** Right before a place, the body it belongs to: "UBND huyện Đăk Hà", "Công an tỉnh Hưng Yên", "TAND TP Hà Nội", the army's
 * "Bộ CHQS Quảng Trị", "BĐBP Quảng Trị", "Bộ đội Biên phòng Kiên Giang", with the abbreviation a text introduces in
 * brackets ("Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) Tiền Giang"; round 28, audit 36). */
export const ADMIN_BODY_BEFORE =
  /(?:UBND|HĐND|TAND|VKSND|Tòa án nhân dân|Viện kiểm sát nhân dân|Viện KSND|Ủy ban nhân dân|Hội đồng nhân dân|MTTQ|Ủy ban MTTQ|Công an|CA|Bộ CHQS|Ban CHQS|BCHQS|Bộ Chỉ huy [Qq]uân sự|Ban Chỉ huy [Qq]uân sự|BĐBP|Bộ đội [Bb]iên phòng|Sở [\p{L}&]+(?: [\p{L}&-]+){0,5}|LĐLĐ|Liên đoàn Lao động|Cục [\p{L}]+(?: [\p{L}]+){0,5}|Hải quan|Đảng bộ|Quận ủy|Huyện ủy|Thành ủy|Tỉnh ủy|Thị ủy|Ban Thường vụ|BTV),?\s*(?:\(\p{Lu}[\p{Lu}&.-]{1,9}\)\s*)?(?:và\s+)?$/u;

/** A venue opening a lead sentence, with its chain of units: "[Sáng 31-5,] tại xã A, huyện B, tỉnh C, …", or in brackets
 * to the closing one: "tại vòng xoay … (thuộc phường 7, thành phố Bạc Liêu, tỉnh Bạc Liêu) xảy ra …". The day may follow
 * another opening phrase: "Như tin đã đưa, sáng 28-5, tại trụ sở UBND xã H'Ra, …, Tòa án nhân dân tỉnh Gia Lai …",
 * "Nhân kỷ niệm 127 năm ngày sinh nhật Bác, ngày 19/5, tại …" (bench/studies/locality-recall10.mjs). */
export const VENUE_OPENING =
  /^(?:[^,]{0,100},\s*(?=[^,\d]{0,25}\d{1,2}(?:[/.-]\d{1,2}|\s?(?:giờ|h(?![\p{L}])))[^,]{0,30},\s*[Tt]ại\s))?(?:[^,]{0,40},\s*)?[Tt]ại\s+(?:[^,()]{2,120}?\((?=[^()]*(?:,|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP|tỉnh))[^()]{2,120}\)\s*,?\s|[^,]{2,120}?(?:,\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s|[\p{Lu}][\p{L}]+\s[\p{Lu}][\p{L}]+\s*,)[^,]{1,60}?)*,\s)/u;

/** Before a province named bare inside an organisation's name: "Công ty CP Dược … Bình Định", "CTCP Chế biến thủy sản
 * và xuất nhập khẩu Cà Mau", "Hiệp hội BĐS Hải Phòng",
 * "Đoàn luật sư Hà Nội" (a lawyer's bar). Not a hall, where something is held: "500 đại biểu ở Hội trường tại Hà Nội"
 * (bench/studies/round23-locality-national-site.mjs). */
export const ORGANISATION_BEFORE =
  /(?:Công ty|Cty|CTCP|Tập đoàn|Đoàn [Ll]uật sư|Đoàn LS|Ngân hàng|Bệnh viện|Đại học|Học viện|Trung tâm|Hợp tác xã|HTX|Tổng công ty|Hiệp hội|Hội(?!\s+trường(?![\p{L}]))|Trường|Báo|Đài|Nhà máy|Khách sạn|Câu lạc bộ|CLB|Quỹ|Viện|Cảng|Sân vận động|SVĐ|Liên đoàn|Chi nhánh|Siêu thị)\s+(?:[\p{L}\p{N}&.]+\s+|[-–]\s+){0,8}$/u;

/** Before a unit that is a National Assembly delegate's delegation, the delegate's province: "đại biểu Quốc hội đoàn
 * TP HCM Trần Anh Tuấn", "ĐBQH Trần Văn Lâm, đoàn ĐBQH tỉnh Bắc Giang", "nhiều ĐBQH đoàn TP HCM", "Đại biểu Trần Anh
 * Tuấn, đoàn đại biểu TP Hồ Chí Minh", "đại biểu Bùi Thị Quỳnh Thơ (Đoàn ĐBQH Hà Tĩnh)", "đại biểu Quốc hội tỉnh Quảng
 * Ninh Trần Xuân Hòa", "(ĐB tỉnh Thái Nguyên)", "Phó trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội TP HCM"; not the
 * delegation itself meeting voters ("Đoàn Đại biểu Quốc hội TP.Hải Phòng có buổi tiếp xúc cử tri")
 * (bench/studies/locality-delegation.mjs). */
export const DELEGATION_BEFORE =
  /(?<![\p{L}])(?:(?:[Đđ]ại biểu(?: Quốc hội| QH)?|ĐBQH|ĐB|[Tt]rưởng đoàn(?: chuyên trách)?)(?:\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,4})?\s*[,(]?\s*[Đđ]oàn\s+(?:ĐBQH\s+|đại biểu(?: Quốc hội)?\s+)?|(?<!(?:[Đđ]oàn|hội)\s)(?:[Đđ]ại biểu(?: Quốc hội| QH)?|ĐBQH|ĐB)\s+)$/u;

/** Public institutions whose name may end with their province: a hospital, a school or university, a centre, a TV or radio
 * station, a theatre, a museum, a house of culture. Firms, banks, clubs and papers are not here: their seat is not
 * where their news happens (bench/studies/locality-institution-site.mjs). */
/**
 * A province's mass organisations and its party paper, named with the province bare ("Hội Nông dân Bình Định", "Hội
 * LHPN Bình Định", "Liên minh HTX Bình Định", "Báo Bình Định"): as a lead's subject, the province is where their event
 * is (ANNOTATION.md: a union's event's place); 2025 portal texts write them so (bench/studies/locality-mass-organisations.mjs).
 */
const MASS_ORGANISATION = String.raw`Hội (?:Nông dân|ND|Liên hiệp Phụ nữ|LHPN|Phụ nữ|Cựu chiến binh|CCB|Chữ thập đỏ|CTĐ|Người cao tuổi|Khuyến học|Luật gia|Nhà báo|Văn học nghệ thuật|VHNT)|Liên minh HTX|Liên minh Hợp tác xã|Báo`;
const INSTITUTION = String.raw`(?:Bệnh viện|BV|Trường (?:ĐH|Đại học|Cao đẳng|CĐ|Trung cấp|THPT|THCS|Tiểu học|Mầm non|Chính trị|Quân sự|Sĩ quan)|Đại học|ĐH|Học viện|Trung tâm|Đài [Tt]ruyền hình|Đài [Pp]hát thanh|Nhà hát|Bảo tàng|Nhà văn hóa|Cung văn hóa|${MASS_ORGANISATION})\s[^,.;:()\n]{0,60}$`;

/** Before the province ending an institution's name that hosts the event: "… ngày quốc tế thiếu nhi tại Bệnh viện Sản -
 * Nhi Nghệ An", "mang niềm vui cho hơn 200 bệnh nhi tại Trung tâm Ung bướu TP.HCM". */
export const INSTITUTION_SITE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:tại|ở)\s+` + INSTITUTION, 'u');

/** From a lead sentence's start to the province ending the name of the institution that is its subject, maybe through
 * its department or doctors: "Chiều 10.2, Trường ĐH Ngân hàng TP.HCM công bố …", "Khoa Tiết niệu Bệnh viện Đại học Y
 * Dược TP HCM vừa tiếp nhận …"; not an expert's affiliation after his post ("Theo TS. Lê Thẩm Dương, Trưởng khoa …, Đại
 * học Ngân hàng TP.HCM, …") nor its students ("Sinh viên Trường ĐH Công nghệ TP.HCM trong giờ thực hành"). */
export const INSTITUTION_SUBJECT_BEFORE = new RegExp(
  String.raw`^(?:\([^()\n]{1,30}\)\s*[-–]?\s*)?(?:[^,\n]{0,40},\s*)?(?:(?:[Cc]ác\s+)?(?:[Bb]ác sĩ|[Kk]hoa|[Pp]hòng|[Ll]ãnh đạo|Ban [Gg]iám (?:đốc|hiệu)|[Ee]-?kíp|Ê-?kíp)[^,.;:()\n]{0,25}\s)?` + INSTITUTION,
  'u',
);

/** Right before a province that ends a newspaper's name: "Pháp Luật TP.HCM đã đưa tin", "theo nguồn tin của báo Pháp
 * Luật TP.HCM" is the outlet, not the story's place (bench/studies/locality-team-names.mjs). A stock exchange ("Sở
 * Giao dịch chứng khoán Hà Nội") is not here: where it holds an auction or a ceremony, its city is the event's. */
export const NEWSPAPER_NAME_BEFORE = /(?<![\p{L}])Pháp [Ll]uật\s+$/u;

/** "Sài Gòn" is no unit's name, so bodies never carry it; written as the last word of a capitalised name inside a
 * sentence it names a firm, an outlet, a hospital or a historical force, not the city: "Thời báo Kinh tế Sài Gòn",
 * "Bia Sài Gòn", "Đa khoa Hoàn Mỹ Sài Gòn", "Biệt động Sài Gòn", "Hải quân Quân đội Sài Gòn". The name's capitalised
 * word (maybe followed by one lower-case syllable, not a word of going or a preposition: "ông Quyền vào Sài Gòn")
 * follows a word, a number or a comma: it does not open a sentence ("Hẻm Sài Gòn kể chuyện", "Người Sài Gòn đổ xô …"),
 * and is no point of the compass ("Khu vực phía Đông Sài Gòn mưa như trút nước")
 * (bench/studies/locality-saigon-names.mjs). */
export const SAIGON_WRITTEN = /^Sài [Gg]òn$/u;
export const SAIGON_NAME_BEFORE =
  /(?<=[\p{L}\p{N},)]\s+)(?!(?:Đông|Tây|Nam|Bắc)\s)\p{Lu}\p{L}*(?:\s+(?!(?:vào|ra|về|đến|tới|từ|ở|tại|giữa|khắp|lên|xuống|qua|sang|rời|thăm|của|và|với|cho|như|là|trong|ngoài|quanh|đi|lòng|dân|người|phố|đất|xứ|miền)\s+$)\p{Ll}\p{L}*)?\s+$/u;
/** A short quoted title around it: a film "Lọ lem Sài Gòn", a nickname 'Chân dài 1m1 Sài Gòn'; not a quoted phrase
 * that places something there ("Bé trai bị đâm tử vong ở Sài Gòn"). */
export const TITLE_QUOTE_OPEN_BEFORE = /["“'‘](?![^"”'’\n.!?]*(?:ở|tại|giữa|khắp)\s+$)[^"”'’\n.!?]{1,40}$/u;
export const TITLE_QUOTE_CLOSE_AFTER = /^[^"“”'‘’\n.!?]{0,40}["”'’]/u;

/** Names that open with a province's name and are something else: "Thái Bình Dương" is the Pacific. */
export const GEOGRAPHIC_COMPOUNDS: readonly string[] = ['Thái Bình Dương', 'Châu Á - Thái Bình Dương'];

/** Courts, prosecutors and police named before a province whose body acts there ("TAND Cấp cao TP HCM"), and "địa bàn". */
const ACTING_BODIES = 'TAND|VKSND|Viện KSND|Tòa án nhân dân|Tòa phúc thẩm|CATP|CSGT|[Cc]ảnh sát giao thông|địa bàn';

/** The bodies SITE_OR_BODY_BEFORE accepts before a province: a body acting there, not a site where something is held. */
export const ACTING_BODY_BEFORE = new RegExp(`(?:${ACTING_BODIES})\\s*$`, 'u');

/**
 * Before a province named bare as the place something is held or whose body acts: "diễn ra tại Hà Nội", "tại Cung Văn hóa
 * Hữu Nghị Việt Xô, Hà Nội", "tại chùa Đ.Q (Hà Nội)", "trên sân Thống Nhất (TP.HCM)", "bệnh viện Bình Dân (TP.HCM)", "tổ chức ngày 16-5 ở Hà
 * Nội", "TAND Cấp cao TP HCM", "trên địa bàn Hà Nội"; or where someone goes ("bay từ TP HCM ra Hà Nội để gặp …").
 */
export const SITE_OR_BODY_BEFORE = new RegExp(
  [
    '(?<![\\p{L}])[Tt]ại\\s+(?:(?:thủ đô|Thủ đô)\\s+)?$',
    '(?<![\\p{L}])(?:[Tt]ại|[Tt]rên|ở)\\s+(?:(?!và\\s)[^.;:!?\\n]|\\.(?=\\S)){2,90}?\\s*[,(–-]\\s*$',
    '(?<![\\p{L}])(?:[Bb]ệnh viện|BV|[Tt]rường)\\s+(?:[^.;:()\\n]|\\.(?=\\S)){1,50}?\\s*[,(–-]\\s*$',
    '(?<![\\p{L}])(?:ra|vào|đến|tới|về|lên)\\s+(?:đến\\s+)?$',
    '(?<![\\p{L}])(?:tổ chức|diễn ra|khai mạc)\\s+[^.;:!?\\n]{0,30}?ở\\s+$',
    `(?<![\\p{L}])(?:${ACTING_BODIES})(?:\\s+(?:[Cc]ấp cao|[Tt]ối cao))?(?:\\s+tại)?\\s+$`,
  ].join('|'),
  'u',
);

/** Sports news in the headline or the opening: a league, a match, a coach, a player, a fan (bench/studies/locality-sport-teams.mjs).
 * The second division by its name only: "Huân chương Lao động hạng Nhất" is an award's grade. */
export const SPORT_NEWS =
  /(?<![\p{L}])(?:V\.?[- ]?League|HLV|[Hh]uấn luyện viên|cầu thủ|tiền đạo|tiền vệ|hậu vệ|thủ môn|trận đấu|bàn thắng|ghi bàn|[Gg]iải [Hh]ạng Nhất|[Hh]ạng Nhất [Qq]uốc gia|Cúp Quốc gia|sân nhà|đội bóng|bóng chuyền|[Ff]utsal|lượt về|lượt đi|CĐV|vòng đấu)(?![\p{L}])/u;

/** Right before a province that ends a team's name in sports news: a sponsor ("SHB Đà Nẵng", "Sanna Khánh Hòa", "FLC
 * Thanh Hóa", "Than Quảng Ninh", "XSKT Cần Thơ", "B.Bình Dương", "HV.An Giang", "ĐT.Long An"), "đội", "toàn đội", "U19",
 * or a score ("3-4 Thanh Hóa"). Not "bộ đội biên phòng Thanh Hóa". */
export const TEAM_BEFORE =
  /(?:(?<![\p{L}])(?:SHB|Sanna|FLC|Becamex|Than|XSKT|Vissai|Vicem|Sông Lam|TDC|Phong Phú|QNK|Khatoco|Hoàng Anh|Kienlongbank|Navibank|Hùng Vương|(?<!bộ )đội|toàn đội|U\d{2})\s+|(?<![\p{L}])(?:B|HV|ĐT|CLB)\.\s*|(?<![\d/.])\d{1,2}\s*[-–]\s*\d{1,2}\s+)$/u;

/** Right after a province that begins a team's name: "Hà Nội FC", "Hà Nội T&T". */
export const TEAM_AFTER = /^\s*(?:FC|F\.C|T&T)(?![\p{L}])/u;

/** Right before a team playing at home: "Được chơi trên sân nhà nhưng SHB ", "Lợi thế sân nhà nhưng B.", "rời sân Chi Lăng
 * của SHB ": its province is where the match is. Not "Sức ép của đội chủ nhà khiến hàng thủ của SHB " (the other team). */
export const HOME_GROUND_BEFORE =
  /(?<![\p{L}])(?:(?:sân nhà|chủ nhà)\s*(?:,\s*|nhưng\s+|thì\s+)?|sân (?:[\p{Lu}][\p{L}]*\s+){1,3}của\s+)(?:[\p{Lu}][\p{L}]*\.?\s*){0,2}$/u;

/** Later in the sentence of a team, its home ground: "B.Bình Dương vẫn có trận giao hữu với … Kawasaki Frontale trên sân nhà". */
export const HOME_GROUND_AFTER = /^[^.;]*?(?<![\p{L}])trên sân nhà(?![\p{L}])/u;

/** The National Assembly or its delegates, and what they do in a sitting ("phiên chất vấn", "thảo luận tại hội trường",
 * "diễn đàn Quốc hội", "kỳ họp thứ 3", "bên hành lang Quốc hội") (bench/studies/locality-assembly.mjs). */
export const ASSEMBLY = /(?<![\p{L}])(?:Quốc hội|ĐBQH|đại biểu QH)(?![\p{L}])/u;
export const ASSEMBLY_DEBATE =
  /(?<![\p{L}])(?:chất vấn|thảo luận|nghị trường|hội trường|[Kk]ỳ họp|[Pp]hiên họp|hành lang|diễn đàn|biểu quyết|cho ý kiến)(?![\p{L}])/u;
/** A delegation meeting its voters at home, in its own province: "Đoàn ĐBQH TP Hà Nội tiếp xúc cử tri", "đã tiếp xúc
 * đông đảo cử tri các quận Ba Đình, Tây Hồ". */
export const VOTERS_MEETING = /(?<![\p{L}])tiếp xúc(?: với)?(?: [\p{Ll}]+){0,3} cử tri(?![\p{L}])/u;

/** A province's party or union body named alone opening a lead sentence: "Tỉnh ủy tổ chức …", "Chiều 23.4, Ban Thường
 * vụ Tỉnh ủy …", "Tỉnh đoàn phát động …" (not "Tỉnh ủy viên", "Tỉnh ủy Bình Định"). */
export const UNNAMED_ORGAN_OPENING = /^(?:[^,]{0,30},\s*)?(?:(?:Ban Thường vụ\s+)?(?:Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Tỉnh hội|Tỉnh đội)(?!\s*(?:viên|[\p{Lu}\d]))|Sở\s+\p{Lu})/u;

/**
 * A dateline opening the lead, the place the report was written: "Đắk Hà, ngày 21 tháng 4 năm 2025", "Kon Tum,
 * 21/4/2025 -"; the date carries its year. Group 1 is the place's name.
 */
export const DATELINE_OPENING = /^\s*(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3}),\s*(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*)\d{4}\s*(?:[-–—:]\s*)?/u;
/** A wire dateline in capitals opening the lead: "ĐẮK HÀ - Sáng 21/4, …", "QUY NHƠN – …". Group 1 is the name. */
export const WIRE_DATELINE_OPENING = /^\s*(\p{Lu}[\p{Lu}\p{M}]*(?: \p{Lu}[\p{Lu}\p{M}]*){0,3})\s*[-–—]\s+(?=\p{Lu})/u;
/** A headline opening with a place's name as its tag: "Đắk Hà: Sơ kết …", in capitals too ("VIỆT YÊN: BAN CHQS HUYỆN …"). Group 1 is the name. */
export const HEADLINE_TAG_OPENING = /^\s*(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3})\s*:/u;

/**
 * The words a lead uses for its own district-level unit left unnamed, by type: "UBND huyện tổ chức …", "Huyện ủy chỉ
 * đạo …", "Thành đoàn tổ chức …" (after a headline tagged "Đắk Hà: …").
 */
export const UNNAMED_DISTRICT_WORDS: Readonly<Record<string, readonly string[]>> = {
  huyện: ['huyện', 'Huyện', 'Huyện ủy', 'Huyện uỷ', 'Huyện đoàn'],
  quận: ['quận', 'Quận', 'Quận ủy', 'Quận uỷ', 'Quận đoàn'],
  'thị xã': ['thị xã', 'Thị xã', 'TX', 'Thị ủy', 'Thị uỷ', 'Thị đoàn'],
  'thành phố': ['thành phố', 'Thành phố', 'TP', 'Thành ủy', 'Thành uỷ', 'Thành đoàn'],
};

/** A portal's address as a source: in brackets, "(binhdinh.gov.vn)", "(www.baobinhdinh.vn)", "(Theo kontum.gov.vn)", or
 * after "Nguồn:" ("Nguồn: ninhbinh.gdt.gov.vn"). */
export const PORTAL_ADDRESS = /(?:\(\s*(?:[Tt]heo\s+)?|(?<![\p{L}])Nguồn\s*:\s*)(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.(?:[a-z]{2,4}\.){0,2}vn(?![\p{L}\d.-])\/?(?:\s*\))?/giu;

/**
 * A national organiser, whose event's locality is the place it is held (ANNOTATION.md): a ministry ("Bộ Lao động,
 * Thương binh và Xã hội", not a province's military command "Bộ CHQS"), a central committee or office ("Ủy ban Kiểm tra
 * Trung ương", "Ban Tổ chức TƯ"), the Government, the Assembly, a general department or department ("Tổng cục Thuế",
 * "Cục Bảo vệ, chăm sóc trẻ em"), the Fatherland Front, a national association or committee ("Hội Nghề cá Việt Nam",
 * "Ủy ban An toàn giao thông Quốc gia"), a military region or command, the State Bank or Audit.
 */
const NATIONAL_ORGANISER = String.raw`(?:Bộ (?!Chỉ huy|CHQS|đội)\p{Lu}\p{L}*|\p{Lu}[^.;:!?\n]{0,50}?(?:Trung ương|TƯ|TW)|Chính phủ|Quốc hội|Tổng cục|Cục \p{Lu}\p{L}*|Mặt trận Tổ quốc Việt Nam|(?:Tổng hội|Hiệp hội|Hội|Liên hiệp|Tổng Liên đoàn|Liên đoàn|Ủy ban|Ban)\s[^.;:!?\n]{0,50}?(?:Việt Nam|[Qq]uốc gia)|Bộ Tư lệnh|Quân khu|Quân chủng|Ngân hàng Nhà nước|Kiểm toán Nhà nước)(?![\p{L}])`;
/**
 * Before a unit named as where a national organiser's event is held, the organiser named with the event: "Hội nghị sơ
 * kết … của Ủy ban Kiểm tra Trung ương diễn ra hôm nay tại ", "buổi họp báo của Bộ Lao động, Thương binh và Xã hội diễn
 * ra sáng ngày 27-5 tại ", "do Bộ Công Thương tổ chức sáng 27/5, tại ", "Bộ Y tế tổ chức hội nghị … tại Thủ đô "
 * (bench/studies/round23-locality-national-site.mjs). Not a gathering the organiser only attends or speaks at ("Bên lề
 * Hội nghị … APEC … diễn ra tại Hà Nội, … thành viên Ủy ban Việt Nam về …"): the organiser comes before the verb of holding.
 */
export const NATIONAL_EVENT_SITE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:của|do)\s+${NATIONAL_ORGANISER}[^.;:!?\n]{0,60}?(?<![\p{L}])(?:diễn ra|được tổ chức|tổ chức|khai mạc)|(?<![\p{L}])${NATIONAL_ORGANISER}(?:\s+(?:đã|vừa|sẽ))?(?:\s+phối hợp[^.;:!?\n]{0,60}?)?\s+(?:tổ chức|khai mạc))(?![\p{L}])[^.;:!?\n]{0,80}?(?<![\p{L}])tại\s+(?:[Tt]hủ đô\s+|[^.;:!?\n]{0,40}?[,(]\s*)?$`,
  'u',
);

/** Right before a unit in a department's name whose short form has a dash: "Sở GD-ĐT ", "Sở LĐ-TB&XH ". */
export const DEPARTMENT_BEFORE = /(?<![\p{L}])Sở\s+[\p{L}&]+-[\p{L}&-]+\s+$/u;
/** Before a unit named as the place where the event happened: "xảy ra tại chợ Xóm Lò ở ", "vụ việc xảy ra trên địa bàn ". */
export const EVENT_SITE_BEFORE = /(?<![\p{L}])(?:xảy ra|diễn ra|phát hiện)\s+(?:[^.;:!?\n]{0,60}?\s)?(?:tại|ở|trên địa bàn|thuộc)\s+(?:[^.;:!?,\n]{0,40}?\s)?$/u;
