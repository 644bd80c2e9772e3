// The dimensions, in the order they run: each may read the units of those before it. Word classes (every lexicon
// used as a dimension) are matched first, in one pass over the tokens.
import type { Doc } from '../engine/document.js';
import type { Dimension } from '../engine/dimension.js';
import { lexWordClasses } from '../engine/lexicon.js';
import { Units } from '../engine/units.js';
import { awards } from './awards/index.js';
import { dates } from './dates/index.js';
import { numbers } from './numbers/index.js';
import { people } from './people/index.js';
import { places } from './places/index.js';
import { time } from './time/index.js';

export const DIMENSIONS: readonly Dimension[] = [numbers, dates, time, places, people, awards];

/** Every unit of an article: word classes, then each dimension in order; kinds made on demand wait for a reader. */
export function lexArticle(doc: Doc, dimensions: readonly Dimension[] = DIMENSIONS): Units {
  const units = new Units(doc);
  lexWordClasses(units);
  const ctx = { doc, units };
  for (const d of dimensions) d.lex(ctx);
  for (const d of dimensions) for (const k of d.onDemand ?? []) units.defer(k.kind, () => k.lex(ctx));
  return units;
}
