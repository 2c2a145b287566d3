import type { EvidenceSummary } from "../../../../src/shared/codebook.ts";

/**
 * The theme summary as a table whose cells are shaded by count (darker = more items): rows are
 * codes (indented as in the codebook), columns the chosen property. Every cell also shows its number.
 */
export function SummaryHeatmap(props: {
  summary: EvidenceSummary;
  columnLabel: (key: string) => string;
  caption: string;
}) {
  const { summary } = props;
  const max = Math.max(1, ...summary.rows.flatMap((r) => Object.values(r.counts)));
  // Focusable and named so a keyboard can scroll a wide table (axe: scrollable-region-focusable).
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus
    <section className="table-scroll" tabIndex={0} aria-label={props.caption}>
      <table className="heatmap">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            {summary.columns.map((c) => (
              <th key={c} scope="col">
                {props.columnLabel(c)}
              </th>
            ))}
            <th scope="col">All</th>
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" style={{ paddingInlineStart: `${0.5 + row.depth * 1.25}rem` }}>
                {row.name}
              </th>
              {summary.columns.map((c) => {
                const n = row.counts[c] ?? 0;
                const share = n / max;
                return (
                  <td
                    key={c}
                    className="number"
                    data-code={row.code}
                    data-column={c}
                    // Dark cells switch to white text so the number stays readable (contrast).
                    style={{
                      background: n ? `rgba(37, 99, 235, ${0.1 + 0.8 * share})` : undefined,
                      color: share > 0.5 ? "#fff" : undefined,
                    }}
                  >
                    {n}
                  </td>
                );
              })}
              <td className="number">{row.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
