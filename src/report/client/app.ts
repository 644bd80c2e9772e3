// The report page's script (compiled on its own, with the DOM library, and inlined into the report). It reads the
// index data at once and an article's data block only when that article is opened, and builds every element with
// DOM calls: article text only ever becomes text nodes and attribute values, never markup.
import type { ArticlePayload, ArticleRef, ArticleSummary, AwardRow, FindingView, IndexPayload, OfficialRow, PercentageFigure, PercentageRow, Piece } from '../payload.js';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(name, value);
    else if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) el.setAttribute(name, String(value));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === 'number' ? String(c) : c);
  return el;
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the report has no #${id}`);
  return el;
}

const data = JSON.parse(byId('vr-index').textContent ?? '{}') as IndexPayload;
const app = byId('app');
const tip = byId('tip');
const articles = data.articles;
const fieldIndex = new Map(data.fields.map((f, i) => [f.field, i]));
const labelOf = (field: string) => data.fields[fieldIndex.get(field) ?? -1]?.label ?? field;
const LIST_FIELDS = new Set(['localities', 'officials', 'percentages', 'awards']);
const PAGE = 50;

/** Case and diacritics do not matter to the search: "Nguyen Van" finds "Nguyễn Văn". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
let haystacks: string[] | null = null;
const haystack = (i: number) => (haystacks ??= articles.map((a) => fold([a.title ?? '', a.file, ...a.names].join('\n'))))[i];

const hasWarnings = (a: ArticleSummary) => a.warnings.length > 0 || a.notes > 0;
const fmt = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many = `${one}s`) => `${fmt(n)} ${n === 1 ? one : many}`;

const state = { q: '', field: '', warnings: false, failed: false, page: 0 };
const tableState: Record<string, { q: string; page: number; both?: boolean }> = {};

function matching(): number[] {
  const q = fold(state.q.trim());
  const fi = state.field ? (fieldIndex.get(state.field) ?? -1) : -1;
  const out: number[] = [];
  articles.forEach((a, i) => {
    if (state.failed && a.ok) return;
    if (state.warnings && !hasWarnings(a)) return;
    if (fi >= 0 && !(a.counts[fi] > 0)) return;
    if (q && !haystack(i).includes(q)) return;
    out.push(i);
  });
  return out;
}

function articleLabel(i: ArticleRef): string {
  const file = articles[i]?.file ?? String(i);
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || file;
}

function refs(list: ArticleRef[], shown = 5): HTMLElement {
  const box = h('span', { class: 'refs' });
  const draw = (n: number) => {
    box.replaceChildren(...list.slice(0, n).map((i) => h('a', { href: `#/a/${i}`, title: articles[i]?.title ?? articles[i]?.file }, articleLabel(i))));
    if (list.length > n) box.append(h('button', { class: 'more', type: 'button', click: () => draw(list.length) }, `+${list.length - n} more`));
  };
  draw(shown);
  return box;
}

function pager(total: number, page: number, go: (page: number) => void): HTMLElement {
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const nav = h('nav', { class: 'pager', 'aria-label': 'pages' });
  if (pages <= 1) return nav;
  const button = (label: string, to: number, current = false) =>
    h('button', { type: 'button', disabled: to < 0 || to >= pages || current, 'aria-current': current ? 'page' : null, click: () => go(to) }, label);
  nav.append(button('‹ Previous', page - 1));
  const around = new Set([0, pages - 1, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 0 && p < pages));
  let last = -1;
  for (const p of [...around].sort((a, b) => a - b)) {
    if (p > last + 1) nav.append(h('span', {}, '…'));
    nav.append(button(String(p + 1), p, p === page));
    last = p;
  }
  nav.append(button('Next ›', page + 1));
  return nav;
}

function shownLine(from: number, count: number, total: number, what: string): HTMLElement {
  return h('p', { class: 'shown', role: 'status' }, total ? `Showing ${fmt(from + 1)}–${fmt(from + count)} of ${plural(total, what)}` : `No ${what}s match.`);
}

// ---- index ---------------------------------------------------------------------------------------------------------

const TABS = [
  ['articles', 'Articles'],
  ['awards', 'Awards by locality and year'],
  ['officials', 'Officials by unit'],
  ['percentages', 'Percentage targets'],
] as const;

function stats(): HTMLElement {
  const failed = articles.filter((a) => !a.ok).length;
  const warned = articles.filter(hasWarnings).length;
  const stat = (n: number, label: string, cls = '') => h('div', { class: `stat ${cls}` }, h('b', {}, fmt(n)), h('span', {}, label));
  const withField = data.fields.map((f, i) => {
    const n = articles.filter((a) => a.counts[i] > 0).length;
    return h('button', { type: 'button', class: 'chip', 'data-chip': f.field, title: `show the articles with ${f.label.toLowerCase()}`, click: () => setFilter({ field: f.field }) }, `${f.label} ${fmt(n)}`);
  });
  return h(
    'section',
    { 'aria-label': 'counts' },
    h('div', { class: 'stats' }, stat(articles.length, 'articles'), stat(articles.length - failed, 'read'), stat(failed, 'failed', failed ? 'bad' : ''), stat(warned, 'with warnings', warned ? 'warn' : '')),
    h('div', { class: 'chips with-field' }, h('span', { class: 'label' }, 'Articles with:'), ...withField),
  );
}

function setFilter(change: Partial<typeof state>): void {
  Object.assign(state, change, { page: 0 });
  if (location.hash !== '#/' && location.hash !== '') location.hash = '#/';
  else route();
}

function articleRow(i: number): HTMLElement {
  const a = articles[i];
  const chips = data.fields.flatMap((f, k) => (a.counts[k] ? [h('span', { class: 'chip', 'data-chip': f.field, title: f.label }, `${f.label} ${a.counts[k]}`)] : []));
  const status = [
    !a.ok ? h('span', { class: 'badge bad' }, 'failed') : null,
    hasWarnings(a) ? h('span', { class: 'badge warn', title: [...a.warnings].join('\n') }, plural(a.warnings.length + a.notes, 'warning')) : null,
  ];
  return h(
    'tr',
    { 'data-article': i },
    h('td', { class: 'num' }, i + 1),
    h('td', {}, h('a', { href: `#/a/${i}` }, a.title ?? (a.ok ? '(no title)' : a.error ?? 'failed')), h('span', { class: 'file' }, a.file)),
    h('td', {}, a.unit ?? ''),
    h('td', { class: 'date' }, a.date ?? ''),
    h('td', {}, h('div', { class: 'chips' }, ...chips)),
    h('td', {}, ...status),
  );
}

function articleList(): HTMLElement {
  const box = h('div', { id: 'list' });
  const draw = () => {
    const rows = matching();
    const from = Math.min(state.page * PAGE, Math.max(0, rows.length - 1));
    const page = rows.slice(from, from + PAGE);
    box.replaceChildren(
      shownLine(from, page.length, rows.length, 'article'),
      h(
        'table',
        { class: 'articles' },
        h('thead', {}, h('tr', {}, h('th', { class: 'num' }, '#'), h('th', {}, 'Article'), h('th', {}, 'Locality'), h('th', {}, 'Date'), h('th', {}, 'Findings'), h('th', {}, 'Status'))),
        h('tbody', {}, ...page.map(articleRow)),
      ),
      pager(rows.length, state.page, (p) => {
        state.page = p;
        draw();
        box.scrollIntoView();
      }),
    );
  };
  draw();
  return box;
}

function articleFilters(list: () => void): HTMLElement {
  const changed = (change: Partial<typeof state>) => {
    Object.assign(state, change, { page: 0 });
    list();
  };
  const field = h('select', { id: 'filter-field', 'aria-label': 'field present', change: (e) => changed({ field: (e.target as HTMLSelectElement).value }) }, h('option', { value: '' }, 'any findings'));
  for (const f of data.fields) field.append(h('option', { value: f.field, selected: state.field === f.field }, `with ${f.label.toLowerCase()}`));
  const check = (id: string, key: 'warnings' | 'failed', label: string) =>
    h('label', {}, h('input', { type: 'checkbox', id, checked: state[key], change: (e) => changed({ [key]: (e.target as HTMLInputElement).checked }) }), ` ${label}`);
  return h(
    'div',
    { class: 'filters', role: 'search' },
    h('input', {
      type: 'search',
      id: 'search',
      placeholder: 'Search titles and names…',
      'aria-label': 'search titles and names',
      value: state.q,
      input: (e) => changed({ q: (e.target as HTMLInputElement).value }),
    }),
    field,
    check('filter-warnings', 'warnings', 'with warnings'),
    check('filter-failed', 'failed', 'failed only'),
  );
}

interface TableSpec<T extends { unit: string | null }> {
  what: string;
  head: [string, string?][];
  cells(row: T): Child[];
  text(row: T): string;
  both?: (row: T) => boolean;
}

function table<T extends { unit: string | null }>(name: string, rows: T[], spec: TableSpec<T>): HTMLElement {
  const st = (tableState[name] ??= { q: '', page: 0, both: false });
  const box = h('div', {});
  const draw = () => {
    const q = fold(st.q.trim());
    const kept = rows.filter((r) => (!q || fold(spec.text(r)).includes(q)) && (!st.both || !spec.both || spec.both(r)));
    const from = Math.min(st.page * PAGE, Math.max(0, kept.length - 1));
    const page = kept.slice(from, from + PAGE);
    box.replaceChildren(
      shownLine(from, page.length, kept.length, spec.what),
      h(
        'table',
        { class: name },
        h('thead', {}, h('tr', {}, ...spec.head.map(([label, cls]) => h('th', { class: cls }, label)))),
        h(
          'tbody',
          {},
          // a row for the same unit as the one above shows its unit faintly, so that each unit reads as one group
          ...page.map((r, n) => {
            const repeat = n > 0 && page[n - 1].unit === r.unit;
            return h('tr', {}, ...spec.cells(r).map((c, k) => h('td', { class: [spec.head[k][1], k === 0 && repeat ? 'repeat' : ''].filter(Boolean).join(' ') || null }, c)));
          }),
        ),
      ),
      pager(kept.length, st.page, (p) => {
        st.page = p;
        draw();
      }),
    );
  };
  const controls = h(
    'div',
    { class: 'filters' },
    h('input', { type: 'search', id: `${name}-filter`, placeholder: 'Filter rows…', 'aria-label': `filter the ${spec.what} rows`, value: st.q, input: (e) => ((st.q = (e.target as HTMLInputElement).value), (st.page = 0), draw()) }),
    spec.both
      ? h('label', {}, h('input', { type: 'checkbox', id: `${name}-both`, checked: !!st.both, change: (e) => ((st.both = (e.target as HTMLInputElement).checked), (st.page = 0), draw()) }), ' only targets with both planned and achieved figures')
      : null,
  );
  draw();
  return h('div', {}, controls, box);
}

const noUnit = () => h('span', { class: 'empty' }, 'no locality found');
const figures = (list: PercentageFigure[]) => h('span', { class: 'figs' }, ...list.map((f) => h('a', { href: `#/a/${f.article}`, title: articles[f.article]?.title ?? '' }, f.value)));

function awardsTable(): HTMLElement {
  return table<AwardRow>('awards', data.awards, {
    what: 'row',
    head: [['Locality'], ['Year'], ['Statements', 'num'], ['Tập thể', 'num'], ['Cá nhân', 'num'], ['Awards'], ['Articles']],
    cells: (r) => [r.unit ?? noUnit(), r.year ?? '', r.statements, r.collectives ?? '—', r.individuals ?? '—', r.kinds.map(([k, n]) => (n > 1 ? `${k} × ${n}` : k)).join(', '), refs(r.articles)],
    text: (r) => `${r.unit ?? ''} ${r.year ?? ''} ${r.kinds.map((k) => k[0]).join(' ')}`,
  });
}

function officialsTable(): HTMLElement {
  return table<OfficialRow>('officials', data.officials, {
    what: 'row',
    head: [['Unit'], ['Name'], ['Rank'], ['Positions'], ['Articles']],
    cells: (r) => [r.unit ?? noUnit(), r.name, r.ranks.join(', '), r.positions.join('; '), refs(r.articles)],
    text: (r) => `${r.unit ?? ''} ${r.name} ${r.ranks.join(' ')} ${r.positions.join(' ')}`,
  });
}

function percentagesTable(): HTMLElement {
  return table<PercentageRow>('percentages', data.percentages, {
    what: 'row',
    head: [['Unit'], ['Year'], ['Target'], ['Planned'], ['Achieved']],
    cells: (r) => [r.unit ?? noUnit(), r.year ?? '', r.target, figures(r.planned), figures(r.achieved)],
    text: (r) => `${r.unit ?? ''} ${r.year ?? ''} ${r.target}`,
    both: (r) => r.planned.length > 0 && r.achieved.length > 0,
  });
}

function renderIndex(tab: string): void {
  const nav = h('nav', { class: 'tabs' }, ...TABS.map(([id, label]) => h('a', { href: id === 'articles' ? '#/' : `#/${id}`, 'aria-current': id === tab ? 'page' : null }, label)));
  let body: HTMLElement;
  if (tab === 'awards') body = awardsTable();
  else if (tab === 'officials') body = officialsTable();
  else if (tab === 'percentages') body = percentagesTable();
  else {
    const list = h('div', {}, articleList());
    body = h('div', {}, articleFilters(() => list.replaceChildren(articleList())), list);
  }
  app.replaceChildren(stats(), nav, body);
  app.dataset.view = tab;
  delete app.dataset.article;
}

// ---- one article ---------------------------------------------------------------------------------------------------

function markOf(f: FindingView, finding: number, continued: boolean): HTMLElement {
  if (continued) return h('span', { class: 'cont', 'data-field': f.field, 'data-finding': finding });
  return h('mark', {
    'data-field': f.field,
    'data-index': f.index,
    'data-rule': f.rule,
    'data-finding': finding,
    'data-implied': f.implied?.join(', '),
    tabindex: 0,
  });
}

/** The text from `from` to `to` with its pieces as elements: text nodes only, whatever the text holds. */
function renderText(into: Node, text: string, from: number, to: number, pieces: Piece[], findings: FindingView[]): void {
  let at = from;
  for (const [start, end, finding, continued, children] of pieces) {
    if (start > at) into.appendChild(document.createTextNode(text.slice(at, start)));
    const el = markOf(findings[finding], finding, continued === 1);
    renderText(el, text, start, end, children, findings);
    into.appendChild(el);
    at = end;
  }
  if (to > at) into.appendChild(document.createTextNode(text.slice(at, to)));
}

let current: { payload: ArticlePayload; text: HTMLElement } | null = null;
/** Counts routings, so that an article that arrives after the reader has moved on is not shown. */
let routed = 0;

function showTip(el: HTMLElement): void {
  const finding = Number(el.dataset.finding);
  const f = current?.payload.findings[finding];
  if (!f) return;
  const mark = el.tagName === 'MARK' ? el : current?.text.querySelector<HTMLElement>(`mark[data-finding="${finding}"]`);
  tip.replaceChildren(
    h('b', {}, `${labelOf(f.field)}${LIST_FIELDS.has(f.field) ? ` ${f.index + 1}` : ''}`),
    h('div', {}, f.line),
    ...(f.implied?.length ? [h('div', { class: 'implied' }, `${f.implied.join(', ')} inferred, not written in the text`)] : []),
    h('div', { class: 'rule' }, `rule ${f.rule} · span ${f.start}–${f.end}`),
  );
  tip.hidden = false;
  mark?.setAttribute('aria-describedby', 'tip');
  const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const width = tip.offsetWidth;
  const height = tip.offsetHeight;
  const left = Math.max(4, Math.min(box.left, window.innerWidth - width - 4));
  const below = box.bottom + 6;
  tip.style.left = `${left}px`;
  tip.style.top = `${below + height > window.innerHeight ? Math.max(4, box.top - height - 6) : below}px`;
}

function hideTip(): void {
  tip.hidden = true;
  current?.text.querySelector('[aria-describedby="tip"]')?.removeAttribute('aria-describedby');
}

const highlightOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('mark, .cont') : null);

function card(payload: ArticlePayload, summary: ArticleSummary, text: HTMLElement): HTMLElement {
  const dl = h('dl', {});
  for (const row of payload.card) {
    dl.append(h('dt', {}, h('span', { class: 'swatch', 'data-chip': row.field }), labelOf(row.field)));
    for (const line of row.lines) {
      if (line.finding === undefined) {
        dl.append(h('dd', {}, h('span', { class: 'unplaced', title: 'this value has no span in the text' }, `${line.line} (not in the text)`)));
        continue;
      }
      const go = () => {
        const m = text.querySelector<HTMLElement>(`mark[data-finding="${line.finding}"]`);
        m?.scrollIntoView({ block: 'center' });
        m?.focus();
      };
      dl.append(h('dd', {}, h('button', { type: 'button', click: go, title: 'show in the text' }, line.line)));
    }
  }
  if (!payload.card.length) dl.append(h('dd', { class: 'empty' }, summary.ok ? 'nothing found' : 'no record: the article could not be read'));
  return h('aside', { class: 'card', 'aria-label': 'record' }, h('h3', {}, 'Record'), dl);
}

function legend(payload: ArticlePayload, text: HTMLElement): HTMLElement {
  const counts = new Map<string, number>();
  for (const f of payload.findings) counts.set(f.field, (counts.get(f.field) ?? 0) + 1);
  const box = h('div', { class: 'legend', 'aria-label': 'highlights' }, h('span', {}, 'Highlight:'));
  for (const f of data.fields) {
    const n = counts.get(f.field);
    if (!n) continue;
    const toggle = (e: Event) => text.classList.toggle(`hide-${f.field}`, !(e.target as HTMLInputElement).checked);
    box.append(h('label', {}, h('input', { type: 'checkbox', checked: true, change: toggle }), h('span', { class: 'chip', 'data-chip': f.field }, `${f.label} ${n}`)));
  }
  return box;
}

const blocks = new Map<number, Promise<ArticlePayload[]>>();

async function unpack(base64: string): Promise<ArticlePayload[]> {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const json = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(json) as ArticlePayload[];
}

/** Article i's data: its block is unpacked on first use and kept, with a few others, for its neighbours. */
async function articleData(i: number): Promise<ArticlePayload | null> {
  const b = Math.floor(i / data.articlesPerBlock);
  let block = blocks.get(b);
  if (!block) {
    const el = document.getElementById(`b${b}`);
    if (!el) return null;
    block = unpack(el.textContent ?? '');
    blocks.set(b, block);
    if (blocks.size > 8) blocks.delete(blocks.keys().next().value!);
  }
  return (await block)[i % data.articlesPerBlock] ?? null;
}

async function renderArticle(i: number, generation: number): Promise<void> {
  const summary = articles[i];
  const payload = summary ? await articleData(i) : null;
  if (generation !== routed) return;
  if (!summary || !payload) {
    if (summary && document.readyState === 'loading') {
      app.replaceChildren(h('p', { class: 'loading' }, 'Loading the article…'));
      document.addEventListener('DOMContentLoaded', route, { once: true });
      return;
    }
    app.replaceChildren(h('p', {}, `There is no article ${i + 1} in this report. `, h('a', { href: '#/' }, 'All articles')));
    return;
  }
  const text = h('pre', { class: 'text', id: 'text', 'aria-label': 'article text' });
  if (payload.text !== null) renderText(text, payload.text, 0, payload.text.length, payload.pieces, payload.findings);
  else text.append(h('span', { class: 'empty' }, 'no text'));
  current = { payload, text };
  text.addEventListener('mouseover', (e) => {
    const el = highlightOf(e.target);
    if (el) showTip(el);
  });
  text.addEventListener('mouseout', (e) => {
    if (highlightOf(e.target) && highlightOf(e.target) !== highlightOf((e as MouseEvent).relatedTarget)) hideTip();
  });
  text.addEventListener('focusin', (e) => {
    const el = highlightOf(e.target);
    if (el) showTip(el);
  });
  text.addEventListener('focusout', hideTip);

  const order = matching();
  const at = order.indexOf(i);
  const list = at >= 0 ? order : articles.map((_, k) => k);
  const pos = at >= 0 ? at : i;
  const step = (d: number) => (list[pos + d] !== undefined ? h('a', { href: `#/a/${list[pos + d]}`, rel: d < 0 ? 'prev' : 'next' }, d < 0 ? '‹ Previous' : 'Next ›') : null);
  const nav = h('nav', { class: 'article-nav' }, h('a', { href: '#/' }, '← All articles'), step(-1), step(1), h('span', { class: 'pos' }, `${fmt(pos + 1)} of ${fmt(list.length)}${at >= 0 && list.length < articles.length ? ' (filtered)' : ''}`));

  const boxes: HTMLElement[] = [];
  if (!summary.ok) boxes.push(h('div', { class: 'box bad', role: 'alert' }, h('b', {}, 'Failed: '), summary.error ?? 'the article could not be read'));
  const warnings = [...summary.warnings, ...payload.notes];
  if (warnings.length) boxes.push(h('div', { class: 'box warn' }, h('b', {}, plural(warnings.length, 'warning')), h('ul', {}, ...warnings.map((w) => h('li', {}, w)))));

  app.replaceChildren(
    nav,
    h('h2', { class: 'article-title' }, summary.title ?? (summary.ok ? '(no title)' : 'Failed article')),
    h('p', { class: 'article-file' }, summary.file),
    ...boxes,
    legend(payload, text),
    h('div', { class: 'article-grid' }, text, card(payload, summary, text)),
  );
  app.dataset.view = 'article';
  app.dataset.article = String(i);
  window.scrollTo(0, 0);
}

// ---- routing -------------------------------------------------------------------------------------------------------

function route(): void {
  hideTip();
  current = null;
  const generation = ++routed;
  const hash = location.hash.replace(/^#\/?/, '');
  const article = /^a\/(\d+)$/.exec(hash);
  if (article) void renderArticle(Number(article[1]), generation);
  else renderIndex(hash || 'articles');
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') hideTip();
});
window.addEventListener('hashchange', route);
byId('meta').textContent = `${plural(articles.length, 'article')} · vnreport ${data.version} · made ${data.generated.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`;
route();
performance.mark('vnreport-ready');
