/**
 * How long an import may keep the thread before it lets other work run. The API serves requests
 * on the same event loop as an import; a few milliseconds per slice keep their latency low, and
 * the cost of a yield (one `setImmediate`, a few microseconds) stays well under 1 % of the slice.
 */
export const SLICE_MS = 8;

let sliceMs = SLICE_MS;
let sliceStart = performance.now();

/**
 * Sets how long a slice lasts; 0 yields at every yield point (a test counts them so). Returns the
 * previous length, to put back.
 * @example const before = sliceMsSet(0); try { … } finally { sliceMsSet(before); }
 */
export function sliceMsSet(ms: number): number {
  const before = sliceMs;
  sliceMs = ms;
  return before;
}

const yieldNow = () =>
  new Promise<void>((resolve) =>
    setImmediate(() => {
      sliceStart = performance.now();
      resolve();
    }),
  );

/**
 * Lets the event loop run (timers, I/O, other requests) when the thread has worked for more than
 * the slice (SLICE_MS) since the last yield; otherwise returns at once. Cheap: call it between small steps.
 * @example for (const row of rows) { work(row); await yieldPoint(); }
 */
export function yieldPoint(): Promise<void> | undefined {
  return performance.now() - sliceStart < sliceMs ? undefined : yieldNow();
}
