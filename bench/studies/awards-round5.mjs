// Round 5: the award phrasings blind recall still misses, counted in corpus/real and dev (with the seeds), with
// their look-alikes: "tôn vinh N …" (honour, with and without a count; near an award word or not), "năm" as the
// number five right after a word of giving ("cho năm tập thể") against "năm" + a recipient noun anywhere (mostly
// "year"), counts in "lượt" after an award cue, and recipients listed after a colon ("Bằng khen của UBND tỉnh: 5 tập thể").
// usage: node bench/studies/awards-round5.mjs [--examples N] [--only NAME]
import { AWARD_SRC as AWARD, COUNT_SRC, CUE_SRC as CUE, formOptions, printFormCounts, RECIPIENT_SRC as R } from './award-forms-table.mjs';

const { examples, only } = formOptions();

const N = COUNT_SRC;
const FORMS = [
  ['tôn-vinh-any', `[Tt]ôn vinh`, 'every "tôn vinh"'],
  ['tôn-vinh-count', `[Tt]ôn vinh\\s+${N}\\s+\\p{L}+`, '"tôn vinh N <noun>"'],
  ['tôn-vinh-count-recipient', `[Tt]ôn vinh\\s+${N}\\s+${R}`, '"tôn vinh N <recipient noun>"'],
  ['count-được-tôn-vinh', `\\d+\\s+${R}[^.;:]{0,60}?được[^.;:]{0,30}?tôn vinh`, '"N <recipient> … được … tôn vinh"'],
  ['honour-ceremony', `(?<![\\p{L}])[Ll]ễ (?:tôn vinh|tuyên dương|vinh danh|khen thưởng|trao tặng)(?![\\p{L}])`, 'a ceremony of honour named: what makes "tôn vinh N" an award (HONOUR_CEREMONIES)'],
  ['vinh-danh-count', `[Vv]inh danh\\s+${N}\\s+\\p{L}+`, 'for scale: "vinh danh N <noun>"'],
  ['năm-after-giving', `(?:cho|tặng|khen thưởng|tuyên dương|trao)\\s+năm\\s+${R}`, '"cho/tặng/khen thưởng năm <recipient>" (five)'],
  ['năm-recipient-any', `(?<![\\p{L}])năm\\s+${R}(?![\\p{L}])`, '"năm <recipient noun>" anywhere (mostly "year …")'],
  ['word-count-after-cho', `(?:cho|tặng|khen thưởng|tuyên dương)\\s+(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)\\s+${R}`, 'for scale: another number word after a giving word'],
  ['lượt-after-cue', `${CUE}[^.;]{0,50}?\\d+\\s+lượt\\s+${R}`, 'an award cue then "N lượt <recipient>"'],
  ['lượt-before-cue', `\\d+\\s+lượt\\s+${R}[^.;]{0,50}?${CUE}`, '"N lượt <recipient>" then an award cue'],
  ['lượt-any', `\\d+\\s+lượt\\s+${R}`, 'every "N lượt <recipient>"'],
  ['colon-list', `${CUE}[^.:;]{0,60}:\\s*(?:${N})\\s+${R}`, 'an award cue, a colon, then counted recipients'],
  ['colon-list-any', `:\\s*\\d+\\s+(?:tập thể|cá nhân)`, 'every colon then "N tập thể/cá nhân"'],
];

printFormCounts('Round-5 award forms (counts of matches; dev includes the seeds)', FORMS, { examples, only });
