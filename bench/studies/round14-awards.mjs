// Round 14: the award kinds the second and third audit sets of unseen articles missed (/work/notes/FIX14-awards.md),
// counted in corpus/real, dev and the audit sets (/work/extra/{portal,army,reports}, /tmp/a2all, /tmp/a3all when there)
// by sentence:
//   counted-word   an award word that needs a name, counted after a verb of giving or "gồm": "trao 182 kỷ niệm chương
//                  cho các cán bộ", "gồm: 9 Huân chương Độc lập hạng Ba, 3 Huân chương …"
//   named-prize    "Giải thưởng <Capitalised name>" by its name, with whether the sentence counts recipients
//   forms-of       "(các) hình thức khen thưởng (của X) cho N …"
//   caption-place  a photo caption's position in brackets ("(giữa)", "(bên trái)", "(thứ 2 từ phải sang)") in a sentence
//                  with a verb of giving
//   council-giver  "Hội đồng thi đua(,) khen thưởng <unit> (ra) Quyết định tặng …"
//   lower-body     a giver opening with lower-case "ủy ban"/"uỷ ban" or a unit and its name ("huyện Hưng Hà") before a
//                  verb of giving or commendation
//   honour-verbs   "tuyên dương|vinh danh|biểu dương" + a count, by the word before the verb
//   title-approx   an award in the headline with an approximate count ("gần 200", "hơn 100") and the same award word
//                  counted otherwise in the body
//   quoted-list    a quoted title followed by "cho N" after ":" or ";" ("… cụ thể: "Sinh viên 5 tốt" cho 19 sinh viên")
//   node bench/studies/round14-awards.mjs [--only FORM] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { readReal, readDev, readFlags, sentencesOf, oneLine, builtCleaner, Tally, tablePrinter } from './lib.mjs';

const flags = readFlags();
const only = flags.value('--only');
const examples = flags.number('--examples', 3);
const cleaner = await builtCleaner();
const show = tablePrinter({ only, top: 40 });

function readFolder(dir, prefix, pattern) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((x) => pattern.test(x)).sort().map((f) => {
    const raw = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
    return { file: `${prefix}${f}`, text: (/\.html?$/u.test(f) ? cleaner(raw) : raw).normalize('NFC') };
  });
}
const extraRoot = process.env.VNREPORT_EXTRA ?? '/work/extra';
const audits = [
  ...['portal', 'army', 'reports'].flatMap((g) => readFolder(path.join(extraRoot, g), `audit1/${g}/`, /^\d+\.(txt|html?)$/u)),
  ...readFolder('/tmp/a2all', 'audit2/', /^[a-z]+-\d+\.(txt|html?)$/u),
  ...readFolder('/tmp/a3all', 'audit3/', /^[a-z]+-\d+\.(txt|html?)$/u),
];
const sets = [['corpus/real', readReal()], ['dev', readDev({ htmlText: cleaner })], ['audits', audits]];

const GIVING = /(?<![\p{L}\p{M}])(?:trao|tặng|gắn|khen thưởng|trao tặng|công nhận)(?![\p{L}\p{M}])/iu;
const COUNT = String.raw`(?<![\p{L}\p{N}.,/])\d{1,3}(?:\.\d{3})*(?![\p{N}/%])`;
const AWARD_WORD = String.raw`(?:kỷ niệm chương|huân chương|huy chương|huy hiệu|bằng khen|giấy khen|danh hiệu|cờ thi đua)`;
const COUNTED_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(trao tặng|trao|tặng|truy tặng|gắn|công nhận|gồm:?|,|và)\s+(${COUNT})\s+(${AWARD_WORD})(\s+\S+)?`, 'giu');
const NAMED_PRIZE = /(?<![\p{L}\p{M}])[Gg]iải thưởng\s+((?:\p{Lu}[\p{L}\p{M}]*\s?){1,5})/gu;
const RECIPIENTS = new RegExp(String.raw`${COUNT}\s+(?:cán bộ|cá nhân|tập thể|đồng chí|người|sinh viên|học sinh|đoàn viên|thanh niên|giáo viên|nhà giáo|công nhân|doanh nghiệp|đơn vị)`, 'iu');
const FORMS_OF = /hình thức khen thưởng([^.;]{0,60}?)\s(cho\s+(?:\d|các)|\d)/giu;
const CAPTION_PLACE = /\((?:giữa|ở giữa|bên trái|bên phải|trái|phải|thứ \S+ từ (?:trái|phải)(?: sang)?|đứng giữa|hàng đầu[^)]*)\)/giu;
const COUNCIL = /Hội đồng thi đua,? khen thưởng\s+([^.,;]{0,40}?)\s(ra\s+|đã\s+|vừa\s+)?([Qq]uyết định|tặng|trao|khen thưởng)/gu;
const LOWER_BODY = /(?:^|[,;:.]\s*|\s)((?:ủy|uỷ) ban(?: \S+){1,6}|(?:huyện|tỉnh|xã|quận|phường|thị xã|thành phố)\s(?:\p{Lu}[\p{L}\p{M}]*\s?){1,3})\s*(?:đã\s+|vừa\s+|cũng\s+)?(tặng|trao tặng|trao|khen thưởng)\s/gu;
const HONOUR = new RegExp(String.raw`(?:^|(\S+)\s+)(tuyên dương|vinh danh|biểu dương)\s+(?:(?:cho|kịp thời)\s+)?(?:các\s+)?(${COUNT}|gần \d|hơn \d|trên \d)`, 'giu');
const QUOTED_LIST = new RegExp(String.raw`[:;]\s*["“]([^"”]{3,40})["”]\s+cho\s+(${COUNT})\s+(\S+)`, 'gu');
const APPROX = new RegExp(String.raw`(gần|hơn|khoảng|trên|gần\s+\d)\s+${COUNT}`, 'iu');

for (const [set, articles] of sets) {
  console.log(`\n# ${set}: ${articles.length} articles`);
  const [counted, prizes, formsOf, caption, council, lower, honour, approx, quoted] = Array.from({ length: 9 }, () => new Tally({ examples }));
  const add = (tally, key, file, text) => tally.add(key, oneLine(text).slice(0, 220), file);
  for (const a of articles) {
    const text = a.text.normalize('NFC');
    // the headline: the first line with an award word among the first three that are not empty ("Quảng Bình:" may open)
    const firstLine = text.trim().split('\n').filter((l) => l.trim()).slice(0, 3).find((l) => l.length < 160 && new RegExp(AWARD_WORD, 'iu').test(l)) ?? '';
    const head = new RegExp(String.raw`(gần|hơn|khoảng|trên)\s+(${COUNT})\s+[^.]{0,60}?`, 'iu').exec(firstLine);
    if (head && new RegExp(AWARD_WORD, 'iu').test(firstLine)) {
      const word = new RegExp(AWARD_WORD, 'iu').exec(firstLine)[0].toLowerCase();
      const body = text.slice(text.indexOf(firstLine) + firstLine.length);
      const again = new RegExp(String.raw`(${COUNT})\s+(?:${word})|${word}[^.;]{0,80}?cho\s+(?:gần |hơn )?(${COUNT})`, 'iu').exec(body);
      add(approx, `headline "${head[1].toLowerCase()} N" + ${word}; body ${again ? ((again[1] ?? again[2]) === head[2] ? 'same count' : 'another count') : 'no count of it'}`, a.file, `${firstLine} ⏎ ${again ? body.slice(Math.max(0, again.index - 60), again.index + 80) : ''}`);
    }
    for (const { text: raw } of sentencesOf(text).sentences) {
      const s = raw.trim();
      for (const m of s.matchAll(COUNTED_WORD)) {
        const w = m[3].toLowerCase();
        const needs = /^(?:kỷ niệm chương|huân chương|huy chương|huy hiệu|danh hiệu)$/u.test(w);
        const named = m[4] && /^\s*(?:\p{Lu}|["“])/u.test(m[4]);
        if (/,|và/u.test(m[1]) && !/gồm/iu.test(s)) continue;
        add(counted, `${m[1].toLowerCase().replace(/:$/u, '')} N ${w}${needs ? (named ? ' <name>' : ' (no name)') : ''}`, a.file, s);
      }
      for (const m of s.matchAll(NAMED_PRIZE)) {
        const name = m[1].trim().split(/\s+/u).slice(0, 3).join(' ');
        add(prizes, `Giải thưởng ${name}${RECIPIENTS.test(s) ? ' (counted recipients in sentence)' : ''}`, a.file, s);
      }
      for (const m of s.matchAll(FORMS_OF)) add(formsOf, `hình thức khen thưởng …${/của/u.test(m[1]) ? ' của X' : ''} ${m[2].startsWith('cho') ? 'cho' : 'N'}`, a.file, s);
      if (GIVING.test(s)) for (const m of s.matchAll(CAPTION_PLACE)) add(caption, m[0].toLowerCase(), a.file, s);
      for (const m of s.matchAll(COUNCIL)) add(council, `Hội đồng thi đua khen thưởng … ${m[2] ? m[2].trim() + ' ' : ''}${m[3].toLowerCase()}`, a.file, s);
      for (const m of s.matchAll(LOWER_BODY)) {
        if (/^(?:ủy|uỷ) ban nhân dân/iu.test(m[1])) continue;
        add(lower, `${/^(?:ủy|uỷ)/u.test(m[1]) ? 'ủy ban …' : m[1].split(' ')[0] + ' <Name>'} ${m[2]}${new RegExp(COUNT).test(s.slice(m.index)) ? ' (count after)' : ''}`, a.file, s);
      }
      for (const m of s.matchAll(HONOUR)) add(honour, `${(m[1] ?? '^').toLowerCase()} ${m[2].toLowerCase()} N`, a.file, s);
      for (const m of s.matchAll(QUOTED_LIST)) add(quoted, `"title" cho N ${m[3]}`, a.file, s);
    }
  }
  show('counted-word', `counted-word (${set})`, counted);
  show('named-prize', `named-prize (${set})`, prizes);
  show('forms-of', `forms-of (${set})`, formsOf);
  show('caption-place', `caption-place (${set})`, caption);
  show('council-giver', `council-giver (${set})`, council);
  show('lower-body', `lower-body (${set})`, lower);
  show('honour-verbs', `honour-verbs (${set})`, honour);
  show('title-approx', `title-approx (${set})`, approx);
  show('quoted-list', `quoted-list (${set})`, quoted);
}
