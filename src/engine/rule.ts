// Rules: a name, a pattern over dimensions and words anchored on one of them, and a production that reads the
// match into a value (or declines). Dimension rules make units; field rules make findings. A rule that cannot be
// a pattern (the base numbers, the names read by the gazetteer) is a scan: a loop over the tokens that emits.
// Adding a phrasing is adding a rule; the engine never changes.
import type { Doc } from './document.js';
import { tokensValue } from './document.js';
import { textFinding, type Finding } from './finding.js';
import { anchorOf, matchAt, type Capture, type Item, type Match } from './pattern.js';
import type { Units } from './units.js';

/** What a production returns: the value, and optionally a narrower or wider token range, a weight, implied parts. */
export interface Reading<V> {
  value: V;
  first?: number;
  end?: number;
  weight?: number;
  implied?: string[];
}

export interface RuleContext {
  doc: Doc;
  units: Units;
}

export interface PatternRule<V> {
  name: string;
  pattern: readonly Item[];
  /** The tokens a match may span: the anchor's sentence (the default) or its line. */
  scope?: 'sentence' | 'line';
  build(m: Match, ctx: RuleContext): Reading<V> | Reading<V>[] | null;
}

export interface ScanRule<V> {
  name: string;
  scan(ctx: RuleContext, emit: (r: Reading<V> & { first: number; end: number }) => void): void;
}

export type Rule<V> = PatternRule<V> | ScanRule<V>;

const isScan = <V>(r: Rule<V>): r is ScanRule<V> => 'scan' in r;

/** The readable text of a capture ("" when absent). */
export function captured(ctx: RuleContext, cap: Capture | undefined): string {
  return cap ? tokensValue(ctx.doc, cap.first, cap.end) : '';
}

function bounds(ctx: RuleContext, rule: PatternRule<unknown>, token: number): [number, number] {
  const { doc } = ctx;
  if (rule.scope === 'line') {
    const line = doc.lines[doc.lineOf[token]];
    let lo = token;
    let hi = token;
    while (lo > 0 && doc.tokens.start[lo - 1] >= line.start) lo--;
    while (hi < doc.tokens.count && doc.tokens.end[hi] <= line.end) hi++;
    return [lo, hi];
  }
  const s = doc.sentences[doc.sentenceOf[token]];
  return s ? [s.firstToken, s.endToken] : [0, doc.tokens.count];
}

/** Every reading of a rule over the article, with its token range. */
export function readings<V>(rule: Rule<V>, ctx: RuleContext): (Reading<V> & { first: number; end: number })[] {
  const out: (Reading<V> & { first: number; end: number })[] = [];
  if (isScan(rule)) {
    rule.scan(ctx, (r) => out.push(r));
    return out;
  }
  const { index, dim } = anchorOf(rule.pattern);
  for (const u of ctx.units.of(dim)) {
    const [lo, hi] = bounds(ctx, rule as PatternRule<unknown>, u.first);
    const m = matchAt(ctx.units, rule.pattern, index, u, lo, Math.max(hi, u.end));
    if (!m) continue;
    const got = rule.build(m, ctx);
    if (!got) continue;
    for (const r of Array.isArray(got) ? got : [got]) out.push({ ...r, first: r.first ?? m.first, end: r.end ?? m.end });
  }
  return out;
}

/**
 * A dimension's rules run in order; each reading becomes a unit of the dimension. With `exclusive`, readings that
 * overlap a longer one (or an equal one of an earlier rule) are dropped: "8 - 8,5%" is one range, not a range and a
 * figure.
 */
export function lexDimension<V>(name: string, rules: readonly Rule<V>[], ctx: RuleContext, exclusive = false): void {
  if (!exclusive) {
    for (const rule of rules) for (const r of readings(rule, ctx)) ctx.units.add(name, r.first, r.end, r.value, rule.name);
    return;
  }
  const all: { r: Reading<V> & { first: number; end: number }; rule: string; order: number }[] = [];
  rules.forEach((rule, order) => {
    for (const r of readings(rule, ctx)) all.push({ r, rule: rule.name, order });
  });
  all.sort((a, b) => b.r.end - b.r.first - (a.r.end - a.r.first) || a.order - b.order || a.r.first - b.r.first);
  const taken = new Uint8Array(ctx.doc.tokens.count + 1);
  for (const { r, rule } of all) {
    let free = true;
    for (let k = r.first; k < r.end && free; k++) if (taken[k]) free = false;
    if (!free) continue;
    taken.fill(1, r.first, r.end);
    ctx.units.add(name, r.first, r.end, r.value, rule);
  }
}

/** A field's rules; each reading becomes a finding spanning its tokens. */
export function findAll<V>(field: string, rules: readonly Rule<V>[], ctx: RuleContext): Finding<V>[] {
  const out: Finding<V>[] = [];
  const t = ctx.doc.tokens;
  for (const rule of rules) {
    for (const r of readings(rule, ctx)) {
      if (r.end <= r.first) continue;
      const f = textFinding(field, r.value, rule.name, t.start[r.first], t.end[r.end - 1], r.weight ?? 0);
      if (r.implied?.length) f.implied = r.implied;
      out.push(f);
    }
  }
  return out;
}
