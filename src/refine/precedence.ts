// Scalar fields found both in the text and in a page's metadata (title, author): one value, chosen by one declared
// precedence per field, and its source names where it really came from. A page's headline is also its first line:
// the metadata's value then keeps that line's span.
import type { Finding } from '../engine/finding.js';
import type { Refiner } from '../engine/refine.js';
import { AUTHOR_PRECEDENCE } from '../extract/author/index.js';
import { titleLine } from '../extract/title/index.js';
import { fold } from '../text/fold.js';

/** Higher wins; "meta" stands for every metadata key. */
const PRECEDENCE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  title: { meta: 2, 'title-first-line': 1 },
  author: AUTHOR_PRECEDENCE,
};

const rank = (field: string, f: Finding) => PRECEDENCE[field][f.origin.rule] ?? (f.origin.kind === 'meta' ? PRECEDENCE[field].meta : 0) ?? 0;
const start = (f: Finding) => (f.origin.kind === 'text' ? f.origin.start : -1);

function byPrecedence(field: string): Refiner {
  return {
    name: `${field}-by-precedence`,
    fields: [field],
    refine(ctx) {
      const all = ctx.get<string>(field);
      const best = [...all].sort((a, b) => rank(field, b) - rank(field, a) || start(a) - start(b))[0];
      if (!best) return ctx.set(field, []);
      if (best.origin.kind === 'meta') {
        const same = all.find((f) => f.origin.kind === 'text' && fold(f.value) === fold(best.value));
        if (same && same.origin.kind === 'text') best.origin = { ...best.origin, start: same.origin.start, end: same.origin.end };
      }
      ctx.set(field, [best]);
    },
  };
}

export const chooseTitle: Refiner = {
  ...byPrecedence('title'),
  refine(ctx) {
    byPrecedence('title').refine(ctx);
    ctx.facts.titleLine = titleLine(ctx.doc);
  },
};

export const chooseAuthor = byPrecedence('author');
