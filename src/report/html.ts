// The report file: one self-contained HTML page. Articles are added as a run produces them; their texts and
// findings go, ARTICLES_PER_BLOCK at a time, as gzipped JSON in base64 data blocks, to a scratch file, so memory
// holds only the small index. The page is then written as: head (style, a Content-Security-Policy that allows only
// the page's own script and style and no requests at all), the index data, the page script, and the articles'
// blocks, which the script unpacks only when one of their articles is opened. Packed, the page of 5,000 real
// articles is about a third of the size, and the browser has that much less to read before it is usable.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Sink } from '../cli/stdout.js';
import type { ArticleRecord } from '../record.js';
import { articlePayload } from './article.js';
import { FIELD_PRESENTATION, REPORT_FIELDS } from './fields.js';
import type { ArticlePayload, ArticleSummary, IndexPayload } from './payload.js';
import { reportCss } from './style.js';
import { IndexTables, summaryOf } from './tables.js';

/** JSON that is safe inside a <script> element: no `<`, `>` or `&` can end the element or start a comment. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Articles per data block: one block is unpacked to open one of its articles (and kept for its neighbours). */
export const ARTICLES_PER_BLOCK = 16;

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The compiled page script (src/report/client/app.ts), as a classic script. */
export function clientScript(): string {
  // two levels below the package root from both src/report and dist/report
  const file = new URL('../../dist/report-client/client/app.js', import.meta.url);
  const js = fs.readFileSync(file, 'utf8');
  if (/<\/script|<!--/i.test(js)) throw new Error(`${file.pathname} would end its own script element`);
  return js.replace(/^\s*export \{\};?\s*$/m, '').replace(/^\/\/# sourceMappingURL=.*$/m, '').trim();
}

export interface ReportMeta {
  /** The page's heading, e.g. "vnreport: fixtures/articles". */
  title: string;
  version: string;
  /** When the report was made (ISO 8601). */
  generated?: string;
}

export interface Written {
  articles: number;
  failed: number;
  bytes: number;
}

export class ReportWriter {
  private readonly scratchDir: string;
  private readonly scratchFile: string;
  private fd: number | null;
  private readonly summaries: ArticleSummary[] = [];
  private readonly tables = new IndexTables();
  private block: string[] = [];
  private blocks = 0;

  constructor(private readonly meta: ReportMeta) {
    this.scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-report-'));
    this.scratchFile = path.join(this.scratchDir, 'articles.html');
    this.fd = fs.openSync(this.scratchFile, 'w');
  }

  get size(): number {
    return this.summaries.length;
  }

  /** One article: its record and the cleaned text its spans point into (null when it could not be read). */
  add(record: ArticleRecord, cleaned: string | null): void {
    const n = this.summaries.length;
    const payload = articlePayload(record, cleaned);
    if (this.fd === null) throw new Error('the report was already written');
    this.block.push(JSON.stringify(payload satisfies ArticlePayload));
    if (this.block.length === ARTICLES_PER_BLOCK) this.flushBlock();
    this.summaries.push(summaryOf(record, payload));
    this.tables.add(record, n);
  }

  private flushBlock(): void {
    if (!this.block.length || this.fd === null) return;
    const id = this.blocks++;
    const packed = gzipSync(`[${this.block.join(',')}]`).toString('base64');
    fs.writeSync(this.fd, `<script type="application/x-gzip-base64" id="b${id}">${packed}</script>\n`);
    this.block = [];
  }

  private index(): IndexPayload {
    return {
      title: this.meta.title,
      generated: this.meta.generated ?? new Date().toISOString(),
      version: this.meta.version,
      fields: REPORT_FIELDS.map((field) => ({ field, label: FIELD_PRESENTATION[field].label })),
      articlesPerBlock: ARTICLES_PER_BLOCK,
      articles: this.summaries,
      awards: this.tables.awardRows(),
      officials: this.tables.officialRows(),
      percentages: this.tables.percentageRows(),
    };
  }

  private head(): string {
    const css = reportCss();
    const js = clientScript();
    const csp = `default-src 'none'; script-src ${sha256(js)}; style-src ${sha256(css)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return [
      '<!doctype html>',
      '<html lang="vi">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<meta name="generator" content="vnreport ${escapeHtml(this.meta.version)}">`,
      `<title>${escapeHtml(this.meta.title)}</title>`,
      `<style>${css}</style>`,
      '</head>',
      '<body>',
      `<header class="top"><h1><a href="#/">${escapeHtml(this.meta.title)}</a></h1><span class="meta" id="meta"></span></header>`,
      '<main id="app"><p class="loading">Loading the report…</p><noscript><p>This report shows its articles with the page’s own script: allow JavaScript for this file to read it.</p></noscript></main>',
      '<div id="tip" role="tooltip" hidden></div>',
      `<script type="application/json" id="vr-index">${scriptJson(this.index())}</script>`,
      `<script>${js}</script>`,
      '',
    ].join('\n');
  }

  /** Writes the page to `out` (a stream is not ended); the scratch file goes. */
  async writeTo(out: Sink): Promise<Written> {
    this.flushBlock();
    this.closeScratch();
    let bytes = 0;
    const put = async (chunk: string | Uint8Array) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    };
    try {
      await put(this.head());
      for await (const chunk of fs.createReadStream(this.scratchFile)) await put(chunk as Buffer);
      await put('</body>\n</html>\n');
    } finally {
      this.dispose();
    }
    return { articles: this.summaries.length, failed: this.summaries.filter((s) => !s.ok).length, bytes };
  }

  /** Writes the page to a file, through a temporary file beside it, so a failed run never leaves half a report. */
  async writeFile(file: string): Promise<Written> {
    const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
    const stream = fs.createWriteStream(partial);
    try {
      const written = await this.writeTo(stream);
      stream.end();
      await once(stream, 'finish');
      fs.renameSync(partial, file);
      return written;
    } catch (e) {
      stream.destroy();
      fs.rmSync(partial, { force: true });
      throw e;
    }
  }

  private closeScratch(): void {
    // once only: the number of a closed descriptor is soon another file's
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /** Removes the scratch file (after writing, or when the run gave up). */
  dispose(): void {
    this.closeScratch();
    fs.rmSync(this.scratchDir, { recursive: true, force: true });
  }
}
