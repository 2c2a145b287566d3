import type { PbrModel } from "../../shared/pbr.ts";

/**
 * The model's assumptions in plain words, shown next to every result.
 * @example assumptionsOf(model)[0] // "Referrals arrive each week …"
 */
export function assumptionsOf(model: PbrModel): string[] {
  const { terms, discount } = model;
  const pct = (x: number) => `${Math.round(x * 1e4) / 100}%`;
  const unverified = model.groups.filter((g) => g.unverified).map((g) => g.id);
  const lines = [
    "Referrals arrive each week of a group's referral period and are split between providers by the allocation shares.",
    "A provider's chance of a job start within the eligibility window is the group's probability times the provider's performance, capped at 1.",
    "Job starts follow a constant weekly hazard h chosen so that 1 − (1 − h)^E equals that chance over E eligibility weeks; a start k weeks after referral has probability h(1 − h)^(k − 1).",
    "Once in work a participant leaves work each week with the group's weekly job exit probability and does not come back.",
    "The job outcome fee is due after the group's job outcome weeks in work; sustainment payment j is due 4j weeks later if still in work, up to the group's maximum.",
    "Attachment fees are due at referral, at the fee in force that week (schedule steps from their start week).",
    `Payments arrive ${terms.paymentLagWeeks} week(s) after they are due; anything due after the ${model.horizonWeeks}-week horizon is left out.`,
    `The commissioner pays the prime, which keeps ${pct(terms.primeRetention)} of job outcome and sustainment payments for subcontractors' participants and passes on the rest.`,
    terms.attachmentPassThrough
      ? `Attachment fees for subcontractors' participants are passed on on the same terms (${pct(1 - terms.primeRetention)} to the subcontractor).`
      : "The prime keeps attachment fees for subcontractors' participants.",
    "Costs: set-up in week 0, a cost per referral, a cost per week on the programme out of work, and in-work support for each week in work up to the job outcome.",
    `NPV discounts week w by (1 + ${discount.rate})^(−w/52); peak funding and cash curves are undiscounted.`,
    "Values are expected values unless a Monte Carlo spread is shown.",
  ];
  if (unverified.length > 0)
    lines.push(
      `Payment amounts of groups ${unverified.join(", ")} are unverified: check them against the contract.`,
    );
  return lines;
}
