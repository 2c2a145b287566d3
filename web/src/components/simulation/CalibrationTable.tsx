import type { SimulationSummary } from "../../../../src/shared/simulation.ts";

const number = (v: number) => v.toLocaleString("en-GB", { maximumFractionDigits: 3 });

/** The calibration report: each published target, the mean observed over runs, and whether it is within tolerance. */
export function CalibrationTable({
  calibration,
}: {
  calibration: SimulationSummary["calibration"];
}) {
  if (calibration.length === 0) return <p>This preset has no calibration targets.</p>;
  return (
    <table className="table" data-table="calibration">
      <caption>Calibration report</caption>
      <thead>
        <tr>
          <th scope="col">Target</th>
          <th scope="col">Published</th>
          <th scope="col">Observed (mean)</th>
          <th scope="col">Tolerance (low – high)</th>
          <th scope="col">Within</th>
        </tr>
      </thead>
      <tbody>
        {calibration.map((line) => (
          <tr key={line.id}>
            <th scope="row">{line.id}</th>
            <td>{number(line.target)}</td>
            <td>{number(line.observed)}</td>
            <td>
              {number(line.low)} – {number(line.high)}
            </td>
            <td>{line.within ? "Yes" : "No"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
