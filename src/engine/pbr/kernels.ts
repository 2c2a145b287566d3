/**
 * Weekly kernels of the payment-by-results model and the convolutions that apply them to a weekly
 * referral vector. Kernels are truncated geometric series, so the convolution can run as a
 * first-order recursive filter in O(weeks) instead of O(weeks × kernel length).
 */

/**
 * The probability that a participant starts a job within the eligibility window, given the
 * group's probability and the provider's performance multiplier (capped at 1).
 * @example startProbabilityOf(0.3, 1.5) // 0.45
 */
export function startProbabilityOf(groupProbability: number, performance: number): number {
  return Math.min(1, Math.max(0, groupProbability * performance));
}

/**
 * The constant weekly job-start hazard h with 1 − (1 − h)^E = q over an eligibility window of E weeks.
 * @example weeklyHazard(0.75, 2) // 0.5, since 1 − 0.5² = 0.75
 */
export function weeklyHazard(q: number, eligibilityWeeks: number): number {
  if (q >= 1) return 1;
  if (q <= 0) return 0;
  // Solve 1 − (1 − h)^E = q ⇒ h = 1 − (1 − q)^(1/E); expm1/log1p keep precision when q is small.
  return -Math.expm1(Math.log1p(-q) / eligibilityWeeks);
}

/**
 * The start kernel: entry k (k = 1..E) is the probability of a job start k weeks after referral,
 * h(1 − h)^(k − 1); entry 0 is 0.
 * @example startKernel(0.5, 2) // Float64Array [0, 0.5, 0.25]
 */
export function startKernel(h: number, eligibilityWeeks: number): Float64Array {
  const kernel = new Float64Array(eligibilityWeeks + 1);
  for (let k = 1; k <= eligibilityWeeks; k++) kernel[k] = h * (1 - h) ** (k - 1);
  return kernel;
}

/**
 * Direct convolution truncated to the signal's length: out[t] = Σ_k kernel[k] · signal[t − k].
 * @example convolve(Float64Array.of(10, 0, 0), Float64Array.of(0, 0.5, 0.25)) // [0, 5, 2.5]
 */
export function convolve(signal: Float64Array, kernel: Float64Array): Float64Array {
  const out = new Float64Array(signal.length);
  for (let t = 0; t < signal.length; t++) {
    let sum = 0;
    const kMax = Math.min(t, kernel.length - 1);
    for (let k = 0; k <= kMax; k++) sum += kernel[k]! * signal[t - k]!;
    out[t] = sum;
  }
  return out;
}

/**
 * Convolution with a truncated geometric kernel by recursion:
 * out[t] = scale · Σ_{j=0}^{length−1} ratio^j · signal[t − delay − j], equal to `convolve` with that
 * kernel but O(signal length).
 * @example geometricConvolve(Float64Array.of(10, 0, 0), 0.5, 2, 1, 0.5) // [0, 5, 2.5]
 */
export function geometricConvolve(
  signal: Float64Array,
  ratio: number,
  length: number,
  delay: number,
  scale = 1,
): Float64Array {
  const out = new Float64Array(signal.length);
  const tail = ratio ** length;
  let acc = 0;
  for (let t = delay; t < signal.length; t++) {
    // acc(t) = ratio · acc(t − 1) + s[t − delay] − ratio^length · s[t − delay − length]
    const leaving = t - delay - length >= 0 ? signal[t - delay - length]! : 0;
    acc = ratio * acc + signal[t - delay]! - tail * leaving;
    out[t] = scale * acc;
  }
  return out;
}
