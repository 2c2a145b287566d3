import { useState } from "react";
import type { RealisationView } from "../../../../src/shared/appraisal-views.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useCan } from "../../hooks/useAccess.ts";
import { shortMoney } from "../../lib/appraisal-chart.ts";
import { appraisalApiPath } from "../../lib/appraisal-paths.ts";

/** A grid of lines × years to record actual amounts for the decided option, saved all at once. */
export function ActualsGrid(props: {
  workspace: string;
  id: string;
  realisation: RealisationView;
  currency: string;
  onSaved: () => void;
}) {
  const r = props.realisation;
  const canSave = useCan("editor");
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const key = (line: string, year: number) => `${line}|${year}`;
  const handleSave = async () => {
    setMessage(null);
    const body = Object.entries(edits)
      .filter(([, text]) => text.trim() !== "")
      .map(([k, text]) => {
        const [line, year] = k.split("|");
        return { option: r.option, line: line!, year: Number(year), amount: Number(text) };
      });
    try {
      await apiFetch(`${appraisalApiPath(props.workspace, props.id)}/actuals`, {
        method: "PUT",
        body,
      });
      setEdits({});
      setMessage(`Saved ${body.length} actual${body.length === 1 ? "" : "s"}.`);
      props.onSaved();
    } catch (cause) {
      const api = cause instanceof ApiError ? cause : null;
      const first = api?.problems[0];
      setMessage(
        `Not saved: ${api?.message ?? String(cause)}${first ? ` (${first.path}: ${first.message})` : ""}`,
      );
    }
  };
  return (
    <section aria-labelledby="actuals-heading">
      <h2 id="actuals-heading">Record actuals</h2>
      <p className="muted">
        Actual savings made (or costs paid) per line and year, as positive amounts like the plan.
        The greyed figure in each box is the plan.
      </p>
      <div className="table-scroll actuals-grid">
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {r.years.map((y) => (
                <th key={y.year} scope="col" className="num">
                  Year {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.lines.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.name}</th>
                {r.years.map(({ year }) => (
                  <td key={year}>
                    <input
                      type="number"
                      inputMode="decimal"
                      readOnly={!canSave}
                      aria-label={`Actual for ${l.name}, year ${year}`}
                      placeholder={shortMoney(l.planned[year] ?? 0, props.currency)}
                      value={
                        edits[key(l.id, year)] ??
                        (l.actual[year] === null ? "" : String(l.actual[year]))
                      }
                      onChange={(e) => setEdits({ ...edits, [key(l.id, year)]: e.target.value })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form-actions" hidden={!canSave}>
        <button
          type="button"
          className="primary"
          onClick={handleSave}
          disabled={Object.keys(edits).length === 0}
        >
          Save actuals
        </button>
        {message && <span role="status">{message}</span>}
      </div>
    </section>
  );
}
