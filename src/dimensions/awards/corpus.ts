// What the awards dimension reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus = {
  examples: [
    { text: 'tặng Giấy khen cho', unit: 'award', rule: 'award', written: 'Giấy khen', value: { award: 'Giấy khen', named: false } },
    { text: 'được tặng Huân chương Lao động hạng Ba vì', unit: 'award', rule: 'award', written: 'Huân chương Lao động hạng Ba', value: { named: true } },
    { text: 'đạt danh hiệu Chiến sĩ thi đua cơ sở', unit: 'award', rule: 'award', written: 'danh hiệu Chiến sĩ thi đua cơ sở' },
    { text: 'tặng danh hiệu “Đơn vị quyết thắng” cho', unit: 'award', rule: 'award', written: 'danh hiệu “Đơn vị quyết thắng”' },
    { text: 'nhận thư khen của Chủ tịch nước', unit: 'award', rule: 'award', written: 'thư khen' },
    { text: 'được trao Huy hiệu Đảng', unit: 'award', rule: 'award', written: 'Huy hiệu Đảng' },
    // names in sentence case go on over their lower-case rest (bench/studies/awards-forms.mjs, award-name-rest)
    { text: 'được tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân”.', unit: 'award', rule: 'award', written: 'danh hiệu Anh hùng lực lượng vũ trang nhân dân' },
    { text: 'trao tặng huân chương Chữ thập cao quý', unit: 'award', rule: 'award', written: 'huân chương Chữ thập' },
    // a list of years before the name (round 8; "Huy hiệu 45 năm và 50 năm tuổi Đảng" once in corpus/real)
    { text: 'trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho', unit: 'award', rule: 'award', written: 'Huy hiệu 30, 40, 50 năm tuổi Đảng' },
    { text: 'được trao Huy hiệu 45 năm và 50 năm tuổi Đảng;', unit: 'award', rule: 'award', written: 'Huy hiệu 45 năm và 50 năm tuổi Đảng' },
    { text: 'trao Huy hiệu từ 30 đến 75 năm tuổi Đảng cho', unit: 'award', rule: 'award', written: 'Huy hiệu từ 30 đến 75 năm tuổi Đảng' },
    // every badge year of the Party's list (30 to 90; round 10: "Huy hiệu 80 năm tuổi Đảng" was not read)
    { text: 'được nhận Huy hiệu 80 năm tuổi Đảng gồm', unit: 'award', rule: 'award', written: 'Huy hiệu 80 năm tuổi Đảng' },
    { text: 'trao Huy hiệu 45 năm tuổi Đảng cho', unit: 'award', rule: 'award', written: 'Huy hiệu 45 năm tuổi Đảng' },
    // a title that opens with a number, and a title in sentence case over its first word's second syllable
    { text: 'có 1.230 chị đạt danh hiệu 2 giỏi được', unit: 'award', rule: 'award', written: 'danh hiệu 2 giỏi' },
    { text: 'đạt danh hiệu Sinh viên 5 tốt cấp trường', unit: 'award', rule: 'award', written: 'danh hiệu Sinh viên 5 tốt' },
    { text: 'đạt danh hiệu Sinh viên tiên tiến.', unit: 'award', rule: 'award', written: 'danh hiệu Sinh viên tiên tiến' },
    // round 13 (bench/studies/awards-round13.mjs): bare emulation titles in a council's list, a title's level, a class by its digit
    { text: '; tập thể lao động xuất sắc cho 16 tập thể;', unit: 'award', rule: 'award', written: 'tập thể lao động xuất sắc' },
    { text: '; LĐTT cho 36 tập thể', unit: 'award', rule: 'award', written: 'LĐTT' },
    { text: 'tặng danh hiệu Chiến sĩ thi đua toàn quân cho 3 cá nhân', unit: 'award', rule: 'award', written: 'danh hiệu Chiến sĩ thi đua toàn quân' },
    { text: 'tặng Huân chương lao động hạng 3 đối với 1 cá nhân', unit: 'award', rule: 'award', written: 'Huân chương lao động hạng 3' },
    // round 15: an honour named in lower case before its counted recipients (bench/studies/round15-awards.mjs, lower-name)
    { text: 'đã trao kỷ niệm chương các ngành xây dựng Đảng cho 11 cá nhân', unit: 'award', rule: 'award', written: 'kỷ niệm chương các ngành xây dựng Đảng' },
    { text: 'tặng cờ thi đua 3 đơn vị, danh hiệu Tập thể LĐXS 11 đơn vị.', unit: 'recipients', rule: 'recipients-count', written: '11 đơn vị', value: { collectives: 11 } },
    // women counted in a women's union report
    { text: 'có 1.230 chị đạt danh hiệu', unit: 'recipients', rule: 'recipients-count', written: '1.230 chị', value: { individuals: 1230 } },
    { text: 'cho 05 tập thể', unit: 'recipients', rule: 'recipients-count', written: '05 tập thể', value: { collectives: 5, individuals: null } },
    { text: 'cho hơn 150 hội viên', unit: 'recipients', rule: 'recipients-count', written: 'hơn 150 hội viên', value: { individuals: 150 } },
    // a tally of times recognised (round 25, audits 23 and 26)
    { text: 'có 369 lượt tập thể, 1.673 lượt cá nhân được các cấp khen thưởng', unit: 'recipients', rule: 'recipients-count', written: '1.673 lượt cá nhân', value: { collectives: null, individuals: 1673 } },
    // round 15: a slip for "cá nhân" (bench/studies/round15-awards.mjs, typo-recipient)
    { text: 'có 4 tập thể và 12 các nhân được biểu dương', unit: 'recipients', rule: 'recipients-count', written: '12 các nhân', value: { collectives: null, individuals: 12 } },
    { text: 'đã khen thưởng 30 hộ nông dân tiêu biểu', unit: 'recipients', rule: 'recipients-count', written: '30 hộ nông dân', value: { collectives: null, individuals: 30 } },
    { text: 'khen thưởng 85 tập thể và cá nhân', unit: 'recipients', rule: 'recipients-mixed', value: { collectives: null, individuals: null, mixed: true } },
    { text: 'Lê Văn Tùng và 8 người tham gia cứu', unit: 'recipients', rule: 'recipients-named-and-others', value: { individuals: 9, derived: true } },
    { text: 'anh và 8 người khác tham gia', unit: 'recipients', rule: 'recipients-named-and-others', value: { individuals: 9 } },
    { text: 'anh Lê Văn Tùng cùng 8 người khác tham gia', unit: 'recipients', rule: 'recipients-named-and-others', value: { individuals: 9 } },
    { text: 'Trong chặng đường đó, Sư đoàn, 04 Trung đoàn, 05 Tiểu đoàn', unit: 'recipients', rule: 'recipients-unit-and-counted', written: '04 Trung đoàn', value: { collectives: 5, derived: true } },
    // a bare unit word inside its clause ("cử tổ,") heads no list: the three alone
    { text: 'Đơn vị đã cử tổ, 3 đội xung kích tham gia', unit: 'recipients', rule: 'recipients-count', written: '3 đội', value: { collectives: 3 } },
    // a lower-case unit word in a list is a kind, not one unit more: the twenty alone (awards-round7.mjs, unit-head-lower)
    { text: 'tặng Bằng khen cho các sở, ban, ngành, 20 đơn vị có thành tích', unit: 'recipients', rule: 'recipients-count', written: '20 đơn vị', value: { collectives: 20 } },
    { text: '8/9 khu dân cư đạt danh hiệu', unit: 'recipients', rule: 'recipients-share', value: { collectives: 8 } },
    // a body named before "và" adds nobody: the count is the five alone
    { text: 'UBND tỉnh tặng Bằng khen cho Đội K90 và 5 cá nhân', unit: 'recipients', rule: 'recipients-count', written: '5 cá nhân', value: { individuals: 5 } },
    // "tập thể" named after "cho", then persons counted: one collective beside them (round23-awards.mjs, cho tập thể X và N)
    { text: 'tặng thưởng Huân chương Chiến công hạng Nhì cho tập thể Bộ Chỉ huy BĐBP tỉnh Quảng Trị và 02 cá nhân', unit: 'recipients', rule: 'recipients-collective-and-counted', written: 'tập thể Bộ Chỉ huy BĐBP tỉnh Quảng Trị và 02 cá nhân', value: { collectives: 1, individuals: 2, derived: true } },
    { text: 'trao thưởng cho tập thể và 3 cán bộ, chiến sỹ', unit: 'recipients', rule: 'recipients-collective-and-counted', written: 'tập thể và 3 cán bộ', value: { collectives: 1, individuals: 3 } },
    // a capital after "và" names the next giver, not the other kind of recipient: no mixed count (ANNOTATION.md, two entries)
    { text: 'Giám đốc Bệnh viện khen thưởng 5 khoa, phòng và 12 điều dưỡng', unit: 'recipients', rule: 'recipients-count', written: '5 khoa, phòng', value: { collectives: 5 } },
    // round 11: recipients portal and army texts count (commune police, army sub-units, propagandists, fishermen)
    { text: 'tặng Giấy khen cho 6 Công an xã có', unit: 'recipients', rule: 'recipients-count', written: '6 Công an xã', value: { collectives: 6 } },
    { text: 'cho 5 phân đội và 14 quân nhân', unit: 'recipients', rule: 'recipients-count', written: '5 phân đội', value: { collectives: 5 } },
    { text: 'tặng Bằng khen cho 12 sở, ban, ngành', unit: 'recipients', rule: 'recipients-count', written: '12 sở, ban, ngành', value: { collectives: 12 } },
    { text: 'cho 20 báo cáo viên, tuyên truyền viên', unit: 'recipients', rule: 'recipients-count', written: '20 báo cáo viên', value: { individuals: 20 } },
    { text: 'có 15 ngư dân được', unit: 'recipients', rule: 'recipients-count', written: '15 ngư dân', value: { individuals: 15 } },
    { text: 'tặng Giấy khen cho 15 hạ sĩ quan, binh sĩ', unit: 'recipients', rule: 'recipients-count', written: '15 hạ sĩ quan, binh sĩ', value: { individuals: 15 } },
    { text: 'cho 05 tập thể, 07 cá nhân và Huyện đoàn tặng Giấy khen', unit: 'recipients', rule: 'recipients-count', written: '07 cá nhân', value: { individuals: 7, mixed: false } },
    // round 14: an award word that needs a name, counted before "cho" (bench/studies/round14-awards.mjs, counted-word)
    { text: 'trao 182 kỷ niệm chương cho các cán bộ', unit: 'award', rule: 'award', written: 'kỷ niệm chương' },
    { text: 'trao Giải thưởng Lý Tự Trọng năm 2020', unit: 'award', rule: 'award', written: 'Giải thưởng Lý Tự Trọng' },
    { text: 'trao Kỷ niệm chương của Bộ Tư lệnh BĐBP “Vì chủ quyền an ninh biên giới Tổ quốc” cho', unit: 'award', rule: 'award', written: 'Kỷ niệm chương', value: { award: 'Kỷ niệm chương “Vì chủ quyền an ninh biên giới Tổ quốc”' } },
    { text: 'cụ thể: "Học sinh 3 rèn luyện" cho 9 học sinh', unit: 'award', rule: 'award-quoted-item', written: '"Học sinh 3 rèn luyện"' },
  ],
  negatives: [
    { text: 'Anh được nhiều huân chương, huy chương cao quý.', unit: 'award', why: 'an honour\'s word with no name, no giver and no counted recipients after it' },
    { text: 'phong trào “Sinh viên 5 tốt” được', unit: 'award', why: 'a quoted title not listed, with no "cho" after it' },
    { text: 'Em đã giành 5 huy chương trong năm học.', unit: 'award', why: 'a counted award word that needs a name, with no "cho" after: a count of medals won' },
    { text: 'Sư đoàn 312 cán bộ chiến sĩ', unit: 'recipients', why: 'a number inside a unit\'s name is no count' },
    { text: 'Anh là một người lao động tiên tiến.', unit: 'award', why: 'a worker called so, no title (awards-round13.mjs, bare-titles)' },
    { text: 'Từ năm 2012 chị Nguyễn Thị Hoa luôn được khen thưởng', unit: 'recipients', why: 'a year before "chị" and a name is no count of women (corpus/real has one)' },
    { text: 'Nhân dịp 8/3 chị em phụ nữ xã được UBND huyện tặng Giấy khen', unit: 'recipients', why: 'a day and month (Women\'s Day) before "chị em" is no count' },
    { text: 'Dịp 20/10 chị em phụ nữ xã được UBND huyện tặng Giấy khen', unit: 'recipients', why: 'a day and month before "chị em" is no count' },
    { text: 'Nhân dịp 8/3 phụ nữ xã được UBND huyện tặng Giấy khen', unit: 'recipients', why: 'a day and month before "phụ nữ" is no count' },
    { text: 'Hội có 5 chị Oanh, Lan được tặng Giấy khen', unit: 'recipients', why: '"chị" before a name: the women are named, not counted' },
    { text: 'tặng danh hiệu Ba cho tập thể', unit: 'award', why: 'a function word after the first word ends a title' },
    { text: 'muốn có được một danh hiệu và', unit: 'award', why: '"danh hiệu" alone names no award' },
    { text: 'trao Huy hiệu 30, 40 cho đảng viên', unit: 'award', why: 'numbers listed with no name after them name no badge' },
    { text: 'trao Huy hiệu cho đảng viên 80 năm tuổi Đảng', unit: 'award', why: 'the years after the recipients are theirs, not the badge\'s name' },
    { text: 'trao Giấy chứng nhận đầu tư', unit: 'award', why: 'a certificate (licence) is no award' },
    { text: 'giành giải nhất cuộc thi', unit: 'award', why: 'a contest prize is no award' },
    { text: 'Rooney nhận danh hiệu “Cầu thủ xuất sắc nhất năm” của PFA', unit: 'award', why: 'a sports title, in quotes too' },
  ],
};
