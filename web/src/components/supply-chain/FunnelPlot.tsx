import type { PerformanceView } from "../../../../src/shared/supply-chain-views.ts";
import { pct, scaleOf, ticksOf } from "../../lib/supply-chain-chart.ts";

const W = 700;
const H = 360;
const PAD = { left: 56, right: 20, top: 14, bottom: 42 };

/** Observed outcome rate against participants per provider, inside 95% and 99.8% funnel limits. */
export function FunnelPlot({ result }: { result: PerformanceView }) {
  const maxN = Math.max(1, ...result.providers.map((p) => p.participants)) * 1.08;
  const rate = result.chain.rate;
  const top = Math.min(
    1,
    Math.max(rate * 2.2, ...result.providers.map((p) => p.observedRate * 1.15)),
  );
  const x = scaleOf(0, maxN, PAD.left, W - PAD.right);
  const y = scaleOf(0, top, H - PAD.bottom, PAD.top);
  const curve = (key: "lower95" | "upper95" | "lower998" | "upper998") =>
    result.funnel.map((f) => `${x(f.n).toFixed(1)},${y(f[key]).toFixed(1)}`).join(" ");
  const name = (id: string) => result.names[id] ?? id;
  return (
    <figure className="sc-chart" data-chart="funnel">
      <figcaption>Funnel plot: job outcome rate against number of participants</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Funnel plot of providers' outcome rates with 95% and 99.8% limits"
      >
        <defs>
          <clipPath id="sc-funnel-area">
            <rect
              x={PAD.left}
              y={PAD.top}
              width={W - PAD.left - PAD.right}
              height={H - PAD.top - PAD.bottom}
            />
          </clipPath>
        </defs>
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
        <g clipPath="url(#sc-funnel-area)">
          {(["upper95", "lower95", "upper998", "lower998"] as const).map((key) => (
            <polyline
              key={key}
              points={curve(key)}
              className={key.endsWith("95") ? "sc-limit-95" : "sc-limit-998"}
              fill="none"
            />
          ))}
        </g>
        {result.providers.map((p, i) => {
          const flagged = p.funnel !== "within";
          return (
            <g
              key={p.id}
              className={flagged ? "sc-point sc-point-flagged" : "sc-point"}
              data-provider={p.id}
            >
              <circle cx={x(p.participants)} cy={y(p.observedRate)} r={flagged ? 9 : 8} />
              <text
                x={x(p.participants)}
                y={y(p.observedRate) + 4}
                textAnchor="middle"
                className="sc-point-number"
              >
                {i + 1}
              </text>
              <title>{`${name(p.id)}: ${pct(p.observedRate)} of ${p.participants} (${p.funnel})`}</title>
            </g>
          );
        })}
      </svg>
      <ol className="sc-legend sc-funnel-legend">
        {result.providers.map((p) => (
          <li key={p.id} className={p.funnel === "within" ? undefined : "sc-flag"}>
            {name(p.id)}: {pct(p.observedRate)} of {p.participants}
            {p.funnel === "within" ? "" : " — outside the limits"}
          </li>
        ))}
      </ol>
      <p className="muted">
        Dotted line: the chain-wide rate ({pct(rate)}). Solid curves: 95% limits; dashed curves:
        99.8% limits. A provider outside the curves (in red) differs from the chain by more than
        chance would usually explain — though at 95% about one provider in twenty falls outside by
        chance alone.
      </p>
    </figure>
  );
}
