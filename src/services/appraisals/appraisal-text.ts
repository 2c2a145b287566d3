import type { AppraisalResult } from "../../engine/appraisal/appraise.ts";

const money = (v: number) => Math.round(v).toLocaleString("en-GB");

function table(rows: readonly string[][]): string {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  return rows
    .map((r) =>
      r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join("  "),
    )
    .join("\n");
}

/** A readable plain-text report of an appraisal: one row per option, then flags and assumptions. */
export function appraisalText(result: AppraisalResult): string {
  const rows = [
    ["Option", "Stage", "NPV", "P10", "P50", "P90", "P(>0)", "Payback", "Switch", "Score", "Rank"],
    ...result.options.map((o) => [
      o.id,
      String(o.stage),
      money(o.npv),
      money(o.monteCarlo.p10),
      money(o.monteCarlo.p50),
      money(o.monteCarlo.p90),
      `${(o.monteCarlo.probPositive * 100).toFixed(1)}%`,
      o.paybackYear === null ? "never" : `year ${o.paybackYear}`,
      o.savingsSwitchingFactor === null ? "—" : o.savingsSwitchingFactor.toFixed(2),
      o.mcda.score.toFixed(2),
      String(o.mcda.rank),
    ]),
  ];
  const criteria = result.criteria.map(
    (c) =>
      `  ${c.id}: weight ${c.weight.toFixed(3)}, ${c.switchingWeight === null ? "no weight changes the top option" : `top option becomes ${c.switchesTo} at weight ${c.switchingWeight.toFixed(3)}`}`,
  );
  const flags = result.options.flatMap((o) => o.flags.map((f) => `  ${o.id}: ${f.message}`));
  return [
    result.title,
    `${result.currency}; costs, VAT, loan re-pricing and staff and pension barriers are subtracted in net. Switch = savings switching factor.`,
    "",
    table(rows),
    "",
    "Criteria:",
    ...criteria,
    ...(flags.length > 0 ? ["", "Flags:", ...flags] : []),
    "",
    "Assumptions:",
    ...result.assumptions.map((a) => `  - ${a}`),
  ].join("\n");
}
