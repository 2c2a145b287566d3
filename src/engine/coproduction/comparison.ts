import { TYPICAL_COPRODUCTION } from "../../shared/coproduction.ts";
import type {
  CoproductionComparison,
  CoproductionTimeline,
} from "../../shared/coproduction-results.ts";

/** The typical project a comparison is made against (a parameter, so tests can vary it). */
export interface TypicalProject {
  months: number;
  cost: number;
  assumption: string;
}

/**
 * A project's total cost and length against the typical project: differences (project minus
 * typical), ratios (project ÷ typical) and cost per month; the months are null without dates.
 */
export function compareWithTypical(
  timeline: CoproductionTimeline,
  typical: TypicalProject = TYPICAL_COPRODUCTION,
): CoproductionComparison {
  const cost = timeline.stages.reduce((sum, s) => sum + s.cost, 0);
  const months = timeline.months;
  return {
    cost,
    months,
    typicalCost: typical.cost,
    typicalMonths: typical.months,
    costDifference: cost - typical.cost,
    costRatio: cost / typical.cost,
    monthsDifference: months === null ? null : months - typical.months,
    monthsRatio: months === null ? null : months / typical.months,
    costPerMonth: months ? cost / months : null,
    typicalCostPerMonth: typical.cost / typical.months,
    assumption: typical.assumption,
  };
}
