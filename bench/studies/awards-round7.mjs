// Round 7: award phrasings the rules may miss, and a giver they miss, counted in corpus/real and dev (with the seeds):
// recipients named between the verb and the award ("tặng 10 tập thể, 15 cá nhân Giấy khen"), an award named by
// "khen thưởng bằng …" ("khen thưởng bằng Giấy khen cho 10 tập thể"), an award whose recipients come more than a few
// words after it ("tặng Giấy khen và tiền thưởng kèm theo cho 10 tập thể"), counts in "lượt" and "suất" near an award
// cue, counts listed after "gồm", a giver that is the subject of reported speech ("X cho biết vừa trao tặng …"), and the
// bare unit at the head of a list of counted units ("Sư đoàn, 04 Trung đoàn …"), and the camel-case words that make a
// segment a glued caption (Vietnamese words glued together, or brands such as "VinFast"), and "vinh danh" with counts
// at a prize-giving ("lễ trao giải … Awards").
// usage: node bench/studies/awards-round7.mjs [--examples N] [--only NAME]
import { loadCorpus } from './lib.mjs';
import { AWARD_SRC as AWARD, COUNT_SRC, CUE_SRC as CUE, formOptions, printFormCounts, RECIPIENT_SRC as R } from './award-forms-table.mjs';

const { examples, only } = formOptions();

const GIVE = '(?:trao tặng|tặng thưởng|trao|tặng|khen thưởng|tuyên dương|phong tặng|truy tặng)';
const N = COUNT_SRC;
const FORMS = [
  ['dative-first', `${GIVE}\\s+(?:cho\\s+)?${N}\\s+${R}[^.;:]{0,80}?\\s${AWARD}`, '"tặng N <recipient> … <award>": the recipients before the award'],
  ['khen-thưởng-bằng', `[Kk]hen thưởng\\s+(?:bằng\\s+)${AWARD}`, '"khen thưởng bằng <award>": the award named by "bằng"'],
  ['far-cho', `${GIVE}\\s+${AWARD}(?:\\s+\\S+){5,12}?\\s+cho\\s+(?:các\\s+)?${N}\\s+${R}`, '"tặng <award> <5-12 words> cho N <recipient>": recipients far after the award'],
  ['far-cho-money', `${GIVE}\\s+${AWARD}[^.;]{0,60}?(?:tiền thưởng|kèm theo|phần thưởng)[^.;]{0,30}?cho\\s+(?:các\\s+)?${N}\\s+${R}`, '"tặng <award> và tiền thưởng (kèm theo) cho N …"'],
  ['lượt', `${CUE}[^.;]{0,60}?${N}\\s+lượt\\s+${R}|${N}\\s+lượt\\s+${R}[^.;]{0,60}?${CUE}`, '"N lượt <recipient>" near an award cue'],
  ['suất', `${GIVE}\\s+${N}\\s+suất`, '"trao N suất …" (gifts, grants)'],
  ['gồm-counts', `${CUE}[^.;]{0,80}?gồm\\s+${N}\\s+${R}`, 'an award cue, then "gồm N <recipient>"'],
  ['reported-giver', `cho (?:biết|hay)[,]?\\s+(?:(?:đã|vừa|mới)\\s+)*${GIVE}\\s+${CUE}`, '"<body> cho biết (đã|vừa) trao tặng <award>": the giver is who speaks'],
  ['reported-giver-verb', `cho (?:biết|hay)[,]?\\s+(?:(?:đã|vừa|mới)\\s+)*${GIVE}\\s`, 'for scale: "cho biết (đã|vừa) <give verb>" whatever follows'],
];

printFormCounts('Round-7 award forms (counts of matches; dev includes the seeds)', FORMS, { examples, only });

// The bare unit at the head of a list of counted units ("Sư đoàn, 04 Trung đoàn, …" is one group more): which nouns
// stand there, capitalised (a named unit) or in lower case (a kind in a list: "các sở, ban, ngành, 20 đơn vị").
const COLLECTIVE = '(?:tập thể|đơn vị|đội|tổ|cơ quan|doanh nghiệp|xã|phường|thị trấn|thôn|bản|làng|ấp|khu dân cư|tổ dân phố|khu phố|hộ|gia đình|chi đoàn|chi bộ|trường|lớp|phòng|công ty|hợp tác xã|câu lạc bộ|đảng bộ|huyện|quận|địa phương|ban|ngành|tổ chức|cơ sở|chi hội|liên đội|chi đội|đồn|sư đoàn|lữ đoàn|trung đoàn|tiểu đoàn|đại đội|trung đội|tiểu đội)';
const CAPITALISED = COLLECTIVE.replace(/(?<=[(|:])(\p{Ll})/gu, (c) => c.toUpperCase());
const ANY_CASE = `(?:${COLLECTIVE}|${CAPITALISED})`;
const UNIT_HEAD = [
  ['unit-head-capital', `(?:^|[,.;:]\\s*)${CAPITALISED},\\s*\\d+\\s+${ANY_CASE}(?![\\p{L}])`, 'a capitalised unit, then ", N <unit>"'],
  ['unit-head-lower', `(?:^|[,.;:]\\s*)${COLLECTIVE},\\s*\\d+\\s+${ANY_CASE}(?![\\p{L}])`, 'a lower-case unit word, then ", N <unit>"'],
];
printFormCounts('Round-7: the bare unit at the head of a counted list (recipients-unit-and-counted)', UNIT_HEAD, { examples, only });

// The camel-case words that make a segment run in after a full stop a glued caption (src/refine/awards.ts, gluedIn):
// with a Vietnamese letter ("HiềnTrước", "QuốcTheo": a word glued to the next sentence's first) or Latin letters only
// ("VinFast", "iPhone", "McCain": mostly brands and foreign names, which src/text/glued.ts no longer takes for glue).
if (!only || only === 'camel-case') {
  const segment = /[\p{Ll})”"]\.\p{Lu}[^.!?\n]{10,300}?(\p{L}*\p{Ll}\p{Lu}\p{Ll}\p{L}*)/gu;
  const words = { latin: new Map(), vietnamese: new Map() };
  for (const a of loadCorpus('real'))
    for (const m of a.text.matchAll(segment)) {
      const kind = /^[A-Za-z]+$/u.test(m[1]) ? 'latin' : 'vietnamese';
      words[kind].set(m[1], (words[kind].get(m[1]) ?? 0) + 1);
    }
  console.log('\n# The camel-case word ending a segment run in after a full stop (corpus/real, distinct words)\n');
  for (const [kind, seen] of Object.entries(words)) {
    const top = [...seen].sort((a, b) => b[1] - a[1]).slice(0, examples * 6);
    console.log(`${kind}: ${seen.size} distinct; ${top.map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join(', ')}`);
  }
}

// "vinh danh" with counts, by whether the article names a prize-giving ("trao giải", "… Awards") and a ceremony of
// honour ("lễ vinh danh", "lễ tôn vinh" …): at a prize-giving the honoured are a prize's winners (src/extract/awards).
if (!only || only === 'vinh-danh') {
  const counted = /(?:[Vv]inh danh\s+(?:hơn\s+|gần\s+)?\d+\s+\p{L}+|\d+\s+[\p{L} ]{1,30}?được\s+[\p{L} ]{0,30}?vinh danh)/u;
  const prize = /(?<![\p{L}\p{M}])(?:trao giải|awards?)(?![\p{L}\p{M}])/iu;
  const ceremony = /(?<![\p{L}\p{M}])lễ (?:tôn vinh|tuyên dương|vinh danh|khen thưởng|trao tặng)(?![\p{L}\p{M}])/iu;
  console.log('\n# "vinh danh" with counts, by prize-giving and ceremony of honour named in the article\n');
  for (const set of ['real', 'dev']) {
    const rows = [];
    for (const a of loadCorpus(set)) {
      const m = counted.exec(a.text);
      if (m) rows.push(`${a.file}: prize-giving ${prize.test(a.text)}, ceremony of honour ${ceremony.test(a.text)}: ${m[0]}`);
    }
    console.log(`${set}: ${rows.length}`);
    for (const r of rows) console.log(`  ${r}`);
  }
}
