// How fast a big report opens in a browser: makes the report of a corpus (default ../shared/corpus/real, 5,000
// articles) and opens it in headless Chromium several times, each on a fresh profile, timing in the page, from the
// start of navigation:
//   ready      the index is drawn and its filters and search answer (the page script's 'vnreport-ready' mark)
//   last open  the last article, asked for at once when ready, is on screen (its block is near the end of the file)
//   loaded     the browser has read the whole file (DOMContentLoaded)
// and, once loaded: opening an article, and a search over every title and name.
//
//   npm run bench:report                         # ../shared/corpus/real, 5 opens
//   npm run bench:report -- --dir some/folder --runs 3 --keep
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { haveChromium, launch, CHROMIUM } from '../test/report/chromium.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shared = process.env.VNREPORT_SHARED ?? path.resolve(root, '..', 'shared');
const { values: opts } = parseArgs({
  options: { dir: { type: 'string', default: path.join(shared, 'corpus/real') }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
});
if (!haveChromium()) {
  console.error(`bench:report: no browser at ${CHROMIUM} (apt-get install chromium, or set VNREPORT_CHROMIUM)`);
  process.exit(2);
}
if (!fs.existsSync(opts.dir)) {
  console.error(`bench:report: no corpus at ${opts.dir} (give --dir, or set VNREPORT_SHARED)`);
  process.exit(2);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-bench-report-'));
const file = path.join(tmp, 'report.html');
const started = performance.now();
const made = spawnSync(process.execPath, [path.join(root, 'bin/vnreport.js'), 'report', opts.dir, '-o', file, '--no-progress'], { encoding: 'utf8' });
const makeSeconds = (performance.now() - started) / 1000;
if (!fs.existsSync(file)) {
  console.error(made.stderr);
  process.exit(1);
}
const size = fs.statSync(file).size;
console.log(`report of ${opts.dir}: ${made.stderr.trim().split('\n').pop().replace(/^vnreport: /, '')}; made in ${makeSeconds.toFixed(1)} s`);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
for (let run = 0; run < Number(opts.runs); run++) {
  const browser = await launch();
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`file://${file}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('vnreport-ready').length > 0, null, { polling: 10 });
    const lastOpen = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const app = document.getElementById('app');
          const last = String(JSON.parse(document.getElementById('vr-index').textContent).articles.length - 1);
          const shown = () => app.dataset.article === last && document.getElementById('text');
          const watch = new MutationObserver(() => shown() && (watch.disconnect(), resolve(performance.now())));
          watch.observe(app, { childList: true, attributes: true });
          location.hash = `#/a/${last}`;
        }),
    );
    await page.waitForLoadState('load');
    const after = await page.evaluate(async () => {
      const nav = performance.getEntriesByType('navigation')[0];
      const app = document.getElementById('app');
      const until = (ok, act) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const watch = new MutationObserver(() => ok() && (watch.disconnect(), resolve(performance.now() - t0)));
          watch.observe(app, { childList: true, subtree: true, attributes: true });
          act();
        });
      const open = await until(() => app.dataset.article === '17' && document.getElementById('text'), () => (location.hash = '#/a/17'));
      await until(() => app.dataset.view === 'articles', () => (location.hash = '#/'));
      const search = await until(
        () => /Showing|No article/.test(document.querySelector('#list .shown')?.textContent ?? '') && document.getElementById('search').value === 'nguyen van',
        () => {
          const box = document.getElementById('search');
          box.value = 'nguyen van';
          box.dispatchEvent(new Event('input'));
        },
      );
      return { ready: performance.getEntriesByName('vnreport-ready')[0].startTime, loaded: nav.domContentLoadedEventEnd, open, search };
    });
    rows.push({ ...after, lastOpen });
  } finally {
    await browser.close();
  }
}
const ms = (x) => `${Math.round(x)} ms`;
console.log(`file ${(size / 1024 / 1024).toFixed(1)} MB; ${rows.length} opens in ${CHROMIUM}, each on a fresh profile; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('run  ready     last open  loaded    open one  search');
rows.forEach((r, i) => console.log(`${String(i + 1).padEnd(4)} ${ms(r.ready).padEnd(9)} ${ms(r.lastOpen).padEnd(10)} ${ms(r.loaded).padEnd(9)} ${ms(r.open).padEnd(9)} ${ms(r.search)}`));
const m = (k) => median(rows.map((r) => r[k]));
console.log(`med  ${ms(m('ready')).padEnd(9)} ${ms(m('lastOpen')).padEnd(10)} ${ms(m('loaded')).padEnd(9)} ${ms(m('open')).padEnd(9)} ${ms(m('search'))}`);
if (opts.keep) console.log(`kept ${file}`);
else fs.rmSync(tmp, { recursive: true, force: true });
