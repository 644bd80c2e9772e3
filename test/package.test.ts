// The package as npm ships it: the packed tarball installed into a new project, its command and the README's
// library snippet run there. Slow (an npm install), and offline when the dependencies are in npm's cache.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-pack-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

/** The README's library snippet, as written there. */
function readmeSnippet(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = /## Library\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README has no ```js block under ## Library');
  return m[1];
}

describe('the npm package', () => {
  // dist is built by pretest; packing must not rebuild it under the other test files (--ignore-scripts)
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', TMP], root)) as { filename: string; files: { path: string }[] }[];
  const files = packed.files.map((f) => f.path);

  it('holds the built program, the schema and the licence, and no source maps or sources', () => {
    for (const f of ['bin/vnreport.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/data/gazetteer.json', 'schema.json', 'LICENSE', 'README.md', 'package.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => f.endsWith('.map') || f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
  });

  it('installs into a new project, where npx vnreport --help and the README snippet run', () => {
    const project = path.join(TMP, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'try-vnreport', private: true, type: 'module' }));
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(TMP, packed.filename)], project);

    const help = spawnSync('npx', ['--no-install', 'vnreport', '--help'], { cwd: project, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: vnreport/);
    for (const command of ['extract', 'clean', 'check', 'schema']) expect(help.stdout).toContain(command);

    // the snippet reads a page from disk: one of the fixture articles, as a page
    const article = fs.readFileSync(path.join(root, 'fixtures/articles/004.txt'), 'utf8').split('\n');
    fs.writeFileSync(path.join(project, 'a.html'), `<html><head><title>${article[0]}</title></head><body><h1>${article[0]}</h1>${article.slice(1).map((l) => `<p>${l}</p>`).join('\n')}</body></html>`);
    fs.writeFileSync(path.join(project, 'snippet.mjs'), readmeSnippet());
    const run = spawnSync(process.execPath, ['snippet.mjs'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [first, second, third] = run.stdout.trim().split('\n');
    expect(first).toBe('2020-01-09 Bắc Kạn Nguyễn Thị Huế');
    expect(second.endsWith(' true')).toBe(true);
    expect(third).toBe('file ok title date published period locality author officials percentages awards');
  }, 600_000);
});
