// Round 20: the same statements in other words. Each text of dev (and of any audit folders given) is read as it is and
// as a variant that says the same thing with other names or another spelling; the record of the variant is compared
// with the text's own record put through the same change. A field that differs is a rule leaning on the words of the
// articles it was written against rather than on the statement. Variants:
//   tones          tone marks placed the old way ("hoà", "thuỷ", "khoẻ") where the text places them the new way, and
//                  the new way where it has the old (values compared with the tones placed one way)
//   abbreviations  the bodies' abbreviations written out ("UBND" → "Ủy ban nhân dân", "HĐND", "MTTQ", "TP.", "BCH",
//                  "CHQS", "LĐLĐ", "GD&ĐT" …), and the long forms abbreviated (values compared abbreviated)
//   places         each province named in the text replaced by another (one of those the 2025 arrangement left whole,
//                  of the same type), and its districts and communes named after their type word by units of the same
//                  type in that province (of the same list: 2023, before it, or 2025)
//   days           each day after its day word written D/M, D-M, D.M and "D tháng M" ("Sáng 21/4", "ngày 21-4-2017")
//   figures        "%" after a space and spelled "phần trăm"; counts of recipients with a leading zero and without
//   forms          quarters written as corpus/real writes them ("quý I/2017", "quý 1/2017", "quý I-2017", "quý I năm 2017"),
//                  percentage ranges likewise ("2-3%", "2 - 3%", "2% - 3%", "2% đến 3%")
//   statements     the verbs of giving swapped ("tặng", "trao tặng"), counted recipients under another noun of their kind
//                  ("cá nhân"/"đồng chí", "tập thể"/"đơn vị"), a lead opening on its day said with the day at its end
//   reached        "đạt X%" written "đạt tỷ lệ X%" and "đạt được X%" (figures compared by value, status and year)
//   punctuation    straight quotes, hyphens and three dots for curly quotes, en dashes and the ellipsis, and back
//   markup         (the folders' .html pages) paragraphs' first words in <strong>, capitalised names linked, <div> for
//                  <p>, <br> between paragraphs, the headline in <h2> or a paragraph in bold
//   names          the annotated officials' Vietnamese names replaced by other such names of the annotated sets, with
//                  as many syllables
// Usage: node bench/studies/round20-words.mjs --variant tones|abbreviations|places|names|days|figures|forms|statements|reached|punctuation|markup [--verbose] [--save DIR] [audit folders …]
// (--save DIR writes each variant text under DIR/<variant>/<label>/)
// (after npm run build)
import fs from 'node:fs';
import path from 'node:path';
import { builtModule, comparable, EVIDENCE_KEYS, MAIN_FIELDS, readFlags, readGazetteerIndex, shared, SURNAMES, Tally } from './lib.mjs';

const { processArticle } = await builtModule('pipeline.js');
const flags = readFlags();
const variant = flags.value('--variant') ?? 'tones';
const extra = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !['--variant', '--save'].includes(all[i - 1]));
const folders = [path.join(shared, 'corpus/dev'), ...extra];
const FIELDS = MAIN_FIELDS;
// (a unit's codes and a figure's subject change with the words a variant changes, so are not compared)
const IGNORED_KEYS = new Set([...EVIDENCE_KEYS, 'code', 'subject', 'province_code', 'province_2025']);
const valueOf = (v, ignored = IGNORED_KEYS) => comparable(v, ignored);
/** For variants that reword what a figure measures: its value, status and year are compared, not its target. */
const WITHOUT_TARGET = new Set([...IGNORED_KEYS, 'target']);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = '[\\p{L}\\p{M}\\p{N}]';

/** A function replacing each key of `map` (whole words, longest first) by its value; `guard` adds look-arounds. */
function replacer(map, { flags = 'gu', before = '', after = '' } = {}) {
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  if (!keys.length) return (s) => s;
  const pattern = new RegExp(`(?<!${LETTER})${before}(${keys.map(escape).join('|')})(?!${LETTER})${after}`, flags);
  const lookup = flags.includes('i') ? new Map([...map].map(([k, v]) => [k.toLowerCase(), v])) : map;
  return (s) => s.replace(pattern, (m) => lookup.get(flags.includes('i') ? m.toLowerCase() : m) ?? m);
}

// ---------------------------------------------------------------------------------------------------------------
// tones: old and new tone placement in the open syllables oa, oe, uy

const NEW_TO_OLD = new Map();
const TONED = { o: 'òóỏõọ', u: 'ùúủũụ', a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ' };
for (const [first, second] of [['o', 'a'], ['o', 'e'], ['u', 'y']]) {
  for (let t = 0; t < 5; t++) {
    for (const [f, s] of [[first, second], [first.toUpperCase(), second], [first.toUpperCase(), second.toUpperCase()]]) {
      const toned = (c) => (c === c.toUpperCase() ? TONED[c.toLowerCase()][t].toUpperCase() : TONED[c][t]);
      NEW_TO_OLD.set(toned(f) + s, f + toned(s));
    }
  }
}
const OLD_TO_NEW = new Map([...NEW_TO_OLD].map(([k, v]) => [v, k]));
// an open syllable only ("hoàn" has its tone on a in both ways), and not after q ("quý" is the same in both)
const syllableEnd = (map) => {
  const pattern = new RegExp(`(?<![qQ])(${[...map.keys()].join('|')})(?!${LETTER})`, 'gu');
  return (s) => s.replace(pattern, (m) => map.get(m));
};
const toOld = syllableEnd(NEW_TO_OLD);
const toNew = syllableEnd(OLD_TO_NEW);

// ---------------------------------------------------------------------------------------------------------------
// abbreviations: [abbreviation, long form] as articles write both

const ABBREVIATIONS = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['BCH', 'Ban Chấp hành'],
  ['CHQS', 'Chỉ huy quân sự'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'],
  ['TN&MT', 'Tài nguyên và Môi trường'],
  ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['VH-TT&DL', 'Văn hóa, Thể thao và Du lịch'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['CCB', 'Cựu chiến binh'],
  ['TƯ', 'Trung ương'],
];
const expand = replacer(new Map(ABBREVIATIONS));
const abbreviate = replacer(new Map(ABBREVIATIONS.map(([a, l]) => [l, a])), { flags: 'giu' });
// "TP." and "TP" before a capitalised name, and "thành phố" before one, the other way
const expandCity = (s) => s.replace(/(?<![\p{L}\p{M}])TP\.? ?(?=\p{Lu}[\p{Ll}\p{M}])/gu, 'thành phố ');
const abbreviateCity = (s) => s.replace(/(?<![\p{L}\p{M}])[Tt]hành phố (?=\p{Lu})/gu, 'TP ');

// ---------------------------------------------------------------------------------------------------------------
// places

function placesOf() {
  const index = readGazetteerIndex();
  const since2025 = new Set(index.since2025 ?? []);
  const offsets = [0, index.provinces.length, index.provinces.length + index.districts.length];
  const rows = (level, list) => list.map(([code, name, type, parent, flags], i) => ({ code, name, type, parent, era: (flags & 1 ? 'old' : since2025.has(offsets[level] + i) ? '2025' : 'now') }));
  const provinces = rows(0, index.provinces);
  const districts = rows(1, index.districts);
  const communes = rows(2, index.communes);
  const provinceOf = new Map(provinces.map((p) => [p.code, p.code]));
  for (const d of districts) provinceOf.set(`d${d.code}`, d.parent);
  for (const c of communes) c.province = provinceOf.get(`d${c.parent}`) ?? null;
  for (const d of districts) d.province = d.parent;
  return { provinces: provinces.filter((p) => p.era !== 'old'), districts, communes };
}

const WHOLE_IN_2025 = ['Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng'];
const hash = (s) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.codePointAt(0)) | 0, 7) >>> 0;
const UNIT_WORD = { 'huyện': 'huyện', 'quận': 'quận', 'thị xã': 'thị xã', 'thành phố': 'thành phố', 'xã': 'xã', 'phường': 'phường', 'thị trấn': 'thị trấn' };

function placeMap(text, places) {
  const map = new Map();
  for (const p of places.provinces) {
    if (p.type !== 'tỉnh' || WHOLE_IN_2025.includes(p.name) || !new RegExp(`(?<!${LETTER})${escape(p.name)}(?!${LETTER})`, 'u').test(text)) continue;
    const pool = WHOLE_IN_2025.filter((n) => !text.includes(n));
    const target = places.provinces.find((q) => q.name === pool[hash(p.name) % pool.length]);
    map.set(p.name, target.name);
    for (const level of ['districts', 'communes']) {
      for (const u of places[level]) {
        if (u.province !== p.code || map.has(u.name)) continue;
        if (!new RegExp(`(?<!${LETTER})(?:${Object.keys(UNIT_WORD).join('|')}) ${escape(u.name)}(?!${LETTER})`, 'iu').test(text)) continue;
        const same = places[level].filter((v) => v.province === target.code && v.type === u.type && v.era === u.era && !text.includes(v.name));
        if (same.length) map.set(u.name, same[hash(u.name) % same.length].name);
      }
    }
  }
  // not inside a person's name ("Nguyễn Thái Bình") or another name ("Thái Bình Dương")
  const swap = replacer(map, { before: `(?<!\\p{Lu}[\\p{Ll}\\p{M}]* )`, after: `(?! \\p{Lu})` });
  return map.size ? swap : null;
}

// ---------------------------------------------------------------------------------------------------------------
// names

function annotatedOfficials() {
  const names = new Set();
  for (const dir of folders) {
    const expected = path.join(dir, 'expected');
    if (!fs.existsSync(expected)) continue;
    for (const f of fs.readdirSync(expected)) for (const o of JSON.parse(fs.readFileSync(path.join(expected, f), 'utf8')).officials ?? []) names.add(o.name);
  }
  return [...names].filter(vietnamese).sort();
}

/** A Vietnamese name written in title case with a common family name first ("Nguyễn Văn An"; not "Donald Trump"). */
const vietnamese = (n) => n.split(' ').length >= 2 && n.split(' ').every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w)) && !n.includes('\u00d0') && SURNAMES.has(n.split(' ')[0]);

function nameMap(text, gold, pool) {
  const map = new Map();
  const taken = new Set();
  for (const o of gold.officials ?? []) {
    if (!text.includes(o.name) || map.has(o.name) || !vietnamese(o.name)) continue;
    const size = o.name.split(' ').length;
    const same = pool.filter((n) => n.split(' ').length === size && !text.includes(n) && !taken.has(n) && !n.includes(o.name.split(' ').at(-1)));
    if (!same.length) continue;
    const other = same[hash(o.name) % same.length];
    taken.add(other);
    map.set(o.name, other);
  }
  return map.size ? { forward: replacer(map), back: replacer(new Map([...map].map(([k, v]) => [v, k]))), note: [...map].map(([k, v]) => `${k} → ${v}`).join('; ') } : null;
}

// ---------------------------------------------------------------------------------------------------------------
// days and figures written another way

// a day after its day word: "Sáng 21/4", "ngày 21-4-2017", "Chiều 9.01", "hôm nay (30/5)"
const DAY = /(?<=(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày|hôm nay|[Ss]áng nay|[Cc]hiều nay|[Tt]ối nay) \(?)(\d{1,2})([/.-])(\d{1,2})(?!\d)(?:\2(\d{4}))?(?![/.-]?\d)/gu;
const daysWith = (sep) => (s) => s.replace(DAY, (m, d, _s, mo, y) => [d, mo, ...(y ? [y] : [])].join(sep));
const daysSpelled = (s) => s.replace(DAY, (m, d, _s, mo, y) => `${d} tháng ${mo}${y ? ` năm ${y}` : ''}`);
// a percentage with a space before its sign, and spelled out
const PERCENT = /(\d+(?:,\d+)?)%/gu;
const percentSpaced = (s) => s.replace(PERCENT, '$1 %');
const percentSpelled = (s) => s.replace(PERCENT, '$1 phần trăm');
// a count of recipients with a leading zero, and without
const COUNT = /(?<![\d.,/-])0?(\d)(?= (?:tập thể|cá nhân|đồng chí|đơn vị|hộ|gia đình)(?![\p{L}]))/gu;
const countsPadded = (s) => s.replace(COUNT, '0$1');
const countsBare = (s) => s.replace(COUNT, '$1');
const same = (s) => s;
// a quarter with its year, in the forms corpus/real writes most ("quý I/2017" 48, "quý 1/2017" 29, "quý I-2017" 11, "quý I
// năm 2017" 9), and a percentage range ("2-3%" 128, "2 - 3%" 65, "2% đến 3%" 19, "2% - 3%" 18)
const ROMAN = ['I', 'II', 'III', 'IV'];
const QUARTER = /(?<![\p{L}])([Qq]uý) (I{1,3}|IV|[1-4])(?: năm |\/|-| - )((?:19|20)\d\d)(?!\d)/gu;
const quartersAs = (form) => (s) => s.replace(QUARTER, (m, word, q, y) => {
  const n = /^\d$/.test(q) ? Number(q) : ROMAN.indexOf(q) + 1;
  return form === 'arabic' ? `${word} ${n}/${y}` : form === 'dash' ? `${word} ${ROMAN[n - 1]}-${y}` : form === 'năm' ? `${word} ${ROMAN[n - 1]} năm ${y}` : `${word} ${ROMAN[n - 1]}/${y}`;
});
const RANGE = /(?<![\d.,])(\d+(?:,\d+)?) ?%? ?(?:-|–|đến) ?(\d+(?:,\d+)?) ?%/gu;
// the verbs of giving in each other's place ("tặng", "trao", "trao tặng", "tặng thưởng") before an award's word, and the
// recipients under another noun of their kind ANNOTATION.md counts alike ("cá nhân" / "đồng chí", "tập thể" / "đơn vị")
const AWARD_WORDS = '(?=\\s+(?:[Bb]ằng khen|[Gg]iấy khen|[Cc]ờ thi đua|[Hh]uân chương|[Kk]ỷ niệm chương|[Hh]uy hiệu|[Dd]anh hiệu|[Tt]hư khen))';
const GIVE = new RegExp(`(?<![\\p{L}])(trao tặng|tặng thưởng|trao|tặng)${AWARD_WORDS}`, 'gu');
const giveAs = (verb) => (s) => s.replace(GIVE, verb);
const recipientsAs = (individual, collective) => (s) =>
  s.replace(/(?<=\d )(cá nhân|đồng chí)(?![\p{L}])/gu, individual).replace(/(?<=\d )(tập thể|đơn vị)(?![\p{L}])/gu, collective);
// a lead that opens on its day ("Sáng 21/4, UBND huyện … tổ chức …") said with the day at its end ("UBND huyện … tổ chức
// … vào sáng 21/4.")
const OPENING_DAY = /^(Sáng|Chiều|Tối|Trưa|Ngày|Sáng ngày|Chiều ngày) (\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?), (\p{Lu}[^\n]*?)([.!?])(?=\s|$)/mu;
const dayLast = (s) => s.replace(OPENING_DAY, (m, part, day, rest, stop) => `${rest} vào ${part.toLowerCase()} ${day}${stop}`);
// a figure reached said three ways corpus/real writes it ("đạt 95%", "đạt tỷ lệ 95%", "đạt được 95%")
const REACHED = /(?<![\p{L}])đạt (?:tỷ lệ |tỉ lệ |được )?(?=\d+(?:,\d+)? ?%)/gu;
const reachedAs = (words) => (s) => s.replace(REACHED, `đạt ${words}`);
// typography as sites differ in it: curly quotes and straight ones, the en dash and the hyphen as a separator, the
// ellipsis character and three dots (values compared with quotes, dashes and dots made plain)
const plainPunctuation = (s) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ – /g, ' - ').replace(/…/g, '...');
const curlyPunctuation = (s) => s.replace(/"([^"\n]{1,200})"/g, '“$1”').replace(/ - /g, ' – ').replace(/\.\.\./g, '…');
const plainValues = (s) => s.replace(/\\"/g, '"').replace(/[“”]/g, '"').replace(/ – /g, ' - ').replace(/…/g, '...');
// an HTML page's paragraphs marked up the other ways sites mark them: their first words in <strong>, capitalised names
// linked, <div> for <p>, one block with <br> between the paragraphs (for the .html files of the folders)
const PARAGRAPH = /<p(\s[^>]*)?>([^<]+)/giu;
const strongOpening = (s) => s.replace(PARAGRAPH, (m, attrs = '', body) => {
  const words = body.trimStart().split(' ');
  return words.length < 6 ? m : `<p${attrs}><strong>${words.slice(0, 3).join(' ')}</strong> ${words.slice(3).join(' ')}`;
});
const TEXT_NODE = />([^<]+)</gu;
const linkedNames = (s) => s.replace(TEXT_NODE, (m, body) => `>${body.replace(/(?<=^|\s)(\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+)(?=[\s,.;:]|$)/gu, '<a href="/tag">$1</a>')}<`);
const divParagraphs = (s) => s.replace(/<p(\s[^>]*)?>/giu, '<div$1>').replace(/<\/p>/giu, '</div>');
const brParagraphs = (s) => s.replace(/<\/p>\s*<p(\s[^>]*)?>/giu, '<br>');
// the headline marked up as sites mark it: <h2>, <h3>, or a paragraph in bold
const headlineAs = (open, close) => (s) => s.replace(/<h1(\s[^>]*)?>([\s\S]*?)<\/h1>/iu, `${open}$2${close}`);
const rangesAs = (form) => (s) => s.replace(RANGE, (m, a, b) => (form === 'tight' ? `${a}-${b}%` : form === 'spaced' ? `${a} - ${b}%` : form === 'both' ? `${a}% - ${b}%` : `${a}% đến ${b}%`));

// ---------------------------------------------------------------------------------------------------------------

/**
 * Each variant: make(text, gold) → { text, same(value string of the text's record) → value string the variant's
 * record should have, back(value string of the variant's record) → comparable value string } or null.
 */
const places = variant === 'places' ? placesOf() : null;
const pool = variant === 'names' ? annotatedOfficials() : [];
const VARIANTS = {
  tones: [
    { label: 'with tone marks placed the old way', make: (text) => ({ text: toOld(text), same: toNew, back: toNew }) },
    { label: 'with tone marks placed the new way', make: (text) => ({ text: toNew(text), same: toNew, back: toNew }) },
  ],
  abbreviations: [
    { label: "with the bodies' abbreviations written out", make: (text) => ({ text: expandCity(expand(text)), same: (s) => abbreviateCity(abbreviate(s)), back: (s) => abbreviateCity(abbreviate(s)) }) },
    { label: 'with the long forms abbreviated', make: (text) => ({ text: abbreviate(text), same: abbreviate, back: abbreviate }) },
  ],
  places: [{ label: 'with other provinces, districts and communes', make: (text) => { const swap = placeMap(text, places); return swap && { text: swap(text), same: swap, back: (s) => s }; } }],
  days: [
    { label: 'with days written D/M', make: (text) => ({ text: daysWith('/')(text), same, back: same }) },
    { label: 'with days written D-M', make: (text) => ({ text: daysWith('-')(text), same, back: same }) },
    { label: 'with days written D.M', make: (text) => ({ text: daysWith('.')(text), same, back: same }) },
    { label: "with days spelled 'D tháng M'", make: (text) => ({ text: daysSpelled(text), same, back: same }) },
  ],
  figures: [
    { label: "with a space before each '%'", make: (text) => ({ text: percentSpaced(text), same, back: same }) },
    { label: "with each '%' spelled 'phần trăm'", make: (text) => ({ text: percentSpelled(text), same, back: same }) },
    { label: 'with counts of recipients padded to two digits', make: (text) => ({ text: countsPadded(text), same, back: same }) },
    { label: 'with counts of recipients unpadded', make: (text) => ({ text: countsBare(text), same, back: same }) },
  ],
  forms: [
    { label: "with quarters written 'quý I/2017'", make: (text) => ({ text: quartersAs('roman')(text), same, back: same }) },
    { label: "with quarters written 'quý 1/2017'", make: (text) => ({ text: quartersAs('arabic')(text), same, back: same }) },
    { label: "with quarters written 'quý I-2017'", make: (text) => ({ text: quartersAs('dash')(text), same, back: same }) },
    { label: "with quarters written 'quý I năm 2017'", make: (text) => ({ text: quartersAs('năm')(text), same, back: same }) },
    { label: "with ranges written '2-3%'", make: (text) => ({ text: rangesAs('tight')(text), same, back: same }) },
    { label: "with ranges written '2 - 3%'", make: (text) => ({ text: rangesAs('spaced')(text), same, back: same }) },
    { label: "with ranges written '2% - 3%'", make: (text) => ({ text: rangesAs('both')(text), same, back: same }) },
    { label: "with ranges written '2% đến 3%'", make: (text) => ({ text: rangesAs('đến')(text), same, back: same }) },
  ],
  statements: [
    { label: "with each verb of giving before an award 'tặng'", make: (text) => ({ text: giveAs('tặng')(text), same, back: same }) },
    { label: "with each verb of giving before an award 'trao tặng'", make: (text) => ({ text: giveAs('trao tặng')(text), same, back: same }) },
    { label: "with counted recipients 'đồng chí' and 'đơn vị'", make: (text) => ({ text: recipientsAs('đồng chí', 'đơn vị')(text), same, back: same }) },
    { label: "with counted recipients 'cá nhân' and 'tập thể'", make: (text) => ({ text: recipientsAs('cá nhân', 'tập thể')(text), same, back: same }) },
    { label: 'with the first sentence that opens on its day saying it at its end', make: (text) => ({ text: dayLast(text), same, back: same }) },
  ],
  reached: [
    { label: "with each 'đạt X%' written 'đạt X%'", make: (text) => ({ text: reachedAs('')(text), same, back: same }), ignored: WITHOUT_TARGET },
    { label: "with each 'đạt X%' written 'đạt tỷ lệ X%'", make: (text) => ({ text: reachedAs('tỷ lệ ')(text), same, back: same }), ignored: WITHOUT_TARGET },
    { label: "with each 'đạt X%' written 'đạt được X%'", make: (text) => ({ text: reachedAs('được ')(text), same, back: same }), ignored: WITHOUT_TARGET },
  ],
  punctuation: [
    { label: 'with straight quotes, hyphens and three dots', make: (text) => ({ text: plainPunctuation(text), same: plainValues, back: plainValues }) },
    { label: 'with curly quotes, en dashes and the ellipsis', make: (text) => ({ text: curlyPunctuation(text), same: plainValues, back: plainValues }) },
  ],
  markup: [
    { label: "with each paragraph's first words in <strong>", make: (text) => ({ text: strongOpening(text), same, back: same }), html: true },
    { label: 'with capitalised names linked', make: (text) => ({ text: linkedNames(text), same, back: same }), html: true },
    { label: 'with <div> for <p>', make: (text) => ({ text: divParagraphs(text), same, back: same }), html: true },
    { label: 'with <br> between paragraphs', make: (text) => ({ text: brParagraphs(text), same, back: same }), html: true },
    { label: 'with the headline in <h2>', make: (text) => ({ text: headlineAs('<h2>', '</h2>')(text), same, back: same }), html: true },
    { label: 'with the headline a paragraph in bold', make: (text) => ({ text: headlineAs('<p><strong>', '</strong></p>')(text), same, back: same }), html: true },
  ],
  names: [{ label: "with other officials' names", make: (text, gold) => { const m = nameMap(text, gold, pool); return m && { text: m.forward(text), same: (s) => s, back: m.back, note: m.note }; } }],
};

/** The two value strings from a little before where they first differ. */
function around(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 30);
  return `…${a.slice(from, i + 60)} → …${b.slice(from, i + 60)}`;
}

if (!VARIANTS[variant]) {
  console.error(`round20-words: no variant "${variant}" (${Object.keys(VARIANTS).join(', ')})`);
  process.exit(2);
}

for (const { label, make, ignored = IGNORED_KEYS, html = false } of VARIANTS[variant]) {
  const changed = new Tally({ examples: flags.verbose ? 40 : 3 });
  let read = 0;
  for (const dir of folders) {
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(html ? '.html' : '.txt')).sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
      const expected = path.join(dir, 'expected', f.replace(/\.(?:txt|html)$/, '.json'));
      const gold = fs.existsSync(expected) ? JSON.parse(fs.readFileSync(expected, 'utf8')) : {};
      const made = make(text, gold);
      if (!made || made.text === text) continue;
      read++;
      const name = `${path.basename(dir)}/${f}`;
      if (flags.has('--save')) {
        const out = path.join(flags.value('--save'), variant, label.replace(/\W+/g, '-'));
        fs.mkdirSync(out, { recursive: true });
        fs.writeFileSync(path.join(out, name.replace('/', '-')), made.text);
      }
      const as = processArticle({ file: name, text }).record;
      let other;
      try {
        other = processArticle({ file: name, text: made.text }).record;
      } catch (e) {
        changed.add('(the pipeline threw)', `${name}: ${String(e.message).slice(0, 120)}`, name);
        continue;
      }
      for (const field of FIELDS) {
        const a = made.same(valueOf(as[field], ignored));
        const b = made.back(valueOf(other[field], ignored));
        if (a !== b) changed.add(field, `${name}: ${around(a, b)}${made.note && flags.verbose ? `  [${made.note}]` : ''}`, name);
      }
    }
  }
  console.log(`\n# ${label}: ${read} texts`);
  changed.print(`fields whose values differ from the text's own, put through the same change (of ${read})`, { top: 12 });
}
