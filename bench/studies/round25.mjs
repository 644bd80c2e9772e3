// Round 25: the phrasings two fresh audits of award news and review meetings showed, counted in corpus/real, dev and
// the audits (kept outside the repository, --audits DIR holding a23 … a27), each with its first examples.
//   node bench/studies/round25.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   years-gone        "N năm qua" and a stage of N (or N+1) years named in a sentence of the emulation movement
//                     ("… thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015- 2020" … "5 năm qua")
//   years-gone-other  "N năm qua" and such a stage, its sentence no emulation's (corpus/real's backgrounds)
//   times-recognised  recipients counted as times recognised: "369 lượt tập thể, 1.673 lượt cá nhân được … khen thưởng"
//   praise-counted    "biểu dương N tập thể / cá nhân": a body commending the movement's recipients
//   praise-other      "biểu dương N" of anything else ("16 địa phương", "4 tỉnh"): a leader's praise
//   badge-tally       a Party badge shortened in a tally: "huy hiệu 65 năm cho 4 đảng viên", "nhận Huy hiệu 55 năm"
//   monthly-briefing  a month without its year after a unit's monthly tasks: "thực hiện nhiệm vụ tháng 8", "kết quả
//                     hoạt động tháng 11"
//   directive-lead    a line opening on the directive it carries out, a unit's body after "của" in it ("Thực hiện kế
//                     hoạch … của Ban chỉ huy quân sự huyện Đô Lương. …", "Thực hiện Kế hoạch số … của UBND huyện, …")
//   nukeviet          a NukeViet portal's news-module chrome ("Tổng số điểm của bài viết là", "Click để đánh giá bài
//                     viết", "Tác giả bài viết:", "• Đang truy cập85")
import { printArticleForms, readFlags, studySets } from './lib.mjs';

const STAGE = /(?:giai đoạn|nhiệm kỳ|từ năm)\s*(\d{4})\s*(?:-|–|đến(?: năm)?)\s*(\d{4})/giu;
const EMULATION = /(?<![\p{L}])(?:thi đua|TĐQT|TĐYN)(?![\p{L}])/iu;

/** "N năm qua" and a stage of N or N+1 years whose sentence does (or does not) name the emulation movement. */
function yearsGone(text, emulation) {
  const gone = [...text.matchAll(/(?<![\p{L}])(\d+)\s+năm\s+qua(?![\p{L}])/giu)].map((m) => Number(m[1]));
  if (!gone.length) return null;
  for (const m of text.matchAll(STAGE)) {
    const years = Number(m[2]) - Number(m[1]);
    if (!gone.some((n) => n === years || n === years + 1)) continue;
    const from = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const to = text.slice(m.index).search(/[.\n]/u);
    const sentence = text.slice(from, to < 0 ? text.length : m.index + to);
    if (EMULATION.test(sentence) === emulation) return [sentence];
  }
  return null;
}

const forms = {
  'years-gone': (t) => yearsGone(t, true),
  'years-gone-other': (t) => yearsGone(t, false),
  'times-recognised': (t) => /\d[\d.]*\s+lượt\s+(?:tập thể|cá nhân|đơn vị|đồng chí)[^.\n]{0,120}/iu.exec(t),
  'praise-counted': (t) => /biểu dương\s+(?:cho\s+)?\d[\d.]*\s+(?:tập thể|cá nhân)[^.\n]{0,60}/iu.exec(t),
  'praise-other': (t) => /biểu dương\s+(?:cho\s+)?\d[\d.]*\s+(?!tập thể|cá nhân)\S+[^.\n]{0,60}/iu.exec(t),
  'badge-tally': (t) => /huy hiệu\s+\d{2}\s+năm(?!\s+tuổi)[^.\n]{0,60}/iu.exec(t),
  'monthly-briefing': (t) => /(?:nhiệm vụ|kết quả hoạt động)\s+(?:trong\s+)?tháng\s+\d{1,2}(?![\d/\-.]|\s*(?:năm|này|nay))[^.\n]{0,60}/iu.exec(t),
  'directive-lead': (t) => /(?:^|\n)\s*(?:Thực hiện|Triển khai|Căn cứ|Theo)\s+(?:các\s+)?(?:Kế hoạch|kế hoạch|Quyết định|quyết định|Công văn|Chỉ thị|Nghị quyết|Hướng dẫn|sự chỉ đạo|chỉ đạo)[^,;.\n]{0,120}?của\s+(?:UBND|Ủy ban|Uỷ ban|Ban [Cc]hỉ huy|Huyện ủy|Tỉnh ủy|Thành ủy|Đảng ủy|Công an|Bộ)[^,;.\n]{0,60}/u.exec(t),
  nukeviet: (t) => /Tổng số điểm của bài viết là|Click để đánh giá bài viết|Tác giả bài viết\s*:|[•·]\s*Đang truy cập\d/u.exec(t),
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
