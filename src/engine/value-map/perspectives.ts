import type { ValueMapDocument } from "../../shared/value-map.ts";
import { outcomePv } from "./impact.ts";

/** One perspective's base figures: the present values that the ratios, sensitivity and break-even share. */
export interface PerspectiveBase {
  id: string;
  /** Indexes into doc.outcomes of the outcomes tagged with this perspective. */
  outcomes: number[];
  pvBenefits: number;
  pvInputs: number;
}

/** pvBenefits / pvInputs, or null when there are no inputs to divide by. */
export function ratioOf(pvBenefits: number, pvInputs: number): number | null {
  return pvInputs > 0 ? pvBenefits / pvInputs : null;
}

/** The present value of each input, discounted by its year (year 0 → DF 1). */
export function inputPvs(doc: Pick<ValueMapDocument, "inputs">, df: Float64Array): number[] {
  return doc.inputs.map((i) => i.amount * df[i.year]!);
}

/**
 * Each perspective's outcomes and its pvBenefits and pvInputs, counting only what is tagged with it.
 * @example perspectiveBases(doc, df, outcomePvs)[0].pvInputs
 */
export function perspectiveBases(
  doc: Pick<ValueMapDocument, "perspectives" | "inputs" | "outcomes">,
  df: Float64Array,
  pvs: readonly number[],
): PerspectiveBase[] {
  const inputs = inputPvs(doc, df);
  return doc.perspectives.map((p) => {
    const outcomes: number[] = [];
    let pvBenefits = 0;
    doc.outcomes.forEach((o, i) => {
      if (!o.perspectives.includes(p.id)) return;
      outcomes.push(i);
      pvBenefits += pvs[i]!;
    });
    let pvInputs = 0;
    doc.inputs.forEach((input, i) => {
      if (input.perspectives.includes(p.id)) pvInputs += inputs[i]!;
    });
    return { id: p.id, outcomes, pvBenefits, pvInputs };
  });
}

/** Every outcome's present value, in document order. */
export function outcomePvs(doc: Pick<ValueMapDocument, "outcomes">, df: Float64Array): number[] {
  return doc.outcomes.map((o) => outcomePv(o, df));
}

/** Sums present values by a key of the perspective's outcomes (stakeholder or id). */
export function pvBy(
  doc: Pick<ValueMapDocument, "outcomes">,
  base: PerspectiveBase,
  pvs: readonly number[],
  key: "stakeholder" | "id",
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of base.outcomes) {
    const k = doc.outcomes[i]![key];
    out[k] = (out[k] ?? 0) + pvs[i]!;
  }
  return out;
}
