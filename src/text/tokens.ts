// Word tokens with offsets, and phrase lexicons matched over them (longest phrase first).
import { matchForm } from './normalize.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased match form. */
  key: string;
  kind: 'word' | 'number' | 'punct';
  /** First letter upper-case. */
  cap: boolean;
}

// Words keep inner "/", "&" and "'" ("đ/c", "HIV/AIDS", "NN&PTNT"), dotted capitals ("TP.HCM", "T.Ư"),
// transcribed foreign syllables ("An-tô-ni", "Bách-xtơ") and thousands groups ("1.925"); a dot between words
// ("chắc.Tiến", "TP.Vinh") still splits them.
const TOKEN =
  /\p{Lu}{1,4}(?:\.\p{Lu}+(?![\p{Ll}\p{M}]))+|\p{Lu}[\p{Ll}\p{M}]*(?:-[\p{Ll}\p{M}]+)+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:[/&'’][\p{L}\p{M}\p{N}]+|(?<=\d)\.\d+)*|\S/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = end === text.length ? text : text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const kind = /^\d/.test(t) ? 'number' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ start: m.index, end: m.index + t.length, text: t, key: t.toLowerCase(), kind, cap: /^\p{Lu}/u.test(t) });
  }
  return out;
}

/** A set of multi-word phrases, matched token by token, case-insensitively unless told otherwise. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  readonly size: number;

  constructor(phrases: readonly string[], private readonly caseSensitive = false) {
    const seen = new Set<string>();
    for (const p of phrases) {
      const words = tokenize(matchForm(p)).map((t) => (caseSensitive ? t.text : t.key));
      const k = words.join(' ');
      if (!words.length || seen.has(k)) continue;
      seen.add(k);
      const list = this.byFirst.get(words[0]) ?? [];
      list.push(words);
      this.byFirst.set(words[0], list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    this.size = seen.size;
  }

  /** Number of tokens of the longest phrase starting at tokens[i], or 0. */
  matchAt(tokens: readonly Token[], i: number): number {
    const first = tokens[i];
    if (!first) return 0;
    const list = this.byFirst.get(this.caseSensitive ? first.text : first.key);
    if (!list) return 0;
    for (const words of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const t = tokens[i + k];
        if ((this.caseSensitive ? t.text : t.key) !== words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return words.length;
    }
    return 0;
  }

  has(phrase: string): boolean {
    const words = tokenize(matchForm(phrase)).map((t) => (this.caseSensitive ? t.text : t.key));
    return (this.byFirst.get(words[0]) ?? []).some((w) => w.join(' ') === words.join(' '));
  }
}

/** Index of the first token that starts at or after an offset (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
