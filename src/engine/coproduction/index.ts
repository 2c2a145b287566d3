import type { CoproductionProjectInput } from "../../shared/coproduction.ts";
import type { CoproductionAnalysis } from "../../shared/coproduction-results.ts";
import { compareWithTypical, type TypicalProject } from "./comparison.ts";
import { rankAgreement } from "./rank-agreement.ts";
import { coproductionTimeline } from "./timeline.ts";

export { compareWithTypical, type TypicalProject } from "./comparison.ts";
export {
  agreementBand,
  kendallTauB,
  midRanks,
  rankAgreement,
  spearmanRho,
} from "./rank-agreement.ts";
export { coproductionTimeline, dayNumber, inclusiveDays, stageCost } from "./timeline.ts";

/** A project's timeline, its cost and length against the typical project, and the rankings' agreement. */
export function coproductionAnalysis(
  project: Pick<CoproductionProjectInput, "stages" | "proposals">,
  typical?: TypicalProject,
): CoproductionAnalysis {
  const timeline = coproductionTimeline(project.stages);
  return {
    timeline,
    comparison: compareWithTypical(timeline, typical),
    ranking: rankAgreement(project.proposals),
  };
}
