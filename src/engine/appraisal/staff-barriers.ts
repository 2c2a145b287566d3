import type { StaffBarrier } from "../../shared/appraisal.ts";
import type { AppraisalFlag } from "../../shared/appraisal-results.ts";
import { amountText, yearsPhrase } from "./years-text.ts";

/**
 * The yearly cost of one staff or pension barrier in years 0..horizon (docs/domain/loans-and-savings.md):
 * TUPE = staff × costPerPerson in its year; harmonising terms = staff × annualPerPerson from startYear to
 * endYear (or the horizon); a pension liability = amount / spreadYears in each of spreadYears years from
 * its year (parts falling after the horizon are not counted), or nothing when avoided.
 * @example staffBarrierAmounts({ kind: "tupe_transfer", id: "t", staff: 10, costPerPerson: 500, year: 1 }, 2) // [0, 5000, 0]
 */
export function staffBarrierAmounts(barrier: StaffBarrier, horizon: number): Float64Array {
  const amounts = new Float64Array(horizon + 1);
  const put = (t: number, v: number) => {
    if (t <= horizon) amounts[t]! += v;
  };
  if (barrier.kind === "tupe_transfer") put(barrier.year, barrier.staff * barrier.costPerPerson);
  else if (barrier.kind === "terms_harmonisation") {
    const end = Math.min(barrier.endYear ?? horizon, horizon);
    for (let t = barrier.startYear; t <= end; t++) put(t, barrier.staff * barrier.annualPerPerson);
  } else if (!barrier.avoided) {
    const spread = barrier.spreadYears ?? 1;
    for (let k = 0; k < spread; k++) put(barrier.year + k, barrier.amount / spread);
  }
  return amounts;
}

/**
 * All staff and pension barrier costs of an option, summed per year 0..horizon.
 * @example staffSchedule(undefined, 2) // [0, 0, 0]
 */
export function staffSchedule(
  barriers: readonly StaffBarrier[] | undefined,
  horizon: number,
): Float64Array {
  const total = new Float64Array(horizon + 1);
  for (const barrier of barriers ?? []) {
    const amounts = staffBarrierAmounts(barrier, horizon);
    for (let t = 0; t <= horizon; t++) total[t]! += amounts[t]!;
  }
  return total;
}

function yearsWith(amounts: Float64Array): number[] {
  const years: number[] = [];
  amounts.forEach((v, t) => {
    if (v > 0) years.push(t);
  });
  return years;
}

function barrierMessage(b: StaffBarrier, years: number[], pv: number): string {
  const when = years.length > 0 ? yearsPhrase(years) : "no year within the horizon";
  const label = b.name ? `${b.name}: ` : "";
  if (b.kind === "tupe_transfer")
    return `${label}TUPE transfer of ${b.staff} staff × ${amountText(b.costPerPerson)} = ${amountText(b.staff * b.costPerPerson)} once, in ${when} (PV ${amountText(pv)}); their contracts move with them and consultation, legal and payroll work cost once.`;
  if (b.kind === "terms_harmonisation")
    return `${label}harmonising terms for ${b.staff} staff × ${amountText(b.annualPerPerson)} = ${amountText(b.staff * b.annualPerPerson)} a year in ${when} (PV ${amountText(pv)}); transferred staff keep their terms, so bringing them into line means levelling up.`;
  if (b.avoided)
    return `${label}pension liability of ${amountText(b.amount)} avoided: the employing organisation stays in the scheme, so no employer debt is triggered.`;
  const parts = (b.spreadYears ?? 1) > 1 ? ` in ${b.spreadYears} equal parts` : "";
  return `${label}pension liability of ${amountText(b.amount)}${parts}, paid in ${when} (PV ${amountText(pv)}): leaving a multi-employer defined-benefit scheme triggers an employer debt, the employer's share of the scheme's deficit.`;
}

/**
 * One flag per staff or pension barrier, explaining the rule and its amount and present value.
 * @example staffBarrierFlags([{ kind: "tupe_transfer", id: "t", staff: 2, costPerPerson: 100, year: 0 }], factors)[0].code // "tupe_transfer"
 */
export function staffBarrierFlags(
  barriers: readonly StaffBarrier[] | undefined,
  factors: Float64Array,
): AppraisalFlag[] {
  const horizon = factors.length - 1;
  return (barriers ?? []).map((b) => {
    const amounts = staffBarrierAmounts(b, horizon);
    let pv = 0;
    amounts.forEach((v, t) => {
      pv += v * factors[t]!;
    });
    const avoided = b.kind === "pension_liability" && b.avoided;
    const code = avoided ? "pension_liability_avoided" : b.kind;
    return { code, message: barrierMessage(b, yearsWith(amounts), pv) };
  });
}
