/** The one scale and tick generator (chart-scale.ts), re-exported for the supply-chain charts. */

/** Money in short form for axes (£1.2m, £350k, −£40k): the one shared with the appraisal charts and reports. */
export { shortMoney } from "../../../src/shared/money-format.ts";
export { scaleOf, ticksOf } from "./chart-scale.ts";

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
