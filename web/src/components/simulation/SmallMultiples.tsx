import type { Band } from "../../../../src/shared/simulation.ts";
import type {
  ComparedScenario,
  ComparisonYear,
} from "../../../../src/shared/simulation-compare.ts";
import { scaleOf, ticksOf } from "../../lib/supply-chain-chart.ts";

const W = 260;
const H = 170;
const PAD = { left: 52, right: 10, top: 10, bottom: 28 };
/** One colour per scenario (colour-blind-safe Okabe–Ito), repeated in the legend and the table. */
export const SCENARIO_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7"];

function Panel({
  scenario,
  colour,
  pick,
  format,
  range,
  title,
}: {
  scenario: ComparedScenario;
  colour: string;
  pick: (y: ComparisonYear) => Band;
  format: (v: number) => string;
  range: [number, number];
  title: string;
}) {
  const years = scenario.years.map((y) => y.year);
  const x = scaleOf(years[0]!, years.at(-1)!, PAD.left, W - PAD.right);
  const y = scaleOf(range[0], range[1], H - PAD.bottom, PAD.top);
  const upper = scenario.years.map((p) => `${x(p.year)},${y(pick(p).p90)}`);
  const lower = scenario.years.map((p) => `${x(p.year)},${y(pick(p).p10)}`).reverse();
  const mean = scenario.years.map((p) => `${x(p.year)},${y(pick(p).mean)}`).join(" ");
  const last = scenario.years.at(-1)!;
  const label = `${title}, ${scenario.label}: ${format(pick(scenario.years[0]!).mean)} in ${years[0]}, ${format(pick(last).mean)} in ${last.year} (mean over runs)`;
  const yearTicks = years.filter((_, i) => i % Math.ceil(years.length / 4) === 0);
  return (
    <figure className="sim-multiple" data-scenario={scenario.label}>
      {/* The label in the text colour (an orange label fails contrast); the swatch carries the colour. */}
      <figcaption>
        <svg width="12" height="12" aria-hidden="true">
          <rect width="12" height="12" fill={colour} />
        </svg>{" "}
        {scenario.label}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} width={W} height={H}>
        {ticksOf(range[0], range[1], 3).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e3e3e3" />
            <text x={PAD.left - 4} y={y(t) + 4} textAnchor="end" fontSize="11">
              {format(t)}
            </text>
          </g>
        ))}
        {yearTicks.map((yr) => (
          <text key={yr} x={x(yr)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11">
            {yr}
          </text>
        ))}
        <polygon points={[...upper, ...lower].join(" ")} fill={colour} fillOpacity="0.2" />
        <polyline points={mean} fill="none" stroke={colour} strokeWidth="2" />
      </svg>
    </figure>
  );
}

/**
 * One statistic as small multiples, one chart per scenario on the same axes (so heights compare),
 * each a mean line inside its P10–P90 band, with a table of the same numbers as an alternative.
 */
export function SmallMultiples({
  title,
  scenarios,
  pick,
  format,
}: {
  title: string;
  scenarios: ComparedScenario[];
  pick: (y: ComparisonYear) => Band;
  format: (v: number) => string;
}) {
  const bands = scenarios.flatMap((s) => s.years.map(pick));
  const range: [number, number] = [
    Math.min(...bands.map((b) => b.p10)),
    Math.max(...bands.map((b) => b.p90)),
  ];
  const years = scenarios[0]?.years.map((y) => y.year) ?? [];
  return (
    <section className="sim-compare-statistic" data-statistic={title}>
      <h3>{title}</h3>
      <div className="sim-multiples" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem" }}>
        {scenarios.map((s, k) => (
          <Panel
            key={s.label}
            scenario={s}
            colour={SCENARIO_COLOURS[k % SCENARIO_COLOURS.length]!}
            {...{ pick, format, range, title }}
          />
        ))}
      </div>
      <details>
        <summary>{title} as a table</summary>
        <table className="table" data-table={`compare ${title}`}>
          <caption>{title}: mean over runs, with P10–P90 in brackets</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              {scenarios.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                {scenarios.map((s) => {
                  const row = s.years.find((y) => y.year === year);
                  const b = row ? pick(row) : null;
                  return (
                    <td key={s.label}>
                      {b ? `${format(b.mean)} (${format(b.p10)}–${format(b.p90)})` : "—"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
