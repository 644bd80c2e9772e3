// Round 26: the phrasings the precision draws and the audits' misses showed, counted in corpus/real, dev and the
// audits (kept outside the repository, --audits DIR holding a23 … a30), each with its first examples.
//   node bench/studies/round26.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   body-year-lead    the lead's first lines open on a year whose clause a body of the state, the party, the forces or a
//                     mass organisation tells as done ("Trong năm 2018, Công an thành phố Quảng Ngãi đã …", "(LSO) – Năm
//                     2020, Đảng ủy, Ban Chỉ huy Đồn … đã …"): the year's results report
//   other-year-lead   the same opening, its subject no such body ("Năm 2012, tái cơ cấu nền kinh tế … đã …", "Năm 2017,
//                     nhiều trường ĐH …"): news and background, no period
import { printArticleForms, readFlags, studySets } from './lib.mjs';
import { BODY_SUBJECT_AFTER } from '../../dist/lexicon/review.js';

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

const forms = {
  'body-year-lead': (t) => openingYear(t, true),
  'other-year-lead': (t) => openingYear(t, false),
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
