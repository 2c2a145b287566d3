import { pct, scaleOf, ticksOf } from "../../lib/supply-chain-chart.ts";
import type { PerformanceResult } from "../../lib/supply-chain-types.ts";

const W = 700;
const H = 360;
const PAD = { left: 56, right: 20, top: 14, bottom: 42 };

/** Observed outcome rate against participants per provider, inside 95% and 99.8% funnel limits. */
export function FunnelPlot({ result }: { result: PerformanceResult }) {
  const maxN = Math.max(1, ...result.providers.map((p) => p.participants)) * 1.08;
  const rate = result.chain.rate;
  const top = Math.min(
    1,
    Math.max(rate * 2.2, ...result.providers.map((p) => p.observedRate * 1.15)),
  );
  const x = scaleOf(0, maxN, PAD.left, W - PAD.right);
  const y = scaleOf(0, top, H - PAD.bottom, PAD.top);
  const curve = (key: "lower95" | "upper95" | "lower998" | "upper998") =>
    result.funnel
      .map((f) => `${x(f.n).toFixed(1)},${y(Math.min(top, f[key])).toFixed(1)}`)
      .join(" ");
  return (
    <figure className="sc-chart" data-chart="funnel">
      <figcaption>Funnel plot: job outcome rate against number of participants</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Funnel plot of providers' outcome rates with 95% and 99.8% limits"
      >
        {ticksOf(0, top, 5).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="sc-grid-line" />
            <text x={PAD.left - 6} y={y(v) + 3} textAnchor="end" className="sc-axis">
              {pct(v, 0)}
            </text>
          </g>
        ))}
        {ticksOf(0, maxN, 6).map((n) => (
          <text key={n} x={x(n)} y={H - PAD.bottom + 14} textAnchor="middle" className="sc-axis">
            {n}
          </text>
        ))}
        <text
          x={(PAD.left + W - PAD.right) / 2}
          y={H - 6}
          textAnchor="middle"
          className="sc-axis-title"
        >
          participants
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(rate)} y2={y(rate)} className="sc-target" />
        <polyline points={curve("upper95")} className="sc-limit-95" fill="none" />
        <polyline points={curve("lower95")} className="sc-limit-95" fill="none" />
        <polyline points={curve("upper998")} className="sc-limit-998" fill="none" />
        <polyline points={curve("lower998")} className="sc-limit-998" fill="none" />
        {result.providers.map((p) => {
          const flagged = p.funnel !== "within";
          return (
            <g
              key={p.id}
              className={flagged ? "sc-point sc-point-flagged" : "sc-point"}
              data-provider={p.id}
            >
              <circle cx={x(p.participants)} cy={y(p.observedRate)} r={flagged ? 6 : 5} />
              <text x={x(p.participants) + 8} y={y(p.observedRate) + 4} className="sc-point-label">
                {result.names[p.id] ?? p.id}
              </text>
              <title>{`${result.names[p.id] ?? p.id}: ${pct(p.observedRate)} of ${p.participants} (${p.funnel})`}</title>
            </g>
          );
        })}
      </svg>
      <p className="muted">
        Horizontal line: the chain-wide rate ({pct(rate)}). Inner curves: 95% limits; outer dashed
        curves: 99.8% limits. A provider outside the curves (shown larger, in red) differs from the
        chain by more than chance would usually explain — at 95% about one provider in twenty falls
        outside by chance alone.
      </p>
    </figure>
  );
}
