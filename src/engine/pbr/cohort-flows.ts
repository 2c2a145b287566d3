import type { PbrGroup } from "../../shared/pbr.ts";
import { geometricConvolve, weeklyHazard } from "./kernels.ts";

/** Expected counts per week (index = weeks after the model's start) for one group at one provider. */
export interface CohortFlows {
  /** Referrals arriving in each week. */
  referrals: Float64Array;
  /** Job starts in each week. */
  starts: Float64Array;
  /** Participants on the programme and out of work in each week (a cost driver). */
  onProgramme: Float64Array;
  /** Participants in work and within the first W weeks of their job (in-work support). */
  inWork: Float64Array;
  /** Job outcomes triggered in each week. */
  outcomes: Float64Array;
  /** Sustainment payments triggered in each week. */
  sustainments: Float64Array;
}

/**
 * Expected weekly flows for `referralsPerWeek` referrals a week with job start probability `q`;
 * everything after `horizonWeeks` is dropped (triggers after the horizon are ignored).
 * @example cohortFlows(group, 10, 0.75, 20).starts // [0, 5, 2.5, 0, …] when E = 2, one referral week
 */
export function cohortFlows(
  group: PbrGroup,
  referralsPerWeek: number,
  q: number,
  horizonWeeks: number,
): CohortFlows {
  const T = horizonWeeks;
  const referrals = new Float64Array(T);
  referrals.fill(referralsPerWeek, 0, Math.min(group.referralWeeks, T));
  const E = group.eligibilityWeeks;
  const h = weeklyHazard(q, E);
  // A start k = 1..E weeks after referral has probability h(1 − h)^(k − 1).
  const starts = geometricConvolve(referrals, 1 - h, E, 1, h);
  // Week j = 0..E − 1 after referral is spent out of work with probability (1 − h)^j.
  const onProgramme = geometricConvolve(referrals, 1 - h, E, 0);
  const stay = 1 - group.weeklyJobExitProbability;
  const W = group.jobOutcomeWeeks;
  // Week i = 0..W − 1 of a job is reached with probability (1 − x)^i.
  const inWork = geometricConvolve(starts, stay, W, 0);
  const outcomes = shifted(starts, W, stay ** W);
  const sustainments = new Float64Array(T);
  for (let j = 1; j <= group.maxSustainmentPayments; j++) {
    const lag = W + 4 * j; // payment j comes 4j weeks after the job outcome (docs/domain/work-programme.md)
    if (lag >= T) break;
    const p = stay ** lag;
    for (let t = lag; t < T; t++) sustainments[t]! += starts[t - lag]! * p;
  }
  return { referrals, starts, onProgramme, inWork, outcomes, sustainments };
}

function shifted(signal: Float64Array, by: number, factor: number): Float64Array {
  const out = new Float64Array(signal.length);
  for (let t = by; t < signal.length; t++) out[t] = signal[t - by]! * factor;
  return out;
}

/**
 * The attachment fee for a referral in `week`: the schedule step with the latest `fromWeek` at or
 * before it, else the group's `attachmentFee`.
 * @example attachmentFeeAt({ attachmentFee: 400, attachmentFeeSchedule: [{ fromWeek: 148, fee: 0 }] }, 200) // 0
 */
export function attachmentFeeAt(
  group: Pick<PbrGroup, "attachmentFee" | "attachmentFeeSchedule">,
  week: number,
): number {
  let fee = group.attachmentFee;
  let from = -1;
  for (const step of group.attachmentFeeSchedule ?? []) {
    if (step.fromWeek <= week && step.fromWeek > from) {
      fee = step.fee;
      from = step.fromWeek;
    }
  }
  return fee;
}
