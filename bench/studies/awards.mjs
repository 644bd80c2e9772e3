#!/usr/bin/env node
// Corpus study: how real Vietnamese news text phrases award statements (ANNOTATION.md "awards").
// Counts award nouns, giving verbs, the order giver / verb / count / award / "cho" / recipients, giver forms,
// recipient nouns and count spellings, and the look-alikes (contest prizes, gifts, money, numbers inside names).
//   node bench/studies/awards.mjs [--set real|dev|both] [--examples N] [--top N] [--min N] [--only SECTION]
import { TITLE_CASE, Tally, alternation, bounded, caseless, filledSnippet, header, lexicon, lexiconStrings, loadCorpus, parseOptions, sentencesOf, tablePrinter } from './lib.mjs';

const options = parseOptions();
const articles = loadCorpus(options.set, options.file);
const lexCollectives = lexiconStrings('COLLECTIVE_NOUNS');
const lexIndividuals = lexiconStrings('INDIVIDUAL_NOUNS');

// ---- vocabulary of the study (what we look for, not what the extractor knows) ----

/** Award noun families: name → pattern. Matched case-insensitively; the surface form is tallied too. */
const AWARD_NOUNS = [
  ['Giấy khen', 'giấy\\s+khen'],
  ['Bằng khen', 'bằng\\s+khen'],
  ['Cờ thi đua', 'cờ\\s+thi\\s+đua'],
  ['Huân chương', 'huân\\s+chương'],
  ['Huy chương', 'huy\\s+chương'],
  ['Kỷ niệm chương', 'k[ỷỉ]\\s+niệm\\s+chương'],
  ['danh hiệu', 'danh\\s+hiệu'],
  ['thư khen', 'thư\\s+khen'],
  ['Huy hiệu Đảng', 'huy\\s+hiệu\\s+(?:\\d+\\s+năm\\s+tuổi\\s+)?đảng'],
  ['Huy hiệu (other)', 'huy\\s+hiệu(?!\\s+quả)'],
  ['Bằng công nhận / Bằng LĐST', 'bằng\\s+(?:công\\s+nhận|lao\\s+động\\s+sáng\\s+tạo)'],
  ['Chiến sĩ thi đua', 'chiến\\s+s[ĩỹ]\\s+thi\\s+đua'],
  ['Giấy/Bằng chứng nhận', '(?:giấy|bằng)\\s+chứng\\s+nhận'],
  ['Giải thưởng HCM / Nhà nước', 'giải\\s+thưởng\\s+(?:hồ\\s+chí\\s+minh|nhà\\s+nước)'],
];
/** Commendation verbs that are themselves the award when counts follow ("khen thưởng 7 tập thể"). */
const AWARD_VERB_NOUNS = [
  ['khen thưởng', 'khen\\s+thưởng'],
  ['tuyên dương', 'tuyên\\s+dương'],
  ['biểu dương', 'biểu\\s+dương'],
  ['khen tặng', 'khen\\s+tặng'],
  ['vinh danh', 'vinh\\s+danh'],
];
const ALL_ANCHORS = [...AWARD_NOUNS, ...AWARD_VERB_NOUNS];
const ANCHOR_RE = new RegExp(ALL_ANCHORS.map(([name, p], i) => `(?<a${i}>${bounded(p)})`).join('|'), 'giu');

const GIVE_VERBS = [
  'quyết định trao tặng', 'quyết định tặng thưởng', 'quyết định tặng', 'quyết định khen thưởng', 'ký quyết định tặng',
  'trao tặng', 'tặng thưởng', 'truy tặng', 'phong tặng', 'khen tặng', 'trao thưởng', 'tặng', 'trao',
];
const RECEIVE_VERBS = ['đón nhận', 'nhận', 'đạt', 'giành', 'được công nhận'];

const COLLECTIVE_WORDS = [
  ...lexCollectives, 'tổ chức', 'doanh nghiệp', 'trường học', 'nhà trường', 'khối', 'trung đoàn', 'đồn', 'trạm',
  'chi hội', 'công đoàn cơ sở', 'công đoàn', 'tiết mục', 'đoàn', 'bệnh viện', 'đội tuyển',
];
const INDIVIDUAL_WORDS = [
  ...lexIndividuals, 'chủ trang trại', 'gương điển hình', 'tài xế', 'công an viên', 'đội viên', 'trẻ', 'cháu',
  'thiếu nhi', 'vận động viên', 'VĐV', 'bệnh nhân', 'đại biểu', 'sĩ quan', 'hạ sĩ quan', 'ngư dân', 'người dân',
  'hộ viên', 'cán bộ công chức', 'CBCNV', 'lãnh đạo', 'cựu giáo chức', 'y sĩ', 'bác sỹ', 'nghệ sĩ', 'tình nguyện viên',
  'doanh nhân', 'trí thức', 'nhà khoa học', 'đảng viên', 'chị', 'anh', 'gia đình',
];
const RECIPIENT_RE = new RegExp(`^(?:${alternation([...COLLECTIVE_WORDS, ...INDIVIDUAL_WORDS])})(?![\\p{L}\\p{M}])`, 'iu');
const isCollective = (noun) => COLLECTIVE_WORDS.some((w) => w.toLowerCase() === noun.toLowerCase());
const MIXED_RE = /^(?:tập\s+thể|tổ\s+chức|đơn\s+vị|doanh\s+nghiệp|tổ\s+chức,\s+doanh\s+nghiệp)\s*(?:,|và|-|–|\/)\s*(?:các\s+)?(?:cá\s+nhân|hộ\s+gia\s+đình)/iu;

// "năm" (year/five) and "tư" are left out: "từ năm lớp 1" is no count
const NUMBER_WORDS = 'một|hai|ba|bốn|sáu|bảy|bẩy|tám|chín|mười|mươi|mốt|lăm|trăm|nghìn|ngàn|chục';
const DIGITS = '\\d+\\/\\d+|\\d{1,3}(?:\\.\\d{3})+|\\d+';
const COUNT_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.,/])(?:(?<prefix>hơn|trên|gần|khoảng|gồm|tổng\\s+số|tổng\\s+cộng|tổng\\s+cộng\\s+có)\\s+)?` +
    `(?<num>${DIGITS}|(?!một\\s+(?!trăm|nghìn|ngàn))(?:(?:${NUMBER_WORDS})\\s+)*(?:${NUMBER_WORDS}))\\s+(?<noun>[\\p{L}\\p{M}]+(?:,?\\s+[\\p{L}\\p{M}]+){0,5})`,
  'giu',
);

/** Awarding persons and bodies: a head word, then the body's name (capitalised words, abbreviations, unit words). */
const GIVER_HEADS = [
  'Chủ tịch nước', 'Chủ tịch UBND', 'Chủ tịch HĐND', 'Chủ tịch Ủy ban nhân dân', 'Chủ tịch', 'Phó Chủ tịch',
  'Thủ tướng Chính phủ', 'Thủ tướng', 'Phó Thủ tướng', 'Bộ trưởng', 'Thứ trưởng', 'Giám đốc', 'Phó Giám đốc',
  'Tổng Giám đốc', 'Cục trưởng', 'Tổng cục trưởng', 'Tư lệnh', 'Chỉ huy trưởng', 'Hiệu trưởng', 'Bí thư',
  'UBND', 'UBMTTQ', 'HĐND', 'Ủy ban nhân dân', 'Ủy ban MTTQ', 'Uỷ ban nhân dân', 'Huyện ủy', 'Huyện uỷ', 'Huyên ủy',
  'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Quận ủy', 'Thị ủy', 'Đảng ủy', 'Đảng uỷ', 'Ban Thường vụ', 'BTV',
  'BCH', 'Ban Chấp hành', 'Ban Chỉ huy', 'Ban CHQS', 'Bộ CHQS', 'Bộ Tư lệnh', 'BTL', 'Quân khu', 'Quân ủy',
  'Chính phủ', 'Nhà nước', 'Đảng, Nhà nước', 'Đảng và Nhà nước', 'Quốc hội', 'Trung ương', 'T.Ư', 'TƯ', 'TW',
  'Bộ', 'Tổng cục', 'Cục', 'Sở', 'Phòng', 'Công an', 'CATP', 'CA', 'LĐLĐ', 'Tổng LĐLĐ', 'Liên đoàn Lao động',
  'Tổng Liên đoàn', 'Công đoàn', 'Hội', 'Trung ương Hội', 'Thành đoàn', 'Tỉnh đoàn', 'Huyện đoàn', 'Quận đoàn',
  'Trung ương Đoàn', 'Đoàn', 'Ban tổ chức', 'Ban Tổ chức', 'BTC', 'Hội đồng', 'Ban chỉ đạo', 'Ban Chỉ đạo', 'BCĐ',
  'MTTQ', 'Mặt trận', 'các cấp', 'cấp trên', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Viện', 'Trường', 'Học viện',
  'Đại học', 'UNESCO', 'UBND tỉnh', 'UBND huyện', 'UBND thành phố', 'UBND TP', 'tỉnh', 'huyện', 'thành phố', 'TP',
  'huyện ủy', 'huyện uỷ', 'huyện đoàn', 'tỉnh đoàn', 'thành đoàn', 'ban tổ chức', 'nhà trường', 'lãnh đạo',
];
// Body names capitalise their first syllable only ("Bộ Tài chính", "Sở Giáo dục và Đào tạo"): up to two lower-case
// syllables may follow a capitalised one, unless they are the verb or a function word.
const GIVER_STOP =
  'tặng|trao|đã|vừa|khen|cho|của|được|nhận|tuyên|biểu|vinh|sẽ|cũng|quyết|ký|có|là|tại|về|với|trong|đến|tới|và|thưởng|truy|phong|dự|tổ|thay|nhân|vì|ghi|đánh|chúc|cùng|đồng|xét|công|trình|phối';
const GIVER_CONT =
  `(?:\\s+(?:[A-ZĐ][A-ZĐ&.\\-]+|${TITLE_CASE}(?:\\s+(?!(?:${GIVER_STOP})(?![\\p{L}\\p{M}]))[\\p{Ll}\\p{M}]+){0,2}|tỉnh|huyện|thành\\s+phố|quận|xã|phường|thị\\s+xã|thị\\s+trấn|` +
  `nhân\\s+dân|và\\s+(?=\\p{Lu})|\\((?=\\p{Lu})|\\)))*`;
const GIVER_RE = new RegExp(`${bounded(alternation(GIVER_HEADS))}${GIVER_CONT}`, 'gu');

// ---- tagging a statement window into a sequence: G giver, V give, R receive, A award, K commend-verb, N count, P được, o cho, f của ----

const RECIPIENT_ALT = `(?:tập\\s+thể|tổ\\s+chức|đơn\\s+vị|doanh\\s+nghiệp)\\s*(?:,|và|-|–|/)\\s*(?:các\\s+)?(?:cá\\s+nhân|hộ\\s+gia\\s+đình)|${alternation([...COLLECTIVE_WORDS, ...INDIVIDUAL_WORDS])}`;
const TOKEN_RE = new RegExp(
  [
    `(?<A>${caseless(AWARD_NOUNS.map(([, p]) => bounded(p)).join('|'))})`,
    `(?<K>${caseless(AWARD_VERB_NOUNS.filter(([name]) => name !== 'khen tặng').map(([, p]) => bounded(p)).join('|'))})`,
    `(?<V>${caseless(bounded(alternation(GIVE_VERBS)))})`,
    `(?<R>${caseless(bounded(alternation(RECEIVE_VERBS)))})`,
    `(?<N>(?<![\\p{L}\\p{M}\\p{N}.,/])(?:${caseless('(?:hơn|trên|gần|khoảng|gồm|tổng\\s+số|tổng\\s+cộng)')}\\s+)?` +
      `(?:${DIGITS}|(?!một\\s+(?!trăm|nghìn|ngàn))(?:(?:${NUMBER_WORDS})\\s+)*(?:${NUMBER_WORDS}))\\s+` +
      `(?<rnoun>${caseless(RECIPIENT_ALT)})(?![\\p{L}\\p{M}]))`,
    `(?<G>${GIVER_RE.source})`,
    `(?<P>${caseless(bounded('được|vinh\\s+dự\\s+được'))})`,
    `(?<o>${caseless(bounded('cho'))})`,
    `(?<f>${caseless(bounded('của'))})`,
  ].join('|'),
  'gu',
);

function countClass(noun) {
  if (MIXED_RE.test(noun)) return 'M';
  const m = RECIPIENT_RE.exec(noun);
  if (!m) return null;
  return isCollective(m[0]) ? 'C' : 'I';
}

/** "một trong 50 doanh nghiệp", "top 10 công ty", a year before a noun ("1996 - 2012 chị Đào Thị Thiện"). */
const NUMBERED_NOUN_BEFORE = new RegExp(
  `(?:trong|trong\\s+số|top|Top|TOP|${alternation([
    'lớp', 'khóa', 'khoá', 'đợt', 'số', 'kỳ', 'thứ', 'hạng', 'Quân khu', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn',
    'Quân đoàn', 'Đại đội', 'Tổng công ty', 'Công ty', 'tàu', 'Vùng', 'Hải đội', 'Đồn', 'Trạm', 'thôn', 'Thôn', 'ấp', 'Ấp',
    'khu phố', 'Khu phố', 'tổ', 'Tổ', 'Đội', 'xóm', 'Xóm', 'phường', 'Phường', 'Quận', 'quận', 'đường', 'Đường', 'Nhà máy',
  ])})\\s*$`,
  'u',
);
function notACount(text, index, matched) {
  // "một trong 50 doanh nghiệp", "Quân đoàn 4 tổ chức", "lớp 9 em"
  if (NUMBERED_NOUN_BEFORE.test(text.slice(Math.max(0, index - 16), index))) return true;
  return /^(?:19|20)\d\d\s/u.test(matched);
}

/** The tags of a window, in order, with runs of coordinated awards and counts merged. */
function tagWindow(text) {
  const tags = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const kind = Object.entries(m.groups).find(([k, v]) => v !== undefined && k.length === 1)?.[0];
    if (!kind) continue;
    let code = kind;
    if (kind === 'N') {
      const cls = countClass(m.groups.rnoun);
      if (!cls) continue; // a number with some other noun: money, years, percentages
      if (notACount(text, m.index, m[0])) continue;
      code = cls;
    }
    if (kind === 'G' && /^(?:tỉnh|huyện|thành\s+phố|TP|lãnh\s+đạo)$/iu.test(m[0])) continue;
    tags.push({ code, text: m[0], index: m.index });
  }
  const merged = [];
  for (const tag of tags) {
    const prev = merged[merged.length - 1];
    const gap = prev ? text.slice(prev.index + prev.text.length, tag.index) : '';
    const joinable = /^\s*(?:,|và|,\s*và|-|–)?\s*$/u.test(gap);
    if (prev && joinable && prev.code === 'A' && tag.code === 'A') prev.text += gap + tag.text;
    else if (prev && joinable && /^[CIM,]+$/.test(prev.code) && /^[CIM]$/.test(tag.code)) prev.code += ',' + tag.code;
    else if (prev && prev.code === 'G' && tag.code === 'G' && /^\s*(?:và|,)?\s*$/u.test(gap)) prev.text += gap + tag.text;
    else if (prev && prev.code === 'V' && tag.code === 'V' && /^\s*$/u.test(gap)) prev.text += gap + tag.text;
    else merged.push({ ...tag });
  }
  return merged.filter((t, i) => t.code !== 'f' || merged[i + 1]?.code === 'G');
}

const SIGN = { G: 'giver', V: 'verb', R: 'receive', A: 'AWARD', K: 'commend', P: 'được', o: 'cho', f: 'của' };
const signature = (tags) =>
  tags
    .map((t) => (/^[CIM,]+$/.test(t.code) ? `N[${t.code}]` : SIGN[t.code]))
    .join(' ');

/**
 * Coarse phrasing of a statement from its tag string (letters as in tagWindow, counts as C/I/M lists written N).
 * Checked in order; the first that matches names the phrasing.
 */
const PHRASINGS = [
  ['N được giver verb AWARD (count first, passive)', /N (?:[Ro] )?P G V A/],
  ['N được verb AWARD (count first, passive, no giver)', /N (?:[Ro] )?P V A/],
  ['giver verb AWARD (của giver)? cho N', /(?:G )?V (?:[PR] )?A (?:f G )?o N/],
  ['verb N AWARD (cho …)', /V N A/],
  ['giver verb AWARD N, no "cho" ("tặng bằng khen, tuyên dương 31 chủ trang trại")', /V A (?:K )?N/],
  ['list continuation: AWARD cho N (giver and verb of the previous statement)', /^A (?:f G )?o N/],
  ['giver? commend N (khen thưởng/tuyên dương 7 tập thể)', /K (?:o )?N/],
  ['N được (giver) commend', /N P (?:G )?K/],
  ['AWARD của giver cho N (no verb)', /A f G o N/],
  ['N nhận/đạt AWARD', /N (?:P )?R A/],
  ['được (giver) verb/nhận AWARD, no count', /P (?:G )?[VR] A/],
  ['giver verb AWARD cho <named recipient>, no count', /(?:G )?V A (?:f G )?o/],
  ['giver verb AWARD, nothing after', /G V A/],
  ['other / count elsewhere', /N(?!.*[AK])/],
  ['other, no count', /[AK]/],
];

function phrasingOf(tags) {
  const code = tags
    .map((t) => (/^[CIM,]+$/.test(t.code) ? 'N' : t.code))
    .join(' ')
    .replace(/G(?: G)+/g, 'G');
  // the phrasing that starts earliest in the window; on a tie, the first listed
  // phrasings with a count compete first, then those without; the fallbacks last
  for (const group of [PHRASINGS.slice(0, -2).filter(([, re]) => re.source.includes('N')), PHRASINGS.slice(0, -2).filter(([, re]) => !re.source.includes('N'))]) {
    let best = null;
    for (const [name, re] of group) {
      const m = re.exec(code);
      if (m && (best === null || m.index < best.index)) best = { name, index: m.index };
    }
    if (best) return best.name;
  }
  for (const [name, re] of PHRASINGS.slice(-2)) if (re.test(code)) return name;
  return 'bare award noun';
}

// ---- classifying each anchor occurrence ----

const DANH_HIEU_BUCKETS = [
  ['emulation: Chiến sĩ thi đua / Lao động tiên tiến / tập thể LĐ xuất sắc', /^[“"]?(?:chiến\s+s[ĩỹ]|lao\s+động\s+(?:tiên|xuất)|tập\s+thể\s+lao\s+động|đơn\s+vị\s+(?:tiên|quyết)|LĐTT|CSTĐ|thi\s+đua)/iu],
  ['Anh hùng (LLVT, Lao động), Bà mẹ VN anh hùng', /^[“"]?(?:anh\s+hùng|bà\s+mẹ)/iu],
  ['Nghệ sĩ / Nhà giáo / Thầy thuốc nhân dân, ưu tú', /^[“"]?(?:nghệ\s+sĩ|nhà\s+giáo|thầy\s+thuốc|NSND|NSƯT|nghệ\s+nhân)/iu],
  ['văn hóa (gia đình, làng, khu dân cư …)', /^[“"]?(?:gia\s+đình|làng|thôn|khu|tổ\s+dân\s+phố|cơ\s+quan|đơn\s+vị)\s+(?:văn\s+hóa|văn\s+hoá)/iu],
  ['trong sạch vững mạnh / xuất sắc (party)', /^[“"]?(?:trong\s+sạch|tổ\s+chức\s+cơ\s+sở|hoàn\s+thành\s+xuất)/iu],
  ['student: học sinh giỏi/tiên tiến, sinh viên 5 tốt, cháu ngoan', /^[“"]?(?:học\s+sinh|sinh\s+viên|cháu\s+ngoan|thanh\s+niên\s+tiên|giáo\s+viên\s+dạy)/iu],
  ['sport: vô địch / vua phá lưới / cầu thủ / quả bóng / league', /^[“"]?(?:vô\s+địch|vua|nhà\s+vô\s+địch|cầu\s+thủ|quả\s+bóng|á\s+quân|huấn\s+luyện|VĐV|vận\s+động|đội\s+bóng|Ballon|top|champions|la\s+liga|premier|grand\s+slam|masters|europa|serie|bundesliga|FA|V-League|AFF|SEA|kỷ\s+lục|xe\s+|HLV|thủ\s+môn|tay\s+vợt|golf|world|cup)/iu],
  ['beauty / show: Hoa hậu, Á hậu, người đẹp …', /^[“"]?(?:hoa\s+hậu|á\s+hậu|á\s+khôi|người\s+đẹp|hoa\s+khôi|nữ\s+hoàng|miss|quán\s+quân|ngôi\s+sao|nam\s+vương|siêu\s+mẫu|gương\s+mặt)/iu],
  ['heritage / place: di sản, kỳ quan, đô thị …', /^[“"]?(?:di\s+sản|kỳ\s+quan|đô\s+thị|thành\s+phố|khu\s+dự\s+trữ|công\s+viên|bảo\s+vật|điểm\s+đến|làng\s+nghề|thương\s+hiệu|doanh\s+nghiệp)/iu],
  ['no name after (danh hiệu này, các danh hiệu, danh hiệu cao quý)', /^(?:này|đó|cao\s+quý|cao\s+nhất|thi|vinh\s+dự|[,.;)]|và|của|nói|trên|là|trong|đầu\s+tiên|loại|danh\s+giá|lớn|quan\s+trọng|nào|cá\s+nhân|tập\s+thể\s+(?!lao)|$)/iu],
];
const HUAN_BUCKETS = /^(?:Lao\s+động|Độc\s+lập|Hồ\s+Chí\s+Minh|Sao\s+vàng|Quân\s+công|Chiến\s+công|Bảo\s+vệ\s+Tổ\s+quốc|Kháng\s+chiến|Hữu\s+nghị|Dũng\s+cảm|Đại\s+đoàn\s+kết|Chiến\s+sĩ\s+vẻ\s+vang)/iu;

function followingWords(text, from, n) {
  return text
    .slice(from, from + 80)
    .replace(/^[\s“"]+/, '')
    .split(/\s+/)
    .slice(0, n)
    .join(' ')
    .replace(/[,.;:!?”")(]+$/u, '');
}

function classifyAnchor(family, sentence, m) {
  const before = sentence.slice(Math.max(0, m.index - 40), m.index);
  const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60);
  if (family === 'Huy chương') {
    if (/^\s*(?:vàng|bạc|đồng|Vàng|Bạc|Đồng|Fields|Olympic)/u.test(after)) return 'contest medal (vàng/bạc/đồng, Fields) — NOT an award';
    if (/^\s*[“"]?\p{Lu}/u.test(after) || /^\s*(?:vì|chiến\s+sĩ|quân\s+kỳ|hữu\s+nghị|kháng\s+chiến)/iu.test(after)) return 'state medal (Huy chương Quân kỳ…, Chiến sĩ vẻ vang…)';
    return 'unnamed (nhiều huy chương …)';
  }
  if (family === 'Giấy/Bằng chứng nhận') {
    return /^\s*(?:đăng\s+k[ýí]|quyền|đầu\s+tư|cơ\s+sở|đủ\s+điều|chất\s+lượng|kết\s+hôn|an\s+toàn|đăng\s+kiểm|xuất|hợp\s+chuẩn|hợp\s+quy|vệ\s+sinh|kinh\s+doanh|sở\s+hữu|tiêm|bảo\s+hiểm|nguồn\s+gốc|phòng\s+cháy|thẩm\s+duyệt|tốt\s+nghiệp|hoàn\s+thành|nghề|y\s+tế|sức\s+khỏe|hành\s+nghề|ISO|VietGAP|GMP|HACCP)/iu.test(after)
      ? 'licence or certificate (đăng ký, quyền sử dụng đất, đầu tư, chất lượng …) — NOT'
      : 'other (award-like only with "cho N", "danh hiệu", "thành tích")';
  }
  if (family === 'thư khen') return /^\s*ngợi/u.test(after) ? '"thư khen ngợi" (a letter) — NOT the award' : 'thư khen (award)';
  if (family === 'Huân chương') return HUAN_BUCKETS.test(after.trimStart()) ? 'named order (Lao động, Độc lập, HCM …)' : 'other / unnamed (hai huân chương, foreign)';
  if (family === 'danh hiệu') {
    const next = followingWords(sentence, m.index + m[0].length, 4);
    for (const [name, re] of DANH_HIEU_BUCKETS) if (re.test(next)) return name;
    return 'other danh hiệu';
  }
  if (family === 'khen thưởng' || family === 'tuyên dương' || family === 'biểu dương' || family === 'vinh danh' || family === 'khen tặng') {
    if (/thi\s+đua\s*(?:[,\-–]|và)?\s*$/iu.test(before)) return 'noun "thi đua(,-) khen thưởng" (field/body) — NOT';
    if (/^\s*(?:,|và|-|–)\s*(?:xử\s+lý|kỷ\s+luật|kỉ\s+luật)/iu.test(after) || /^\s*(?:và\s+)?(?:kỷ|kỉ)\s+luật/iu.test(after)) return 'noun "khen thưởng, kỷ luật" — NOT';
    if (/(?:quỹ|chế\s+độ|chính\s+sách|cơ\s+chế|hình\s+thức|công\s+tác|tiêu\s+chí|việc|quy\s+chế|lời)\s*$/iu.test(before)) return 'policy noun (chế độ/chính sách/hình thức …) — NOT';
    if (/(?:lễ|hội\s+nghị|buổi\s+lễ|chương\s+trình|đêm\s+nhạc|lễ\s+hội)\s*$/iu.test(before)) return 'ceremony name (lễ tuyên dương …)';
    if (/(?:đề\s+nghị|xem\s+xét|xét|sẽ|cần|nên|phải|kịp\s+thời)\s*(?:\S+\s+)?$/iu.test(before)) return 'proposal / future (đề nghị, sẽ, cần …)';
    const count = COUNT_RE.exec(after.slice(0, 40)) ?? null;
    COUNT_RE.lastIndex = 0;
    if (/^\s*(?:(?:đột\s+xuất|kịp\s+thời|nóng)\s+)?(?:cho\s+)?(?:mỗi\s+\S+\s+)?\d[\d.,]*\s+(?:triệu|nghìn|ngàn|tỷ|tỉ)?\s*đồng/iu.test(after)) return 'money ("khen thưởng 10 triệu đồng") — NOT';
    if (count && countClass(count.groups.noun)) return 'with a recipient count after';
    if (/được\s+(?:\S+\s+){0,6}$/iu.test(before)) return 'passive, no count (được … khen thưởng)';
    if (/^\s*(?:những|các|nhiều)\s+/iu.test(after)) return 'with "các/những/nhiều" recipients (no count)';
    return 'other (praise, headline, no recipients)';
  }
  return 'award noun';
}

// ---- the run ----

const nounFamily = new Tally({ examples: options.examples }); // family
const nounSurface = new Tally({ examples: options.examples }); // family: surface
const anchorClass = new Tally({ examples: options.examples }); // family: class
const tagLineHits = new Tally({ examples: options.examples });
const danhHieuNext = new Tally({ examples: options.examples });
const huanNext = new Tally({ examples: options.examples });
const verbBefore = new Tally({ examples: options.examples });
const phrasingAll = new Tally({ examples: options.examples });
const phrasingCounted = new Tally({ examples: options.examples });
const phrasingMixed = new Tally({ examples: options.examples });
const signatures = new Tally({ examples: options.examples });
const givers = new Tally({ examples: options.examples });
const giverHeads = new Tally({ examples: options.examples });
const giverSlot = new Tally({ examples: options.examples });
const recipientNouns = new Tally({ examples: options.examples });
const countFormats = new Tally({ examples: options.examples });
const mixedCounts = new Tally({ examples: options.examples });
const noCountDeterminers = new Tally({ examples: options.examples });
const numbersInNames = new Tally({ examples: options.examples });
const numbersInNamesInAward = new Tally({ examples: options.examples });
const prizes = new Tally({ examples: options.examples });
const giftObjects = new Tally({ examples: options.examples });
const giftWithCount = new Tally({ examples: options.examples });
const captions = new Tally({ examples: options.examples });
const awardItemCounts = new Tally({ examples: options.examples });
const misspellings = new Tally({ examples: options.examples });

const familyOf = (m) => ALL_ANCHORS[Number(Object.entries(m.groups).find(([, v]) => v !== undefined)[0].slice(1))][0];

const UNIT_NUMBER_RE = new RegExp(
  `${bounded(alternation([
    'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Tiểu đoàn', 'Quân đoàn', 'Quân khu', 'Binh đoàn', 'Hải đoàn', 'Hải đội', 'Vùng',
    'Tổng công ty', 'Công ty', 'Nhà máy', 'Xí nghiệp', 'Đoàn', 'Đồn Biên phòng', 'Đồn', 'Trạm', 'Bệnh viện', 'Trường',
    'tàu', 'Tàu', 'Đội', 'Phòng', 'Cục', 'Khu', 'Ban', 'Lớp', 'Trung tâm', 'Cảng', 'Kho',
  ]))}(?:\\s+(?:${TITLE_CASE}|[A-Z]+))?\\s+(?<n>[A-Z]?\\d+[A-Z]?)(?![\\p{L}\\p{N}.,/%])(?<rest>\\s+[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)?`,
  'gu',
);
const PRIZE_RE = new RegExp(
  bounded(
    'giải\\s+(?:nhất|nhì|ba|tư|khuyến\\s+khích|đặc\\s+biệt|A|B|C|vàng|bạc|đồng|xuất\\s+sắc|triển\\s+vọng)|huy\\s+chương\\s+(?:vàng|bạc|đồng)|HC[VBĐ]|cúp|giải\\s+thưởng|trao\\s+giải',
  ),
  'giu',
);
const GIFT_RE = new RegExp(
  `${bounded(alternation(['trao tặng', 'tặng', 'trao', 'khen thưởng', 'trao thưởng']))}(?!\\s+(?:đổi|quyền|trả|lưu|gửi|cho\\s+biết)(?![\\p{L}\\p{M}]))\\s+(?:(?:${DIGITS}|hơn\\s+\\d+|các|những|nhiều|mỗi)\\s+)?(?<obj>[\\p{L}\\p{M}]+(?:\\s+[\\p{L}\\p{M}]+)?)`,
  'giu',
);
const GIFT_BUCKETS = [
  ['quà / suất quà / phần quà', /^(?:quà|suất|phần|món|túi)/iu],
  ['học bổng', /^học\s+bổng/iu],
  ['money (tiền, triệu đồng, đồng)', /^(?:tiền|triệu|tỷ|tỉ|nghìn|ngàn|đồng|USD|sổ\s+tiết)/iu],
  ['house (nhà tình nghĩa/đại đoàn kết)', /^(?:nhà|căn\s+nhà|ngôi\s+nhà)/iu],
  ['goods (xe, máy, sách, áo, chăn, gạo, bò …)', /^(?:xe|máy|sách|vở|áo|chăn|gạo|bò|heo|lợn|thẻ|mũ|tủ|bàn|ghế|bồn|cặp|đồ|thiết\s+bị|giếng|bình|mì|thuốc|thực\s+phẩm|hàng)/iu],
  ['flowers (hoa, lẵng hoa)', /^(?:hoa|lẵng|bó)/iu],
  ['prize (giải, cúp, huy chương vàng …)', /^(?:giải|cúp|huy\s+chương\s+(?:vàng|bạc|đồng)|HC)/iu],
  ['award noun (Bằng khen …)', new RegExp(`^(?:${AWARD_NOUNS.map(([, p]) => p).join('|')})`, 'iu')],
];

for (const { file, text } of articles) {
  const { sentences, tagLines } = sentencesOf(text);
  for (const line of tagLines) for (const m of line.text.matchAll(ANCHOR_RE)) tagLineHits.add(familyOf(m), filledSnippet(line.text, m.index, m.index + m[0].length, 100), file);

  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(?:huyên\s+[ủu]ỷ?y|Huyên\s+[ủu]y|huyện\s+uy|tinh\s+ủy|Bằng\s+Khen|Giấy\s+Khen|bằng\s+khen\s+khen|giấy\s+khen\s+khen)(?![\p{L}\p{M}])/gu)) {
    misspellings.add(m[0], filledSnippet(text, m.index, m.index + m[0].length), file);
  }

  for (const sentence of sentences) {
    const s = sentence.text;
    const isCaption = /^(?:Ảnh\s*:|\(?Ảnh\b)|^[^.]{0,200}\.?\s*\(Ảnh\s*:/u.test(s);

    for (const m of s.matchAll(UNIT_NUMBER_RE)) {
      const rest = m.groups.rest?.trim() ?? '';
      const follows = rest && countClass(rest) ? `followed by a recipient noun ("${m.groups.n} ${rest}")` : 'not followed by a recipient noun';
      const unit = m[0].replace(/\s+[A-Z]?\d.*$/u, '').replace(/\s+\p{Lu}\S*$/u, '');
      numbersInNames.add(`${unit} N — ${follows.startsWith('followed') ? 'next word reads as a recipient noun ("Lữ đoàn 204 tổ chức", "Quân đoàn 4 tổ chức")' : 'other'}`, filledSnippet(s, m.index, m.index + m[0].length), file);
    }
    for (const m of s.matchAll(PRIZE_RE)) prizes.add(m[0].toLowerCase().replace(/\s+/g, ' ').replace(/^(giải (?:nhất|nhì|ba|tư|a|b|c)).*/, '$1'), filledSnippet(s, m.index, m.index + m[0].length), file);

    const anchors = [...s.matchAll(ANCHOR_RE)];
    if (anchors.length === 0) {
      // look-alikes without any award word: giving verbs with counted recipients (gifts, money, scholarships)
      for (const g of s.matchAll(GIFT_RE)) {
        const obj = g.groups.obj;
        const bucket = GIFT_BUCKETS.find(([, re]) => re.test(obj))?.[0] ?? `other object: ${obj.split(/\s+/)[0].toLowerCase()}`;
        giftObjects.add(bucket, filledSnippet(s, g.index, g.index + g[0].length), file);
        const tail = s.slice(g.index, g.index + 160);
        const counted = [...tail.matchAll(COUNT_RE)].find((c) => countClass(c.groups.noun));
        if (counted) giftWithCount.add(`${bucket} + "N ${counted.groups.noun.split(/\s+/).slice(0, 2).join(' ')}"`.replace(/\+ "N (\S+) .*"/, '+ "N $1 …"'), filledSnippet(s, g.index, g.index + 150), file);
      }
      continue;
    }

    // each anchor: family, surface form, class
    const statementAnchors = [];
    for (const m of anchors) {
      const family = familyOf(m);
      // a commendation verb is lower case, or capitalised at its start only: "đại biểu Dương …" is a name
      if (AWARD_VERB_NOUNS.some(([name]) => name === family) && /^.\S*\s+\p{Lu}/u.test(m[0])) continue;
      const surface = m[0].replace(/\s+/g, ' ');
      nounFamily.add(family, filledSnippet(s, m.index, m.index + m[0].length), file);
      nounSurface.add(`${family}: ${surface}`, null, file);
      const cls = classifyAnchor(family, s, m);
      anchorClass.add(`${family}: ${cls}`, filledSnippet(s, m.index, m.index + m[0].length), file);
      const itemCount = /(?<![\p{L}\p{N}.,])(\d+)\s*$/u.exec(s.slice(Math.max(0, m.index - 8), m.index));
      if (itemCount && AWARD_NOUNS.some(([name]) => name === family)) awardItemCounts.add(`N ${family}`, filledSnippet(s, m.index - 40, m.index + m[0].length + 40), file);
      if (family === 'danh hiệu') danhHieuNext.add(followingWords(s, m.index + m[0].length, 2).toLowerCase(), null, file);
      if (family === 'Huân chương') huanNext.add(followingWords(s, m.index + m[0].length, 2), null, file);
      const negative = / NOT|contest medal|ceremony name|^other danh|sport|beauty|heritage|no name after/.test(cls);
      if (!negative) statementAnchors.push({ m, family });
      if (!negative && !/khen thưởng|tuyên dương|biểu dương|vinh danh|khen tặng/.test(family)) {
        const left = s.slice(Math.max(0, m.index - 60), m.index);
        const verb = new RegExp(`(${alternation([...GIVE_VERBS, ...RECEIVE_VERBS])})(?:\\s+(?:${DIGITS}|các|những|nhiều))?\\s*$`, 'iu').exec(left);
        const passive = new RegExp(`(?:được|vinh\\s+dự\\s+được)\\s+(?:[^,;]{1,60}\\s+)?(${alternation(GIVE_VERBS)})\\s*(?:${DIGITS}\\s+)?$`, 'iu').exec(left);
        const key = passive ? `được … ${passive[1].toLowerCase()} AWARD` : verb ? `${verb[1].toLowerCase()} AWARD` : 'no verb right before';
        verbBefore.add(key, filledSnippet(s, m.index - 40, m.index + m[0].length), file);
      }
    }
    if (statementAnchors.length === 0) continue;

    // statements: neighbouring anchors joined only by a name or a comma ("Huy hiệu Đảng, Huân chương Độc lập và
    // Bằng khen") are one statement; a "cho", a count, a verb or a ";" between them starts a new one
    const groups = [];
    for (const anchor of statementAnchors) {
      const prev = groups[groups.length - 1];
      const gap = prev ? s.slice(prev.end, anchor.m.index) : '';
      if (prev && gap.length < 60 && !/[;]|(?<![\p{L}\p{M}])(?:cho|tặng|trao|được|nhận)(?![\p{L}\p{M}])|\d/u.test(gap)) {
        prev.end = anchor.m.index + anchor.m[0].length;
      } else groups.push({ start: anchor.m.index, end: anchor.m.index + anchor.m[0].length });
    }
    const clauseStart = (at) => Math.max(0, s.lastIndexOf(';', at - 1) + 1);
    const clauseEnd = (at) => (s.indexOf(';', at) < 0 ? s.length : s.indexOf(';', at));
    // between two statements the boundary is the gap's last separator: "… cho 3 cá nhân, | Huân chương Độc lập …",
    // "… tặng bằng khen, | 31 tổ chức và cá nhân được … tặng bằng khen", "… 07 cá nhân … và | giấy khen cho …"
    const boundaries = groups.slice(1).map((group, i) => {
      const prevEnd = groups[i].end;
      const gap = s.slice(prevEnd, group.start);
      const seps = [...gap.matchAll(/(?:,|;|\svà)\s*/gu)].map((m) => ({ at: prevEnd + m.index + m[0].length }));
      const rest = (sep) => s.slice(sep.at, group.end);
      // the next statement opens with its count: "…, 31 tổ chức và cá nhân được Chủ tịch UBND thành phố tặng …"
      const countFirst = seps.find((sep) => /^(?:hơn\s+|trên\s+|gần\s+)?\d[^;]{0,80}?\s(?:được|nhận|đạt)\s/u.test(rest(sep)));
      if (countFirst) return countFirst.at;
      // else the gap's last separator before a count, an award or a capitalised giver; never inside
      // "tổ chức và cá nhân" or before "trong đó"
      const opening = seps.filter((sep) => /^(?:\d|\p{Lu}|(?:hơn|trên|gần|khoảng)\s+\d)/u.test(rest(sep)));
      return opening.length ? opening[opening.length - 1].at : prevEnd;
    });
    for (let gi = 0; gi < groups.length; gi++) {
      const group = groups[gi];
      const from = Math.max(clauseStart(group.start), gi > 0 ? boundaries[gi - 1] : 0, group.start - 110);
      const to = Math.min(clauseEnd(group.end), gi + 1 < groups.length ? boundaries[gi] : s.length, group.end + 140);
      const window = s.slice(from, to);
      const tags = tagWindow(window);
      if (!tags.some((t) => t.code === 'A' || t.code === 'K')) continue;
      const sig = signature(tags);
      const phrasing = phrasingOf(tags);
      const hasCount = tags.some((t) => /[CI]/.test(t.code));
      const mixedOnly = !hasCount && tags.some((t) => /M/.test(t.code));
      const example = filledSnippet(s, from, to);
      if (options.explain) console.log(`${file}\t${hasCount ? 'COUNT' : mixedOnly ? 'MIXED' : '-'}\t${phrasing}\t${sig}\n\t${window.replace(/\s+/g, ' ')}`);
      if (isCaption) captions.add(phrasing, example, file);
      phrasingAll.add(phrasing, example, file);
      if (mixedOnly) phrasingMixed.add(phrasing, example, file);
      if (hasCount) {
        phrasingCounted.add(phrasing, example, file);
        signatures.add(sig, example, file);
      }

      // givers and their slot
      for (let i = 0; i < tags.length; i++) {
        const t = tags[i];
        if (t.code !== 'G') continue;
        const next = tags[i + 1]?.code;
        const prev = tags[i - 1]?.code;
        let slot = null;
        if (prev === 'f') slot = 'của GIVER (after the award)';
        else if (prev === 'P' && (next === 'V' || next === 'K')) slot = 'được GIVER verb (passive)';
        else if (next === 'V' || next === 'K') slot = 'GIVER verb (subject)';
        if (!slot) continue;
        giverSlot.add(slot, filledSnippet(window, t.index, t.index + t.text.length), file);
        const giver = t.text.replace(/\s+/g, ' ').trim();
        givers.add(giver, null, file);
        const head = new RegExp(`^(?:${alternation(GIVER_HEADS)})`, 'iu').exec(giver)?.[0] ?? giver.split(' ')[0];
        giverHeads.add(head, filledSnippet(window, t.index, t.index + t.text.length), file);
      }

      // counts: recipients, spelling, mixed counts, "các/những" without a number
      for (const c of window.matchAll(COUNT_RE)) {
        const cls = countClass(c.groups.noun);
        if (!cls || notACount(window, c.index, c[0])) continue;
        const noun = (MIXED_RE.exec(c.groups.noun) ?? RECIPIENT_RE.exec(c.groups.noun))[0];
        const inLexicon = [...lexCollectives, ...lexIndividuals].some((w) => w.toLowerCase() === noun.toLowerCase());
        recipientNouns.add(`${cls === 'M' ? 'mixed' : cls === 'C' ? 'collective' : 'individual'}: ${noun.toLowerCase()}${cls !== 'M' && !inLexicon ? '  [not in awards lexicon]' : ''}`, filledSnippet(window, c.index, c.index + c[0].length, 100), file);
        const num = c.groups.num;
        const before = window.slice(Math.max(0, c.index - 30), c.index);
        let format;
        if (/\//.test(num)) format = 'fraction (8/9 khu dân cư → 8)';
        else if (/^0\d/.test(num)) format = 'leading zero (05)';
        else if (/\./.test(num)) format = 'thousands dot (1.279)';
        else if (/^\d$/.test(num)) format = 'one digit (7)';
        else if (/^\d+$/.test(num)) format = 'two+ digits (12, 150)';
        else format = 'number word (mười, ba)';
        if (c.groups.prefix) format = `"${c.groups.prefix.toLowerCase()}" + ${format}`;
        if (/\p{Lu}[\p{Ll}\p{M}]*\s+và\s+$/u.test(before) && cls === 'I') format = '"<Name> và N người" (N+1)';
        countFormats.add(format, filledSnippet(window, c.index, c.index + c[0].length, 100), file);
        if (cls === 'M') mixedCounts.add(noun.toLowerCase().replace(/\s+/g, ' '), filledSnippet(window, c.index, c.index + c[0].length, 100), file);
      }
      for (const d of window.matchAll(/(?<![\p{L}\p{M}])(?<det>các|những|nhiều|một số)\s+(?<noun>tập\s+thể|cá\s+nhân|đơn\s+vị|đồng\s+chí|tổ\s+chức|em|cháu|chiến\s+sĩ|học\s+sinh)/giu)) {
        noCountDeterminers.add(`${d.groups.det.toLowerCase()} ${d.groups.noun.toLowerCase()}`, filledSnippet(window, d.index, d.index + d[0].length, 100), file);
      }
      for (const u of window.matchAll(UNIT_NUMBER_RE)) numbersInNamesInAward.add(u[0].replace(/\s+/g, ' ').slice(0, 40), filledSnippet(window, u.index, u.index + u[0].length, 100), file);
    }
  }
}

header('Award statements: how real text phrases them', options.set, articles);
console.log(`recipient nouns compared with COLLECTIVE_NOUNS/INDIVIDUAL_NOUNS of ${lexicon('COLLECTIVE_NOUNS').file}`);
const show = tablePrinter(options);
show('nouns', 'A1. Award nouns and commendation verbs (family, all sentences except keyword lines)', nounFamily);
show('nouns', 'A2. Surface forms (case variants) per family', nounSurface, { examples: false, top: 60 });
show('nouns', 'A3. Each occurrence classified (NOT = look-alike that must not give an award)', anchorClass, { top: 60 });
show('nouns', 'A4. Keyword lines at the page foot (not text; never an award)', tagLineHits);
show('nouns', 'A5. "danh hiệu" + next two words', danhHieuNext, { examples: false, top: 30 });
show('nouns', 'A6. "Huân chương" + next two words', huanNext, { examples: false, top: 20 });
show('verbs', 'B1. Verb right before an award noun (within 60 chars; "được … V" is passive)', verbBefore, { top: 30 });
show('phrasing', 'C1. Phrasing of award statements WITH a recipient count (the ones the scorer counts)', phrasingCounted, { top: 20 });
show('phrasing', 'C1b. Phrasing of statements whose only count is mixed ("133 tổ chức và cá nhân": counts null)', phrasingMixed, { top: 20 });
show('phrasing', 'C2. Phrasing of all award statements (with or without counts)', phrasingAll, { top: 20 });
show('phrasing', 'C3. Exact tag sequences of statements with counts (giver verb count AWARD cho N[C,I] …)', signatures, { top: 30 });
show('phrasing', 'C4. Statements inside photo captions (repeat the body; not extra entries)', captions);
show('givers', 'D1. Giver slot (where the awarding body stands)', giverSlot);
show('givers', 'D2. Giver heads', giverHeads, { top: 40 });
show('givers', 'D3. Giver strings as written', givers, { examples: false, top: 40 });
show('givers', 'D4. Misspelled or odd-cased givers/awards (whole texts)', misspellings);
show('counts', 'E1. Recipient nouns after a count, inside award statements', recipientNouns, { top: 40 });
show('counts', 'E2. How the count is written', countFormats);
show('counts', 'E2b. A number before the award noun counts award items, not recipients ("tặng 20 Bằng khen, 33 Giấy khen")', awardItemCounts);
show('counts', 'E3. Mixed counts ("85 tập thể và cá nhân": both null)', mixedCounts);
show('counts', 'E4. Recipients without a number ("các tập thể": no count)', noCountDeterminers);
show('negatives', 'F1. Numbers inside unit/company names (whole corpus; "Sư đoàn 312", "Tổng công ty 319")', numbersInNames, { top: 30 });
show('negatives', 'F2. … of which inside award statements', numbersInNamesInAward);
show('negatives', 'F3. Contest prizes and medals (whole corpus; NOT awards)', prizes, { top: 20 });
show('negatives', 'F4. Giving verbs with no award word in the sentence: what is given (gifts, money: NOT awards)', giftObjects);
show('negatives', 'F5. … of which with a counted recipient (the dangerous look-alike of "tặng X cho N cá nhân")', giftWithCount, { top: 20 });
