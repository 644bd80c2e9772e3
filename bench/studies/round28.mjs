// Round 28: the phrasings and layouts fresh audits showed, counted in corpus/real, dev and the audits (kept outside
// the repository, --audits DIR holding a23 …), each with its first examples.
//   node bench/studies/round28.mjs [--audits /work/extra] [--examples 6] [--form NAME]
// Forms (each match is one article):
//   stopped-over-stamp    a first non-empty line of at most 180 characters that ends in a full stop or holds two
//                         sentences, right on top of the page's stamp ("Phù chẩn tổ chức lễ tuyên dương … vượt khó. Học
//                         sinh, … năm học 2020-2021." over "18/11/2021 15:48 Số lượt xem: 20")
//   bare-unit-headline    a headline opening with a commune's or a district's bare name, then a colon, a dash or a verb
//                         ("Tam Lãnh có 17 thanh niên …", "An Lão: Tổ chức …"), the lead's next three lines speaking of
//                         a unit of that type left unnamed ("CT UBND xã", "huyện sẽ tổ chức"); the name's units listed
//   bare-headline-typed-later  a headline opening with a bare name ("Diễn Ngọc có 44 đảng viên …") that the text names
//                         with its type later ("Đảng bộ xã Diễn Ngọc có tổng 435 đảng viên")
//   unnamed-body-bare-unit  the headline or the first three lines speak of a commune's or district's body left unnamed
//                         ("CT UBND xã", "Uỷ ban nhân dân thị xã"), name no unit of that type with its type word
//                         anywhere, and name one bare ("Tam Lãnh có 17 thanh niên …"); the bare names listed
//   ragged-wrap           a text whose lines break mid-sentence (no closing mark, the next line going on in lower case)
//                         three times or more and for a third of the lines that follow one another, where no column
//                         tells the breaks (a page's source wrapped at a column of its markup); the count of breaks
//   badge-level-ellipsis  Party badges counted by level, the verb said once: "có 2 đảng viên được nhận huy hiệu 55 năm
//                         tuổi đảng, 2 đảng viên huy hiệu 50 năm tuổi đảng, …", "1 đảng viên 65 năm tuổi đảng, 2 đảng viên
//                         60 năm"
//   award-list-item       a list item naming an award, its giver and its counts with no verb: "- Bằng khen BCH Trung
//                         ương Hội cho 2 tập thể và 3 cá nhân"
//   recipients-on-lines   a giving that ends on "cho:" (or its award on ":"), its counted recipients one line each
//                         after it: "tặng Giấy khen cho:" / "- 5 tập thể …" / "- 12 cá nhân …"
//   award-after-semicolon a second award after a semicolon, sharing the first's verb: "… tặng cờ thi đua …: 3 tập thể;
//                         bằng khen của Chủ tịch UBND tỉnh cho 4 tập thể …"
//   review-plan-pair      a report heard on a span and, in the same sentence, the tasks for the span right after it with
//                         its year: "đã nghe các báo cáo … 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2022",
//                         "các báo cáo … về tình hình tổ chức, hoạt động năm 2025, phương hướng nhiệm vụ năm 2026"
//   headline-over-tagged-lead  the line right above a lead that opens on its outlet's tag ("(VNF) - …", "GD&TĐ - …") in the first four
//                         lines, headline-like (4 words or more, no full stop); the line as printed
import { builtModule, printArticleForms, readFlags, studySets } from './lib.mjs';

const { isStampLine } = await builtModule('lexicon/dates.js');
const { detectWrap } = await builtModule('clean/wrap.js');
const { leadTag } = await builtModule('extract/author/credit.js');
/** An outlet's tag with the dash that closes it: "(VNF) - …", "GD&TĐ - …". */
const taggedLead = (line) => {
  const tag = leadTag(line);
  return !!tag && /^\)?\s*\.?\s*[-–—]/u.test(line.slice(tag.at + tag.tag.length));
};
const { gazetteer } = await builtModule('gazetteer/index.js');
const { UNNAMED_UNIT_BODY } = await builtModule('lexicon/places.js');
const UNNAMED = {
  commune: String.raw`(?:xã|Xã|phường|Phường|thị trấn|Thị trấn|Đảng ủy|Đảng uỷ)`,
  district: String.raw`(?:huyện|Huyện|quận|Quận|thị xã|Thị xã|thành phố|Thành phố|Huyện ủy|Huyện uỷ|Thị ủy|Thành ủy)`,
};
const MAX_TITLE_CHARS = 180;

const forms = {
  'stopped-over-stamp': (t) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const [first, next] = lines;
    if (!next || first.length > MAX_TITLE_CHARS || !isStampLine(next)) return null;
    return /[^.…]\.$/u.test(first) || /\p{Ll}[.!?]\s*\p{Lu}/u.test(first) ? [`${first} || ${next}`] : null;
  },
  'bare-unit-headline': (t) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const m = /^((?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*){1,3})(?:\s*[:–-]\s*|\s+(?=\p{Ll}))/u.exec(lines[0] ?? '');
    if (!m) return null;
    const units = gazetteer().named(m[1]);
    if (!units.length || units.some((u) => u.level === 'province')) return null;
    const lead = lines.slice(1, 4).join(' ');
    const levels = [...new Set(units.map((u) => u.level))];
    const said = levels.find((l) => new RegExp(`(?<![\\p{L}])${UNNAMED[l]}(?![\\p{L}])(?!\\s*\\.?\\s*[\\p{Lu}\\d])`, 'u').test(lead));
    return said ? [`${said} ${units.length} | ${lines[0].slice(0, 90)}`] : null;
  },
  'bare-headline-typed-later': (t) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const m = /^((?:\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*){1,3})(?![\p{L}])/u.exec(lines[0] ?? '');
    if (!m) return null;
    const words = m[1].split(' ');
    for (let n = words.length; n >= 2; n--) {
      const name = words.slice(0, n).join(' ');
      const typed = new RegExp(`(?<![\\p{L}])(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố) ${name}(?![\\p{L}])`, 'u').exec(lines.slice(1).join(' '));
      if (typed) return [`${typed[0]} | ${lines[0].slice(0, 90)}`];
    }
    return null;
  },
  'unnamed-body-bare-unit': (t) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const opening = lines.slice(0, 4).join(' ');
    const types = new Set([...opening.matchAll(UNNAMED_UNIT_BODY)].map((m) => m[1]));
    if (!types.size) return null;
    const typeWords = [...types].join('|');
    if (new RegExp(`(?<![\\p{L}])(?:${typeWords})\\s+\\p{Lu}`, 'u').test(t)) return null;
    const bare = new Set();
    for (const m of opening.matchAll(/(?<![\p{L}] ?)(?<!\p{Lu}[\p{L}]* )\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){1,2}(?! \p{Lu})/gu))
      if (gazetteer().named(m[0]).some((u) => types.has(u.type))) bare.add(m[0]);
    return bare.size ? [`${[...types].join('/')}: ${[...bare].join(', ')} | ${opening.slice(0, 100)}`] : null;
  },
  'ragged-wrap': (t) => {
    const raw = t.split('\n');
    const text = raw.map((l) => l.trim());
    let pairs = 0;
    let mid = 0;
    for (let i = 0; i + 1 < text.length; i++) {
      if (!text[i] || !text[i + 1]) continue;
      pairs++;
      if (/^\p{Ll}/u.test(text[i + 1]) && !/[.!?…:;"”»)\]]$/u.test(text[i].slice(-6))) mid++;
    }
    return mid >= 3 && mid >= pairs * 0.3 && !detectWrap({ text, raw }) ? [`${mid} of ${pairs} | ${text.find(Boolean).slice(0, 100)}`] : null;
  },
  'badge-level-ellipsis': (t) =>
    /\d+ (?:đảng viên|đồng chí) (?:được (?:nhận|trao|tặng|trao tặng) )?(?:huy hiệu )?\d+ năm(?: tuổi đảng)?(?:, | và )\d+ (?:đảng viên|đồng chí) (?:huy hiệu )?\d+ năm/iu.exec(t),
  'award-list-item': (t) =>
    /^\s*[-–•+*]\s*(?:bằng khen|giấy khen|cờ thi đua|huân chương|kỷ niệm chương|huy chương|huy hiệu)[^\n.;]{0,80}? cho (?:\d+|0\d) (?:tập thể|cá nhân|đơn vị|đồng chí|hộ)/imu.exec(t),
  'recipients-on-lines': (t) =>
    /(?:tặng|trao|khen thưởng|biểu dương)[^\n]{0,150}(?:cho|gồm|như sau)?\s*:\s*\n\s*[-+•*]?\s*(?:\d+|0\d) (?:tập thể|cá nhân|đơn vị|đồng chí)/iu.exec(t),
  'award-after-semicolon': (t) =>
    /(?:tặng|trao|khen thưởng)[^.;\n]{0,80}?(?:tập thể|cá nhân|đơn vị)[^.;\n]{0,40}; (?:và )?(?:bằng khen|giấy khen|cờ thi đua|huân chương|kỷ niệm chương)(?: của [^.;\n]{2,40}?)? cho \d+ (?:tập thể|cá nhân|đơn vị)/iu.exec(t),
  'review-plan-pair': (t) => {
    for (const sentence of t.split(/(?<=[.!?])\s+|\n+/u)) {
      const m = /báo cáo[^.;]*?((?:6|sáu) tháng đầu năm|năm (\d{4}))(?: \d{4})?[^.;]{0,40}?(?:,| và)\s*(?:phương hướng|nhiệm vụ|kế hoạch)(?:,? (?:nhiệm vụ|giải pháp|công tác))*(?: trọng tâm)?(?: cho| của)?\s*((?:6|sáu) tháng cuối năm \d{4}|năm (\d{4}))/iu.exec(sentence);
      if (!m) continue;
      const halves = /tháng đầu/u.test(m[1]) && /tháng cuối/u.test(m[3]);
      const years = m[2] && m[4] && Number(m[4]) === Number(m[2]) + 1;
      if (halves || years) return [m[0]];
    }
    return null;
  },
  'headline-over-tagged-lead': (t) => {
    const lines = t.split('\n').map((l) => l.trim()).filter(Boolean);
    const k = lines.slice(0, 4).findIndex((l) => taggedLead(l));
    if (k < 1) return null;
    const above = lines[k - 1];
    return above.length <= MAX_TITLE_CHARS && above.split(/\s+/u).length >= 4 && !/[^.…]\.$/u.test(above) && !taggedLead(above) ? [above] : null;
  },
};

const flags = readFlags();
printArticleForms(await studySets(flags), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
