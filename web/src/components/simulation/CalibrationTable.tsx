import type { SimulationSummary } from "../../../../src/shared/simulation.ts";
import { calibrationFormat, calibrationLabel } from "../../lib/simulation-words.ts";

/**
 * The calibration report: each published target with its tolerance band, the mean observed over
 * the runs, the 90% interval over runs (P5–P95) and whether the mean is within the tolerance.
 */
export function CalibrationTable({
  calibration,
  runs,
}: {
  calibration: SimulationSummary["calibration"];
  runs: number;
}) {
  if (calibration.length === 0) return <p>This preset has no calibration targets.</p>;
  return (
    <table className="table" data-table="calibration">
      <caption>
        Calibration report over {runs} runs: a target is met when the mean over the runs falls
        within its tolerance; the 90% interval shows how far single runs spread (P5–P95).
      </caption>
      <thead>
        <tr>
          <th scope="col">Published figure</th>
          <th scope="col">Target</th>
          <th scope="col">Tolerance</th>
          <th scope="col">Observed mean</th>
          <th scope="col">90% of runs (P5–P95)</th>
          <th scope="col">Within tolerance</th>
        </tr>
      </thead>
      <tbody>
        {calibration.map((line) => {
          const f = calibrationFormat(line.id);
          return (
            <tr key={line.id} data-target={line.id}>
              <th scope="row" title={line.id}>
                {calibrationLabel(line.id)}
              </th>
              <td>{f(line.target)}</td>
              <td data-cell="tolerance">
                {f(line.low)} – {f(line.high)}
              </td>
              <td data-cell="observed">{f(line.observed)}</td>
              <td data-cell="interval">
                {f(line.p5)} – {f(line.p95)}
              </td>
              <td>{line.within ? "Yes" : "No"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
