import type { RankAgreement } from "../../../../src/shared/coproduction-results.ts";

const BAND_WORDS: Record<NonNullable<RankAgreement["band"]>, string> = {
  agree: "broadly agree",
  partly_agree: "partly agree",
  little_agreement: "agree little",
  disagree: "tend to disagree",
};
const AGREEMENT_WORDS = {
  same: "Same rank",
  close: "One place apart",
  differ: "Differ",
  not_ranked_by_both: "Not ranked by both",
} as const;
const two = (v: number | null) =>
  v === null
    ? "—"
    : v.toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Which side put a proposal higher, in words. */
function differenceWords(d: number | null): string {
  if (d === null) return "—";
  if (d === 0) return "ranked the same";
  const places = `${Math.abs(d)} place${Math.abs(d) === 1 ? "" : "s"}`;
  return d < 0 ? `community ${places} higher` : `steering group ${places} higher`;
}

/** The proposals with both sides' ranks, which side put each higher and whether they agree. */
function ProposalTable({ proposals }: { proposals: RankAgreement["proposals"] }) {
  return (
    <section
      className="table-scroll"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus
      tabIndex={0}
      aria-label="Proposals and both sides' ranks"
    >
      <table className="proposal-ranking">
        <caption>Proposals, in the community's order</caption>
        <thead>
          <tr>
            <th scope="col">Proposal</th>
            <th scope="col">Community's rank</th>
            <th scope="col">Steering group's rank</th>
            <th scope="col">Difference</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => (
            <tr key={p.id} data-agreement={p.agreement}>
              <th scope="row">{p.title}</th>
              <td className="number">{p.communityRank ?? "—"}</td>
              <td className="number">{p.steeringRank ?? "—"}</td>
              <td>{differenceWords(p.difference)}</td>
              <td>{AGREEMENT_WORDS[p.agreement]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The co-design proposals as each side ranked them, where they agree and differ, and rho and tau. */
export function ProposalRanking({ ranking }: { ranking: RankAgreement }) {
  const ordered = [...ranking.proposals].sort(
    (a, b) => (a.communityRank ?? Infinity) - (b.communityRank ?? Infinity),
  );
  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">
        Co-design proposals ranked by the community and the steering group
      </h2>
      {ranking.proposals.length === 0 ? (
        <p>No proposals yet.</p>
      ) : (
        <>
          <p data-testid="rank-agreement">
            Over the {ranking.compared} proposals both ranked, the two sides{" "}
            <strong>{ranking.band ? BAND_WORDS[ranking.band] : "cannot be compared"}</strong>:
            Spearman's rho {two(ranking.spearman)}, Kendall's tau {two(ranking.kendall)} (1 is the
            same order, 0 no relation, −1 the opposite order).
          </p>
          <p className="assumption">
            <strong>How this is read:</strong> rho of 0.7 or more 'broadly agree', 0.3 to 0.7
            'partly agree', −0.3 to 0.3 'agree little', below −0.3 'tend to disagree'. Equal ranks
            are ties (mid-ranks for rho, tau-b for tau).
          </p>
          <ProposalTable proposals={ordered} />
        </>
      )}
    </section>
  );
}
