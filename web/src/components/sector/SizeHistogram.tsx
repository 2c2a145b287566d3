import type { NetworkResult } from "../../../../src/shared/index.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";
import { formatMeasure } from "../../lib/landscape-format.ts";

const W = 640;
const H = 220;
const LEFT = 40;
const BOTTOM = 34;

/** Counts of sizes in bins of a quarter of a power of ten (log scale), from the first to the last. */
export function logBinsOf(sizes: number[]): { from: number; to: number; count: number }[] {
  const positive = sizes.filter((s) => s > 0);
  if (positive.length === 0) return [];
  const step = 0.25;
  const low = Math.floor(Math.log10(Math.min(...positive)) / step);
  const high = Math.floor(Math.log10(Math.max(...positive)) / step);
  const bins = Array.from({ length: high - low + 1 }, (_, i) => ({
    from: 10 ** ((low + i) * step),
    to: 10 ** ((low + i + 1) * step),
    count: 0,
  }));
  for (const s of positive) bins[Math.floor(Math.log10(s) / step) - low]!.count++;
  return bins;
}

/** Whether a bin edge is a power of ten (where the log axis has its ticks). */
function isPowerOfTen(value: number): boolean {
  return Math.abs(Math.log10(value) - Math.round(Math.log10(value))) < 1e-6;
}

/** A histogram of organisation sizes on a log scale (each bar a quarter of a power of ten). */
export function SizeHistogram({ network }: { network: NetworkResult }) {
  const sizes = network.nodes.flatMap((n) => (n.size === null ? [] : [n.size]));
  const bins = logBinsOf(sizes);
  if (bins.length === 0)
    return (
      <p className="muted">
        No organisation has a known {network.metric} on {formatDate(network.asOf)}.
      </p>
    );
  const most = Math.max(...bins.map((b) => b.count));
  const bar = (W - LEFT - 8) / bins.length;
  const plot = H - BOTTOM - 8;
  return (
    <figure className="chart-wide">
      <figcaption>
        {formatNumber(sizes.length)} organisations by {network.metric} on {formatDate(network.asOf)}{" "}
        (log scale; {formatNumber(network.nodes.length - sizes.length)} without a known size left
        out).
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Size distribution by ${network.metric}`}
      >
        {bins.map((b, i) => {
          const h = (b.count / most) * plot;
          const x = LEFT + i * bar;
          return (
            <g key={b.from}>
              <rect x={x + 1} y={8 + plot - h} width={bar - 2} height={h} className="chart-bar">
                <title>
                  {formatMeasure(network.metric, b.from)}–{formatMeasure(network.metric, b.to)}:{" "}
                  {b.count}
                </title>
              </rect>
              {isPowerOfTen(b.from) ||
              (i === 0 && !bins.slice(1, 3).some((next) => isPowerOfTen(next.from))) ? (
                <text x={x} y={H - BOTTOM + 14} className="chart-tick" textAnchor="middle">
                  {formatMeasure(network.metric, b.from)}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={LEFT} x2={W - 8} y1={8 + plot} y2={8 + plot} className="chart-baseline" />
        <text x={LEFT - 6} y={12} textAnchor="end" className="chart-tick">
          {most}
        </text>
        <text x={LEFT - 6} y={8 + plot} textAnchor="end" className="chart-tick">
          0
        </text>
        <text x={(W + LEFT) / 2} y={H - 4} textAnchor="middle" className="chart-title">
          {network.metric} (each bar spans a factor of 1.78; bar height: organisations)
        </text>
      </svg>
    </figure>
  );
}
