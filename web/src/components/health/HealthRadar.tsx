import type { WaveResult } from "../../../../src/shared/health-results.ts";
import { wrapLabel } from "../../lib/chart-labels.ts";
import "./health.css";

const SIZE = 380;
const C = SIZE / 2;
const R = 110;
const LINE = 11;
/** Room either side for the axis labels. */
const SIDE = 80;

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? "—" : x.toFixed(2));

/** The point at `value` on axis `i` of `n` (first axis straight up, clockwise). */
function pointOf(i: number, n: number, value: number, min: number, max: number) {
  const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
  const r = (R * (value - min)) / (max - min);
  return [C + r * Math.cos(angle), C + r * Math.sin(angle)] as const;
}

const polygon = (points: (readonly [number, number])[]) =>
  points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");

/** One partner's radar: its dimension means on labelled axes, everyone's dashed behind them. */
function Radar(props: {
  wave: WaveResult;
  partner: { id: string; name: string | null };
  scale: { min: number; max: number };
}) {
  const { wave, scale } = props;
  const name = props.partner.name ?? props.partner.id;
  const dims = wave.dimensions;
  const n = dims.length;
  const mine = dims.map((d) => d.byPartner[props.partner.id]?.mean ?? null);
  const everyone = dims.map((d) => d.mean);
  const rings = Array.from({ length: scale.max - scale.min }, (_, k) => scale.min + k + 1);
  const shape = (values: (number | null)[]) =>
    polygon(values.map((v, i) => pointOf(i, n, v ?? scale.min, scale.min, scale.max)));
  return (
    <figure className="health-chart" data-chart="radar">
      <figcaption>
        {name}, wave {wave.id}
      </figcaption>
      <svg
        viewBox={`${-SIDE} 0 ${SIZE + 2 * SIDE} ${SIZE}`}
        role="img"
        aria-label={`Radar of ${name}'s mean on each of ${n} dimensions, on a scale of ${scale.min} to ${scale.max}, with everyone's mean dashed`}
      >
        {rings.map((v) => (
          <polygon
            key={v}
            className="grid"
            points={polygon(dims.map((_, i) => pointOf(i, n, v, scale.min, scale.max)))}
          />
        ))}
        {dims.map((d, i) => {
          const [x, y] = pointOf(i, n, scale.max, scale.min, scale.max);
          const [lx, ly] = pointOf(
            i,
            n,
            scale.max + (scale.max - scale.min) * 0.12,
            scale.min,
            scale.max,
          );
          const lines = wrapLabel(d.name, 20);
          const anchor = Math.abs(lx - C) < 8 ? "middle" : lx > C ? "start" : "end";
          const top = ly - ((lines.length - 1) * LINE) / 2 + 3;
          return (
            <g key={d.id}>
              <line x1={C} y1={C} x2={x} y2={y} className="grid" />
              <text className="axis-label" textAnchor={anchor} x={lx} y={top}>
                {lines.map((l, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a label's lines never reorder
                  <tspan key={`${d.id}-${k}-${l}`} x={lx} y={top + k * LINE}>
                    {l}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {everyone.every((v) => v !== null) && (
          <polygon className="everyone-shape" points={shape(everyone)} />
        )}
        <polygon className="partner-shape" points={shape(mine)} />
      </svg>
      <details>
        <summary>{name}: the numbers as a table</summary>
        <table className="sc-table">
          <caption>
            {name}'s means and everyone's, wave {wave.id}
          </caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">{name}</th>
              <th scope="col">Everyone</th>
            </tr>
          </thead>
          <tbody>
            {dims.map((d, i) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td className="number">{fmt(mine[i])}</td>
                <td className="number">{everyone[i] === null ? "withheld" : fmt(everyone[i])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/**
 * A radar per partner for one wave. A partner whose answers are withheld under the
 * three-respondent rule gets a sentence saying so, never a shape or a number.
 */
export function HealthRadars(props: {
  wave: WaveResult;
  partners: { id: string; name: string | null }[];
  scale: { min: number; max: number };
  minGroupSize: number;
}) {
  const { wave } = props;
  if (wave.dimensions.length < 3) return null;
  return (
    <section aria-label={`Radar per partner, wave ${wave.id}`} className="health-charts">
      {props.partners.map((p) => {
        const shown = wave.dimensions.some((d) => d.byPartner[p.id]);
        if (shown) return <Radar key={p.id} wave={wave} partner={p} scale={props.scale} />;
        const n = wave.responsesByPartner[p.id] ?? 0;
        return (
          <p key={p.id} className="muted" data-withheld={p.id}>
            {p.name ?? p.id}:{" "}
            {n === 0
              ? "no answers yet in this wave."
              : `withheld — fewer than ${props.minGroupSize} people have answered.`}
          </p>
        );
      })}
    </section>
  );
}
