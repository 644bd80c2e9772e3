// What the award rules read (each award statement), and what they must not. The first three examples are the
// three most frequent phrasings with counts in corpus/real and the dev set (bench/studies/awards.mjs).
import type { Corpus } from '../../engine/corpus.js';
import type { AwardStatement } from './index.js';

export const corpus: Corpus<AwardStatement> = {
  examples: [
    // giver · give-verb · award · "cho" · counts
    {
      text: 'Nhân dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 05 tập thể, 07 cá nhân có thành tích tiêu biểu.',
      rule: 'award-given',
      value: { award: 'Giấy khen', by: 'Chủ tịch UBND thành phố', collectives: 5, individuals: 7 },
    },
    // counts · "được" · giver? · give-verb? · award
    { text: 'Công ty có 5 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ.', rule: 'award-received', value: { award: 'Bằng khen', by: 'Thủ tướng Chính phủ', individuals: 5 } },
    // counts · "được" · giver · commendation verb
    {
      text: 'Nhân dịp này có 5 tập thể 5 cá nhân có thành tích xuất sắc được UBND huyện Kim Bảng tuyên dương khen thưởng.',
      rule: 'award-commended-passive',
      value: { award: 'khen thưởng', by: 'UBND huyện Kim Bảng', collectives: 5, individuals: 5 },
    },
    // giver · give-verb · count · award · "cho" · recipient noun
    { text: 'UBND huyện trao 12 Bằng khen cho tập thể có thành tích xuất sắc.', rule: 'award-count-first', value: { award: 'Bằng khen', by: 'UBND huyện', collectives: 12, individuals: null } },
    {
      text: 'UBND tỉnh tặng Bằng khen cho 2 tập thể, 5 cá nhân và Giấy khen cho 10 tập thể, 20 cá nhân.',
      rule: 'award-given-listed',
      value: { award: 'Giấy khen', by: 'UBND tỉnh', collectives: 10, individuals: 20 },
    },
    { text: 'Dịp này, UBND tỉnh tặng Bằng khen 10 tập thể và 20 cá nhân có thành tích xuất sắc.', rule: 'award-given', value: { by: 'UBND tỉnh', collectives: 10, individuals: 20 } },
    // a statement in capitals, as portals print headlines: every word capitalised, the count is no name's (round 19)
    { text: 'UBND HUYỆN TẶNG GIẤY KHEN CHO 10 TẬP THỂ VÀ 20 CÁ NHÂN', rule: 'award-given', value: { award: 'GIẤY KHEN', by: 'UBND HUYỆN', collectives: 10, individuals: 20 } },
    { text: 'Nhân dịp này, huyên ủy đã tặng giấy khen cho 5 tập thể và 12 cá nhân.', rule: 'award-given', value: { by: 'huyên ủy', collectives: 5, individuals: 12 } },
    {
      text: 'Thay mặt Chủ tịch nước, đồng chí Trần Văn Bình trao Huân chương Lao động hạng Ba cho 2 tập thể và 3 cá nhân.',
      rule: 'award-given',
      value: { by: 'Chủ tịch nước', collectives: 2, individuals: 3 },
    },
    { text: 'Chủ tịch UBND tỉnh gửi thư khen cho 3 tập thể và 7 cá nhân.', rule: 'award-given', value: { award: 'thư khen', collectives: 3, individuals: 7 } },
    { text: 'Sư đoàn 312 đã được Bộ Quốc phòng tặng Bằng khen.', rule: 'award-given', value: { by: 'Bộ Quốc phòng', collectives: null } },
    { text: 'Có 27 tập thể và 51 cá nhân được UBND TP tặng giấy khen.', rule: 'award-received', value: { by: 'UBND TP', collectives: 27, individuals: 51 } },
    // a residential unit's culture title, as dev 106's "8/9 khu dân cư đạt danh hiệu làng văn hóa" (round 26, audit 30)
    { text: 'Ban chỉ đạo thành phố công nhận 105/114 khu phố đạt danh hiệu khu phố văn hóa.', rule: 'award-received', value: { award: 'danh hiệu khu phố văn hóa', collectives: 105 } },
    // bodies written out as well as abbreviated (round 20, bench/studies/round20-words.mjs --variant abbreviations):
    // "nhân dân" goes on a giver's name where "nhân dịp" ends it; a sentence-case name after the award; an abbreviation
    // alone among bodies listed with commas
    {
      text: 'Thay mặt Chủ tịch nước, đồng chí Trần Văn Bình trao Bằng khen của Ủy ban nhân dân tỉnh Hà Nam cho 11 cá nhân.',
      rule: 'award-given',
      value: { award: 'Bằng khen', by: 'Ủy ban nhân dân tỉnh Hà Nam', individuals: 11 },
    },
    {
      text: 'Tại Hội nghị, Liên đoàn Lao động quận 1 đã trao bằng khen Liên đoàn Lao động thành phố cho 08 tập thể và 06 cá nhân.',
      rule: 'award-given',
      value: { award: 'bằng khen', by: 'Liên đoàn Lao động thành phố', collectives: 8, individuals: 6 },
    },
    // a sentence-case name's lower-case words stand inside it ("nhân dân tỉnh", "Lao động thành phố"), not after its
    // end: "đợt này", "và quà", "kịp thời" before "cho" are no part of the giver (round 20 review)
    { text: 'Dịp này, đã trao bằng khen Thủ tướng Chính phủ đợt này cho 5 tập thể, 3 cá nhân.', rule: 'award-given', value: { by: null, collectives: 5, individuals: 3 } },
    { text: 'Dịp này, trao bằng khen Liên đoàn Lao động thành phố và quà cho 6 tập thể.', rule: 'award-given', value: { by: null, collectives: 6 } },
    { text: 'Dịp này, trao bằng khen Tỉnh đoàn kịp thời cho 6 đoàn viên.', rule: 'award-given', value: { by: null, individuals: 6 } },
    { text: 'Dịp này, trao bằng khen Hội Cựu chiến binh cho 5 hội viên.', rule: 'award-given', value: { by: 'Hội Cựu chiến binh', individuals: 5 } },
    { text: 'Dịp này, UBND, Hội ND thị xã đã khen thưởng 27 tập thể và 47 cá nhân.', rule: 'award-commended', value: { by: 'UBND, Hội ND thị xã', collectives: 27, individuals: 47 } },
    // a name in straight quotes, as many sites write it, after its giver (round 20, the punctuation variant)
    {
      text: 'Dịp này, Bộ Chỉ huy BĐBP tỉnh trao Kỷ niệm chương của Bộ Tư lệnh BĐBP "Vì chủ quyền an ninh biên giới Tổ quốc" cho 4 cá nhân.',
      rule: 'award-given',
      value: { award: 'Kỷ niệm chương "Vì chủ quyền an ninh biên giới Tổ quốc"', by: 'Bộ Tư lệnh BĐBP', individuals: 4 },
    },
    { text: 'Bên cạnh đó, Ủy ban nhân dân phường đã khen thưởng động viên 39 tập thể, 102 cá nhân đã có thành tích xuất sắc.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'Ủy ban nhân dân phường', collectives: 39, individuals: 102 } },
    // an abbreviation before the comma goes on with its unit's type at most: a dateline in capitals or a city named
    // by "TP" is no giver listed before the next (round 20 review)
    { text: 'QUẢNG NGÃI, UBND tỉnh vừa tặng bằng khen cho 5 tập thể, 9 cá nhân.', rule: 'award-given', value: { by: 'UBND tỉnh', collectives: 5, individuals: 9 } },
    { text: 'TP HCM, UBND thành phố vừa tặng bằng khen cho 5 tập thể, 9 cá nhân.', rule: 'award-given', value: { by: 'UBND thành phố', collectives: 5, individuals: 9 } },
    { text: 'Dịp này, UBND tỉnh, Giám đốc Công an tỉnh đã tặng giấy khen cho 13 tập thể và 17 cá nhân.', rule: 'award-given', value: { by: 'UBND tỉnh, Giám đốc Công an tỉnh', collectives: 13, individuals: 17 } },
    { text: 'UBND huyện đã tặng giấy khen nhân dịp kỷ niệm cho 5 tập thể.', rule: 'award-given', value: { by: 'UBND huyện', collectives: 5 } },
    {
      text: 'Dịp này, BCH Hội Cựu chiến binh cũng đã trao kỷ niệm chương Cựu chiến binh Việt Nam năm 2020 cho 13 đồng chí.',
      rule: 'award-given',
      value: { award: 'kỷ niệm chương Cựu chiến binh Việt Nam', by: 'BCH Hội Cựu chiến binh', individuals: 13 },
    },
    { text: 'Dịp này, UBND huyện khen thưởng 10 tập thể; 25 cá nhân có thành tích.', rule: 'award-commended', value: { collectives: 10, individuals: 25 } },
    { text: 'Dịp này, Giám đốc Công an tỉnh khen thưởng đột xuất cho 3 tập thể, 12 cá nhân.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'Giám đốc Công an tỉnh', collectives: 3, individuals: 12 } },
    {
      text: 'Tại hội nghị, các tập thể, cá nhân đã nhận được giấy khen của UBND và Ban CHQS thành phố.',
      rule: 'award-named',
      value: { award: 'giấy khen', by: 'UBND và Ban CHQS thành phố', collectives: null, individuals: null },
    },
    // "kịp thời" before or after the commendation verb; a ceremony is not the giver
    { text: 'Dịp này, Công an tỉnh đã khen thưởng kịp thời 12 tập thể và 30 cá nhân.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'Công an tỉnh', collectives: 12, individuals: 30 } },
    { text: 'UBND huyện đã kịp thời khen thưởng cho 5 tập thể, 10 cá nhân có thành tích.', rule: 'award-commended', value: { by: 'UBND huyện', collectives: 5, individuals: 10 } },
    { text: 'Lễ tuyên dương 100 thanh niên tiêu biểu.', rule: 'award-commended', value: { award: 'tuyên dương', by: null, individuals: 100 } },
    { text: 'Dịp này, UBND huyện đã biểu dương 21 tập thể và 55 cá nhân; khen thưởng 11 tập thể và 21 cá nhân có thành tích xuất sắc.', rule: 'award-commended', value: { award: 'biểu dương', by: 'UBND huyện', collectives: 21, individuals: 55 } },
    { text: 'Tại Hội nghị đã biểu dương khen thưởng cho 3 tập thể, 14 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024.', rule: 'award-commended', value: { award: 'khen thưởng', by: null, collectives: 3, individuals: 14 } },
    // a body written in lower case gives too
    { text: 'Huyền My cùng đàn chị Ngọc Hân được ban tổ chức tặng bằng khen vì thành tích hiến máu.', rule: 'award-given', value: { award: 'bằng khen', by: 'ban tổ chức' } },
    { text: 'Nhân dịp này, huyện đoàn Nam Đàn đã trao tặng giấy khen cho 5 đoàn viên.', rule: 'award-given', value: { by: 'huyện đoàn Nam Đàn', individuals: 5 } },
    { text: 'Năm qua, có 15 tập thể và 30 cá nhân được các cấp khen thưởng.', rule: 'award-commended-passive', value: { by: 'các cấp', collectives: 15, individuals: 30 } },
    // bodies listed with a comma give together, before the verb or after "của" (dev 053; corpus/real r4902)
    { text: 'Nhân dịp này, Đảng ủy, Bộ Tư lệnh BĐBP đã trao Bằng khen cho 5 tập thể và 7 cá nhân.', rule: 'award-given', value: { by: 'Đảng ủy, Bộ Tư lệnh BĐBP', collectives: 5, individuals: 7 } },
    { text: 'Các tập thể và cá nhân đã được nhận Bằng khen của Bộ Công an, Tổng cục Cảnh sát QLHC về TTATXH.', rule: 'award-named', value: { by: 'Bộ Công an, Tổng cục Cảnh sát QLHC về TTATXH' } },
    // a giver stops before a second award ("và bằng khen của …") and before "dành cho"
    { text: 'Trường nhận bằng khen của Bộ GD&ĐT và bằng khen của Thủ tướng.', rule: 'award-named', value: { award: 'bằng khen', by: 'Bộ GD&ĐT' } },
    { text: 'Ông nhận Huy chương PATE của Viện Vật lý Mỹ dành cho các nhà lãnh đạo vật lý.', rule: 'award-named', value: { by: 'Viện Vật lý Mỹ' } },
    // "vinh danh" with its counts, active or passive (bench/studies/awards-recall.mjs)
    { text: 'Bộ Công Thương còn vinh danh 10 công ty xuất khẩu uy tín của Việt Nam.', rule: 'award-commended', value: { award: 'vinh danh', by: 'Bộ Công Thương', collectives: 10 } },
    { text: 'Tại Hà Nội, có 5 doanh nghiệp được vinh danh.', rule: 'award-commended-passive', value: { award: 'vinh danh', collectives: 5 } },
    // a prize-giving named with a ceremony of honour: the honour stands (awards-round7.mjs, vinh-danh)
    { text: 'Tại Lễ vinh danh và trao giải, 12 doanh nghiệp được vinh danh.', rule: 'award-commended-passive', value: { award: 'vinh danh', collectives: 12 } },
    // "tôn vinh" with its counts in an article that names a ceremony of honour (bench/studies/awards-round5.mjs)
    { text: 'Tại Lễ tôn vinh người hiến máu tiêu biểu, Ban Chỉ đạo đã tôn vinh 100 người hiến máu tình nguyện.', rule: 'award-commended', value: { award: 'tôn vinh', by: 'Ban Chỉ đạo', individuals: 100 } },
    // receiving words beyond "được": "vinh dự đón nhận", "nhận được", "được phong tặng"
    { text: 'Nhân dịp này, 3 tập thể và 5 cá nhân đã vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ.', rule: 'award-received', value: { award: 'Bằng khen', by: 'Thủ tướng Chính phủ', collectives: 3, individuals: 5 } },
    { text: 'Trong năm, 12 cá nhân được phong tặng danh hiệu Chiến sĩ thi đua cơ sở.', rule: 'award-received', value: { award: 'danh hiệu Chiến sĩ thi đua cơ sở', individuals: 12 } },
    { text: 'Chiều 29.5, Công ty CP Vận tải Phú Hoàng khen thưởng 3 tài xế taxi đã trả lại tài sản cho khách.', rule: 'award-commended', value: { individuals: 3 } },
    { text: 'Dịp này, BCH LĐLĐ TP tặng bằng khen cho 20 CĐCS và 50 đoàn viên.', rule: 'award-given', value: { collectives: 20, individuals: 50 } },
    // "tặng" after the award opens its recipients; "Giấy khen tặng" is no verb "khen tặng" (bench/studies/awards-forms.mjs)
    { text: 'Nhân dịp này, Bộ Tư lệnh BĐBP đã trao Giấy khen tặng 6 tập thể, 10 cá nhân có thành tích xuất sắc.', rule: 'award-given', value: { award: 'Giấy khen', by: 'Bộ Tư lệnh BĐBP', collectives: 6, individuals: 10 } },
    { text: 'Tại buổi lễ, Bộ trưởng trao Bằng khen của Bộ Quốc phòng tặng 4 tập thể và 10 cá nhân.', rule: 'award-given', value: { award: 'Bằng khen', by: 'Bộ Quốc phòng', collectives: 4, individuals: 10 } },
    // a verb, or an award, listed after a comma or semicolon shares the giver before the first; a new giver after "và"
    { text: 'Nhân dịp này, T.Ư Hội LHTN Việt Nam đã tặng bằng khen, tuyên dương 31 chủ trang trại trẻ có thành tích xuất sắc.', rule: 'award-commended', value: { by: 'T.Ư Hội LHTN Việt Nam', individuals: 31 } },
    { text: 'Tỉnh đã tặng Cờ thi đua cho 4 đơn vị, tặng Bằng khen cho 45 tập thể và 80 cá nhân.', rule: 'award-given', value: { award: 'Bằng khen', by: 'Tỉnh', collectives: 45, individuals: 80 } },
    { text: 'Dịp này, Thành đoàn đã trao Bằng khen cho 8 tập thể và 15 cá nhân; Giấy khen cho 20 tập thể, 40 cá nhân.', rule: 'award-given-listed', value: { award: 'Giấy khen', by: 'Thành đoàn', collectives: 20, individuals: 40 } },
    { text: 'Bộ Công an trao Bằng khen cho 7 tập thể, 14 cá nhân và Giám đốc Công an tỉnh tặng Giấy khen cho 10 tập thể, 25 cá nhân.', rule: 'award-given', value: { award: 'Giấy khen', by: 'Giám đốc Công an tỉnh', collectives: 10, individuals: 25 } },
    // the award first, then its passive giving: "<award> (của …) (đã) được trao (tặng) cho N …" (bench/studies/awards-round6.mjs)
    { text: 'Tại buổi lễ, Bằng khen của UBND tỉnh đã được trao cho 5 tập thể và 10 cá nhân.', rule: 'award-passive-given', value: { award: 'Bằng khen', by: 'UBND tỉnh', collectives: 5, individuals: 10 } },
    { text: 'Huân chương Lao động hạng Ba được Chủ tịch nước trao tặng cho 2 tập thể và 1 cá nhân.', rule: 'award-passive-given', value: { award: 'Huân chương Lao động hạng Ba', by: 'Chủ tịch nước', collectives: 2, individuals: 1 } },
    // a body's own proposal stays a statement, as dev annotates it
    { text: 'Đề nghị Bộ Tư lệnh BĐBP tặng Bằng khen cho 5 tập thể đạt giải Nhất.', rule: 'award-given', value: { award: 'Bằng khen', by: 'Bộ Tư lệnh BĐBP', collectives: 5 } },
    // a giver that reports its own giving: "<body>(, <its place>) cho biết (vừa|đã) trao tặng <award>" (bench/studies/awards-round7.mjs)
    {
      text: 'Thông tin từ huyện đoàn Nam Đàn, tỉnh Nghệ An cho biết vừa trao tặng giấy khen cho 2 thanh niên dũng cảm cứu người.',
      rule: 'award-given',
      value: { award: 'giấy khen', by: 'huyện đoàn Nam Đàn', individuals: 2 },
    },
    { text: 'Ngày 29-5, Công an huyện Đông Anh cho biết đã tặng Giấy khen cho 3 tài xế taxi.', rule: 'award-given', value: { award: 'Giấy khen', by: 'Công an huyện Đông Anh', individuals: 3 } },
    // round 8, from ANNOTATION.md's awards section read rule by rule (bench/studies/awards-round8.mjs): a ceremony held
    // by a body that gives counted recipients; the body that holds it gives ("Ban Tổ chức" stays a name)
    { text: 'Sáng 3/2, Đảng bộ phường long trọng tổ chức Lễ trao tặng Huy hiệu Đảng đợt 3/2 cho 18 đảng viên.', rule: 'award-given', value: { award: 'Huy hiệu Đảng', by: 'Đảng bộ phường', individuals: 18 } },
    { text: 'Đảng ủy xã đã tổ chức trao tặng Huy hiệu Đảng cho 25 đảng viên.', rule: 'award-given', value: { by: 'Đảng ủy xã', individuals: 25 } },
    { text: 'Kết thúc hội thao, Ban tổ chức trao Giấy khen cho 3 đơn vị và 12 vận động viên.', rule: 'award-given', value: { by: 'Ban tổ chức', collectives: 3, individuals: 12 } },
    // "… cho 05 tập thể, 07 cá nhân … và 01 tập thể, 04 cá nhân …" is two entries, each with its giver
    {
      text: 'Dịp này, UBND huyện tặng Giấy khen cho 05 tập thể, 07 cá nhân có thành tích xuất sắc và Ban Thường vụ Huyện đoàn tặng Giấy khen cho 01 tập thể, 04 cá nhân.',
      rule: 'award-given',
      value: { by: 'Ban Thường vụ Huyện đoàn', collectives: 1, individuals: 4 },
    },
    { text: 'Dịp này, UBND huyện khen thưởng 05 tập thể, 07 cá nhân và Huyện đoàn khen thưởng 01 tập thể, 04 cá nhân.', rule: 'award-commended', value: { by: 'UBND huyện', collectives: 5, individuals: 7 } },
    // a count before the award and both kinds after "cho": a mixed count gives neither (dev 142)
    { text: 'Dịp này, Bộ Quốc phòng trao tặng 15 Bằng khen cho các tập thể và cá nhân có thành tích xuất sắc.', rule: 'award-count-first', value: { by: 'Bộ Quốc phòng', collectives: null, individuals: null } },
    // a further count-first award under the same verb
    { text: 'UBND huyện trao 12 Bằng khen cho tập thể và 20 Giấy khen cho cá nhân có thành tích xuất sắc.', rule: 'award-count-first-listed', value: { award: 'Giấy khen', by: 'UBND huyện', collectives: null, individuals: 20 } },
    { text: 'Dịp này, LĐLĐ tỉnh đã trao 15 Bằng khen cho tập thể, 30 Bằng khen cho cá nhân.', rule: 'award-count-first-listed', value: { by: 'LĐLĐ tỉnh', individuals: 30 } },
    // awards listed after one verb, each after a semicolon
    {
      text: 'Tại Hội nghị, UBND tỉnh đã trao Cờ thi đua của Chính phủ cho 02 tập thể; Bằng khen của Thủ tướng Chính phủ cho 03 tập thể, 05 cá nhân; Cờ thi đua của UBND tỉnh cho 10 tập thể.',
      rule: 'award-given-listed',
      value: { award: 'Cờ thi đua', by: 'UBND tỉnh', collectives: 10, individuals: null },
    },
    // a body deciding by a decision gives; "khen thưởng nóng" after an arrest is a commendation
    { text: 'Dịp này, UBND huyện ban hành quyết định khen thưởng cho 30 tập thể, 45 cá nhân.', rule: 'award-commended', value: { by: 'UBND huyện', collectives: 30, individuals: 45 } },
    { text: 'Ngay sau khi phá án, Công an tỉnh đã kịp thời khen thưởng nóng cho 2 tập thể và 5 cá nhân.', rule: 'award-commended', value: { by: 'Công an tỉnh', collectives: 2, individuals: 5 } },
    // a letter of praise had or signed, its praise or its sending before the recipients ("thư khen" in ANNOTATION.md)
    { text: 'Chủ tịch UBND tỉnh đã có thư khen 5 tập thể và 12 cá nhân đã dũng cảm cứu người.', rule: 'award-letter', value: { award: 'thư khen', by: 'Chủ tịch UBND tỉnh', collectives: 5, individuals: 12 } },
    { text: 'Chủ tịch UBND tỉnh đã ký Thư khen gửi 3 tập thể, 5 cá nhân.', rule: 'award-letter', value: { by: 'Chủ tịch UBND tỉnh', collectives: 3, individuals: 5 } },
    { text: 'Chủ tịch UBND tỉnh đã gửi thư khen ngợi 5 tập thể và 12 cá nhân.', rule: 'award-given', value: { award: 'thư khen', collectives: 5, individuals: 12 } },
    // a badge named with a list of years; a body's review ("xét tặng") is no part of its name
    { text: 'Dịp này, Huyện ủy trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho 78 đảng viên.', rule: 'award-given', value: { award: 'Huy hiệu 30, 40, 50 năm tuổi Đảng', by: 'Huyện ủy', individuals: 78 } },
    { text: 'Đợt này, có 150 đảng viên được Ban Thường vụ Tỉnh ủy xét tặng Huy hiệu Đảng.', rule: 'award-received', value: { award: 'Huy hiệu Đảng', by: 'Ban Thường vụ Tỉnh ủy', individuals: 150 } },
    // every badge year of the Party's list: a year the lexicon lacked left its badge unread, and a second badge in the
    // sentence took the first one's name (round 10, bench/studies/awards-recall10.mjs --forms, badge-years)
    { text: '13 đồng chí được trao tặng Huy hiệu Đảng đợt này, trong đó có hai đồng chí được nhận Huy hiệu 80 năm tuổi Đảng.', rule: 'award-received', value: { award: 'Huy hiệu 80 năm tuổi Đảng', individuals: 2 } },
    { text: 'Qua phong trào thi đua, có 67 lượt tập thể và hơn 148 lượt cá nhân được khen thưởng.', rule: 'award-commended-passive', value: { award: 'khen thưởng', collectives: 67, individuals: 148 } },
    // a tally's badges shortened once the first named their kind (round 25, audit 26)
    { text: 'Đảng ủy đã trao Huy hiệu 70 năm tuổi Đảng cho 5 đảng viên, huy hiệu 65 năm cho 4 đảng viên, huy hiệu 60 năm cho 14 đảng viên.', rule: 'award-given-listed', value: { award: 'huy hiệu 65 năm', individuals: 4 } },
    { text: 'Dịp này có 3 đảng viên nhận Huy hiệu 60 năm tuổi Đảng; 2 đảng viên nhận Huy hiệu 55 năm.', rule: 'award-received', value: { award: 'Huy hiệu 55 năm', individuals: 2 } },
    { text: 'Dịp này, Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho 2 đồng chí, Huy hiệu 45 năm tuổi Đảng cho 3 đồng chí.', rule: 'award-given-listed', value: { award: 'Huy hiệu 45 năm tuổi Đảng', by: 'Huyện ủy', individuals: 3 } },
    // a comma inside the giver's name between "được" and the verb
    { text: 'Dịp này, 10 tập thể, 15 cá nhân được Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen.', rule: 'award-received', value: { by: 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch', collectives: 10, individuals: 15 } },
    { text: 'Có 5 tập thể, 9 cá nhân được UBND tỉnh, Bộ CHQS tỉnh khen thưởng.', rule: 'award-commended-passive', value: { by: 'UBND tỉnh, Bộ CHQS tỉnh', collectives: 5, individuals: 9 } },
    // givers with a quoted name, brackets or more than twelve words, before the verb, after "được" or after "của"
    {
      text: 'Dịp này, 10 tập thể, 15 cá nhân được Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh tặng Giấy khen.',
      rule: 'award-received',
      value: { by: 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh', collectives: 10, individuals: 15 },
    },
    {
      text: 'Dịp này, UBND tỉnh tặng Bằng khen của Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” cho 10 tập thể, 15 cá nhân.',
      rule: 'award-given',
      value: { by: 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”', collectives: 10, individuals: 15 },
    },
    {
      text: 'Dịp này, Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh tặng Giấy khen cho 10 tập thể, 15 cá nhân.',
      rule: 'award-given',
      value: { by: 'Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh', collectives: 10, individuals: 15 },
    },
    { text: 'Dịp này, 10 tập thể, 15 cá nhân được Bộ Tư lệnh Quân khu 4 (nay là Quân khu 4) tặng Bằng khen.', rule: 'award-received', value: { collectives: 10, individuals: 15 } },
    {
      text: 'Dịp này, 10 tập thể, 15 cá nhân được Thủ tướng Chính phủ, Bộ trưởng Bộ Công an và Giám đốc Công an tỉnh tặng Bằng khen.',
      rule: 'award-received',
      value: { by: 'Thủ tướng Chính phủ, Bộ trưởng Bộ Công an và Giám đốc Công an tỉnh', collectives: 10, individuals: 15 },
    },
    { text: 'Dịp này, UBND tỉnh tặng Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch cho 10 tập thể, 15 cá nhân.', rule: 'award-given', value: { by: 'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch', collectives: 10 } },
    { text: 'Dịp này, 10 tập thể được nhận Bằng khen của Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.', rule: 'award-received', value: { by: 'Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', collectives: 10 } },
    // a closing quote whose opening stands before "của" ends the giver
    { text: '“Tôi nhận Bằng khen của UBND tỉnh” là câu chuyện anh kể lại nhiều lần.', rule: 'award-named', value: { by: 'UBND tỉnh' } },
    // the giver before the decision it signs; a bracket after the award; the counts after "gồm"
    { text: 'Chủ tịch UBND tỉnh đã ký Quyết định số 1234/QĐ-UBND tặng Bằng khen cho 10 tập thể, 20 cá nhân.', rule: 'award-given', value: { by: 'Chủ tịch UBND tỉnh', collectives: 10, individuals: 20 } },
    { text: 'UBND tỉnh vừa có Quyết định tặng Bằng khen cho 10 tập thể, 20 cá nhân.', rule: 'award-given', value: { by: 'UBND tỉnh', collectives: 10, individuals: 20 } },
    { text: 'Dịp này, Bộ Tư lệnh trao Bằng khen của Bộ trưởng Bộ Quốc phòng (Quyết định số 123/QĐ-BQP) cho 5 tập thể.', rule: 'award-given', value: { by: 'Bộ trưởng Bộ Quốc phòng', collectives: 5 } },
    {
      text: 'Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020-2025, gồm 10 tập thể và 20 cá nhân.',
      rule: 'award-given',
      value: { by: 'UBND huyện', collectives: 10, individuals: 20 },
    },
    { text: 'Dịp này, UBND huyện khen thưởng các tập thể, cá nhân có thành tích xuất sắc, gồm 10 tập thể và 20 cá nhân.', rule: 'award-commended-listed', value: { award: 'khen thưởng', by: 'UBND huyện', collectives: 10, individuals: 20 } },
    // a count before the award and the recipients counted after "cho"; the one named first "cùng" N others counts too
    { text: 'Dịp này, UBND tỉnh trao 12 Bằng khen cho 12 tập thể có thành tích xuất sắc.', rule: 'award-count-first', value: { by: 'UBND tỉnh', collectives: 12, individuals: null } },
    { text: 'Dịp này, Công an tỉnh tặng Giấy khen cho anh Lê Văn Tùng cùng 8 người khác đã dũng cảm bắt cướp.', rule: 'award-given', value: { by: 'Công an tỉnh', individuals: 9 } },
    // a body named, then counted recipients after "và"
    { text: 'Công an tỉnh khen thưởng Ban chuyên án và 5 cá nhân có thành tích xuất sắc.', rule: 'award-commended-named-and-counted', value: { by: 'Công an tỉnh', collectives: null, individuals: 5 } },
    // a kind of commendation named after the verb
    { text: 'Dịp này, UBND huyện khen thưởng chuyên đề cho 10 tập thể, 20 cá nhân.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'UBND huyện', collectives: 10, individuals: 20 } },
    // the counts after a colon
    { text: 'Dịp này, UBND huyện tặng Giấy khen: 5 tập thể, 10 cá nhân.', rule: 'award-given', value: { by: 'UBND huyện', collectives: 5, individuals: 10 } },
    { text: 'Dịp này, UBND huyện khen thưởng: 5 tập thể, 10 cá nhân.', rule: 'award-commended', value: { by: 'UBND huyện', collectives: 5, individuals: 10 } },
    // bodies written in lower case give too
    { text: 'Dịp này, 5 tập thể, 10 cá nhân được ủy ban nhân dân huyện tặng giấy khen.', rule: 'award-received', value: { by: 'ủy ban nhân dân huyện', collectives: 5, individuals: 10 } },
    { text: 'Dịp này, công an huyện đã khen thưởng 5 tập thể, 10 cá nhân.', rule: 'award-commended', value: { by: 'công an huyện', collectives: 5, individuals: 10 } },
    { text: 'Dịp này, lãnh đạo huyện đã trao giấy khen cho 5 tập thể.', rule: 'award-given', value: { by: 'lãnh đạo huyện', collectives: 5 } },
    // a unit's abbreviation with a full stop in the giver after "được" and after "của"
    { text: 'Dịp này, 5 tập thể, 10 cá nhân được UBND TP. Hà Nội tặng Bằng khen.', rule: 'award-received', value: { by: 'UBND TP. Hà Nội', collectives: 5, individuals: 10 } },
    { text: 'Dịp này, 5 tập thể, 10 cá nhân được Công an Q. 1 khen thưởng.', rule: 'award-commended-passive', value: { by: 'Công an Q. 1', collectives: 5, individuals: 10 } },
    { text: 'Dịp này, UBND tỉnh tặng Bằng khen của UBND TP. Hà Nội cho 5 tập thể, 10 cá nhân.', rule: 'award-given', value: { by: 'UBND TP. Hà Nội', collectives: 5 } },
    // "gắn" (pins) a badge; "đồng thời" opens a clause that shares the giver before it
    { text: 'Dịp này, Huyện ủy trao Quyết định và gắn Huy hiệu 30 năm tuổi Đảng cho 12 đồng chí.', rule: 'award-given', value: { award: 'Huy hiệu 30 năm tuổi Đảng', by: 'Huyện ủy', individuals: 12 } },
    { text: 'Dịp này, 12 đảng viên được trao Quyết định và gắn Huy hiệu Đảng.', rule: 'award-received', value: { award: 'Huy hiệu Đảng', individuals: 12 } },
    { text: 'UBND huyện đã trao tặng Giấy khen cho 12 tập thể; đồng thời trao tặng Giấy khen cho 20 cá nhân.', rule: 'award-given', value: { by: 'UBND huyện', individuals: 20 } },
    // women counted with a title that opens with a number (dev 146)
    { text: 'Năm qua có 1.230 chị đạt danh hiệu 2 giỏi được các cấp ghi nhận.', rule: 'award-received', value: { award: 'danh hiệu 2 giỏi', individuals: 1230 } },
    // a unit's abbreviation with a full stop stays in the giver's name
    { text: 'Dịp này, Chủ tịch UBND TP. Hà Nội tặng Bằng khen cho 8 tập thể, 14 cá nhân.', rule: 'award-given', value: { by: 'Chủ tịch UBND TP. Hà Nội', collectives: 8, individuals: 14 } },
    // a linking word before a capitalised giver is no part of it
    { text: 'UBND huyện trao Giấy khen cho 10 tập thể; đồng thời Huyện đoàn tặng Giấy khen cho 5 đoàn viên.', rule: 'award-given', value: { by: 'Huyện đoàn', individuals: 5 } },
    // army and portal recipients: "đ/c", "hạ sĩ quan, binh sĩ"
    { text: 'Dịp này, Huyện ủy trao Huy hiệu Đảng cho 12 đ/c đảng viên.', rule: 'award-given', value: { by: 'Huyện ủy', individuals: 12 } },
    // round 13 (bench/studies/awards-round13.mjs): the principal of a delegated power gives; a council's list of bare
    // titles, and its list going on in a sentence with no verb
    {
      text: 'Tại buổi lễ, thừa ủy quyền của Chủ tịch nước, Bộ trưởng Trần Đại Quang đã trao Huân chương Chiến công hạng Nhất cho 2 tập thể.',
      rule: 'award-given',
      value: { award: 'Huân chương Chiến công hạng Nhất', by: 'Chủ tịch nước', collectives: 2 },
    },
    {
      text: 'Hội đồng thống nhất đề nghị tặng danh hiệu chiến sỹ thi đua cấp tỉnh cho 07 cá nhân; tập thể lao động xuất sắc cho 16 tập thể.',
      rule: 'award-given-listed',
      value: { award: 'tập thể lao động xuất sắc', by: null, collectives: 16, individuals: null },
    },
    {
      text: 'UBND huyện công nhận danh hiệu thi đua cho 04 Tập thể lao động tiên tiến, công nhận 01 danh hiệu Chiến sỹ thi đua.',
      rule: 'award-given',
      value: { award: 'danh hiệu thi đua', by: 'UBND huyện', collectives: 4, individuals: null },
    },
    {
      text: 'Đề nghị tặng cờ thi đua của tỉnh cho 01 tập thể; bằng khen của Chủ tịch UBND tỉnh cho 89 cá nhân, 7 tập thể. Bằng khen của Thủ tướng Chính phủ cho 7 cá nhân.',
      rule: 'award-listed-sentence',
      value: { award: 'Bằng khen', by: 'Thủ tướng Chính phủ', collectives: null, individuals: 7 },
    },
    // a giver right after a plain award without "của"; a count written as a word before a leader
    {
      text: 'Tại Hội nghị, Liên đoàn Lao động quận đã trao Cờ thi đua cho 05 tập thể và bằng khen LĐLĐ thành phố cho 08 tập thể và 06 cá nhân.',
      rule: 'award-given-listed',
      value: { award: 'bằng khen', by: 'LĐLĐ thành phố', collectives: 8, individuals: 6 },
    },
    {
      text: 'Một lãnh đạo Ban Giám đốc Công an tỉnh được Chủ tịch nước tặng Huy chương Chiến sĩ vẻ vang hạng Nhất.',
      rule: 'award-received',
      value: { award: 'Huy chương Chiến sĩ vẻ vang hạng Nhất', by: 'Chủ tịch nước', individuals: 1 },
    },
    // round 14 (bench/studies/round14-awards.mjs): a council named with its verbs, a lower-case committee, a unit and
    // its name, a caption's position, an honour's prize, a count before an award word that needs a name
    { text: 'Tại Hội nghị, Hội đồng thi đua khen thưởng huyện Quyết định tặng giấy khen cho 8 tập thể có thành tích xuất sắc.', rule: 'award-given', value: { award: 'giấy khen', by: 'Hội đồng thi đua khen thưởng huyện', collectives: 8 } },
    { text: 'Trong đó, tặng bằng khen cho 4 tập thể; ủy ban Hội LHTN Việt Nam huyện tặng giấy khen cho 4 tập thể có thành tích.', rule: 'award-given', value: { award: 'giấy khen', by: 'ủy ban Hội LHTN Việt Nam huyện', collectives: 4 } },
    { text: 'Tại buổi tổng kết, huyện Hưng Hà đã khen thưởng 17 tập thể và 5 cá nhân đạt thành tích xuất sắc.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'huyện Hưng Hà', collectives: 17, individuals: 5 } },
    { text: 'Đồng chí Nguyễn Văn Thi, Chủ tịch HND tỉnh (giữa) trao kỷ niệm chương “Vì giai cấp nông dân Việt Nam” cho 10 đồng chí.', rule: 'award-given', value: { by: 'Chủ tịch HND tỉnh', individuals: 10 } },
    { text: 'Tối 28-7, Tổng Liên đoàn Lao động Việt Nam tổ chức lễ trao Giải thưởng Nguyễn Văn Linh lần thứ 3 năm 2022 cho 10 cán bộ công đoàn xuất sắc.', rule: 'award-given', value: { award: 'Giải thưởng Nguyễn Văn Linh', by: 'Tổng Liên đoàn Lao động Việt Nam', individuals: 10 } },
    { text: 'Ngày 2/3, BĐBP tỉnh đã trao 182 kỷ niệm chương cho các cán bộ, chiến sĩ đang công tác.', rule: 'award-count-first', value: { award: 'kỷ niệm chương', individuals: 182 } },
    { text: 'Ngày 2/3, BĐBP tỉnh Quảng Bình đã tổ chức buổi tọa đàm và trao 182 kỷ niệm chương cho các cán bộ, chiến sĩ.', rule: 'award-count-first', value: { by: 'BĐBP tỉnh Quảng Bình', individuals: 182 } },
    { text: 'Bộ Chỉ huy BĐBP tỉnh trao Kỷ niệm chương của Bộ Tư lệnh BĐBP “Vì chủ quyền an ninh biên giới Tổ quốc” cho 4 cá nhân.', rule: 'award-given', value: { award: 'Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”', by: 'Bộ Tư lệnh BĐBP', individuals: 4 } },
    { text: 'UBND huyện công nhận danh hiệu thi đua cho 04 Tập thể lao động tiên tiến, công nhận 01 danh hiệu Chiến sỹ thi đua.', rule: 'award-count-title', value: { award: 'danh hiệu Chiến sỹ thi đua', by: 'UBND huyện', collectives: null, individuals: 1 } },
    { text: 'Đại tá Nguyễn Văn Bình (thứ 2 từ trái sang) trao Kỷ niệm chương cho 15 cá nhân.', rule: 'award-given', value: { award: 'Kỷ niệm chương', by: 'Đại tá Nguyễn Văn Bình', individuals: 15 } },
    { text: 'BĐBP tỉnh tổ chức hội nghị và trao Bằng khen cho 5 cán bộ.', rule: 'award-given', value: { by: 'BĐBP tỉnh', individuals: 5 } },
    { text: 'Tại buổi lễ, có 12 cá nhân được tặng Kỷ niệm chương của Bộ Tư lệnh BĐBP.', rule: 'award-received', value: { award: 'Kỷ niệm chương', by: 'Bộ Tư lệnh BĐBP', individuals: 12 } },
    { text: 'UBND huyện công nhận 15 danh hiệu Lao động tiên tiến và 3 danh hiệu Tập thể lao động tiên tiến.', rule: 'award-count-title-listed', value: { award: 'danh hiệu Tập thể lao động tiên tiến', by: 'UBND huyện', collectives: 3, individuals: null } },
    { text: 'Tại hội nghị, Hội đồng thi đua, khen thưởng thị xã ra quyết định tặng giấy khen cho 7 cá nhân.', rule: 'award-given', value: { by: 'Hội đồng thi đua, khen thưởng thị xã', individuals: 7 } },
    { text: 'Hội nghị đã trao các hình thức khen thưởng của Trung ương Đoàn TNCS Hồ Chí Minh cho 3 tập thể, 6 cá nhân.', rule: 'award-given', value: { award: 'các hình thức khen thưởng', by: 'Trung ương Đoàn TNCS Hồ Chí Minh', collectives: 3, individuals: 6 } },
    {
      text: 'Công an tỉnh đã trao tặng Huân chương của Chủ tịch nước cho 83 đồng chí nguyên là lãnh đạo, gồm: 9 Huân chương Độc lập hạng Ba, 3 Huân chương Bảo vệ Tổ quốc hạng Nhì và 71 Huân chương Bảo vệ Tổ quốc hạng Ba.',
      rule: 'award-count-breakdown',
      value: { award: 'Huân chương Độc lập hạng Ba', by: 'Chủ tịch nước', collectives: null, individuals: 9 },
    },
    {
      text: 'Hội đồng đã trao danh hiệu năm học 2021 - 2022 cụ thể: "Tập thể sinh viên 5 tốt" cho 2 tập thể; “Sinh viên 5 tốt” cho 19 sinh viên.',
      rule: 'award-quoted-listed',
      value: { award: '"Tập thể sinh viên 5 tốt"', collectives: 2, individuals: null },
    },
    // round 15 (bench/studies/round15-awards.mjs): persons named after "cho" counted one each (named-persons), a verb
    // joined by "và" to the recipients before it sharing its giver (shared-và), a mass organisation's statutory prize
    { text: 'Bí thư Tỉnh ủy trao Huân chương Chiến công hạng Nhì cho đồng chí Đại tá Phạm Thanh Phương, Phó Giám đốc Công an tỉnh.', rule: 'award-given', value: { award: 'Huân chương Chiến công hạng Nhì', by: 'Bí thư Tỉnh ủy', collectives: null, individuals: 1 } },
    // (not one who receives it on a unit's behalf; round 18 review)
    { text: 'Thừa ủy quyền, Bí thư Tỉnh ủy trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho đồng chí Đại tá Nguyễn Văn Hùng thay mặt Bộ CHQS tỉnh đón nhận.', rule: 'award-given', value: { award: 'Huân chương Bảo vệ Tổ quốc hạng Nhì', by: 'Bí thư Tỉnh ủy', collectives: null, individuals: null } },
    { text: 'Bí thư Tỉnh ủy trao Huân chương Chiến công hạng Ba cho Thượng tá Lê Văn Nam, đại diện tập thể Phòng Cảnh sát hình sự lên nhận.', rule: 'award-given', value: { award: 'Huân chương Chiến công hạng Ba', by: 'Bí thư Tỉnh ủy', collectives: null, individuals: null } },
    { text: 'Cụ thể, Thủ tướng Chính phủ đã tặng Bằng khen cho bà Nguyễn Thị Dọc, thôn Quảng Xá, xã Tân Ninh vì có thành tích trong phong trào.', rule: 'award-given', value: { award: 'Bằng khen', by: 'Thủ tướng Chính phủ', collectives: null, individuals: 1 } },
    {
      text: 'Bộ Công an trao Huân chương Hữu nghị cho Đại tá Nguyễn Hoài Phương, Chỉ huy trưởng BĐBP tỉnh Tây Ninh và Đại tá Nguyễn Văn Thành, Chỉ huy trưởng BĐBP tỉnh Long An vì đã có nhiều thành tích.',
      rule: 'award-given',
      value: { award: 'Huân chương Hữu nghị', by: 'Bộ Công an', individuals: 2 },
    },
    {
      text: 'Dịp này, Đảng ủy Khối Dân - Chính - Đảng thành phố đã trao Kỷ niệm chương cho 11 cá nhân và tuyên dương 31 tập thể, 43 cá nhân xuất sắc.',
      rule: 'award-commended',
      value: { award: 'tuyên dương', by: 'Đảng ủy Khối Dân - Chính - Đảng thành phố', collectives: 31, individuals: 43 },
    },
    { text: 'Hội LHPN Việt Nam đã tổ chức trao Giải thưởng Phụ nữ Việt Nam năm 2020 cho 7 tập thể và 10 cá nhân xuất sắc.', rule: 'award-given', value: { award: 'Giải thưởng Phụ nữ Việt Nam', by: 'Hội LHPN Việt Nam', collectives: 7, individuals: 10 } },
    { text: 'Hội nghị đã khen thưởng 17 tập thể và 14 cá nhân có thành tích trong công tác quốc phòng.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'Hội nghị', collectives: 17, individuals: 14 } },
    // the one collective after "cho tập thể" beside counted persons is a group of one (round23-awards.mjs, cho tập thể X và N)
    { text: 'Nhân dịp này, Tỉnh đoàn tặng Bằng khen cho tập thể Đoàn trường và 4 cá nhân có thành tích xuất sắc.', rule: 'award-given', value: { award: 'Bằng khen', by: 'Tỉnh đoàn', collectives: 1, individuals: 4 } },
    // (not collectives of a number unsaid: "các tập thể")
    { text: 'Nhân dịp này, Tỉnh đoàn tặng Bằng khen cho các tập thể và 4 cá nhân có thành tích xuất sắc.', rule: 'award-given', value: { award: 'Bằng khen', by: 'Tỉnh đoàn', collectives: null, individuals: 4 } },
    // the giver after "do" before the verb that closes the award (round23-awards.mjs, award do X trao tặng)
    { text: 'Trong đó, có 8 tập thể đạt danh hiệu lao động xuất sắc do UBND TP.HCM trao tặng.', rule: 'award-received', value: { award: 'danh hiệu lao động xuất sắc', by: 'UBND TP.HCM', collectives: 8 } },
    // (not "do" for a cause, with no body after it)
    { text: 'Có 14 tập thể nhận giấy khen do đã tặng nhiều phần quà cho hộ nghèo.', rule: 'award-received', value: { award: 'giấy khen', by: null, collectives: 14 } },
    // a title's holders counted by the level that recognised them (level-counts)
    {
      text: 'Kết quả sau 3 năm, toàn xã có 2995 nông dân được công nhận đạt danh hiệu nông dân sản xuất kinh doanh giỏi, trong đó, cấp tỉnh 220 cá nhân và 2 tập thể giỏi, cấp huyện 275 nông dân, cấp xã 2500 nông dân.',
      rule: 'award-by-level',
      value: { award: 'danh hiệu nông dân sản xuất kinh doanh giỏi', by: 'cấp huyện', collectives: null, individuals: 275 },
    },
    // round 27 (bench/studies/round27.mjs badge-year-list, count-first-bracket): a badge's years listed with no "năm";
    // a count of awards broken down by class in brackets, given to a former post
    { text: 'Cũng tại Hội nghị, Đảng ủy xã đã tổ chức trao Huy hiệu 30, 40, 50, 55 tuổi đảng cho 11 đảng viên.', rule: 'award-given', value: { award: 'Huy hiệu 30, 40, 50, 55 tuổi đảng', by: 'Đảng ủy xã', individuals: 11 } },
    { text: 'Thừa ủy quyền của Chủ tịch nước, lãnh đạo đơn vị đã trao 13 Huân chương Bảo vệ Tổ quốc (3 hạng nhất, 1 hạng nhì, 9 hạng ba) cho nguyên thủ trưởng Ban Chỉ huy BĐBP tỉnh.', rule: 'award-count-first', value: { award: 'Huân chương Bảo vệ Tổ quốc', by: 'Chủ tịch nước', collectives: null, individuals: 13 } },
    // round 28 (bench/studies/round28.mjs badge-level-ellipsis): Party badges counted by level, the receiving said once
    { text: 'Trong đó, có 2 đảng viên được nhận huy hiệu 55 năm tuổi đảng, 2 đảng viên huy hiệu 50 năm tuổi đảng, 1 đảng viên huy hiệu 40 năm tuổi đảng.', rule: 'award-badge-level', value: { award: 'huy hiệu 50 năm tuổi đảng', by: null, collectives: null, individuals: 2 } },
    { text: 'Dịp này, xã có 44 đảng viên được trao huy hiệu đảng. Trong đó, có 1 đảng viên 65 năm tuổi đảng, 2 đảng viên 60 năm và 41 đảng viên được trao huy hiệu 30, 40, 45, 50 năm tuổi đảng.', rule: 'award-badge-level', value: { award: 'huy hiệu', by: null, collectives: null, individuals: 1 } },
    // round 28: recipients listed one line each after "cho:", a line of groups and a line of persons one statement; awards
    // listed one line each under a heading that gives them (audit 33)
    { text: 'Dịp này, UBND huyện tặng Giấy khen cho:\n- 5 tập thể có thành tích xuất sắc trong phong trào thi đua;\n- 12 cá nhân có thành tích xuất sắc.', rule: 'award-given', value: { award: 'Giấy khen', by: 'UBND huyện', collectives: 5, individuals: 12 } },
    { text: 'Với nhiều thành tích nổi trội trong năm, các tập thể và cá nhân Hội CTĐ huyện được tôn vinh khen thưởng, gồm:\n- Bằng khen BCH Trung ương Hội cho 2 tập thể và 3 cá nhân\n- Giấy khen BCH Hội CTĐ tỉnh cho 4 tập thể và 7 cá nhân', rule: 'award-list-item', value: { award: 'Giấy khen', by: 'BCH Hội CTĐ tỉnh', collectives: 4, individuals: 7 } },
  ],
  negatives: [
    { text: 'Thủ trưởng lữ đoàn trao quyết định nâng lương, thăng quân hàm cho các sĩ quan.', why: 'a decision on pay and rank, no award; a commander names the giver, not recipients' },
    { text: 'Chi bộ hiện có 25 đảng viên, trong đó 2 đảng viên 60 năm tuổi đảng, 4 đảng viên 50 năm tuổi đảng.', why: 'members counted by their years of membership, no badge received in the list (round 28 review)' },
    { text: 'Hội nghị có 2 đảng viên 60 năm tuổi đảng, 3 đảng viên 50 năm tuổi đảng tham dự và phát biểu.', why: 'party members counted by their years with no badge received in the list: no award' },
    { text: 'Các mức khen thưởng trong quy chế gồm:\n- Giấy khen cho 2 tập thể trở lên có thành tích\n- Giấy khen cho 5 cá nhân trở lên', why: "a rule's kinds of award listed under a heading that gives none ('gồm:' with no giving word before it)" },
    { text: 'Đơn vị trao 13 phần quà (3 suất đặc biệt, 10 suất thường) cho nguyên thủ trưởng các đơn vị.', why: 'gifts broken down in brackets are no award' },
    { text: 'Có 5 tập thể, 10 cá nhân được UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen.', why: 'recipients nominated by a body, not given an award yet' },
    { text: 'Dịp này, UBND tỉnh thưởng nóng 20 triệu đồng cho 3 tập thể.', why: '"thưởng nóng" alone is money, no award' },
    { text: 'Hiện có 12 tập thể đang được đề nghị khen thưởng.', why: 'recipients proposed for a commendation, not commended yet' },
    { text: 'Công tác thi đua, khen thưởng được quan tâm và 5 cá nhân tham gia.', why: 'no body named after the verb: a noun phrase, not a commendation' },
    { text: 'Huyện khen thưởng các tập thể có thành tích; năm nay huyện có 10 tập thể đạt chuẩn.', why: 'counts in another clause, not after "gồm"' },
    { text: 'Dịp này, Hội đồng Thi đua - Khen thưởng tỉnh đã họp xét khen thưởng 12 tập thể.', why: 'a council reviewing a commendation, not giving it' },
    { text: 'Bài luận này đã giúp cô nhận được một lá thư khen ngợi từ người đại diện tuyển sinh của 3 trường.', why: 'a letter of praise received, no counted recipients of a commendation' },
    { text: 'Tại TP.HCM, các danh hiệu tương tự đã được trao cho 5 doanh nghiệp.', why: '"danh hiệu tương tự" names no title (awards-round6.mjs, award-passive-count)' },
    { text: 'Huân chương Chữ Thập không hề dễ dàng được trao cho bất kỳ ai.', why: 'no counted recipients: an award spoken of, not given' },
    { text: 'VNPT được vinh danh là một trong 50 doanh nghiệp thành tựu và xuất sắc năm 2016.', why: 'one of fifty named, no fifty recipients' },
    {
      text: 'Tập đoàn BCI Asia tổ chức lễ trao giải BCI Asia Awards 2013. Tập đoàn BCI Asia còn vinh danh 10 công ty kiến trúc hàng đầu của Việt Nam.',
      why: '"vinh danh" at a prize-giving names a prize\'s winners (awards-round7.mjs, vinh-danh: the 2 counted in corpus/real, judged wrong in rounds 3-6)',
    },
    { text: 'Tạp chí vinh dự được Bộ Tài chính đề nghị Chính phủ tặng thưởng Huân chương Độc lập hạng Ba.', why: 'a recipient nominated, no award given yet (awards-round6.mjs, được-đề-nghị)' },
    { text: 'FPT nhận Giải thưởng Đối tác Việt Nam 2013 (Vietnam Partner Awards). Tại Hà Nội, có 5 doanh nghiệp được vinh danh.', why: 'a vendor\'s partner prizes: a prize-giving named' },
    {
      text: 'Trường có 5 cháu đạt giải C. Hội thi đồ dùng đồ chơi cấp huyện trường đạt giải B. Với những nỗ lực đó, trường được UBND tỉnh khen tặng.',
      why: 'the counted children end their sentence at "giải C."; the school is commended, with no count',
    },
    { text: 'Đánh giá cao sự nỗ lực của các đơn vị, Bộ trưởng đặc biệt biểu dương hai đơn vị làm xuất sắc nhiệm vụ này.', why: '"biểu dương N" alone is a leader\'s praise (4 of 4 in corpus/real and dev)' },
    { text: 'Phó Thủ tướng Nguyễn Xuân Phúc đã biểu dương 4 tỉnh có tai nạn giao thông giảm nhiều nhất.', why: '"biểu dương" of provinces or localities is praise; only an emulation movement\'s "tập thể", "cá nhân" are commended (round 25)' },
    { text: 'Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương 2 cá nhân đã dũng cảm cứu người trong lũ.', why: '"biểu dương" in a speech is praise said (round 25 review)' },
    { text: 'Tại hội thảo, các đại biểu biểu dương 3 cá nhân có bài tham luận chất lượng.', why: 'delegates\' praise is no award (round 25 review)' },
    { text: 'Cuối năm, Huyện đoàn sẽ biểu dương 10 cá nhân xuất sắc.', why: 'a commendation still to come (round 25 review)' },
    { text: 'Trong 3 năm qua, toàn huyện có 35.990 lượt hộ đạt sản xuất kinh doanh giỏi, trong đó, cấp Trung ương là 16 hộ, cấp tỉnh 1.385 hộ.', why: 'counts by level of a movement\'s result, no title named (round15-awards.mjs, level-counts: audit 4 reports-005, not annotated)' },
    { text: 'Trong đó, 5 khu du lịch hàng đầu Việt Nam 2017 được vinh danh là Khu Du lịch Vịnh Hạ Long.', why: 'places named, no recipients of an award' },
    { text: 'Hay biểu tượng "chống tượng đài" tôn vinh 43 sinh viên mất tích.', why: '"tôn vinh" with no ceremony of honour named is honouring in general (awards-round5.mjs, tôn-vinh-count)' },
    { text: 'Huyện đoàn trao 200 suất quà và Giấy chứng nhận cho tân binh.', why: 'gifts and a certificate are no award' },
    { text: 'Đội bóng nhận giải thưởng 100 triệu đồng sau chiến thắng.', why: 'prize money is no award' },
    { text: 'Cả hai đội đều muốn có được một danh hiệu và giành quyền dự cúp châu Âu.', why: 'a sporting title' },
    { text: 'Messi thua toàn diện Ronaldo ở khía cạnh danh hiệu tập thể.', why: 'a sporting title, with no giving or receiving' },
    { text: 'Mẫu xe này vừa nhận danh hiệu Xe châu Á của năm 2013.', why: 'a car award, no emulation or state title' },
    { text: 'Dự lễ có Bộ trưởng Chu Ngọc Anh, Chủ tịch Hội đồng cấp Nhà nước xét tặng Giải thưởng Hồ Chí Minh.', why: 'a council\'s name, "xét tặng" (awards-forms.mjs, xét-tặng)' },
    { text: 'Thủ tướng hy vọng sang năm 2018, khi có dịp đến thăm các Đại sứ quán, ông có dịp trao Bằng khen của Đảng, Nhà nước cho các Trưởng đại diện.', why: 'a wish, no award made (awards-forms.mjs, wish)' },
    { text: 'Mùa giải duy nhất Rooney nhận danh hiệu “Cầu thủ xuất sắc nhất năm” của PFA.', why: 'a sports title in quotes (bench/studies/awards-forms.mjs, quoted-contest-title)' },
    { text: 'Em đã đoạt huy chương vàng trong cuộc thi Aerobic cấp thành phố.', why: 'a contest medal' },
    { text: 'Nhiều huân chương, huy chương, bằng khen đã được trao cho công ty.', why: 'awards named in general, no award of its own' },
    { text: 'Anh là một lao động xuất sắc của công ty.', why: 'a bare title with "của" alone names a worker, no title given (awards-round13.mjs, bare-titles)' },
    { text: 'Phong trào đã thu hút 100% hội viên tham gia; 98,5% cán bộ công nhân lao động nữ đạt danh hiệu thi đua “giỏi việc nước, đảm việc nhà”.', why: 'a share of those who hold a title, no award statement (awards-round13.mjs, rate-titles)' },
    { text: 'Theo Thông tư, Kỷ niệm chương của Bộ Quốc phòng, gồm: Kỷ niệm chương “Vì sự nghiệp xây dựng Quân đội nhân dân Việt Nam”.', why: 'a regulation naming the kinds of an honour, none given (extra/army/010)' },
    { text: 'Nữ Hoàng Anh đã trao 26 huân chương Chữ thập Victoria, phần thưởng cao quý của Nữ hoàng Anh.', why: 'a count of orders that names no holders by law (round14-awards.mjs, counted-word)' },
    { text: 'Hội đồng quyết định trao tặng giải thưởng Báo chí Quốc gia cho 95 tác phẩm, gồm 7 Giải A, 24 Giải B và 39 Giải C.', why: 'a contest\'s prizes broken down, no award' },
    { text: 'Đoàn trường triển khai phong trào: “Sinh viên 5 tốt” cho 120 đoàn viên đăng ký.', why: 'a movement a title names, no verb of giving before it' },
    { text: 'Ban giám khảo đã trao giải thưởng Cành cọ vàng cho 2 đạo diễn người Pháp.', why: 'a film festival\'s prize, no honour of the state or a mass organisation (round14-awards.mjs, named-prize)' },
    { text: 'Ban tổ chức trao 23 huy chương vàng, 36 huy chương bạc cho các tiết mục.', why: 'a contest\'s medals counted (round14-awards.mjs, counted-word)' },
    { text: 'Tại các đồn, lãnh đạo huyện Tây Giang tặng hoa chúc mừng 3 đơn vị.', why: 'flowers are no award (round14-awards.mjs, lower-body)' },
    { text: 'Còn 05 chỉ tiêu chưa có tỷ lệ so sánh (Tỷ lệ hộ dân cư được công nhận danh hiệu "Gia đình văn hóa"; tỷ lệ tổ dân phố được công nhận danh hiệu "Tổ dân phố văn hóa").', why: 'indicators named by a share of those granted a title (awards-round13.mjs, rate-titles)' },
  ],
};
