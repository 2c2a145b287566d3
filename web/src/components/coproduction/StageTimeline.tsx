import { COPRODUCTION_STAGE_LABELS } from "../../../../src/shared/coproduction.ts";
import type { CoproductionTimeline } from "../../../../src/shared/coproduction-results.ts";
import { scaleOf } from "../../lib/appraisal-chart.ts";
import { formatDate, formatMoney } from "../../lib/format.ts";

const W = 760;
const ROW = 30;
const PAD = { left: 250, right: 16, top: 8, bottom: 34 };

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const monthYear = (day: number) =>
  new Date(day * 86_400_000).toLocaleDateString("en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

/** The first day of each quarter (Jan, Apr, Jul, Oct) from `start` to `end`, as day numbers. */
function quarterTicks(start: number, end: number): number[] {
  const first = new Date(start * 86_400_000);
  const ticks: number[] = [];
  let year = first.getUTCFullYear();
  let month = Math.ceil(first.getUTCMonth() / 3) * 3;
  for (;;) {
    if (month > 11) [year, month] = [year + 1, month - 12];
    const day = Date.UTC(year, month, 1) / 86_400_000;
    if (day > end) return ticks;
    if (day >= start) ticks.push(day);
    month += 3;
  }
}

/** One stage's row: its name on the left and a bar from its first to its last day (or a note). */
function StageRow(props: {
  stage: CoproductionTimeline["stages"][number];
  y: number;
  x: (day: number) => number;
  currency: string;
}) {
  const { stage: s, y, x } = props;
  const label = COPRODUCTION_STAGE_LABELS[s.stage];
  const title = `${label}: ${formatDate(s.start)} to ${formatDate(s.end)}, ${s.days} days, ${formatMoney(s.cost, props.currency)}`;
  return (
    <g data-stage={s.stage}>
      <text x={PAD.left - 8} y={y + ROW / 2 + 4} textAnchor="end" className="axis-label">
        {label}
      </text>
      {s.start && s.end ? (
        <rect
          x={x(dayOf(s.start))}
          y={y + 5}
          width={Math.max(x(dayOf(s.end) + 1) - x(dayOf(s.start)), 2)}
          height={ROW - 10}
          className="stage-bar"
        >
          <title>{title}</title>
        </rect>
      ) : (
        <text x={PAD.left + 4} y={y + ROW / 2 + 4} className="axis muted">
          no dates yet
        </text>
      )}
    </g>
  );
}

/** The project's stages as bars on a time axis (a Gantt chart), each named and dated. */
export function StageTimeline({
  timeline,
  currency,
}: {
  timeline: CoproductionTimeline;
  currency: string;
}) {
  if (!timeline.start || !timeline.end)
    return <p className="muted">No stage has dates yet, so there is no timeline to draw.</p>;
  const [d0, d1] = [dayOf(timeline.start), dayOf(timeline.end) + 1];
  const H = PAD.top + timeline.stages.length * ROW + PAD.bottom;
  const x = scaleOf(d0, d1, PAD.left, W - PAD.right);
  const summary = `Timeline of ${timeline.stages.length} stages from ${formatDate(timeline.start)} to ${formatDate(timeline.end)}`;
  return (
    <figure className="appraisal-chart coproduction-timeline" data-chart="coproduction-timeline">
      <figcaption>Stages over time</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {quarterTicks(d0, d1).map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={PAD.top} y2={H - PAD.bottom} className="grid" />
            <text x={x(t)} y={H - PAD.bottom + 16} textAnchor="middle" className="axis">
              {monthYear(t)}
            </text>
          </g>
        ))}
        {timeline.stages.map((s, i) => (
          <StageRow key={s.stage} stage={s} y={PAD.top + i * ROW} x={x} currency={currency} />
        ))}
      </svg>
    </figure>
  );
}
