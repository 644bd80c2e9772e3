#!/usr/bin/env node
// Corpus study: how real Vietnamese news names the place an article is about, and which of those mentions the dev
// annotators chose as the locality. Prints frequency tables (count, articles, form, examples) over corpus/real and a
// per-article analysis of the dev set with the score of a candidate decision procedure.
//   node bench/studies/locality.mjs                 (both parts; needs `npm run build` for dist/data/gazetteer.json)
//   node bench/studies/locality.mjs --real          (corpus/real only)     --limit N  (first N real articles)
//   node bench/studies/locality.mjs --dev           (dev set only)         --verbose  (every dev article)
//   node bench/studies/locality.mjs --real --review 60   (how many evenly spread real decisions to print for review; 40)
//   node bench/studies/locality.mjs --top 50        (rows per table)
//   node bench/studies/locality.mjs --debug 091      (mentions, flags and first sentences of one dev article)
//   node bench/studies/locality.mjs --sample residence --sample-n 20   (mentions with a context flag or status, to check by eye)
//   node bench/studies/locality.mjs --dev --lead-sentences 2   (how many lead sentences the procedure reads; 3 by default)
import { CAP, LEAD_TAG, SURNAMES, Tally, fold, isHeadline, key, loadGazetteer, parts, readDev, readFlags, readReal, section, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const { onlyReal, onlyDev, verbose, top: TOP, limit: LIMIT } = flag;

const gaz = loadGazetteer();

// ---------------------------------------------------------------------------------------------------------------
// Lexicon of the study (data)

/** Unit words as written before a name, with the unit type each stands for. */
const UNIT_FORMS = {
  'thành phố': 'thành phố', 'Thành phố': 'thành phố', 'THÀNH PHỐ': 'thành phố', 'TP.': 'thành phố', TP: 'thành phố',
  'Tp.': 'thành phố', Tp: 'thành phố', 'T.P.': 'thành phố', 'T.P': 'thành phố',
  tỉnh: 'tỉnh', Tỉnh: 'tỉnh', TỈNH: 'tỉnh',
  quận: 'quận', Quận: 'quận', 'Q.': 'quận',
  huyện: 'huyện', Huyện: 'huyện', 'H.': 'huyện',
  'thị xã': 'thị xã', 'Thị xã': 'thị xã', 'TX.': 'thị xã', TX: 'thị xã', 'Tx.': 'thị xã',
  xã: 'xã', Xã: 'xã',
  phường: 'phường', Phường: 'phường', 'P.': 'phường',
  'thị trấn': 'thị trấn', 'Thị trấn': 'thị trấn', 'TT.': 'thị trấn', TT: 'thị trấn',
};
const LEVEL_OF = { tỉnh: ['province'], 'thành phố': ['province', 'district'], quận: ['district'], huyện: ['district'], 'thị xã': ['district'], xã: ['commune'], phường: ['commune'], 'thị trấn': ['commune'] };

/** Party, youth-union and police bodies whose name carries the unit ("Huyện ủy Quỳnh Phụ", "CATP Hà Nội"). */
const ORGAN_FORMS = {
  'Tỉnh ủy': 'tỉnh', 'Tỉnh uỷ': 'tỉnh', 'Tỉnh đoàn': 'tỉnh', 'Thành ủy': 'thành phố', 'Thành uỷ': 'thành phố', 'Thành đoàn': 'thành phố',
  'Huyện ủy': 'huyện', 'Huyện uỷ': 'huyện', 'Huyện đoàn': 'huyện', 'Quận ủy': 'quận', 'Quận uỷ': 'quận', 'Quận đoàn': 'quận',
  'Thị ủy': 'thị xã', 'Thị uỷ': 'thị xã', 'Thị đoàn': 'thị xã', 'Đảng ủy xã': 'xã', 'Đảng ủy phường': 'phường',
  CATP: 'thành phố', CAT: 'tỉnh', CAH: 'huyện', CAQ: 'quận', CATX: 'thị xã', 'BCHQS tỉnh': 'tỉnh',
};

/** Words between a unit word and its name ("huyện đảo Phú Quốc", "xã vùng cao An Toàn"). */
const MODIFIERS = ['đảo', 'vùng cao', 'miền núi', 'biên giới', 'ven biển', 'nghèo', 'thuần nông', 'anh hùng', 'trung du', 'vùng sâu', 'cửa khẩu', 'mới', 'kết nghĩa', 'bạn', 'điểm'];

/** Written forms of province names that the official list spells otherwise. */
const ALIASES = {
  TPHCM: 'Hồ Chí Minh', 'TP.HCM': 'Hồ Chí Minh', 'TP HCM': 'Hồ Chí Minh', 'TP. HCM': 'Hồ Chí Minh', 'Tp.HCM': 'Hồ Chí Minh', 'Tp HCM': 'Hồ Chí Minh',
  'TP.Hồ Chí Minh': 'Hồ Chí Minh', 'TP Hồ Chí Minh': 'Hồ Chí Minh', 'TP. Hồ Chí Minh': 'Hồ Chí Minh', 'Tp. Hồ Chí Minh': 'Hồ Chí Minh', 'Tp.Hồ Chí Minh': 'Hồ Chí Minh', 'Tp Hồ Chí Minh': 'Hồ Chí Minh',
  'thành phố Hồ Chí Minh': 'Hồ Chí Minh', 'Thành phố Hồ Chí Minh': 'Hồ Chí Minh', 'T.P Hồ Chí Minh': 'Hồ Chí Minh', HCM: 'Hồ Chí Minh', 'TP.HCm': 'Hồ Chí Minh', TPCHM: 'Hồ Chí Minh',
  'Sài Gòn': 'Hồ Chí Minh', 'SG': 'Hồ Chí Minh',
  'Thủ đô Hà Nội': 'Hà Nội', 'Thủ đô': 'Hà Nội', HN: 'Hà Nội',
  'TT-Huế': 'Thừa Thiên Huế', 'TT Huế': 'Thừa Thiên Huế', 'Thừa Thiên - Huế': 'Thừa Thiên Huế', 'Thừa Thiên-Huế': 'Thừa Thiên Huế', 'TTH': 'Thừa Thiên Huế',
  'BR-VT': 'Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu': 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu': 'Bà Rịa - Vũng Tàu', 'Bà Rịa – Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  Kontum: 'Kon Tum', 'Đắc Lắc': 'Đắk Lắk', 'Đắk Lắc': 'Đắk Lắk', 'Đăk Lăk': 'Đắk Lắk', 'Đắk Lăk': 'Đắk Lắk', 'Đắc Lắk': 'Đắk Lắk', 'Daklak': 'Đắk Lắk', 'DakLak': 'Đắk Lắk',
  'Đắc Nông': 'Đắk Nông', 'Đăk Nông': 'Đắk Nông', 'Đắk Nong': 'Đắk Nông', 'Đác Nông': 'Đắk Nông', 'Đác Lắc': 'Đắk Lắk',
  'Hoà Bình': 'Hòa Bình', 'Thanh Hoá': 'Thanh Hóa', 'Khánh Hoà': 'Khánh Hòa', 'Bắc Cạn': 'Bắc Kạn',
};
// a bare "Hồ Chí Minh" is the city only with a unit word; "Thủ đô" only capitalised and not before another name
const ALIAS_ONLY_WITH_CONTEXT = new Set(['HCM', 'SG', 'HN', 'TTH', 'Thủ đô']);

// JavaScript's \b is ASCII-only ("thấp" has a \b before "ấp"): Vietnamese word edges are spelt out
const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';
const words = (list) => `${W0}(?:${list.join('|')})${W1}`;

/** Words after which a place is a person's home, address or birthplace rather than the report's place. */
const RESIDENCE = new RegExp(`(?:(?<!nội |bán )${words(['trú', 'ngụ', 'thường trú', 'tạm trú', 'quê ở', 'quê tại', ', quê', 'quê quán', 'nguyên quán', 'sinh ra', 'SN \\d{4}', 'sinh năm \\d{4}', '\\d{1,3} tuổi'])}|${words(['ở'])}(?=[^()]*\\)))[^.;:()]{0,60}$`, 'u');
/** A street address or hamlet before the place ("số 148 Giảng Võ, Hà Nội", "thôn Đoàn Kết, xã …"). */
const ADDRESS = new RegExp(`(?:${W0}số \\d+[\\w/]*,?\\s+(?:đường|phố|ngõ|hẻm|ngách)?\\s*[\\p{Lu}\\d]|${words(['đường', 'phố', 'ngõ', 'hẻm', 'thôn', 'ấp', 'bản', 'tổ dân phố', 'khu phố', 'khóm', 'xóm', 'tổ \\d+'])}\\s+[\\p{Lu}\\d])[^.;:()]{0,50}$`, 'u');
const STREET = new RegExp(`(?<!đường |trên |khắp |ngoài |khu |dạo )${words(['đường', 'phố', 'Đường', 'Phố', 'đại lộ', 'quốc lộ', 'QL', 'sân bay', 'ga', 'bến xe'])}\\s$`, 'u');
const ORG_WORDS = /^(?:Công ty|Cty|Tập đoàn|Ngân hàng|Trường|Bệnh viện|Đại học|Học viện|Báo|Đài|Nhà máy|Khách sạn|Hội|Câu lạc bộ|CLB|Đội|Tổng công ty|HTX|Hợp tác xã|Quỹ|Viện|Cục|Chi cục|Sở|Cảng|Sân vận động|SVĐ|Trung tâm|Liên đoàn)$/u;
/** An office before the place: the place belongs to a person's post ("Bí thư Thành ủy TP.HCM Nguyễn Thiện Nhân"). */
const POST = new RegExp(`${words(['Bí thư', 'bí thư', 'Chủ tịch', 'chủ tịch', 'Giám đốc', 'giám đốc', 'Trưởng phòng', 'trưởng phòng', 'Chánh văn phòng', 'Trưởng Công an', 'trưởng Công an', 'Trưởng ban', 'Ủy viên', 'Tư lệnh', 'Chính ủy', 'Chỉ huy trưởng', 'Trưởng đoàn', 'ĐBQH', 'Thành ủy viên', 'Tỉnh ủy viên'])}(?:\\s+(?:Thường trực|thường trực|Thường vụ|Ban Thường vụ|HĐND|UBND|Ủy ban nhân dân|Hội đồng nhân dân|MTTQ|Ủy ban MTTQ|Sở [\\p{L} ]{2,30}?|Công an|Đoàn ĐBQH|LĐLĐ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Ban Tuyên giáo|Bộ CHQS|Ban CHQS))*\\s+$`, 'u');
const ROUND_UP = new RegExp(`${words(['các địa phương', 'cả nước', 'toàn quốc', 'các tỉnh', 'nhiều tỉnh', 'trên toàn quốc', 'nhiều địa phương'])}`, 'u');
const UNNAMED_LOCAL = /(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|Tỉnh ủy|Tỉnh uỷ|CA|Công an|Bộ CHQS|LĐLĐ|Liên minh HTX|Sở [\p{L}&]+(?: [\p{L}&]+){0,4}|Ban [\p{L}]+(?: [\p{L}]+){0,4}|trong và ngoài|toàn|của|địa bàn|lãnh đạo) (?:tỉnh|thành phố|TP)(?![\p{L}]| ?[A-ZĐÐ0-9]| ?\.[A-Z])/u;

// ---------------------------------------------------------------------------------------------------------------
// Finding mentions

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (list) => [...list].sort((a, b) => b.length - a.length).map(esc).join('|');
const NAME = `(?:\\d{1,2}(?![\\d/.,])|${CAP})(?:(?:\\s+|-|\\s[-–]\\s)${CAP}){0,5}`;
const TYPED_RE = new RegExp(`(?<![\\p{L}\\p{N}&/])(${alt(Object.keys(UNIT_FORMS))})(?:\\s+|(?<=\\.))(?:(${alt(MODIFIERS)})\\s+)?(${NAME})`, 'gu');
const ORGAN_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(Object.keys(ORGAN_FORMS))})(?![\\p{L}])(?:\\s+(${NAME}))?`, 'gu');
const ALIAS_RE = new RegExp(`(?<![\\p{L}\\p{N}.])(${alt(Object.keys(ALIASES))})(?![\\p{L}\\p{N}])`, 'gu');
const PROVINCE_NAMES = [...gaz.provinces].map((p) => p);
const BARE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(PROVINCE_NAMES.concat(PROVINCE_NAMES.map((p) => p.replace(/Đ/g, 'Ð'))))})(?![\\p{L}\\p{N}])`, 'gu');
const UNIT_WORD_BEFORE = new RegExp(`(?:${alt(Object.keys(UNIT_FORMS))}|${alt(Object.keys(ORGAN_FORMS))})\\s*$`, 'u');

const SPECIAL_KEYS = { hcm: 'Hồ Chí Minh', hochiminh: 'Hồ Chí Minh', tphcm: 'Hồ Chí Minh', saigon: 'Hồ Chí Minh' };

/** The units a name can be at the given levels (folded-name lookup), provinces first. */
function unitsNamed(name, levels) {
  const k = key(name);
  const special = SPECIAL_KEYS[k];
  const found = (gaz.byKey.get(special ? key(special) : k) ?? []).filter((u) => levels.includes(u.level));
  return found.sort((a, b) => (a.level === 'province' ? -1 : 0) - (b.level === 'province' ? -1 : 0));
}

/** Longest prefix of a capitalised run that names a unit of the given type: { units, used, rest }. */
function resolveRun(run, type) {
  const syl = run.split(/(\s[-–]\s|\s+|-)/);
  // syl alternates word, separator, word …
  const words = [];
  for (let i = 0; i < syl.length; i += 2) words.push({ w: syl[i], sep: syl[i + 1] ?? '' });
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const name = words.slice(0, n).map((x, i) => x.w + (i < n - 1 ? x.sep : '')).join('');
    const units = unitsNamed(name, LEVEL_OF[type]);
    if (units.length) {
      const exact = units.filter((u) => u.type === type);
      return { units: exact.length ? exact : units, used: name, rest: words.slice(n).map((x) => x.w).join(' ') };
    }
  }
  return { units: [], used: '', rest: run };
}

/** How a capitalised run after a unit word resolved; a person's name has 3-4 syllables and opens with a family name. */
function runStatus(r, run) {
  const isPerson = (words) => words.length >= 2 && words.length <= 4 && SURNAMES.has(words[0]);
  if (r.units.length && !r.rest) return 'resolved';
  if (r.units.length) return isPerson(r.rest.split(/\s+/)) ? 'name+person' : 'name+other';
  const words = run.split(/\s+/);
  return words.length >= 3 && isPerson(words) ? 'person' : 'unresolved';
}

function contextFlags(text, start, end) {
  const before = text.slice(Math.max(0, start - 90), start);
  const after = text.slice(end, end + 220);
  const flags = [];
  if (RESIDENCE.test(before)) flags.push('residence');
  else if (ADDRESS.test(before)) flags.push('address');
  if (STREET.test(before)) flags.push('street');
  if (POST.test(before)) {
    // "Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM": a post in apposition to a named person
    const appos = before.match(/((?:[\p{Lu}][\p{L}]*\s+){1,3}[\p{Lu}][\p{L}]*)\s*[,–-]\s+[^.;:()]{0,90}$/u);
    flags.push(appos && SURNAMES.has(appos[1].split(/\s+/)[0]) ? 'post-apposition' : 'post');
  }
  const sentenceAfter = after.split(/(?<=[.!?])\s+(?=[A-ZĐ])/u)[0] ?? '';
  if (/^[^.!?]{0,200}?(?:\.\s*|\s)\(?(?:Ảnh|Nguồn)\s*:/u.test(after) && !/^[^.]*\.\s+[A-ZĐ][^.]{20,}(?:Ảnh|Nguồn)\s*:/u.test(after)) flags.push('caption');
  else if (/(?:Ảnh|Nguồn)\s*:/.test(sentenceAfter) && sentenceAfter.search(/Ảnh|Nguồn/) < 160) flags.push('caption');
  if (/(?<![\p{L}])rời\s+(?:Thủ đô\s+)?$/u.test(before)) flags.push('departure');
  // "đại biểu Phạm Trường Dân (Quảng Nam)": a person's province in parentheses; not "huyện Kim Thành (Hải Dương)"
  const namedBefore = before.match(/((?:[\p{Lu}][\p{L}]*\s+){1,3}[\p{Lu}][\p{L}]*)\s*\($/u);
  if (namedBefore && SURNAMES.has(namedBefore[1].split(/\s+/)[0]) && !UNIT_WORD_BEFORE.test(before.slice(0, namedBefore.index))) flags.push('person-origin');
  return flags;
}

/** Every place mention of an article: typed ("huyện Đăk Hà"), organ ("Thị ủy Kỳ Anh"), alias ("TP.HCM"), bare ("Cà Mau"). */
function findMentions(text) {
  const out = [];
  const taken = [];
  const overlaps = (s, e) => taken.some(([a, b]) => s < b && e > a);
  for (const m of text.matchAll(ALIAS_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    const form = m[1];
    if (ALIAS_ONLY_WITH_CONTEXT.has(form)) {
      const next = text.slice(e, e + 3);
      if (form === 'Thủ đô' && /^\s[A-ZĐ]/u.test(next)) continue; // "Thủ đô Viêng Chăn"; "Thủ đô Hà Nội" is its own alias
      if (form === 'HCM' && !/(?:TP|Tp)\.?\s?$/.test(text.slice(Math.max(0, s - 4), s)) && !/[-–(]\s?$/.test(text.slice(Math.max(0, s - 2), s))) continue;
      if (form === 'SG' || form === 'HN' || form === 'TTH') continue;
    }
    const name = ALIASES[form];
    const unit = unitsNamed(name, ['province'])[0];
    out.push({ start: s, end: e, text: m[0], kind: 'alias', form, unit, units: [unit], status: 'resolved', flags: contextFlags(text, s, e) });
    taken.push([s, e]);
  }
  for (const m of text.matchAll(TYPED_RE)) {
    const form = m[1];
    const type = UNIT_FORMS[form];
    const s = m.index;
    const runStart = s + m[0].length - m[3].length;
    if (overlaps(s, runStart + m[3].length)) continue;
    const r = resolveRun(m[3], type);
    const status = form.endsWith('.') && /^\p{Lu}(?:$|\s|\.)/u.test(m[3]) && !r.units.length ? 'initials' : runStatus(r, m[3]);
    const e = r.units.length ? runStart + r.used.length : runStart + m[3].length;
    const prov = r.units.length ? r.units : [];
    out.push({ start: s, end: e, text: text.slice(s, e), kind: 'typed', form, type, modifier: m[2] ?? null, run: m[3], unit: prov[0] ?? null, units: prov, status, flags: contextFlags(text, s, e) });
    taken.push([s, e]);
  }
  for (const m of text.matchAll(ORGAN_RE)) {
    const form = m[1];
    const type = ORGAN_FORMS[form];
    const s = m.index;
    if (overlaps(s, s + form.length)) continue;
    const nextText = text.slice(s + form.length, s + form.length + 14);
    if (!m[2] || new RegExp(`^\\s+(?:${alt(Object.keys(UNIT_FORMS))})(?:\\s|\\.)`, 'u').test(nextText)) {
      if (/^\s+(?:TP|Tp|thành phố|tỉnh|huyện|quận|thị xã)/u.test(nextText)) continue; // "Thành ủy TP Hà Nội": the typed mention counts
      out.push({ start: s, end: s + form.length, text: form, kind: 'organ', form, type, run: null, unit: null, units: [], status: 'unnamed', flags: contextFlags(text, s, s + form.length) });
      continue;
    }
    const runStart = s + m[0].length - m[2].length;
    const r = resolveRun(m[2], type);
    const status = runStatus(r, m[2]);
    const e = r.units.length ? runStart + r.used.length : runStart + m[2].length;
    out.push({ start: s, end: e, text: text.slice(s, e), kind: 'organ', form, type, run: m[2], unit: r.units[0] ?? null, units: r.units, status, flags: contextFlags(text, s, e) });
    taken.push([s, e]);
  }
  for (const m of text.matchAll(BARE_RE)) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(s, e)) continue;
    const before = text.slice(Math.max(0, s - 60), s);
    if (UNIT_WORD_BEFORE.test(before)) continue; // a typed mention whose run did not resolve as a whole
    const name = m[1].replace(/Ð/g, 'Đ');
    const unit = unitsNamed(name, ['province'])[0];
    const flags = contextFlags(text, s, e);
    // part of a longer capitalised run: "Châu Á - Thái Bình Dương", "Đại học Quốc gia Hà Nội", a person's name
    const prevWords = before.match(/((?:[\p{Lu}][\p{L}]*|-|–|&)\s+){1,8}$/u)?.[0] ?? '';
    const nextWord = text.slice(e, e + 20).match(/^[ \t]+([\p{Lu}][\p{L}]*)/u)?.[1];
    const prevList = prevWords.trim().split(/\s+/).filter(Boolean);
    if (prevList.some((w) => ORG_WORDS.test(w)) || /(?:Công ty|Tập đoàn|Ngân hàng|Bệnh viện|Đại học|Học viện|Trung tâm|Hợp tác xã|Tổng công ty)\s+(?:[\p{L}&-]+\s+){0,8}$/u.test(before)) flags.push('org-name');
    else if (nextWord && !(SURNAMES.has(nextWord) && /^[ \t]+\S+[ \t]+[\p{Lu}][\p{Ll}]*[ \t]+[\p{Lu}]/u.test(text.slice(e, e + 40))) && !/^(?:Theo|Trong|Tại|Sau|Ngày|Sáng|Chiều|Tối|Khi|Đây|Để|Với|Các|Những|Ông|Bà|Anh|Chị|Hiện|Năm|Tháng|Từ|Đến|Ảnh|Nguồn|Tin|Bài|Cùng|Do|Về|Nhưng|Và|Còn|Cũng)$/.test(nextWord)) flags.push('compound');
    else if (prevList.length && SURNAMES.has(prevList[0]) && !/[-–]\s*$/.test(prevWords)) flags.push('person');
    if (name === 'Hồ Chí Minh') flags.push('hcm-bare');
    out.push({ start: s, end: e, text: m[0], kind: 'bare', form: m[1], unit, units: [unit], status: 'resolved', flags });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Flags that make a mention useless as the locality; 'address' and 'post' are only tallied (see the notes). */
const TRAPS = ['residence', 'post-apposition', 'street', 'caption', 'org-name', 'compound', 'person', 'person-origin', 'hcm-bare', 'departure'];
const usable = (m) => m.unit && (m.status === 'resolved' || m.status === 'name+person' || m.status === 'name+other') && !m.flags.some((f) => TRAPS.includes(f));

// ---------------------------------------------------------------------------------------------------------------
// Part 1: corpus/real

function realStudy() {
  const real = readReal(LIMIT);
  section(`corpus/real: ${real.length} articles`);
  const [typed, typedStatus, modifiers, unresolved, persons, organs, aliases, hcmBare, bareContext] = tallies();
  const [compounds, flagsTally, unnamedBodies, domains, venues, nearSpellings, provincesPerArticle] = tallies();
  const formStatus = new Map();
  const tags = new Map();
  let articlesWithUnnamedOnly = 0;
  let articlesWithUnnamed = 0;

  for (const { file, text } of real) {
    const p = parts(text);
    const body = [p.title, ...p.body].join('\n');
    const ms = findMentions(body);
    const provs = new Map();
    for (const m of ms) {
      const ex = snippet(body, m.start, m.end);
      if (m.kind === 'typed') {
        typed.add(`${m.form} + Name → ${m.type}`, ex, file);
        typedStatus.add(m.status, ex, file);
        const fs_ = formStatus.get(m.form) ?? formStatus.set(m.form, {}).get(m.form);
        fs_[m.status] = (fs_[m.status] ?? 0) + 1;
        if (m.modifier) modifiers.add(`${m.form} ${m.modifier} + Name`, ex, file);
        if (m.status === 'unresolved') unresolved.add(`${m.form} ${m.run}`, ex, file);
        if (m.status === 'person' || m.status === 'name+person') persons.add(m.status === 'person' ? `${m.form} + PERSON (no unit name)` : `${m.form} + Unit + PERSON`, ex, file);
      } else if (m.kind === 'organ') organs.add(`${m.form} ${m.status === 'unnamed' ? '(no name)' : m.status === 'resolved' || m.status.startsWith('name+') ? '+ Name' : `+ ${m.status}`}`, ex, file);
      else if (m.kind === 'alias') aliases.add(m.form, ex, file);
      else {
        for (const f of m.flags) if (['compound', 'org-name', 'person', 'hcm-bare'].includes(f)) bareContext.add(`bare ${f}`, ex, file);
        if (m.flags.includes('compound')) compounds.add(body.slice(m.start, m.end + 20).match(/^[^\s]+(?:\s[\p{Lu}][\p{L}]*)+/u)?.[0] ?? m.text, ex, file);
        if (m.flags.includes('hcm-bare')) hcmBare.add(body.slice(Math.max(0, m.start - 30), m.start).match(/([\p{L}.]+\s+[\p{L}.]+)\s*$/u)?.[1]?.toLowerCase() ?? '?', ex, file);
        if (!m.flags.length) bareContext.add('bare, plain', ex, file);
      }
      for (const f of m.flags) flagsTally.add(f, ex, file);
      if (usable(m)) provs.set(m.unit.province, (provs.get(m.unit.province) ?? 0) + 1);
    }
    provincesPerArticle.add(provs.size >= 5 ? '5+' : String(provs.size), null, file);

    // unnamed local bodies: "UBND tỉnh" with no name after it
    let unnamed = 0;
    for (const m of body.matchAll(new RegExp(UNNAMED_LOCAL.source, 'gu'))) {
      unnamed++;
      unnamedBodies.add(m[0].replace(/\s+/g, ' '), snippet(body, m.index, m.index + m[0].length), file);
    }
    if (unnamed) articlesWithUnnamed++;
    if (unnamed && !provs.size) articlesWithUnnamedOnly++;

    // lead tags and the province each article is most about
    const tm = p.lead.match(LEAD_TAG);
    if (tm && !/^\(\d/.test(p.lead)) {
      const tag = (tm[1] ?? tm[2]).trim();
      const top = [...provs.entries()].sort((a, b) => b[1] - a[1])[0];
      const t = tags.get(tag) ?? tags.set(tag, { n: 0, top: new Map(), none: 0 }).get(tag);
      t.n++;
      if (top) t.top.set(top[0], (t.top.get(top[0]) ?? 0) + 1);
      else t.none++;
    }
    for (const m of body.matchAll(/\(([\w.-]+\.(?:vn|com|net|org|info))\)/gu)) domains.add(m[1], snippet(body, m.index, m.index + m[0].length), file);
    // venue phrases in the lead: "tại X" where the organiser may be national
    const lead = p.body.slice(0, 2).join(' ').slice(0, 600);
    for (const m of lead.matchAll(/(?<![\p{L}])[Tt]ại\s+((?:[\p{Lu}][\p{L}]*|TP\.?|thành phố|tỉnh|huyện|quận|thị xã|xã|phường|Thủ đô|trụ sở|Trụ sở|hội trường|Hội trường|điểm cầu|Nhà văn hóa|Học viện|Bộ)(?![\p{L}]))/gu)) {
      venues.add(`tại ${m[1]}…`, snippet(lead, m.index, m.index + 40), file);
    }
    for (const m of body.matchAll(/(?<![\p{L}])(Đắc Lắc|Đăk Lăk|Đắk Lăk|Đắc Lắk|Daklak|Đắc Nông|Đăk Nông|Kontum|Đăk Hà|Đắk Hà|Đăk Tô|Đắk Tô|Đăk Glei|Đắk Glei|Đắk Mil|Đăk Mil|Hoà Bình|Thanh Hoá|Khánh Hoà|Bắc Cạn|Tỉnh uỷ|Thành uỷ|Huyện uỷ|Bình Ðịnh|Thừa Thiên - Huế|TT-Huế|Bà Rịa-Vũng Tàu|BR-VT|Buôn Mê Thuột|Buôn Ma Thuột|Sài Gòn)(?![\p{L}])/gu)) {
      nearSpellings.add(m[1], snippet(body, m.index, m.index + m[0].length), file);
    }
  }

  typed.print('Unit word + name (typed mentions), by the written unit word', { top: TOP });
  const statuses = ['resolved', 'name+person', 'name+other', 'person', 'initials', 'unresolved'];
  console.log('\n## Each written unit word: how often the name after it is a listed unit (precision of the form)');
  console.log(`form\tmentions\t${statuses.join('\t')}\tresolved %`);
  for (const [form, st] of [...formStatus.entries()].sort((a, b) => Object.values(b[1]).reduce((x, y) => x + y) - Object.values(a[1]).reduce((x, y) => x + y))) {
    const n = Object.values(st).reduce((x, y) => x + y);
    const ok = (st.resolved ?? 0) + (st['name+person'] ?? 0) + (st['name+other'] ?? 0);
    console.log(`${form}\t${n}\t${statuses.map((k) => st[k] ?? 0).join('\t')}\t${((100 * ok) / n).toFixed(0)}%`);
  }
  typedStatus.print('Typed mentions by how the name after the unit word resolves in the national list', { top: TOP });
  console.log('   resolved: the whole capitalised run is a unit; name+person: a unit then a person ("UBND tỉnh Lào Cai Đặng Xuân Phong");');
  console.log('   person: no unit, the run opens with a family name ("Chủ tịch UBND tỉnh Phạm Anh Tuấn"); unresolved: foreign, new, typo, sentence-start "Tỉnh …"');
  persons.print('Person names after a unit word (trap)', { top: TOP });
  unresolved.print('Unresolved unit word + run (foreign places, renamed or misspelt units, other words)', { top: TOP });
  modifiers.print('Unit word + modifier + name ("huyện đảo Phú Quốc", "xã vùng cao An Toàn")', { top: TOP });
  organs.print('Organ forms (party committee, youth union, police) with or without a name', { top: TOP });
  aliases.print('Alias spellings (all spellings of Ho Chi Minh City, Thủ đô, TT-Huế, BR-VT, Kontum …)', { top: TOP });
  hcmBare.print('Bare "Hồ Chí Minh" (no unit word): the two words before it', { top: 20 });
  bareContext.print('Bare province names by context', { top: TOP });
  compounds.print('Bare province name inside a longer capitalised run (trap)', { top: TOP });
  flagsTally.print('Context flags of all mentions (traps a rule must skip)', { top: TOP });
  nearSpellings.print('Near spellings and variant forms', { top: TOP });
  unnamedBodies.print('Unnamed local bodies ("UBND tỉnh", "CA tỉnh", "trong và ngoài tỉnh")', { top: TOP });
  console.log(`\narticles with an unnamed local body: ${articlesWithUnnamed}; of them with no usable named province at all: ${articlesWithUnnamedOnly}`);
  provincesPerArticle.print('Distinct provinces named per article (usable mentions only)', { top: 10, examples: false });
  venues.print('"tại X" in the first two lines (venue phrases)', { top: TOP });
  domains.print('Portal domains in parentheses', { top: 15 });

  console.log(`\n## Lead tags and the province their articles name most (tags with >= 3 articles)`);
  console.log('articles\tno-province\ttag\ttop province (articles where it is the most-named province)');
  for (const [tag, t] of [...tags.entries()].sort((a, b) => b[1].n - a[1].n)) {
    if (t.n < 3) continue;
    const tops = [...t.top.entries()].sort((a, b) => b[1] - a[1]);
    console.log(`${t.n}\t${t.none}\t${tag}\t${tops.slice(0, 3).map(([p, n]) => `${p} ${n}`).join(', ')}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Part 2: the dev set

/** Sentences of a text: splits at . ! ? and at a glued ".Capital" that is not an abbreviation ("TP.HCM", "N.C"). */
function sentences(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      if (i > start) out.push([start, i]);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const next = text[i + 1] ?? '';
    const word = text.slice(start, i).match(/([\p{L}]+)$/u)?.[1] ?? '';
    if (/^\s$/.test(next)) {
      if (word.length === 1 && /\p{Lu}/u.test(word)) continue; // initial
      if (/^(?:TP|Tp|TS|ThS|PGS|GS|St|Mr|Q|P|H|TX|TT|Th)$/.test(word)) continue;
      out.push([start, i + 1]);
      start = i + 2;
    } else if (/\p{Lu}/u.test(next) && /\p{Ll}/u.test(text[i + 2] ?? '') && word.length > 3 && !/^\p{Lu}+$/u.test(word)) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim());
}

const specificity = { province: 0, district: 1, commune: 2 };
const levelOf = (u) => (u ? u.level : null);
const describe = (m) => (m ? `${m.kind === 'bare' || m.kind === 'alias' ? m.unit.type : m.type ?? m.unit.type} ${m.unit.name}` : 'null');

function unitOf(m) {
  if (!m) return null;
  let type = m.kind === 'typed' || (m.kind === 'organ' && m.type) ? m.type : m.unit.type;
  if (m.unit.level === 'province') type = m.unit.type; // "TP Hà Nội" is a thành phố, "tỉnh Thừa Thiên Huế" a tỉnh
  return { type, name: m.unit.name, province: m.unit.province, level: m.unit.level };
}

function provinceVote(ms) {
  const votes = new Map();
  for (const m of ms) if (usable(m)) votes.set(m.unit.province, (votes.get(m.unit.province) ?? 0) + 1);
  return [...votes.entries()].sort((a, b) => b[1] - a[1]);
}

/** A unit mention chosen by a commune/district name that several units share: the one in the article's province. */
function pickIn(m, votes) {
  if (!m || m.units.length < 2) return m;
  const rank = new Map(votes.map(([p], i) => [p, i]));
  const best = [...m.units].sort((a, b) => (rank.get(a.province) ?? 99) - (rank.get(b.province) ?? 99))[0];
  return { ...m, unit: best };
}

/** Words that make a mention the unit of an administrative body ("UBND huyện Đăk Hà", "Công an tỉnh Hưng Yên"). */
const BODY_BEFORE = /(?:UBND|HĐND|Ủy ban nhân dân|Hội đồng nhân dân|MTTQ|Ủy ban MTTQ|Công an|CA|Bộ CHQS|Ban CHQS|Bộ Chỉ huy Quân sự|Ban Chỉ huy Quân sự|Sở [\p{L}&]+(?: [\p{L}&-]+){0,5}|LĐLĐ|Liên đoàn Lao động|Cục [\p{L}]+(?: [\p{L}]+){0,5}|Hải quan|Đảng bộ|Quận ủy|Huyện ủy|Thành ủy|Tỉnh ủy|Thị ủy|Ban Thường vụ|BTV),?\s*(?:và\s+)?$/u;

/** The most specific unit of a list of mentions (commune over district over province), first in text on ties. */
const mostSpecific = (list) => [...list].sort((x, y) => specificity[levelOf(y.unit)] - specificity[levelOf(x.unit)] || x.start - y.start)[0];

/** Title units: typed/organ/alias/bare mentions, and "Đoàn Tùng, Hải Dương: …" (a bare unit name before its province). */
function titleUnits(title, votes) {
  const ms = findMentions(title).filter(usable).map((m) => pickIn(m, votes));
  const pair = title.match(new RegExp(`^(${CAP}(?:\\s+${CAP}){0,3}),\\s+(${CAP}(?:\\s+${CAP}){0,3})\\s*:`, 'u'));
  if (pair) {
    const prov = unitsNamed(pair[2], ['province'])[0];
    const lower = prov && (gaz.byKey.get(key(pair[1])) ?? []).find((u) => u.province === prov.name && u.level !== 'province');
    if (lower) ms.push({ start: 0, end: pair[1].length, kind: 'bare', unit: lower, units: [lower], status: 'resolved', flags: [] });
  }
  const prefix = title.match(/^([^:]{2,40}):/u);
  const prefixMs = prefix ? ms.filter((m) => m.end <= prefix[1].length + 1) : [];
  return { ms, prefixed: prefixMs.length > 0 };
}

/**
 * The candidate procedure. Returns { unit, step } where step names the rule that decided.
 *  0. round-up: three or more provinces each heading an item ("LĐLĐ tỉnh Yên Bái: …") → null.
 *  1. title prefix: "Hà Nội: …", "Thanh Hóa: Huyện Tĩnh Gia …" → the most specific unit of the title.
 *  2. lead: the first non-caption sentences of the lead and body (up to three): a venue phrase "tại X, huyện Y, …"
 *     opening the sentence is set aside; an unnamed provincial subject ("UBND tỉnh vừa …", "(CA tỉnh)") takes the
 *     province named most in the article when the article names it at all; else the first usable mention after the
 *     venue, preferring one that belongs to an administrative body (UBND, Công an, Sở …); when there is none and the
 *     organiser is national, the venue's most specific unit. A lead speaking of "các địa phương", "cả nước" stops.
 *  3. title: a unit named in the headline wins over the lead's when it is more specific and inside the lead's
 *     province ("Huyện đảo Phú Quốc" over "UBND tỉnh Kiên Giang"); otherwise the lead decides.
 *  4. province vote: when the opening (600 characters) speaks of its province unnamed ("trong và ngoài tỉnh",
 *     "UBND tỉnh", "LĐLĐ TP"), the province most named (usable mentions), if it has at least 2 and twice the next.
 *  5. otherwise null (national, foreign, round-up).
 */
const MAX_LEAD_SENTENCES = flag.number('--lead-sentences', 3);

function decide(a) {
  const headline = a.html ? /<h1|og:title/.test(a.html) : isHeadline(a.lines[0]);
  const title = headline ? a.lines[0] : '';
  const lines = a.html ? a.lines : parts(a.lines.join('\n')).body.length ? [a.lines[0], ...parts(a.lines.join('\n')).body] : a.lines;
  const bodyLines = headline ? lines.slice(1) : lines; // the aggregator's trailing chrome (keyword list, outlet) left out
  const text = bodyLines.join('\n');
  const ms = findMentions(text);
  const votes = provinceVote(ms);
  const named = new Set(ms.filter((m) => usable(m) && m.unit.level === 'province').map((m) => m.unit.name));
  const { ms: titleMs, prefixed } = title ? titleUnits(title, votes) : { ms: [], prefixed: false };
  const asProvince = (name) => {
    const prov = gaz.byKey.get(key(name))?.find((u) => u.level === 'province');
    return { type: prov.type, name: prov.name, province: prov.name, level: 'province' };
  };

  const headings = new Set(ms.filter((m) => usable(m) && /^\s*(?:\([^)]{1,30}\))?\s*:/.test(text.slice(m.end, m.end + 40))).map((m) => m.unit.province));
  if (headings.size >= 3) return { unit: null, step: 'round-up (3+ provinces head items)' };
  if (prefixed) return { unit: unitOf(mostSpecific(titleMs)), step: 'title prefix "X: …"' };

  let lead = null;
  let leadStep = null;
  let seen = 0;
  const sents = sentences(text);
  for (const [si, [s, e]] of sents.entries()) {
    if (seen >= MAX_LEAD_SENTENCES || si > 8) break;
    const raw = text.slice(s, e);
    const nextRaw = sents[si + 1] ? text.slice(...sents[si + 1]) : '';
    if (/^\s*\(?(?:Ảnh|Nguồn)\s*:/u.test(nextRaw) || /\((?:Ảnh|Nguồn)\s*:[^)]*\)\s*$/u.test(raw)) continue; // a photo caption
    let from = s;
    const tag = raw.match(LEAD_TAG);
    if (tag && si === 0) from += tag[0].length;
    const cap = text.slice(from, e).match(/^\s*\(?(?:Ảnh|Nguồn)\s*:\s*(?:[\p{Lu}][\p{L}.]*(?:\s*[-–/]\s*|\s+)){1,4}/u);
    if (cap) from += cap[0].length;
    seen++;
    const sText = text.slice(from, e);
    const inS = ms.filter((m) => m.start >= from && m.end <= e);
    // a venue phrase at the opening, with its address chain: "[Sáng 31-5,] tại xã A, huyện B, tỉnh C, …"
    const venue = sText.match(/^(?:[^,]{0,40},\s*)?[Tt]ại\s+[^,]{2,120}?(?:,\s*(?:(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|TP\.?|tỉnh)\s|[\p{Lu}][\p{L}]+\s[\p{Lu}][\p{L}]+\s*,)[^,]{1,60}?)*,\s/u);
    let organiserMs = inS;
    let venueMs = [];
    if (venue) {
      const vEnd = from + venue.index + venue[0].length;
      venueMs = inS.filter((m) => m.end <= vEnd && usable(m));
      organiserMs = inS.filter((m) => m.start >= vEnd);
    }
    const unnamedSubject = new RegExp(`^(?:[^,]{0,40},\\s*)?[^,]{0,80}?${UNNAMED_LOCAL.source}`, 'u').test(sText) && !organiserMs.slice(0, 1).some(usable);
    if (unnamedSubject && votes.length && named.has(votes[0][0])) {
      lead = { unit: asProvince(votes[0][0]) };
      leadStep = 'lead: unnamed provincial subject → province named most';
      break;
    }
    const usableMs = organiserMs.filter(usable);
    const ofBody = usableMs.find((m) => BODY_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) || m.kind === 'organ');
    const first = ofBody ?? usableMs[0];
    if (first) {
      lead = { unit: unitOf(pickIn(first, votes)) };
      leadStep = `lead: ${ofBody ? 'first unit of an administrative body' : 'first usable mention'}${seen > 1 ? ` (sentence ${seen})` : ''}`;
      break;
    }
    if (venueMs.length) {
      lead = { unit: unitOf(pickIn(mostSpecific(venueMs), votes)) };
      leadStep = 'lead: venue "tại X" (organiser national or unplaced)';
      break;
    }
    if (ROUND_UP.test(sText)) break;
  }

  const t = titleMs.length ? mostSpecific(titleMs) : null;
  const tu = t ? unitOf(t) : null;
  if (lead && tu && specificity[tu.level] > specificity[lead.unit.level] && tu.province === lead.unit.province) return { unit: tu, step: 'title (more specific, inside the lead unit)' };
  if (lead) return { unit: lead.unit, step: leadStep };
  if (tu) return { unit: tu, step: 'title' };
  if (votes.length && named.has(votes[0][0]) && new RegExp(UNNAMED_LOCAL.source, 'u').test(text.slice(0, 600)) && votes[0][1] >= 2 && (votes.length === 1 || votes[0][1] >= 2 * votes[1][1])) {
    return { unit: asProvince(votes[0][0]), step: 'vote (unnamed "tỉnh" and one province dominates)' };
  }
  return { unit: null, step: 'null' };
}

function devStudy() {
  const dev = readDev();
  section(`dev: ${dev.length} articles, locality`);
  const source = new Tally();
  const nullKinds = new Tally();
  const steps = new Tally();
  let right = 0;
  let rightFolded = 0;
  const misses = [];
  const rows = [];
  for (const a of dev) {
    const g = a.expected.locality;
    const headline = a.html ? /<h1|og:title/.test(a.html) : isHeadline(a.lines[0]);
    const title = headline ? a.lines[0] : '';
    const body = (headline ? a.lines.slice(1) : a.lines).join('\n');
    const ms = findMentions(body);
    const votes = provinceVote(ms);
    const sents = sentences(body);
    const leadEnd = sents[0]?.[1] ?? 0;
    const tag = (a.lines[headline ? 1 : 0] ?? '').match(LEAD_TAG);
    const where = [];
    if (g) {
      const gk = key(g.name);
      const hits = ms.filter((m) => m.unit && key(m.unit.name) === gk && m.unit.level === (g.type === 'tỉnh' || (g.type === 'thành phố' && g.name === g.province) ? 'province' : g.type === 'xã' || g.type === 'phường' || g.type === 'thị trấn' ? 'commune' : 'district'));
      const inTitle = title && fold(title).includes(fold(g.name));
      if (inTitle) where.push('title');
      if (hits.some((m) => m.start < leadEnd)) where.push('lead-sentence');
      else if (hits.some((m) => m.start < (sents[2]?.[1] ?? 0))) where.push('2nd/3rd sentence');
      if (hits[0] && hits[0] === ms.find(usable)) where.push('first usable mention');
      if (votes[0] && votes[0][0] === g.province) where.push('most-named province');
      if (hits.some((m) => m.flags.includes('caption'))) where.push('(also in caption)');
      if (!hits.length && fold(body).includes(fold(g.name))) where.push('only untyped/other form');
      if (!hits.length && !fold(body).includes(fold(g.name)) && !inTitle) where.push('NOT NAMED IN TEXT');
      if (tag) where.push(`tag ${(tag[1] ?? tag[2]).trim()}`);
      for (const w of where) source.add(w, null, a.id);
    } else {
      const kind = a.topic || '?';
      const places = [...new Set(ms.filter(usable).map((m) => m.unit.name))];
      nullKinds.add(`${kind}${places.length ? ` (names ${places.length} place${places.length > 1 ? 's' : ''})` : ' (no place)'}`, `${a.id}: ${places.slice(0, 5).join(', ') || '—'}`, a.id);
    }
    const d = decide(a);
    const same = (x, y) => (!x && !y) || (x && y && x.type === y.type && x.name === y.name);
    const sameFolded = (x, y) => (!x && !y) || (x && y && x.type === y.type && key(x.name) === key(y.name));
    if (same(d.unit, g)) right++;
    if (sameFolded(d.unit, g)) rightFolded++;
    else misses.push(`${a.id}: got ${d.unit ? `${d.unit.type} ${d.unit.name}` : 'null'} [${d.step}], gold ${g ? `${g.type} ${g.name}` : 'null'}`);
    steps.add(`${d.step} → ${sameFolded(d.unit, g) ? 'right' : 'wrong'}`, null, a.id);
    rows.push(`${a.id}\t${g ? `${g.type} ${g.name}` : 'null'}\t${where.join(', ')}\t${d.unit ? `${d.unit.type} ${d.unit.name}` : 'null'} [${d.step}]\t${votes.slice(0, 3).map(([p, n]) => `${p} ${n}`).join(', ')}`);
  }
  // simple baselines, for comparison with the procedure
  const baselines = { 'first usable mention (title, then body)': 0, 'most-named province (province level)': 0, 'title unit, else first usable mention in body': 0 };
  for (const a of dev) {
    const g = a.expected.locality;
    const headline = a.html ? /<h1|og:title/.test(a.html) : isHeadline(a.lines[0]);
    const all = findMentions(a.lines.join('\n')).filter(usable);
    const body = findMentions((headline ? a.lines.slice(1) : a.lines).join('\n')).filter(usable);
    const titleMs = headline ? findMentions(a.lines[0]).filter(usable) : [];
    const votes = provinceVote(all);
    const eq = (u) => (!u && !g) || (u && g && u.type === g.type && key(u.name) === key(g.name));
    if (eq(all[0] ? unitOf(all[0]) : null)) baselines['first usable mention (title, then body)']++;
    const vp = votes[0] && gaz.byKey.get(key(votes[0][0]))?.find((u) => u.level === 'province');
    if (eq(vp ? { type: vp.type, name: vp.name } : null)) baselines['most-named province (province level)']++;
    const tb = titleMs[0] ?? body[0];
    if (eq(tb ? unitOf(tb) : null)) baselines['title unit, else first usable mention in body']++;
  }
  console.log('\n## Baselines on dev (type and name, tones folded)');
  for (const [k, v] of Object.entries(baselines)) console.log(`${v}/${dev.length}\t${k}`);
  source.print('Where the gold locality is found (an article counts under every place that holds)', { examples: false });
  nullKinds.print('Gold null: kind of article (dev SOURCES topic) and the places it names', { top: 40 });
  steps.print('The candidate procedure: deciding step and outcome', { examples: false });
  console.log(`\nprocedure: ${right}/${dev.length} exact (type and name), ${rightFolded}/${dev.length} ignoring tones/Đ (Đăk Hà = Đắk Hà)`);
  console.log(`misses:\n  ${misses.join('\n  ')}`);
  if (verbose) {
    console.log('\nid\tgold\twhere\tprocedure\tprovince vote');
    for (const r of rows) console.log(r);
  }
}

/** --sample FLAG [N]: N mentions with that context flag, drawn evenly over corpus/real, to check the flag by eye. */
function sampleFlag(flag, n) {
  const hits = [];
  for (const { file, text } of readReal(LIMIT)) {
    const body = [parts(text).title, ...parts(text).body].join('\n');
    for (const m of findMentions(body)) if (m.flags.includes(flag) || m.status === flag) hits.push(`${file}: ${snippet(body, m.start, m.end, 150)}  [${m.text}]`);
  }
  const step = Math.max(1, Math.floor(hits.length / n));
  console.log(`${hits.length} mentions flagged ${flag}; every ${step}th:`);
  for (let i = 0; i < hits.length && i / step < n; i += step) console.log(`  ${hits[i]}`);
}

if (flag.has('--debug')) {
  const id = flag.value('--debug');
  const a = readDev().find((x) => x.id === id);
  const text = a.lines.slice(1).join('\n');
  for (const m of findMentions(text)) console.log(m.start, m.kind, m.form, JSON.stringify(m.text), m.status, m.unit?.name, m.flags.join(','), usable(m));
  console.log(sentences(text).slice(0, 4).map(([s, e]) => text.slice(s, e).slice(0, 120)));
  process.exit(0);
}

if (flag.has('--sample')) {
  sampleFlag(flag.value('--sample'), flag.number('--sample-n', 15));
  process.exit(0);
}
/** The procedure over corpus/real: which step decides how often, and an evenly spread sample to review by eye. */
function realProcedure(n) {
  const real = readReal(LIMIT);
  const steps = new Tally();
  const decided = [];
  for (const { file, text } of real) {
    const d = decide({ id: file, lines: text.split('\n'), html: null });
    steps.add(d.step, null, file);
    decided.push(`${file}\t${d.unit ? `${d.unit.type} ${d.unit.name}` : 'null'}\t[${d.step}]\t${text.split('\n')[0].slice(0, 90)}`);
  }
  section(`the procedure over corpus/real (${real.length} articles)`);
  steps.print('Deciding step', { examples: false });
  const step = Math.max(1, Math.floor(decided.length / n));
  console.log(`\n## Every ${step}th decision (file, locality, step, title) to review by eye`);
  for (let i = 0; i < decided.length && i / step < n; i += step) console.log(decided[i]);
}

if (!onlyDev) realStudy();
if (!onlyDev) realProcedure(flag.number('--review', 40));
if (!onlyReal) devStudy();
