#!/usr/bin/env node
// Corpus study: how real Vietnamese news text introduces a person with an office (ANNOTATION.md "officials").
// Every personal name (a run of capitalised syllables ending in surname + 1-3 syllables) is classified by what stands
// before it (honorific, rank, title chain, unit word, place glued on) and after it (", position", " - position",
// "(position)"); lists, list headings, "nguyên", "kiêm", foreign names and false names are counted apart, and the
// heads of position phrases and the surnames that the project's lexicons do not know are listed with counts.
//   node bench/studies/officials.mjs [--set real|dev|both] [--examples N] [--top N] [--min N] [--only SECTION]
import { Tally, alternation, caseless, filledSnippet, header, lexicon, lexiconStrings, loadCorpus, parseOptions, readGazetteerIndex, sentencesOf, tablePrinter } from './lib.mjs';

const options = parseOptions();
const articles = loadCorpus(options.set, options.file);

const TITLES = lexiconStrings('POSITION_TITLES');
const TITLE_MODIFIERS = lexicon('TITLE_MODIFIERS').strings ?? ['nguyên', 'Nguyên', 'Quyền', 'quyền', 'tân', 'Tân'];
const SURNAMES = new Set(lexiconStrings('SURNAMES'));
const MIDDLE_NAMES = new Set(lexiconStrings('MIDDLE_NAMES'));
const RANKS = lexiconStrings('RANKS');
const NOT_OFFICIALS = new Set(lexicon('NOT_OFFICIALS').strings ?? []);
const COUNTRIES = lexicon('COUNTRIES').strings ?? [];

// ---- text helpers ----

const L = '[\\p{L}\\p{M}]';
const bound = (p) => `(?<![\\p{L}\\p{M}\\p{N}])(?:${p})(?!${L})`;
/** A title before a name must be capitalised ("HLV trưởng đội tuyển … Nguyễn Hữu Thắng" has none); "nguyên" may not be. */
const TITLE_AT_CAP = new RegExp(`^(?:(?:${caseless(alternation(TITLE_MODIFIERS))})\\s+)?(?=\\p{Lu})(?:${caseless(alternation(TITLES))})(?!${L})`, 'u');
const TITLE_AT = new RegExp(`^(?:(?:${caseless(alternation(TITLE_MODIFIERS))})\\s+)?(?:${caseless(alternation(TITLES))})(?!${L})`, 'u');
const RANK_AT_END = new RegExp(`(?:${caseless(alternation(RANKS))})(?:\\s+(?:QNCN|Công\\s+an|công\\s+an|Hải\\s+quân|Biên\\s+phòng))?\\s*$`, 'u');
const RANK_ANY = new RegExp(bound(caseless(alternation(RANKS))), 'gu');
const HONORIFIC_AT_END = /(?<![\p{L}\p{M}])(đồng\s+chí|Đồng\s+chí|đ\/\s?c|Đ\/\s?c|ông|Ông|bà|Bà|anh|Anh|chị|Chị|(?:GS|PGS|TS|ThS|BS|PGS\.\s?TS|GS\.\s?TS|TS\.\s?BS|NSND|NSƯT|Thượng\s+tọa|Hòa\s+thượng|Đại\s+đức|Linh\s+mục|nhà\s+báo|luật\s+sư|bác\s+sĩ)\.?)\s*$/u;
const ORG_HEADS = new Set((lexicon('ORG_HEADS').strings ?? ['Bộ', 'Sở', 'Cục', 'Công ty', 'Tập đoàn']).filter((w) => !/\s/.test(w)));
const ORG_HEAD_AT_END = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...(lexicon('ORG_HEADS').strings ?? []), 'Tổng công ty', 'Công ty'])})\\s*$`, 'u');
/** Capitalised honorifics that join the run of the name: "Ông Nguyễn Văn A", "Cô Hồ Thị Tha". */
const RUN_HONORIFICS = new Set(['Ông', 'Bà', 'Anh', 'Chị', 'Cô', 'Thầy', 'Cụ', 'Bác', 'Chú', 'Em', 'Cháu', 'Bé']);
const UNIT_WORDS = ['tỉnh', 'huyện', 'thành phố', 'TP', 'TP.', 'Tp', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn', 'TX', 'Tỉnh', 'Huyện', 'Thành phố', 'Quận', 'Xã', 'Phường'];
const UNIT_AT_END = new RegExp(`(?<!${L})(?:${alternation(UNIT_WORDS)})\\s*$`, 'u');
const TOP_SURNAMES = new Set(['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương']);

/** Words of the clause that end a position phrase going leftwards: verbs and function words (not "và": "Bộ Văn hóa, Thể thao và Du lịch"). */
const LEFT_STOPS = new Set(
  [
    ...(lexicon('CLAUSE_VERBS').strings ?? []),
    'có', 'của', 'cho', 'với', 'là', 'được', 'bởi', 'tại', 'theo', 'do', 'gồm', 'như', 'thì', 'mà', 'khi', 'nhưng', 'rằng',
    'và', 'cùng', 'hôm', 'nay', 'qua', 'trước', 'sau', 'trong', 'ngoài', 'từ', 'đến', 'này', 'đó', 'nói', 'hỏi', 'ở',
  ].filter((w) => !/\s/.test(w)),
);
LEFT_STOPS.delete('và');

/** A Vietnamese syllable (initial, vowel nucleus, final); foreign names ("Donald", "Putin", "Shinzo") fail it. */
const VIET_SYLLABLE = new RegExp(
  '^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    '[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}' +
    '(?:ng|nh|ch|c|m|n|p|t)?$',
  'u',
);
const isVietSyllable = (word) => VIET_SYLLABLE.test(word.toLowerCase());

// ---- gazetteer (optional): the project's built index, for places glued to names ----

const places = { province: new Set(), district: new Set(), commune: new Set() };
let gazetteerNote = 'no gazetteer (run npm run build for dist/data/gazetteer.json): places are not told from names';
const gazetteer = readGazetteerIndex();
if (gazetteer) {
  for (const [level, rows] of [['province', gazetteer.provinces], ['district', gazetteer.districts], ['commune', gazetteer.communes]]) {
    for (const row of rows) places[level].add(row[1].normalize('NFC'));
  }
  for (const alias of ['Hồ Chí Minh', 'TP.HCM', 'Sài Gòn', 'Thừa Thiên - Huế', 'Huế']) places.province.add(alias);
  gazetteerNote = `places from dist/data/gazetteer.json (${places.province.size} provinces, ${places.district.size} district names)`;
}
const isPlace = (text) => places.province.has(text) || places.district.has(text);

// ---- tokens ----

/** Words, numbers and punctuation of a sentence with offsets; "TP.HCM", "Đ/c", "PGS.TS" stay one word. */
function tokenize(text) {
  const tokens = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[./&'’\-][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu)) {
    let word = m[0];
    // a final full stop belongs to the word only in abbreviations ("TP.", "Tp.")
    if (word.length > 1 && word.endsWith('.') && !/^(?:TP|Tp|TX|TT|GS|PGS|TS|ThS|BS|Th|St)\.$/u.test(word)) {
      tokens.push({ text: word.slice(0, -1), start: m.index, end: m.index + word.length - 1 });
      tokens.push({ text: '.', start: m.index + word.length - 1, end: m.index + word.length });
      continue;
    }
    tokens.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return tokens;
}
const isCap = (w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w);
const isAbbr = (w) => /^\p{Lu}[\p{Lu}\p{N}&./\-]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
const isWord = (w) => /^[\p{L}\p{M}]/u.test(w);
const isForeignWord = (w) => /^\p{Lu}/u.test(w) && (!isVietSyllable(w.replace(/[-’']/g, '')) || /-/.test(w));

/** Maximal runs of capitalised syllables separated by single blanks: "Hà Nội Hoàng Trung Hải". */
function capRuns(text, tokens) {
  const runs = [];
  let run = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const joined = run && /^[ \u00a0]+$/u.test(text.slice(tokens[i - 1].end, t.start));
    if (isCap(t.text) && (joined || !run)) {
      if (!run) run = { from: i, to: i };
      else run.to = i;
    } else {
      if (run) runs.push(run);
      run = isCap(t.text) ? { from: i, to: i } : null;
    }
  }
  if (run) runs.push(run);
  return runs;
}

/**
 * The personal name at the end of a run: the longest suffix of 2-4 syllables that starts with a known surname and
 * reads as Vietnamese; a suffix whose second syllable is a common surname while its first is not ("Ninh Nguyễn Văn
 * Đọc") is a place glued on, not a name.
 */
function nameInRun(tokens, run) {
  for (let len = Math.min(4, run.to - run.from + 1); len >= 2; len--) {
    const from = run.to - len + 1;
    const words = tokens.slice(from, run.to + 1).map((t) => t.text);
    if (!SURNAMES.has(words[0])) continue;
    if (!words.every(isVietSyllable)) continue;
    if (!TOP_SURNAMES.has(words[0]) && TOP_SURNAMES.has(words[1])) continue;
    return { from, to: run.to, text: words.join(' ') };
  }
  return null;
}

// ---- tallies ----

const tally = () => new Tally({ examples: options.examples });
const T = {
  before: tally(), after: tally(), combined: tally(), honorifics: tally(), ranks: tally(), chains: tally(),
  unitBeforeName: tally(), placeGlued: tally(), lists: tally(), headings: tally(), former: tally(), kiem: tally(),
  foreign: tally(), foreignHeads: tally(), places: tally(), listSizes: tally(), falseNames: tally(), falseWithTitle: tally(), missingHeadsBefore: tally(), missingHeadsAfter: tally(),
  lowerTitles: tally(), missingSurnames: tally(), trungHoa: tally(), alone: tally(), separators: tally(),
};
const TITLE_LIKE_BEFORE_FOREIGN = /(?<![\p{L}\p{M}])((?:Phó\s+)?(?:Tổng\s+thống|Thủ\s+tướng|Ngoại\s+trưởng|Bộ\s+trưởng|Chủ\s+tịch|Quốc\s+vương|Nhà\s+vua|Nữ\s+hoàng|Hoàng\s+tử|Công\s+chúa|Thái\s+tử|Đại\s+sứ|Tổng\s+Thư\s+ký|Tổng\s+thư\s+ký|Thị\s+trưởng|Thống\s+đốc|Tổng\s+Giám\s+đốc|Giám\s+đốc|Giáo\s+hoàng|Người\s+phát\s+ngôn|Thượng\s+nghị\s+sĩ|Nghị\s+sĩ|Chủ\s+tịch\s+nước|Thủ\s+hiến|Đô\s+đốc|Tướng|CEO|HLV|ông|bà|Ông|Bà))\s+(?:((?:\p{Lu}[\p{Ll}\p{M}]*(?:-\p{Ll}+)*\s+){0,3}?)?)$/u;

const FALSE_CONTEXT = [
  ['street (đường, phố, ngõ)', /(?:đường|Đường|phố|Phố|ngõ|Ngõ|hẻm|Hẻm|đại\s+lộ|Đại\s+lộ|số\s+\d+\S*)\s*$/u],
  ['school named after a person (Trường THPT …)', /(?:Trường|trường)(?:\s+(?:THPT|THCS|PTTH|PTCS|Tiểu\s+học|Trung\s+học(?:\s+cơ\s+sở|\s+phổ\s+thông)?|Đại\s+học|Mầm\s+non|chuyên))?\s*$/u],
  ['company, brand, bank (Công ty, Tập đoàn, hãng …)', /(?:Công\s+ty|công\s+ty|Cty|CTCP|Tập\s+đoàn|tập\s+đoàn|hãng|Hãng|thương\s+hiệu|Ngân\s+hàng|ngân\s+hàng|Tổng\s+công\s+ty|TNHH|Cổ\s+phần|cổ\s+phần|siêu\s+thị|nhà\s+hàng|khách\s+sạn|Khách\s+sạn|chuỗi)\s*(?:\S+\s+){0,3}$/u],
  ['suspect, defendant (bị can, bị cáo, đối tượng, tên …)', /(?:bị\s+can|bị\s+cáo|đối\s+tượng|nghi\s+phạm|nghi\s+can|tên|kẻ|phạm\s+nhân|tử\s+tù|hung\s+thủ|thủ\s+phạm)\s*$/u],
  ['victim, patient, child (nạn nhân, bệnh nhân, cháu, em)', /(?:nạn\s+nhân|bị\s+hại|bệnh\s+nhân|sản\s+phụ|cháu|bé|em|cụ)\s*$/u],
  ['sports person (HLV, cầu thủ, tiền đạo, VĐV …)', /(?:HLV|huấn\s+luyện\s+viên|cầu\s+thủ|tiền\s+đạo|tiền\s+vệ|hậu\s+vệ|thủ\s+môn|trung\s+vệ|VĐV|vận\s+động\s+viên|tay\s+vợt|võ\s+sĩ|kỳ\s+thủ|trọng\s+tài|danh\s+thủ|golf\s+thủ|xạ\s+thủ|cơ\s+thủ)\s*$/u],
  ['artist, celebrity (ca sĩ, diễn viên, hoa hậu …)', /(?:ca\s+sĩ|nhạc\s+sĩ|diễn\s+viên|người\s+mẫu|hoa\s+hậu|Hoa\s+hậu|á\s+hậu|Á\s+hậu|MC|nghệ\s+sĩ|NSND|NSƯT|đạo\s+diễn|nhà\s+văn|nhà\s+thơ|họa\s+sĩ|nhiếp\s+ảnh\s+gia|danh\s+hài|rapper|DJ)\s*$/u],
  ['historical person, martyr (Bác, liệt sĩ, vua …)', /(?:liệt\s+sĩ|Liệt\s+sĩ|cố|vua|Vua|danh\s+tướng|anh\s+hùng|Anh\s+hùng|Đại\s+tướng\s+Võ|Bác)\s*$/u],
];

// ---- the run ----

for (const { file, text } of articles) {
  const { sentences } = sentencesOf(text);
  for (const sentence of sentences) {
    const s = sentence.text;
    const tokens = tokenize(s);
    const ex = (a, b) => filledSnippet(s, a, b);

    // list headings: "các đồng chí Ủy viên Bộ Chính trị: …", "các Phó Thủ tướng: A, B, C"
    for (const m of s.matchAll(/(?<![\p{L}\p{M}])(?:các|Các)\s+(?:đồng\s+chí\s+)?(?<head>[^:;.!?]{2,90}?)\s*:\s*(?<rest>[^.;]{0,200})/gu)) {
      const head = m.groups.head;
      if (!TITLE_AT_CAP.test(head)) continue; // "các đồng chí: A - …" is a name-first list, counted below
      const rest = m.groups.rest;
      const firstIsTitle = TITLE_AT.test(rest.trim());
      const kind = firstIsTitle
        ? 'heading + items with their own titles ("các đồng chí Ủy viên Bộ Chính trị: Thủ tướng … A; …")'
        : /^[^,;]{2,40},\s*\p{Lu}[^,]{2,40}(?:,|\s+và\s)/u.test(rest)
          ? 'heading + bare names ("các Phó Thủ tướng: A, B, C")'
          : 'heading + names with post-name positions ("các đồng chí Ủy viên TƯ Đảng: A, Phó Thủ tướng; B, …")';
      T.headings.add(kind, ex(m.index, m.index + m[0].length), file);
    }
    // name-first lists: "các đồng chí: A - chức vụ; B - chức vụ", "gồm các ông: A, …; B, …"
    for (const m of s.matchAll(/(?<![\p{L}\p{M}])(?:các|Các|gồm)\s+(?:đồng\s+chí|ông|bà|vị|thành\s+viên)\s*:?\s*(?=\p{Lu})(?<items>[^.]{10,400})/gu)) {
      const items = m.groups.items.split(/;\s*/u).filter(Boolean);
      if (items.length < 2) continue;
      const withDash = items.filter((it) => /^\p{Lu}[\p{L}\p{M}\s]{3,40}?\s[-–—]\s/u.test(it)).length;
      const withComma = items.filter((it) => /^\p{Lu}[\p{L}\p{M}\s]{3,40}?,\s*\p{Lu}/u.test(it)).length;
      if (withDash + withComma < 2) continue;
      T.lists.add(withDash >= withComma ? 'name-first list, items "A - chức vụ; B - chức vụ"' : 'name-first list, items "A, chức vụ; B, chức vụ"', ex(m.index, m.index + 150), file);
      T.listSizes.add(`${items.length >= 6 ? '6+' : items.length} items`, null, file);
    }
    // "nguyên …" and "kiêm"
    for (const m of s.matchAll(new RegExp(`(?<!${L})(?:nguyên|Nguyên)\\s+(?=${caseless(alternation(TITLES))}(?!${L}))`, 'gu'))) {
      const left = s.slice(Math.max(0, m.index - 60), m.index);
      const where = /[,\-–(]\s*$/u.test(left) && /\p{Lu}[\p{Ll}\p{M}]*\s*[,\-–(]\s*$/u.test(left)
        ? 'after a name (", nguyên Chủ tịch …")'
        : /(?:đồng\s+chí|ông|bà|Ông|Bà)\s*$/u.test(left) ? 'after an honorific ("ông nguyên Bộ trưởng …")' : 'before a name or alone ("nguyên Thủ tướng Nguyễn Tấn Dũng")';
      T.former.add(where, ex(m.index, m.index + 60), file);
    }
    for (const m of s.matchAll(/(?<![\p{L}\p{M}])kiêm(?![\p{L}\p{M}])(?<after>\s+\S+(?:\s+\S+)?)?/gu)) {
      const left = s.slice(Math.max(0, m.index - 50), m.index);
      const after = (m.groups.after ?? '').trim();
      const titled = TITLE_AT.test(after) || /^(?:Tổng|Phó|Trưởng|Giám|Chủ|Bí|Chánh|Thủ)/u.test(after);
      const kind = /^nhiệm/u.test(after)
        ? '"kiêm nhiệm" (verb/noun, not a split point)'
        : titled && new RegExp(`(?:${caseless(alternation(TITLES))})`, 'u').test(left)
          ? 'TITLE … kiêm TITLE ("Chủ tịch HĐQT kiêm Tổng Giám đốc")'
          : titled ? 'kiêm TITLE (no title just before)' : 'kiêm + lower-case job or other';
      T.kiem.add(kind, ex(m.index - 50, m.index + 50), file);
    }
    for (const m of s.matchAll(/(?<![\p{L}\p{M}])Trung\s+Hoa(?![\p{L}\p{M}])/gu)) {
      const left = s.slice(Math.max(0, m.index - 25), m.index);
      const kind = /(?:Cộng\s+hòa|Cộng\s+hoà|Nhân\s+dân|Dân\s+quốc|nước|người|Đài\s+Bắc|đại\s+lục)\s*$/iu.test(left) ? 'country/people ("Cộng hòa Nhân dân Trung Hoa")' : 'other ("Trung Hoa" after a title or name word)';
      T.trungHoa.add(kind, ex(m.index, m.index + 10), file);
    }

    // foreign persons with a title: "Tổng thống Mỹ Donald Trump", "Thủ tướng Nhật Bản Shinzo Abe", "ông Putin"
    for (const run of capRuns(s, tokens)) {
      const words = tokens.slice(run.from, run.to + 1);
      const last = words[words.length - 1].text;
      if (!isForeignWord(last)) continue;
      const foreignFrom = words.findIndex((w, i) => words.slice(i).every((x) => isForeignWord(x.text) || /^\p{Lu}/u.test(x.text)) && isForeignWord(w.text));
      if (foreignFrom < 0) continue;
      const left = s.slice(Math.max(0, words[0].start - 60), words[foreignFrom].start);
      const m = TITLE_LIKE_BEFORE_FOREIGN.exec(left);
      if (!m) continue;
      const between = (m[2] ?? '').trim();
      const country = between && (COUNTRIES.includes(between) || /^(?:Mỹ|Nga|Pháp|Đức|Anh|Nhật|Trung\s+Quốc|Hàn\s+Quốc|Triều\s+Tiên|Ấn\s+Độ|Nhật\s+Bản|Thái\s+Lan|Lào|Campuchia|Úc|Ý|Canada|Philippines|Israel|Iran|Syria|Ukraine|Thổ\s+Nhĩ\s+Kỳ)$/u.test(between));
      const head = m[1].replace(/\s+/g, ' ');
      const kind = /^(?:ông|bà|Ông|Bà)$/u.test(head)
        ? 'ông/bà + foreign name (no title here)'
        : /^(?:HLV|CEO)$/u.test(head) ? `${head} + foreign name (job, not an office)` : country ? 'title + country + foreign name' : between ? 'title + other words + foreign name' : 'title + foreign name';
      T.foreign.add(kind, ex(words[0].start - 40, words[words.length - 1].end), file);
      T.foreignHeads.add(`${head.replace(/^(?:Ông|Bà)$/u, (w) => w.toLowerCase())}`, null, file);
    }

    // Vietnamese personal names; a run ends where a title starts ("Ông Đỗ Duy Thái Tổng Giám đốc …")
    for (const whole of capRuns(s, tokens)) {
      const run = { ...whole };
      for (let k = run.from + 1; k <= run.to; k++) {
        if (TITLE_AT.test(s.slice(tokens[k].start))) {
          run.to = k - 1;
          break;
        }
      }
      const name = nameInRun(tokens, run);
      if (!name) continue;
      const nameStart = tokens[name.from].start;
      const nameEnd = tokens[name.to].end;
      // a title that starts at the "name": "Phó Chủ tịch" is no name
      if (TITLE_AT.test(s.slice(nameStart))) continue;
      const prefixWords = tokens.slice(run.from, name.from).map((t) => t.text);
      const leftText = s.slice(0, run.from < name.from ? tokens[run.from].start : nameStart);

      // false names first: what stands right before says it is not a person
      const falseKind = FALSE_CONTEXT.find(([, re]) => re.test(leftText.slice(-40)))?.[0];
      // after a unit word the run is a place when the gazetteer knows it ("UBND quận Hoàng Mai"), else a person
      // ("Chủ tịch UBND tỉnh Phạm Anh Tuấn")
      const unitRight = !prefixWords.length && UNIT_AT_END.test(leftText.slice(-12));
      const placeAfterUnit =
        (unitRight && (isPlace(name.text) || places.commune.has(name.text))) ||
        (prefixWords.length > 0 && (isPlace(`${prefixWords.join(' ')} ${name.text}`) || isPlace(`${prefixWords[prefixWords.length - 1]} ${name.text}`)));
      const orgBefore = ORG_HEADS.has(prefixWords[prefixWords.length - 1]) || ORG_HEAD_AT_END.test(leftText.slice(-15));
      if (NOT_OFFICIALS.has(name.text) || isPlace(name.text) || placeAfterUnit || orgBefore || falseKind) {
        const kind = orgBefore
          ? 'name of a body ("Bộ Công Thương", "Sở …", "Công ty Hoàng Anh Gia Lai")'
          : NOT_OFFICIALS.has(name.text)
          ? 'historical figure in NOT_OFFICIALS (Hồ Chí Minh, Võ Nguyên Giáp …)'
          : placeAfterUnit
            ? 'place after a unit word or inside a place ("quận Hoàng Mai", "Nam Từ Liêm")'
            : isPlace(name.text) ? 'place name read as a person ("Hà Nội", "Lâm Đồng", "Hà Tĩnh" …)' : falseKind;
        T.falseNames.add(kind, ex(nameStart - 30, nameEnd + 20), file);
        if (isPlace(name.text) || placeAfterUnit) T.places.add(name.text, null, file);
        const titled = TITLE_AT.test(s.slice(nameEnd).replace(/^\s*[,\-–(]\s*/u, '')) || TITLE_AT.test(leftText.slice(-60).replace(/^.*[.;:]/u, '').trim());
        if (titled) T.falseWithTitle.add(kind, ex(nameStart - 60, nameEnd + 50), file);
        continue;
      }

      // what follows: ", position", " - position", " (position)"
      const rest = s.slice(nameEnd);
      const sep = /^\s*(,|\s[-–—]\s|\(|:)\s*/u.exec(rest);
      let after = 'nothing (name alone or a verb follows)';
      if (sep) {
        const pos = rest.slice(sep[0].length);
        const sepName = sep[1].trim() === ',' ? 'comma' : sep[1].trim() === '(' ? 'parenthesis' : sep[1].trim() === ':' ? 'colon' : 'dash';
        if (TITLE_AT.test(pos)) {
          after = `${sepName} + position`;
          if (/^\p{Ll}/u.test(pos)) T.lowerTitles.add(pos.split(/\s+/).slice(0, 2).join(' '), ex(nameStart, nameEnd + 60), file);
          T.separators.add(`name ${sep[0].trim() || sep[1]} position`, null, file);
        } else if (RANK_AT_END.test(pos.split(/[,;]/)[0]) && /^\p{Lu}/u.test(pos)) {
          after = `${sepName} + rank`;
        } else if (/^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Ll}[\p{Ll}\p{M}]*)?/u.test(pos) && !/^\p{Lu}[\p{Ll}\p{M}]*\s+\p{Lu}/u.test(pos.slice(0, 30)) === false) {
          after = `${sepName} + other capitalised phrase`;
        } else after = `${sepName} + other`;
        if (/other capitalised/.test(after) || (sepName !== 'colon' && /^\p{Lu}[\p{Ll}\p{M}]+\s+\p{Ll}/u.test(pos) && !TITLE_AT.test(pos))) {
          const head = pos.split(/[\s,;()]+/).slice(0, 2).join(' ');
          if (/^\p{Lu}/u.test(head) && !SURNAMES.has(head.split(' ')[0])) T.missingHeadsAfter.add(head, ex(nameStart, nameEnd + 60), file);
        }
      }

      // what precedes: an honorific or a rank right before the name wins; else the title phrase that ends at the
      // name, gathered leftwards over capitalised words, abbreviations, numbers, commas and lower-case words that
      // are not verbs or function words
      const runPrefixHonorific = prefixWords.length && RUN_HONORIFICS.has(prefixWords[prefixWords.length - 1]);
      const gluedWords = runPrefixHonorific ? prefixWords.slice(0, -1) : prefixWords;
      const beforeRun = s.slice(Math.max(0, tokens[run.from].start - 80), tokens[run.from].start);
      const beforeName = runPrefixHonorific ? `${beforeRun}${prefixWords.join(' ')} ` : beforeRun;
      const honorific = runPrefixHonorific ? prefixWords[prefixWords.length - 1] : gluedWords.length ? null : HONORIFIC_AT_END.exec(beforeRun)?.[1];
      const rankBefore = gluedWords.length ? null : RANK_AT_END.exec(beforeRun)?.[0];
      let j = run.from - 1;
      let lowerRun = 0;
      while (j >= 0 && run.from - j <= 30) {
        const w = tokens[j].text;
        if (w === ',' || w === '-' || w === '–' || w === '&') {
          lowerRun = 0;
        } else if (/^[\p{N}]/u.test(w) || isCap(w) || isAbbr(w) || /^\p{Lu}/u.test(w)) {
          lowerRun = 0;
        } else if (isWord(w) && !LEFT_STOPS.has(w) && ++lowerRun <= 3) {
          // part of a title or a body's name: "Chủ tịch", "Bộ Tài chính", "Ủy ban nhân dân tỉnh"
        } else break;
        j--;
      }
      const phraseTokens = tokens.slice(j + 1, run.from);
      // the longest phrase that starts with a known title
      let titleAt = -1;
      for (let k = 0; k < phraseTokens.length; k++) {
        if (TITLE_AT_CAP.test(s.slice(phraseTokens[k].start))) {
          titleAt = k;
          break;
        }
      }
      const phraseStart = titleAt >= 0 ? phraseTokens[titleAt].start : phraseTokens.length ? phraseTokens[0].start : tokens[run.from].start;
      const chain = titleAt >= 0 ? s.slice(phraseStart, tokens[run.from].start).trim() : '';
      let before;
      if (honorific) {
        const kind = /đồng|đ\//iu.test(honorific) ? 'đồng chí / đ/c' : /^(?:ông|bà)$/iu.test(honorific) ? 'ông / bà' : /^(?:anh|chị)$/iu.test(honorific) ? 'anh / chị' : /^(?:cô|thầy|cụ|bác|chú|em|cháu|bé)$/iu.test(honorific) ? 'cô / thầy / cụ / em …' : 'academic or other (TS, PGS.TS, nhà báo …)';
        const titledBefore = TITLE_AT.test(s.slice(phraseStart)) && titleAt >= 0;
        before = `honorific (${kind}) + name${titledBefore ? ', after a title phrase' : ''}`;
        T.honorifics.add(`${kind}: ${after}`, ex(nameStart - 30, nameEnd + 50), file);
      } else if (rankBefore) {
        const chainBeforeRank = titleAt >= 0 && TITLE_AT.test(chain) && chain.replace(RANK_AT_END, '').trim().length > 0;
        before = `rank + name${chainBeforeRank ? ', after a title phrase ("Phó Giám đốc CATP, Đại tá Trần Mưu")' : ''}`;
        T.ranks.add(`${rankBefore.trim().replace(/\s+/g, ' ')}: ${after}`, null, file);
      } else if (titleAt >= 0) {
        const segments = chain.split(/\s*,\s*/u).filter(Boolean);
        const titled = segments.filter((seg) => TITLE_AT_CAP.test(seg)).length;
        const hasRank = RANK_ANY.test(chain);
        RANK_ANY.lastIndex = 0;
        const hon = HONORIFIC_AT_END.test(s.slice(Math.max(0, phraseStart - 20), phraseStart).trimEnd());
        before = `${hon ? 'honorific + ' : ''}title${titled > 1 ? ' chain' : ''}${hasRank ? ' (with a rank inside)' : ''} + name`;
        T.chains.add(`${titled >= 3 ? '3+' : titled} title(s) before the name${segments.length > titled ? ', plus untitled segments' : ''}`, ex(phraseStart, nameEnd), file);
        const unit = UNIT_AT_END.exec(chain);
        if (unit && !gluedWords.length) T.unitBeforeName.add(`"… ${unit[0].trim()} <name>" (unit word, no place name)`, ex(phraseStart, nameEnd), file);
        if (gluedWords.length) {
          const glued = gluedWords.join(' ');
          const placeKind = isPlace(glued) ? 'a known place' : COUNTRIES.includes(glued) ? 'a country' : 'other capitalised words';
          T.placeGlued.add(`${unit ? 'unit word + ' : 'no unit word: '}${placeKind} glued before the name`, ex(phraseStart, nameEnd), file);
        }
      } else {
        // a phrase right before the name that starts with no known title: a title the lexicon lacks, or no title
        const lastSegment = s.slice(phraseStart, tokens[run.from].start).split(/\s*,\s*/u).pop().trim();
        const headWords = (lastSegment ? lastSegment : gluedWords.join(' ')).split(/\s+/u).filter(Boolean);
        if (headWords.length && /^\p{Lu}/u.test(headWords[0]) && !SURNAMES.has(headWords[0]) && headWords.length <= 8) {
          T.missingHeadsBefore.add(headWords.slice(0, 2).join(' '), ex(phraseStart, nameEnd), file);
        }
        before = phraseTokens.length || gluedWords.length ? 'other words + name (no honorific, rank or known title)' : 'nothing';
      }
      if (options.explain) console.log(`${file}\t${name.text}\tglued=[${gluedWords.join(' ')}]\tbefore=${before}\tafter=${after}\n\t${ex(phraseStart - 10, nameEnd + 40)}`);
      T.before.add(before, ex(phraseStart, nameEnd + 40), file);
      T.after.add(after, ex(nameStart, nameEnd + 60), file);
      const introduced = !/^nothing/.test(before) && !/^other words/.test(before) ? true : !/^nothing/.test(after) && /position|rank/.test(after);
      T.combined.add(`${before.replace(/ \((?:[^()]|\([^()]*\))*\)/g, '')}  |  ${after}`, ex(phraseStart, nameEnd + 50), file);
      if (!introduced) T.alone.add('name with no honorific, rank, title or position next to it', ex(nameStart - 40, nameEnd + 40), file);

    }
    // runs that look like names but start with an unknown surname
    for (const run of capRuns(s, tokens)) {
      const words = tokens.slice(run.from, run.to + 1).map((t) => t.text);
      if (words.length < 2 || words.length > 4 || SURNAMES.has(words[0]) || !words.every(isVietSyllable)) continue;
      const left = s.slice(Math.max(0, tokens[run.from].start - 40), tokens[run.from].start);
      const introduced = HONORIFIC_AT_END.test(left) || RANK_AT_END.test(left);
      if (!introduced) continue;
      if (/^(?:Ông|Bà|Anh|Chị)$/u.test(words[0])) continue;
      const confirmed = MIDDLE_NAMES.has(words[1]) || words[1] === 'Thị' || words[1] === 'Văn';
      T.missingSurnames.add(`${words[0]}${confirmed ? '   (2nd syllable a middle name: Văn, Thị, Hữu …)' : ''}`, filledSnippet(s, tokens[run.from].start - 20, tokens[run.to].end + 20), file);
    }
  }
}

// ---- title-shaped words the lexicon lacks, and candidate surnames, over whole texts ----

/**
 * Words shaped like a title: "X trưởng", "X phó" ("Đội phó", "Hiệu phó", "Thị trưởng", "Ngoại trưởng"), "Tổng x",
 * "Phó x", "Thống đốc", the abbreviations of deputies ("ĐBQH", "ĐB"), misspellings ("Trường phòng").
 */
const TITLE_SHAPED = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])(?:Phó\\s+)?\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\s+\\p{Ll}[\\p{Ll}\\p{M}]*)?\\s+(?:trưởng|phó|truởng)(?![\\p{L}\\p{M}])',
    '(?<![\\p{L}\\p{M}])(?:Phó\\s+)?(?:Tổng\\s+(?:thống|kiểm\\s+toán|chỉ\\s+huy|lãnh\\s+sự|biên\\s+tập|tham\\s+mưu\\s+trưởng)|Thống\\s+đốc|Thủ\\s+hiến|Quốc\\s+vương|Nữ\\s+hoàng|Nhà\\s+vua|Giáo\\s+hoàng|Thượng\\s+nghị\\s+sĩ|Hạ\\s+nghị\\s+sĩ|Nghị\\s+sĩ|Phát\\s+ngôn\\s+viên|Chưởng\\s+môn|Trụ\\s+trì|Chuẩn\\s+úy|Chuẩn\\s+uý)(?![\\p{L}\\p{M}])',
    '(?<![\\p{L}\\p{M}])(?:ĐBQH|ĐB|Đại\\s+biểu|đại\\s+biểu)(?=\\s+\\p{Lu})',
    '(?<![\\p{L}\\p{M}])(?:Trường\\s+(?:phòng|ban|khoa|đoàn|trạm|công\\s+an)|Phó\\s+trường|Chủ\\s+tich|Chu\\s+tịch|Giám\\s+đôc|Bí\\s+thơ|Uỷ\\s+viên|Phó\\s+Thủ\\s+Tướng|Thủ\\s+Tướng)(?![\\p{L}\\p{M}])',
  ].join('|'),
  'gu',
);
const CANDIDATE_SURNAMES = ['Lữ', 'Trầm', 'Thích', 'Tập', 'Hun', 'Điểu', 'Chẩu', 'Hạng', 'Ly', 'Chung', 'Yêng', 'Cà', 'Ating', 'Tẩn', 'Thò', 'Lèo', 'Mè', 'Ksor', 'Mạc', 'Lang', 'Hoàng Phủ', 'Tôn Nữ', 'Tôn Thất', 'Nguyễn Phúc', 'Trịnh', 'Bồ', 'Vương', 'Lục', 'Ninh', 'Đàm'];
const CANDIDATE_RES = CANDIDATE_SURNAMES.filter((c) => !SURNAMES.has(c)).map((c) => [
  c,
  new RegExp(`(?<![\\p{L}\\p{M}])${c.replace(/ /g, '\\s+')}(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,3}(?![\\p{L}\\p{M}])`, 'gu'),
]);
const titleShaped = tally();
const titleShapedNearName = tally();
const candidateSurnames = tally();
const NAME_AFTER = new RegExp(`^\\s+(?:[^\\s,.;]+\\s+){0,4}?(?:${alternation([...SURNAMES])})(?:\\s+\\p{Lu}[\\p{Ll}\\p{M}]*){1,3}`, 'u');
for (const { file, text } of articles) {
  for (const m of text.matchAll(TITLE_SHAPED)) {
    const phrase = m[0].replace(/\s+/g, ' ');
    // covered: a known title starts here and reaches at least as far ("Chánh văn phòng", "Phó Cục trưởng")
    const known = TITLE_AT.exec(text.slice(m.index));
    if (known && known[0].length >= m[0].length) continue;
    // not titles: growth and coping verbs, plurals of known titles ("Các bộ trưởng")
    if (/(?:tăng|sinh|đối|ứng)\s+(?:trưởng|phó)$/iu.test(phrase) || /^(?:Các|Những|Hai|Ba|Bốn|Vị|Cựu)\s/u.test(phrase)) continue;
    if (!/^\p{Lu}/u.test(phrase) && !/^đại\s+biểu$/u.test(phrase)) continue;
    titleShaped.add(phrase, filledSnippet(text, m.index, m.index + m[0].length, 110), file);
    if (NAME_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) titleShapedNearName.add(phrase, null, file);
  }
  for (const [c, re] of CANDIDATE_RES) {
    for (const m of text.matchAll(re)) {
      const left = text.slice(Math.max(0, m.index - 40), m.index);
      const introduced = HONORIFIC_AT_END.test(left) || RANK_AT_END.test(left) || /(?:trưởng|tịch|thư|đốc|tá|tướng|tọa|thượng|sư|viên|ĐB)\s*$/u.test(left);
      candidateSurnames.add(`${c}${introduced ? '  (after an honorific, rank or title)' : ''}`, filledSnippet(text, m.index - 30, m.index + m[0].length + 20, 110), file);
    }
  }
}

// ---- report ----

header('Officials: how real text introduces a person with an office', options.set, articles);
console.log(`titles: POSITION_TITLES of ${lexicon('POSITION_TITLES').file} (${TITLES.length}); surnames: SURNAMES of ${lexicon('SURNAMES').file} (${SURNAMES.size}); ${gazetteerNote}`);
const show = tablePrinter(options);
show('forms', 'O1. What stands BEFORE a personal name', T.before, { top: 30 });
show('forms', 'O2. What stands AFTER a personal name', T.after, { top: 20 });
show('forms', 'O3. Before | after, combined (the introduction forms)', T.combined, { top: 40 });
show('forms', 'O4. Honorific + name: which honorific, and what follows', T.honorifics, { top: 30 });
show('forms', 'O5. Rank + name: rank, and what follows', T.ranks, { top: 30, examples: false });
show('forms', 'O6. Title chains before a name (number of titles, comma-joined)', T.chains);
show('forms', 'O7. A unit word right before the name ("Chủ tịch UBND tỉnh Phạm Anh Tuấn": no place name)', T.unitBeforeName);
show('forms', 'O8. Capitalised words glued between the title phrase and the name ("Bí thư Thành ủy Hà Nội Hoàng Trung Hải")', T.placeGlued);
show('forms', 'O9. Separator between name and position', T.separators, { examples: false });
show('lists', 'L1. Name-first lists ("các đồng chí: A - chức vụ; B - chức vụ")', T.lists);
show('lists', 'L1b. … items per list', T.listSizes, { examples: false });
show('lists', 'L2. List headings shared by the names under them', T.headings);
show('lists', 'L3. "nguyên …" (former posts)', T.former);
show('lists', 'L4. "kiêm"', T.kiem);
show('foreign', 'F1. Foreign names with a title or honorific', T.foreign, { top: 40 });
show('foreign', 'F2. … the title or honorific before the foreign name', T.foreignHeads, { top: 40, examples: false });
show('negatives', 'N1. False names: capitalised runs that read as a Vietnamese name but are not a person of the story', T.falseNames);
show('negatives', 'N1b. … places read as names, by place', T.places, { top: 15, examples: false });
show('negatives', 'N2. … of which next to a title (the dangerous ones)', T.falseWithTitle);
show('negatives', 'N3. "Trung Hoa"', T.trungHoa);
show('negatives', 'N4. Names with nothing around them (citizens, quoted people: no office)', T.alone, { top: 1 });
show('lexicon', 'X1. Heads of phrases AFTER "name," / "name -" that start with no known title (candidates for POSITION_TITLES)', T.missingHeadsAfter, { top: 60 });
show('lexicon', 'X2. Heads of phrases BEFORE a name that start with no known title (candidates for POSITION_TITLES)', T.missingHeadsBefore, { top: 60 });
show('lexicon', 'X3. Titles written in lower case after "name," ("giám đốc", "phó chủ tịch")', T.lowerTitles, { top: 20 });
show('lexicon', 'X5. Title-shaped words not in POSITION_TITLES (whole texts; "Đội phó", "Thống đốc", "ĐBQH", typos)', titleShaped, { top: 60 });
show('lexicon', 'X5b. … of which followed by a personal name within five words', titleShapedNearName, { top: 40, examples: false });
show('lexicon', 'X6. Candidate surnames missing from SURNAMES, counted in whole texts (name-shaped runs starting with them)', candidateSurnames, { top: 40 });
show('lexicon', 'X4. First syllables of names after an honorific or rank that SURNAMES lacks', T.missingSurnames, { top: 50 });
