import type { LoanRepricing } from "../../shared/appraisal.ts";

/**
 * Extra interest per year 0..horizon when lenders re-price the loan book after a 'material event':
 * debt × rateIncrease from `fromYear`, or nothing when re-pricing is avoided (docs/domain/loans-and-savings.md).
 * @example loanSchedule({ debt: 100, rateIncrease: 0.01, fromYear: 1, avoided: false }, 2) // [0, 1, 1]
 */
export function loanSchedule(loan: LoanRepricing | undefined, horizon: number): Float64Array {
  const amounts = new Float64Array(horizon + 1);
  if (!loan || loan.avoided) return amounts;
  for (let t = loan.fromYear; t <= horizon; t++) amounts[t] = loan.debt * loan.rateIncrease;
  return amounts;
}
