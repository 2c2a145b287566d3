import { useState } from "react";
import type { PortfolioEntry } from "../../../../src/shared/index.ts";
import { CONTINUUM_STAGES, STAGE_LABELS } from "../../../../src/shared/index.ts";
import { formatShare } from "../../lib/format.ts";

const W = 760;
const LEFT = 56;
const RIGHT = 16;
const TOP = 16;
const PLOT = 200;
const STRIP = 56;
const AXIS = 64;
const H = TOP + PLOT + STRIP + AXIS;

type ShareKey = "shareOfTurnover" | "shareOfStaff";

/** Splits a label into lines of about `width` characters, at spaces. */
function linesOf(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, 4);
}

/** The top of the share axis: the next 1–2–5 step above the largest share (0.1% to 100%). */
function axisTopOf(shares: number[]): number {
  const largest = Math.max(0, ...shares) * 1.15;
  const steps = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1];
  return steps.find((s) => s >= largest) ?? 1;
}

/**
 * Autonomy against depth: each partnership on the continuum (x: stage 0–7, 0 = most autonomy) at
 * the share of the organisation's turnover or staff it carries (y); those without a recorded share
 * sit in a strip underneath.
 */
export function PortfolioChart({ entries }: { entries: PortfolioEntry[] }) {
  const [key, setKey] = useState<ShareKey>("shareOfTurnover");
  const column = (W - LEFT - RIGHT) / 8;
  const xOf = (stage: number) => LEFT + column * (stage + 0.5);
  const known = entries.filter((e) => e[key] !== null);
  const top = axisTopOf(known.map((e) => e[key]!));
  const yOf = (share: number) => TOP + PLOT - (share / top) * PLOT;
  const unknownAt = new Map<number, number>();
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => t * top);
  const unknownCount = new Map<number, number>();
  for (const e of entries)
    if (e[key] === null) unknownCount.set(e.stage, (unknownCount.get(e.stage) ?? 0) + 1);
  const what = key === "shareOfTurnover" ? "turnover" : "staff";

  return (
    <figure className="chart-wide">
      <figcaption>
        Each partnership placed on the continuum (across) by the share of the organisation's{" "}
        <select
          aria-label="Share of"
          value={key}
          onChange={(event) => setKey(event.target.value as ShareKey)}
        >
          <option value="shareOfTurnover">turnover</option>
          <option value="shareOfStaff">staff</option>
        </select>{" "}
        it carries (up).
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Partnerships by continuum stage and share of ${what}`}
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={LEFT} x2={W - RIGHT} y1={yOf(t)} y2={yOf(t)} className="chart-grid" />
            <text x={LEFT - 6} y={yOf(t) + 3} textAnchor="end" className="chart-tick">
              {(t * 100).toLocaleString("en-GB", { maximumFractionDigits: 2 })}%
            </text>
          </g>
        ))}
        <text
          transform={`translate(14 ${TOP + PLOT / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart-title"
        >
          Share of {what}
        </text>
        <rect
          x={LEFT}
          y={TOP + PLOT + 8}
          width={W - LEFT - RIGHT}
          height={STRIP - 12}
          className="chart-strip"
        />
        <text x={LEFT + 4} y={TOP + PLOT + STRIP - 8} className="chart-tick">
          share not recorded
        </text>
        {CONTINUUM_STAGES.map((s) => (
          <g key={s}>
            <line
              x1={xOf(s)}
              x2={xOf(s)}
              y1={TOP}
              y2={TOP + PLOT + STRIP - 4}
              className="chart-grid"
            />
            <text
              x={xOf(s)}
              y={TOP + PLOT + STRIP + 10}
              textAnchor="middle"
              className="chart-stage"
            >
              {s}
            </text>
            <text x={xOf(s)} y={TOP + PLOT + STRIP + 22} textAnchor="middle" className="chart-tick">
              {linesOf(STAGE_LABELS[s], 16).map((line, i) => (
                <tspan key={line} x={xOf(s)} dy={i === 0 ? 0 : 10}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
        <text x={LEFT} y={H - 2} className="chart-tick">
          ← more autonomy
        </text>
        <text x={W - RIGHT} y={H - 2} textAnchor="end" className="chart-tick">
          deeper integration →
        </text>
        {entries.map((e) => {
          const share = e[key];
          const slot = unknownAt.get(e.stage) ?? 0;
          if (share === null) unknownAt.set(e.stage, slot + 1);
          const row = Math.min(5, (unknownCount.get(e.stage) ?? 1) - Math.floor(slot / 5) * 5);
          const x =
            share === null ? xOf(e.stage) + ((slot % 5) - (row - 1) / 2) * 12 : xOf(e.stage);
          const y = share === null ? TOP + PLOT + 16 + Math.floor(slot / 5) * 12 : yOf(share);
          return (
            <g key={e.id}>
              <circle cx={x} cy={y} r={5} className="chart-point" data-stage={e.stage}>
                <title>
                  {e.name}: stage {e.stage},{" "}
                  {share === null
                    ? `share of ${what} not recorded`
                    : `${formatShare(share)} of ${what}`}
                </title>
              </circle>
              {share !== null && (
                <text x={x + 8} y={y + 3} className="chart-tick">
                  {e.name.length > 28 ? `${e.name.slice(0, 27)}…` : e.name} ({formatShare(share)})
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
