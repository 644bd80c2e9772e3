// Regex building blocks for Vietnamese. JavaScript's \b is ASCII-only even with the u flag, so word
// boundaries are lookarounds over letters, marks and digits.
import { matchForm } from './normalize.js';

export const WORD_CHAR = '\\p{L}\\p{M}\\p{N}';
/** Start of a word: no letter, mark or digit just before. */
export const B = `(?<![${WORD_CHAR}])`;
/** End of a word: no letter, mark or digit just after. */
export const E = `(?![${WORD_CHAR}])`;

/** One capitalised syllable (Nguyễn, Đ, Hà) or an all-caps one (HIẾU). */
export const CAP_SYLLABLE = '\\p{Lu}[\\p{Ll}\\p{M}]*';
export const ANY_SYLLABLE = '[\\p{L}\\p{M}]+';

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation of lexicon phrases in match form, longest first so that "Phó Chủ tịch" wins over "Chủ tịch".
 * Words are joined by one literal space, as in the match view (white space is collapsed there): a literal lets the
 * regex engine look ahead for the phrases, several times faster than \s+.
 */
export function phrases(list: readonly string[]): string {
  const forms = [...new Set(list.map((w) => matchForm(w)))].sort((a, b) => b.length - a.length);
  return forms.map((w) => escapeRegex(w)).join('|');
}

/** A whole-word alternation: `(?:a|b)` bounded on both sides. */
export function wordsPattern(list: readonly string[]): string {
  return `${B}(?:${phrases(list)})${E}`;
}

export function rx(source: string, flags = 'gu'): RegExp {
  return new RegExp(source, flags);
}

/** A bounded memo: names, titles and keys repeat across rules and articles. */
function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size > 50_000) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}

/** Lower-cased, diacritic-free, đ→d: for comparing names across spellings. */
export const fold = memo((s) =>
  matchForm(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Case-insensitive, tone-placement-insensitive key (keeps diacritics). */
export const key = memo((s) => matchForm(s).toLowerCase().replace(/\s+/g, ' ').trim());

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
