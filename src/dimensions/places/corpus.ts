// What the places dimension reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus = {
  examples: [
    { text: 'UBND quận Dương Kinh tổ chức', unit: 'place', rule: 'place-typed', written: 'quận Dương Kinh', value: { type: 'quận', name: 'Dương Kinh', typed: true } },
    { text: 'Thành phố Bắc Kạn triển khai', unit: 'place', rule: 'place-typed', value: { type: 'thành phố', name: 'Bắc Kạn' } },
    { text: 'tại TP. Vinh, Nghệ An', unit: 'place', rule: 'place-typed', written: 'TP. Vinh', value: { type: 'thành phố', name: 'Vinh' } },
    { text: 'UBND Tp. Vinh vừa tổ chức', unit: 'place', rule: 'place-typed', written: 'Tp. Vinh', value: { type: 'thành phố', name: 'Vinh' } },
    { text: 'HUYỆN KIM BẢNG TỔ CHỨC', unit: 'place', rule: 'place-typed', value: { type: 'huyện', name: 'Kim Bảng' } },
    // in capitals the marks choose among the list's spellings of one key: Đồng Phú, not Đông Phú (round 19)
    { text: 'HĐND XÃ ĐỒNG PHÚ TỔ CHỨC KỲ HỌP', unit: 'place', rule: 'place-typed', written: 'XÃ ĐỒNG PHÚ', value: { type: 'xã', name: 'Đồng Phú' } },
    { text: 'UBND Quận 1 cho biết', unit: 'place', rule: 'place-typed', written: 'Quận 1', value: { type: 'quận', name: '1' } },
    { text: 'về huyện miền núi Kỳ Sơn', unit: 'place', rule: 'place-typed', written: 'huyện miền núi Kỳ Sơn', value: { name: 'Kỳ Sơn' } },
    // the list knows "Đắk Hà" by any spelling; the unit keeps the article's, the refiner gives the list's
    { text: 'xã Đăk Hring, huyện Đăk Hà', unit: 'place', rule: 'place-typed', written: 'huyện Đăk Hà', value: { name: 'Đăk Hà', units: [{ name: 'Đắk Hà' }] } },
    { text: 'UBND tỉnh TT-Huế', unit: 'place', rule: 'place-typed', value: { type: 'tỉnh', name: 'Thừa Thiên Huế' } },
    // the Central Highlands' "c for k" spellings: "Đác Mil" is the list's "Đắk Mil", "Đắc Lắc" its "Đắk Lắk"
    { text: 'xảy ra trên địa bàn huyện Đác Mil, tỉnh Đác Nông', unit: 'place', rule: 'place-typed', written: 'huyện Đác Mil', value: { name: 'Đác Mil', units: [{ name: 'Đắk Mil' }] } },
    { text: 'Công an tỉnh Đắc Lắc cho biết', unit: 'place', rule: 'place-typed', value: { type: 'tỉnh', name: 'Đắk Lắk' } },
    { text: 'quê ở Đác Lắc', unit: 'place', rule: 'place-bare-province', written: 'Đác Lắc', value: { name: 'Đắk Lắk' } },
    { text: 'Huyện ủy Kim Bảng chỉ đạo', unit: 'place', rule: 'place-organ', value: { type: 'huyện', name: 'Kim Bảng', organ: true } },
    { text: 'Thành đoàn Hà Nội biểu dương', unit: 'place', rule: 'place-organ', value: { type: 'thành phố', name: 'Hà Nội' } },
    { text: 'hội nghị tại Hà Nội', unit: 'place', rule: 'place-bare-province', value: { type: 'thành phố', name: 'Hà Nội', typed: false } },
    { text: 'người dân TP.HCM đón Tết', unit: 'place', rule: 'place-bare-province', written: 'TP.HCM', value: { name: 'Hồ Chí Minh' } },
    { text: 'Sáng 21/4, UBND Thành phố HCM tổ chức hội nghị', unit: 'place', rule: 'place-bare-province', written: 'Thành phố HCM', value: { name: 'Hồ Chí Minh' } },
    { text: 'trẻ em ở Kontum', unit: 'place', rule: 'place-bare-province', value: { name: 'Kon Tum' } },
    { text: 'những người nông dân ở Quốc Oai (Hà Nội) vẫn phải', unit: 'place', rule: 'place-untyped-district', written: 'Quốc Oai', value: { type: 'huyện', name: 'Quốc Oai', typed: false } },
    { text: 'Chiều 6/7, tại Mộc Châu, Sơn La, Chủ tịch Quốc hội', unit: 'place', rule: 'place-untyped-district', written: 'Mộc Châu', value: { type: 'huyện', name: 'Mộc Châu' } },
    { text: 'tại xóm Nôi – xã Thụy Vân (Việt Trì - Phú Thọ) đã xảy ra', unit: 'place', rule: 'place-untyped-district', written: 'Việt Trì', value: { type: 'thành phố', name: 'Việt Trì' } },
    { text: 'Bí thư Thành ủy Hà Nội Hoàng Trung Hải', unit: 'place', rule: 'place-organ', written: 'Thành ủy Hà Nội', value: { name: 'Hà Nội' } },
    { text: 'Đại tá Võ Hồng Phương, Trưởng CAQ Đống Đa, Hà Nội cho biết', unit: 'place', rule: 'place-organ', written: 'CAQ Đống Đa', value: { type: 'quận', name: 'Đống Đa', organ: true } },
    // after an acronym ending in "TT" the province is named bare
    { text: 'Giám đốc Sở VH&TT Hà Nội cho biết', unit: 'place', rule: 'place-bare-province', written: 'Hà Nội', value: { name: 'Hà Nội' } },
    // TP.HCM's numbered wards and districts abbreviated with no dot, in a chain, after a body, before the city
    { text: 'tọa lạc tại chân cầu Chà Và, P10, Q5, TP HCM, hiện nay', unit: 'place', rule: 'place-glued-number', written: 'P10', value: { type: 'phường', name: '10' } },
    { text: 'Hội đồng xét xử TAND Q12 do thẩm phán', unit: 'place', rule: 'place-glued-number', written: 'Q12', value: { type: 'quận', name: '12', units: [{ name: '12', type: 'quận' }] } },
    { text: 'tại Khu du lịch văn hóa Suối Tiên (Q9, TP HCM).', unit: 'place', rule: 'place-glued-number', written: 'Q9', value: { type: 'quận', name: '9' } },
    // a district's body, then the district's bare name (2025 portal and army texts)
    { text: 'Sáng 21/4, Ban CHQS Đắk Hà tổ chức hội nghị', unit: 'place', rule: 'place-body-district', written: 'Đắk Hà', value: { type: 'huyện', name: 'Đắk Hà', typed: false, organ: true } },
    { text: 'UBND Đắk Hà tổ chức', unit: 'place', rule: 'place-body-district', written: 'Đắk Hà', value: { type: 'huyện', name: 'Đắk Hà' } },
    { text: 'LĐLĐ Quy Nhơn vừa tổ chức', unit: 'place', rule: 'place-body-district', written: 'Quy Nhơn', value: { type: 'thành phố', name: 'Quy Nhơn' } },
    { text: 'Sáng 22.4, Hội Nông dân Tuy Phước tổ chức hội thi', unit: 'place', rule: 'place-body-district', written: 'Tuy Phước', value: { type: 'huyện', name: 'Tuy Phước' } },
    { text: 'Nhóm côn đồ bị Công an Tân Phú tạm giữ', unit: 'place', rule: 'place-body-district', written: 'Tân Phú', value: { units: [{ name: 'Tân Phú' }, { name: 'Tân Phú' }] } },
    { text: '(34 tuổi, ngụ ấp Xây Đá, TT.Châu Thành)', unit: 'place', rule: 'place-typed', written: 'TT.Châu Thành', value: { type: 'thị trấn', name: 'Châu Thành' } },
  ],
  negatives: [
    { text: 'Chủ tịch UBND tỉnh Phạm Anh Tuấn phát biểu', unit: 'place', why: 'a person named after the unit word, not a unit' },
    { text: 'Chủ tịch UBND thị trấn Lâm Văn Hùng chủ trì hội nghị', unit: 'place', why: 'a one-syllable unit (thị trấn Lâm) that is a surname before "Văn" opens a person\'s name (round 20)' },
    { text: 'học tập tư tưởng Hồ Chí Minh', unit: 'place', why: 'the province named bare is, here as almost always, the man' },
    { text: 'khu vực Châu Á - Thái Bình Dương', unit: 'place', why: 'a province name inside a longer name' },
    { text: 'PGS.TS Trần Đắc Phu, Cục trưởng Cục Y tế dự phòng', unit: 'place', why: '"Đắc" is also a middle name: only a name after a unit word the list does not know is read as "Đắk"' },
    { text: 'ông Nguyễn Hà Nam cho biết', unit: 'place', why: 'a province name inside a person name' },
    { text: 'ngân sách của tỉnh. Các đơn vị', unit: 'place', why: 'a unit word at the end of a sentence names nothing' },
    { text: 'hỗ trợ 12 hộ nghèo trong xã. Với sự giúp đỡ', unit: 'place', why: 'a two-letter unit word before a dot ends the sentence too (not an abbreviation like "Tp.")' },
    { text: 'tại xã Các khu vực', unit: 'place', why: 'a function word after a unit word' },
    { text: '(CATP) Bà Đoàn Thị Ân cho biết', unit: 'place', why: '"CATP" alone is the newspaper Công an TP, not a unit' },
    { text: 'Phó TT Trương Hòa Bình chỉ đạo', unit: 'place', why: '"Phó TT" is the Deputy Prime Minister' },
    { text: 'Thứ trưởng Bộ TT&TT Nguyễn Minh Hồng', unit: 'place', why: '"TT&TT" is an acronym, not "thị trấn"' },
    { text: 'Điểm danh MV “đẹp-độc-đỉnh” làng nhạc thế giới (P.1) Nhóm nhạc Rock', unit: 'place', why: '"(P.1)" alone in brackets is a series\' part, not a ward' },
    { text: 'Audi Q5 2017 có giá từ 1 tỷ đồng, McLaren P1 ra mắt, máy bay P3 Orion.', unit: 'place', why: 'a car or a plane model, not a ward or a district glued to its number' },
    { text: 'Red Bull áp sát tại Q2, tay đua có thành tích khá tại Q1, TP là', unit: 'place', why: 'qualifying sessions: "Q1" is a district only before TP.HCM, after a body or in a chain' },
    { text: 'được đưa vào Bệnh viện Đa khoa Định Quán cấp cứu', unit: 'place', why: 'a hospital named after its district names no unit: only a district\'s own bodies do ("UBND", "Công an", "Ban CHQS")' },
    { text: 'sau đó Công an Trần Hưng Đạo tiếp nhận vụ việc', unit: 'place', why: 'the bare name after a body must be a district\'s; a ward\'s bare name is read only with its unit word' },
    { text: 'Thủy Tiên khoe ông xã Công Vinh và bà xã Tuấn Hưng', unit: 'place', why: '"ông xã", "bà xã" are a husband and a wife' },
    { text: 'Người dân đi mua thức ăn. Ảnh: Tân Hoa xã Trang tin Sputnik Nga cho hay', unit: 'place', why: '"Tân Hoa xã" is Xinhua, the news agency' },
  ],
};
