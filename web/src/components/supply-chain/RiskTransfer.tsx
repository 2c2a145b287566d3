import type { SupplyChainAnalysis } from "../../../../src/shared/supply-chain-views.ts";
import { money, pct } from "../../lib/supply-chain-chart.ts";

const PARTIES = [
  ["commissioner", "Commissioner"],
  ["prime", "Prime"],
  ["tier1", "Tier 1 providers"],
  ["tier2", "Tier 2 providers"],
] as const;

/** Who bears the loss when job starts fall short of plan, in money and as shares. */
export function RiskTransfer({ risk }: { risk: SupplyChainAnalysis["riskTransfer"] }) {
  return (
    <>
      <p>
        If every group's chance of a job start were {pct(Math.abs(risk.shortfall), 0)}{" "}
        {risk.shortfall < 0 ? "lower" : "higher"} than planned, the chain would lose{" "}
        {money(risk.totalLoss)} in today's money, shared like this:
      </p>
      <ul className="sc-risk">
        {PARTIES.map(([key, label]) => (
          <li key={key}>
            {label}: {money(risk[key].loss)} ({pct(risk[key].share, 0)})
          </li>
        ))}
      </ul>
      <p className="muted">
        With payment by results the commissioner pays less when outcomes fall short; what it still
        loses is the fees paid regardless of results (attachment fees) spread over fewer job
        outcomes.
      </p>
    </>
  );
}
