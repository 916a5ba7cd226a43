/** A one-line progress bar on stderr for long batches: bar, count, percentage and files per second. */
import type { Locale } from '../check/types.js';
import type { Writer } from './runtime.js';

/** Below this many files the bar would only flicker. */
export const PROGRESS_MIN_FILES = 5;

const BAR_WIDTH = 24;

/** `[██████░░░░…] 12/40 30% 3.2 个/秒`; the rate is left out until some time has passed. */
export function renderProgress(done: number, total: number, elapsedMs: number, locale: Locale): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled);
  let line = `[${bar}] ${done}/${total} ${Math.round(ratio * 100)}%`;
  if (elapsedMs > 0 && done > 0) {
    const rate = (done * 1000) / elapsedMs;
    line += locale === 'zh-CN' ? ` ${rate.toFixed(1)} 个/秒` : ` ${rate.toFixed(1)} files/s`;
  }
  return line;
}

export class ProgressBar {
  private done = 0;
  private readonly started: number;

  constructor(
    private readonly stream: Writer,
    private readonly total: number,
    private readonly locale: Locale,
    private readonly now: () => number,
  ) {
    this.started = now();
    this.draw();
  }

  tick(): void {
    this.done++;
    this.draw();
  }

  /** Prints a line above the bar (an error line), then redraws the bar. */
  log(line: string): void {
    this.stream.write(`\r\u001b[K${line}\n`);
    this.draw();
  }

  finish(): void {
    this.stream.write('\r\u001b[K');
  }

  private draw(): void {
    this.stream.write(`\r${renderProgress(this.done, this.total, this.now() - this.started, this.locale)}\u001b[K`);
  }
}
