import type { Discount } from "../../shared/appraisal-lines.ts";
import type { ValueMapDocument, ValueMapOutcome } from "../../shared/value-map.ts";
import { discountFactors } from "../appraisal/discount.ts";

/** The outcome fields the value arithmetic reads (so sensitivity can pass a moved copy). */
export type OutcomeTerms = Pick<
  ValueMapOutcome,
  | "quantity"
  | "deadweight"
  | "displacement"
  | "attribution"
  | "dropOff"
  | "startYear"
  | "durationYears"
> & { proxy: { value: number } };

/**
 * The share of a change that is the project's own: (1 − deadweight)(1 − displacement)(1 − attribution).
 * @example retainedShare({ deadweight: 0.2, displacement: 0.1, attribution: 0.25 }) // 0.54
 */
export function retainedShare(
  o: Pick<OutcomeTerms, "deadweight" | "displacement" | "attribution">,
): number {
  return (1 - o.deadweight) * (1 - o.displacement) * (1 - o.attribution);
}

/**
 * impact = quantity × proxy × (1 − deadweight)(1 − displacement)(1 − attribution).
 * @example outcomeImpact({ quantity: 10, proxy: { value: 1000 }, deadweight: 0.2, displacement: 0.1, attribution: 0.25, … }) // 5400
 */
export function outcomeImpact(o: OutcomeTerms): number {
  return o.quantity * o.proxy.value * retainedShare(o);
}

/**
 * The value in each year of the duration: impact in startYear, then × (1 − dropOff) each later year.
 * @example yearlyValues({ …impact 5400, dropOff: 0.1, durationYears: 2 }) // [5400, 4860]
 */
export function yearlyValues(o: OutcomeTerms): number[] {
  const values: number[] = [];
  let value = outcomeImpact(o);
  for (let k = 0; k < o.durationYears; k++) {
    values.push(value);
    value *= 1 - o.dropOff;
  }
  return values;
}

/**
 * Σ_k (1 − dropOff)^k × DF(startYear + k): the present value of one unit of impact, so an outcome's
 * PV is impact × this factor (PV is linear in quantity and proxy, which Monte Carlo and break-even use).
 */
export function durationFactor(
  o: Pick<OutcomeTerms, "dropOff" | "startYear" | "durationYears">,
  df: Float64Array,
): number {
  let sum = 0;
  let kept = 1;
  for (let k = 0; k < o.durationYears; k++) {
    sum += kept * df[o.startYear + k]!;
    kept *= 1 - o.dropOff;
  }
  return sum;
}

/** The present value of an outcome: impact × its duration factor. */
export function outcomePv(o: OutcomeTerms, df: Float64Array): number {
  return outcomeImpact(o) * durationFactor(o, df);
}

/** The last year any input or outcome reaches. */
export function horizonOf(doc: Pick<ValueMapDocument, "inputs" | "outcomes">): number {
  let last = 0;
  for (const i of doc.inputs) last = Math.max(last, i.year);
  for (const o of doc.outcomes) last = Math.max(last, o.startYear + o.durationYears - 1);
  return last;
}

/** DF(0..horizon) for a value map, from the appraisal discount module (Green Book or a flat rate). */
export function valueMapFactors(
  doc: Pick<ValueMapDocument, "inputs" | "outcomes"> & { discount: Discount },
): Float64Array {
  return discountFactors(doc.discount, horizonOf(doc));
}
