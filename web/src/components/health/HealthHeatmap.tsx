import type { WaveResult } from "../../../../src/shared/health-results.ts";
import { formatDate } from "../../lib/format.ts";

const fmt = (x: number | null | undefined) => (x === null || x === undefined ? "—" : x.toFixed(2));

/** A cell's background: red (low) through white to green (high) on the instrument's scale. */
function shade(value: number, min: number, max: number): string {
  const t = (value - min) / (max - min);
  const hue = Math.round(120 * Math.min(1, Math.max(0, t)));
  return `hsl(${hue} 70% 85%)`;
}

/**
 * Dimensions × partners: each partner's mean (withheld under the three-respondent rule shows
 * "withheld"), the mean over everyone with r_wg, and the gap; the largest gaps are marked.
 */
export function HealthHeatmap({
  wave,
  partners,
  scale,
}: {
  wave: WaveResult;
  partners: { id: string; name: string | null }[];
  scale: { min: number; max: number };
}) {
  const largest = new Set(wave.largestGaps.map((g) => g.dimension));
  return (
    <table className="sc-table" data-table="health-heatmap">
      <caption>
        {/* The wave's id is a storage key: people know a wave by its date. */}
        Wave of {formatDate(wave.date)}: {wave.respondents}{" "}
        {wave.respondents === 1 ? "respondent" : "respondents"}
      </caption>
      <thead>
        <tr>
          <th scope="col">Dimension</th>
          {partners.map((p) => (
            <th scope="col" key={p.id}>
              {p.name ?? p.id} ({wave.responsesByPartner[p.id] ?? 0})
            </th>
          ))}
          <th scope="col">All</th>
          <th scope="col">r_wg</th>
          <th scope="col">Gap</th>
        </tr>
      </thead>
      <tbody>
        {wave.dimensions.map((d) => (
          <tr key={d.id}>
            <th scope="row">{d.name}</th>
            {partners.map((p) => {
              const g = d.byPartner[p.id];
              return g ? (
                <td
                  key={p.id}
                  className="number"
                  style={{ background: shade(g.mean, scale.min, scale.max) }}
                >
                  {fmt(g.mean)}
                </td>
              ) : (
                <td key={p.id} className="muted">
                  {(wave.responsesByPartner[p.id] ?? 0) > 0 ? "withheld" : "—"}
                </td>
              );
            })}
            <td className="number">{fmt(d.mean)}</td>
            <td className="number">
              {d.rwg === null ? "—" : `${fmt(d.rwg)}${d.rwgAgrees ? " ✓" : ""}`}
            </td>
            <td className="number">
              {largest.has(d.id) ? <strong>{fmt(d.gap)} (large)</strong> : fmt(d.gap)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
