// Round 27: the phrasings the audits' misses showed, counted in corpus/real, dev and the audits (kept outside the
// repository, --audits DIR holding a23 … a31), each with its first examples.
//   node bench/studies/round27.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   counted-share         a count of units or people that reached a standard or a title, then its share after a comma, a
//                         bracket or a bracket of years: "29.396 gia đình đạt danh hiệu gia đình văn hóa, tỉ lệ 97,3%",
//                         "5/14 xã, thị trấn đạt chuẩn văn hóa, chiếm 35,7%", "159 tuyến phố đạt … (tỉ lệ 100%)"
//   counted-share-other   the same share after a count of anything that reached nothing: votes, shares owned, exam
//                         takers, cars sold ("403 đại biểu tán thành, chiếm tỷ lệ 82,08%")
//   badge-year-list       a Party badge given for a list of years: "Huy hiệu 30, 40, 50, 55 tuổi đảng", "Huy hiệu 30, 40,
//                         45 năm tuổi Đảng"
//   count-first-bracket   a count of awards broken down in brackets before "cho": "trao 13 Huân chương Bảo vệ Tổ quốc (3
//                         hạng nhất, 1 hạng nhì, 9 hạng ba) cho …"
//   results-in-span       results achieved in a span named right after them: "những kết quả mà BĐBP tỉnh Long An đạt được
//                         trong năm 2024", "những kết quả đã đạt được trong 6 tháng đầu năm"
//   economy-state         the state of the economy over a span: "làm việc với huyện … về tình hình phát triển kinh tế, xã
//                         hội … 6 tháng đầu năm 2022", "tình hình KT-XH tháng 5 và 5 tháng năm 2017"
//   writers-post          a closing line of a name, a dash and the writer's post or office abbreviation with a vowel:
//                         "Ngọc An – Cán bộ VHTT", "Nguyễn Trường Phi - DVCI"
//   headline-event-year   a headline naming an event by its acronym and year ("APEC 2017: …"), the acronym again in one
//                         of the first three sentences, which holds a day without its year ("Ngày 13/5, … (APEC) …")
import { printArticleForms, readFlags, studySets } from './lib.mjs';

const COUNT = String.raw`\d+(?:[.,]\d+)*(?:\/\d+)?`;
const SHARE = String.raw`(?:, |\s*\(|\)\s*)(?:chiếm |đạt |với )?(?:tỉ lệ|tỷ lệ|chiếm) (?:trên |hơn |gần )?\d+(?:,\d+)?\s?%`;
const ATTAINED = String.raw`(?:đạt|được công nhận|hoàn thành)`;

const forms = {
  'counted-share': (t) => new RegExp(`${COUNT} [^.;:%()]{2,60}? ${ATTAINED} [^.;:%()]{2,80}?${SHARE}`, 'u').exec(t),
  'counted-share-other': (t) => {
    for (const m of t.matchAll(new RegExp(`${COUNT} [^.;:%()]{2,60}?${SHARE}`, 'gu'))) if (!new RegExp(ATTAINED, 'u').test(m[0])) return [m[0]];
    return null;
  },
  'badge-year-list': (t) => /huy hiệu (?:đảng )?\d+(?:, \d+)+(?: và \d+)? (?:năm )?tuổi đảng/iu.exec(t),
  'count-first-bracket': (t) => /(?:trao|tặng|gắn) \d+ (?:huân chương|huy chương|kỷ niệm chương|bằng khen|giấy khen|huy hiệu|cờ thi đua)[^.;()]{0,60}\([^()]{3,80}\) cho/iu.exec(t),
  'results-in-span': (t) => /(?:kết quả|thành tích|thành tựu) (?:mà [^.;!?,]{1,60}? )?(?:đã )?(?:đạt được|giành được) (?:trong|qua) (?:cả )?[^.;!?,]{0,30}\d{4}/iu.exec(t),
  'economy-state': (t) => /tình hình (?:phát triển )?(?:kinh tế|KT)[^.;!?]{0,80}?(?:\d+ tháng(?: đầu)?(?: năm)?|quý [IV1-4]+|năm) ?\d{4}/iu.exec(t),
  'writers-post': (t) => /^\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}\s*[-–]\s*(?:Cán bộ [^\n]{2,30}|(?=[A-ZĐ]{4,6}\s*$)[BCDĐFGHJKLMNPQRSTVWXZ]{2,}[AEIOUY][BCDĐFGHJKLMNPQRSTVWXZ]*)\s*$/mu.exec(t.trimEnd().split('\n').pop() ?? ''),
  'headline-event-year': (t) => {
    const lines = t.split('\n').filter((l) => l.trim());
    const m = /(?<![\p{L}\d])(\p{Lu}{3,})\s+((?:19|20)\d\d)(?![\d/.-]|\s*[-–]\s*\d)/u.exec(lines[0] ?? '');
    if (!m || /^(?:PCI|PAPI|SIPAS)$/u.test(m[1])) return null;
    const day = lines.slice(1, 4).join(' ').split(/(?<=[.!?])\s+/u).find((s) => s.includes(m[1]) && /(?<![\d/.-])\d{1,2}[/-]\d{1,2}(?![\d/.-])/u.test(s));
    return day ? [`${m[0]} | ${day.slice(0, 100)}`] : null;
  },
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
