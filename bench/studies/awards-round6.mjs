// Round 6: the kinds of wrong or missed award statements of the round-5 judgements, counted in corpus/real and dev
// (with the seeds): a giver that is the subject of reported speech ("Huyện đoàn … cho biết vừa trao tặng giấy khen"),
// an award named before its passive giving ("Bằng khen được trao cho 5 tập thể"), proposals ("đề nghị … tặng"),
// units listed by kind before a title ("Sư đoàn, 04 Trung đoàn, 05 Tiểu đoàn … được tặng danh hiệu"), works "của N
// tác giả", counts listed right after each other, captions run into the body with no spaces, and counted nouns next
// to an award word that the recipient lexicon lacks (any "N <word>").
// usage: node bench/studies/awards-round6.mjs [--examples N] [--only NAME]
import { AWARD_SRC as AWARD, COUNT_SRC, CUE_SRC as CUE, formOptions, printFormCounts, RECIPIENT_SRC as R } from './award-forms-table.mjs';

const { examples, only } = formOptions();

const GIVE = '(?:trao tặng|tặng thưởng|trao|tặng|khen thưởng|tuyên dương|phong tặng|truy tặng)';
const N = COUNT_SRC;
const FORMS = [
  ['reported-giver', `cho (?:biết|hay)[,]?\\s+(?:(?:đã|vừa|mới)\\s+)*${GIVE}\\s+${CUE}`, '"<body> cho biết (đã|vừa) trao tặng <award>": the giver is who speaks'],
  ['reported-giver-any', `cho (?:biết|hay)[^.;]{0,30}?${GIVE}\\s+${CUE}`, 'for scale: "cho biết … <give> <award>" with words between'],
  ['award-passive-count', `${AWARD}[^.;:]{0,40}?(?:đã |sẽ )?được\\s+(?:trao tặng|trao|tặng|tặng thưởng)\\s+(?:cho\\s+)?${N}\\s+${R}`, '"<award> … được trao (cho) N <recipient>"'],
  ['award-passive-any', `${AWARD}[^.;:]{0,40}?(?:đã |sẽ )?được\\s+(?:trao tặng|trao|tặng|tặng thưởng)\\s+(?:cho\\s+)?${N}\\s+\\p{L}+`, 'for scale: "<award> … được trao (cho) N <any word>"'],
  ['award-passive-cho', `${AWARD}[^.;:]{0,60}?(?:đã |sẽ |vừa )?được\\s+(?:trao tặng|trao|tặng|tặng thưởng|khen tặng)\\s+cho\\s`, 'for scale: "<award> … được trao cho …", counted or not'],
  ['proposal', `đề nghị[^.;]{0,40}?${GIVE}\\s+${CUE}`, '"đề nghị … tặng <award>": a proposal'],
  ['được-đề-nghị', `được[^.;]{0,40}?đề nghị[^.;]{0,40}?${GIVE}\\s+${CUE}`, '"được … đề nghị … tặng <award>": a recipient proposed'],
  ['units-by-kind', `\\d+\\s+(?:[Tt]rung đoàn|[Tt]iểu đoàn|[Đđ]ại đội|[Tt]rung đội|[Tt]iểu đội|[Ll]ữ đoàn|[Ss]ư đoàn)[^.;]{0,120}?${CUE}`, 'military units counted by kind, then an award cue'],
  ['same-kind-list', `\\d+\\s+(?:[Tt]rung đoàn|[Tt]iểu đoàn|[Đđ]ại đội|[Tt]iểu đội|tập thể|đơn vị|xã|thôn|cá nhân|người|giáo viên|học sinh|đảng viên)\\s*(?:,|và)\\s*\\d+\\s+(?:[Tt]rung đoàn|[Tt]iểu đoàn|[Đđ]ại đội|[Tt]iểu đội|tập thể|đơn vị|xã|thôn|cá nhân|người|giáo viên|học sinh|đảng viên)[^.;]{0,160}?${CUE}`, 'counts listed right after each other then an award cue (same kind adds up; "05 tập thể, 07 cá nhân" is both kinds)'],
  ['glued-caption', `[\\p{Ll})”"]\\.\\p{Lu}[^.!?\\n]{10,200}?(?:khen|tặng|trao|[Hh]uân chương|danh hiệu|tuyên dương)[^.!?\\n]{0,150}?\\p{Ll}\\p{Lu}\\p{Ll}`, 'a caption or subheading run into the body: straight after a full stop, its last word glued to the next one'],
  ['glued-any', `[\\p{Ll})”"]\\.\\p{Lu}[^.!?\\n]{10,200}?\\p{Ll}\\p{Lu}\\p{Ll}`, 'for scale: every segment run in that way'],
  ['works-of-authors', `${CUE}[^.;]{0,120}?của\\s+${N}\\s+tác giả`, 'an award cue, then works "của N tác giả"'],
  ['award-count-any-noun', `${CUE}[^.;]{0,50}?\\s${N}\\s+(?!${R})(?!năm|tháng|ngày|triệu|tỷ|nghìn|ngàn|giờ|%|phút|km)\\p{L}+`, 'an award cue then "N <word>" the recipient lexicon may lack'],
  ['count-any-noun-award', `(?<![\\p{L}\\d])${N}\\s+(?!${R})(?!năm|tháng|ngày|triệu|tỷ|nghìn|ngàn|giờ|%|phút|km)\\p{L}+[^.;]{0,40}?được[^.;]{0,30}?${CUE}`, '"N <word> … được … <cue>" the recipient lexicon may lack'],
];

printFormCounts('Round-6 award forms (counts of matches; dev includes the seeds)', FORMS, { examples, only });
