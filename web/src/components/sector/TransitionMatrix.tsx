import type { TransitionsResult } from "../../../../src/shared/index.ts";
import { CONTINUUM_STAGES, STAGE_LABELS } from "../../../../src/shared/index.ts";
import { formatDate, formatNumber } from "../../lib/format.ts";

const stageLabel = (s: number) => STAGE_LABELS[s as keyof typeof STAGE_LABELS] ?? String(s);

/** The 8 × 8 matrix of moves between continuum stages as a heat-map table, and the commonest paths. */
export function TransitionMatrix({ transitions: t }: { transitions: TransitionsResult }) {
  if (t.empty)
    return (
      <p className="muted">
        No pair of organisations shared a partnership up to {formatDate(t.to)}.
      </p>
    );
  const most = Math.max(1, ...t.matrix.flat());
  return (
    <>
      <p>
        {formatNumber(t.pairs)} pairs of organisations, each followed through the deepest stage of
        any partnership they share, up to {formatDate(t.to)}
        {t.from ? `; moves counted from ${formatDate(t.from)}` : ""}. Rows: stage before; columns:
        stage after.
      </p>
      <div className="table-scroll">
        <table className="heat-table">
          <thead>
            <tr>
              <th scope="col">From ↓ / to →</th>
              {CONTINUUM_STAGES.map((s) => (
                <th key={s} scope="col" title={stageLabel(s)}>
                  {s} <span className="heat-head">{stageLabel(s)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.matrix.map((row, i) => (
              <tr key={stageLabel(i)}>
                <th scope="row">
                  {i} {stageLabel(i)}
                </th>
                {row.map((n, j) => (
                  <td
                    key={stageLabel(j)}
                    className="number heat-cell"
                    style={{
                      background:
                        n === 0 ? undefined : `rgba(29, 95, 138, ${0.12 + 0.88 * (n / most)})`,
                      color: n / most > 0.5 ? "#fff" : undefined,
                    }}
                    title={`${n} moves from ${stageLabel(i)} to ${stageLabel(j)}`}
                  >
                    {n === 0 ? "·" : formatNumber(n)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Commonest paths</h3>
      <ol className="paths-list">
        {t.paths.slice(0, 10).map((p) => (
          <li key={p.label}>
            <strong>{p.label}</strong> ({formatNumber(p.count)} pairs):{" "}
            {p.stages.map((s) => (s === 0 ? "exit / apart" : stageLabel(s))).join(" → ")}
          </li>
        ))}
      </ol>
    </>
  );
}
