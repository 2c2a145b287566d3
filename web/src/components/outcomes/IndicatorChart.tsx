import type { IndicatorSummary } from "../../../../src/shared/outcomes.ts";
import { scaleOf, ticksOf } from "../../lib/appraisal-chart.ts";
import { spacedLabels, tickAnchor } from "../../lib/chart-labels.ts";
import { formatDate } from "../../lib/format.ts";

const W = 560;
const H = 220;
const PAD = { left: 56, right: 12, top: 12, bottom: 38 };

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const number = (v: number) => v.toLocaleString("en-GB", { maximumFractionDigits: 2 });

/** One indicator over time: its mean value by date as a line, with the target (and baseline) as lines across. */
export function IndicatorChart({ indicator }: { indicator: IndicatorSummary }) {
  const { series, target, baseline } = indicator;
  const values = [...series.map((p) => p.value), target, baseline].filter((v) => v !== null);
  const [lo, hi] = [Math.min(0, ...values), Math.max(1, ...values)];
  const days = series.map((p) => dayOf(p.date));
  // Inset so the first and last date labels (centred on their points) are not cut off.
  const x = scaleOf(Math.min(...days), Math.max(...days), PAD.left + 32, W - PAD.right - 32);
  const y = scaleOf(lo, hi, H - PAD.bottom, PAD.top);
  const path = series.map((p, i) => `${i ? "L" : "M"}${x(days[i]!)},${y(p.value)}`).join(" ");
  const shown = spacedLabels(
    series.map((p, i) => ({ x: x(days[i]!), text: formatDate(p.date) })),
    10,
  );
  // A label sits above its line, or under it where the chart's top would cut it; the baseline's
  // label takes the other side of the target's when the two lines are close, and a row further
  // down when both must go under.
  const under = (v: number) => y(v) - 14 < 0;
  const targetUnder = target !== null && under(target);
  const close = target !== null && baseline !== null && Math.abs(y(target) - y(baseline)) < 14;
  const baselineRow =
    baseline === null ? 0 : !close ? (under(baseline) ? 1 : 0) : targetUnder ? 2 : 1;
  const across = (v: number, cls: string, label: string, row: number) => (
    <g>
      <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className={cls} />
      <text
        x={W - PAD.right}
        y={row === 0 ? y(v) - 3 : y(v) + 11 * row}
        textAnchor="end"
        className="axis-label"
      >
        {`${label} ${number(v)}`}
      </text>
    </g>
  );
  return (
    <figure
      className="appraisal-chart outcome-chart"
      data-chart={`indicator-${indicator.indicator}`}
    >
      <figcaption>
        {indicator.name} ({indicator.unit})
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${indicator.name} over time`}>
        {ticksOf(lo, hi).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="axis">
              {number(v)}
            </text>
          </g>
        ))}
        {baseline !== null && across(baseline, "baseline-value", "baseline", baselineRow)}
        {target !== null && across(target, "target", "target", targetUnder ? 1 : 0)}
        <path d={path} className="series" />
        {series.map((p, i) => (
          <circle key={p.date} cx={x(days[i]!)} cy={y(p.value)} r={3} className="point">
            <title>{`${formatDate(p.date)}: ${number(p.value)} (mean of ${p.count})`}</title>
          </circle>
        ))}
        {series.map((p, i) =>
          shown[i] ? (
            <text
              key={p.date}
              x={x(days[i]!)}
              y={H - PAD.bottom + 15}
              textAnchor={tickAnchor(x(days[i]!), formatDate(p.date), {
                fontSize: 10,
                left: 0,
                right: W,
              })}
              className="axis"
            >
              {formatDate(p.date)}
            </text>
          ) : null,
        )}
      </svg>
      <p className="chart-caption">
        The line joins the mean value on each date; <span className="key-target" /> target
        {indicator.direction === "lower_is_better" ? " (lower is better)" : " (higher is better)"}.
      </p>
    </figure>
  );
}
