/** A linear scale from a data range onto a pixel range (a flat range maps to the middle). */
export function scaleOf(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** About `count` round tick values covering [lo, hi] (1, 2 or 5 × a power of ten apart). */
export function ticksOf(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push(Math.round(v / step) * step);
  return out;
}

/** Money in short form for axes: £1.2m, £350k, −£40k. */
export function shortMoney(value: number): string {
  const sign = value < 0 ? "−" : "";
  const a = Math.abs(value);
  if (a >= 1e6) return `${sign}£${(a / 1e6).toFixed(a >= 1e7 ? 0 : 1)}m`;
  if (a >= 1e3) return `${sign}£${Math.round(a / 1e3)}k`;
  return `${sign}£${Math.round(a)}`;
}

/** Money in full, rounded to pounds, with a proper minus sign. */
export function money(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const text = Math.abs(value).toLocaleString("en-GB", {
    style: "currency",
    currency: "GBP",
    maximumFractionDigits: 0,
  });
  return value < 0 ? `−${text}` : text;
}

/** A signed change in money: +£41,200 or −£3,100. */
export function moneyChange(value: number): string {
  return value >= 0 ? `+${money(value)}` : money(value);
}

/** A rate 0–1 as a percentage with one decimal. */
export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? "—" : `${(value * 100).toFixed(digits)}%`;
}

/** Colours for providers, in order (colour-blind-safe Okabe–Ito palette). */
export const PROVIDER_COLOURS = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#56B4E9",
  "#000000",
  "#F0E442",
];

/** The colour of the i-th provider. */
export function providerColour(i: number): string {
  return PROVIDER_COLOURS[i % PROVIDER_COLOURS.length]!;
}

/** Tier labels in the Work Programme's words. */
export const TIER_LABELS: Record<string, string> = {
  prime: "Prime",
  tier1: "Tier 1 (end-to-end)",
  tier2: "Tier 2 (specialist)",
};
