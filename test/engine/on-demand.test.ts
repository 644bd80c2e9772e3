// Kinds a dimension makes on demand (Dimension.onDemand): their rules run when a reader first asks for the kind, once,
// and give what they gave when every dimension lexed them up front.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, lexArticle } from '../../src/dimensions/index.js';
import { buildDoc, tokensValue } from '../../src/engine/document.js';

const TEXT = 'Dịp này, UBND huyện đã tặng Giấy khen cho 05 tập thể và 12 cá nhân có thành tích xuất sắc.';

const written = (doc: ReturnType<typeof buildDoc>, units: { first: number; end: number; value: unknown; rule: string }[]) =>
  units.map((u) => ({ written: tokensValue(doc, u.first, u.end), value: u.value, rule: u.rule }));

describe('kinds made on demand', () => {
  it('recipients wait until a reader asks for them', () => {
    const doc = buildDoc(TEXT);
    const units = lexArticle(doc);
    expect(units.all.some((u) => u.dim === 'recipients')).toBe(false);
    expect(units.all.some((u) => u.dim === 'award')).toBe(true);
    const got = written(doc, [...units.of('recipients')]);
    expect(got.map((u) => u.written)).toEqual(['05 tập thể', '12 cá nhân']);
    // asked again, the rules do not run twice
    const count = units.all.length;
    expect(units.at('recipients', units.of('recipients')[0].first)).toBeDefined();
    expect(units.all.length).toBe(count);
  });

  it('give what lexing every kind up front gives', () => {
    const doc = buildDoc(TEXT);
    const eager = lexArticle(doc, DIMENSIONS.map((d) => ({ ...d, lex: (ctx) => (d.lex(ctx), d.onDemand?.forEach((k) => k.lex(ctx))), onDemand: [] })));
    const lazy = lexArticle(doc);
    expect(written(doc, [...lazy.of('recipients')])).toEqual(written(doc, [...eager.of('recipients')]));
    expect(eager.of('recipients').length).toBeGreaterThan(0);
  });

  it('any look-up makes the kind: a unit ending at a token', () => {
    const doc = buildDoc(TEXT);
    const units = lexArticle(doc);
    const end = doc.tokens.count;
    let k = 0;
    while (k < end && tokensValue(doc, k, k + 1) !== 'tập') k++;
    expect(units.endingAt('recipients', k + 2).map((u) => tokensValue(doc, u.first, u.end))).toEqual(['05 tập thể']);
  });
});
