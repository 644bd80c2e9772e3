// A one-line progress bar on stderr: done/total, a bar, the rate and the time left. Drawn only on a terminal;
// redrawn at most ten times a second; cleared before anything else is written to the terminal and at the end.
import { isCapableTerminal } from '../emit/colour.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(s: string): boolean;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private done = 0;
  private failed = 0;
  private total: number | null = null;
  private readonly started: number;
  private lastDraw = 0;
  private shown = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** A bar is drawn only when the stream is a terminal that understands escape sequences (not TERM=dumb). */
  static for(stream: ProgressStream, enabled = true): Progress | null {
    if (!enabled || !isCapableTerminal(stream)) return null;
    const p = new Progress(stream);
    p.timer = setInterval(() => p.draw(), 500);
    p.timer.unref();
    // a run cut short (a closed pipe exits at once) leaves no half-drawn bar behind
    process.once('exit', () => p.clear());
    return p;
  }

  setTotal(total: number): void {
    this.total = total;
  }

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    if (this.now() - this.lastDraw >= 100) this.draw();
  }

  /** The line as it would be drawn. */
  line(width = this.stream.columns || 80): string {
    const elapsed = (this.now() - this.started) / 1000;
    const rate = elapsed > 0 ? this.done / elapsed : 0;
    const total = this.total;
    const count = `${this.done}/${total ?? '?'}`;
    const pct = total ? `${Math.min(100, Math.floor((100 * this.done) / Math.max(total, 1)))}%` : '';
    const eta = total && rate > 0 ? `ETA ${formatDuration((total - this.done) / rate)}` : 'ETA --';
    const tail = [`${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`, eta, this.failed ? `${this.failed} failed` : ''].filter(Boolean).join('  ');
    const head = [count, pct].filter(Boolean).join(' ');
    const room = width - head.length - tail.length - 7;
    let bar = '';
    if (room >= 10) {
      const size = Math.min(room, 40);
      const filled = total ? Math.round((size * Math.min(this.done, total)) / Math.max(total, 1)) : 0;
      bar = `[${'#'.repeat(filled)}${(total ? '-' : '?').repeat(size - filled)}]`;
    }
    return [head, bar, tail].filter(Boolean).join('  ').slice(0, Math.max(0, width - 1));
  }

  draw(): void {
    if (this.stopped) return;
    this.lastDraw = this.now();
    this.stream.write(`\r${this.line()}\u001b[K`);
    this.shown = true;
  }

  private clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }

  /** Writes something else to the terminal without mixing it into the bar. */
  around(write: () => void): void {
    this.clear();
    write();
  }

  /** Clears the bar and leaves one closing line: how many, how fast, how many failed. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.clear();
    this.stopped = true;
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    this.stream.write(
      `vnreport: ${this.done} article${this.done === 1 ? '' : 's'} in ${formatDuration(seconds)} (${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s), ${this.failed} failed\n`,
    );
  }
}
