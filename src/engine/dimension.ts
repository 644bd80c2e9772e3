// A dimension: a kind of thing the text says (numbers, dates, places, people …), recognised once per article by its
// own rules into units that every field's rules then read. Dimensions run in order, so a later one can build on an
// earlier one's units ("05 tập thể" is a count and a recipient noun).
import type { RuleContext } from './rule.js';

export interface Dimension {
  /** The folder's name: "numbers", "dates". */
  name: string;
  /** The unit kinds it makes ("number", "count", "percent"). */
  produces: readonly string[];
  /** The unit kinds it reads, made by word classes or earlier dimensions. */
  needs: readonly string[];
  lex(ctx: RuleContext): void;
  /**
   * Kinds it makes only when a field's rule or refiner first asks for them: rules that try every number, say, for a
   * kind that only some articles' fields read. They run after every dimension has lexed, as they would last.
   */
  onDemand?: readonly { kind: string; lex(ctx: RuleContext): void }[];
}
