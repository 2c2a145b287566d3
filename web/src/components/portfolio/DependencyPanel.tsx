import type { LargestShare, PortfolioResult } from "../../../../src/shared/index.ts";
import { formatShare } from "../../lib/format.ts";
import { formatHhi, hhiInWords } from "../../lib/landscape-format.ts";

function DependencyCard(props: {
  what: string;
  largest: LargestShare | null;
  hhi: number;
  recorded: number;
  total: number;
  names: Map<string, string>;
}) {
  const { what, largest, hhi, recorded, total, names } = props;
  if (largest === null)
    return (
      <div className="stat-card">
        <h3>Dependency by {what}</h3>
        <p className="muted">
          No share of {what} is recorded for any of these {total} partnerships, so dependency on any
          one of them cannot be measured. Record each member's share on the partnership.
        </p>
      </div>
    );
  return (
    <div className="stat-card">
      <h3>Dependency by {what}</h3>
      <p className="stat-value">{formatShare(largest.share)}</p>
      <p>
        of {what} in one partnership:{" "}
        <strong>{names.get(largest.partnership) ?? largest.partnership}</strong>.
      </p>
      <p className="stat-value">HHI {formatHhi(hhi)}</p>
      <p>
        {hhiInWords(hhi)}. HHI = Σ(100 × share)² over the partnerships; 10,000 means all eggs in one
        basket.
      </p>
      <p className="stat-basis">
        From the {recorded} of {total} partnerships with a recorded share of {what}.
      </p>
    </div>
  );
}

/** Largest share and Herfindahl index of turnover and staff, each explained in words. */
export function DependencyPanel({ portfolio }: { portfolio: PortfolioResult }) {
  const { dependency: d, partnerships } = portfolio;
  const names = new Map(partnerships.map((p) => [p.id, p.name]));
  const count = (key: "shareOfTurnover" | "shareOfStaff") =>
    partnerships.filter((p) => p[key] !== null).length;
  return (
    <div className="stat-cards">
      <DependencyCard
        what="turnover"
        largest={d.largestShareOfTurnover}
        hhi={d.herfindahlOfTurnover}
        recorded={count("shareOfTurnover")}
        total={partnerships.length}
        names={names}
      />
      <DependencyCard
        what="staff"
        largest={d.largestShareOfStaff}
        hhi={d.herfindahlOfStaff}
        recorded={count("shareOfStaff")}
        total={partnerships.length}
        names={names}
      />
    </div>
  );
}
