import type { RealisationView } from "../../../../src/shared/appraisal-views.ts";
import { scaleOf, shortMoney, ticksOf } from "../../lib/appraisal-chart.ts";

const W = 560;
const H = 220;
const PAD = { left: 56, right: 8, top: 10, bottom: 38 };

/** Savings per year: planned, actual where recorded, and the re-forecast, side by side. */
export function PlannedActualChart({
  realisation,
  currency,
}: {
  realisation: RealisationView;
  currency: string;
}) {
  const years = realisation.years;
  const max = Math.max(
    1,
    ...years.flatMap((y) => [y.plannedSavings, y.actualSavings ?? 0, y.forecastSavings]),
  );
  const y = scaleOf(0, max, H - PAD.bottom, PAD.top);
  const band = (W - PAD.left - PAD.right) / years.length;
  const bar = Math.max(1, (band * 0.8) / 3);
  const series = [
    ["bar-planned", (v: (typeof years)[number]) => v.plannedSavings, "planned"],
    ["bar-actual", (v: (typeof years)[number]) => v.actualSavings, "actual"],
    ["bar-forecast", (v: (typeof years)[number]) => v.forecastSavings, "re-forecast"],
  ] as const;
  return (
    <figure className="appraisal-chart" data-chart="planned-actual">
      <figcaption>Savings by year: planned, actual and re-forecast</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Savings by year, planned against actual"
      >
        {ticksOf(0, max).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="axis">
              {shortMoney(v, currency)}
            </text>
          </g>
        ))}
        {years.map((yr, t) => (
          <g key={yr.year}>
            {series.map(([cls, get, label], k) => {
              const v = get(yr);
              if (v === null) return null;
              return (
                <rect
                  key={cls}
                  x={PAD.left + t * band + band * 0.1 + k * bar}
                  y={y(v)}
                  width={bar}
                  height={y(0) - y(v)}
                  className={cls}
                >
                  <title>{`Year ${yr.year} ${label}: ${shortMoney(v, currency)}`}</title>
                </rect>
              );
            })}
            <text
              x={PAD.left + (t + 0.5) * band}
              y={H - PAD.bottom + 15}
              textAnchor="middle"
              className="axis"
            >
              {yr.year}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="baseline" />
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="axis-title">
          Year (0 = decision year), undiscounted
        </text>
      </svg>
      <p className="chart-caption">
        <span className="key key-planned" /> planned <span className="key key-actual" /> actual{" "}
        <span className="key key-forecast" /> re-forecast. {realisation.pastText} An actual bar adds
        up only the lines with an actual recorded that year; lines still missing one are listed
        under Follow up.
      </p>
    </figure>
  );
}
