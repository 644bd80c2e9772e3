// Round 26: the phrasings the precision draws and the audits' misses showed, counted in corpus/real, dev and the
// audits (kept outside the repository, --audits DIR holding a23 … a30), each with its first examples.
//   node bench/studies/round26.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   body-year-lead    the lead's first lines open on a year whose clause a body of the state, the party, the forces or a
//                     mass organisation tells as done ("Trong năm 2018, Công an thành phố Quảng Ngãi đã …", "(LSO) – Năm
//                     2020, Đảng ủy, Ban Chỉ huy Đồn … đã …"): the year's results report
//   other-year-lead   the same opening, its subject no such body ("Năm 2012, tái cơ cấu nền kinh tế … đã …", "Năm 2017,
//                     nhiều trường ĐH …"): news and background, no period
//   writers-body-bracket  a closing byline with the writer's body in brackets: "…chuyển giao.Vân Thanh (Hải quan Đà
//                     Nẵng)", "…phi chính quy.Nguyễn Hồng Lê (Khoa Việt Nam học - ĐH Hà Nội)"
//   glued-after-place a closing byline glued to a sentence that ends on a word of a vowel and a consonant, read as an
//                     initial's dot before: "…ở Nam Đàn, Nghệ An.Phạm HòaTheo Infonet"
//   summarised-notes  a closing byline with "(lược ghi)": "…giá vàng trong nước và thế giới.Anh Tuấn (lược ghi)"
//   titled-byline     a closing byline after the writer's professional title: "….Lương y Minh Phúc", "….GS.TS.BS Nguyễn
//                     Sào Trung", "…. TS Nguyễn Đình San"
//   lower-case-name   a unit word, then a listed name of two syllables whose second is in lower case: "UBND phường Trần
//                     phú", "huyện Hương khê", "quận Cầu giấy" (the name alone of its first syllable names no unit)
import { printArticleForms, readFlags, studySets } from './lib.mjs';
import { BODY_SUBJECT_AFTER } from '../../dist/lexicon/review.js';
import { gazetteer } from '../../dist/gazetteer/index.js';

/** The first three lines' opening year, with the rest of its clause (a lead tag "(LSO) –" may stand before it). */
const OPENING_YEAR = /^\s*(?:\([^()\d][^()]{0,29}\)\s*\.?\s*[-–—]\s*)?(?:Trong\s+)?năm\s+20\d\d(\s*,[^.!?\n]{0,200})/iu;
const DONE = /(?<![\p{L}])đã(?![\p{L}])/u;

function openingYear(text, byBody) {
  for (const line of text.split('\n').filter((l) => l.trim()).slice(0, 3)) {
    const m = OPENING_YEAR.exec(line);
    if (m && DONE.test(m[1]) && BODY_SUBJECT_AFTER.test(m[1]) === byBody) return [m[0].trim().slice(0, 160)];
  }
  return null;
}

/** A line that ends a body with a byline after its last sentence (NAME, then what the form looks for after it). */
const closingByline = (after, before = '[.!?”"]') => new RegExp(`${before}\\s*(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3})${after}\\s*$`, 'mu');

const forms = {
  'body-year-lead': (t) => openingYear(t, true),
  'other-year-lead': (t) => openingYear(t, false),
  'writers-body-bracket': (t) => closingByline('\\s*\\(\\s*(?:Hải quan|Chi cục|Cục|Khoa|Trường|Đại học|Viện|Bệnh viện|Báo|Đài|[BCDĐFGHJKLMNPQRSTVWXZ]{2,}[A-ZĐ]*(?=\\s))\\s[^()\\n]{1,60}\\)').exec(t),
  'glued-after-place': (t) => closingByline('(?:Theo [^\\n]{2,30})?', '\\s[AĂÂEÊIOÔƠUƯY][bcdđghklmnpqrstvx]\\.').exec(t),
  'summarised-notes': (t) => closingByline('\\s*\\(lược ghi\\)').exec(t),
  'titled-byline': (t) => closingByline('', '[.!?”]\\s*(?:(?:Lương y|Bác sĩ|BS|Dược sĩ|ThS|Ths|TS|PGS|GS|Luật sư|LS|Kỹ sư|KS)(?:\\.\\s*|\\s+))+').exec(t),
  'lower-case-name': (t) => {
    for (const m of t.matchAll(/(?<![\p{L}])(?:xã|phường|huyện|thị trấn|quận|thị xã) (\p{Lu}\p{Ll}+) (\p{Ll}+)(?![\p{L}])/gu)) {
      if (gazetteer().named(`${m[1]} ${m[2][0].toUpperCase()}${m[2].slice(1)}`).length && !gazetteer().named(m[1]).length) return [m[0]];
    }
    return null;
  },
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
