import type { Fact } from "../../../src/shared/index.ts";
import { formatMoney, formatNumber } from "../lib/format.ts";

type Measure = "homes" | "turnover" | "staff";

const MEASURES: { key: Measure; label: string; format: (n: number) => string }[] = [
  { key: "homes", label: "Homes", format: formatNumber },
  { key: "turnover", label: "Turnover", format: (n) => formatMoney(n) },
  { key: "staff", label: "Staff", format: formatNumber },
];

function MeasureBars({ facts, measure }: { facts: Fact[]; measure: (typeof MEASURES)[number] }) {
  const values = facts.map((f) => f[measure.key] ?? 0);
  const max = Math.max(...values, 1);
  const width = 240;
  const height = 110;
  const gap = 4;
  const bar = Math.max(4, (width - gap * (facts.length + 1)) / Math.max(facts.length, 1));
  return (
    <figure className="chart">
      <figcaption>{measure.label}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height + 16}`}
        role="img"
        aria-label={`${measure.label} by year`}
      >
        {facts.map((fact, i) => {
          const value = fact[measure.key];
          const h = value === null ? 0 : Math.max(1, (value / max) * height);
          const x = gap + i * (bar + gap);
          return (
            <g key={fact.year}>
              <rect x={x} y={height - h} width={bar} height={h} className="chart-bar">
                <title>
                  {fact.year}: {value === null ? "not known" : measure.format(value)}
                </title>
              </rect>
              <text x={x + bar / 2} y={height + 12} textAnchor="middle" className="chart-axis">
                {facts.length > 8 && i % 2 ? "" : String(fact.year).slice(-2)}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={height} y2={height} className="chart-baseline" />
      </svg>
    </figure>
  );
}

/** Small inline-SVG bar charts of homes, turnover and staff by year (only measures with data). */
export function FactsChart({ facts }: { facts: Fact[] }) {
  const sorted = [...facts].sort((a, b) => a.year - b.year);
  const shown = MEASURES.filter((m) => sorted.some((f) => f[m.key] !== null));
  if (shown.length === 0) return null;
  return (
    <div className="charts">
      {shown.map((measure) => (
        <MeasureBars key={measure.key} facts={sorted} measure={measure} />
      ))}
    </div>
  );
}
