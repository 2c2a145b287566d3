import { useEffect } from "react";
import type { AssessmentCounts } from "../../../../src/shared/health-links.ts";
import { apiFetch } from "../../api.ts";
import { useCan } from "../../hooks/useAccess.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { formatDate } from "../../lib/format.ts";
import { AssessmentLinks } from "./AssessmentLinks.tsx";
import "./health.css";

/** How often the live count is read again, in milliseconds. */
const REFRESH_MS = 10_000;

/**
 * Who has answered: the live count of responses per partner and wave (read again every ten
 * seconds), closing a wave, and — for editors and owners — links for partners to answer and the
 * reminders to send to partners still under the smallest group shown to others.
 */
export function AssessmentAnswering(props: {
  workspace: string;
  id: string;
  onChange: () => void;
}) {
  const base = `/workspaces/${props.workspace}/assessments/${props.id}`;
  const counts = useFetch<AssessmentCounts>(`${base}/counts`);
  const canEdit = useCan("editor");
  const { reload } = counts;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  // A new response changes the results too: read them again when the total moves.
  const total = counts.data?.waves.reduce((s, w) => s + w.total, 0) ?? null;
  const { onChange } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new total should reload
  useEffect(() => {
    if (total !== null) onChange();
  }, [total]);
  if (!counts.data) return null;
  const c = counts.data;
  const handleClose = async (wave: string) => {
    await apiFetch(`${base}/waves/${encodeURIComponent(wave)}/close`, { method: "POST" });
    counts.reload();
    props.onChange();
  };
  return (
    <section aria-labelledby="health-answering-title">
      <h3 id="health-answering-title">Who has answered</h3>
      <table className="sc-table" data-table="health-counts">
        <caption>
          Responses per partner (a partner's answers are shown to others from {c.minGroupSize}{" "}
          responses)
        </caption>
        <thead>
          <tr>
            <th scope="col">Wave</th>
            {c.waves[0]?.byPartner.map((p) => (
              <th scope="col" key={p.organisation}>
                {p.name ?? p.organisation}
              </th>
            ))}
            <th scope="col">Everyone</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {c.waves.map((w) => (
            <tr key={w.wave}>
              <th scope="row">
                {w.wave} ({formatDate(w.date)})
              </th>
              {w.byPartner.map((p) => (
                <td key={p.organisation} className="number" data-partner={p.organisation}>
                  {p.responses}
                </td>
              ))}
              <td className="number">{w.total}</td>
              <td>
                {w.state === "open" ? "Open" : "Closed"}
                {w.state === "open" && canEdit && (
                  <>
                    {" "}
                    <button type="button" onClick={() => handleClose(w.wave)}>
                      Close wave {w.wave}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && <AssessmentLinks workspace={props.workspace} base={base} counts={c} />}
    </section>
  );
}
