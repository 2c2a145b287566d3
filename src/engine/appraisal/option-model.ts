import type { AppraisalDocument, AppraisalOption } from "../../shared/appraisal.ts";
import { discountFactors } from "./discount.ts";
import { type LineModel, lineModelOf } from "./line-model.ts";
import { loanSchedule } from "./loan.ts";
import { staffSchedule } from "./staff-barriers.ts";
import { type VatSchedule, vatSchedule } from "./vat.ts";

/** The document-wide settings every option is appraised under. */
export type AppraisalContext = Pick<
  AppraisalDocument,
  "baseDate" | "horizonYears" | "discount" | "optimismBias"
>;

/** An option compiled for the engine: lines, barrier costs and discount factors per year. */
export interface OptionModel {
  id: string;
  factors: Float64Array;
  lines: LineModel[];
  vat: VatSchedule;
  loan: Float64Array;
  /** TUPE, harmonising terms and pension liabilities per year. */
  staff: Float64Array;
  /** PV of VAT, loan and staff barriers together: the part of NPV no line's uncertainty touches. */
  barrierPv: number;
}

/** Σ_t amounts(t) × DF(t). */
export function presentValue(amounts: Float64Array, factors: Float64Array): number {
  let pv = 0;
  for (let t = 0; t < amounts.length; t++) pv += amounts[t]! * factors[t]!;
  return pv;
}

/**
 * Compiles one option under the document's settings (discount factors may be shared between options).
 * @example optionModelOf(doc.options[0], doc).lines.length
 */
export function optionModelOf(
  option: AppraisalOption,
  context: AppraisalContext,
  factors = discountFactors(context.discount, context.horizonYears),
): OptionModel {
  const horizon = context.horizonYears;
  const vat = vatSchedule(option.vat, context.baseDate, horizon);
  const loan = loanSchedule(option.loanRepricing, horizon);
  const staff = staffSchedule(option.staffBarriers, horizon);
  return {
    id: option.id,
    factors,
    lines: option.lines.map((line) => lineModelOf(line, factors, context.optimismBias)),
    vat,
    loan,
    staff,
    barrierPv:
      presentValue(vat.amounts, factors) +
      presentValue(loan, factors) +
      presentValue(staff, factors),
  };
}
