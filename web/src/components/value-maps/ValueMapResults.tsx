import type { ValueMapResult } from "../../../../src/shared/value-map-results.ts";
import { formatMoney } from "../../lib/format.ts";

const ratio = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : value.toFixed(2);

/** A value map's results: one row per perspective with its ratios and Monte Carlo range, then flags. */
export function ValueMapResults({
  result,
  names,
  currency,
}: {
  result: ValueMapResult;
  names: Record<string, string>;
  currency: string;
}) {
  return (
    <>
      {/* Focusable and named so keyboard users can scroll the table on a narrow screen (axe). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus */}
      <section className="table-scroll" tabIndex={0} aria-label="Ratios by perspective">
        <table>
          <caption>Social return by perspective (present values)</caption>
          <thead>
            <tr>
              <th scope="col">Perspective</th>
              <th scope="col" className="num">
                PV benefits
              </th>
              <th scope="col" className="num">
                PV inputs
              </th>
              <th scope="col" className="num">
                NPV
              </th>
              <th scope="col" className="num">
                Ratio
              </th>
              <th scope="col" className="num">
                Net ratio
              </th>
              <th scope="col" className="num">
                P10–P90
              </th>
            </tr>
          </thead>
          <tbody>
            {result.perspectives.map((p) => (
              <tr key={p.id}>
                <th scope="row">{names[p.id] ?? p.id}</th>
                <td className="num">{formatMoney(p.pvBenefits, currency)}</td>
                <td className="num">{formatMoney(p.pvInputs, currency)}</td>
                <td className="num">{formatMoney(p.npv, currency)}</td>
                <td className="num">
                  <strong>{ratio(p.ratio)}</strong>
                </td>
                <td className="num">{ratio(p.netRatio)}</td>
                <td className="num">
                  {p.monteCarlo ? `${ratio(p.monteCarlo.p10)}–${ratio(p.monteCarlo.p90)}` : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {result.flags.length > 0 && (
        <section aria-label="Flags">
          <h2>Flags</h2>
          <ul>
            {result.flags.map((f) => (
              <li key={`${f.code}${f.path}`}>
                {f.message} <code>{f.path}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
