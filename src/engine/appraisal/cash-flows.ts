import type { CashFlowRow } from "../../shared/appraisal-results.ts";
import type { OptionModel } from "./option-model.ts";
import { presentValue } from "./option-model.ts";

export type { CashFlowRow } from "../../shared/appraisal-results.ts";

/** Present values of each component (costs positive) and the NPV they add up to. */
export interface CashFlowResult {
  cashFlows: CashFlowRow[];
  pv: { savings: number; costs: number; vat: number; loan: number; staff: number };
  npv: number;
}

function yearlyTotals(model: OptionModel, sign: 1 | -1): Float64Array {
  const totals = new Float64Array(model.factors.length);
  for (const line of model.lines) {
    if (line.sign !== sign) continue;
    // Savings are weighted by their probability and optimism bias; costs uplifted by bias.
    const scale = line.base * line.probability * line.bias;
    for (let t = 0; t < totals.length; t++) totals[t]! += scale * line.profile[t]!;
  }
  return totals;
}

/**
 * Deterministic cash flows for years 0..horizon, the PV of each component and
 * NPV = Σ_t (savings − costs − VAT − loan − staff) × DF(t).
 * @example cashFlowsOf(optionModelOf(option, doc)).npv
 */
export function cashFlowsOf(model: OptionModel): CashFlowResult {
  const savings = yearlyTotals(model, 1);
  const costs = yearlyTotals(model, -1);
  const { factors, loan, staff } = model;
  const vat = model.vat.amounts;
  const cashFlows: CashFlowRow[] = [];
  for (let t = 0; t < factors.length; t++) {
    const net = savings[t]! - costs[t]! - vat[t]! - loan[t]! - staff[t]!;
    cashFlows.push({
      year: t,
      savings: savings[t]!,
      costs: costs[t]!,
      vat: vat[t]!,
      loan: loan[t]!,
      staff: staff[t]!,
      net,
      discountFactor: factors[t]!,
    });
  }
  const pv = {
    savings: presentValue(savings, factors),
    costs: presentValue(costs, factors),
    vat: presentValue(vat, factors),
    loan: presentValue(loan, factors),
    staff: presentValue(staff, factors),
  };
  return { cashFlows, pv, npv: pv.savings - pv.costs - pv.vat - pv.loan - pv.staff };
}

/**
 * The discounted payback year: the first year from which cumulative discounted net stays ≥ 0
 * (so a zero year 0 before year-1 costs does not count as paid back); null if never.
 * @example paybackYear([{ net: -10, discountFactor: 1 }, { net: 20, discountFactor: 0.9 }]) // 1
 */
export function paybackYear(
  rows: readonly Pick<CashFlowRow, "net" | "discountFactor">[],
): number | null {
  let cumulative = 0;
  let from: number | null = null;
  rows.forEach((row, t) => {
    cumulative += row.net * row.discountFactor;
    if (cumulative < 0) from = null;
    else if (from === null) from = t;
  });
  return from;
}

/**
 * The multiple of all savings at which NPV = 0: (PV costs + VAT + loan + staff) / PV savings; null when
 * savings are worth nothing. Below 1 the option survives savings shortfalls of (1 − factor).
 * @example savingsSwitchingFactor({ savings: 200, costs: 50, vat: 0, loan: 50, staff: 0 }) // 0.5
 */
export function savingsSwitchingFactor(pv: CashFlowResult["pv"]): number | null {
  if (pv.savings === 0) return null;
  return (pv.costs + pv.vat + pv.loan + pv.staff) / pv.savings;
}
