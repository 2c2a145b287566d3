import type { ConstitutionalChangeResult } from "../../../../src/shared/index.ts";
import { EVENT_TYPE_LABELS, type EventType } from "../../../../src/shared/index.ts";
import { formatDate, formatNumber, formatShare } from "../../lib/format.ts";
import { formatMeasure } from "../../lib/landscape-format.ts";

/** Shares of organisations (and of large ones) that went through constitutional change in a period. */
export function ConstitutionalChange({ change: c }: { change: ConstitutionalChangeResult }) {
  if (c.empty)
    return <p className="muted">{c.note ?? `No organisation existed on ${formatDate(c.from)}.`}</p>;
  const years = Object.entries(c.byYear).sort(([a], [b]) => Number(a) - Number(b));
  return (
    <>
      <div className="stat-cards">
        <div className="stat-card">
          <h3>All organisations</h3>
          <p className="stat-value">{formatShare(c.share)}</p>
          <p>
            {formatNumber(c.changed)} of the {formatNumber(c.organisations)} existing on{" "}
            {formatDate(c.from)} merged, transferred engagements, formed or joined a group, or
            demerged by {formatDate(c.to)}.
          </p>
          <p className="stat-basis">
            Period {formatDate(c.from)} to {formatDate(c.to)}
          </p>
        </div>
        <div className="stat-card">
          <h3>Large organisations</h3>
          <p className="stat-value">
            {c.largeOrganisations === 0 ? "—" : formatShare(c.shareLarge)}
          </p>
          <p>
            {c.largeOrganisations === 0
              ? `No organisation had ${formatMeasure(c.metric, c.large)} or more ${c.metric} on ${formatDate(c.from)}.`
              : `${formatNumber(c.largeChanged)} of the ${formatNumber(c.largeOrganisations)} with ${formatMeasure(c.metric, c.large)} or more ${c.metric} on ${formatDate(c.from)}.`}
          </p>
          <p className="stat-basis">
            'Large' = at least {formatMeasure(c.metric, c.large)} {c.metric} on {formatDate(c.from)}
          </p>
        </div>
      </div>
      {years.length > 0 && (
        <details>
          <summary>All life-cycle events in the period, by year</summary>
          <ul>
            {years.map(([year, counts]) => (
              <li key={year}>
                <strong>{year}</strong>:{" "}
                {Object.entries(counts)
                  .map(([t, n]) => `${n} ${EVENT_TYPE_LABELS[t as EventType].toLowerCase()}`)
                  .join(", ")}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
