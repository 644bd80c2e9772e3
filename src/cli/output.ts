// Writing results as they come: JSON Lines, the readable summary, or a JSON array streamed element by element
// (never collected), with stdout's back-pressure passed on to the runner.
import type { ChalkInstance } from 'chalk';
import { jsonLine, prettyJson } from '../emit/json.js';
import { summary } from '../emit/summary.js';
import type { ArticleRecord } from '../record.js';
import type { Progress } from './progress.js';
import { lineOf, type TaskResult } from './result.js';
import type { Sink } from './stdout.js';

export type OutputFormat = 'jsonl' | 'json' | 'pretty' | 'summary' | 'explain';


function recordOf(r: TaskResult): ArticleRecord {
  return r.record ?? (JSON.parse(lineOf(r)) as ArticleRecord);
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
      case 'explain':
        return this.put(`${summary(recordOf(r), this.colour, this.format === 'explain')}\n`);
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

  /** Closes a streamed array (or writes the single record). */
  finish(): void {
    if (this.format !== 'json' && this.format !== 'pretty') return;
    if (this.count === 0) void this.put('[]\n');
    else if (this.count === 1) void this.put(`${this.held}\n`);
    else void this.put(this.format === 'pretty' ? '\n]\n' : ']\n');
  }
}
