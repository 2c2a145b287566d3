import type { OptionAppraisal } from "../../../../src/shared/index.ts";
import { scaleOf, shortMoney, ticksOf } from "../../lib/appraisal-chart.ts";

const W = 560;
const H = 220;
const PAD = { left: 56, right: 8, top: 10, bottom: 38 };

/** The biggest component of the option's present value, in words, for the caption. */
function driverText(o: OptionAppraisal, currency: string): string {
  const parts = [
    ["savings", o.pv.savings],
    ["costs", o.pv.costs],
    ["irrecoverable VAT", o.pv.vat],
    ["loan re-pricing", o.pv.loan],
    ["staff and pensions", o.pv.staff],
  ] as const;
  const shown = parts.filter(([, v]) => v > 0).map(([k, v]) => `${k} ${shortMoney(v, currency)}`);
  return shown.length ? `Present values: ${shown.join(", ")}.` : "No cash flows.";
}

/** Bars per year: savings above the axis, costs + VAT + loan + staff below, with the net as a dot. */
export function CashFlowChart({ option, currency }: { option: OptionAppraisal; currency: string }) {
  const rows = option.cashFlows;
  const out = rows.map((r) => r.costs + r.vat + r.loan + r.staff);
  const max = Math.max(1, ...rows.map((r) => r.savings));
  const min = Math.min(-1, ...out.map((v) => -v));
  const y = scaleOf(min, max, H - PAD.bottom, PAD.top);
  const band = (W - PAD.left - PAD.right) / rows.length;
  const bar = Math.max(2, band * 0.7);
  const x = (t: number) => PAD.left + t * band + (band - bar) / 2;
  return (
    <figure className="appraisal-chart" data-chart="cash-flows">
      <figcaption>Cash flows by year: {option.name}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Cash flows by year for ${option.name}`}
      >
        {ticksOf(min, max).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="axis">
              {shortMoney(v, currency)}
            </text>
          </g>
        ))}
        {rows.map((r, t) => (
          <g key={r.year}>
            <rect
              x={x(t)}
              y={y(r.savings)}
              width={bar}
              height={y(0) - y(r.savings)}
              className="bar-saving"
            >
              <title>{`Year ${r.year}: savings ${shortMoney(r.savings, currency)}`}</title>
            </rect>
            <rect x={x(t)} y={y(0)} width={bar} height={y(-out[t]!) - y(0)} className="bar-cost">
              <title>{`Year ${r.year}: costs ${shortMoney(r.costs, currency)}, VAT ${shortMoney(r.vat, currency)}, loan ${shortMoney(r.loan, currency)}, staff and pensions ${shortMoney(r.staff, currency)}`}</title>
            </rect>
            <circle cx={x(t) + bar / 2} cy={y(r.net)} r={2.5} className="dot-net">
              <title>{`Year ${r.year}: net ${shortMoney(r.net, currency)}`}</title>
            </circle>
            {(rows.length <= 12 || t % 5 === 0) && (
              <text x={x(t) + bar / 2} y={H - PAD.bottom + 15} textAnchor="middle" className="axis">
                {r.year}
              </text>
            )}
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="baseline" />
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="axis-title">
          Year (0 = decision year), undiscounted
        </text>
      </svg>
      <p className="chart-caption">
        <span className="key key-saving" /> savings <span className="key key-cost" /> costs, VAT,
        loan re-pricing, staff and pensions <span className="key key-net" /> net.{" "}
        {driverText(option, currency)}
      </p>
    </figure>
  );
}
