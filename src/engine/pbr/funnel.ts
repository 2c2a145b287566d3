import type { FunnelFlag, FunnelLimits } from "../../shared/pbr-results.ts";

export type { FunnelFlag, FunnelLimits } from "../../shared/pbr-results.ts";

/** z for two-sided 95% and 99.8% limits. */
export const Z95 = 1.96;
export const Z998 = 3.09;

/**
 * Limits p ± z·√(p(1 − p)/n) for 95% and 99.8%, clamped to 0–1.
 * @example funnelLimits(0.2, 100) // { lower95: 0.1216, upper95: 0.2784, lower998: 0.0764, upper998: 0.3236 }
 */
export function funnelLimits(p: number, n: number): FunnelLimits {
  const sd = n > 0 ? Math.sqrt((p * (1 - p)) / n) : Number.POSITIVE_INFINITY;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return {
    lower95: clamp(p - Z95 * sd),
    upper95: clamp(p + Z95 * sd),
    lower998: clamp(p - Z998 * sd),
    upper998: clamp(p + Z998 * sd),
  };
}

/**
 * Flags an observed rate against funnel limits (strictly outside counts as outside).
 * @example funnelFlagOf(0.3, funnelLimits(0.2, 100)) // "above-95"
 */
export function funnelFlagOf(rate: number, limits: FunnelLimits): FunnelFlag {
  if (rate > limits.upper998) return "above-99.8";
  if (rate > limits.upper95) return "above-95";
  if (rate < limits.lower998) return "below-99.8";
  if (rate < limits.lower95) return "below-95";
  return "within";
}

/**
 * Points of the funnel around a chain-wide rate for plotting, from n = 1 to `maxN` (about `points` of them).
 * @example funnelCurve(0.2, 100, 4).map((c) => c.n) // [1, 34, 67, 100]
 */
export function funnelCurve(
  p: number,
  maxN: number,
  points = 50,
): ({ n: number } & FunnelLimits)[] {
  if (maxN < 1) return [];
  const steps = Math.max(1, Math.min(points - 1, maxN - 1));
  const ns = new Set<number>();
  for (let i = 0; i <= steps; i++) ns.add(Math.round(1 + ((maxN - 1) * i) / steps));
  return [...ns].map((n) => ({ n, ...funnelLimits(p, n) }));
}
