// Round 13: the award kinds an audit of 44 unseen articles found (/work/notes/FIX13-awards.md), counted in corpus/real,
// dev and the audit sets (/work/extra/{portal,army,reports}, when there) by sentence:
//   delegation     a sentence opening "Thừa ủy quyền (của) X," / "Được (sự) ủy quyền (của) X," / "Thay mặt X," with a
//                  verb of giving after it: whose giver is X, the principal, not the delegate named before the verb
//   bare-titles    an item of a list after ";" or "," that opens with an emulation title written bare ("tập thể lao động
//                  xuất sắc cho 16 tập thể", "LĐTT cho 36 tập thể", "Chiến sỹ thi đua cơ sở cho 34 cá nhân", "cờ thi đua
//                  của tỉnh cho 01 tập thể"), by title and by whether "cho" or the count follows
//   title-levels   "chiến sĩ/sỹ thi đua" followed by its level ("cấp cơ sở", "cấp tỉnh", "toàn quân", "cấp Bộ")
//   list-sentence  a sentence that opens with an award and its counts after "cho", with no verb, right after a sentence
//                  listing awards with semicolons ("…; bằng khen … cho 89 cá nhân, 7 tập thể. Bằng khen của Thủ tướng Chính
//                  phủ cho 7 cá nhân.")
//   class-digit    a class written with its digit after an order or medal ("Huân chương lao động hạng 3")
//   third-kind     a third recipient group after a pair of both kinds ("cho 11 tập thể, 6 cá nhân và 6 hộ gia đình")
//   bare-giver     an award noun followed straight by a body's capitalised name and "cho" ("bằng khen LĐLĐ thành phố cho
//                  08 tập thể"), no "của" between
//   word-count     a count written as a word before a recipient in an award sentence ("Một lãnh đạo … được … tặng",
//                  "hai tập thể …")
//   rate-titles    a title governed by a share or a rate ("98,5% … đạt danh hiệu thi đua", "Tỷ lệ hộ … được công nhận
//                  danh hiệu "Gia đình văn hóa"")
//   node bench/studies/awards-round13.mjs [--only FORM] [--examples N]
import fs from 'node:fs';
import path from 'node:path';
import { readReal, readDev, readFlags, sentencesOf, oneLine, builtCleaner, tallies } from './lib.mjs';

const flags = readFlags();
const only = flags.value('--only');
const examples = flags.number('--examples', 3);
const extraRoot = process.env.VNREPORT_EXTRA ?? '/work/extra';
const cleaner = await builtCleaner();

function readExtra() {
  if (!fs.existsSync(extraRoot)) return [];
  const out = [];
  for (const genre of ['portal', 'army', 'reports']) {
    const dir = path.join(extraRoot, genre);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => /^\d+\.(txt|html?)$/u.test(x)).sort()) {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
      out.push({ file: `${genre}/${f}`, text: (/\.html?$/u.test(f) ? cleaner(raw) : raw).normalize('NFC') });
    }
  }
  return out;
}

const sets = [['corpus/real', readReal()], ['dev', readDev({ htmlText: cleaner })], ['audit', readExtra()]];
const GIVING = /(?<![\p{L}\p{M}])(?:trao|tặng|gắn|khen thưởng|trao tặng)(?![\p{L}\p{M}])/u;
const AWARD = /bằng khen|giấy khen|huân chương|huy chương|khen thưởng|cờ thi đua|danh hiệu|kỷ niệm chương|huy hiệu|thư khen|bằng công nhận/iu;
const COUNT = String.raw`(?<![\p{L}\p{N}.,/])\d{1,3}(?:\.\d{3})*(?![\p{N}/%])`;
const DELEGATION = /(^|[,.:]\s*|[\p{Ll}\p{M}]\s)(thừa (?:ủy|uỷ) quyền|được sự (?:ủy|uỷ) quyền|thay mặt)\s+(?:của\s+)?([^,]{2,80}?)(,\s*|\s+)(.*)$/iu;
const TITLES = String.raw`(?:tập thể lao động xuất sắc|tập thể lao động tiên tiến|Tập thể LĐXS|Tập thể LĐTT|danh hiệu (?:Tập thể )?(?:LĐXS|LĐTT|CSTĐ)|lao động tiên tiến|lao động xuất sắc|LĐTT|LĐXS|CSTĐ(?: cơ sở| cấp cơ sở| cấp tỉnh)?|chiến s[ĩỹ] thi đua(?: cơ sở| cấp cơ sở| cấp tỉnh| toàn quân| cấp Bộ| cấp bộ)?|cờ thi đua|bằng khen|giấy khen)`;
const BARE_ITEM = new RegExp(String.raw`([;,]|và)\s+(${TITLES})(\s+(?:của\s+)?[^;,.]{0,40}?)?\s+(cho\s+)?(${COUNT})\s`, 'giu');
const LEVELS = /chiến s[ĩỹ] thi đua\s+(cấp cơ sở|cơ sở|cấp tỉnh|cấp thành phố|toàn quân|cấp Bộ|cấp bộ|toàn quốc|cấp ngành|cấp huyện)/giu;
const LIST_SENTENCE = new RegExp(String.raw`^(?:bằng khen|giấy khen|cờ thi đua|danh hiệu|huân chương|${TITLES})[^.;]{0,60}?\scho\s+${COUNT}\s`, 'iu');
const CLASS_DIGIT = /(huân chương|huy chương)[^.;,]{0,40}?hạng\s+([1-3]|I{1,3})(?![\p{L}\p{N}])/giu;
const THIRD = new RegExp(String.raw`${COUNT}\s+tập thể,?\s+${COUNT}\s+cá nhân,?\s+và\s+${COUNT}\s+([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})`, 'giu');
const BARE_GIVER = /(bằng khen|giấy khen|cờ thi đua)\s+((?:\p{Lu}[\p{L}\p{M}&]*\s?){1,5}(?:[\p{Ll}\p{M}]+\s){0,2})cho\s+\d/gu;
const WORDS = /(?<![\p{L}\p{M}])(Một|một|hai|Hai|ba|Ba|bốn|năm|mười)\s+(lãnh đạo|cán bộ|chiến sĩ|chiến sỹ|đồng chí|tập thể|cá nhân|đơn vị|người)(?![\p{L}\p{M}])/gu;
const RATE_TITLE = /(\d+(?:,\d+)?\s?%|[Tt]ỷ lệ)[^.;]{0,80}?(đạt|được công nhận|công nhận)\s+(danh hiệu\s+(?:thi đua|["“]?\p{Lu}[^.;,"”]{0,40}["”]?))/gu;

/** One tally per form, each example the sentence with its file. */
const add = (tally, key, file, text) => tally.add(key, `${file}: ${oneLine(text).slice(0, 200)}`, file);

for (const [set, articles] of sets) {
  console.log(`\n# ${set}: ${articles.length} articles`);
  const [listSentence, classDigit, delegation, bare, levels, third, bareGiver, words, rates] = tallies({ examples });
  for (const a of articles) {
    const text = a.text.normalize('NFC');
    let previous = '';
    for (const { text: raw } of sentencesOf(text).sentences) {
      const s = raw.trim();
      const before = previous;
      previous = s;
      if (LIST_SENTENCE.test(s) && !GIVING.test(s)) add(listSentence, `award … cho N, no verb, ${/;[^;]*(?:bằng khen|giấy khen|cờ thi đua|danh hiệu|LĐTT|LĐXS|lao động)/iu.test(before) ? 'after a list with semicolons' : 'no list before'}`, a.file, `${before.slice(-80)} ⏎ ${s}`);
      for (const m of s.matchAll(CLASS_DIGIT)) add(classDigit, `${m[1].toLowerCase()} … hạng ${m[2]}`, a.file, s);
      const d = DELEGATION.exec(s);
      if (d && (!/thay mặt/iu.test(d[2]) || GIVING.test(d[5]))) {
        const form = d[2].toLowerCase().replace("uỷ", "ủy");
        const where = d[1] === '' ? 'opens the sentence' : /[,.:]/u.test(d[1]) ? 'opens a clause' : 'after the delegate';
        const after = AWARD.test(d[5]) && GIVING.test(d[5]) ? 'an award given after' : GIVING.test(d[5]) ? 'giving, no award word' : 'no giving';
        add(delegation, `${form} X (${where}; ${after})`, a.file, s);
      }
      if (!AWARD.test(s) && !/LĐTT|LĐXS|CSTĐ|thi đua/u.test(s)) continue;
      for (const m of s.matchAll(BARE_ITEM)) {
        const title = m[2].toLowerCase().replace(/^danh hiệu /u, '');
        const kind = /^(?:bằng khen|giấy khen|cờ thi đua)$/u.test(title) ? 'plain award' : 'bare title';
        add(bare, `${kind} after "${m[1]}" ${m[4] ? 'then cho N' : 'then N'}${m[3] ? ' (words between)' : ''}: ${title}`, a.file, s);
      }
      for (const m of s.matchAll(LEVELS)) add(levels, `chiến sĩ thi đua ${m[1].toLowerCase()}`, a.file, s);
      for (const m of s.matchAll(THIRD)) add(third, `N tập thể, N cá nhân và N ${m[1].split(' ').slice(0, 2).join(' ').toLowerCase()}`, a.file, s);
      for (const m of s.matchAll(BARE_GIVER)) add(bareGiver, `${m[1].toLowerCase()} + capitalised body + cho N`, a.file, s);
      if (AWARD.test(s)) for (const m of s.matchAll(WORDS)) add(words, `${m[1].toLowerCase()} ${m[2]}`, a.file, s);
      for (const m of s.matchAll(RATE_TITLE)) add(rates, `${/%/u.test(m[1]) ? 'N%' : 'tỷ lệ'} … ${m[2]} ${/thi đua$/u.test(m[3]) ? 'danh hiệu thi đua' : 'danh hiệu <name>'}`, a.file, s);
    }
  }
  if (!only || only === 'delegation') delegation.print(`delegation (${set})`);
  if (!only || only === 'bare-titles') bare.print(`bare-titles (${set})`);
  if (!only || only === 'title-levels') levels.print(`title-levels (${set})`);
  if (!only || only === 'list-sentence') listSentence.print(`list-sentence (${set})`);
  if (!only || only === 'class-digit') classDigit.print(`class-digit (${set})`);
  if (!only || only === 'third-kind') third.print(`third-kind (${set})`);
  if (!only || only === 'bare-giver') bareGiver.print(`bare-giver (${set})`);
  if (!only || only === 'word-count') words.print(`word-count (${set})`);
  if (!only || only === 'rate-titles') rates.print(`rate-titles (${set})`);
}
