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

/** Where a rule's matches may reach from a token: its sentence (the default) or its line. */
function scopeOf(ctx: RuleContext, rule: PatternRule<unknown>, token: number): { firstToken: number; endToken: number } | undefined {
  const { doc } = ctx;
  return rule.scope === 'line' ? doc.lines[doc.lineOf[token]] : doc.sentences[doc.sentenceOf[token]];
}

const anchors = new WeakMap<readonly Item[], { index: number; dim: string }>();

function push<V>(out: (Reading<V> & { first: number; end: number })[], r: Reading<V>, m: Match): void {
  out.push({ value: r.value, first: r.first ?? m.first, end: r.end ?? m.end, weight: r.weight, implied: r.implied });
}

/** Every reading of a rule over the article, with its token range. */
export function readings<V>(rule: Rule<V>, ctx: RuleContext): (Reading<V> & { first: number; end: number })[] {
  const out: (Reading<V> & { first: number; end: number })[] = [];
  if (isScan(rule)) {
    rule.scan(ctx, (r) => out.push(r));
    return out;
  }
  let anchor = anchors.get(rule.pattern);
  if (!anchor) anchors.set(rule.pattern, (anchor = anchorOf(rule.pattern)));
  const count = ctx.doc.tokens.count;
  for (const u of ctx.units.of(anchor.dim)) {
    const scope = scopeOf(ctx, rule as PatternRule<unknown>, u.first);
    const m = matchAt(ctx.units, rule.pattern, anchor.index, u, scope ? scope.firstToken : 0, Math.max(scope ? scope.endToken : count, u.end));
    if (!m) continue;
    const got = rule.build(m, ctx);
    if (!got) continue;
    if (Array.isArray(got)) for (const r of got) push(out, r, m);
    else push(out, got, m);
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
