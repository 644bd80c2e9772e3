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
 * An alternation of lexicon phrases in match form, longest first so that "Phó Chủ tịch" wins over "Chủ tịch";
 * a space in an entry matches any run of spaces.
 */
export function phrases(list: readonly string[]): string {
  const forms = [...new Set(list.map((w) => matchForm(w)))].sort((a, b) => b.length - a.length);
  return forms.map((w) => escapeRegex(w).replace(/ +/g, '\\s+')).join('|');
}

/** A whole-word alternation: `(?:a|b)` bounded on both sides. */
export function wordsPattern(list: readonly string[]): string {
  return `${B}(?:${phrases(list)})${E}`;
}

export function rx(source: string, flags = 'gu'): RegExp {
  return new RegExp(source, flags);
}

/** Lower-cased, diacritic-free, đ→d: for comparing names across spellings. */
export function fold(s: string): string {
  return matchForm(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Case-insensitive, tone-placement-insensitive key (keeps diacritics). */
export function key(s: string): string {
  return matchForm(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
