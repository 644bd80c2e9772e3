// Round 8: ANNOTATION.md's awards section and the issue's Awards bullet read rule by rule. Part 1 counts in corpus/real
// and dev the forms behind the round-8 changes: a ceremony held by a body with counted recipients ("Đảng bộ phường tổ
// chức Lễ trao Huy hiệu Đảng cho 18 đảng viên"), a giver that holds it ("… tổ chức trao …"), two givers in one sentence
// ("… cho 05 tập thể, 07 cá nhân … và Huyện đoàn tặng …"), a count before the award with both kinds after "cho", awards
// listed after semicolons under one verb, a part of the recipients after "trong đó", a decision word before the verb
// ("ra/ban hành quyết định khen thưởng"), "khen thưởng nóng", a recipient nominated ("được … đề nghị … tặng").
// Part 2 (`--probes`, needs `npm run build`) runs made-up sentences in the style of report texts, one or more per stated
// rule or form, through the built pipeline and prints which the rules read as ANNOTATION.md says ("?" where it is silent).
// usage: node bench/studies/awards-round8.mjs [--examples N] [--only NAME] [--probes]
import { builtProject } from './lib.mjs';
import { AWARD_SRC as AWARD, COUNT_SRC as N, formOptions, printFormCounts, RECIPIENT_SRC as R } from './award-forms-table.mjs';

const { examples, only } = formOptions();
const GIVE = '(?:trao tặng|tặng thưởng|trao|tặng|khen thưởng|tuyên dương)';
const BODY = '(?:\\p{Lu}[\\p{L}&.-]*)(?:\\s+[\\p{L}&.-]+){0,5}';

const FORMS = [
  ['ceremony-counted', `[Ll]ễ\\s+${GIVE}\\s+${AWARD}[^.;]{0,60}?\\s(?:cho|tặng)\\s+${N}\\s+${R}`, '"Lễ trao <award> … cho N <recipient>": a ceremony that gives counted recipients'],
  ['holder-gives', `tổ chức\\s+(?:[Ll]ễ\\s+)?${GIVE}\\s+${AWARD}`, '"<body> (đã) tổ chức (Lễ) trao <award>": the body that holds it gives'],
  ['second-giver', `${N}\\s+${R}[^.;]{0,60}?\\svà\\s+${BODY}\\s+(?:đã\\s+)?${GIVE}\\s`, '"… N <recipient> … và <Body> tặng …": a second giver in the sentence'],
  ['count-first-mixed', `${GIVE}\\s+${N}\\s+${AWARD}[^.;]{0,20}?cho\\s+(?:các\\s+)?(?:tập thể|cá nhân)\\s*(?:,|và)\\s*(?:tập thể|cá nhân)`, '"trao 15 Bằng khen cho các tập thể và cá nhân": both kinds, so neither count'],
  ['listed-semicolon', `${GIVE}\\s+${AWARD}[^.;]{0,60}?cho\\s+${N}\\s+${R}[^.;]{0,40};\\s*${AWARD}[^.;]{0,60}?cho\\s+${N}\\s+${R}[^.;]{0,40};\\s*${AWARD}`, 'three awards listed after one verb, each after a semicolon'],
  ['trong-đó', `${N}\\s+${R}[^.;]{0,30}?,\\s*trong (?:số )?đó,?\\s+${N}\\s+${R}`, '"N <recipient>, trong đó M <recipient>": a part counted again'],
  ['decision-verb', `(?:ra|ban hành)\\s+quyết định\\s+(?:khen thưởng|tặng)`, '"ra/ban hành quyết định khen thưởng": a decision word before the verb'],
  ['khen-thưởng-nóng', `khen thưởng nóng`, '"khen thưởng nóng" (a commendation; "thưởng nóng" alone is money)'],
  ['thưởng-nóng', `(?<!khen )thưởng nóng`, 'for scale: "thưởng nóng" without "khen" (money, no award)'],
  ['nominated-passive', `${N}\\s+${R}[^.;]{0,40}?được\\s+${BODY}\\s+đề nghị[^.;]{0,40}?${GIVE}`, '"N <recipient> được <body> đề nghị … tặng": nominated'],
];

if (!process.argv.includes('--probes')) {
  printFormCounts('Round-8 award forms (counts of matches; dev includes the seeds)', FORMS, { examples, only });
  process.exit(0);
}

// Part 2. Each probe: the sentence, then what ANNOTATION.md expects (award|by|collectives,individuals; "; " between
// statements; "-" for no counted statement; "?" where the rules of ANNOTATION.md leave the reading open).
const PROBES = [
  ['award kinds', 'Dịp này, UBND tỉnh tặng Cờ thi đua cho 3 đơn vị dẫn đầu phong trào thi đua.', 'Cờ thi đua|UBND tỉnh|3,null'],
  ['award kinds', 'Chủ tịch UBND tỉnh đã gửi Thư khen tới 5 tập thể và 12 cá nhân.', 'Thư khen|Chủ tịch UBND tỉnh|5,12'],
  ['award kinds', 'Chủ tịch UBND tỉnh có thư khen 5 tập thể và 12 cá nhân đã dũng cảm cứu người.', 'thư khen|Chủ tịch UBND tỉnh|5,12'],
  ['award kinds', 'Chủ tịch UBND tỉnh vừa ký thư khen 3 tập thể, 5 cá nhân.', 'thư khen|Chủ tịch UBND tỉnh|3,5'],
  ['award kinds', 'Nhân dịp này, Huyện ủy trao Huy hiệu Đảng cho 25 đảng viên.', 'Huy hiệu Đảng|Huyện ủy|null,25'],
  ['award kinds', 'Dịp này, Huyện ủy trao Huy hiệu 30, 40, 50 năm tuổi Đảng cho 78 đảng viên.', 'Huy hiệu 30, 40, 50 năm tuổi Đảng|Huyện ủy|null,78'],
  ['award kinds', 'UBND tỉnh khen tặng 5 tập thể, 9 cá nhân có thành tích xuất sắc.', 'khen tặng|UBND tỉnh|5,9'],
  ['award kinds', 'Dịp này, Tỉnh đoàn tuyên dương 50 thanh niên tiêu biểu.', 'tuyên dương|Tỉnh đoàn|null,50'],
  ['award kinds', 'Bộ trưởng Bộ Quốc phòng tặng danh hiệu Chiến sĩ thi đua toàn quân cho 4 đồng chí.', 'danh hiệu Chiến sĩ thi đua toàn quân|Bộ trưởng Bộ Quốc phòng|null,4'],
  ['ceremony', 'Sáng 3/2, Đảng bộ phường tổ chức lễ trao Huy hiệu Đảng cho 18 đảng viên.', 'Huy hiệu Đảng|Đảng bộ phường|null,18'],
  ['ceremony', 'Sáng 3/2, Thành ủy tổ chức Lễ trao Huy hiệu Đảng đợt 3/2/2025 cho 18 đảng viên.', 'Huy hiệu Đảng|Thành ủy|null,18'],
  ['by', 'Nhân dịp này, huyện ủy đã tặng giấy khen cho 7 tập thể, 18 cá nhân.', 'giấy khen|huyện ủy|7,18'],
  ['by', 'Dịp này, BCH LĐLĐ TP tặng bằng khen cho 12 tập thể, 20 cá nhân.', 'bằng khen|BCH LĐLĐ TP|12,20'],
  ['by', 'Đảng ủy xã đã tổ chức trao tặng Huy hiệu Đảng cho 25 đảng viên.', 'Huy hiệu Đảng|Đảng ủy xã|null,25'],
  ['by', 'Dịp này, Chủ tịch UBND TP. Hà Nội tặng Bằng khen cho 8 tập thể, 14 cá nhân.', 'Bằng khen|Chủ tịch UBND TP. Hà Nội|8,14'],
  ['by', 'Dịp này, UBND huyện đã ra quyết định khen thưởng 30 tập thể, 45 cá nhân.', 'khen thưởng|UBND huyện|30,45'],
  ['by', 'Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Nguyễn Văn B trao Huân chương Bảo vệ Tổ quốc hạng Ba cho 3 tập thể.', 'Huân chương Bảo vệ Tổ quốc hạng Ba|Chủ tịch nước|3,null'],
  ['by', 'UBND xã công nhận 120 hộ gia đình đạt danh hiệu Gia đình văn hóa.', 'danh hiệu Gia đình văn hóa|UBND xã|120,null'],
  ['count first', 'UBND huyện trao 12 Bằng khen cho tập thể có thành tích xuất sắc.', 'Bằng khen|UBND huyện|12,null'],
  ['count first', 'Dịp này, UBND tỉnh trao 12 Bằng khen cho 12 tập thể.', 'Bằng khen|UBND tỉnh|12,null'],
  ['count first', 'UBND huyện trao 12 Bằng khen cho các tập thể và 20 Giấy khen cho các cá nhân.', 'Bằng khen|UBND huyện|12,null ; Giấy khen|UBND huyện|null,20'],
  ['mixed', 'Dịp này, Bộ Quốc phòng trao tặng 15 Bằng khen cho các tập thể và cá nhân có thành tích xuất sắc.', '-'],
  ['mixed', 'Dịp này, UBND huyện tặng Giấy khen cho 85 tập thể và cá nhân có thành tích xuất sắc.', '-'],
  ['counts', 'Dịp này, UBND huyện tặng Giấy khen cho hơn 150 hội viên.', 'Giấy khen|UBND huyện|null,150'],
  ['counts', 'Dịp này, Công an tỉnh tặng Giấy khen cho Lê Văn Tùng và 8 người đã dũng cảm bắt cướp.', 'Giấy khen|Công an tỉnh|null,9'],
  ['two entries', 'Dịp này, UBND huyện tặng Giấy khen cho 05 tập thể, 07 cá nhân có thành tích xuất sắc và Ban Thường vụ Huyện đoàn tặng Giấy khen cho 01 tập thể, 04 cá nhân.', 'Giấy khen|UBND huyện|5,7 ; Giấy khen|Ban Thường vụ Huyện đoàn|1,4'],
  ['two entries', 'Dịp này, UBND huyện tặng Giấy khen cho 05 tập thể và 07 cá nhân, Huyện đoàn tặng Giấy khen cho 01 tập thể và 04 cá nhân.', 'Giấy khen|UBND huyện|5,7 ; Giấy khen|Huyện đoàn|1,4'],
  ['two entries', 'Dịp này, UBND huyện khen thưởng 16 tập thể, 21 cá nhân, trong đó, 6 tập thể được tặng Giấy khen.', 'khen thưởng|UBND huyện|16,21 ; Giấy khen|null|6,null'],
  ['listed', 'Tại Hội nghị, UBND tỉnh đã trao Cờ thi đua của Chính phủ cho 02 tập thể; Bằng khen của Thủ tướng Chính phủ cho 03 tập thể, 05 cá nhân; Cờ thi đua của UBND tỉnh cho 10 tập thể.', 'Cờ thi đua|Chính phủ|2,null ; Bằng khen|Thủ tướng Chính phủ|3,5 ; Cờ thi đua|UBND tỉnh|10,null'],
  ['names', 'Dịp này, Sư đoàn 312 tặng Giấy khen cho 9 tập thể, 21 cá nhân.', 'Giấy khen|Sư đoàn 312|9,21'],
  ['names', 'Dịp này, Bộ Quốc phòng tặng Bằng khen cho Sư đoàn 312 và 5 cá nhân.', 'Bằng khen|Bộ Quốc phòng|null,5'],
  ['passive', 'Dịp này, 12 tập thể, 25 cá nhân có thành tích xuất sắc được Chủ tịch UBND tỉnh tặng Bằng khen.', 'Bằng khen|Chủ tịch UBND tỉnh|12,25'],
  ['passive', 'Có 5 tập thể, 10 cá nhân được UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen.', '-'],
  ['passive', 'Năm qua, có 3 tập thể được Thủ tướng Chính phủ tặng Bằng khen, 12 tập thể được UBND tỉnh tặng Cờ thi đua.', 'Bằng khen|Thủ tướng Chính phủ|3,null ; Cờ thi đua|UBND tỉnh|12,null'],
  ['commended', 'Ngay sau khi phá án, Công an tỉnh đã kịp thời khen thưởng nóng cho 2 tập thể và 5 cá nhân.', 'khen thưởng|Công an tỉnh|2,5'],
  ['commended', 'Công an tỉnh khen thưởng Ban chuyên án và 5 cá nhân.', 'khen thưởng|Công an tỉnh|null,5'],
  ['title only', 'Năm 2024, có 35 cá nhân được công nhận Chiến sĩ thi đua cơ sở; 150 cá nhân đạt Lao động tiên tiến.', 'Chiến sĩ thi đua cơ sở|null|null,35 ; ?'],
  ['title only', 'Năm 2024, 12 tập thể được công nhận “Tập thể lao động xuất sắc”.', '?'],
  ['recipients', 'Dịp này, Hội Chữ thập đỏ tỉnh tặng Giấy khen cho 12 tình nguyện viên.', 'Giấy khen|Hội Chữ thập đỏ tỉnh|null,12'],
  ['recipients', 'Dịp này, Sở Y tế tặng Giấy khen cho 12 y, bác sĩ.', 'Giấy khen|Sở Y tế|null,12'],
  ['army html', '<p>Nhân dịp này, 05 tập thể, 09 cá nhân được Tư lệnh Quân khu tặng Bằng khen.</p>', 'Bằng khen|Tư lệnh Quân khu|5,9'],
  ['giver span', 'Dịp này, 10 tập thể, 15 cá nhân được Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng Bằng khen.', 'Bằng khen|Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch|10,15'],
  ['giver span', 'Dịp này, 10 tập thể, 15 cá nhân được Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh tặng Giấy khen.', 'Giấy khen|Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” tỉnh|10,15'],
  ['giver span', 'Dịp này, UBND tỉnh tặng Bằng khen của Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” cho 10 tập thể, 15 cá nhân.', 'Bằng khen|Ban Chỉ đạo Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”|10,15'],
  ['giver span', 'Dịp này, 5 tập thể, 10 cá nhân được UBND TP. Hà Nội tặng Bằng khen.', 'Bằng khen|UBND TP. Hà Nội|5,10'],
  ['giver span', 'Dịp này, 10 tập thể được nhận Bằng khen của Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh.', 'Bằng khen|Ban Thường vụ Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh|10,null'],
  ['giver span', 'Chủ tịch UBND tỉnh đã ký Quyết định số 1234/QĐ-UBND tặng Bằng khen cho 10 tập thể, 20 cá nhân.', 'Bằng khen|Chủ tịch UBND tỉnh|10,20'],
  ['by', 'Dịp này, 5 tập thể, 10 cá nhân được ủy ban nhân dân huyện tặng giấy khen.', 'giấy khen|ủy ban nhân dân huyện|5,10'],
  ['recipients', 'Dịp này, UBND huyện tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc, gồm 10 tập thể và 20 cá nhân.', 'Giấy khen|UBND huyện|10,20'],
  ['recipients', 'Dịp này, UBND huyện tặng Giấy khen: 5 tập thể, 10 cá nhân.', 'Giấy khen|UBND huyện|5,10'],
  ['recipients', 'Dịp này, Bộ Tư lệnh trao Bằng khen của Bộ trưởng Bộ Quốc phòng (Quyết định số 123/QĐ-BQP) cho 5 tập thể.', 'Bằng khen|Bộ trưởng Bộ Quốc phòng|5,null'],
  ['recipients', 'Năm qua có 1.230 chị đạt danh hiệu 2 giỏi.', 'danh hiệu 2 giỏi|null|null,1230'],
  ['award kinds', 'Dịp này, Huyện ủy trao Quyết định và gắn Huy hiệu 30 năm tuổi Đảng cho 12 đồng chí.', 'Huy hiệu 30 năm tuổi Đảng|Huyện ủy|null,12'],
  ['award kinds', 'Có 35 sinh viên đạt danh hiệu Sinh viên 5 tốt.', 'danh hiệu Sinh viên 5 tốt|null|null,35'],
  ['commended', 'Dịp này, UBND huyện khen thưởng chuyên đề cho 10 tập thể, 20 cá nhân.', 'khen thưởng|UBND huyện|10,20'],
  ['commended', 'Hiện có 12 tập thể đang được đề nghị khen thưởng.', '-'],
  ['army html', '<p>Dịp này, Đảng ủy Sư đoàn trao Giấy khen cho 15 tổ chức cơ sở đảng và 32 đảng viên hoàn thành xuất sắc nhiệm vụ.</p>', 'Giấy khen|Đảng ủy Sư đoàn|15,32'],
];

const { processArticle } = await builtProject();
const tally = new Map();
console.log('# Round-8 probes: ANNOTATION.md awards rules on made-up report sentences\n');
for (const [rule, text, expected] of PROBES) {
  const input = text.startsWith('<') ? { file: 'probe.html', text, format: 'html' } : { file: 'probe.txt', text: `Tổng kết công tác năm 2024\n${text}`, format: 'text' };
  const statements = (processArticle(input).record.awards ?? []).filter((a) => a.collectives || a.individuals || expected !== '-');
  const got = statements.map((a) => `${a.award}|${a.by}|${a.collectives},${a.individuals}`).join(' ; ') || '-';
  const verdict = expected.includes('?') ? '?' : got === expected ? 'ok' : 'MISS';
  const t = tally.get(rule) ?? { ok: 0, miss: 0, open: 0 };
  t[verdict === 'ok' ? 'ok' : verdict === '?' ? 'open' : 'miss']++;
  tally.set(rule, t);
  console.log(`${verdict.padEnd(4)} [${rule}] ${text}\n       got ${got}${verdict === 'MISS' ? `\n       want ${expected}` : ''}`);
}
console.log('\n| rule or form | read as stated | not | open |\n|---|---|---|---|');
for (const [rule, t] of tally) console.log(`| ${rule} | ${t.ok} | ${t.miss} | ${t.open} |`);
