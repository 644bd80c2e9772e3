// Round 29: the phrasings fresh audits showed, counted in corpus/real, dev and the audits (kept outside the
// repository, --audits DIR holding a23 …), each with its first examples.
//   node bench/studies/round29.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   review-named-year-told  a review's own name on a year ("Hội nghị tổng kết công tác xây dựng Đảng năm 2022", "sơ
//                         kết … năm 2016") and a clause elsewhere opening on that year ("Năm 2022, Ban Chấp hành …",
//                         "Trong năm 2016, toàn Ngành đã …"), in a text with no date of the year after a slash or a dash
//                         (an undated page); the year
//   unnamed-body-unit-in-post  a district's or commune's body left unnamed in the first three lines ("UBND huyện, UB
//                         MTTQ huyện") and that type of unit named only inside a person's post ("…, Bí thư Huyện uỷ
//                         Thạch An"); the names
//   unnamed-organiser     a line of the first 600 characters opening (after a day or a clause) on a province's or
//                         district's body left unnamed ("Công an tỉnh vừa …", "Sáng 12/5, Ban CHQS huyện tổ chức …");
//                         the line's start
import { printArticleForms, readFlags, studySets } from './lib.mjs';

const REVIEW_NAMED = /(?<![\p{L}])(?:tổng kết|sơ kết|kiểm điểm|nhìn lại|điểm lại)(?![\p{L}])[^.!?\n]{0,100}?(?<![\p{L}])năm (\d{4})/giu;
const DATED = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}/u;

const UNNAMED_BODY = /(?<![\p{L}])(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Huyện ủy|Huyện uỷ|Đảng ủy|Đảng uỷ|MTTQ|Hội [A-ZĐ]\p{L}*)\s+(huyện|xã)(?![\p{L}]|\s?[\p{Lu}\d])/u;
const NAMED = (type) => new RegExp(`(?<![\\p{L}])(?:${type === 'huyện' ? 'huyện|Huyện ủy|Huyện uỷ|Huyện' : 'xã|Đảng ủy xã|Xã'})\\s+((?:\\p{Lu}[\\p{L}\\p{M}]*\\s?){1,3})`, 'gu');
const POST_BEFORE = /(?:Bí thư|Chủ tịch|Trưởng|Phó [\p{L}\s]{0,25}|Ủy viên|Uỷ viên)\s+(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Đảng ủy|Đảng uỷ)?\s*$/u;

const UNNAMED_ORGANISER = /(?:^|\n)\s*(?:[^,\n]{0,40},\s*)?(?:Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Ban CHQS|Ban Chỉ huy Quân sự|Bộ CHQS|Bộ Chỉ huy Quân sự|Huyện ủy|Huyện uỷ|Tỉnh ủy|Tỉnh uỷ|Ban Thường vụ Huyện ủy|BTV Huyện ủy)\s+(tỉnh|huyện)(?![\p{L}]|\s?[\p{Lu}\d])/u;

const forms = {
  'review-named-year-told': (t) => {
    if (DATED.test(t)) return null;
    for (const m of t.matchAll(REVIEW_NAMED)) {
      const opens = new RegExp(`(?:^|[.!?]\\s+|\\n)(?:Trong\\s+)?[Nn]ăm ${m[1]}\\s*,`, 'u');
      if (opens.test(t)) return [m[1]];
    }
    return null;
  },
  'unnamed-body-unit-in-post': (t) => {
    const opening = t.split('\n').filter((l) => l.trim()).slice(0, 3).join('\n');
    const m = UNNAMED_BODY.exec(opening);
    if (!m) return null;
    const named = [...t.matchAll(NAMED(m[1]))];
    if (!named.length) return null;
    const inPost = named.filter((n) => POST_BEFORE.test(t.slice(Math.max(0, n.index - 40), n.index)));
    return inPost.length === named.length ? [named.map((n) => n[0]).join(' | ')] : null;
  },
  'unnamed-organiser': (t) => {
    const m = UNNAMED_ORGANISER.exec(t.slice(0, 600));
    return m ? [m[0].trim().slice(0, 80)] : null;
  },
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
