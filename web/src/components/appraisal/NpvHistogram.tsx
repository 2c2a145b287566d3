import type { OptionAppraisal } from "../../../../src/shared/index.ts";
import { percent, scaleOf, shortMoney, ticksOf } from "../../lib/appraisal-chart.ts";
import { placeLabels, tickAnchor } from "../../lib/chart-labels.ts";

const W = 560;
const H = 200;
const PAD = { left: 48, right: 12, top: 10, bottom: 34 };

/** The Monte Carlo distribution of NPV as a histogram, with zero and P10 / P50 / P90 marked. */
export function NpvHistogram({ option, currency }: { option: OptionAppraisal; currency: string }) {
  const mc = option.monteCarlo;
  const bins = mc.histogram;
  const lo = Math.min(bins[0]?.from ?? 0, 0);
  const hi = Math.max(bins[bins.length - 1]?.to ?? 0, 0);
  const x = scaleOf(lo, hi, PAD.left, W - PAD.right);
  const top = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleOf(0, top, H - PAD.bottom, PAD.top);
  const marks = [
    ["P10", mc.p10],
    ["P50", mc.p50],
    ["P90", mc.p90],
  ] as const;
  // Close percentiles go on separate rows; one near the right edge is written to the left of its line.
  const placed = placeLabels(
    marks.map(([label, v]) => ({ x: x(v), text: label })),
    { fontSize: 10, left: PAD.left, right: W - PAD.right, offset: 2 },
  );
  return (
    <figure className="appraisal-chart" data-chart="npv-histogram">
      <figcaption>NPV distribution ({mc.iterations.toLocaleString("en-GB")} runs)</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Distribution of NPV for ${option.name}`}
      >
        {bins.map((b) => (
          <rect
            key={b.from}
            x={x(b.from)}
            y={y(b.count)}
            width={Math.max(1, x(b.to) - x(b.from) - 1)}
            height={y(0) - y(b.count)}
            className={b.to <= 0 ? "bar-cost" : "bar-saving"}
          >
            <title>{`${shortMoney(b.from, currency)} to ${shortMoney(b.to, currency)}: ${b.count} runs`}</title>
          </rect>
        ))}
        {ticksOf(lo, hi).map((v) => (
          <text
            key={v}
            x={x(v)}
            y={H - PAD.bottom + 12}
            textAnchor={tickAnchor(x(v), shortMoney(v, currency), {
              fontSize: 10,
              left: 0,
              right: W,
            })}
            className="axis"
          >
            {shortMoney(v, currency)}
          </text>
        ))}
        {marks.map(([label, v], k) => (
          <g key={label}>
            <line x1={x(v)} x2={x(v)} y1={PAD.top} y2={y(0)} className="marker" />
            <text
              x={placed[k]!.x}
              y={PAD.top + 8 + placed[k]!.row * 11}
              textAnchor={placed[k]!.anchor}
              className="axis marker-label"
            >
              {label}
            </text>
          </g>
        ))}
        {ticksOf(0, top, 3)
          .filter((n) => Number.isInteger(n))
          .map((n) => (
            <text key={n} x={PAD.left - 4} y={y(n) + 3} textAnchor="end" className="axis">
              {n.toLocaleString("en-GB")}
            </text>
          ))}
        <line x1={x(0)} x2={x(0)} y1={PAD.top} y2={y(0)} className="zero" />
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="baseline" />
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="axis-title">
          Net present value (bar height: number of runs)
        </text>
      </svg>
      <p className="chart-caption">
        NPV is positive in {percent(mc.probPositive)} of runs; 80% of runs lie between{" "}
        {shortMoney(mc.p10, currency)} and {shortMoney(mc.p90, currency)}. The spread comes from
        each line's low–high range and its probability of happening at all.
      </p>
    </figure>
  );
}
