import type { OptionAppraisal } from "../../../../src/shared/index.ts";
import { scaleOf, shortMoney, ticksOf } from "../../lib/appraisal-chart.ts";
import { tickAnchor, wrapLabel } from "../../lib/chart-labels.ts";

const W = 560;
const ROW = 26;
const LINE = 12;
/** Characters per line of a bar's name: the names wrap rather than being cut. */
const NAME_CHARS = 27;
const PAD = { left: 200, right: 12, top: 8, bottom: 34 };

/** One-way sensitivity: for each ranged line, NPV with that line at its low and at its high. */
export function TornadoChart(props: {
  option: OptionAppraisal;
  currency: string;
  lineNames: Record<string, string>;
}) {
  const { option, currency } = props;
  const bars = option.tornado;
  if (bars.length === 0)
    return (
      <p className="muted">
        No line of this option has a low–high range, so there is no sensitivity to show.
      </p>
    );
  const name = (id: string) => props.lineNames[id] ?? id;
  const lines = bars.map((b) => wrapLabel(name(b.lineId), NAME_CHARS));
  const rowHeights = lines.map((l) => Math.max(ROW, l.length * LINE + 8));
  const tops = rowHeights.map(
    (_, i) => PAD.top + rowHeights.slice(0, i).reduce((a, h) => a + h, 0),
  );
  const H = PAD.top + rowHeights.reduce((a, h) => a + h, 0) + PAD.bottom;
  const ends = bars.flatMap((b) => [b.npvAtLow, b.npvAtHigh]).concat(option.npv);
  const x = scaleOf(Math.min(...ends), Math.max(...ends), PAD.left, W - PAD.right);
  const first = bars[0]!;
  return (
    <figure className="appraisal-chart" data-chart="tornado">
      <figcaption>Sensitivity of NPV (tornado)</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Sensitivity of NPV for ${option.name}`}
      >
        {bars.map((b, i) => {
          const from = Math.min(b.npvAtLow, b.npvAtHigh);
          const to = Math.max(b.npvAtLow, b.npvAtHigh);
          const top = tops[i]!;
          const first = top + rowHeights[i]! / 2 + 4 - ((lines[i]!.length - 1) * LINE) / 2;
          return (
            <g key={b.lineId}>
              <text x={PAD.left - 6} y={first} textAnchor="end" className="axis-label">
                {lines[i]!.map((line, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a name's lines never reorder
                  <tspan key={`${k}-${line}`} x={PAD.left - 6} y={first + k * LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
              <rect
                x={x(from)}
                y={top + (rowHeights[i]! - (ROW - 8)) / 2}
                width={Math.max(1, x(to) - x(from))}
                height={ROW - 8}
                className="bar-range"
              >
                <title>{`${name(b.lineId)}: ${shortMoney(b.low, currency)} → NPV ${shortMoney(b.npvAtLow, currency)}; ${shortMoney(b.high, currency)} → NPV ${shortMoney(b.npvAtHigh, currency)}`}</title>
              </rect>
            </g>
          );
        })}
        {ticksOf(Math.min(...ends), Math.max(...ends)).map((v) => (
          <text
            key={v}
            x={x(v)}
            y={H - PAD.bottom + 14}
            textAnchor={tickAnchor(x(v), shortMoney(v, currency), {
              fontSize: 10,
              left: 0,
              right: W,
            })}
            className="axis"
          >
            {shortMoney(v, currency)}
          </text>
        ))}
        <line
          x1={x(option.npv)}
          x2={x(option.npv)}
          y1={PAD.top}
          y2={H - PAD.bottom}
          className="marker"
        />
        <text x={(W + PAD.left) / 2} y={H - 4} textAnchor="middle" className="axis-title">
          NPV with one line at its low or high (others at base; line = base NPV)
        </text>
      </svg>
      <p className="chart-caption">
        The widest bar drives the result most: {name(first.lineId)} swings NPV by{" "}
        {shortMoney(first.swing, currency)} between its low ({shortMoney(first.low, currency)}) and
        high ({shortMoney(first.high, currency)}).
      </p>
    </figure>
  );
}
