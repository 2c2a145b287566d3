import type { WaveResult } from "../../../../src/shared/health-results.ts";
import "./health.css";

/** A pair counts as seen differently from this many levels apart. */
export const ASYMMETRY_LEVELS = 2;

/**
 * Rater × ratee: each cell is the mean of the rater's respondents' ratings of the ratee, for
 * pairs rated both ways; cells of pairs whose two ratings differ by two levels or more are
 * outlined and marked in words. A rater withheld under the three-respondent rule shows
 * "withheld", never a number.
 */
export function PairwiseMatrix(props: {
  wave: WaveResult;
  partners: { id: string; name: string | null }[];
}) {
  const { wave, partners } = props;
  if (wave.pairs.length === 0 && wave.withheld.length === 0) return null;
  const cell = new Map<string, { value: number; difference: number }>();
  for (const p of wave.pairs) {
    cell.set(`${p.a}|${p.b}`, { value: p.aRatesB, difference: p.difference });
    cell.set(`${p.b}|${p.a}`, { value: p.bRatesA, difference: -p.difference });
  }
  const name = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  return (
    <div className="table-scroll">
      <table className="sc-table health-matrix" data-table="pairwise-matrix">
        <caption>
          Levels of collaboration, wave {wave.id}: how each partner (row) rates its work with each
          other (column), 0–5. Outlined: the two sides differ by {ASYMMETRY_LEVELS} levels or more.
        </caption>
        <thead>
          <tr>
            <th scope="col">Rater \ rated</th>
            {partners.map((p) => (
              <th scope="col" key={p.id}>
                {name(p.id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {partners.map((rater) => (
            <tr key={rater.id}>
              <th scope="row">{name(rater.id)}</th>
              {partners.map((ratee) => {
                if (rater.id === ratee.id)
                  return (
                    <td key={ratee.id} className="muted">
                      <span className="sc-hidden">itself</span>
                    </td>
                  );
                if (wave.withheld.includes(rater.id))
                  return (
                    <td key={ratee.id} className="muted">
                      withheld
                    </td>
                  );
                const c = cell.get(`${rater.id}|${ratee.id}`);
                if (!c) return <td key={ratee.id}>—</td>;
                const lopsided = Math.abs(c.difference) >= ASYMMETRY_LEVELS;
                return (
                  <td key={ratee.id} className={`number${lopsided ? " asymmetric" : ""}`}>
                    {c.value.toFixed(1)}
                    {lopsided && (
                      <span>
                        {" "}
                        ({c.difference > 0 ? "+" : ""}
                        {c.difference.toFixed(1)} vs {name(ratee.id)}'s view)
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
