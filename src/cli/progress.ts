/** Where a progress line goes: stderr, or a fake in tests. */
export interface ProgressSink {
  write: (text: string) => void;
  isTTY?: boolean;
}

/** Options of a progress line. */
export interface ProgressOptions {
  /** The clock in milliseconds (a parameter so tests can drive it). */
  now?: () => number;
  /** Off a terminal, at most one plain line per this many milliseconds. */
  plainEveryMs?: number;
  /** What the records are called ('records', 'grants'…). */
  noun?: string;
}

const UNITS = ["B", "KB", "MB", "GB"];

/** `1536` → `1.5 KB`. */
export function bytesText(n: number): string {
  let i = 0;
  let v = n;
  while (v >= 1024 && i < UNITS.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${UNITS[i]}`;
}

/** `75` → `1m15s`. */
export function durationText(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

/** One progress line: bar, bytes, records, rate and time left. */
export function progressLineOf(
  bytes: number,
  total: number,
  records: number,
  elapsedMs: number,
  noun = "records",
): string {
  const fraction = total > 0 ? Math.min(1, bytes / total) : 0;
  const width = 20;
  const filled = Math.round(fraction * width);
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? records / seconds : 0;
  const eta = fraction > 0 ? (seconds * (1 - fraction)) / fraction : Number.NaN;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(fraction * 100)}% ${bytesText(bytes)}/${bytesText(total)} ${records} ${noun} ${Math.round(rate)}/s ETA ${durationText(eta)}`;
}

/**
 * A progress reporter for reading a file: on a terminal one line rewritten in place with `\r`;
 * otherwise (a log, a pipe) a plain line every few seconds, so logs stay readable.
 * @example const p = createProgress(process.stderr); p.update(512, 1024, 10); p.done();
 */
export function createProgress(sink: ProgressSink, options: ProgressOptions = {}) {
  const now = options.now ?? Date.now;
  const every = options.plainEveryMs ?? 5000;
  const start = now();
  let lastPlain = -Infinity;
  let last = "";
  let shown = false;
  return {
    /** Reports bytes read of the total and records so far. */
    update(bytes: number, total: number, records: number): void {
      last = progressLineOf(bytes, total, records, now() - start, options.noun);
      if (sink.isTTY) {
        sink.write(`\r${last}\u001b[K`);
        shown = true;
      } else if (now() - lastPlain >= every) {
        lastPlain = now();
        sink.write(`${last}\n`);
      }
    },
    /** Ends the line (a terminal's cursor moves on; a log gets the final state). */
    done(): void {
      if (sink.isTTY && shown) sink.write("\n");
      else if (!sink.isTTY && last && now() - lastPlain > 0) sink.write(`${last}\n`);
    },
  };
}
