// The report's index: one summary line per article, and the tables across articles (awards by locality and year,
// officials by unit, percentage targets planned against achieved). Built as articles arrive, kept small: the texts
// themselves are not held here.
import type { ArticleRecord, Locality } from '../record.js';
import { percentValue, REPORT_FIELDS, unitName } from './fields.js';
import type { ArticlePayload, ArticleSummary, AwardRow, OfficialRow, PercentageRow } from './payload.js';

/** The unit an article is about, as the tables name it: "huyện Kim Bảng, Hà Nam". */
export function unitLabel(l: Locality | null): string | null {
  if (!l) return null;
  return `${unitName(l)}${l.province && l.province !== l.name ? `, ${l.province}` : ''}`;
}

function yearOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? Number(m[1]) : null;
}

/** The year an article's events belong to: its event date's, else its publication's. */
export function articleYear(r: ArticleRecord): number | null {
  return yearOf(r.date) ?? yearOf(r.published);
}

const fold = (s: string) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

function countsOf(payload: ArticlePayload): number[] {
  return REPORT_FIELDS.map((field) => payload.card.find((row) => row.field === field)?.lines.length ?? 0);
}

function namesOf(r: ArticleRecord): string[] {
  const names = [r.author, ...r.officials.map((o) => o.name), ...[r.locality, ...(r.localities ?? [])].map((l) => (l ? unitName(l) : null))];
  return [...new Set(names.filter((n): n is string => !!n))];
}

export function summaryOf(r: ArticleRecord, payload: ArticlePayload): ArticleSummary {
  return {
    file: r.file,
    title: r.title,
    ok: r.ok,
    ...(r.error !== undefined ? { error: r.error } : {}),
    warnings: r.warnings ?? [],
    counts: countsOf(payload),
    unit: unitLabel(r.locality),
    date: r.date ?? r.published,
    names: namesOf(r),
    notes: payload.notes.length,
  };
}

function upsert<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function pushOnce(list: number[], article: number): void {
  if (list[list.length - 1] !== article) list.push(article);
}

const addCount = (total: number | null, n: number | null) => (n === null ? total : (total ?? 0) + n);

export class IndexTables {
  private readonly awards = new Map<string, AwardRow & { kindCounts: Map<string, [shown: string, count: number]> }>();
  private readonly officials = new Map<string, OfficialRow>();
  private readonly percentages = new Map<string, PercentageRow>();
  /** How a unit sorts: by province, then name, then type (the label starts with the type word). */
  private readonly unitOrder = new Map<string, string>();

  private byUnitThen<T extends { unit: string | null }>(rest: (a: T, b: T) => number): (a: T, b: T) => number {
    const order = (u: string | null) => (u === null ? null : (this.unitOrder.get(u) ?? u));
    return (a, b) => {
      const [x, y] = [order(a.unit), order(b.unit)];
      return (x === null ? 1 : 0) - (y === null ? 1 : 0) || (x ?? '').localeCompare(y ?? '', 'vi') || rest(a, b);
    };
  }

  /** Adds one article's findings; `article` is its number in the report. */
  add(r: ArticleRecord, article: number): void {
    if (!r.ok) return;
    const unit = unitLabel(r.locality);
    const unitKey = r.locality ? (r.locality.code ?? unit) : '';
    const year = articleYear(r);
    if (unit && r.locality) this.unitOrder.set(unit, `${r.locality.province ?? ''}\u0000${r.locality.name}\u0000${r.locality.type}`);
    if (r.awards.length) {
      const row = upsert(this.awards, `${unitKey}|${year}`, () => ({ unit, year, statements: 0, collectives: null, individuals: null, kinds: [], kindCounts: new Map(), articles: [] }));
      for (const a of r.awards) {
        row.statements++;
        row.collectives = addCount(row.collectives, a.collectives);
        row.individuals = addCount(row.individuals, a.individuals);
        const kind = upsert(row.kindCounts, fold(a.award), (): [string, number] => [a.award, 0]);
        kind[1]++;
      }
      pushOnce(row.articles, article);
    }
    for (const o of r.officials) {
      const row = upsert(this.officials, `${unitKey}|${fold(o.name)}`, () => ({ unit, name: o.name, ranks: [], positions: [], articles: [] }));
      if (o.rank && !row.ranks.includes(o.rank)) row.ranks.push(o.rank);
      for (const p of o.positions) if (!row.positions.includes(p)) row.positions.push(p);
      pushOnce(row.articles, article);
    }
    for (const p of r.percentages) {
      const pYear = p.year ?? year;
      const row = upsert(this.percentages, `${unitKey}|${pYear}|${fold(p.target)}`, () => ({ unit, year: pYear, target: p.target, planned: [], achieved: [] }));
      row[p.status === 'planned' ? 'planned' : 'achieved'].push({ value: percentValue(p), article });
    }
  }

  awardRows(): AwardRow[] {
    return [...this.awards.values()]
      .map(({ kindCounts, ...row }) => ({ ...row, kinds: [...kindCounts.values()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')) }))
      .sort(this.byUnitThen((a, b) => (a.year ?? 0) - (b.year ?? 0)));
  }

  officialRows(): OfficialRow[] {
    return [...this.officials.values()].sort(this.byUnitThen((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'vi')));
  }

  /** Targets with both planned and achieved figures first, then by unit, year and target. */
  percentageRows(): PercentageRow[] {
    const both = (r: PercentageRow) => (r.planned.length && r.achieved.length ? 0 : 1);
    const rest = this.byUnitThen<PercentageRow>((x, y) => (x.year ?? 0) - (y.year ?? 0) || x.target.localeCompare(y.target, 'vi'));
    return [...this.percentages.values()].sort((a, b) => both(a) - both(b) || rest(a, b));
  }
}
