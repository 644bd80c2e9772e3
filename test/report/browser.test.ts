// The report in a real browser: headless Chromium (Debian's package; .ci/run installs it) driven by playwright-core.
// Outside CI a machine without Chromium skips these tests; in CI they fail instead.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/record.js';
import { haveChromium, launch } from './chromium.mjs';
import { recordsOf, root, spanFindings, vnreport, type SpanFinding } from './helpers.js';

const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const devDir = path.join(shared, 'corpus/dev');
const results = path.join(root, '.ci/results');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-browser-'));
const LONG = 300_000;

const XSS_TEXT = `<img src=x onerror="document.title='pwned'">\n<script>document.title='pwned by script'</script>\nHội nghị tổng kết công tác quốc phòng năm 2019 của huyện Kim Bảng.\n`;
const XSS_PAGE = `<!doctype html><html><head><title>&lt;img src=x onerror="document.title='pwned'"&gt;</title></head><body><article>
<h1>&lt;img src=x onerror="document.title='pwned'"&gt; &lt;script&gt;document.title='pwned'&lt;/script&gt;</h1>
<p>Sáng 12/3/2020, UBND huyện Kim Bảng tổ chức hội nghị tổng kết công tác quốc phòng năm 2019. &lt;script&gt;document.title='pwned'&lt;/script&gt; Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ.</p>
<p>&lt;img src=x onerror="document.title='pwned'"&gt; Đồng chí Nguyễn Văn Nam - Chủ tịch UBND huyện phát biểu chỉ đạo hội nghị.</p>
</article></body></html>`;

type Expected = SpanFinding;

const expectedMarks = (r: ArticleRecord) => sorted(spanFindings(r));
const sorted = (list: Expected[]) => [...list].sort((a, b) => a.field.localeCompare(b.field) || a.index - b.index);
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

interface Report {
  file: string;
  records: ArticleRecord[];
}

function makeReport(name: string, inputs: string[]): Report {
  const file = path.join(TMP, `${name}.html`);
  const made = vnreport(['report', ...inputs, '-o', file]);
  expect(made.code, made.stderr).toBeLessThanOrEqual(1);
  const records = recordsOf(vnreport(['extract', '--ordered', ...inputs]).stdout);
  return { file, records };
}

/** The page's marks in article i: field, index, rule and the text of the whole finding (its continuations too). */
async function marksOf(page: Page, i: number): Promise<Expected[]> {
  await page.evaluate((n) => (location.hash = `#/a/${n}`), i);
  await page.waitForSelector(`main[data-view="article"][data-article="${i}"]`);
  const marks = await page.$$eval('#text mark', (list) =>
    list.map((m) => {
      const el = m as HTMLElement;
      const rest = [...document.querySelectorAll(`#text .cont[data-finding="${el.dataset.finding}"]`)].map((c) => c.textContent).join('');
      return { field: el.dataset.field ?? '', index: Number(el.dataset.index), rule: el.dataset.rule ?? '', text: (el.textContent ?? '') + rest };
    }),
  );
  return sorted(marks);
}

async function listed(page: Page): Promise<number[]> {
  return page.$$eval('#list tbody tr', (rows) => rows.map((r) => Number((r as HTMLElement).dataset.article)));
}

describe.skipIf(!haveChromium() && !process.env.CI)('the report in a browser', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  let page: Page;
  let fixtures: Report;
  let dev: Report;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const extra = path.join(TMP, 'extra');
    fs.mkdirSync(extra);
    fs.writeFileSync(path.join(extra, 'xss.txt'), XSS_TEXT);
    fs.writeFileSync(path.join(extra, 'xss-page.html'), XSS_PAGE);
    fs.writeFileSync(path.join(extra, 'empty.txt'), '');
    fixtures = makeReport('fixtures', ['fixtures/articles', extra]);
    // part of the dev set, read where it is: every fourth article
    const devFiles = fs.existsSync(devDir) ? fs.readdirSync(devDir).filter((f) => /\.(txt|html?)$/.test(f)).sort().filter((_, k) => k % 4 === 0).map((f) => path.join(devDir, f)) : [];
    dev = devFiles.length ? makeReport('dev', devFiles) : { file: '', records: [] };
    browser = await launch();
    page = await browser.context.newPage();
    page.setDefaultTimeout(60_000);
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(e.violatedDirective));
    });
    fs.mkdirSync(results, { recursive: true });
  }, LONG);

  afterAll(async () => {
    await browser?.close();
    fs.rmSync(TMP, { recursive: true, force: true });
  });

  async function open(report: Report): Promise<void> {
    await page.goto(`file://${report.file}`);
    await page.waitForFunction(() => performance.getEntriesByName('vnreport-ready').length > 0);
  }

  it('highlights every finding with a span of the fixtures as one mark, with its field, index and rule', async () => {
    await open(fixtures);
    expect(fixtures.records).toHaveLength(8);
    for (const [i, record] of fixtures.records.entries()) {
      const expected = expectedMarks(record);
      const marks = await marksOf(page, i);
      expect(marks.length, record.file).toBe(expected.length);
      expect(marks, record.file).toEqual(expected);
    }
    await page.evaluate(() => (location.hash = '#/a/0'));
    await page.waitForSelector('main[data-article="0"]');
    await page.screenshot({ path: path.join(results, 'report-article.png') });
  }, LONG);

  it('does the same for part of the dev set', async (ctx) => {
    if (!dev.records.length) ctx.skip();
    await open(dev);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { articles: 0, readyMs: performance.getEntriesByName('vnreport-ready')[0].startTime, domContentLoadedMs: nav.domContentLoadedEventEnd };
    });
    fs.writeFileSync(path.join(results, 'report-timing.json'), `${JSON.stringify({ ...timing, articles: dev.records.length }, null, 2)}\n`);
    let total = 0;
    for (const [i, record] of dev.records.entries()) {
      const expected = expectedMarks(record);
      expect(await marksOf(page, i), record.file).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(dev.records.length);
  }, LONG);

  it('shows a highlight\'s value and rule on hover and on keyboard focus, and marks an implied year', async () => {
    await open(fixtures);
    const record = fixtures.records[0];
    expect(record.sources?.date?.implied).toEqual(['year']);
    await page.evaluate(() => (location.hash = '#/a/0'));
    await page.waitForSelector('main[data-article="0"]');
    const date = page.locator('#text mark[data-field="date"]');
    expect(await date.getAttribute('data-implied')).toBe('year');
    await date.hover();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    const tip = await page.locator('#tip').innerText();
    expect(tip).toContain(`${record.date} (year inferred)`);
    expect(tip).toContain(record.sources!.date!.rule);
    await page.mouse.move(0, 0);
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(false);

    // from the keyboard: Tab until a highlight has the focus
    await page.locator('body').focus();
    let focused: { field?: string; index?: string; rule?: string } | null = null;
    for (let n = 0; n < 60 && !focused; n++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.tagName === 'MARK' ? { ...(document.activeElement as HTMLElement).dataset } : null));
    }
    expect(focused).not.toBeNull();
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    const focusedTip = await page.locator('#tip').innerText();
    expect(focusedTip).toContain(focused!.rule!);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toBe('tip');
  }, LONG);

  it('filters by field, warnings and failure, and searches titles and names whatever the diacritics', async () => {
    const report = dev.records.length ? dev : fixtures;
    const records = report.records;
    await open(report);
    await page.screenshot({ path: path.join(results, 'report-index.png') });
    const all = records.map((_, i) => i);
    expect(await listed(page)).toEqual(all.slice(0, 50));

    await page.selectOption('#filter-field', 'awards');
    expect(await listed(page)).toEqual(all.filter((i) => records[i].awards.length > 0));
    await page.selectOption('#filter-field', '');

    await page.check('#filter-warnings');
    expect(await listed(page)).toEqual(all.filter((i) => records[i].warnings?.length));
    await page.uncheck('#filter-warnings');

    // a name from the records, typed without its diacritics
    const name = records.flatMap((r) => r.officials.map((o) => o.name)).find((n) => fold(n) !== n.toLowerCase())!;
    const haystack = (r: ArticleRecord) =>
      fold([r.title ?? '', r.file, r.author ?? '', ...r.officials.map((o) => o.name), ...[r.locality, ...(r.localities ?? [])].map((l) => (l ? `${l.type} ${l.name}` : ''))].join('\n'));
    await page.fill('#search', fold(name));
    const found = await listed(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(all.filter((i) => haystack(records[i]).includes(fold(name))));
    await page.fill('#search', '');

    // a row of the awards table leads to an article with its awards highlighted
    await page.click('nav.tabs >> text=Awards by locality and year');
    await page.click('table.awards tbody tr:first-child .refs a');
    await page.waitForSelector('main[data-view="article"]');
    expect(await page.locator('#text mark[data-field="awards"]').count()).toBeGreaterThan(0);

    // failed only, on the fixtures with their empty file
    await open(fixtures);
    await page.check('#filter-failed');
    expect(await listed(page)).toEqual(fixtures.records.flatMap((r, i) => (r.ok ? [] : [i])));
    await page.click('#list tbody tr:first-child a');
    await page.waitForSelector('main[data-view="article"]');
    expect(await page.locator('.box.bad').innerText()).toContain('empty file');
  }, LONG);

  it('shows markup and script in an article as text, and runs none of it', async () => {
    await open(fixtures);
    const title = await page.title();
    const texts = fixtures.records.flatMap((r, i) => (/xss/.test(r.file) ? [i] : []));
    expect(texts).toHaveLength(2);
    for (const i of texts) {
      await page.evaluate((n) => (location.hash = `#/a/${n}`), i);
      await page.waitForSelector(`main[data-article="${i}"]`);
      const shown = await page.locator('#text').innerText();
      expect(shown).toContain(`<img src=x onerror="document.title='pwned'">`);
      expect(shown).toMatch(/<script>document\.title='pwned( by script)?'<\/script>/);
      // hovering over the highlights does not bring anything to life either
      for (const mark of await page.locator('#text mark').all()) await mark.hover();
    }
    await page.goto(`file://${fixtures.file}`);
    await page.waitForFunction(() => performance.getEntriesByName('vnreport-ready').length > 0);
    expect(await page.locator('#list').innerText()).toContain(`<img src=x onerror="document.title='pwned'">`);
    await page.waitForTimeout(500);
    expect(await page.title()).toBe(title);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script:not([type])').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // nothing was fetched: the report's own file only
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
  }, LONG);
});
