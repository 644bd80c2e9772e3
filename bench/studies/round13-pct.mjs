#!/usr/bin/env node
// Corpus study (round 13): the percentage forms an audit of 44 unseen portal, army and report articles missed or
// misread (/work/extra/*/NOTES.md), counted in corpus/real, the dev set and the audit set itself (when /work/extra
// or $VNREPORT_EXTRA is there), by regular expression, with random examples:
//   group-thanh-nien    a figure before "thanh niên" ("100% thanh niên trên địa bàn đã chấp hành lệnh gọi nhập ngũ")
//   group-dong-chi      a figure before "(các) đồng chí" ("100% các đồng chí tham gia học tập đều hoàn thành")
//   group-weapons       a figure before army items the lists lack: "xe pháo", "xe, pháo", "đạn (dược)", "xe"
//   group-no-predicate  "100% <group> …" where no predicate of attainment (COVERAGE_PREDICATES) follows in the
//                       clause ("Nhờ đó, 100% cán bộ, nhân viên luôn nỗ lực …"): praise, no goal covered
//   grade-share         a share of a grade or of a requirement met with no group named, after "với", a comma or a colon
//                       ("…, với 100% khá, giỏi", "…, với 100% đạt yêu cầu, trong đó 75% đạt khá, giỏi")
//   verb-before         the word right before "N% <group or unit>" (which verbs take a covered object:
//                       "tự túc 100% nguồn rau", "sửa chữa 100% vũ khí"): a tally
//   survey-verb         "khảo sát" in a sentence where a goal cue ("phấn đấu", "mục tiêu") stands between it and the
//                       figure ("… khảo sát và nắm chắc các đối tượng …, phấn đấu 70% cán bộ … được bồi dưỡng")
//   survey-noun         "khảo sát" otherwise, in a sentence with a figure (mostly a survey's shares)
//   coming-tasks        (articles) a year of the tasks a review sets out ("… đánh giá tình hình hoạt động năm 2025 và
//                       triển khai những nhiệm vụ trọng tâm trong năm 2026"), in an article with a figure: the year
//                       later figures took before round 13
//   present-opener      a sentence with a figure that opens on the present ("Hiện nay, đơn vị … tự túc 100% nguồn rau",
//                       "Đến nay, …"), which round 13 no longer dates by a year an earlier sentence names
//   goal-list-item      a goal cue, then a colon, then a share of a group in an item of the list ("xã cũng đặt mục tiêu
//                       phát triển kinh tế số, trong đó chú trọng: Khuyến khích 85% người dân …; Số hóa dữ liệu của 75%
//                       hộ …"), below 100% and with no predicate after it the coverage rule read only in a goal's clause
//   list-with-targets   "chỉ tiêu (như|sau|cụ thể)?:" then figures ("với các chỉ tiêu như: 100% cán bộ …; 60 - 70%
//                       hồ sơ …")
//   node bench/studies/round13-pct.mjs [--examples N] [--seed S] [--form NAME]
// Read-only; prints to stdout. Never reads the blind set.
import fs from 'node:fs';
import path from 'node:path';
import { readReal, readDev, builtCleaner, readAuditFolders, formHits, printHits, oneLine, random, readFlags, lexiconStrings, alternation, Tally, WORD_START as S, WORD_END as E, PERCENT_FIGURE as F } from './lib.mjs';

const groups = alternation([...lexiconStrings('COVERAGE_GROUPS'), ...lexiconStrings('COVERAGE_NOUNS'), ...lexiconStrings('PREDICATE_GROUPS'), ...lexiconStrings('GOAL_ONLY_GROUPS')]);
const predicates = new RegExp(`${S}(?:${alternation(lexiconStrings('COVERAGE_PREDICATES'))})${E}`, 'iu');
const GROUP_AFTER = new RegExp(String.raw`${S}(${F})\s+(?:các\s+|số\s+)?(?:${groups})${E}`, 'iu');

const COMING_TASKS = /(?:triển khai|phương hướng|đề ra)[^.;:!?]{0,40}?nhiệm vụ(?:\s+(?:trọng tâm|chủ yếu|trọng yếu|công tác))?(?:\s+(?:trong|của|cho))?\s+(?:năm\s+)?(?:19|20)\d\d/iu;

const forms = {
  'group-thanh-nien': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?thanh niên${E}`, 'iu'),
  'group-dong-chi': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?đồng chí${E}`, 'iu'),
  'group-weapons': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?(?:xe pháo|xe,\s*pháo|đạn dược|đạn|xe|pháo|tàu thuyền|tàu|phương tiện)${E}`, 'iu'),
  'group-no-predicate': (t) => {
    const m = new RegExp(String.raw`${S}100\s?%\s+(?:các\s+|số\s+)?(?:${groups})${E}[^;:.()]*`, 'iu').exec(t);
    if (!m) return null;
    // the clause up to its second comma (a list of groups holds one): no predicate of attainment in it
    const clause = m[0].split(',').slice(0, 2).join(',');
    return predicates.test(clause.replace(/^100\s?%\s+\S+/u, '')) ? null : m;
  },
  'grade-share': new RegExp(String.raw`(?:${S}với|,|:)\s+(?:có\s+)?${F}\s+(?:đạt\s+)?(?:loại\s+)?(?:yêu cầu|khá|giỏi|xuất sắc|tốt)${E}`, 'iu'),
  'survey-verb': (t) => {
    const m = /khảo sát/iu.exec(t);
    if (!m) return null;
    const after = t.slice(m.index);
    const goal = /(?:phấn đấu|mục tiêu|chỉ tiêu)/iu.exec(after);
    const figure = new RegExp(F, 'u').exec(after);
    return goal && figure && goal.index < figure.index ? m : null;
  },
  'survey-noun': (t) => {
    const m = /khảo sát/iu.exec(t);
    if (!m || !new RegExp(F, 'u').test(t)) return null;
    return forms['survey-verb'](t) ? null : m;
  },
  'group-attitude': new RegExp(String.raw`${F}\s+(?:các\s+|số\s+)?(?:${groups})(?:,\s*(?:${groups}))*\s+(?:luôn\s+|đều\s+|rất\s+)*(?:nỗ lực|đoàn kết|phấn khởi|hăng hái|yên tâm|tin tưởng|đồng tình|nhất trí|hài lòng|đồng ý|mong muốn|lo ngại)${E}`, 'iu'),
  'coming-time': new RegExp(String.raw`${S}(?:thời gian tới|trong thời gian tới)${E}[^.]*?${F}`, 'iu'),
  'quoted-cue': (t) => {
    const m = /“[^”]*\b(?:phải|sẽ|cần|nhằm|để)\s[^”]*”/iu.exec(t);
    return m && new RegExp(F, 'u').test(t.slice(m.index + m[0].length)) ? m : null;
  },
  'present-opener': new RegExp(String.raw`^\s*(?:hiện nay|hiện tại|hiện|(?:tính\s+)?đến nay|hiện giờ)${E}[^.]*?${F}`, 'iu'),
  'goal-list-item': new RegExp(String.raw`${S}(?:phấn đấu|mục tiêu|chỉ tiêu|đề ra|đặt ra)${E}[^.:]*:[^.]*?${F}\s+(?:các\s+|số\s+)?(?:${groups})${E}`, 'iu'),
  'list-with-targets': new RegExp(String.raw`${S}chỉ tiêu(?:\s+(?:như|sau|cụ thể|chủ yếu))?\s*:\s*[^.]{0,80}?${F}`, 'iu'),
};

async function readExtra() {
  const root = process.env.VNREPORT_EXTRA ?? '/work/extra';
  if (!fs.existsSync(root)) return [];
  return readAuditFolders(fs.readdirSync(root).sort().map((genre) => [genre, path.join(root, genre)]), /^\d+\.(?:txt|html?)$/);
}

const flags = readFlags();
const examples = flags.number('--examples', 4);
const only = flags.value('--form') ?? '';
const rand = random(flags.number('--seed', 13));
const sets = [['real', readReal()], ['dev', readDev({ htmlText: await builtCleaner() })], ['audit', await readExtra()]];
for (const [set, articles] of sets) {
  if (!articles.length) continue;
  const verbs = new Tally({ examples: 1 });
  const hits = formHits(articles, forms, {
    before: 70,
    after: 40,
    width: 260,
    each(text, file) {
      const g = GROUP_AFTER.exec(text);
      if (g) verbs.add(text.slice(Math.max(0, g.index - 30), g.index).trim().split(/\s+/).slice(-2).join(' ').toLowerCase() || '(start)', `${file}: ${oneLine(text.slice(Math.max(0, g.index - 50), g.index + g[0].length + 30))}`);
    },
  });
  console.log(`== corpus/${set} (${articles.length} articles)`);
  printHits(hits, { examples, only, rand });
  if (!only || only === 'coming-tasks') {
    const withTasks = articles.filter((a) => a.text.includes('%') && COMING_TASKS.test(a.text));
    console.log(`coming-tasks           ${withTasks.length} articles with a figure`);
    for (const a of withTasks.slice(0, examples)) console.log(`  ${a.file}: ${oneLine(COMING_TASKS.exec(a.text)[0])}`);
  }
  if (!only || only === 'verb-before') verbs.print('verb-before: two words before "N% <group>"', { top: 25 });
}
