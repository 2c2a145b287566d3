import type { RealisationView } from "../../../../src/shared/appraisal-views.ts";
import { DIFFICULTY_LABELS } from "../../../../src/shared/index.ts";
import { percent } from "../../lib/appraisal-chart.ts";
import { formatMoney } from "../../lib/format.ts";
import { labelOf } from "../../lib/options.ts";
import { PlannedActualChart } from "./PlannedActualChart.tsx";

function Rows(props: {
  rows: {
    key: string;
    label: string;
    plannedToDate: number;
    actualToDate: number;
    rate: number | null;
  }[];
  currency: string;
  testid: string;
}) {
  return (
    <div className="table-scroll">
      <table data-testid={props.testid}>
        <thead>
          <tr>
            <th scope="col">{props.testid === "by-line" ? "Line" : "Difficulty"}</th>
            <th scope="col" className="num">
              Planned to date
            </th>
            <th scope="col" className="num">
              Actual to date
            </th>
            <th scope="col" className="num">
              Realisation
            </th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <td>{r.label}</td>
              <td className="num">{formatMoney(r.plannedToDate, props.currency)}</td>
              <td className="num">{formatMoney(r.actualToDate, props.currency)}</td>
              <td className="num">{percent(r.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Planned against actual: headline rates, the chart, rates by difficulty and line, re-forecast, follow-up. */
export function RealisationSummary({ r, currency }: { r: RealisationView; currency: string }) {
  return (
    <section aria-labelledby="realisation-heading">
      <h2 id="realisation-heading">Planned against actual</h2>
      <div className="realisation-figures">
        <p className="figure">
          Savings realised to date{" "}
          <strong data-testid="savings-rate">{percent(r.savings.rate)}</strong>
          {r.savings.rate === null
            ? "no actual savings recorded yet"
            : `${formatMoney(r.savings.actualToDate, currency)} of ${formatMoney(r.savings.plannedToDate, currency)} planned for the same years`}
        </p>
        <p className="figure" data-testid="planned-savings">
          Savings planned <strong>{formatMoney(r.savings.plannedTotal, currency)}</strong>
          {formatMoney(r.savings.plannedPast, currency)} of it in the years already past
        </p>
        <p className="figure">
          Costs against plan <strong>{percent(r.costs.rate)}</strong>
          {r.costs.rate === null
            ? `no actual costs recorded yet; ${formatMoney(r.costs.plannedTotal, currency)} planned`
            : `${formatMoney(r.costs.actualToDate, currency)} of ${formatMoney(r.costs.plannedToDate, currency)}`}
        </p>
        <p className="figure">
          NPV re-forecast <strong>{formatMoney(r.npv.reforecast, currency)}</strong>
          planned {formatMoney(r.npv.planned, currency)} at the decision
        </p>
      </div>
      <p data-testid="past-years">{r.pastText}</p>
      <PlannedActualChart realisation={r} currency={currency} />
      <h3>By difficulty (savings)</h3>
      <Rows
        testid="by-difficulty"
        currency={currency}
        rows={r.byDifficulty.map((d) => ({
          key: d.difficulty,
          label: labelOf(DIFFICULTY_LABELS, d.difficulty),
          ...d,
        }))}
      />
      <h3>By line</h3>
      <Rows
        testid="by-line"
        currency={currency}
        rows={r.lines.map((l) => ({
          key: l.id,
          label: `${l.name}${l.kind === "saving" ? "" : " (cost)"}`,
          ...l,
        }))}
      />
      <h3>How the re-forecast is made</h3>
      <p className="explain">{r.rule}</p>
      <h3>Follow up</h3>
      {r.followUp.length === 0 ? (
        <p className="muted">
          Every line has an actual for every past year that planned something.
        </p>
      ) : (
        <ul data-testid="follow-up">
          {r.followUp.map((f) => (
            <li key={f.line}>
              {f.name}: no actual recorded for year{f.years.length > 1 ? "s" : ""}{" "}
              {f.years.join(", ")}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
