import { useState } from "react";
import type { ProviderResult } from "../../../../src/shared/supply-chain-views.ts";
import {
  money,
  providerColour,
  scaleOf,
  shortMoney,
  ticksOf,
} from "../../lib/supply-chain-chart.ts";

const W = 760;
const H = 320;
const PAD = { left: 64, right: 16, top: 14, bottom: 40 };

function lowest(curve: number[]): { week: number; value: number } {
  let week = 0;
  for (let w = 1; w < curve.length; w++) if (curve[w]! < curve[week]!) week = w;
  return { week, value: curve[week] ?? 0 };
}

const reach = (p: ProviderResult) => Math.max(0, ...p.cashCurve.map(Math.abs));

// The prime's curve often dwarfs the subcontractors' (it keeps a share of every payment): start with it
// hidden when it would flatten the others, so their peak funding is readable.
function initiallyHidden(providers: ProviderResult[]): Set<string> {
  const prime = providers.find((p) => p.tier === "prime");
  const others = Math.max(0, ...providers.filter((p) => p !== prime).map(reach));
  return new Set(prime && others > 0 && reach(prime) > 4 * others ? [prime.id] : []);
}

/** Cumulative cash of each provider week by week (undiscounted), with each provider's peak funding need marked. */
export function CashCurvesChart({ providers }: { providers: ProviderResult[] }) {
  const [hidden, setHidden] = useState(() => initiallyHidden(providers));
  const toggle = (id: string) =>
    setHidden((h) => new Set(h.has(id) ? [...h].filter((x) => x !== id) : [...h, id]));
  const weeks = Math.max(1, ...providers.map((p) => p.cashCurve.length));
  const all = providers.filter((p) => !hidden.has(p.id)).flatMap((p) => p.cashCurve);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const x = scaleOf(0, weeks - 1, PAD.left, W - PAD.right);
  const y = scaleOf(lo, hi, H - PAD.bottom, PAD.top);
  return (
    <figure className="sc-chart" data-chart="cash-curves">
      <figcaption>Cumulative cash by week (undiscounted)</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Cumulative cash of each provider by week, with peak funding marked"
      >
        {ticksOf(lo, hi, 6).map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="sc-grid-line" />
            <text x={PAD.left - 6} y={y(v) + 3} textAnchor="end" className="sc-axis">
              {shortMoney(v)}
            </text>
          </g>
        ))}
        {ticksOf(0, weeks - 1, 8).map((w) => (
          <text key={w} x={x(w)} y={H - PAD.bottom + 14} textAnchor="middle" className="sc-axis">
            {w}
          </text>
        ))}
        <text
          x={(PAD.left + W - PAD.right) / 2}
          y={H - 6}
          textAnchor="middle"
          className="sc-axis-title"
        >
          weeks from the start of the contract
        </text>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="sc-zero" />
        {providers.map((p, i) => {
          if (hidden.has(p.id)) return null;
          const points = p.cashCurve
            .map((v, w) => `${x(w).toFixed(1)},${y(v).toFixed(1)}`)
            .join(" ");
          const low = lowest(p.cashCurve);
          return (
            <g key={p.id} data-provider={p.id}>
              <polyline points={points} fill="none" stroke={providerColour(i)} strokeWidth={2} />
              {p.peakFunding > 0 && (
                <g className="sc-peak">
                  <circle
                    cx={x(low.week)}
                    cy={y(low.value)}
                    r={4.5}
                    fill="#fff"
                    stroke={providerColour(i)}
                    strokeWidth={2}
                  />
                  <title>{`${p.name}: peak funding ${money(p.peakFunding)} in week ${low.week}`}</title>
                </g>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="sc-legend">
        {providers.map((p, i) => (
          <li key={p.id}>
            <label>
              <input type="checkbox" checked={!hidden.has(p.id)} onChange={() => toggle(p.id)} />{" "}
              <span className="sc-swatch" style={{ background: providerColour(i) }} /> {p.name}:
              peak funding <strong>{money(p.peakFunding)}</strong>
            </label>
          </li>
        ))}
      </ul>
      <p className="muted">
        Circles mark each provider's lowest point: the most money it must find (its peak funding)
        before payments catch up with costs. Tick or untick providers to compare them on one scale
        {initiallyHidden(providers).size > 0
          ? " (the prime starts unticked: its curve would flatten the others)"
          : ""}
        .
      </p>
    </figure>
  );
}
