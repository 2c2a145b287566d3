import type { ValueMapDocument } from "../../shared/value-map.ts";
import type { ValueMapResult } from "../../shared/value-map-results.ts";
import { valueMapFlags } from "./flags.ts";
import { outcomeImpact, valueMapFactors, yearlyValues } from "./impact.ts";
import { valueMapMcModel, valueMapMonteCarlo } from "./monte-carlo.ts";
import { outcomePvs, perspectiveBases, pvBy, ratioOf } from "./perspectives.ts";
import { breakEvenProxies, sensitivityRows } from "./sensitivity.ts";

/** Monte Carlo settings of one evaluation; iterations 0 skips it. */
export interface ValueMapRunOptions {
  iterations: number;
  seed: number;
}

/** The default run: 10,000 iterations (the Green Book's usual count) with seed 1. */
export const DEFAULT_VALUE_MAP_RUN: ValueMapRunOptions = { iterations: 10_000, seed: 1 };

/** Whether any outcome carries a range, so Monte Carlo has something to draw. */
export function hasRanges(doc: Pick<ValueMapDocument, "outcomes">): boolean {
  return doc.outcomes.some((o) => o.range?.quantity !== undefined || o.range?.proxy !== undefined);
}

/**
 * Evaluates a value map: per perspective PVs, ratios, value by stakeholder and outcome, sensitivity,
 * break-even proxies and (when outcomes have ranges) seeded Monte Carlo; plus flags and projections.
 * @example evaluateValueMap(doc).perspectives[0].ratio
 */
export function evaluateValueMap(
  doc: ValueMapDocument,
  run: ValueMapRunOptions = DEFAULT_VALUE_MAP_RUN,
): ValueMapResult {
  const df = valueMapFactors(doc);
  const pvs = outcomePvs(doc, df);
  const bases = perspectiveBases(doc, df, pvs);
  const ranged = hasRanges(doc) && run.iterations > 0;
  const mc = ranged
    ? valueMapMonteCarlo(valueMapMcModel(doc, bases, pvs, df), run.seed, run.iterations)
    : [];
  const perspectives = bases.map((b, p) => {
    const npv = b.pvBenefits - b.pvInputs;
    return {
      id: b.id,
      pvBenefits: b.pvBenefits,
      pvInputs: b.pvInputs,
      npv,
      ratio: ratioOf(b.pvBenefits, b.pvInputs),
      netRatio: ratioOf(npv, b.pvInputs),
      byStakeholder: pvBy(doc, b, pvs, "stakeholder"),
      byOutcome: pvBy(doc, b, pvs, "id"),
      sensitivity: sensitivityRows(doc, b, pvs, df),
      breakEvenProxy: breakEvenProxies(doc, b, pvs, df),
      monteCarlo: mc[p] ?? null,
    };
  });
  const outcomes = doc.outcomes.map((o, i) => ({
    id: o.id,
    impact: outcomeImpact(o),
    startYear: o.startYear,
    values: yearlyValues(o),
    presentValue: pvs[i]!,
  }));
  return {
    perspectives,
    flags: valueMapFlags(doc),
    outcomes,
    discountFactors: Array.from(df),
    monteCarloSettings: ranged ? { ...run } : null,
  };
}
