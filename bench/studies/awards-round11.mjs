// Round 11: variations of dev's award sentences as portal and army outlets write them (/work/notes/quality11/
// awards-variations.md lists them). Counts in corpus/real and dev the forms behind the failing variations:
//   recipient-nouns  the word after a count in a sentence with an award cue, by whether COLLECTIVE_NOUNS or
//                    INDIVIDUAL_NOUNS (src/lexicon/awards.ts) know it: the nouns the lexicon lacks, most frequent first
//   line-lists       an award line that ends in "cho", "cho:" or ":" and a next line that opens with a count or a dash
//   caption-repeat   a line closed by a photo credit ("… Ảnh: N.H") holding an award cue and a count
//   five             "năm" right before a recipient noun ("hai tập thể, năm cá nhân")
//   luot             "N lượt <recipient>" in a sentence with an award cue
//   breakdown        a mixed count ("N tập thể, cá nhân") broken down by "trong đó" or "(gồm …)"
//   numbered-giver   an award "của" a unit named with its number ("Bằng khen của Bộ Tư lệnh Quân khu 4", "Giấy khen của
//                    Sư đoàn 312", "… của UBND Quận 1"), whose giver the rules cut before the number
//   group-receives   after an active award's counted recipients, a further group that receives on its own ("tặng Bằng
//                    khen cho 4 tập thể, 9 cá nhân; 3 tập thể, 5 cá nhân được UBND huyện tặng Giấy khen"), which the first
//                    award took as its own second group and the passive one as part of its run
//   colon-heading    a commendation verb and a colon, then counts that receive on their own ("Khen thưởng: 07 tập thể
//                    và 06 cá nhân được … tặng Bằng khen", "… được khen thưởng: 02 tập thể được tặng Cờ thi đua …"),
//                    and the same verb and colon before counts that do not (the heading's own recipients)
//   further-class    an award's further class listed after its recipients ("Huân chương Lao động hạng Nhì cho 1 tập
//                    thể, hạng Ba cho 2 cá nhân"), and any two classes listed in a sentence ("hạng nhì, hạng ba")
//   giver-adverbs    an adverb between a capitalised giver and its verb of giving ("UBND tỉnh lần lượt tặng",
//                    "được Công an tỉnh kịp thời khen thưởng", "Bộ CHQS tỉnh cũng đã tặng"), by adverb
//   node bench/studies/awards-round11.mjs [--only FORM] [--examples N]
import { readReal, readDev, readFlags, lexiconStrings, sentencesOf, oneLine } from './lib.mjs';

const flags = readFlags();
const only = flags.value('--only');
const examples = flags.number('--examples', 3);
const collective = new Set(lexiconStrings('COLLECTIVE_NOUNS').map((s) => s.toLowerCase()));
const individual = new Set(lexiconStrings('INDIVIDUAL_NOUNS').map((s) => s.toLowerCase()));
const CUE = /bằng khen|giấy khen|huân chương|khen thưởng|cờ thi đua|danh hiệu|tuyên dương|biểu dương|kỷ niệm chương|huy hiệu|thư khen|vinh danh|tôn vinh/iu;
const COUNT = String.raw`(?<![\p{L}\p{N}.,/])\d{1,3}(?:\.\d{3})*(?![\p{N}/%])`;
const LETTER = String.raw`[\p{L}\p{M}]`;
const ADVERB_BEFORE_GIVING = /(?<=\p{Lu}[\p{L}\p{M}\p{N}]*\s(?:[\p{L}\p{M}\p{N}]+\s){0,3})(kịp thời|lần lượt|đồng thời|chính thức|trực tiếp|nhanh chóng|tiếp tục|cũng đã|đã kịp thời|đều|luôn|mới) (trao tặng|tặng thưởng|tặng|trao|khen thưởng|tuyên dương|biểu dương)(?![\p{L}\p{M}])/gu;
const NUMBERED_GIVER = /(?:bằng khen|giấy khen|cờ thi đua|huân chương|kỷ niệm chương|danh hiệu)[^.;,]{0,40}? của (?:\p{Lu}[\p{L}\p{M}]*\s){0,5}(Quân khu|Sư đoàn|Quân đoàn|Binh đoàn|Lữ đoàn|Trung đoàn|Vùng|Quận|Hải đoàn|Tổng công ty|Công ty) \d+/giu;
const RECIPIENT = String.raw`${COUNT}\s(?:(?!(?:được|nhận|đã|và)(?![\p{L}\p{M}]))[\p{L}\p{M}]+\s?){1,3}`;
const GROUP_RECEIVES = new RegExp(String.raw`(?:cho|tặng|thưởng)\s${RECIPIENT}(?:(?:,|\s?và)\s${RECIPIENT})?\s?([,;]|\s?và)\s${RECIPIENT}(?:(?:,|\s?và)\s${RECIPIENT})?\s?(được|đã được|nhận|đã nhận)(?![\p{L}\p{M}])`, 'giu');
const COLON_HEADING = new RegExp(String.raw`(?:khen thưởng|tuyên dương|biểu dương|vinh danh)\s*:\s*${RECIPIENT}(?:(?:,|\s?và)\s${RECIPIENT})?\s?(được|đã được|nhận|đã nhận)?`, 'giu');
const CLASSES_LISTED = /hạng (?:nhất|nhì|ba)( cho \d)?[^.;]{0,60}?[,;]\s*(?:và\s+)?hạng (?:nhất|nhì|ba)/giu;
const sets = [['corpus/real', readReal()], ['dev', readDev()]];

/** The longest known noun the words after a count open with, or null. */
function knownNoun(words) {
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const w = words.slice(0, n).join(' ').toLowerCase().replace(/,$/u, '');
    if (collective.has(w) || individual.has(w)) return w;
  }
  return null;
}

function show(title, rows) {
  console.log(`\n## ${title}`);
  for (const [key, e] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
    console.log(`${String(e.n).padStart(5)}  ${key}`);
    for (const x of e.ex) console.log(`         ${x}`);
  }
}
function add(rows, key, file, text) {
  const e = rows.get(key) ?? { n: 0, ex: [] };
  e.n++;
  if (e.ex.length < examples) e.ex.push(`${file}: ${oneLine(text).slice(0, 170)}`);
  rows.set(key, e);
}

for (const [set, articles] of sets) {
  console.log(`\n# ${set}: ${articles.length} articles`);
  const nouns = new Map(), lists = new Map(), captions = new Map(), five = new Map(), luot = new Map(), breakdown = new Map(), adverbs = new Map(), numbered = new Map(), receives = new Map(), colon = new Map(), classes = new Map();
  for (const a of articles) {
    const text = a.text.normalize('NFC');
    for (const { text: s } of sentencesOf(text).sentences) {
      if (!CUE.test(s)) continue;
      for (const m of s.matchAll(new RegExp(`${COUNT}\\s+((?:${LETTER}+[,]?\\s?){1,3})`, 'gu'))) {
        const words = m[1].trim().split(/\s+/u);
        if (knownNoun(words)) continue;
        const first = words[0].replace(/,$/u, '').toLowerCase();
        if (/^(năm|tháng|ngày|giờ|triệu|tỷ|nghìn|ngàn|đồng|km|ha|m|tấn|giải|suất|phần|bộ|lượt|lần|%|tuổi|trên|hơn|gần|đến)$/u.test(first)) continue;
        add(nouns, words.slice(0, 2).join(' ').toLowerCase(), a.file, s);
      }
      for (const m of s.matchAll(new RegExp(`(?<![\\p{L}])năm\\s+(${LETTER}+(?:\\s${LETTER}+)?)`, 'giu'))) {
        if (knownNoun(m[1].split(/\s+/u))) add(five, `năm + ${knownNoun(m[1].split(/\s+/u))}`, a.file, s);
      }
      for (const m of s.matchAll(new RegExp(`${COUNT}\\s+lượt\\s+(${LETTER}+(?:\\s${LETTER}+)?)`, 'gu'))) add(luot, `N lượt ${m[1].toLowerCase()}`, a.file, s);
      for (const m of s.matchAll(CLASSES_LISTED)) add(classes, m[1] ? '"hạng X cho N …, hạng Y cho"' : 'two classes listed ("hạng X …, hạng Y")', a.file, s);
      for (const m of s.matchAll(COLON_HEADING)) add(colon, `commendation verb ":" counts ${m[1] ? 'that receive on their own' : 'of its own'}`, a.file, s);
      for (const m of s.matchAll(GROUP_RECEIVES)) add(receives, `cho N … ${m[1]} N … ${m[2].toLowerCase()}`, a.file, s);
      for (const m of s.matchAll(NUMBERED_GIVER)) add(numbered, `award của … ${m[1]} N`, a.file, s);
      for (const m of s.matchAll(ADVERB_BEFORE_GIVING)) add(adverbs, `${m[1].toLowerCase()} + ${m[2].toLowerCase()}`, a.file, s);
      if (/\d+\s+tập thể,? (?:và )?cá nhân[^.;]{0,20}(?:trong đó|\(gồm)/u.test(s)) add(breakdown, 'mixed count then trong đó / (gồm', a.file, s);
    }
    const lines = text.split(/\n/u);
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i].trim(), next = lines[i + 1].trim();
      if (CUE.test(line) && /(?:\bcho|:)\s*$/u.test(line) && new RegExp(`^(?:[-+•*]\\s*)?${COUNT}`, 'u').test(next)) add(lists, `award line ending "${line.match(/(cho:?|:)\s*$/u)[1]}", next line opens with a count`, a.file, `${line} ⏎ ${next}`);
      if (CUE.test(line) && /^[-+•]\s/u.test(next) && /:\s*$/u.test(line)) add(lists, 'award line ending ":", next line a dash item', a.file, `${line} ⏎ ${next}`);
      if (CUE.test(line) && /(?:^|[.\s])Ảnh:\s*[^\n]{1,40}$/u.test(line) && new RegExp(COUNT, 'u').test(line.replace(/Ảnh:.*$/u, ''))) add(captions, 'line closed by "Ảnh: …" with an award cue and a count', a.file, line);
    }
  }
  if (!only || only === 'recipient-nouns') show(`recipient-nouns (${set}): words after a count in an award-cue sentence that the recipient lexicons lack`, new Map([...nouns].filter(([, e]) => e.n >= (set === 'dev' ? 1 : 2))));
  if (!only || only === 'line-lists') show(`line-lists (${set})`, lists);
  if (!only || only === 'caption-repeat') show(`caption-repeat (${set})`, captions);
  if (!only || only === 'five') show(`five (${set})`, five);
  if (!only || only === 'luot') show(`luot (${set})`, luot);
  if (!only || only === 'breakdown') show(`breakdown (${set})`, breakdown);
  if (!only || only === 'numbered-giver') show(`numbered-giver (${set})`, numbered);
  if (!only || only === 'group-receives') show(`group-receives (${set})`, receives);
  if (!only || only === 'colon-heading') show(`colon-heading (${set})`, colon);
  if (!only || only === 'further-class') show(`further-class (${set})`, classes);
  if (!only || only === 'giver-adverbs') show(`giver-adverbs (${set})`, adverbs);
}
