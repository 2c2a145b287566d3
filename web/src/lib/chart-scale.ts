/** The one linear scale and tick generator behind every inline-SVG chart of the web app. */

/** A linear map from [d0, d1] onto [r0, r1] (a zero-width domain maps to the middle). */
export function scaleOf(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * About `count` round tick values covering [lo, hi], 1, 2 or 5 × a power of ten apart. Each tick
 * is a whole multiple of the step (so 0.1 + 0.2 shows as 0.3, and a tick near zero is exactly 0).
 * @example ticksOf(0, 100) // [0, 50, 100]
 * @example ticksOf(-30, 45, 5) // [-20, 0, 20, 40]
 */
export function ticksOf(lo: number, hi: number, count = 4): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const exponent = Math.floor(Math.log10(raw));
  const multiple = [1, 2, 5, 10].find((m) => m * 10 ** exponent >= raw) ?? 10;
  // A tick is k × multiple × 10^exponent; for small steps divide by the whole 10^−exponent, which
  // is exact where multiplying by 0.1 is not (3 × 0.1 = 0.30000000000000004, 3 / 10 = 0.3).
  const at = (k: number) =>
    exponent < 0 ? (k * multiple) / 10 ** -exponent : k * multiple * 10 ** exponent;
  const step = at(1);
  const out: number[] = [];
  for (let k = Math.ceil(lo / step); at(k) <= hi + step * 1e-9; k++) out.push(at(k) + 0);
  return out;
}
