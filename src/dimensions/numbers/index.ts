// Numbers in their Vietnamese forms, read once for every other dimension: "." groups thousands and "," marks
// decimals ("1.925" is 1925, "98,5" is 98.5), counts carry leading zeros ("05" is 5), small numbers are written as
// words ("mười", "hai mươi"). Percentages are numbers with a "%": single figures and ranges ("8 - 8,5%").
import type { Dimension } from '../../engine/dimension.js';
import { lexDimension, type Rule, type RuleContext } from '../../engine/rule.js';
import { wordClass } from '../../engine/lexicon.js';
import { anchor, dim, opt, words } from '../../engine/pattern.js';
import { Kind } from '../../engine/tokens.js';
import { COUNT_QUALIFIERS, NUMBER_WORDS } from '../../lexicon/numbers.js';

export interface NumberValue {
  value: number;
  integer: boolean;
  /** As written: digits or words. */
  written: 'digits' | 'words';
  /** Digits written with a leading zero ("05"). */
  padded: boolean;
}

export interface PercentValue {
  value: number;
  /** The upper bound of a range. */
  max?: number;
}

export const numberWords = wordClass('number-word', NUMBER_WORDS);
export const countQualifiers = wordClass('count-qualifier', COUNT_QUALIFIERS);

/** A number as written with digits, Vietnamese style; null when it is not one. */
export function parseNumber(written: string): number | null {
  const s = written.replace(/\s+/g, '');
  let n: number;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+,\d+$/.test(s)) n = Number(s.replace(',', '.'));
  else if (/^\d+\.\d+$/.test(s)) n = Number(s); // a decimal point, as some sites write it
  else if (/^\d+$/.test(s)) n = Number(s);
  else return null;
  return Number.isFinite(n) ? n : null;
}

/** "05", "1.925", "98,5": every number token. */
const digits: Rule<NumberValue> = {
  name: 'number-digits',
  scan({ doc }: RuleContext, emit) {
    const t = doc.tokens;
    for (let i = 0; i < t.count; i++) {
      if (t.kind[i] !== Kind.Number) continue;
      const written = doc.text.slice(t.start[i], t.end[i]);
      const value = parseNumber(written);
      if (value === null) continue;
      emit({ value: { value, integer: Number.isInteger(value) && !written.includes(','), written: 'digits', padded: written.length > 1 && written[0] === '0' }, first: i, end: i + 1 });
    }
  },
};

/** "mười", "hai mươi", "một": numbers as words. */
const spelled: Rule<NumberValue> = {
  name: 'number-words',
  pattern: [anchor(dim('number-word', 'n'))],
  build: (m) => ({ value: { value: m.caps.n.unit!.value as number, integer: true, written: 'words', padded: false } }),
};

export const NUMBER_RULES: readonly Rule<NumberValue>[] = [digits, spelled];

const isInteger = (u: { value: unknown }) => (u.value as NumberValue).integer;

/** A whole count, with what qualifies it: "05", "hơn 150", "tổng số 12". */
export const COUNT_RULES: readonly Rule<number>[] = [
  {
    name: 'count',
    pattern: [opt(dim('count-qualifier')), anchor(dim('number', 'n', isInteger))],
    build: (m) => ({ value: (m.caps.n.unit!.value as NumberValue).value }),
  },
];

const num = (m: { caps: Record<string, { unit?: { value: unknown } }> }, k: string) => (m.caps[k].unit!.value as NumberValue).value;

/** "98,5%", "8 - 8,5%", "8%-10%", "từ 8 đến 10%". */
export const PERCENT_RULES: readonly Rule<PercentValue>[] = [
  {
    name: 'percent-range',
    pattern: [anchor(dim('number', 'a')), opt(words('%')), words('-', 'đến', 'tới', '÷'), dim('number', 'b'), words('%')],
    build(m) {
      const value = num(m, 'a');
      const max = num(m, 'b');
      return max > value && max <= 1000 ? { value: { value, max } } : null;
    },
  },
  {
    name: 'percent',
    pattern: [anchor(dim('number', 'a')), words('%')],
    build: (m) => (num(m, 'a') <= 1000 ? { value: { value: num(m, 'a') } } : null),
  },
];

export function lexNumbers(ctx: RuleContext): void {
  lexDimension('number', NUMBER_RULES, ctx);
  lexDimension('count', COUNT_RULES, ctx);
  lexDimension('percent', PERCENT_RULES, ctx, true);
}

export const numbers: Dimension = {
  name: 'numbers',
  produces: ['number', 'count', 'percent'],
  needs: ['number-word', 'count-qualifier'],
  lex: lexNumbers,
};
