import { useState } from "react";
import type { AppraisalDetail } from "../../../../src/shared/appraisal-views.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { useCan } from "../../hooks/useAccess.ts";
import { appraisalApiPath } from "../../lib/appraisal-paths.ts";

function optionName(a: AppraisalDetail, id: string | null): string {
  const doc = a.decided?.document ?? a.document;
  return doc.options.find((o) => o.id === id)?.name ?? id ?? "—";
}

/** Decide an option (freezing the latest version), or see the decision already taken. */
export function DecisionPanel(props: {
  workspace: string;
  appraisal: AppraisalDetail;
  onDecided: () => void;
}) {
  const a = props.appraisal;
  const canDecide = useCan("editor");
  const [option, setOption] = useState(a.document.options[0]!.id);
  const [error, setError] = useState<string | null>(null);
  const handleDecide = async () => {
    setError(null);
    try {
      await apiFetch(`${appraisalApiPath(props.workspace, a.id)}/decide`, {
        method: "POST",
        body: { option },
      });
      props.onDecided();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    }
  };
  return (
    <section className="option-card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      {a.decided && (
        <p data-testid="decision">
          Decided: <strong>{optionName(a, a.decided.option)}</strong> on version {a.decided.version}
          . That version is frozen: actuals are compared with it.
          {a.status === "draft" &&
            ` Version ${a.latestVersion} is a newer draft; deciding again moves the decision to it.`}
        </p>
      )}
      {a.status === "draft" && canDecide && (
        <div className="decide-row">
          <div className="field">
            <label htmlFor="decide-option">Option to decide</label>
            <select id="decide-option" value={option} onChange={(e) => setOption(e.target.value)}>
              {a.document.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="primary" onClick={handleDecide}>
            Decide and freeze version {a.latestVersion}
          </button>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
