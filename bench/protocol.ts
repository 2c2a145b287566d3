/**
 * One timing protocol for every bench, mirrored by bench/protocol.py for the Python peers: the
 * first (cold) run is timed and reported on its own, then `runs` further runs give the median,
 * minimum and maximum. Both sides of a comparison use the same `runs`.
 */

/** Wall-clock seconds of one measured job: the first run apart, then median/min/max of the rest. */
export interface Timing {
  first: number;
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Timed runs after the first one, the same for ours and the peer (the issue asks for ≥ 5). */
export const RUNS = 5;

/** Median, min and max of a list of seconds, with the first run kept apart. */
export function timingOf(first: number, rest: number[]): Timing {
  // With no extra runs the first run stands for all, rather than NaN.
  const sorted = (rest.length ? [...rest] : [first]).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { first, median, min: sorted[0]!, max: sorted.at(-1)!, runs: rest.length };
}

/** Times `fn` once cold and then `runs` more times; returns the timing and the last result. */
export function measure<T>(fn: () => T, runs = RUNS): { timing: Timing; value: T } {
  const seconds: number[] = [];
  let value!: T;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    value = fn();
    seconds.push((performance.now() - t) / 1000);
  }
  return { timing: timingOf(seconds[0]!, seconds.slice(1)), value };
}

/** `measure` for asynchronous jobs. */
export async function measureAsync<T>(
  fn: () => Promise<T>,
  runs = RUNS,
): Promise<{ timing: Timing; value: T }> {
  const seconds: number[] = [];
  let value!: T;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    value = await fn();
    seconds.push((performance.now() - t) / 1000);
  }
  return { timing: timingOf(seconds[0]!, seconds.slice(1)), value };
}

/** "0.123 (0.110–0.140)": median and range in seconds. */
export function showTiming(t: Timing, digits = 3): string {
  return `${t.median.toFixed(digits)} (${t.min.toFixed(digits)}–${t.max.toFixed(digits)})`;
}

/** Peer ÷ ours as a speed ratio ("2.1× faster" when ours is quicker, "0.5× = slower" otherwise). */
export function showRatio(peer: number, ours: number): string {
  const r = peer / ours;
  return r >= 1
    ? `${r.toFixed(2)}× (ours faster)`
    : `${r.toFixed(2)}× (ours ${(1 / r).toFixed(2)}× slower)`;
}

/** Prints rows as left-aligned columns. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    );
}
