// Round 28: the phrasings and layouts fresh audits showed, counted in corpus/real, dev and the audits (kept outside
// the repository, --audits DIR holding a23 …), each with its first examples.
//   node bench/studies/round28.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   stopped-over-stamp    a first non-empty line of at most 180 characters that ends in a full stop or holds two
//                         sentences, right on top of the page's stamp ("Phù chẩn tổ chức lễ tuyên dương … vượt khó. Học
//                         sinh, … năm học 2020-2021." over "18/11/2021 15:48 Số lượt xem: 20")
import { builtModule, printArticleForms, readFlags, studySets } from './lib.mjs';

const { isStampLine } = await builtModule('lexicon/dates.js');
const MAX_TITLE_CHARS = 180;

const forms = {
  'stopped-over-stamp': (t) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const [first, next] = lines;
    if (!next || first.length > MAX_TITLE_CHARS || !isStampLine(next)) return null;
    return /[^.…]\.$/u.test(first) || /\p{Ll}[.!?]\s*\p{Lu}/u.test(first) ? [`${first} || ${next}`] : null;
  },
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
