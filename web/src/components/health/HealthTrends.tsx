import type { ChangeResult, WaveResult } from "../../../../src/shared/health-results.ts";
import { formatDate } from "../../lib/format.ts";
import "./health.css";

const W = 220;
const H = 110;
const PAD = { left: 24, right: 10, top: 10, bottom: 26 };

const signed = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(2)}`;

/** A change in words: its interval, and whether that interval leaves zero out. */
export function changeWords(c: ChangeResult): string {
  if (c.low === null || c.high === null)
    return `${signed(c.difference)} (too few answers for a 95% interval)`;
  const reading =
    c.low > 0
      ? "a clear rise"
      : c.high < 0
        ? "a clear fall"
        : "no clear change: the interval includes 0";
  return `${signed(c.difference)} (95% interval ${signed(c.low)} to ${signed(c.high)}; ${reading})`;
}

/** One dimension's means across waves as a small line chart with its changes listed under it. */
function Trend(props: {
  id: string;
  name: string;
  waves: WaveResult[];
  change: ChangeResult[];
  scale: { min: number; max: number };
}) {
  const { waves, scale } = props;
  const means = waves.map((w) => w.dimensions.find((d) => d.id === props.id)?.mean ?? null);
  const x = (i: number) =>
    PAD.left + ((W - PAD.left - PAD.right) * i) / Math.max(1, waves.length - 1);
  const y = (v: number) =>
    PAD.top + ((H - PAD.top - PAD.bottom) * (scale.max - v)) / (scale.max - scale.min);
  const points = means.flatMap((m, i) => (m === null ? [] : [[x(i), y(m), m] as const]));
  const described = means
    .map((m, i) => `${waves[i]!.id} ${m === null ? "withheld" : m.toFixed(2)}`)
    .join(", ");
  return (
    <figure className="health-chart" data-chart="trend">
      <figcaption>{props.name}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${props.name} by wave: ${described}`}>
        {[scale.min, scale.max].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 4} y={y(v) + 3} textAnchor="end" className="axis-label">
              {v}
            </text>
          </g>
        ))}
        {waves.map((w, i) => (
          <text key={w.id} x={x(i)} y={H - 8} textAnchor="middle" className="axis-label">
            {w.id}
          </text>
        ))}
        <polyline
          points={points.map(([px, py]) => `${px},${py}`).join(" ")}
          fill="none"
          stroke="#1d4ed8"
          strokeWidth={2}
        />
        {points.map(([px, py, m]) => (
          <circle key={`${px}`} cx={px} cy={py} r={3.5} fill="#1d4ed8">
            <title>{m.toFixed(2)}</title>
          </circle>
        ))}
      </svg>
      <ul className="muted">
        {props.change.map((c) => (
          <li key={`${c.from}-${c.to}`}>
            {c.from} → {c.to}: {changeWords(c)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * Trends across waves: per dimension its mean in each wave (withheld means left out, never
 * drawn) and the change between consecutive waves with Welch's 95% interval.
 */
export function HealthTrends(props: {
  waves: WaveResult[];
  change: ChangeResult[];
  scale: { min: number; max: number };
}) {
  const { waves } = props;
  if (waves.length < 2 || waves[0]!.dimensions.length === 0) return null;
  return (
    <section aria-labelledby="health-trends-title">
      <h3 id="health-trends-title">Trends across waves</h3>
      <p className="muted">
        Waves: {waves.map((w) => `${w.id} (${formatDate(w.date)})`).join(", ")}. A change is the
        later mean minus the earlier one; the interval is Welch's, which does not assume the two
        waves' answers vary alike.
      </p>
      <div className="health-charts">
        {waves[0]!.dimensions.map((d) => (
          <Trend
            key={d.id}
            id={d.id}
            name={d.name}
            waves={waves}
            change={props.change.filter((c) => c.dimension === d.id)}
            scale={props.scale}
          />
        ))}
      </div>
    </section>
  );
}
