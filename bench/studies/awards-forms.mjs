// Award-statement forms the round-3 award rules were written for, counted in corpus/real and the dev set (with the
// seeds): each form is a regular expression over NFC text; the table gives its count per set and a few examples.
// usage: node bench/studies/awards-forms.mjs [--examples N] [--only NAME]
import { printFormCounts } from './award-forms-table.mjs';

const args = process.argv.slice(2);
const examples = args.includes('--examples') ? Number(args[args.indexOf('--examples') + 1]) : 3;
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;

const R = '(?:tập thể|cá nhân|đơn vị|người|đồng chí|cán bộ|hội viên|đoàn viên|đảng viên|học sinh|gia đình|hộ)';
const AWARD = '(?:[Gg]iấy khen|[Bb]ằng khen|[Cc]ờ thi đua|[Hh]uân chương|[Hh]uy chương|[Kk]ỷ niệm chương|[Hh]uy hiệu|[Dd]anh hiệu|[Tt]hư khen)';
const FORMS = [
  ['count-lượt', `\\d+\\s+lượt\\s+${R}`, 'a count of times: "15 lượt tập thể"'],
  ['count-tấm-gương', `\\d+\\s+tấm gương`, 'people counted as "tấm gương"'],
  ['count-word', `(?:^|[\\s,;])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\\s+${R}`, 'a count in words'],
  ['award-then-tặng-count', `${AWARD}[^.;:]{0,60}?\\s(?:tặng|trao tặng)\\s+(?:cho\\s+)?(?:hơn\\s+|gần\\s+)?\\d+\\s+${R}`, '"Giấy khen (của X) tặng N tập thể"'],
  ['giấy-khen-tặng', `[Gg]iấy khen tặng`, '"Giấy khen tặng", where "khen tặng" is no verb'],
  ['semicolon-award-cho', `;\\s*(?:tặng\\s+|trao\\s+)?${AWARD}[^;.]{0,50}?\\scho\\s+\\d`, 'a further award after a semicolon: "; Giấy khen cho 20 tập thể"'],
  ['count-award-cho-các', `\\d+\\s+${AWARD}\\s+cho\\s+(?:các\\s+)?(?:tập thể|cá nhân)`, '"12 Bằng khen cho các tập thể"'],
  ['giver-after-recipients-và', `\\d+\\s+${R}\\s+và\\s+\\p{Lu}[^,;.]{2,50}?\\s(?:tặng|trao|trao tặng|khen thưởng)\\s`, '"… 14 cá nhân và Giám đốc Công an tỉnh tặng …": a second giver after "và"'],
  ['verb-without-subject', `(?:tặng|trao|trao tặng)\\s+${AWARD}[^.;:]{0,80}?[,;]\\s*(?:đồng thời\\s+)?(?:tặng|trao|trao tặng|tuyên dương|khen thưởng)\\s`, '"X tặng Cờ thi đua cho …, tặng Bằng khen cho …": a second verb sharing the giver'],
  ['award-name-rest', `(?:[Hh]uân chương|[Dd]anh hiệu)\\s+(?:Anh hùng\\s+lực lượng|Chữ thập|Nghệ thuật)`, 'a name in sentence case with a lower-case rest: "danh hiệu Anh hùng lực lượng vũ trang nhân dân"'],
  ['quoted-contest-title', `danh hiệu\\s*[“"](?:Cầu thủ|Quả bóng|Người đẹp|Hoa hậu|Á hậu|Vua phá lưới|Hoa khôi|Vô địch|Siêu sao)`, 'a sports or pageant title in quotes'],
  ['xét-tặng', `xét\\s+(?:tặng|trao)`, '"Hội đồng … xét tặng", "tổ chức xét tặng": a council or its review'],
  ['vinh-danh-firms', `vinh danh\\s+(?:các\\s+)?\\d+\\s+(?:doanh nghiệp|công ty|DN)|\\d+\\s+(?:doanh nghiệp|công ty|DN)[^.;]{0,40}được[^.;]{0,30}vinh danh`, 'firms honoured: rankings and business prizes'],
  ['link-title', `>>\\s*[^>]{0,40}?(?:[Kk]hen thưởng|tuyên dương|[Bb]ằng khen|[Gg]iấy khen|[Hh]uân chương|vinh danh)`, 'a related-article link ">> Khen thưởng …"'],
  ['giver-dành-cho', `(?:Huy chương|Huân chương|Giải thưởng|danh hiệu)[^.,;]{1,50}?\\sdành cho`, '"… của X dành cho …"'],
  ['lower-case-giver', `(?:^|[\\s,.;:(])(?:ban tổ chức|huyện đoàn|tỉnh đoàn|thành đoàn|quận đoàn|nhà trường)(?:\\s+\\p{Lu}[\\p{L}]*)*\\s+(?:đã\\s+|vừa\\s+)?(?:tặng|trao|trao tặng|khen thưởng|tuyên dương)\\s+${AWARD}`, 'a giver in lower case before the verb: "được ban tổ chức tặng bằng khen"'],
  ['kịp-thời', `kịp thời\\s+(?:khen thưởng|tuyên dương|biểu dương)|(?:khen thưởng|tuyên dương|biểu dương)\\s+kịp thời`, '"khen thưởng kịp thời N …", "kịp thời khen thưởng"'],
  ['ceremony-as-subject', `(?:^|[.,;]\\s*)(?:Lễ|Buổi lễ|Hội nghị|Đại hội|Chương trình)\\s+(?:đã\\s+)?(?:tuyên dương|khen thưởng|vinh danh|biểu dương|trao|tặng)\\s`, 'an occasion before the verb: "Lễ tuyên dương 100 thanh niên"'],
  ['llvtnd', `Anh hùng (?:LLVTND|[Ll]ực lượng vũ trang nhân dân)`, 'the hero title in full and abbreviated'],
  ['wish', `(?:hy vọng|mong muốn|mong|ước mơ)[^.;]{0,80}?\\s(?:tặng|trao|trao tặng|khen thưởng|tuyên dương)\\s+[^.;]{0,10}?${AWARD}`, 'a wish to give an award: "hy vọng … có dịp trao Bằng khen"'],
  ['được-các-cấp', `được\\s+các cấp(?:\\s+[\\p{Ll}]+){0,3}?\\s+(?:khen thưởng|tặng|trao|tuyên dương|biểu dương|ghi nhận)`, '"được các cấp khen thưởng": "các cấp" as the giver'],
  ['bodies-with-comma', `(?:(?:[Bb]ằng khen|[Gg]iấy khen|[Cc]ờ thi đua) của \\p{Lu}[^,.;]{2,40}, (?:Bộ|Tổng cục|Cục|UBND|Sở|Ban|Đảng ủy|Hội|Tỉnh ủy|Huyện ủy)|(?:Đảng ủy|Tỉnh ủy|Huyện ủy|Bộ|UBND)[^,.;]{0,30}, (?:Bộ|Tổng cục|Cục|UBND|Ban|Bộ Tư lệnh|Bộ Chỉ huy|Ban Chỉ huy)[^,.;]{0,30}?\\s+(?:đã\\s+)?(?:tặng|trao|trao tặng|khen thưởng)\\s)`, 'two bodies joined by a comma as the giver'],
  ['proposal', `đề nghị[^.;:]{0,60}?(?:tặng|khen thưởng|trao)`, '"đề nghị … tặng": a proposal'],
  ['proposed-recipients', `\\d+\\s+${R}[^.;:]{0,40}?được đề nghị`, '"N tập thể được đề nghị …"'],
  ['khen-thưởng-count', `khen thưởng\\s+(?:cho\\s+)?(?:các\\s+)?\\d+\\s+${R}`, '"khen thưởng N tập thể"'],
  ['giver-tặng-award-cho-count', `(?:tặng|trao|trao tặng)\\s+${AWARD}[^.;:]{0,60}?\\scho\\s+(?:hơn\\s+)?\\d+\\s+${R}`, '"tặng Bằng khen cho N …"'],
  ['count-được-award', `\\d+\\s+${R}[^.;:]{0,60}?được[^.;:]{0,40}?${AWARD}`, '"N tập thể … được … Bằng khen"'],
  ['count-được-khen-thưởng', `\\d+\\s+${R}[^.;:]{0,60}?được[^.;:]{0,30}?(?:khen thưởng|tuyên dương|biểu dương)`, '"N cá nhân được khen thưởng"'],
  ['vinh-danh-count', `vinh danh\\s+(?:các\\s+)?\\d+\\s+`, '"vinh danh N …"'],
  ['trao-thưởng-count', `trao thưởng\\s+(?:cho\\s+)?\\d+`, '"trao thưởng cho N" (money)'],
];

printFormCounts('Award-statement forms (counts of matches; dev includes the seeds)', FORMS, { examples, only });
