import { useState } from "react";
import type { AppraisalRunView } from "../../../../src/shared/appraisal-views.ts";
import type { AppraisalDocument } from "../../../../src/shared/index.ts";
import { mcdaRanking, mcdaTop } from "../../../../src/shared/mcda-ranking.ts";
import { percent } from "../../lib/appraisal-chart.ts";

type Result = AppraisalRunView["result"];

function criterionLabel(id: string): string {
  return id === "npv" ? "Net present value" : id.replace(/[_-]+/g, " ");
}

function nameOf(result: Result, id: string | null): string {
  return result.options.find((o) => o.id === id)?.name ?? "—";
}

/**
 * The multi-criteria table with one weight slider per criterion. Ranks are recomputed in the
 * browser (src/shared/mcda-ranking.ts, the same code as the engine's) so the table follows the slider at once.
 */
export function McdaTable({ result, doc }: { result: Result; doc: AppraisalDocument }) {
  const initial = Object.fromEntries(result.criteria.map((c) => [c.id, c.weight]));
  const [weights, setWeights] = useState<Record<string, number>>(initial);
  const inputs = result.options.map((o) => ({
    id: o.id,
    npv: o.npv,
    scores: doc.options.find((d) => d.id === o.id)?.scores,
  }));
  const rows = mcdaRanking(inputs, weights);
  const top = mcdaTop(rows);
  const original = mcdaTop(mcdaRanking(inputs, initial));
  const total = Object.values(weights).reduce((s, w) => s + w, 0);
  return (
    <section className="mcda" aria-labelledby="mcda-heading">
      <h3 id="mcda-heading">Multi-criteria ranking</h3>
      <div className="weight-sliders">
        {result.criteria.map((c) => (
          <div key={c.id} className="weight-slider">
            <label htmlFor={`weight-${c.id}`}>
              {criterionLabel(c.id)}: <strong>{percent(total ? weights[c.id]! / total : 0)}</strong>
            </label>
            <input
              id={`weight-${c.id}`}
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={weights[c.id]}
              onChange={(e) => setWeights({ ...weights, [c.id]: Number(e.target.value) })}
            />
            {c.switchingWeight !== null && (
              <span className="field-hint">
                At {percent(c.switchingWeight)} (others in proportion) the top option becomes{" "}
                {nameOf(result, c.switchesTo)}.
              </span>
            )}
          </div>
        ))}
      </div>
      <p className={top === original ? "ranking-note" : "ranking-note flipped"} aria-live="polite">
        Top option: <strong data-testid="mcda-top">{nameOf(result, top)}</strong>
        {top !== original && ` — the ranking has flipped (it was ${nameOf(result, original)}).`}
      </p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Option</th>
              {result.criteria.map((c) => (
                <th key={c.id} scope="col">
                  {criterionLabel(c.id)} (0–10)
                </th>
              ))}
              <th scope="col">Weighted score</th>
            </tr>
          </thead>
          <tbody>
            {[...rows]
              .sort((a, b) => a.rank - b.rank)
              .map((r) => {
                const o = result.options.find((x) => x.id === r.id)!;
                return (
                  <tr key={r.id}>
                    <td>{r.rank}</td>
                    <td>{o.name}</td>
                    {result.criteria.map((c) => (
                      <td key={c.id}>{(o.mcda.criterionScores[c.id] ?? 0).toFixed(1)}</td>
                    ))}
                    <td>{r.score.toFixed(2)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
      <p className="chart-caption">
        NPV is scored 0 for the worst option and 10 for the best; other criteria are scored 0–10 by
        hand in each option. Weights are shares of their sum.{" "}
        {total === 0 && "All weights are 0: nothing is preferred."}
      </p>
      <button type="button" className="link-button" onClick={() => setWeights(initial)}>
        Reset the weights to the appraisal's
      </button>
    </section>
  );
}
