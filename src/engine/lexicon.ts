// Word classes: named lexicons of phrases ("give-verb": tặng, trao, trao tặng …), all matched over an article's
// tokens in one pass through one trie of word ids. Each match becomes a unit of the class's dimension, so a
// lexicon is a dimension that needs no rules, and statement rules read it like any other.
import { matchForm } from '../text/normalize.js';
import { Flag, tokenize, type Tokens } from './tokens.js';
import type { Units } from './units.js';
import { NO_WORD, vocabulary } from './vocabulary.js';

/** How a phrase's case is checked against the text (words are always compared lower-cased). */
export type CaseRule =
  /** Any case. */
  | 'any'
  /** The first word capitalised in the text ("Bí thư" before a name, "Sở" opening a body). */
  | 'capitalised'
  /** The first letter's case as the lexicon writes it ("Anh" the honorific vs "anh"). */
  | 'as-written';

export interface WordClass<V> {
  readonly name: string;
  readonly size: number;
  /** The value of a phrase as the lexicon gives it, or undefined when the class does not hold it. */
  valueOf(phrase: string): V | undefined;
  has(phrase: string): boolean;
}

interface End {
  cls: number;
  value: unknown;
  /** Required case of the first word: 1 capital, 0 lower, -1 any. */
  firstCap: number;
}

interface Node {
  next: Map<number, Node> | null;
  ends: End[] | null;
  /** Of `ends`, those of eagerly matched classes (null when none); set by compileEager. */
  eagerEnds: End[] | null;
  /** Does this node or one below it end a phrase of an eagerly matched class? Set by compileEager. */
  eagerBelow: boolean;
}

/** The trie's first level, by word id. */
const root: (Node | undefined)[] = [];
const classNames: string[] = [];
/** Each class's units' rule name ("lexicon:give-verb"). */
const ruleNames: string[] = [];
const byName = new Map<string, WordClassImpl<unknown>>();
/**
 * Classes that patterns name are matched eagerly, in the one pass: their units exist before any rule runs. The
 * others (words a reader only asks about: "is this a verb?", "does a stop word follow?") are matched when asked.
 */
const eager: boolean[] = [];
/** The longest phrase of each class, in tokens: how far back a phrase ending at a token may start. */
const longest: number[] = [];

/** The word ids of a phrase in its match form, added to the vocabulary. */
export function phraseWords(phrase: string): number[] {
  const form = matchForm(phrase);
  const toks = tokenize(form);
  const ids: number[] = [];
  for (let i = 0; i < toks.count; i++) ids.push(vocabulary.add(form.slice(toks.start[i], toks.end[i])));
  return ids;
}

/**
 * The key of a phrase asked about (a string from an article) without adding its words to the vocabulary: null when
 * one of them is in no lexicon, so that no class can hold the phrase. Adding them would grow the vocabulary with
 * every new word read.
 */
function lookupKey(phrase: string): string | null {
  const form = matchForm(phrase);
  const toks = tokenize(form);
  if (!toks.count) return '';
  for (let i = 0; i < toks.count; i++) if (toks.word[i] === NO_WORD) return null;
  return toks.word.join(' ');
}

class WordClassImpl<V> implements WordClass<V> {
  readonly id: number;
  private readonly values = new Map<string, V>();

  constructor(
    readonly name: string,
    entries: readonly (readonly [string, V])[],
    caseRule: CaseRule,
  ) {
    this.id = classNames.length;
    classNames.push(name);
    ruleNames.push(`lexicon:${name}`);
    eager.push(false);
    longest.push(0);
    const seen = new Set<string>();
    for (const [phrase, value] of entries) {
      const words = phraseWords(phrase);
      if (!words.length) continue;
      const first = phrase.trimStart().charAt(0);
      const firstCap = caseRule === 'any' ? -1 : caseRule === 'capitalised' ? 1 : first !== first.toLowerCase() ? 1 : 0;
      const key = words.join(' ');
      const caseKey = `${firstCap} ${key}`;
      if (seen.has(caseKey)) continue;
      seen.add(caseKey);
      if (!this.values.has(key)) this.values.set(key, value);
      while (root.length <= words[0]) root.push(undefined); // dense, so that look-ups stay fast
      let node: Node | undefined = root[words[0]];
      if (!node) root[words[0]] = node = newNode();
      for (let k = 1; k < words.length; k++) {
        node.next ??= new Map();
        let child: Node | undefined = node.next.get(words[k]);
        if (!child) node.next.set(words[k], (child = newNode()));
        node = child;
      }
      (node.ends ??= []).push({ cls: this.id, value, firstCap });
      compiled = false;
      longest[this.id] = Math.max(longest[this.id], words.length);
    }
  }

  get size(): number {
    return this.values.size;
  }

  valueOf(phrase: string): V | undefined {
    const key = lookupKey(phrase);
    return key === null ? undefined : this.values.get(key);
  }

  has(phrase: string): boolean {
    const key = lookupKey(phrase);
    return key !== null && this.values.has(key);
  }
}

/**
 * A word class from a list of phrases (each its own value) or a table of phrase → value. Phrases are written as
 * articles write them; tone placement, dashes and case are normalised away (case per `caseRule`).
 */
export function wordClass(name: string, phrases: readonly string[], caseRule?: CaseRule): WordClass<string>;
export function wordClass<V>(name: string, table: Readonly<Record<string, V>>, caseRule?: CaseRule): WordClass<V>;
export function wordClass<V>(name: string, source: readonly string[] | Readonly<Record<string, V>>, caseRule: CaseRule = 'any'): WordClass<V> {
  if (byName.has(name)) throw new Error(`word class ${name} is defined twice`);
  const entries: (readonly [string, V])[] = Array.isArray(source)
    ? (source as readonly string[]).map((p) => [p, p as unknown as V] as const)
    : Object.entries(source as Record<string, V>);
  const cls = new WordClassImpl<V>(name, entries, caseRule);
  byName.set(name, cls as WordClassImpl<unknown>);
  if (pendingEager.delete(name)) eager[cls.id] = true;
  compiled = false;
  return cls;
}

/** Patterns name the classes they read: those are matched in the one pass (see `eager`). */
export function matchEagerly(name: string): void {
  const cls = byName.get(name);
  if (cls) eager[cls.id] = true;
  else pendingEager.add(name);
  compiled = false;
}
const pendingEager = new Set<string>();

/** The id of a class matched when asked (see `eager`), or -1 for a dimension that is no such class. */
export function lazyClassId(name: string): number {
  const cls = byName.get(name);
  return cls && !eager[cls.id] ? cls.id : -1;
}

/** The longest phrase of a class by id, in tokens. */
export function longestPhraseOf(id: number): number {
  return longest[id];
}

/** The longest phrase of one class (by id) that starts at token i: its end token and value, or null. */
export function classIdMatchAt(tokens: Tokens, id: number, i: number): { end: number; value: unknown } | null {
  if (i < 0 || i >= tokens.count) return null;
  const w = tokens.word[i];
  if (w === NO_WORD) return null;
  let node = w < root.length ? root[w] : undefined;
  const cap = (tokens.flags[i] & Flag.Cap) !== 0 ? 1 : 0;
  let best: { end: number; value: unknown } | null = null;
  let j = i;
  while (node) {
    if (node.ends) for (const e of node.ends) if (e.cls === id && (e.firstCap === -1 || e.firstCap === cap)) best = { end: j + 1, value: e.value };
    j++;
    if (!node.next || j >= tokens.count || tokens.word[j] === NO_WORD || (tokens.flags[j] & Flag.LineBefore) !== 0) break;
    node = node.next.get(tokens.word[j]);
  }
  return best;
}

const newNode = (): Node => ({ next: null, ends: null, eagerEnds: null, eagerBelow: false });

/** Are the nodes' eagerEnds and eagerBelow up to date with the classes and which of them are eager? */
let compiled = false;

/** Sets every node's eagerEnds and eagerBelow, so that the one pass visits only what it can match. */
function compileEager(): void {
  const visit = (node: Node): boolean => {
    const ends = node.ends?.filter((e) => eager[e.cls]) ?? [];
    node.eagerEnds = ends.length ? ends : null;
    let below = ends.length > 0;
    if (node.next) for (const child of node.next.values()) if (visit(child)) below = true;
    node.eagerBelow = below;
    return below;
  };
  for (const node of root) if (node) visit(node);
  compiled = true;
}

/** Every eagerly matched word class in one pass: at each token the longest phrase of each class becomes a unit. */
export function lexWordClasses(units: Units): void {
  if (!compiled) compileEager();
  const { tokens } = units.doc;
  const n = classNames.length;
  const bestEnd = new Int32Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const bestValue: unknown[] = new Array(n);
  const touched = new Int32Array(n);
  let touchedCount = 0;
  // a class's phrase inside a longer one of the same class is not a match of its own ("khen thưởng" in
  // "tuyên dương khen thưởng")
  const coveredUntil = new Int32Array(n);
  for (let i = 0; i < tokens.count; i++) {
    const w = tokens.word[i];
    if (w === NO_WORD) continue;
    let node = w < root.length ? root[w] : undefined;
    if (!node || !node.eagerBelow) continue;
    const cap = (tokens.flags[i] & Flag.Cap) !== 0 ? 1 : 0;
    touchedCount = 0;
    let j = i;
    for (;;) {
      if (node.eagerEnds) {
        for (const e of node.eagerEnds) {
          if (e.firstCap !== -1 && e.firstCap !== cap) continue;
          if (stamp[e.cls] !== i) {
            stamp[e.cls] = i;
            touched[touchedCount++] = e.cls;
          }
          bestEnd[e.cls] = j + 1;
          bestValue[e.cls] = e.value;
        }
      }
      j++;
      // a phrase does not run over a line break
      if (!node.next || j >= tokens.count || tokens.word[j] === NO_WORD || (tokens.flags[j] & Flag.LineBefore) !== 0) break;
      const child = node.next.get(tokens.word[j]);
      if (!child || !child.eagerBelow) break;
      node = child;
    }
    for (let k = 0; k < touchedCount; k++) {
      const c = touched[k];
      if (bestEnd[c] <= coveredUntil[c]) continue;
      coveredUntil[c] = bestEnd[c];
      units.add(classNames[c], i, bestEnd[c], bestValue[c], ruleNames[c]);
    }
  }
}

export function wordClassNamed(name: string): WordClass<unknown> | undefined {
  return byName.get(name);
}
