#!/usr/bin/env node
// Round 13 study: the officials/positions forms an audit of 44 unseen articles (/work/extra/{portal,army,reports})
// found missed or misread, counted in corpus/real, dev and the audit set (the blind set is never read):
//   unmarked  a post right after "đồng chí/ông/bà/ĐC" or a rank and a name, with no comma: by how the post's first
//             word is written (a title capitalised, a title in lower case, an abbreviation: "PCT HĐND huyện")
//   dash      a post chained to the next with " - ", by the first words after the dash (a title, "Thành viên …",
//             a body's name going on: "Trưởng Ban Tuyên giáo - Nữ công Công đoàn TKV")
//   job       a lower-case word after "<rank|honorific> <Name>," that no title list holds ("thủ kho quân khí …")
//   uyban     "Chủ nhiệm/Phó chủ nhiệm ủy ban kiểm tra …" and "Ban/Đoàn/Tổ kiểm tra", where "kiểm tra" is a noun
//   shared    "ông/bà A, ông/bà B, <Body …>": two names sharing one office at the end of a list
//   verbal    "<Name> hiện đang là / được bầu giữ chức / giữ chức <Title>"
//   node bench/studies/round13-officials.mjs [--only SECTION] [--examples N] [--top N]
import fs from 'node:fs';
import path from 'node:path';
import { Tally, alternation, lexiconStrings, oneLine, readDev, readFlags, readReal } from './lib.mjs';

const flags = readFlags();
const only = flags.value('--only');
const examples = flags.number('--examples', 2);

function readAudit() {
  const out = [];
  for (const genre of ['portal', 'army', 'reports']) {
    const dir = path.join('/work/extra', genre);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((x) => /^\d+\.(txt|html?)$/.test(x)).sort()) {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8').normalize('NFC');
      out.push({ file: `${genre}/${f}`, text: /\.html?$/.test(f) ? raw.replace(/<[^>]*>/g, ' ') : raw });
    }
  }
  return out;
}

const sets = [
  ['real', readReal().map((a) => ({ file: a.file, text: a.text }))],
  ['dev', readDev().map((a) => ({ file: a.file, text: a.text }))],
  ['audit', readAudit()],
];

const TITLES = lexiconStrings('POSITION_TITLES');
const RANKS = lexiconStrings('RANKS');
const titleAlt = alternation(TITLES);
const rankAlt = alternation(RANKS);
const HONOR = String.raw`(?:[Đđ]ồng chí|[Đđ]\/c|ĐC|[Ôô]ng|[Bb]à)`;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*`;
const NAME = String.raw`(?:${WORD}\s){1,3}${WORD}`;
const INTRO = String.raw`(?:${HONOR}|(?:${rankAlt}))`;
// abbreviations of posts written in capitals: PCT (Phó Chủ tịch), PBT, CT, GĐ, PGĐ, TGĐ, UV, TV
const ABBREV = /^(?:P?CT|P?BT|P?GĐ|TGĐ|PTGĐ|UV(?:BTV|BCH)?|TUV|HUV|PCN|CN|TP|PTP)$/u;
const titleStart = new RegExp(String.raw`^(?:${titleAlt})(?![\p{L}\p{M}])`, 'iu');
const titleStartCap = new RegExp(String.raw`^(?:${titleAlt})(?![\p{L}\p{M}])`, 'u');

const tallies = Object.fromEntries(['unmarked', 'dash', 'job', 'uyban', 'shared', 'verbal'].map((k) => [k, new Tally({ examples })]));
const add = (section, key, set, a, text, at, len) =>
  tallies[section].add(`${set}\t${key}`, `${a.file}: …${oneLine(text.slice(Math.max(0, at - 30), at + len + 40))}…`, `${set}/${a.file}`);

for (const [set, articles] of sets) {
  for (const a of articles) {
    const text = a.text;
    // unmarked: INTRO Name <post> with only a space between; the run of capitalised words is split where a post
    // starts (the name takes two to four of them)
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])${INTRO}\s((?:${WORD}[ \t]){2,9})(\S+(?:[ \t]+\S+){0,4})`, 'gu'))) {
      const run = m[1].trim().split(/[ \t]+/);
      for (let n = 2; n <= Math.min(4, run.length); n++) {
        const after = [...run.slice(n), m[2]].join(' ');
        const first = after.split(/\s+/)[0];
        let kind = null;
        if (ABBREV.test(first)) kind = `abbreviation ${first}`;
        else if (titleStartCap.test(after)) kind = n === run.length ? 'title lower-case' : 'title capitalised';
        else if (n === run.length && titleStart.test(after)) kind = `title lower-case: ${after.split(/\s+/).slice(0, 2).join(' ')}`;
        if (!kind) continue;
        add('unmarked', kind, set, a, text, m.index, m[0].length);
        break;
      }
    }
    // dash: a post item "<Title> … - <X>" with X not a name (two to four capitalised words, then punctuation)
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${titleAlt})(?![\p{L}\p{M}])[^\n,;.:()-]{0,60}?\s[-–]\s(\S+\s\S+)`, 'gu'))) {
      const next = m[1].replace(/[,.;:]$/u, '');
      let kind;
      if (titleStartCap.test(next)) kind = 'a title';
      else if (/^Thành viên/u.test(next)) kind = `Thành viên …`;
      else if (/^\p{Lu}/u.test(next) && new RegExp(`^${NAME}`, 'u').test(m[1]) && /^(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý)\s/u.test(next)) kind = 'a name';
      else kind = `other: ${next.split(/\s+/)[0]}`;
      add('dash', kind, set, a, text, m.index, m[0].length);
    }
    // job: INTRO Name, <lower-case words> that open no title
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${rankAlt})\s(${NAME}),\s(\p{Ll}[\p{Ll}\p{M}]*\s\p{Ll}[\p{Ll}\p{M}]*)`, 'gu'))) {
      if (titleStart.test(m[2])) continue;
      add('job', m[2], set, a, text, m.index, m[0].length);
    }
    for (const m of text.matchAll(/(?<![\p{L}\p{M}])(Phó\s[Cc]hủ nhiệm|[Cc]hủ nhiệm|[Tt]rưởng|[Pp]hó)?\s?([Ủủ]y ban|[Uu]ỷ ban|[Bb]an|[Đđ]oàn|[Tt]ổ)\skiểm tra(?![\p{L}\p{M}])/gu))
      add('uyban', `${m[1] ? 'post: ' : ''}${m[2].toLowerCase()} kiểm tra`, set, a, text, m.index, m[0].length);
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])(?:ông|bà|đồng chí)\s${NAME},\s(?:ông|bà|đồng chí)\s${NAME},\s(${WORD})\s`, 'gu')))
      add('shared', titleStartCap.test(m[1]) ? 'a title' : `a body: ${m[1]}`, set, a, text, m.index, m[0].length);
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{M}])${NAME}\s(hiện đang là|hiện đang giữ chức|được bầu giữ chức|được bầu làm|giữ chức|đương nhiệm|hiện giữ chức)\s(\S+)`, 'gu')))
      add('verbal', `${m[1]} + ${titleStartCap.test(text.slice(m.index + m[0].length - m[2].length)) ? 'title' : 'other'}`, set, a, text, m.index, m[0].length);
  }
}

const titles = {
  unmarked: 'a post right after an introduced name, no comma: how its first word is written',
  dash: 'a post item followed by " - " and two words: what they are',
  job: 'lower-case words after "<rank> <Name>," that open no title',
  uyban: '"kiểm tra" after a body\'s word (a noun: the inspection committee)',
  shared: 'two names with honorifics, then a capitalised word',
  verbal: 'a post after a verb phrase',
};
for (const [k, t] of Object.entries(tallies)) {
  if (only && only !== k) continue;
  t.print(`${k}: ${titles[k]}  (set \\t form)`, { top: flags.top });
}
