import { useState } from "react";
import {
  MERLIN_ITEMS,
  MERLIN_PRINCIPLES,
  MERLIN_RELATION_LABELS,
  MERLIN_RELATIONS,
  MERLIN_SCALE,
  type MerlinRelation,
} from "../../../src/shared/merlin.ts";
import { ApiError, apiFetch } from "../api.ts";
import { useCan } from "../hooks/useAccess.ts";
import { supplyChainPath } from "../lib/supply-chain-api.ts";
import "../components/supply-chain/supply-chain.css";

/** The confidential partner survey: one page, no names, agreement 1–5 with each statement. */
export function SupplyChainSurveyPage({ workspace, id }: { workspace: string; id: string }) {
  const [relation, setRelation] = useState<MerlinRelation | "">("");
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canSend = useCan("editor");

  const handleSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await apiFetch(supplyChainPath(workspace, id, "/merlin/responses"), {
        method: "POST",
        body: { relation, answers },
      });
      setDone(true);
    } catch (cause) {
      setError(
        cause instanceof ApiError
          ? `${cause.message}${cause.problems.length ? `: ${cause.problems.map((p) => `${p.path} ${p.message}`).join("; ")}` : ""}`
          : String(cause),
      );
    }
  };

  if (done)
    return (
      <div className="sc-survey">
        <h1>Thank you</h1>
        <p>
          Your answers have been recorded without your name. Results are only shown for groups of
          three or more partners.
        </p>
      </div>
    );
  return (
    <form className="sc-survey" onSubmit={handleSubmit}>
      <h1>How does this supply chain work for its partners?</h1>
      <p>
        This survey is confidential: we do not ask for your name or organisation, and answers are
        only shown for groups of three or more. Answer the statements you can; skip any you cannot
        judge.
      </p>
      <fieldset className="sc-fieldset">
        <legend>You are a…</legend>
        {MERLIN_RELATIONS.map((r) => (
          <label key={r} className="sc-radio">
            <input
              type="radio"
              name="relation"
              value={r}
              checked={relation === r}
              onChange={() => setRelation(r)}
            />{" "}
            {MERLIN_RELATION_LABELS[r]}
          </label>
        ))}
      </fieldset>
      {MERLIN_PRINCIPLES.map((p) => (
        <fieldset key={p.id} className="sc-fieldset">
          <legend>{p.name}</legend>
          {MERLIN_ITEMS.filter((item) => item.principle === p.id).map((item) => (
            <div key={item.id} className="sc-item" role="radiogroup" aria-label={item.text}>
              <p>{item.text}</p>
              {MERLIN_SCALE.map((s) => (
                <label key={s.value} className="sc-radio">
                  <input
                    type="radio"
                    name={item.id}
                    value={s.value}
                    checked={answers[item.id] === s.value}
                    onChange={() => setAnswers({ ...answers, [item.id]: s.value })}
                  />{" "}
                  {s.label}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      ))}
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {canSend ? (
        <button
          type="submit"
          className="button primary"
          disabled={!relation || Object.keys(answers).length === 0}
        >
          Send my answers
        </button>
      ) : (
        <p className="muted">
          Editors and owners record answers here; partners answer through their own link.
        </p>
      )}
    </form>
  );
}
