// Round 29: the phrasings fresh audits showed, counted in corpus/real, dev and the audits (kept outside the
// repository, --audits DIR holding a23 …), each with its first examples.
//   node bench/studies/round29.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   review-named-year-told  a review's own name on a year ("Hội nghị tổng kết công tác xây dựng Đảng năm 2022", "sơ
//                         kết … năm 2016") and a clause elsewhere opening on that year ("Năm 2022, Ban Chấp hành …",
//                         "Trong năm 2016, toàn Ngành đã …"), in a text with no date of the year after a slash or a dash
//                         (an undated page); the year
import { printArticleForms, readFlags, studySets } from './lib.mjs';

const REVIEW_NAMED = /(?<![\p{L}])(?:tổng kết|sơ kết|kiểm điểm|nhìn lại|điểm lại)(?![\p{L}])[^.!?\n]{0,100}?(?<![\p{L}])năm (\d{4})/giu;
const DATED = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}/u;

const forms = {
  'review-named-year-told': (t) => {
    if (DATED.test(t)) return null;
    for (const m of t.matchAll(REVIEW_NAMED)) {
      const opens = new RegExp(`(?:^|[.!?]\\s+|\\n)(?:Trong\\s+)?[Nn]ăm ${m[1]}\\s*,`, 'u');
      if (opens.test(t)) return [m[1]];
    }
    return null;
  },
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
