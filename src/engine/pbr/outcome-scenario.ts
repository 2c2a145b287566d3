import type { OutcomeScenario } from "../../shared/pbr-results.ts";
import { runPbrModel } from "./pbr-model.ts";
import type { PreparedPbr } from "./prepare.ts";

export type { OutcomeScenario, OutcomeScenarioProvider } from "../../shared/pbr-results.ts";

const ROUNDS = 6; // the rate is nearly proportional to the scale: a few secant steps reach 1e-6

/**
 * Re-runs the expected-value model with every group's job start probability multiplied by one factor,
 * chosen so that `group` reaches `target` job outcomes per referral (e.g. NAO's 26% vs the
 * department's 40% for JSA 25+); null when the group has no referrals or no outcomes to scale.
 * @example outcomeScenarioOf(prepared, "jsa-25-plus", 0.4)?.providers[1].npv
 */
export function outcomeScenarioOf(
  prepared: PreparedPbr,
  group: string,
  target: number,
): OutcomeScenario | null {
  const index = prepared.model.groups.findIndex((g) => g.id === group);
  if (index < 0) return null;
  let scale = 1;
  let run = runPbrModel(prepared);
  // run.groups has one row per model group, in model order, so `index` (found above) is in range.
  for (let round = 0; round < ROUNDS; round++) {
    const rate = run.groups[index]!.jobOutcomesPerReferral;
    if (!rate) return null;
    if (Math.abs(rate - target) < 1e-6) break;
    const next = scale * (target / rate);
    if (Math.abs(next - scale) < 1e-9) break; // capped at probability 1: the target is out of reach
    scale = next;
    run = runPbrModel(prepared, { startProbabilityScale: scale });
  }
  return {
    group,
    target,
    reached: run.groups[index]!.jobOutcomesPerReferral ?? 0,
    scale,
    providers: run.providers.map((p) => ({
      id: p.id,
      npv: p.npv,
      peakFunding: p.peakFunding,
      cashPositiveWeek: p.cashPositiveWeek,
    })),
  };
}
