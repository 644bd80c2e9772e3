// Statement patterns: sequences of dimensions, words and bounded gaps, matched over tokens around an anchor.
//
// A rule's pattern names one anchor item; the engine tries the rule only where the anchor's units are, matches the
// items before it leftwards and the items after it rightwards, inside the anchor's sentence. Every item moves by
// whole units or tokens and every gap is bounded, so one try costs a constant: a rule is linear in the article.
//
//   [opt(dim('body', 'by')), anchor(dim('give-verb')), opt(dim('count', 'count')), dim('award', 'award'),
//    words('cho'), dim('recipients', 'recipients')]
import type { Doc } from './document.js';
import { matchEagerly, phraseWords } from './lexicon.js';
import { Flag, Kind } from './tokens.js';
import type { Unit, Units } from './units.js';

export interface Capture {
  first: number;
  end: number;
  unit?: Unit;
}

type Test<T> = (x: T, doc: Doc, units: Units) => boolean;

export type Item =
  | { kind: 'dim'; dim: string; as?: string; test?: Test<Unit> }
  | { kind: 'words'; phrases: number[][]; as?: string }
  | { kind: 'token'; test: (doc: Doc, i: number) => boolean; as?: string }
  | { kind: 'gap'; min: number; max: number; greedy: boolean; as?: string; stop?: (doc: Doc, i: number, units: Units) => boolean }
  | { kind: 'opt'; items: Item[] }
  | { kind: 'alt'; alts: Item[][] }
  | { kind: 'group'; items: Item[]; as: string }
  | { kind: 'anchor'; item: Item & { kind: 'dim' } };

/** A unit of a dimension, optionally tested, captured under `as`. */
export function dim(dimension: string, as?: string, test?: Test<Unit>): Item & { kind: 'dim' } {
  matchEagerly(dimension);
  return { kind: 'dim', dim: dimension, as, test };
}

/** One of these phrases, case-insensitively ("cho", "tặng cho"). */
export function words(...phrases: string[]): Item {
  const list = phrases.map(phraseWords).filter((p) => p.length).sort((a, b) => b.length - a.length);
  return { kind: 'words', phrases: list };
}

/** The same, captured. */
export function wordsAs(as: string, ...phrases: string[]): Item {
  return { ...(words(...phrases) as Item & { kind: 'words' }), as };
}

/** One token that passes a test. */
export function token(test: (doc: Doc, i: number) => boolean, as?: string): Item {
  return { kind: 'token', test, as };
}

/**
 * Between min and max tokens, never past a token the stop test rejects: as few as will do, or with `greedy` as many
 * (a giver read back from its verb to the start of the clause).
 */
export function gap(max: number, opts: { min?: number; as?: string; greedy?: boolean; stop?: (doc: Doc, i: number, units: Units) => boolean } = {}): Item {
  return { kind: 'gap', min: opts.min ?? 0, max, greedy: opts.greedy ?? false, as: opts.as, stop: opts.stop };
}

/** The items, or nothing (present is tried first). */
export function opt(...items: Item[]): Item {
  return { kind: 'opt', items };
}

/** The first alternative that lets the whole pattern match. */
export function alt(...alts: Item[][]): Item {
  return { kind: 'alt', alts };
}

/** The token range the items cover, captured under `as`. */
export function group(as: string, ...items: Item[]): Item {
  return { kind: 'group', items, as };
}

/** The item the rule is tried at. */
export function anchor(item: Item & { kind: 'dim' }): Item {
  return { kind: 'anchor', item };
}

interface Caps {
  name: string;
  cap: Capture;
  next: Caps | null;
}

/**
 * A pattern compiled for matching: its item lists as nodes, each list knowing what follows its end going forwards
 * and its start going backwards. What follows is fixed by where the list stands in the pattern, so the matcher
 * backtracks without making a continuation at each step: a try allocates only its captures.
 */
type Node =
  | { kind: 'dim'; dim: string; as?: string; test?: Test<Unit> }
  | { kind: 'words'; phrases: number[][]; as?: string }
  | { kind: 'token'; test: (doc: Doc, i: number) => boolean; as?: string }
  | { kind: 'gap'; min: number; max: number; greedy: boolean; as?: string; stop?: (doc: Doc, i: number, units: Units) => boolean }
  | { kind: 'opt'; list: List }
  | { kind: 'alt'; lists: List[] }
  | { kind: 'group'; list: List; as: string; open: string };

interface List {
  nodes: Node[];
  /** What follows the last node going forwards, and the first going backwards. */
  forwards: Next;
  backwards: Next;
}

type Next =
  /** Go on in a list at a node (past either end: what follows that list). */
  | { kind: 'resume'; list: List; index: number }
  /** A group's items are matched: capture its range, then go on. */
  | { kind: 'close'; as: string; open: string; then: Next }
  /** The items before the anchor are matched: match those after it. */
  | { kind: 'after-anchor' }
  /** The whole pattern is matched. */
  | { kind: 'done' };

interface Compiled {
  top: List;
  /** Every capture name, in a fixed order: each match's captures are one object of one shape. */
  names: string[];
}

interface Scope {
  doc: Doc;
  units: Units;
  /** Token bounds: [lo, hi). */
  lo: number;
  hi: number;
  compiled: Compiled;
  anchorIndex: number;
  anchor: Unit;
  /** Where the items before the anchor start. */
  first: number;
  result: Match | null;
}

const push = (caps: Caps | null, name: string | undefined, cap: Capture): Caps | null => (name ? { name, cap, next: caps } : caps);

const compiledPatterns = new WeakMap<readonly Item[], Compiled>();

function compile(pattern: readonly Item[]): Compiled {
  let c = compiledPatterns.get(pattern);
  if (c) return c;
  const names: string[] = [];
  const name = (as: string | undefined) => {
    if (as && !names.includes(as)) names.push(as);
  };
  let groups = 0;
  const list = (items: readonly Item[], forwards: (l: List) => Next, backwards: (l: List) => Next): List => {
    const l: List = { nodes: [], forwards: { kind: 'done' }, backwards: { kind: 'done' } };
    l.forwards = forwards(l);
    l.backwards = backwards(l);
    items.forEach((item, i) => {
      const after: Next = { kind: 'resume', list: l, index: i + 1 };
      const before: Next = { kind: 'resume', list: l, index: i - 1 };
      switch (item.kind) {
        case 'anchor':
          name(item.item.as);
          l.nodes.push({ ...item.item });
          break;
        case 'dim':
        case 'words':
        case 'token':
        case 'gap':
          name(item.as);
          l.nodes.push({ ...item });
          break;
        case 'opt':
          l.nodes.push({ kind: 'opt', list: list(item.items, () => after, () => before) });
          break;
        case 'alt':
          l.nodes.push({ kind: 'alt', lists: item.alts.map((a) => list(a, () => after, () => before)) });
          break;
        case 'group': {
          const open = `\0${groups++}`;
          const inner = list(item.items, () => ({ kind: 'close', as: item.as, open, then: after }), () => ({ kind: 'close', as: item.as, open, then: before }));
          name(item.as);
          l.nodes.push({ kind: 'group', list: inner, as: item.as, open });
          break;
        }
      }
    });
    return l;
  };
  const top = list(pattern, () => ({ kind: 'done' }), () => ({ kind: 'after-anchor' }));
  c = { top, names };
  compiledPatterns.set(pattern, c);
  return c;
}

function wordsAt(s: Scope, phrase: number[], pos: number, dir: 1 | -1): number {
  const t = s.doc.tokens;
  const n = phrase.length;
  const from = dir === 1 ? pos : pos - n;
  if (from < s.lo || from + n > s.hi) return -1;
  for (let k = 0; k < n; k++) {
    if (t.word[from + k] !== phrase[k]) return -1;
    if (k > 0 && (t.flags[from + k] & Flag.LineBefore) !== 0) return -1;
  }
  return dir === 1 ? from + n : from;
}

/** Goes on from a position after a list ends (or a group closes, or a phase of the match ends). */
function proceed(s: Scope, next: Next, pos: number, dir: 1 | -1, caps: Caps | null): boolean {
  switch (next.kind) {
    case 'resume':
      return seq(s, next.list, next.index, pos, dir, caps);
    case 'close': {
      let start = pos;
      for (let c = caps; c; c = c.next)
        if (c.name === next.open) {
          start = c.cap.first;
          break;
        }
      const cap = dir === 1 ? { first: start, end: pos } : { first: pos, end: start };
      return proceed(s, next.then, pos, dir, push(caps, next.as, cap));
    }
    case 'after-anchor':
      s.first = pos;
      return seq(s, s.compiled.top, s.anchorIndex + 1, s.anchor.end, 1, caps);
    case 'done': {
      const out: Record<string, Capture> = {};
      for (const name of s.compiled.names) out[name] = undefined as unknown as Capture;
      for (let c = caps; c; c = c.next) if (out[c.name] === undefined && c.name.charCodeAt(0) !== 0) out[c.name] = c.cap;
      s.result = { first: s.first, end: pos, anchor: s.anchor, caps: out };
      return true;
    }
  }
}

/** Matches a list's nodes from index i (forwards) or down to it (backwards), from pos, then what follows the list. */
function seq(s: Scope, list: List, i: number, pos: number, dir: 1 | -1, caps: Caps | null): boolean {
  const nodes = list.nodes;
  if (i < 0 || i >= nodes.length) return proceed(s, dir === 1 ? list.forwards : list.backwards, pos, dir, caps);
  const item = nodes[i];
  const next = i + dir;
  switch (item.kind) {
    case 'dim': {
      const found = dir === 1 ? s.units.startingAt(item.dim, pos) : s.units.endingAt(item.dim, pos);
      for (const u of found) {
        if (u.first < s.lo || u.end > s.hi) continue;
        if (item.test && !item.test(u, s.doc, s.units)) continue;
        const p = dir === 1 ? u.end : u.first;
        if (seq(s, list, next, p, dir, item.as ? push(caps, item.as, { first: u.first, end: u.end, unit: u }) : caps)) return true;
      }
      return false;
    }
    case 'words':
      for (const phrase of item.phrases) {
        const p = wordsAt(s, phrase, pos, dir);
        if (p < 0) continue;
        if (seq(s, list, next, p, dir, item.as ? push(caps, item.as, dir === 1 ? { first: pos, end: p } : { first: p, end: pos }) : caps)) return true;
      }
      return false;
    case 'token': {
      const at = dir === 1 ? pos : pos - 1;
      if (at < s.lo || at >= s.hi || !item.test(s.doc, at)) return false;
      return seq(s, list, next, dir === 1 ? pos + 1 : pos - 1, dir, item.as ? push(caps, item.as, { first: at, end: at + 1 }) : caps);
    }
    case 'gap': {
      // how far the gap can reach: up to max tokens, inside the scope, before a stop
      let reach = 0;
      while (reach < item.max) {
        const p = pos + dir * (reach + 1);
        if (p < s.lo || p > s.hi) break;
        if (item.stop?.(s.doc, dir === 1 ? p - 1 : p, s.units)) break;
        reach++;
      }
      for (let k = 0; k <= reach - item.min; k++) {
        const n = item.greedy ? reach - k : item.min + k;
        const p = pos + dir * n;
        if (seq(s, list, next, p, dir, item.as ? push(caps, item.as, dir === 1 ? { first: pos, end: p } : { first: p, end: pos }) : caps)) return true;
      }
      return false;
    }
    case 'opt':
      // present first; the inner list goes on in this one when it ends
      if (seq(s, item.list, dir === 1 ? 0 : item.list.nodes.length - 1, pos, dir, caps)) return true;
      return seq(s, list, next, pos, dir, caps);
    case 'alt':
      for (const a of item.lists) if (seq(s, a, dir === 1 ? 0 : a.nodes.length - 1, pos, dir, caps)) return true;
      return false;
    case 'group':
      // the group's start, for its capture when its items end (a name no capture has: it starts with U+0000)
      return seq(s, item.list, dir === 1 ? 0 : item.list.nodes.length - 1, pos, dir, { name: item.open, cap: { first: pos, end: pos }, next: caps });
  }
}

export interface Match {
  /** Token range of the whole match. */
  first: number;
  end: number;
  anchor: Unit;
  caps: Readonly<Record<string, Capture>>;
}

/** The anchor item of a pattern, and where it stands. */
export function anchorOf(pattern: readonly Item[]): { index: number; dim: string } {
  const index = pattern.findIndex((it) => it.kind === 'anchor');
  if (index < 0) {
    const first = pattern.findIndex((it) => it.kind === 'dim');
    if (first < 0) throw new Error('a pattern needs an anchor or a dimension item');
    return { index: first, dim: (pattern[first] as Item & { kind: 'dim' }).dim };
  }
  return { index, dim: (pattern[index] as Item & { kind: 'anchor' }).item.dim };
}

/**
 * Could the item next to a position match there? A cheap test of its first token (a word, a unit, a token test),
 * true when it cannot tell (an optional item, a gap). Most tries of a rule fail on their first neighbour: this lets
 * them fail before the matcher allocates anything.
 */
function mayMatch(units: Units, item: Item | undefined, pos: number, dir: 1 | -1, lo: number, hi: number): boolean {
  if (!item) return true;
  const t = units.doc.tokens;
  const at = dir === 1 ? pos : pos - 1;
  switch (item.kind) {
    case 'words': {
      if (at < lo || at >= hi) return false;
      const w = t.word[at];
      for (const p of item.phrases) if ((dir === 1 ? p[0] : p[p.length - 1]) === w) return true;
      return false;
    }
    case 'dim':
      return (dir === 1 ? units.startingAt(item.dim, pos) : units.endingAt(item.dim, pos)).length > 0;
    case 'token':
      return at >= lo && at < hi && item.test(units.doc, at);
    case 'group':
      return mayMatch(units, item.items[dir === 1 ? 0 : item.items.length - 1], pos, dir, lo, hi);
    case 'alt':
      for (const a of item.alts) if (mayMatch(units, a[dir === 1 ? 0 : a.length - 1], pos, dir, lo, hi)) return true;
      return false;
    case 'gap':
      return item.min === 0 || (at >= lo && at < hi);
    default:
      return true;
  }
}

/**
 * Could items[index…] (forwards) or items[…index] (backwards) match from a position? An optional item may be absent,
 * so past one the item after it is asked too; the end of the items matches anything.
 */
function mayMatchFrom(units: Units, items: readonly Item[], index: number, pos: number, dir: 1 | -1, lo: number, hi: number): boolean {
  const item = items[index];
  if (!item) return true;
  if (item.kind !== 'opt') return mayMatch(units, item, pos, dir, lo, hi);
  return mayMatchFrom(units, item.items, dir === 1 ? 0 : item.items.length - 1, pos, dir, lo, hi) || mayMatchFrom(units, items, index + dir, pos, dir, lo, hi);
}

/**
 * The pattern matched at one unit of its anchor, inside [lo, hi): the items before the anchor leftwards, the items
 * after it rightwards, preferring optional items present, gaps short and units long. Null when it does not match.
 */
export function matchAt(units: Units, pattern: readonly Item[], anchorIndex: number, u: Unit, lo: number, hi: number): Match | null {
  if (!mayMatchFrom(units, pattern, anchorIndex + 1, u.end, 1, lo, hi) || !mayMatchFrom(units, pattern, anchorIndex - 1, u.first, -1, lo, hi)) return null;
  const anchorItem = pattern[anchorIndex];
  const dimItem = anchorItem.kind === 'anchor' ? anchorItem.item : (anchorItem as Item & { kind: 'dim' });
  if (u.first < lo || u.end > hi || (dimItem.test && !dimItem.test(u, units.doc, units))) return null;
  const compiled = compile(pattern);
  const s: Scope = { doc: units.doc, units, lo, hi, compiled, anchorIndex, anchor: u, first: u.first, result: null };
  seq(s, compiled.top, anchorIndex - 1, u.first, -1, push(null, dimItem.as, { first: u.first, end: u.end, unit: u }));
  return s.result;
}

// ---- small token tests the patterns share ----

export const isPunct = (text: string) => (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Punct && doc.text.charCodeAt(doc.tokens.start[i]) === text.charCodeAt(0);
export const isNumber = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Number;
export const isCapitalised = (doc: Doc, i: number) => (doc.tokens.flags[i] & Flag.Cap) !== 0;
export const isLowerWord = (doc: Doc, i: number) => doc.tokens.kind[i] === Kind.Word && (doc.tokens.flags[i] & Flag.Cap) === 0;
/** Any punctuation that ends a clause. */
export const isClauseBreak = (doc: Doc, i: number) => {
  if (doc.tokens.kind[i] !== Kind.Punct) return false;
  const c = doc.text.charCodeAt(doc.tokens.start[i]);
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x28 || c === 0x29;
};
