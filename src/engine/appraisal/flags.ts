import type { AppraisalOption } from "../../shared/appraisal.ts";
import type { AppraisalFlag } from "../../shared/appraisal-results.ts";
import type { CashFlowResult } from "./cash-flows.ts";
import type { OptionModel } from "./option-model.ts";
import { staffBarrierFlags } from "./staff-barriers.ts";
import { amountText, yearsPhrase } from "./years-text.ts";

export type { AppraisalFlag } from "../../shared/appraisal-results.ts";

function vatFlags(option: AppraisalOption, model: OptionModel, pv: number): AppraisalFlag[] {
  const regime = option.vat?.regime;
  if (regime === "cost_sharing_exemption" && model.vat.beforeExemption.length > 0)
    return [
      {
        code: "vat_before_cost_sharing_exemption",
        message: `VAT is still charged in ${yearsPhrase(model.vat.beforeExemption)}, which start before the cost sharing exemption took effect on 17 July 2012 (PV ${amountText(pv)}).`,
      },
    ];
  if (regime === "separate" && pv > 0)
    return [
      {
        code: "irrecoverable_vat",
        message: `Services charged between separate organisations bear irrecoverable VAT (PV ${amountText(pv)}).`,
      },
    ];
  return [];
}

function loanFlags(option: AppraisalOption, pv: number): AppraisalFlag[] {
  const loan = option.loanRepricing;
  if (!loan) return [];
  if (loan.avoided)
    return [
      {
        code: "loan_repricing_avoided",
        message:
          "Loan re-pricing is avoided (loans and security kept in the existing subsidiaries).",
      },
    ];
  return [
    {
      code: "loan_repricing",
      message: `Lenders re-price ${amountText(loan.debt)} of debt by ${(loan.rateIncrease * 100).toFixed(2)} points from year ${loan.fromYear} (PV ${amountText(pv)}).`,
    },
  ];
}

function difficultyFlags(
  option: AppraisalOption,
  model: OptionModel,
  pvSavings: number,
): AppraisalFlag[] {
  let hard = 0;
  option.lines.forEach((line, i) => {
    const m = model.lines[i]!;
    if (line.kind === "saving" && (line.difficulty === "harder" || line.difficulty === "hardest"))
      hard += m.base * m.probability * m.bias * m.unitPv;
  });
  if (pvSavings <= 0 || hard / pvSavings <= 0.5) return [];
  return [
    {
      code: "mostly_hard_savings",
      message: `${Math.round((100 * hard) / pvSavings)}% of the savings' value comes from 'harder' or 'hardest' sources.`,
    },
  ];
}

/**
 * Flags for one option: VAT charged before the cost sharing exemption, irrecoverable VAT, loan
 * re-pricing, staff and pension barriers, savings mostly from hard sources and no payback within the horizon.
 * @example flagsOf(option, model, cashFlowsOf(model), null).map((f) => f.code)
 */
export function flagsOf(
  option: AppraisalOption,
  model: OptionModel,
  result: CashFlowResult,
  payback: number | null,
): AppraisalFlag[] {
  const flags = [
    ...vatFlags(option, model, result.pv.vat),
    ...loanFlags(option, result.pv.loan),
    ...staffBarrierFlags(option.staffBarriers, model.factors),
    ...difficultyFlags(option, model, result.pv.savings),
  ];
  if (payback === null && option.lines.length > 0)
    flags.push({
      code: "no_payback",
      message: "The cumulative discounted net never turns positive within the horizon.",
    });
  return flags;
}
