/**
 * PageRank's weighted row sums in WebAssembly: the one loop where V8's bounds checks on three
 * typed arrays per edge cost twice SciPy's C (about 3 ms against 1.5 ms per step at 1,000,000
 * stored edges). The module (344 bytes) is, assembled by hand:
 *
 *   (func (export "rows") (param $n $off $tgt $w $x $out i32) (local $v $e $end i32) (local $sum f64)
 *     e = i32[off]
 *     for v in 0 .. n:                          ;; rows in order
 *       end = i32[off + 4v + 4]; sum = f64[out + 8v]   ;; out[v] arrives holding the loop term
 *       while e < end: sum = sum + f64[x + 8·i32[tgt + 4e]] × f64[w + 8e]; e += 1
 *       f64[out + 8v] = sum)
 *
 * and `update`, the rest of a step (next = damping · sum + base, the L1 change, the next
 * contributions and dangling rank, node by node), with one exported page of memory, grown to fit.
 * Each does the same operations in the same order as pagerank.ts's JavaScript, so the ranks are
 * bit for bit the same (pagerank.test.ts).
 */

const MODULE = Uint8Array.from(
  atob(
    "AGFzbQEAAAABFwJgBn9/f39/fwBgCX9/f39/f398fAF8AwMCAAEFAwEAAQcaAwZtZW1vcnkCAARyb3dzAAAGdXBkYXRlAAEKjgIChQECA38BfCABKAIAIQcCQANAIAYgAE8NASABIAZBAnRqKAIEIQggBSAGQQN0aisDACEJAkADQCAHIAhODQEgCSAEIAIgB0ECdGooAgBBA3RqKwMAIAMgB0EDdGorAwCioCEJIAdBAWohBwwACwsgBSAGQQN0aiAJOQMAIAZBAWohBgwACwsLhAECAn8EfAJAA0AgCSAATw0BIAlBA3QhCiAHIAEgCmorAwCiIAigIQ0gAyAKaiANOQMAIAsgDSACIApqKwMAoZmgIQsgBCAKaisDACEOIAUgCmogDSAOojkDACAORAAAAAAAAAAAYQRAIAwgDaAhDAsgCUEBaiEJDAALCyAGIAw5AwAgCws=",
  ),
  (c) => c.charCodeAt(0),
);

/**
 * The little of the WebAssembly API used here, typed locally: the server's build compiles without
 * the DOM library, and Node 20's types do not declare the global.
 */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null = null;

interface KernelExports {
  memory: WasmMemory;
  rows: (n: number, off: number, tgt: number, w: number, x: number, out: number) => void;
  update: (
    n: number,
    sums: number,
    x: number,
    next: number,
    inverse: number,
    contrib: number,
    dangling: number,
    damping: number,
    base: number,
  ) => number;
}

// The last instance, kept while its memory is at most this size: the next graph reuses its pages
// instead of faulting in fresh ones (calls are synchronous, so one kernel is in use at a time).
// 24 MB holds a million stored edges; larger graphs' memory is left to the collector, so a server
// that once ranked a big network does not hold its pages for good.
const KEEP_BYTES = 24 * 2 ** 20;
let kept: KernelExports | null = null;

/** An instance whose memory holds at least `bytes`. */
function instanceFor(bytes: number): KernelExports {
  const pages = Math.ceil(bytes / 65_536);
  let exports = kept;
  if (!exports || exports.memory.buffer.byteLength < bytes) {
    const api = wasm as WasmApi; // rowKernel returned before this point when it is missing
    compiled ??= new api.Module(MODULE);
    exports = new api.Instance(compiled).exports as KernelExports;
    if (pages > 1) exports.memory.grow(pages - 1);
  }
  kept = exports.memory.buffer.byteLength <= KEEP_BYTES ? exports : null;
  return exports;
}

/** The graph copied into a module instance's memory, and views on the iteration's vectors there. */
export interface RowKernel {
  /** Each node's rank over its out-weight: written by the caller before the first `run`. */
  contrib: Float64Array;
  /** Row sums: the caller writes each row's starting term (its self-loop), `run` adds the edges. */
  sums: Float64Array;
  /** Two rank vectors (the caller swaps them between steps) and 1 / each row's weight. */
  x: Float64Array;
  next: Float64Array;
  inverse: Float64Array;
  run(): void;
  /**
   * next = damping · sums + base, the L1 change from x (returned), contrib = next · inverse and
   * the rank of dangling nodes (into `dangling[0]`), in node order as pagerank.ts's `step`.
   */
  update(x: Float64Array, next: Float64Array, damping: number, base: number): number;
  dangling: Float64Array;
}

/**
 * A kernel for the graph's rows, or null where WebAssembly is unavailable or the graph does not
 * fit 32-bit addresses (the caller then sums in JavaScript).
 */
export function rowKernel(
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
): RowKernel | null {
  const n = offsets.length - 1;
  const m = targets.length;
  // Layout, 8-byte items first: weights, five vectors and a scalar, then offsets and targets.
  const bytes = 8 * m + 40 * n + 8 + 4 * (n + 1) + 4 * m;
  if (wasm === undefined || bytes > 2 ** 31 - 65_536) return null;
  const exports = instanceFor(bytes);
  const buffer = exports.memory.buffer;
  const vector = (k: number) => new Float64Array(buffer, 8 * m + 8 * k * n, n);
  const [contrib, sums, x, next, inverse] = [0, 1, 2, 3, 4].map(vector) as Float64Array[];
  const dangling = new Float64Array(buffer, 8 * m + 40 * n, 1);
  const off = 8 * m + 40 * n + 8;
  const tgt = off + 4 * (n + 1);
  new Float64Array(buffer, 0, m).set(weights);
  new Int32Array(buffer, off, n + 1).set(offsets);
  new Int32Array(buffer, tgt, m).set(targets);
  const at = (v: Float64Array) => v.byteOffset;
  return {
    contrib: contrib!,
    sums: sums!,
    x: x!,
    next: next!,
    inverse: inverse!,
    dangling,
    run: () => exports.rows(n, off, tgt, 0, at(contrib!), at(sums!)),
    update: (from, to, damping, base) =>
      exports.update(
        n,
        at(sums!),
        at(from),
        at(to),
        at(inverse!),
        at(contrib!),
        at(dangling),
        damping,
        base,
      ),
  };
}
