// The pattern matcher on real sentences: items before the anchor matched leftwards, after it rightwards, optional
// items present first, alternatives in order, gaps short (or long when greedy), groups capturing their range on
// either side, and every capture of a pattern named on each match (undefined when its item was absent).
import { describe, expect, it } from 'vitest';
import { lexArticle } from '../../src/dimensions/index.js';
import { buildDoc, tokensValue } from '../../src/engine/document.js';
import { alt, anchor, dim, gap, group, matchAt, opt, words, wordsAs, type Item, type Match } from '../../src/engine/pattern.js';

function firstMatch(text: string, pattern: Item[]): { m: Match | null; said: (k: string) => string | undefined } {
  const doc = buildDoc(text);
  const units = lexArticle(doc);
  const index = pattern.findIndex((i) => i.kind === 'anchor');
  const dimName = (pattern[index] as Item & { kind: 'anchor' }).item.dim;
  let m: Match | null = null;
  for (const u of units.of(dimName)) {
    const s = doc.sentences[doc.sentenceOf[u.first]];
    m = matchAt(units, pattern, index, u, s.firstToken, s.endToken);
    if (m) break;
  }
  const said = (k: string) => {
    const c = m?.caps[k];
    return c ? tokensValue(doc, c.first, c.end) : undefined;
  };
  return { m, said };
}

describe('pattern matcher', () => {
  it('reads a group before its anchor leftwards and captures its whole range', () => {
    const { m, said } = firstMatch('Tỷ lệ giải ngân vốn đầu tư công đạt 41,38% kế hoạch.', [
      group('before', words('đạt')),
      anchor(dim('percent', 'f')),
      wordsAs('target', 'kế hoạch'),
    ]);
    expect(m).not.toBeNull();
    expect(said('before')).toBe('đạt');
    expect(said('f')).toBe('41,38%');
    expect(said('target')).toBe('kế hoạch');
  });

  it('takes an optional item when present and names it undefined when absent', () => {
    const pattern = () => [opt(wordsAs('verb', 'đạt')), anchor(dim('percent', 'f'))];
    expect(firstMatch('Năm nay đạt 98,5% chỉ tiêu.', pattern()).said('verb')).toBe('đạt');
    const absent = firstMatch('Có 98,5% hộ dân dùng nước sạch.', pattern());
    expect(absent.m).not.toBeNull();
    expect(absent.m!.caps).toHaveProperty('verb', undefined);
    expect(absent.said('f')).toBe('98,5%');
  });

  it('tries alternatives in order, backtracking into the next when a later item fails', () => {
    const text = 'Tỷ lệ đạt 90% kế hoạch năm.';
    const then = (next: string) => firstMatch(text, [anchor(dim('percent', 'f')), alt([wordsAs('what', 'kế hoạch')], [wordsAs('what', 'kế hoạch năm')]), words(next)]);
    expect(then('năm').said('what')).toBe('kế hoạch');
    expect(then('.').said('what')).toBe('kế hoạch năm');
    expect(then('tháng').m).toBeNull();
  });

  it('keeps a gap as short as will do, or as long when greedy, and a group around it after the anchor', () => {
    const text = 'Huyện đạt 95% số xã đạt chuẩn và 80% số hộ đạt chuẩn.';
    const lazy = firstMatch(text, [anchor(dim('percent', 'f')), group('what', gap(12, { min: 1 })), words('đạt chuẩn')]);
    expect(lazy.said('what')).toBe('số xã');
    const greedy = firstMatch(text, [anchor(dim('percent', 'f')), group('what', gap(12, { min: 1, greedy: true })), words('đạt chuẩn')]);
    expect(greedy.said('what')).toBe('số xã đạt chuẩn và 80% số hộ');
  });

  it('gives no match when a required item is missing, and spans the whole match otherwise', () => {
    expect(firstMatch('Năm nay có 98,5% hộ dân.', [words('đạt'), anchor(dim('percent', 'f'))]).m).toBeNull();
    const doc = buildDoc('Xã đạt 98,5% kế hoạch.');
    const { m } = firstMatch('Xã đạt 98,5% kế hoạch.', [words('đạt'), anchor(dim('percent', 'f')), words('kế hoạch')]);
    expect(tokensValue(doc, m!.first, m!.end)).toBe('đạt 98,5% kế hoạch');
  });
});
