import type { MergerWavesResult, PolicyMarker } from "../../../../src/shared/index.ts";
import { EVENT_TYPE_LABELS, type EventType } from "../../../../src/shared/index.ts";
import { placeLabels, rowsOf } from "../../lib/chart-labels.ts";

/** Colours of the constitutional event types (Okabe–Ito). */
const TYPE_COLOURS: Partial<Record<EventType, string>> = {
  merged: "#0072b2",
  transfer_of_engagements: "#56b4e9",
  group_formed: "#009e73",
  group_joined: "#e69f00",
  demerged: "#cc79a7",
};
const TYPES = Object.keys(TYPE_COLOURS) as EventType[];
const W = 760;
const PLOT = 200;
const LEFT = 36;
const BOTTOM = 26;
const MARKER_FONT = 9;
const MARKER_ROW = 11;

/**
 * Merger waves (the paper's Figure 2): constitutional events per year stacked by type, with
 * dashed vertical lines at the policy markers.
 */
export function MergerWavesChart({
  waves,
  markers,
}: {
  waves: MergerWavesResult;
  markers: PolicyMarker[];
}) {
  if (waves.empty)
    return (
      <p className="muted">
        No merger, transfer, group or demerger event is recorded in this period.
      </p>
    );
  const years = waves.years.map((y) => y.year);
  const first = Math.min(...years, ...markers.map((m) => m.year));
  const last = Math.max(...years, ...markers.map((m) => m.year));
  const span = last - first + 1;
  const bar = (W - LEFT - 8) / span;
  const most = Math.max(1, ...waves.years.map((y) => y.total));
  const plot = PLOT;
  const xOf = (year: number) => LEFT + (year - first) * bar;
  const hOf = (n: number) => (n / most) * plot;
  const every = Math.ceil(span / 16);
  // Marker labels sit on as many rows above the bars as they need to clear each other and the edges.
  const placed = placeLabels(
    markers.map((m) => ({ x: xOf(m.year) + bar / 2, text: `${m.year} ${m.label}` })),
    { fontSize: MARKER_FONT, left: 2, right: W - 2 },
  );
  const top = 8 + rowsOf(placed) * MARKER_ROW;
  const height = top + plot + BOTTOM;

  return (
    <figure className="chart-wide" data-testid="merger-waves">
      <figcaption>
        Constitutional events per year by type, {first}–{last}, with policy changes marked.
      </figcaption>
      <ul className="network-legend">
        {TYPES.map((t) => (
          <li key={t}>
            <span className="legend-bar" style={{ background: TYPE_COLOURS[t] }} />
            {EVENT_TYPE_LABELS[t]}
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label="Merger waves: events per year by type"
      >
        <line x1={LEFT} x2={W - 8} y1={top + plot} y2={top + plot} className="chart-baseline" />
        <text x={LEFT - 6} y={top + 4} textAnchor="end" className="chart-tick">
          {most}
        </text>
        <text x={LEFT - 6} y={top + plot} textAnchor="end" className="chart-tick">
          0
        </text>
        {waves.years.map((y) => {
          let base = top + plot;
          return (
            <g key={y.year}>
              {TYPES.map((t) => {
                const n = y.counts[t] ?? 0;
                if (n === 0) return null;
                base -= hOf(n);
                return (
                  <rect
                    key={t}
                    x={xOf(y.year) + 1}
                    y={base}
                    width={Math.max(1, bar - 2)}
                    height={hOf(n)}
                    fill={TYPE_COLOURS[t]}
                  >
                    <title>{`${y.year}: ${n} ${EVENT_TYPE_LABELS[t].toLowerCase()}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        {Array.from({ length: span }, (_, i) => first + i)
          .filter((year) => (year - first) % every === 0)
          .map((year) => (
            <text
              key={year}
              x={xOf(year) + bar / 2}
              y={height - 8}
              textAnchor="middle"
              className="chart-tick"
            >
              {year}
            </text>
          ))}
        {markers.map((m, i) => (
          <g key={`${m.year}-${m.label}`}>
            <line
              x1={xOf(m.year) + bar / 2}
              x2={xOf(m.year) + bar / 2}
              y1={top - 4}
              y2={top + plot}
              className="chart-marker"
            />
            <text
              x={placed[i]!.x}
              y={10 + placed[i]!.row * MARKER_ROW}
              textAnchor={placed[i]!.anchor}
              className="chart-marker-label"
            >
              {m.year} {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
