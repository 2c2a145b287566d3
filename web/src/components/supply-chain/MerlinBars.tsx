import type { MerlinPrincipleScore } from "../../../../src/shared/index.ts";

const W = 640;
const ROW = 30;
const LEFT = 170;
const RIGHT = 130;
const BANDS = [0, 40, 60, 80, 100];

/** One bar per principle on 0–100%, with the band thresholds drawn as lines and the band named. */
export function MerlinBars({ principles }: { principles: MerlinPrincipleScore[] }) {
  const H = ROW * principles.length + 30;
  const x = (v: number) => LEFT + (v / 100) * (W - LEFT - RIGHT);
  return (
    <figure className="sc-chart sc-chart-narrow" data-chart="merlin">
      <figcaption>Score per principle</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Partner survey score per principle">
        {BANDS.map((b) => (
          <g key={b}>
            <line x1={x(b)} x2={x(b)} y1={0} y2={H - 24} className="sc-grid-line" />
            <text x={x(b)} y={H - 8} textAnchor="middle" className="sc-axis">
              {b}%
            </text>
          </g>
        ))}
        {principles.map((p, i) => (
          <g key={p.id} data-principle={p.id}>
            <text x={LEFT - 8} y={i * ROW + ROW / 2 + 4} textAnchor="end" className="sc-axis-label">
              {p.name}
            </text>
            {p.percent !== null && (
              <rect
                x={x(0)}
                y={i * ROW + 5}
                width={x(p.percent) - x(0)}
                height={ROW - 10}
                className={`sc-band-${(p.band ?? "").toLowerCase().replace(/ /g, "-")}`}
              />
            )}
            <text x={x(100) + 6} y={i * ROW + ROW / 2 + 4} className="sc-axis-label">
              {p.percent === null ? "no answers" : `${p.percent.toFixed(0)}% ${p.band}`}
            </text>
          </g>
        ))}
      </svg>
      <p className="muted">
        Bands are our own, not the Merlin Standard's: Excellent ≥ 80%, Good ≥ 60%, Needs improvement
        ≥ 40%, Poor below.
      </p>
    </figure>
  );
}
