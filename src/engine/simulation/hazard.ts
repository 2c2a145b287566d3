/**
 * The yearly partnering hazard, min(0.9, rate × base^elasticity) with base = size / 1000, compared
 * with a uniform draw without computing the power for almost every agent. Math.pow was an eighth of
 * a run's time; the hazard is monotone in the base, so within one binary octave of bases
 * [2^k, 2^(k+1)) it lies between its values at the two ends. A draw clearly outside those bounds
 * decides the comparison; only a draw inside them (about 1 in 400 at the England preset's
 * elasticity) computes the exact hazard. Each decision is therefore the exact comparison's, and
 * the sequence of draws is untouched.
 */

/** Bounds of the hazard per octave of the base (by IEEE-754 exponent), filled on first use. */
export interface HazardTable {
  rate: number;
  elasticity: number;
  filled: Uint8Array;
  low: Float64Array;
  high: Float64Array;
}

const EXPONENTS = 2048;
// A shared view of one double's bits, to read a base's exponent without a logarithm.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH_WORD = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? 1 : 0;
// Far wider than any rounding of pow (< 1 ulp), so a rounding that breaks monotonicity is covered.
const MARGIN = 1e-9;

/**
 * The exact hazard of a base, as the model defines it.
 * @example hazardOf(0.2, 0, 3) // 0.2
 */
export function hazardOf(rate: number, elasticity: number, base: number): number {
  return Math.min(0.9, rate * base ** elasticity);
}

/** An empty table for one year's rate and elasticity. */
export function hazardTable(rate: number, elasticity: number): HazardTable {
  return {
    rate,
    elasticity,
    filled: new Uint8Array(EXPONENTS),
    low: new Float64Array(EXPONENTS),
    high: new Float64Array(EXPONENTS),
  };
}

function fill(t: HazardTable, exponent: number): void {
  const a = hazardOf(t.rate, t.elasticity, 2 ** (exponent - 1023));
  const b = hazardOf(t.rate, t.elasticity, 2 ** (exponent - 1022));
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  // NaN bounds (a degenerate rate or elasticity) fail both tests below: the exact path decides.
  t.low[exponent] = low - Math.abs(low) * MARGIN;
  t.high[exponent] = high + Math.abs(high) * MARGIN;
  t.filled[exponent] = 1;
}

/**
 * Exactly `u >= hazardOf(rate, elasticity, base)`: true when the draw misses (no partner sought).
 * @example drawMisses(hazardTable(0.2, 0.5), 4, 0.3) // false (hazard 0.4)
 */
export function drawMisses(t: HazardTable, base: number, u: number): boolean {
  bits[0] = base;
  // Sign and exponent: positive normal numbers only (0 < e < 0x7ff); others take the exact path.
  const exponent = words[HIGH_WORD]! >>> 20;
  if (exponent > 0 && exponent < 0x7ff) {
    if (t.filled[exponent] === 0) fill(t, exponent);
    if (u >= t.high[exponent]!) return true;
    if (u < t.low[exponent]!) return false;
  }
  return u >= hazardOf(t.rate, t.elasticity, base);
}
