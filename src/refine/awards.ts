// Award statements resolved: counted statements, each once; statements without counts only when the article
// has no counted one and they are not photo captions (a caption repeats what the body reports).
import type { AwardStatement } from '../extract/awards/index.js';
import type { Award } from '../record.js';
import { evidence, lineIndexAt, type Doc } from '../text/document.js';
import { fold } from '../text/patterns.js';

export function resolveAwards(doc: Doc, statements: readonly AwardStatement[], isCaption: (line: number) => boolean): Award[] {
  const counted = statements.filter((s) => s.collectives !== null || s.individuals !== null);
  const chosen = counted.length ? counted : statements.filter((s) => !isCaption(lineIndexAt(doc, s.start)));
  const out: Award[] = [];
  const kept: AwardStatement[] = [];
  const same = (a: AwardStatement, b: AwardStatement) =>
    fold(a.award) === fold(b.award) &&
    a.collectives === b.collectives &&
    a.individuals === b.individuals &&
    (!a.by || !b.by || fold(a.by) === fold(b.by));
  for (const s of chosen) {
    if (kept.some((k) => same(k, s))) continue;
    kept.push(s);
    out.push({
      award: s.award,
      by: s.by,
      collectives: s.collectives,
      individuals: s.individuals,
      ...evidence(doc, s.start, s.end, s.rule),
    });
  }
  return out;
}
