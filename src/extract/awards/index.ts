// Award statements of an article: anchors grouped ("Bằng khen, Giấy khen"; "biểu dương, khen thưởng"), each
// group read against its clause for who gives and how many receive.
import { sentenceAt, type Doc } from '../../text/document.js';
import { applyRules } from '../rule.js';
import { AWARD_RULES, byActive, byAfter, byPassive, recipientGroups, type AwardAnchor, type RecipientGroup } from './rules.js';

export interface AwardStatement {
  award: string;
  by: string | null;
  collectives: number | null;
  individuals: number | null;
  start: number;
  end: number;
  rule: string;
}

function anchorGroups(doc: Doc, anchors: AwardAnchor[]): AwardAnchor[][] {
  const groups: AwardAnchor[][] = [];
  for (const a of anchors) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (prev && prev.verb === a.verb && /^\s*(?:,|và|,\s*và|)\s*$/u.test(doc.text.slice(prev.end, a.start))) g.push(a);
    else groups.push([a]);
  }
  return groups;
}

/** The clause around a range: its sentence, cut at semicolons. */
function clauseAround(doc: Doc, start: number, end: number): { start: number; end: number } {
  const s = sentenceAt(doc, start);
  let a = s?.start ?? 0;
  let b = s?.end ?? doc.text.length;
  const before = doc.text.lastIndexOf(';', start);
  if (before >= a) a = before + 1;
  const after = doc.text.indexOf(';', end);
  if (after >= 0 && after < b) b = after;
  return { start: a, end: b };
}

// "cho 05 tập thể", "đột xuất cho 5 cá nhân", "năm 2019 cho 12 tập thể": recipients follow "cho" within a few words
const RECIPIENTS_OPENER = /^\s*(?:,\s*)?(?:[\p{L}\p{M}\d]+\s+){0,3}?(?:cho|tặng\s+cho|tặng|trao\s+cho|đến|với)\s+/iu;

export function findAwards(doc: Doc): AwardStatement[] {
  const anchors = applyRules(AWARD_RULES, doc)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .filter((a, i, all) => !all.slice(0, i).some((o) => a.start < o.end && o.start < a.end));
  const groups = anchorGroups(doc, anchors);
  const out: AwardStatement[] = [];
  groups.forEach((group, gi) => {
    const first = group[0];
    const last = group[group.length - 1];
    const clause = clauseAround(doc, first.start, last.end);
    const leftFrom = Math.max(clause.start, gi > 0 ? groups[gi - 1][groups[gi - 1].length - 1].end : 0);
    const rightTo = Math.min(clause.end, gi + 1 < groups.length ? groups[gi + 1][0].start : doc.text.length);

    const of = first.verb ? null : byAfter(doc, last.end, rightTo);
    const passive = byPassive(doc, leftFrom, first.start);
    const active = passive ? null : byActive(doc, leftFrom, first.start, first.verb);
    const by = of?.by || passive?.by || active?.by || null;

    let recipients: RecipientGroup[] = [];
    const rightFrom = of ? of.end : last.end;
    const right = doc.text.slice(rightFrom, rightTo);
    const opener = RECIPIENTS_OPENER.exec(right);
    if (opener || first.verb) recipients = recipientGroups(doc, rightFrom + (opener ? opener[0].length : 0), rightTo, true);
    // without "cho", counts must follow the verb at once: "khen thưởng 7 tập thể"
    if (first.verb && !opener && recipients.length && recipients[0].start - rightFrom > 3) recipients = [];
    if (!recipients.length && passive) recipients = recipientGroups(doc, leftFrom, passive.passiveAt);

    const names = first.verb ? [group.find((a) => /khen\s+thưởng/iu.test(a.award)) ?? last] : group;
    const spanStart = Math.min(first.start, passive?.start ?? first.start, active?.start ?? first.start, ...recipients.map((r) => r.start));
    const spanEnd = Math.max(last.end, of?.end ?? 0, ...recipients.map((r) => r.end));
    if (!recipients.length) {
      if (first.verb) return;
      for (const a of names) out.push({ award: a.award, by, collectives: null, individuals: null, start: spanStart, end: spanEnd, rule: a.rule });
      return;
    }
    for (const r of recipients)
      for (const a of names)
        out.push({ award: a.award, by, collectives: r.collectives, individuals: r.individuals, start: spanStart, end: spanEnd, rule: a.rule });
  });
  return out;
}
