// One article's page in the report: its findings placed on the cleaned text, and its record card.
import type { ArticleRecord } from '../record.js';
import { FIELD_PRESENTATION, REPORT_FIELDS } from './fields.js';
import type { ArticlePayload, CardRow, FindingView, Piece } from './payload.js';

/**
 * Every finding of the record that has a span, field by field in card order, with whether its span really points
 * at its text in `cleaned` (a record read with --from may come from another text or another version).
 */
export function findingsOf(record: ArticleRecord, cleaned: string | null): { placed: FindingView[]; misplaced: FindingView[]; card: CardRow[] } {
  const placed: FindingView[] = [];
  const misplaced: FindingView[] = [];
  const card: CardRow[] = [];
  for (const field of REPORT_FIELDS) {
    const entries = FIELD_PRESENTATION[field].entries(record);
    if (!entries.length) continue;
    const row: CardRow = { field, lines: [] };
    entries.forEach(({ line, evidence }, index) => {
      if (!evidence?.span) return row.lines.push({ line });
      const [start, end] = evidence.span;
      const finding: FindingView = { field, index, start, end, rule: evidence.rule, line, ...(evidence.implied?.length ? { implied: evidence.implied } : {}) };
      if (cleaned !== null && Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && cleaned.slice(start, end) === evidence.text) {
        row.lines.push({ line, finding: placed.length });
        placed.push(finding);
      } else {
        row.lines.push({ line });
        misplaced.push(finding);
      }
    });
    card.push(row);
  }
  return { placed, misplaced, card };
}

interface Open {
  end: number;
  children: Piece[];
}

/**
 * The findings as a properly nested tree of pieces (see Piece). Findings are taken by start, longer first, so an
 * enclosing one opens before what it encloses; one that runs past the end of the piece it starts in is cut there
 * and the rest goes back in the queue as a continuation.
 */
export function layOut(findings: Pick<FindingView, 'start' | 'end'>[]): Piece[] {
  type Item = { start: number; end: number; finding: number; continued: 0 | 1 };
  const before = (a: Item, b: Item) => a.start - b.start || b.end - a.end || a.continued - b.continued || a.finding - b.finding;
  const queue: Item[] = findings.map((f, finding) => ({ start: f.start, end: f.end, finding, continued: 0 as const })).sort(before);
  const root: Open = { end: Infinity, children: [] };
  const stack: Open[] = [root];
  for (let q = 0; q < queue.length; q++) {
    const item = queue[q];
    while (stack[stack.length - 1].end <= item.start) stack.pop();
    const parent = stack[stack.length - 1];
    let end = item.end;
    if (end > parent.end) {
      end = parent.end;
      const rest: Item = { start: parent.end, end: item.end, finding: item.finding, continued: 1 };
      let at = q + 1;
      while (at < queue.length && before(queue[at], rest) <= 0) at++;
      queue.splice(at, 0, rest);
    }
    const piece: Piece = [item.start, end, item.finding, item.continued, []];
    parent.children.push(piece);
    stack.push({ end, children: piece[4] });
  }
  return root.children;
}

export function articlePayload(record: ArticleRecord, cleaned: string | null): ArticlePayload {
  const { placed, misplaced, card } = findingsOf(record, cleaned);
  const notes: string[] = [];
  if (cleaned === null && record.ok) notes.push('the text of this article is not available: its input was not read, so nothing is highlighted');
  else if (misplaced.length && cleaned !== null) {
    const fields = [...new Set(misplaced.map((f) => f.field))].join(', ');
    notes.push(
      `${misplaced.length} finding${misplaced.length === 1 ? '' : 's'} (${fields}) point${misplaced.length === 1 ? 's' : ''} at text that is not there: the record was made from another text or by another version of vnreport; ${misplaced.length === 1 ? 'it is' : 'they are'} listed on the card but not highlighted`,
    );
  }
  return { text: cleaned, findings: placed, pieces: layOut(placed), card, notes };
}
