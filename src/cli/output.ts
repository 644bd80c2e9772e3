// Writing results as they come: JSON Lines, CSV/TSV rows, the readable summary, or a JSON array streamed element by
// element (never collected), with stdout's back-pressure passed on to the runner.
import type { ChalkInstance } from 'chalk';
import { csvHeader, csvRecord } from '../emit/csv.js';
import { jsonLine, prettyJson } from '../emit/json.js';
import type { RecordView } from '../emit/select.js';
import { summary } from '../emit/summary.js';
import { failedRecord } from '../extract/contracts.js';
import type { ArticleRecord } from '../record.js';
import type { Progress } from './progress.js';
import { lineOf, type TaskResult } from './result.js';
import type { Sink } from './stdout.js';

export type OutputFormat = 'jsonl' | 'json' | 'pretty' | 'summary' | 'explain' | 'csv' | 'tsv';

export interface WriterOptions {
  /** --fields: the record fields kept (records arrive already narrowed; the summary needs to know). */
  fields?: readonly string[];
  /** --bom: a UTF-8 byte-order mark before CSV or TSV, for spreadsheets that guess the encoding otherwise. */
  bom?: boolean;
}

export function recordOf(r: TaskResult): RecordView {
  return r.record ?? (JSON.parse(lineOf(r)) as RecordView);
}

/** One article as a document of its own (a file of --out-dir), in a format other than the readable views. */
export function documentOf(format: OutputFormat, r: TaskResult, opts: WriterOptions = {}): string {
  switch (format) {
    case 'csv':
    case 'tsv':
      return csvHeader(format, opts.bom) + csvRecord(format, recordOf(r));
    case 'pretty':
      return `${prettyJson(recordOf(r))}\n`;
    default:
      return `${lineOf(r)}\n`;
  }
}

function indent(s: string): string {
  return s.replace(/\n/g, '\n  ');
}

export class RecordWriter {
  private count = 0;
  private held: string | null = null;

  constructor(
    private readonly format: OutputFormat,
    private readonly out: Sink,
    private readonly colour: ChalkInstance,
    private readonly progress: Progress | null = null,
    private readonly opts: WriterOptions = {},
  ) {}

  /** Whether the worker should hand back a JSON line rather than a record object. */
  static serializes(format: OutputFormat): boolean {
    return format === 'jsonl' || format === 'json';
  }

  private put(s: string | Uint8Array): void | Promise<void> {
    let ok = true;
    const w = () => {
      ok = this.out.write(s);
    };
    if (this.progress) this.progress.around(w);
    else w();
    if (!ok) return new Promise<void>((resolve) => this.out.once('drain', resolve));
  }

  write(r: TaskResult): void | Promise<void> {
    this.count++;
    switch (this.format) {
      case 'jsonl':
        return this.put(r.json ?? `${jsonLine(r.record!)}\n`);
      case 'summary':
      case 'explain': {
        const fields = this.opts.fields;
        const shows = fields ? (f: string) => fields.includes(f) : undefined;
        // a record narrowed by --fields gets empty values for the rest, which the view then leaves out
        const record = { ...failedRecord(r.file, ''), ...recordOf(r) } as ArticleRecord;
        return this.put(`${summary(record, this.colour, this.format === 'explain', shows)}\n`);
      }
      case 'csv':
      case 'tsv':
        return this.put(`${this.count === 1 ? csvHeader(this.format, this.opts.bom) : ''}${csvRecord(this.format, recordOf(r))}`);
      default: {
        // one article: the record alone; several: an array, written as it grows
        const pretty = this.format === 'pretty';
        const text = pretty ? prettyJson(recordOf(r)) : lineOf(r);
        if (this.count === 1) {
          this.held = text;
          return;
        }
        const item = (t: string) => (pretty ? `\n  ${indent(t)}` : t);
        const lead = this.count === 2 ? `[${item(this.held!)},` : ',';
        this.held = null;
        return this.put(`${lead}${item(text)}`);
      }
    }
  }

  /** Closes a streamed array (or writes the single record); a CSV of no articles still has its header. */
  finish(): void {
    if ((this.format === 'csv' || this.format === 'tsv') && this.count === 0) void this.put(csvHeader(this.format, this.opts.bom));
    if (this.format !== 'json' && this.format !== 'pretty') return;
    if (this.count === 0) void this.put('[]\n');
    else if (this.count === 1) void this.put(`${this.held}\n`);
    else void this.put(this.format === 'pretty' ? '\n]\n' : ']\n');
  }
}
