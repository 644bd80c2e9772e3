// What the officials rules read (each mention of a person with an office), and what they must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PersonMention } from './index.js';

export const corpus: Corpus<PersonMention> = {
  examples: [
    {
      text: 'Dự hội nghị có đồng chí Cù Ngọc Cường - Ủy viên BTV Tỉnh ủy, Bí thư Thành ủy.',
      rule: 'official-honorific',
      value: { name: 'Cù Ngọc Cường', rank: null, positions: [{ value: 'Ủy viên BTV Tỉnh ủy' }, { value: 'Bí thư Thành ủy' }] },
    },
    { text: 'Ông Đỗ Văn Tiến, Chủ tịch HĐQT công ty cho biết.', rule: 'official-honorific', value: { name: 'Đỗ Văn Tiến', positions: [{ value: 'Chủ tịch HĐQT công ty' }] } },
    { text: 'Đại tá Vũ Bá Bộ, Chính ủy Bộ CHQS tỉnh dự hội nghị.', rule: 'official-rank', value: { name: 'Vũ Bá Bộ', rank: 'Đại tá', positions: [{ value: 'Chính ủy Bộ CHQS tỉnh' }] } },
    { text: 'thượng úy Trần Văn Anh, Trưởng công an xã cho biết.', rule: 'official-rank', value: { name: 'Trần Văn Anh', rank: 'Thượng úy' } },
    // "chỉ huy" (commander) after a name and a comma heads a post; elsewhere it is the verb (bench/studies/officials-commanders.mjs)
    { text: 'Đại tá Toyota Chikara, Chỉ huy tàu Echigo cho biết, sự kiện nằm trong khuôn khổ hợp tác.', rule: 'official-rank', value: { name: 'Toyota Chikara', rank: 'Đại tá', positions: [{ value: 'Chỉ huy tàu Echigo' }] } },
    { text: 'Theo chuẩn đô đốc Ajit Kumar, chỉ huy Hạm đội Viễn Đông, các chiến hạm sẽ đến Philippines.', rule: 'official-rank', value: { name: 'Ajit Kumar', rank: 'Chuẩn Đô đốc', positions: [{ value: 'chỉ huy Hạm đội Viễn Đông' }] } },
    { text: 'Thiếu tướng Kiomars Heidari, Phó chỉ huy lực lượng bộ binh của quân đội Iran, ngày 28/5 cho biết.', rule: 'official-rank', value: { name: 'Kiomars Heidari', rank: 'Thiếu tướng', positions: [{ value: 'Phó chỉ huy lực lượng bộ binh của quân đội Iran' }] } },
    { text: 'Tàu do Trung tá Luc Regnier chỉ huy đã cập cảng Hải Phòng.', rule: 'official-rank', value: { name: 'Luc Regnier', rank: 'Trung tá', positions: [] } },
    { text: 'Ông Nguyễn Văn Bình, chỉ huy trực tiếp cuộc giải cứu, cho biết đã tìm thấy nạn nhân.', rule: 'official-honorific', value: { name: 'Nguyễn Văn Bình', positions: [] } },
    {
      text: 'Phó Bí thư Thành ủy, Chủ tịch UBND thành phố Nguyễn Song Hà phát biểu.',
      rule: 'official-title-name',
      value: { name: 'Nguyễn Song Hà', positions: [{ value: 'Phó Bí thư Thành ủy' }, { value: 'Chủ tịch UBND thành phố' }] },
    },
    { text: 'Chủ tịch UBND tỉnh Phạm Anh Tuấn chủ trì hội nghị.', rule: 'official-title-name', value: { name: 'Phạm Anh Tuấn', positions: [{ value: 'Chủ tịch UBND tỉnh' }] } },
    // a city is no commune: "Phan" (xã Phan) opens no unit after "TP"; a one-syllable unit that is a surname before "Văn"
    // opens the name (round 20, bench/studies/round20-words.mjs --variant names)
    { text: 'Chủ tịch UBND TP Phan Văn Mãi chủ trì hội nghị.', rule: 'official-title-name', value: { name: 'Phan Văn Mãi', positions: [{ value: 'Chủ tịch UBND TP' }] } },
    { text: 'Chủ tịch UBND thị trấn Lâm Văn Hùng chủ trì hội nghị.', rule: 'official-title-name', value: { name: 'Lâm Văn Hùng', positions: [{ value: 'Chủ tịch UBND thị trấn' }] } },
    { text: 'Trưởng thôn Đồng Trạng Nguyễn Minh Sắc phát biểu.', rule: 'official-title-name', value: { name: 'Nguyễn Minh Sắc', positions: [{ value: 'Trưởng thôn Đồng Trạng' }] } },
    // a spokesperson in lower case mid-sentence (corpus/real: 7 of 8 missed; a Vietnamese-spelt name only)
    { text: 'Trong ngày hôm qua, người phát ngôn Bộ Ngoại giao Việt Nam Lương Thanh Nghị đã trả lời câu hỏi của phóng viên.', rule: 'official-title-name', value: { name: 'Lương Thanh Nghị', positions: [{ value: 'người phát ngôn Bộ Ngoại giao Việt Nam' }] } },
    // the dot of a unit word's abbreviation inside the post (corpus/real: 7 officials in 7 articles were missed so)
    { text: 'Phó Giám đốc Sở GTVT TP. Hồ Chí Minh Trần Quang Lâm cho biết.', rule: 'official-title-name', value: { name: 'Trần Quang Lâm', positions: [{ value: 'Phó Giám đốc Sở GTVT TP. Hồ Chí Minh' }] } },
    { text: 'Chủ tịch UBND TP. Lê Hoàng Quân đề nghị các sở tập trung.', rule: 'official-title-name', value: { name: 'Lê Hoàng Quân', positions: [{ value: 'Chủ tịch UBND TP.' }] } },
    // a body named before the person, or a unit with its name, leaves the person after it (bench/studies/officials-body-names.mjs)
    { text: 'Chủ tịch Hội đồng quản trị Trịnh Văn Quyết cho biết.', rule: 'official-title-name', value: { name: 'Trịnh Văn Quyết', positions: [{ value: 'Chủ tịch Hội đồng quản trị' }] } },
    { text: '"Chia lửa" với ông Hiếu, Phó chủ tịch UBND quận 2 Bùi Thanh Khiết nói rằng tai nạn giảm.', rule: 'official-title-name', value: { name: 'Bùi Thanh Khiết', positions: [{ value: 'Phó chủ tịch UBND quận 2' }] } },
    { text: 'Nói về anh Thắng, Phó Chủ tịch thường trực Hội Nông dân tỉnh Đồng Nai Lê Hữu Thiện cho biết.', rule: 'official-title-name', value: { name: 'Lê Hữu Thiện', positions: [{ value: 'Phó Chủ tịch thường trực Hội Nông dân tỉnh Đồng Nai' }] } },
    { text: 'Ông Phạm Hoài Thu, Trưởng phòng An toàn Công ty cổ phần tập đoàn Mai Linh, cho rằng như vậy.', rule: 'official-honorific', value: { name: 'Phạm Hoài Thu', positions: [{ value: 'Trưởng phòng An toàn Công ty cổ phần tập đoàn Mai Linh' }] } },
    // a long post ends at a mark or a clause verb, not inside the name it is reading
    {
      text: 'Ông Nguyễn Trọng Nghĩa, Trưởng phòng Kế hoạch và Quản lý rủi ro, Cục Quản lý nợ và Tài chính đối ngoại, Bộ Tài chính nói tới trong buổi họp.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Trọng Nghĩa', positions: [{ value: 'Trưởng phòng Kế hoạch và Quản lý rủi ro, Cục Quản lý nợ và Tài chính đối ngoại, Bộ Tài chính' }] },
    },
    // a province's name glued to the next sentence's first syllable ends the post and names no one
    // (bench/studies/officials-province-names.mjs)
    { text: 'Tiến sĩ Nguyễn Tùng Lâm, Chủ tịch Hội Khoa học tâm lý giáo dục Hà Nội Đối với những trẻ em bị bạo hành cần can thiệp sớm.', rule: 'official-honorific', value: { name: 'Nguyễn Tùng Lâm', positions: [{ value: 'Chủ tịch Hội Khoa học tâm lý giáo dục Hà Nội' }] } },
    { text: 'Ông Quý là em trai Bí thư Tỉnh ủy Yên Bái Phạm Thị Thanh Trà, nên Chủ tịch tỉnh đã có văn bản.', rule: 'official-title-name', value: { name: 'Phạm Thị Thanh Trà', positions: [{ value: 'Bí thư Tỉnh ủy Yên Bái' }] } },
    // "Anh" before a Latin name is the country (England), not the honorific "Mr": it stays in the post
    { text: 'Ông Hague cho rằng Thủ tướng Anh David Cameron sẽ nỗ lực hết mình.', rule: 'official-title-name', value: { name: 'David Cameron', positions: [{ value: 'Thủ tướng Anh' }] } },
    { text: 'Bộ trưởng Môi trường Anh Michael Gove tới cuộc họp nội các ở London.', rule: 'official-title-name', value: { name: 'Michael Gove', positions: [{ value: 'Bộ trưởng Môi trường Anh' }] } },
    // "không" after "hàng" is aviation's, not the negation, unless "hàng" closes another word ("ngân hàng", "khách hàng")
    { text: 'Bà Nguyễn Thị Phương Thảo, Tổng giám đốc hãng hàng không Viet Jet cho biết.', rule: 'official-honorific', value: { name: 'Nguyễn Thị Phương Thảo', positions: [{ value: 'Tổng giám đốc hãng hàng không Viet Jet' }] } },
    { text: 'Phó cục trưởng Cục Hàng không VN Đinh Việt Sơn cho biết, số trường hợp vi phạm còn nhiều.', rule: 'official-title-name', value: { name: 'Đinh Việt Sơn', positions: [{ value: 'Phó cục trưởng Cục Hàng không VN' }] } },
    { text: 'Ông Nguyễn Văn An, Giám đốc ngân hàng không trả lời câu hỏi của phóng viên.', rule: 'official-honorific', value: { name: 'Nguyễn Văn An', positions: [{ value: 'Giám đốc ngân hàng' }] } },
    // a post in apposition to the person named before it, its body not yet named: the words after it name the body
    { text: 'Công văn trên do ông Lê Hoàng Phong - Giám đốc Công ty Hoàng Gia Phát ký.', rule: 'official-honorific', value: { name: 'Lê Hoàng Phong', positions: [{ value: 'Giám đốc Công ty Hoàng Gia Phát' }] } },
    { text: 'Ông Phan Trường Hân, Giám đốc Trung tâm Bất động sản Kim Địa nói như vậy.', rule: 'official-honorific', value: { name: 'Phan Trường Hân', positions: [{ value: 'Giám đốc Trung tâm Bất động sản Kim Địa' }] } },
    { text: 'Sau khi trao quyết định cho ông Đặng Xuân Hoan, Bộ trưởng Bộ Nội vụ Lê Vĩnh Tân nói ông đã hoàn thành lời hứa.', rule: 'official-title-name', value: { name: 'Lê Vĩnh Tân', positions: [{ value: 'Bộ trưởng Bộ Nội vụ' }] } },
    // an abbreviated unit's full stop is inside the post (19 posts cut there on corpus/real, 18 right after)
    { text: 'Ông Phạm Hồng Hà – Chủ tịch UBND TP.Hạ Long cho biết du khách đã được cứu.', rule: 'official-honorific', value: { name: 'Phạm Hồng Hà', positions: [{ value: 'Chủ tịch UBND TP.Hạ Long' }] } },
    { text: 'Ông Lâm Nguyên Khôi, Phó giám đốc Sở Kế hoạch và Đầu tư TP. HCM cho biết.', rule: 'official-honorific', value: { name: 'Lâm Nguyên Khôi', positions: [{ value: 'Phó giám đốc Sở Kế hoạch và Đầu tư TP. HCM' }] } },
    { text: 'Ông Võ Giang, Chi cục trưởng Chi cục THA DS Q.10 cho biết.', rule: 'official-honorific', value: { name: 'Võ Giang', positions: [{ value: 'Chi cục trưởng Chi cục THA DS Q.10' }] } },
    // a sentence glued on without its full stop ends the post at its opener (bench/studies/officials-glued-openers.mjs:
    // 7 posts of corpus/real, 5 read on into it before); the same syllables inside a name go on
    { text: 'Ông Nguyễn Văn Bình, Thống đốc NHNN Việt Nam Trong phiên họp chiều 30/5, ông cho biết.', rule: 'official-honorific', value: { name: 'Nguyễn Văn Bình', positions: [{ value: 'Thống đốc NHNN Việt Nam' }] } },
    { text: 'Ông Trịnh Hoài Giang, Phó tổng giám đốc CTCK TP. HCM (HCM) Tuy tình hình vĩ mô ổn định.', rule: 'official-honorific', value: { name: 'Trịnh Hoài Giang', positions: [{ value: 'Phó tổng giám đốc CTCK TP. HCM (HCM)' }] } },
    { text: 'Ông Phan Thuẫn, Chủ tịch Nghiệp đoàn Nghề cá phường 6 Tuy Hòa cho biết.', rule: 'official-honorific', value: { name: 'Phan Thuẫn', positions: [{ value: 'Chủ tịch Nghiệp đoàn Nghề cá phường 6 Tuy Hòa' }] } },
    { text: 'Ông Trần Duy Đông, Vụ trưởng Vụ Thị trường Trong nước (Bộ Công Thương) cho biết giá giảm.', rule: 'official-honorific', value: { name: 'Trần Duy Đông', positions: [{ value: 'Vụ trưởng Vụ Thị trường Trong nước (Bộ Công Thương)' }] } },
    { text: 'Ông Nguyễn Ngọc Minh, Chánh án TAND Tối cao cho biết.', rule: 'official-honorific', value: { name: 'Nguyễn Ngọc Minh', positions: [{ value: 'Chánh án TAND Tối cao' }] } },
    { text: 'Ông Huỳnh Anh Tuấn, Giám đốc Sân khấu kịch IDECAF Ở những vở diễn này, đề tài gia đình được khai thác.', rule: 'official-honorific', value: { name: 'Huỳnh Anh Tuấn', positions: [{ value: 'Giám đốc Sân khấu kịch IDECAF' }] } },
    { text: 'Ông Nguyễn Đức Kiên, Phó chủ nhiệm Ủy ban Kinh tế, Quốc hội Có một số ý kiến cho rằng nên giảm thuế.', rule: 'official-honorific', value: { name: 'Nguyễn Đức Kiên', positions: [{ value: 'Phó chủ nhiệm Ủy ban Kinh tế, Quốc hội' }] } },
    // … but a full stop before a word the list of units does not know ends the sentence
    { text: 'Ông Nguyễn Văn Hùng, Phó Chủ tịch UBND TP. Sáng nay đoàn đã đến thăm.', rule: 'official-honorific', value: { name: 'Nguyễn Văn Hùng', positions: [{ value: 'Phó Chủ tịch UBND TP' }] } },
    { text: 'Dự có các đồng chí: Hoàng Văn Đại, Bí thư Chi đoàn; Tống Thị Yến và Tào Việt Hà.', rule: 'official-list', value: { name: 'Hoàng Văn Đại', positions: [{ value: 'Bí thư Chi đoàn' }] } },
    {
      text: 'Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân Đại, Đinh Viết Hồng, Lê Minh Thông.',
      rule: 'official-list',
      value: { name: 'Đinh Viết Hồng', positions: [{ value: 'Phó Chủ tịch UBND tỉnh' }] },
    },
    // a plural post heading a list with no colon, or with "các" and no "đồng chí" (bench/studies/round14-offloc.mjs)
    {
      text: 'Tham dự buổi làm việc có các đồng chí Phó Chủ tịch UBND tỉnh Lê Văn Chiến, Tôn Thị Ngọc Hạnh, Lê Trọng Yên.',
      rule: 'official-list',
      value: { name: 'Tôn Thị Ngọc Hạnh', positions: [{ value: 'Phó Chủ tịch UBND tỉnh' }] },
    },
    {
      text: 'Dự lễ có các Phó Thủ tướng: Trương Hòa Bình, Phạm Bình Minh, Vương Đình Huệ.',
      rule: 'official-list-titled',
      value: { name: 'Phạm Bình Minh', positions: [{ value: 'Phó Thủ tướng' }] },
    },
    { text: 'Các Phó chủ tịch gồm các ông: Lê Hoàng, Nguyễn An Tiêm.', rule: 'official-list-titled', value: { name: 'Nguyễn An Tiêm', positions: [{ value: 'Phó chủ tịch' }] } },
    // a post opening its clause heads the names after its colon; the post before "gồm các đồng chí:" heads its list
    // (bench/studies/round23-officials.mjs)
    {
      text: 'Đến dự có Tổng Bí thư Nguyễn Phú Trọng, nguyên Tổng Bí thư: Lê Khả Phiêu, Nông Đức Mạnh; Chủ tịch nước Trần Đại Quang.',
      rule: 'official-list-headed',
      value: { name: 'Nông Đức Mạnh', positions: [{ value: 'nguyên Tổng Bí thư' }] },
    },
    { text: 'Phó Chủ tịch UBND tỉnh: Võ Phiên, Trần Phước Hiền chủ trì cuộc họp.', rule: 'official-list-headed', value: { name: 'Võ Phiên', positions: [{ value: 'Phó Chủ tịch UBND tỉnh' }] } },
    {
      text: 'Ban Chấp hành có 52 ủy viên; 5 Phó Chủ tịch LĐLĐ tỉnh Phú Thọ gồm các đồng chí: Phạm Sơn, Phùng Quang Vinh, Đỗ Ngọc Anh.',
      rule: 'official-list',
      value: { name: 'Phùng Quang Vinh', positions: [{ value: 'Phó Chủ tịch LĐLĐ tỉnh Phú Thọ' }] },
    },
    { text: 'Về dự buổi lễ có Đồng chí: Đinh Như Trước Bí thư Đảng ủy xã.', rule: 'official-honorific', value: { name: 'Đinh Như Trước', positions: [{ value: 'Bí thư Đảng ủy xã' }] } },
    // portal reports' abbreviated posts with the body they head (bench/studies/round14-offloc.mjs)
    { text: 'Về phía xã: đồng chí Phan Đức Cẩm - BT Đảng ủy, CT HĐND xã cùng các đồng chí trong BTV Đảng uỷ.', rule: 'official-honorific', value: { name: 'Phan Đức Cẩm', positions: [{ value: 'BT Đảng ủy' }, { value: 'CT HĐND xã' }] } },
    { text: 'Tại hội nghị, đ/c Đặng Trung Thành – CT.Hội CCB quận đã thông qua báo cáo.', rule: 'official-honorific', value: { name: 'Đặng Trung Thành', positions: [{ value: 'CT.Hội CCB quận' }] } },
    { text: 'Đồng chí Nguyễn Thị Đặng Hải - ĐUV, Phó Chủ tịch HĐND phường; các đồng chí trong Ban Chấp hành.', rule: 'official-honorific', value: { name: 'Nguyễn Thị Đặng Hải', positions: [{ value: 'ĐUV' }, { value: 'Phó Chủ tịch HĐND phường' }] } },
    // a place of another level than its unit word's opens no unit: "Hồ" is a township, no province
    {
      text: 'Chiều ngày 6/10, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hồ Văn Mười đã chủ trì buổi làm việc.',
      rule: 'official-title-name',
      value: { name: 'Hồ Văn Mười', positions: [{ value: 'Phó Bí thư Tỉnh ủy' }, { value: 'Chủ tịch UBND tỉnh' }] },
    },
    {
      text: 'Các đồng chí Ủy viên Trung ương Đảng: Nguyễn Chí Dũng - Bộ trưởng Bộ Kế hoạch và Đầu tư, Trần Tuấn Anh - Bộ trưởng Bộ Công Thương.',
      rule: 'official-list',
      value: { name: 'Nguyễn Chí Dũng', positions: [{ value: 'Ủy viên Trung ương Đảng' }, { value: 'Bộ trưởng Bộ Kế hoạch và Đầu tư' }] },
    },
    {
      text: 'Phó Bí thư Thường trực Thành ủy Hà Nội Nguyễn Công Soái chủ trì buổi làm việc.',
      rule: 'official-title-name',
      value: { name: 'Nguyễn Công Soái', positions: [{ value: 'Phó Bí thư Thường trực Thành ủy Hà Nội' }] },
    },
    {
      text: 'Đó là ý kiến của đại biểu Phạm Trường Dân, Phó giám đốc Công an tỉnh Quảng Nam.',
      rule: 'official-delegate',
      value: { name: 'Phạm Trường Dân', positions: [{ value: 'đại biểu' }, { value: 'Phó giám đốc Công an tỉnh Quảng Nam' }] },
    },
    {
      text: 'Lê Văn Hùng, Giám đốc Công ty TNHH Xây dựng và Thương mại Minh Hùng, bị khởi tố.',
      rule: 'official-name-first',
      value: { name: 'Lê Văn Hùng', positions: [{ value: 'Giám đốc Công ty TNHH Xây dựng và Thương mại Minh Hùng' }] },
    },
    {
      text: 'Thiếu tướng, TS, TTND Trần Quốc Việt, Bí thư Đảng ủy, Giám đốc Bệnh viện Quân y 175 thăm hỏi người bệnh.',
      rule: 'official-name-first',
      value: { name: 'Trần Quốc Việt', rank: 'Thiếu tướng' },
    },
    {
      text: 'Tuy nhiên, ông Lê Hữu Nghĩa, Giám đốc Công ty TNHH Lê Thành, cho rằng giá nhà còn cao.',
      rule: 'official-honorific',
      value: { name: 'Lê Hữu Nghĩa', positions: [{ value: 'Giám đốc Công ty TNHH Lê Thành' }] },
    },
    {
      text: 'Ông Nguyễn Xuân Thảo, Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại, Bộ Tài chính cho biết.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Xuân Thảo', positions: [{ value: 'Phó Cục trưởng Cục Quản lý nợ và tài chính đối ngoại, Bộ Tài chính' }] },
    },
    {
      text: 'Ông Lương Anh Tuấn, Phó Giám đốc Sở Giao thông - Vận tải Bà Rịa Vũng Tàu cho biết.',
      rule: 'official-honorific',
      value: { name: 'Lương Anh Tuấn', positions: [{ value: 'Phó Giám đốc Sở Giao thông - Vận tải Bà Rịa Vũng Tàu' }] },
    },
    {
      text: 'Trung tá Phạm Văn Hiến, Chỉ huy trưởng kiêm Chủ tịch UBND thị trấn Trường Sa đón đoàn.',
      rule: 'official-rank',
      value: { name: 'Phạm Văn Hiến', positions: [{ value: 'Chỉ huy trưởng' }, { value: 'Chủ tịch UBND thị trấn Trường Sa' }] },
    },
    {
      text: 'Ông Nguyễn Văn Hải, Giám đốc Sở Y tế và các cán bộ đã đến thăm.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Văn Hải', positions: [{ value: 'Giám đốc Sở Y tế' }] },
    },
    {
      text: 'Dự có Thượng tướng Nguyễn Tân Cương, Ủy viên Quân ủy Trung ương, Tổng Tham mưu trưởng QĐND Việt Nam.',
      rule: 'official-rank',
      value: { name: 'Nguyễn Tân Cương', rank: 'Thượng tướng', positions: [{ value: 'Ủy viên Quân ủy Trung ương' }, { value: 'Tổng Tham mưu trưởng QĐND Việt Nam' }] },
    },
    {
      text: 'Thiếu tá Đỗ Ngọc Minh - Phó Trạm trưởng kiêm Đội trưởng Thủ tục trạm Kiểm soát Biên phòng cho biết.',
      rule: 'official-rank',
      value: { name: 'Đỗ Ngọc Minh', rank: 'Thiếu tá', positions: [{ value: 'Phó Trạm trưởng' }, { value: 'Đội trưởng Thủ tục trạm Kiểm soát Biên phòng' }] },
    },
    { text: 'Đại tá Trần Văn Dũng, Phó Sư đoàn trưởng Sư đoàn 395 phát biểu.', rule: 'official-rank', value: { name: 'Trần Văn Dũng', positions: [{ value: 'Phó Sư đoàn trưởng Sư đoàn 395' }] } },
    { text: 'Phát ngôn viên Bộ Ngoại giao Lê Hải Bình cho biết.', rule: 'official-title-name', value: { name: 'Lê Hải Bình', positions: [{ value: 'Phát ngôn viên Bộ Ngoại giao' }] } },
    {
      text: 'Bà Nguyễn Thị Nhâm Huyền - Hiệu trưởng trường THPT Phan Đình Phùng cho hay.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Thị Nhâm Huyền', positions: [{ value: 'Hiệu trưởng trường THPT Phan Đình Phùng' }] },
    },
    {
      text: 'Các thành viên đoàn gồm ông Hoàng Văn Mạnh, Thanh tra viên chính, Vụ I - Thanh tra Chính phủ.',
      rule: 'official-honorific',
      value: { name: 'Hoàng Văn Mạnh', positions: [{ value: 'Thanh tra viên chính, Vụ I - Thanh tra Chính phủ' }] },
    },
    { text: 'Theo ĐBQH Nguyễn Quang Tuấn, Giám đốc Bệnh viện Tim Hà Nội, đoàn đã làm việc.', rule: 'official-title-name', value: { name: 'Nguyễn Quang Tuấn', positions: [{ value: 'ĐBQH' }, { value: 'Giám đốc Bệnh viện Tim Hà Nội' }] } },
    {
      text: 'Trung tướng Nguyễn Văn Long, Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật dự lễ.',
      rule: 'official-rank',
      value: { name: 'Nguyễn Văn Long', positions: [{ value: 'Chủ nhiệm Tổng cục Hậu cần - Kỹ thuật' }] },
    },
    {
      text: 'Ông Nguyễn Công Bình, Phó Giám đốc Bệnh viện Hữu nghị Việt Tiệp Hải Phòng thông tin, bệnh nhân đã ổn định.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Công Bình', positions: [{ value: 'Phó Giám đốc Bệnh viện Hữu nghị Việt Tiệp Hải Phòng' }] },
    },
    {
      text: 'Đại tá Trần Đình Hồng Phó Trưởng ban Chỉ đạo thi của tỉnh đã ký văn bản.',
      rule: 'official-rank',
      value: { name: 'Trần Đình Hồng', rank: 'Đại tá', positions: [{ value: 'Phó Trưởng ban Chỉ đạo thi của tỉnh' }] },
    },
    { text: 'Tổng thống Mỹ Donald Trump cho biết.', rule: 'official-title-name', value: { name: 'Donald Trump', positions: [{ value: 'Tổng thống Mỹ' }] } },
    { text: 'Thị trưởng New York Michael Bloomberg cho biết.', rule: 'official-title-name', value: { name: 'Michael Bloomberg', positions: [{ value: 'Thị trưởng New York' }] } },
    { text: 'Tổng thống Brazil Michel Temer cho biết.', rule: 'official-title-name', value: { name: 'Michel Temer', positions: [{ value: 'Tổng thống Brazil' }] } },
    // a foreign surname alone after a post's country ends that person's post: no one else's chain takes it; a Korean
    // given name "Jae-in" makes a foreign name (bench/studies/officials-foreign-surnames.mjs on corpus/real: 14 posts
    // held another person's post and name, 4 names opened with a country; none after)
    { text: 'Thủ tướng Anh May, Tổng thống Pháp Macron, Thủ tướng Italy Paolo Gentiloni đã họp.', rule: 'official-title-name', value: { name: 'Paolo Gentiloni', positions: [{ value: 'Thủ tướng Italy' }] } },
    { text: 'Tổng thống Moon Jae-in, Thủ tướng Nguyễn Xuân Phúc đánh giá cao quan hệ hai nước.', rule: 'official-title-name', value: { name: 'Moon Jae-in', positions: [{ value: 'Tổng thống' }] } },
    { text: 'Tổng thống Moon Jae-in, Thủ tướng Nguyễn Xuân Phúc đánh giá cao quan hệ hai nước.', rule: 'official-title-name', value: { name: 'Nguyễn Xuân Phúc', positions: [{ value: 'Thủ tướng' }] } },
    { text: 'Chủ tịch Trung Quốc Tập Cận Bình, tân Tổng thống Hàn Quốc Moon Jae-in đã điện đàm.', rule: 'official-title-name', value: { name: 'Tập Cận Bình', positions: [{ value: 'Chủ tịch Trung Quốc' }] } },
    { text: 'Thủ tướng Trung Quốc Lý Khắc Cường, Thủ tướng Đức Merkel đã hội đàm.', rule: 'official-title-name', value: { name: 'Lý Khắc Cường', positions: [{ value: 'Thủ tướng Trung Quốc' }] } },
    { text: 'Phó đô đốc Úc David Johnson kiểm tra cờ trên tàu.', rule: 'official-rank', value: { name: 'David Johnson', rank: 'Phó Đô đốc' } },
    // a one-word country that is a name's syllable or a place's goes on where no foreign name follows
    { text: 'Trung tá Lã Tiến Dũng, Đội phó Đội CSGT Công an TP Lào Cai cho biết.', rule: 'official-rank', value: { name: 'Lã Tiến Dũng', positions: [{ value: 'Đội phó Đội CSGT Công an TP Lào Cai' }] } },
    { text: 'Chủ tịch Hội hữu nghị Việt - Nga Nguyễn Văn Bình cho biết.', rule: 'official-title-name', value: { name: 'Nguyễn Văn Bình', positions: [{ value: 'Chủ tịch Hội hữu nghị Việt - Nga' }] } },
    {
      text: 'Đại sứ Tây Ban Nha tại Việt Nam, Ngài Alfonso Tena Garcia cho biết.',
      rule: 'official-honorific',
      value: { name: 'Alfonso Tena Garcia', positions: [{ value: 'Đại sứ Tây Ban Nha tại Việt Nam' }] },
    },
    {
      text: 'Bên cạnh đó, đồng chí Phó chủ nhiệm Tổng cục Chính trị yêu cầu đơn vị tổ chức cho bộ đội vui Xuân.',
      rule: 'official-title-anaphor',
      value: { name: '', anaphor: true, positions: [{ value: 'Phó chủ nhiệm Tổng cục Chính trị' }] },
    },
    { text: 'Cựu Tổng thống Mỹ Barack Obama cho biết.', rule: 'official-title-name', value: { name: 'Barack Obama', positions: [{ value: 'Cựu Tổng thống Mỹ' }] } },
    { text: 'Theo ứng viên Tổng thống Pháp Marine Le Pen, cuộc bỏ phiếu sẽ diễn ra vào tháng 4.', rule: 'official-title-name', value: { name: 'Marine Le Pen', positions: [{ value: 'ứng viên Tổng thống Pháp' }] } },
    {
      text: 'Trao đổi với PV, ông Nguyễn Ngọc Toản, Phó phòng Nông nghiệp huyện Hậu Lộc cho hay.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Ngọc Toản', positions: [{ value: 'Phó phòng Nông nghiệp huyện Hậu Lộc' }] },
    },
    {
      text: 'Ông Vũ Đức Khiển, nguyên Chủ nhiệm Ủy ban Pháp luật của Quốc hộiĐiển hình nhất là vụ việc này.',
      rule: 'official-honorific',
      value: { name: 'Vũ Đức Khiển', positions: [{ value: 'nguyên Chủ nhiệm Ủy ban Pháp luật của Quốc hội' }] },
    },
    {
      text: 'Người ký quyết định là bà Phạm Thị Thanh Trà - Chủ tịch UBND tỉnh Yên Bái nay là Bí thư Tỉnh ủy Yên Bái.',
      rule: 'official-honorific',
      value: { name: 'Phạm Thị Thanh Trà', positions: [{ value: 'Chủ tịch UBND tỉnh Yên Bái' }, { value: 'Bí thư Tỉnh ủy Yên Bái' }] },
    },
    {
      text: 'Ông Nguyễn Thanh Sơn, Viện trưởng Viện Chăn nuôi Việt Nam, kiêm Chủ tịch Hiệp hội Chăn nuôi gia cầm Việt Nam, thừa nhận.',
      rule: 'official-honorific',
      value: { name: 'Nguyễn Thanh Sơn', positions: [{ value: 'Viện trưởng Viện Chăn nuôi Việt Nam' }, { value: 'Chủ tịch Hiệp hội Chăn nuôi gia cầm Việt Nam' }] },
    },
    {
      text: 'Ông Long Văn Sơn, Chủ tịch UBND huyện Hữu Lũng bao che vi phạm trật tự xây dựng.',
      rule: 'official-honorific',
      value: { name: 'Long Văn Sơn', positions: [{ value: 'Chủ tịch UBND huyện Hữu Lũng' }] },
    },
    // round 10: a bracket holding no post between the name and its post
    {
      text: 'ĐBQH Bùi Thu Hằng (đoàn Hòa Bình), Phó Giám đốc sở Y tế Hòa Bình cho biết.',
      rule: 'official-title-name',
      value: { name: 'Bùi Thu Hằng', positions: [{ value: 'ĐBQH' }, { value: 'Phó Giám đốc sở Y tế Hòa Bình' }] },
    },
    {
      text: 'Ông Lại Văn Hoàn (trái), Chánh văn phòng UBND tỉnh Thái Bình tặng hoa.',
      rule: 'official-honorific',
      value: { name: 'Lại Văn Hoàn', positions: [{ value: 'Chánh văn phòng UBND tỉnh Thái Bình' }] },
    },
    {
      text: 'Bị can Võ Hoàng Anh (35 tuổi), nguyên Đội trưởng Đội TTGT Ninh Kiều, 15 năm tù.',
      rule: 'official-excluded-role',
      value: { name: 'Võ Hoàng Anh', excluded: false },
    },
    {
      text: 'Phương quen biết với anh Ngô Thành Sơn (SN 1980), Chủ tịch HĐQT Công ty Trục vớt luồng hạ lưu.',
      rule: 'official-honorific',
      value: { name: 'Ngô Thành Sơn', positions: [{ value: 'Chủ tịch HĐQT Công ty Trục vớt luồng hạ lưu' }] },
    },
    // round 10: "ĐB" for "đại biểu" before a deputy's name, as National Assembly reports write it
    { text: 'Tuy nhiên, ĐB Lê Thị Thủy (Hải Dương) cho rằng cần nói rõ.', rule: 'official-delegate', value: { name: 'Lê Thị Thủy', positions: [{ value: 'ĐB' }] } },
    {
      text: 'ĐB Hoàng Thị Thu Trang (Nghệ An), Phó Cục trưởng Cục Thi hành án dân sự tỉnh Nghệ An, cho biết.',
      rule: 'official-delegate',
      value: { name: 'Hoàng Thị Thu Trang', positions: [{ value: 'ĐB' }, { value: 'Phó Cục trưởng Cục Thi hành án dân sự tỉnh Nghệ An' }] },
    },
    {
      text: 'Theo ĐB Nguyễn Hữu Cầu, Giám đốc Công an tỉnh Nghệ An, nhiều đại biểu sẵn sàng theo đuổi.',
      rule: 'official-delegate',
      value: { name: 'Nguyễn Hữu Cầu', positions: [{ value: 'ĐB' }, { value: 'Giám đốc Công an tỉnh Nghệ An' }] },
    },
    // round 10: "quyền" closing a word ("chính quyền") is no "acting" before the title after it
    {
      text: 'Triều Tiên sẵn sàng đối thoại với chính quyền Tổng thống Mỹ Donald Trump nếu các điều kiện phù hợp.',
      rule: 'official-title-name',
      value: { name: 'Donald Trump', positions: [{ value: 'Tổng thống Mỹ' }] },
    },
    {
      text: 'Theo bà Susan Thornton, quyền trợ lý ngoại trưởng Mỹ, vấn đề còn lớn.',
      rule: 'official-honorific',
      value: { name: 'Susan Thornton', positions: [{ value: 'quyền trợ lý ngoại trưởng Mỹ' }] },
    },
    {
      text: 'Quốc hội đã nghe Chánh án Tòa án nhân dân tối cao Nguyễn Hòa Bình trình bày Tờ trình.',
      rule: 'official-title-name',
      value: { name: 'Nguyễn Hòa Bình', positions: [{ value: 'Chánh án Tòa án nhân dân tối cao' }] },
    },
    // round 10: particles inside foreign names ("bin", "al-", "de"), an honorific before them ("Sheikh")
    {
      text: 'Tổng thống Syria Bashar al-Assad khẳng định như vậy.',
      rule: 'official-title-name',
      value: { name: 'Bashar al-Assad', positions: [{ value: 'Tổng thống Syria' }] },
    },
    {
      text: 'Ngoại trưởng Qatar Sheikh Mohammed bin Abdulrahman al-Thani tuyên bố hôm 1/7.',
      rule: 'official-title-name',
      value: { name: 'Mohammed bin Abdulrahman al-Thani', positions: [{ value: 'Ngoại trưởng Qatar' }] },
    },
    {
      text: 'Chủ tịch Sheikh Mansour của Man City là người luôn trả giá hết mình.',
      rule: 'official-title-name',
      value: { name: 'Sheikh Mansour', positions: [{ value: 'Chủ tịch' }] },
    },
    // a Vietnamese word that spells a particle ("do") before a Vietnamese syllable joins no foreign name
    { text: 'Tổng thống Donald Trump do Nga hậu thuẫn, theo cáo buộc.', rule: 'official-title-name', value: { name: 'Donald Trump', positions: [{ value: 'Tổng thống' }] } },
    // a TV schedule's next time glued to the name where the source lost its line break
    { text: 'Dân hỏi Bộ trưởng trả lời: Dân hỏi Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến14:00: Bản tin quốc tế', rule: 'official-title-name', value: { name: 'Nguyễn Thị Kim Tiến', positions: [{ value: 'Bộ trưởng Bộ Y tế' }] } },
    // nor before a foreign brand: "do" (by) is no particle of names
    { text: 'Bức ảnh Tổng thống Donald Trump do Reuters đăng tải cho thấy ông rất vui.', rule: 'official-title-name', value: { name: 'Donald Trump', positions: [{ value: 'Tổng thống' }] } },
    {
      text: 'Thủ tướng tiếp ông Eric Schmidt, Chủ tịch điều hành Tập đoàn Alphabet.',
      rule: 'official-honorific',
      value: { name: 'Eric Schmidt', positions: [{ value: 'Chủ tịch điều hành Tập đoàn Alphabet' }] },
    },
    {
      text: 'Ông Bùi Nguyên Hùng - Cục trưởng Bản quyền Tác giả trong cuộc họp sáng 25/5 cho biết.',
      rule: 'official-honorific',
      value: { name: 'Bùi Nguyên Hùng', positions: [{ value: 'Cục trưởng Bản quyền Tác giả' }] },
    },
    {
      text: 'Ông Võ Văn Quyền, Vụ trưởng Vụ Thị trường trong nước (Bộ Công Thương) cho biết.',
      rule: 'official-honorific',
      value: { name: 'Võ Văn Quyền', positions: [{ value: 'Vụ trưởng Vụ Thị trường trong nước (Bộ Công Thương)' }] },
    },
    // a suspect is no official for being named, but is one with a post stated (the refiner keeps them then)
    { text: 'Bị cáo Nguyễn Văn Bình, nguyên Giám đốc công ty, bị tuyên phạt.', rule: 'official-excluded-role', value: { name: 'Nguyễn Văn Bình', excluded: false } },
    { text: 'Tiền đạo Nguyễn Công Phượng ghi bàn.', rule: 'official-excluded-role', value: { name: 'Nguyễn Công Phượng', excluded: true } },
    // "và người đồng cấp" (and the counterpart) after a post and a surname alone: the post is the other person's
    // (corpus/real: 2 posts ran back over "và" into the counterpart, of 50 "người đồng cấp")
    { text: 'Điểm nổi bật là Thủ tướng Singh và người đồng cấp nước chủ nhà Yingluck Shinawatra đã nhất trí ủng hộ dự án.', rule: 'official-title-name', value: { name: 'Yingluck Shinawatra', positions: [{ value: 'người đồng cấp nước chủ nhà' }] } },
    { text: 'Cuộc gặp giữa Tổng thống Trump và người đồng cấp Nga Vladimir Putin diễn ra tại Đức.', rule: 'official-title-name', value: { name: 'Vladimir Putin', positions: [{ value: 'người đồng cấp Nga' }] } },
    { text: 'Ngoại trưởng Trung Quốc Vương Nghị và người đồng cấp Australia Julie Bishop đã hội đàm.', rule: 'official-title-name', value: { name: 'Vương Nghị', positions: [{ value: 'Ngoại trưởng Trung Quốc' }] } },
    // a transcribed foreign name with a glued initial ("A.Át-xát", the press agency's style): the initial goes on the
    // name, the country before it on the post (bench/studies/officials-initials.mjs: 27 after a title or ông/bà on
    // corpus/real; two were cut to "Xy-ri A", "Phi-li-pin A"); a place's abbreviated type is no initial
    { text: 'Các nước không kích các mục tiêu của chính quyền Tổng thống Xy-ri A.Át-xát.', rule: 'official-title-name', value: { name: 'A.Át-xát', positions: [{ value: 'Tổng thống Xy-ri' }] } },
    { text: 'Tổng Thư ký NATO G.Xtôn-ten-bớc cho rằng đối thoại là cần thiết.', rule: 'official-title-name', value: { name: 'G.Xtôn-ten-bớc', positions: [{ value: 'Tổng Thư ký NATO' }] } },
    { text: 'Ông Nguyễn Trường Giang, Chủ tịch UBND H.Ngọc Hiển cho biết vụ sạt lở gây thiệt hại lớn.', rule: 'official-honorific', value: { name: 'Nguyễn Trường Giang', positions: [{ value: 'Chủ tịch UBND H.Ngọc Hiển' }] } },
    // round 13 (bench/studies/round13-officials.mjs): a post right after the name with no mark, abbreviated, or in
    // lower case after "đồng chí"; a session's closing verb, misspelt, ends it; a board member chained after " - "
    { text: 'Dự và phát biểu chỉ đạo có đồng chí Nguyễn Thanh Tuấn PCT HĐND huyện.', rule: 'official-honorific', value: { name: 'Nguyễn Thanh Tuấn', positions: [{ value: 'PCT HĐND huyện' }] } },
    // round 17: a surname the list lacked, which the post before it took in
    { text: 'Dự hội nghị có đồng chí UVBTV, Trưởng Ban tổ chức Huyện uỷ Chung Văn Hoan.', rule: 'official-title-name', value: { name: 'Chung Văn Hoan', positions: [{ value: 'UVBTV' }, { value: 'Trưởng Ban tổ chức Huyện uỷ' }] } },
    // round 17: more abbreviated posts, and a dotted one that no longer ends the sentence
    { text: 'Tham dự có đồng chí Nguyễn Thiên Bình - UVTV Huyện ủy - Chủ tịch UBMTTQVN huyện.', rule: 'official-honorific', value: { name: 'Nguyễn Thiên Bình', positions: [{ value: 'UVTV Huyện ủy' }, { value: 'Chủ tịch UBMTTQVN huyện' }] } },
    { text: 'Tham dự có đồng chí Võ Đắc Hóa - PBT - Chủ tịch UBND huyện.', rule: 'official-honorific', value: { name: 'Võ Đắc Hóa', positions: [{ value: 'PBT' }, { value: 'Chủ tịch UBND huyện' }] } },
    { text: 'Chủ trì hội nghị có đ/c Phạm Quốc Tuấn- CT. HĐND xã; đ/c Nguyễn Thị Tuyết Mai - PCT. HĐND xã.', rule: 'official-honorific', value: { name: 'Phạm Quốc Tuấn', positions: [{ value: 'CT. HĐND xã' }] } },
    // round 28: a committee's standing member or deputy secretary with the committee's initial glued on, "Phó CT"
    { text: 'Tới dự có đồng chí Nguyễn Đình Phong - UVBTVHU - Trưởng công an huyện, cùng các đồng chí lãnh đạo ban tuyên giáo huyện ủy.', rule: 'official-honorific', value: { name: 'Nguyễn Đình Phong', positions: [{ value: 'UVBTVHU' }, { value: 'Trưởng công an huyện' }] } },
    { text: 'Dự hội nghị có đồng chí Huỳnh Kim Phổ-TVHU, PCT UBND huyện; đồng chí Nguyễn Văn Hà-PBT.HU, CT.UBND huyện.', rule: 'official-honorific', value: { name: 'Nguyễn Văn Hà', positions: [{ value: 'PBT.HU' }, { value: 'CT.UBND huyện' }] } },
    { text: 'Tham dự cuộc họp có đồng chí Mai Thị Tường Vi - Phó CT UBND xã.', rule: 'official-honorific', value: { name: 'Mai Thị Tường Vi', positions: [{ value: 'Phó CT UBND xã' }] } },
    { text: 'Thay mặt Đảng bộ, đồng chí Ngô Xuân Hiếu - Phó Bí thư Đảng uỷ, Chủ tịch UBND xã Al Bá đã gửi lời chúc mừng.', rule: 'official-honorific', value: { name: 'Ngô Xuân Hiếu', positions: [{ value: 'Phó Bí thư Đảng uỷ' }, { value: 'Chủ tịch UBND xã Al Bá' }] } },
    { text: 'ĐC Nguyễn Danh Vận phó chủ nhiệm UBKT Đảng ủy NHNo&PTNT Việt Nam tới dự Đại hội.', rule: 'official-honorific', value: { name: 'Nguyễn Danh Vận', positions: [{ value: 'phó chủ nhiệm UBKT Đảng ủy NHNo&PTNT Việt Nam' }] } },
    { text: 'Đồng chí Nguyễn Hồng Sơn Chủ tịch HĐND xã bể mạc kỳ họp.', rule: 'official-honorific', value: { name: 'Nguyễn Hồng Sơn', positions: [{ value: 'Chủ tịch HĐND xã' }] } },
    { text: 'Ông Nguyễn Văn Minh - Đảng ủy viên - Thành viên HĐTV Agribank tặng hoa chúc mừng.', rule: 'official-honorific', value: { name: 'Nguyễn Văn Minh', positions: [{ value: 'Đảng ủy viên' }, { value: 'Thành viên HĐTV Agribank' }] } },
    // after a rank, a lower-case job held in a named unit is a post (RANKED_JOBS); a verb's syllable after the first
    // word of a body's name goes on the name ("Tổ Đăng ký xe")
    { text: 'Đại úy Nguyễn Quang Lâm, thủ kho quân khí Đại đội kho K694 nói.', rule: 'official-rank', value: { name: 'Nguyễn Quang Lâm', rank: 'Đại úy', positions: [{ value: 'thủ kho quân khí Đại đội kho K694' }] } },
    { text: 'Qua đây, Trung tá Phạm Tuấn Kiệt, cán bộ Tổ Đăng ký xe cũng cảnh báo người dân.', rule: 'official-rank', value: { name: 'Phạm Tuấn Kiệt', rank: 'Trung tá', positions: [{ value: 'cán bộ Tổ Đăng ký xe' }] } },
    { text: 'Thiếu tướng Phan Anh Minh, cơ quan công an đã nhiều lần giải thích.', rule: 'official-rank', value: { name: 'Phan Anh Minh', rank: 'Thiếu tướng', positions: [] } },
    { text: 'Bà Lê Thị Lan, cán bộ Phòng Tài nguyên huyện cho biết.', rule: 'official-honorific', value: { name: 'Lê Thị Lan', positions: [] } },
    // a post stated with "giữ chức", "hiện là", "được bầu giữ chức" as with "là" (POST_COPULAS)
    { text: 'Từ cuối năm 2006, Hồ Văn Hải giữ chức Giám đốc Halico và là người đại diện theo pháp luật.', rule: 'official-name-first', value: { name: 'Hồ Văn Hải', positions: [{ value: 'Giám đốc Halico' }] } },
    { text: 'Bà Phan Thị Tuyết Nhung tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN huyện.', rule: 'official-honorific', value: { name: 'Phan Thị Tuyết Nhung', positions: [{ value: 'Chủ tịch Hội LHPN huyện' }] } },
    { text: 'Cũng trong phiên họp này, đồng chí Nguyễn Tuấn Hải được bầu giữ chức Phó Bí thư Đoàn Trường ĐHBK Hà Nội nhiệm kỳ 2017-2019.', rule: 'official-honorific', value: { name: 'Nguyễn Tuấn Hải', positions: [{ value: 'Phó Bí thư Đoàn Trường ĐHBK Hà Nội' }] } },
    // an appointment or an election after the name, or after a post held before it (round 22)
    { text: 'Chánh Thanh tra Bộ Nội vụ nói về thời điểm ông Phạm Sỹ Quý được bổ nhiệm làm Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái.', rule: 'official-honorific', value: { name: 'Phạm Sỹ Quý', positions: [{ value: 'Giám đốc Sở Tài nguyên và Môi trường tỉnh Yên Bái' }] } },
    { text: 'Tuy nhiên, tại thời điểm này, ông Nguyễn Đăng Trương đã giữ chức danh Cục trưởng Cục Quản lý đấu thầu.', rule: 'official-honorific', value: { name: 'Nguyễn Đăng Trương', positions: [{ value: 'Cục trưởng Cục Quản lý đấu thầu' }] } },
    { text: 'Tại kỳ họp, ông Nguyễn Đình Hùng - Bí thư Đảng ủy trúng cử chức danh Chủ tịch HĐND phường Cẩm An với số phiếu đạt tỉ lệ 100%.', rule: 'official-honorific', value: { name: 'Nguyễn Đình Hùng', positions: [{ value: 'Bí thư Đảng ủy' }, { value: 'Chủ tịch HĐND phường Cẩm An' }] } },
    { text: 'Theo quyết định của Giám đốc ĐH Đà Nẵng, PGS-TS Lưu Trang - Phó Hiệu trưởng, được bổ nhiệm giữ chức vụ Hiệu trưởng Trường ĐH Sư phạm Đà Nẵng.', rule: 'official-honorific', value: { name: 'Lưu Trang', positions: [{ value: 'Phó Hiệu trưởng' }, { value: 'Hiệu trưởng Trường ĐH Sư phạm Đà Nẵng' }] } },
    // a Latin name with a middle initial or a Scots prefix; the holder of the title after "của" or "dưới thời" (round 22, audit 21)
    { text: 'Theo cựu Tổng thống George W. Bush, nước Mỹ cần đoàn kết.', rule: 'official-title-name', value: { name: 'George W. Bush', positions: [{ value: 'cựu Tổng thống' }] } },
    { text: 'Thượng nghị sĩ Lindsey Graham đã gặp quyền Giám đốc FBI Andrew McCabe vào hôm qua.', rule: 'official-title-name', value: { name: 'Andrew McCabe', positions: [{ value: 'quyền Giám đốc FBI' }] } },
    { text: 'Bà Madeleine Albright, cựu Ngoại trưởng Mỹ dưới thời Tổng thống Bill Clinton, cho biết.', rule: 'official-title-name', value: { name: 'Bill Clinton', positions: [{ value: 'Tổng thống' }] } },
    { text: 'Người phát ngôn của Tổng thống Philippines Ernesto Abella cho biết.', rule: 'official-title-name', value: { name: 'Ernesto Abella', positions: [{ value: 'Người phát ngôn của Tổng thống Philippines' }] } },
    // a post held at a place that closes its clause goes on to the place; an event's venue after it does not (round 22)
    { text: 'Luật sư Taner Kilic, Giám đốc Tổ chức Ân xá Quốc tế tại Thổ Nhĩ Kỳ, bị bắt giữ hồi tháng 6.', rule: 'official-honorific', value: { name: 'Taner Kilic', positions: [{ value: 'Giám đốc Tổ chức Ân xá Quốc tế tại Thổ Nhĩ Kỳ' }] } },
    { text: 'Theo tính toán của GS Nguyễn Mại - Chủ tịch Hiệp hội Doanh nghiệp đầu tư nước ngoài tại Việt Nam, vốn FDI sẽ tăng.', rule: 'official-honorific', value: { name: 'Nguyễn Mại', positions: [{ value: 'Chủ tịch Hiệp hội Doanh nghiệp đầu tư nước ngoài tại Việt Nam' }] } },
    { text: 'Ông Lê Văn An, Giám đốc Sở Y tế tại Hội nghị tổng kết, cho biết ngành đã hoàn thành các chỉ tiêu.', rule: 'official-honorific', value: { name: 'Lê Văn An', positions: [{ value: 'Giám đốc Sở Y tế' }] } },
    { text: 'Chiều 5/6, Thủ tướng đã tiếp ông Lee Jae-yong, Phó Chủ tịch Tập đoàn Samsung tại Hà Nội.', rule: 'official-honorific', value: { name: 'Lee Jae-yong', positions: [{ value: 'Phó Chủ tịch Tập đoàn Samsung' }] } },
    { text: 'Tên thật của anh là Nguyễn Quốc Cường (sinh năm 1982), hiện là Phó giám đốc Công ty Quốc Cường Gia Lai, cũng là con trai bà Loan.', rule: 'official-name-first', value: { name: 'Nguyễn Quốc Cường', positions: [{ value: 'Phó giám đốc Công ty Quốc Cường Gia Lai' }] } },
    // " - " splits posts only before a title: "Tuyên giáo - Nữ công" is one body's name (the audit's reports 010)
    { text: 'Bà Lê Thị Hoa - Uỷ viên Ban Thường vụ, Trưởng Ban Tuyên giáo - Nữ công Công đoàn TKV phát biểu.', rule: 'official-honorific', value: { name: 'Lê Thị Hoa', positions: [{ value: 'Uỷ viên Ban Thường vụ' }, { value: 'Trưởng Ban Tuyên giáo - Nữ công Công đoàn TKV' }] } },
    // a delegated power's principal named by post and name, no chain between ("Thừa ủy quyền Chủ tịch UBND tỉnh Nguyễn
    // Văn Bình, ông …"): the post is the principal's own, who is an official (round 13 review)
    { text: 'Thừa ủy quyền Chủ tịch UBND tỉnh Nguyễn Văn Bình, ông Lê Văn Cường, Giám đốc Sở Nội vụ trao quyết định.', rule: 'official-title-name', value: { name: 'Nguyễn Văn Bình', positions: [{ value: 'Chủ tịch UBND tỉnh' }] } },
    // "kiểm tra" after a body's word names the body (the inspection committee, team): no verb ending the post
    { text: 'Bà Nguyễn Huỳnh Trang, Phó giám đốc Sở Công Thương TPHCM, Trưởng đoàn kiểm tra cho biết.', rule: 'official-honorific', value: { name: 'Nguyễn Huỳnh Trang', positions: [{ value: 'Phó giám đốc Sở Công Thương TPHCM' }, { value: 'Trưởng đoàn kiểm tra' }] } },
    // round 16 (bench/studies/round16-officials.mjs): a profession with its post in apposition is an official; a
    // scholar's or prelate's title written out introduces a name as "ông" does; a body's name runs on past its comma
    // at the end of a chain of posts
    { text: 'Luật sư Thái Văn Chung, Tổng Thư ký Hiệp hội Vận tải (HHVT) cho biết.', rule: 'official-excluded-role', value: { name: 'Thái Văn Chung', excluded: false, positions: [{ value: 'Tổng Thư ký Hiệp hội Vận tải (HHVT)' }] } },
    { text: 'Theo chuyên gia Vũ Tuấn Anh, Giám đốc Viện Quản lý Việt Nam, giá sẽ giảm.', rule: 'official-excluded-role', value: { name: 'Vũ Tuấn Anh', excluded: false, positions: [{ value: 'Giám đốc Viện Quản lý Việt Nam' }] } },
    { text: 'Tiến sĩ John Chipman, Giám đốc Viện Nghiên cứu chiến lược quốc tế (IISS) phát biểu.', rule: 'official-honorific', value: { name: 'John Chipman', positions: [{ value: 'Giám đốc Viện Nghiên cứu chiến lược quốc tế (IISS)' }] } },
    { text: 'Tổng giám mục Denis Hart, Chủ tịch Hội đồng Giám mục Công giáo Úc cho biết.', rule: 'official-honorific', value: { name: 'Denis Hart', positions: [{ value: 'Chủ tịch Hội đồng Giám mục Công giáo Úc' }] } },
    { text: 'Phát biểu tại lễ, ngài Craig Chittick, Đại sứ Australia tại Việt Nam cảm ơn.', rule: 'official-honorific', value: { name: 'Craig Chittick', positions: [{ value: 'Đại sứ Australia tại Việt Nam' }] } },
    { text: 'Cục trưởng Cục Bảo vệ, chăm sóc trẻ em, tiến sĩ Nguyễn Hải Hữu, nhấn mạnh ba nội dung.', rule: 'official-honorific', value: { name: 'Nguyễn Hải Hữu', positions: [{ value: 'Cục trưởng Cục Bảo vệ, chăm sóc trẻ em' }] } },
    // academic titles written out one after another, each after a comma, before the name (round 16 review)
    { text: 'Giám đốc Học viện, Giáo sư, Tiến sĩ Nguyễn Văn Cường phát biểu.', rule: 'official-honorific', value: { name: 'Nguyễn Văn Cường', positions: [{ value: 'Giám đốc Học viện' }] } },
    // a post after the comma is no more of the body's name (round 16 review)
    { text: 'Phó Chủ tịch UBND tỉnh, đồng thời Trưởng ban Chỉ đạo, ông Lê Văn Bình phát biểu.', rule: 'official-honorific', value: { name: 'Lê Văn Bình', positions: [{ value: 'Trưởng ban Chỉ đạo' }] } },
    // a birth year between the name and the post, after a comma or inside the bracket that holds the post; not before
    // a post in lower case that heads no body (a contestant "đại diện của TP Hà Nội")
    { text: 'Cơ quan điều tra bắt 8 đối tượng, trong đó có Nguyễn Thị Hương, sinh năm 1967, Giám đốc công ty TNHH Dương Dũng.', rule: 'official-name-first', value: { name: 'Nguyễn Thị Hương', positions: [{ value: 'Giám đốc công ty TNHH Dương Dũng' }] } },
    { text: 'Cơ quan điều tra đã triệu tập ông Nguyễn Thanh Phong (SN 1985, Giám đốc Công ty TNHH Dịch vụ may Thanh Phong) để làm rõ.', rule: 'official-honorific', value: { name: 'Nguyễn Thanh Phong', positions: [{ value: 'Giám đốc Công ty TNHH Dịch vụ may Thanh Phong' }] } },
    // a caption's photo credit glued before a post opens the post's sentence (not a verb after the credit: the post is
    // its object); "Lầu Năm Góc" is a body between a post and a foreign name, no name
    { text: 'Lễ kỷ niệm 60 năm ngày truyền thống. Ảnh: ĐT Thứ trưởng Bộ Công Thương Đỗ Thắng Hải báo cáo tại lễ.', rule: 'official-title-name', value: { name: 'Đỗ Thắng Hải', positions: [{ value: 'Thứ trưởng Bộ Công Thương' }] } },
    { text: 'Hai nhà lãnh đạo tại cuộc gặp. Ảnh: CNN Thủ tướng Anh Theresa May cho biết như vậy.', rule: 'official-title-name', value: { name: 'Theresa May', positions: [{ value: 'Thủ tướng Anh' }] } },
    { text: 'Trong khi đó, Người phát ngôn Lầu Năm Góc Jeff Davis cho biết Mỹ sẽ đáp trả.', rule: 'official-title-name', value: { name: 'Jeff Davis', positions: [{ value: 'Người phát ngôn Lầu Năm Góc' }] } },
    // a profession with no post stated is no official; a unit after a comma is an address, not more of a post, so a
    // memorial's name gives the comrade after it no post
    { text: 'Luật sư Trần Vũ Hải cho biết thân chủ của ông sẽ kháng cáo.', rule: 'official-excluded-role', value: { name: 'Trần Vũ Hải', excluded: true } },
    { text: 'Nghệ sĩ Thành Lộc, đại diện ban giám khảo hội diễn, nhận xét các tiết mục.', rule: 'official-excluded-role', value: { name: 'Thành Lộc', excluded: true } },
    { text: 'Tại Khu tưởng niệm Chủ tịch Hồ Chí Minh ở phường 1, thành phố Cà Mau, đồng chí Nguyễn Văn An dâng hương.', rule: 'official-honorific', value: { name: 'Nguyễn Văn An', positions: [] } },
    { text: 'Quyết định do Thủ trưởng Cơ quan Cảnh sát điều tra, Công an thành phố Yên Bái, Đại tá Vũ Viết Thoại ký.', rule: 'official-rank', value: { name: 'Vũ Viết Thoại', positions: [{ value: 'Thủ trưởng Cơ quan Cảnh sát điều tra, Công an thành phố Yên Bái' }] } },
  ],
  negatives: [
    { text: 'Phó Chủ tịch UBND tỉnh: Cần đẩy nhanh tiến độ giải ngân vốn đầu tư công.', why: 'a post before a colon and a quotation, no list of names' },
    { text: 'Buổi tiếp diễn ra thân mật. Ảnh: Thống Nhất/TTXVN Tiếp Giám đốc Khu vực Ngân hàng HSBC tại trụ sở.', why: 'a verb after a photo credit takes the post as its object: no mention starts at it' },
    { text: 'Người đẹp Phan Hồng Anh, sinh năm 1991, đại diện của TP Hà Nội, đoạt giải.', why: 'after a birth year, a lower-case role that heads no body is no post' },
    { text: 'Tổng cục Chính trị đã dự thảo tờ trình báo cáo đồng chí Bộ trưởng Bộ Quốc phòng đề nghị sáp nhập hai cục.', why: 'a comrade named by post as the object of a verb is no later mention of the person before' },
    { text: 'Ví dụ ở các xã đảo, đồng chí Chỉ huy trưởng đảo thuộc biên chế của quân sự.', why: 'a post said of whoever holds it, with no act of the person: no mention' },
    { text: 'Tổng thống Pháp mong sự đóng góp của cộng đồng Châu Á vào quan hệ hai nước.', why: 'a continent after a title is no person, though "Châu" is a surname' },
    { text: 'Theo Bộ trưởng Công Thương, giá điện sẽ được điều chỉnh.', why: 'a ministry named without "Bộ" after its minister is no person' },
    { text: 'Đây là phát biểu của Thủ tướng Phạm Văn Đồng tại Hội nghị Giơ-ne-vơ năm 1954.', why: 'a figure of history ends the chain; "Văn Đồng" is no name of its own' },
    { text: 'Tập thể Chính phủ, Thủ tướng Chính phủ, các Phó Thủ tướng, các Bộ trưởng đã hết sức cố gắng.', why: 'a plural post with no names after it heads no list' },
    { text: 'Ngân hàng không cấm cho vay BT, BOT nhưng cân đối sử dụng vốn hợp lý.', why: '"BT" alone is a build-transfer contract, no post' },
    { text: 'Bộ Tư lệnh Quân khu 3 tổ chức hội nghị.', why: 'a title inside a body\'s name starts no mention' },
    { text: 'Theo báo cáo của Chủ tịch UBND tỉnh, năm nay tỉnh đạt kết quả tốt.', why: 'a title with no name after it' },
    { text: 'Giám đốc Công ty TNHH Lê Thành cho biết giá nhà còn cao.', why: 'a company named after its owner is no person' },
    { text: 'Căn nhà của Giám đốc Công an Yên Bái Thông tin từ UBND tỉnh cho biết đã kiểm tra.', why: 'a province glued to the next sentence\'s first syllable names no one' },
    // bench/studies/officials-body-names.mjs: a body's own name after a post read as a person
    { text: 'Dẫn đến đầu tư sai là Tổng giám đốc Bệnh viện đa khoa quốc tế Vũ Anh bị bắt tạm giam.', why: 'two words after a body\'s head and the words of its kind name the body' },
    { text: 'Hiệu trưởng Trường THCS Đồng Khởi cho biết nhà trường đạt chuẩn.', why: 'a commune\'s two-word name ends the school\'s name; it is no person' },
    { text: 'Hiệu trưởng Trường THPT Phan Đình Phùng cho biết nhà trường đạt chuẩn.', why: 'a school named after a person: the name is the school\'s, not its head\'s' },
    { text: 'Chi hội trưởng Chi hội phụ nữ thôn Quan Nam 2 cho biết.', why: 'a number after the capitalised run numbers a place: no person' },
    { text: 'Chủ tịch Real Madrid cho biết đội bóng sẽ mua thêm cầu thủ.', why: 'a club\'s Latin name after a title is no foreign person' },
    { text: 'Đại diện Bộ Tư lệnh Thái Bình Dương Mỹ cho biết như vậy.', why: 'an ocean that opens with a province name is no person' },
    { text: 'Tiếng ồn đo được lên tới 85 dB Nguyễn Văn Nam cho biết.', why: '"dB" (decibel) is no "ĐB": the abbreviation of a deputy is written in capitals' },
    { text: 'Đoạt giải có Nguyễn Văn An (Hà Nội), Trần Văn Bình (Nam Định) và Lê Văn Cường.', why: 'a bracket read past needs a post after it: the next listed name is none' },
    { text: 'Tổng thống Nga Putin và người đồng cấp Mỹ Donald Trump bắt tay.', why: 'a post ending with a surname alone is that person\'s, not the next named person\'s' },
    { text: 'Mâu thuẫn giữa các thành viên HĐQT Nguyễn Văn An không giải quyết được.', why: 'a board member\'s title in lower case opens no mention before a name' },
    { text: 'Sau đó Nguyễn Văn An làm Trưởng đoàn công tác của tỉnh sang thăm Lào.', why: '"làm" before a post is a verb phrase (acting as), not a post stated, unless an appointment precedes it' },
    { text: 'Dự kiến tổ kiểm tra 18 tàu bị hư hỏng mà ngư dân có đơn.', why: 'a body named by a verb holds no title: no post, no person' },
  ],
};
