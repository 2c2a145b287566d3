import type { ProviderResult } from "../../../../src/shared/supply-chain-views.ts";
import {
  money,
  moneyChange,
  scaleOf,
  shortMoney,
  TIER_LABELS,
  ticksOf,
} from "../../lib/supply-chain-chart.ts";

const W = 640;
const ROW = 34;
const PAD = { left: 170, right: 20, top: 10, bottom: 30 };

/** How each tier's NPV moves when every job start probability moves by −1 or +1 percentage point. */
export function SensitivityChart({ providers }: { providers: ProviderResult[] }) {
  const tiers = (["prime", "tier1", "tier2"] as const)
    .map((tier) => {
      const own = providers.filter((p) => p.tier === tier);
      return {
        tier,
        count: own.length,
        minus: own.reduce((s, p) => s + p.sensitivity.minus1pp, 0),
        plus: own.reduce((s, p) => s + p.sensitivity.plus1pp, 0),
      };
    })
    .filter((t) => t.count > 0);
  const extent = Math.max(1, ...tiers.flatMap((t) => [Math.abs(t.minus), Math.abs(t.plus)]));
  const H = PAD.top + PAD.bottom + ROW * tiers.length;
  const x = scaleOf(-extent, extent, PAD.left, W - PAD.right);
  return (
    <figure className="sc-chart sc-chart-narrow" data-chart="sensitivity">
      <figcaption>
        Change in NPV for ±1 percentage point on every group's chance of a job start
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Sensitivity of each tier's NPV to one percentage point"
      >
        {ticksOf(-extent, extent, 4).map((v) => (
          <text key={v} x={x(v)} y={H - 10} textAnchor="middle" className="sc-axis">
            {shortMoney(v)}
          </text>
        ))}
        {tiers.map((t, i) => {
          const y = PAD.top + i * ROW;
          return (
            <g key={t.tier}>
              <text x={PAD.left - 8} y={y + ROW / 2 + 4} textAnchor="end" className="sc-axis-label">
                {TIER_LABELS[t.tier]}
              </text>
              <rect
                x={Math.min(x(t.minus), x(0))}
                y={y + 6}
                width={Math.abs(x(t.minus) - x(0))}
                height={ROW - 12}
                className="sc-bar-down"
              >
                <title>{`−1 point: ${moneyChange(t.minus)}`}</title>
              </rect>
              <rect
                x={Math.min(x(t.plus), x(0))}
                y={y + 6}
                width={Math.abs(x(t.plus) - x(0))}
                height={ROW - 12}
                className="sc-bar-up"
              >
                <title>{`+1 point: ${moneyChange(t.plus)}`}</title>
              </rect>
            </g>
          );
        })}
        <line x1={x(0)} x2={x(0)} y1={PAD.top} y2={H - PAD.bottom} className="sc-zero" />
      </svg>
      <ul className="sc-legend">
        {tiers.map((t) => (
          <li key={t.tier}>
            {TIER_LABELS[t.tier]}: −1 point {moneyChange(t.minus)}, +1 point {moneyChange(t.plus)}
          </li>
        ))}
      </ul>
      <p className="muted">
        A single percentage point is a small change in outcome rates, yet it moves the chain's money
        by {money(tiers.reduce((s, t) => s + t.plus, 0))}: small changes in outcome rates decide
        solvency (NAO 2012).
      </p>
    </figure>
  );
}
