import type { CoproductionComparison } from "../../../../src/shared/coproduction-results.ts";
import { formatMoney } from "../../lib/format.ts";

const W = 560;
const BAR = 22;
const LEFT = 150;

const months = (m: number | null) =>
  m === null ? "—" : `${m.toLocaleString("en-GB", { maximumFractionDigits: 1 })} months`;
/** "£500 less than the typical £150,000", or "the same as …" when the difference rounds to none. */
function compared(difference: number, text: (v: number) => string, typical: string, none: boolean) {
  if (none) return `about the same as the typical ${typical}`;
  return `${text(Math.abs(difference))} ${difference > 0 ? "more" : "less"} than the typical ${typical}`;
}

/** Two pairs of bars (this project and the typical one) on one measure, with their values. */
function PairChart(props: {
  title: string;
  project: number;
  typical: number;
  text: (v: number) => string;
}) {
  const max = Math.max(props.project, props.typical, 1);
  const width = (v: number) => ((W - LEFT - 110) * v) / max;
  const rows = [
    { label: "This project", value: props.project, cls: "stage-bar" },
    { label: "Typical project", value: props.typical, cls: "typical-bar" },
  ];
  return (
    <svg
      viewBox={`0 0 ${W} ${rows.length * (BAR + 8) + 4}`}
      role="img"
      aria-label={`${props.title}: this project ${props.text(props.project)}, the typical project ${props.text(props.typical)}`}
    >
      {rows.map((r, i) => (
        <g key={r.label}>
          <text
            x={LEFT - 8}
            y={i * (BAR + 8) + BAR / 2 + 6}
            textAnchor="end"
            className="axis-label"
          >
            {r.label}
          </text>
          <rect
            x={LEFT}
            y={i * (BAR + 8) + 2}
            width={width(r.value)}
            height={BAR}
            className={r.cls}
          />
          <text
            x={LEFT + width(r.value) + 6}
            y={i * (BAR + 8) + BAR / 2 + 6}
            className="axis-label"
          >
            {props.text(r.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The comparison in words: cost, duration and cost per month against the typical project. */
function ComparisonWords({
  c,
  money,
}: {
  c: CoproductionComparison;
  money: (v: number) => string;
}) {
  const sameMonths = c.monthsDifference !== null && Math.abs(c.monthsDifference) < 0.05;
  return (
    <ul>
      <li>
        Cost {money(c.cost)}:{" "}
        {compared(
          c.costDifference,
          money,
          money(c.typicalCost),
          Math.round(c.costDifference) === 0,
        )}{" "}
        ({Math.round(c.costRatio * 100)}% of it).
      </li>
      <li>
        Duration {months(c.months)}
        {c.monthsDifference !== null &&
          `: ${compared(c.monthsDifference, months, `${c.typicalMonths} months`, sameMonths)}`}
        .
      </li>
      <li>
        Cost per month {c.costPerMonth === null ? "—" : money(c.costPerMonth)} against the typical{" "}
        {money(c.typicalCostPerMonth)}.
      </li>
    </ul>
  );
}

/** Cost and duration beside the typical project, with the assumption that comparison rests on. */
export function CostComparison({ c, currency }: { c: CoproductionComparison; currency: string }) {
  const money = (v: number) => formatMoney(v, currency);
  return (
    <section aria-labelledby="cost-heading">
      <h2 id="cost-heading">Cost and duration against the typical project</h2>
      <p className="assumption">
        <strong>Assumption:</strong> {c.assumption} Months are days ÷ 30.44 (the mean calendar
        month); a stage's days count its first and last day.
      </p>
      <figure className="appraisal-chart" data-chart="coproduction-cost">
        <figcaption>Cost</figcaption>
        <PairChart title="Cost" project={c.cost} typical={c.typicalCost} text={money} />
      </figure>
      {c.months !== null && (
        <figure className="appraisal-chart" data-chart="coproduction-duration">
          <figcaption>Duration</figcaption>
          <PairChart title="Duration" project={c.months} typical={c.typicalMonths} text={months} />
        </figure>
      )}
      <ComparisonWords c={c} money={money} />
    </section>
  );
}
