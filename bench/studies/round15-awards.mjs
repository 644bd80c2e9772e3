// Round 15: the award kinds the four audit sets of unseen articles missed (/work/notes/FIX15-awards.md), counted in
// corpus/real, dev and the audit sets (/tmp/a1all … /tmp/a4all when there) by sentence:
//   shared-và      a second verb of giving or commendation after "và", right after counted recipients, with no subject of
//                  its own ("X đã trao A cho 11 cá nhân và tuyên dương 31 tập thể"), by that verb
//   named-persons  an award given "cho" (or "đối với") persons named with an honorific or rank ("cho bà Nguyễn Thị Dọc",
//                  "cho Đại tá A, … và Đại tá B, …"), by how many are named
//   honour-verbs   "biểu dương" and a count, by the recipient's kind and the word before the verb
//   prize-names    "Giải thưởng <Name>" with counted recipients in its sentence, by name
//   typo-recipient "N các nhân" (for "cá nhân"), not "các nhân viên/dân/…"
//   households     "N hộ …" counted after a verb of commendation or before a receiving, by the word after "hộ"
//   culture-title  "N hộ / gia đình đạt / được công nhận (danh hiệu) gia đình văn hóa", by verb and size of the count
//   occasion-giver "Hội nghị / Đại hội / Lễ (đã) khen thưởng|tặng|trao …" opening a clause
//   lower-name     an award word that needs a name, then lower-case words and "cho N" ("kỷ niệm chương các ngành xây
//                  dựng Đảng cho 11 cá nhân")
//   second-subject counted recipients "được … <award>", then ", <another subject> được (nhận) <award>" in the sentence
//   level-counts   "cấp tỉnh N cá nhân|hộ|nông dân, cấp huyện N …" counts per level
//   node bench/studies/round15-awards.mjs [--only FORM] [--examples N]
import { readReal, readDev, readFlags, sentencesOf, oneLine, builtCleaner, pooledAudits, Tally, tablePrinter } from './lib.mjs';

const flags = readFlags();
const only = flags.value('--only');
const examples = flags.number('--examples', 3);
const cleaner = await builtCleaner();
const show = tablePrinter({ only, top: 40 });
const audits = await pooledAudits(4);
const sets = [['corpus/real', readReal()], ['dev', readDev({ htmlText: cleaner })], ['audits', audits]];

const W = String.raw`[\p{L}\p{M}]`;
const COUNT = String.raw`(?<![\p{L}\p{N}.,/])\d{1,3}(?:\.\d{3})*(?![\p{N}/%])`;
const PERSONS = String.raw`(?:cá nhân|người|đồng chí|cán bộ|chiến sĩ|hội viên|đoàn viên|đảng viên|học sinh|sinh viên|nông dân|đại biểu|gương|điển hình|thanh niên|em)`;
const GROUPS = String.raw`(?:tập thể|đơn vị|địa phương|tỉnh|huyện|xã|tổ|doanh nghiệp|hộ|chi hội|cơ sở|trường)`;
const RECIPIENTS = String.raw`${COUNT}\s+(?:${PERSONS}|${GROUPS})`;
const VERB = String.raw`(?:trao tặng|trao|tặng|khen thưởng|tuyên dương|biểu dương|vinh danh|gắn)`;
const SHARED_VA = new RegExp(String.raw`${RECIPIENTS}${W}*(?:\s[\p{Ll}\p{M}]+){0,6}?\s+và\s+(?:đồng thời\s+)?(${VERB})\s+(?:cho\s+)?(?:${COUNT}|[\p{Lu}])`, 'gu');
const HONORIFIC = String.raw`(?:ông|bà|anh|chị|em|cháu|đồng chí|đ/c|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đại úy|Thượng úy|Trung úy|Thiếu úy|Thiếu tướng|Trung tướng|Đại tướng|Thượng tướng)`;
const NAME = String.raw`\p{Lu}${W}*(?:\s\p{Lu}${W}*){1,3}`;
const AWARD = String.raw`(?:Bằng khen|Giấy khen|Huân chương|Huy chương|Kỷ niệm chương|Huy hiệu|danh hiệu|Cờ thi đua)`;
const NAMED = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:tặng|trao|trao tặng|truy tặng|gắn|tặng thưởng)\s+(?:[^.;]{0,90}?)${AWARD}[^.;]{0,90}?\s(?:cho|đối với)\s+(${HONORIFIC}\s+${NAME}[^.;]{0,200})`, 'giu');
const HONOUR = new RegExp(String.raw`(?:^|(${W}+)\s+)(biểu dương)\s+(?:(?:cho|kịp thời)\s+)?(?:các\s+)?(${COUNT}|gần \d|hơn \d|trên \d|khoảng \d)\S*\s+(${W}+(?:\s${W}+)?)`, 'giu');
const PRIZE = new RegExp(String.raw`(?<![\p{L}\p{M}])[Gg]iải thưởng\s+((?:\p{Lu}${W}*\s?){1,5})[^.;]{0,80}?(?:cho\s+)?${RECIPIENTS}`, 'gu');
const TYPO = new RegExp(String.raw`${COUNT}\s+các nhân(?!\s+(?:viên|dân|tố|vật|khẩu|sự|lực))`, 'gu');
const HOUSEHOLDS = new RegExp(String.raw`(?:khen thưởng|tuyên dương|biểu dương|tặng|trao|cho)\s+(?:cho\s+)?(${COUNT})\s+hộ(\s${W}+)?`, 'giu');
const CULTURE = new RegExp(String.raw`(${COUNT})\s+(?:hộ|gia đình|hộ gia đình)\s+(đạt|được công nhận|được công nhận đạt|được công nhận là)\s+(?:danh hiệu\s+)?["“]?gia đình văn h[oó]a`, 'giu');
const OCCASION = new RegExp(String.raw`(?:^|[,;.]\s*|\s)(Hội nghị|Đại hội|Lễ|Buổi lễ|hội nghị|đại hội)\s+(?:cũng\s+|đã\s+|cũng đã\s+)?(${VERB})\s+(?:[^.;]{0,60}?)${COUNT}`, 'gu');
const LOWER_NAME = new RegExp(String.raw`(?<![\p{L}\p{M}])(kỷ niệm chương|huân chương|huy chương|huy hiệu)((?:\s[\p{Ll}\p{M}]+){1,6}(?:\s\p{Lu}${W}*)?)\s+cho\s+(?:${COUNT})`, 'giu');
const SECOND = new RegExp(String.raw`${RECIPIENTS}[^.;]{0,60}?được\s+(?:[^.;,]{0,30}?)${AWARD}[^.;]{0,60}?,\s+([^.;,]{2,50}?)\s+được\s+(?:nhận\s+)?(?:tặng\s+)?${AWARD}`, 'giu');
const LEVELS = new RegExp(String.raw`cấp (tỉnh|huyện|xã|Trung ương|cơ sở)\s+(?:là\s+)?(${COUNT})\s+(cá nhân|hộ|nông dân|tập thể)`, 'giu');

for (const [set, articles] of sets) {
  console.log(`\n# ${set}: ${articles.length} articles`);
  const [shared, named, honour, prizes, typo, households, culture, occasion, lowerName, second, levels] = Array.from({ length: 11 }, () => new Tally({ examples }));
  const add = (tally, key, file, text) => tally.add(key, oneLine(text).slice(0, 230), file);
  for (const a of articles) {
    for (const { text: raw } of sentencesOf(a.text.normalize('NFC')).sentences) {
      const s = raw.trim();
      for (const m of s.matchAll(SHARED_VA)) add(shared, `N recipients và ${m[1].toLowerCase()}`, a.file, s);
      for (const m of s.matchAll(NAMED)) {
        const persons = m[1].split(/\s+và\s+|,\s+/u).filter((p) => new RegExp(String.raw`^${HONORIFIC}\s+\p{Lu}`, 'u').test(p)).length;
        add(named, `cho ${persons === 1 ? 'one person' : `${persons} persons`} named`, a.file, s);
      }
      for (const m of s.matchAll(HONOUR)) {
        const noun = m[4].toLowerCase();
        const kind = new RegExp(`^${PERSONS}`, 'iu').test(noun) ? 'persons' : new RegExp(`^${GROUPS}`, 'iu').test(noun) ? 'groups' : `other (${noun})`;
        add(honour, `${(m[1] ?? '^').toLowerCase()} biểu dương N ${kind}`, a.file, s);
      }
      for (const m of s.matchAll(PRIZE)) add(prizes, `Giải thưởng ${m[1].trim().split(/\s+/u).slice(0, 3).join(' ')}`, a.file, s);
      for (const m of s.matchAll(TYPO)) add(typo, 'N các nhân', a.file, s);
      for (const m of s.matchAll(HOUSEHOLDS)) add(households, `N hộ${m[2] ? m[2].toLowerCase() : ''}`, a.file, s);
      for (const m of s.matchAll(CULTURE)) add(culture, `N hộ ${m[2]} gia đình văn hóa (${Number(m[1].replace(/\./gu, '')) >= 100 ? '≥ 100' : '< 100'})`, a.file, s);
      for (const m of s.matchAll(OCCASION)) add(occasion, `${m[1].toLowerCase()} ${m[2].toLowerCase()} … N`, a.file, s);
      for (const m of s.matchAll(LOWER_NAME)) add(lowerName, `${m[1].toLowerCase()} + lower-case words + cho N`, a.file, s);
      for (const m of s.matchAll(SECOND)) add(second, `N được <award>, ${/^tập thể/iu.test(m[1]) ? 'tập thể …' : 'X'} được <award>`, a.file, s);
      for (const m of s.matchAll(LEVELS)) add(levels, `cấp ${m[1].toLowerCase()} N ${m[3]}`, a.file, s);
    }
  }
  show('shared-và', `shared-và (${set})`, shared);
  show('named-persons', `named-persons (${set})`, named);
  show('honour-verbs', `honour-verbs (${set})`, honour);
  show('prize-names', `prize-names (${set})`, prizes);
  show('typo-recipient', `typo-recipient (${set})`, typo);
  show('households', `households (${set})`, households);
  show('culture-title', `culture-title (${set})`, culture);
  show('occasion-giver', `occasion-giver (${set})`, occasion);
  show('lower-name', `lower-name (${set})`, lowerName);
  show('second-subject', `second-subject (${set})`, second);
  show('level-counts', `level-counts (${set})`, levels);
}
