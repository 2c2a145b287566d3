import type { Band } from "../../../../src/shared/simulation.ts";
import { scaleOf, ticksOf } from "../../lib/supply-chain-chart.ts";

const W = 560;
const H = 240;
const PAD = { left: 64, right: 16, top: 16, bottom: 36 };

/** One statistic by year as a mean line inside its P10–P90 band, with labelled axes. */
export function BandChart({
  title,
  points,
  format,
}: {
  title: string;
  points: { year: number; band: Band }[];
  format: (value: number) => string;
}) {
  if (points.length === 0) return null;
  const years = points.map((p) => p.year);
  const lo = Math.min(...points.map((p) => p.band.p10));
  const hi = Math.max(...points.map((p) => p.band.p90));
  const x = scaleOf(years[0]!, years.at(-1)!, PAD.left, W - PAD.right);
  const y = scaleOf(lo, hi, H - PAD.bottom, PAD.top);
  const upper = points.map((p) => `${x(p.year)},${y(p.band.p90)}`);
  const lower = points.map((p) => `${x(p.year)},${y(p.band.p10)}`).reverse();
  const mean = points.map((p) => `${x(p.year)},${y(p.band.mean)}`).join(" ");
  return (
    <figure className="sim-chart" data-chart={title}>
      <figcaption>{title} — mean with P10–P90 band over runs</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} by year`}>
        {ticksOf(lo, hi, 4).map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e3e3e3" />
            <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end" fontSize="12">
              {format(t)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} x={x(year)} y={H - PAD.bottom + 18} textAnchor="middle" fontSize="12">
            {year}
          </text>
        ))}
        <polygon points={[...upper, ...lower].join(" ")} fill="#2a6fdb" fillOpacity="0.18" />
        <polyline points={mean} fill="none" stroke="#2a6fdb" strokeWidth="2" />
      </svg>
    </figure>
  );
}
