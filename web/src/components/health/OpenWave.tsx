import { useState } from "react";
import type { WaveView } from "../../../../src/shared/health-views.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { formatDate } from "../../lib/format.ts";
import { TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { healthPath } from "./health-setup-types.ts";

/** Opens a wave of an assessment on a date; partners can answer it until it is closed. */
export function OpenWave(props: { workspace: string; id: string; onOpened: () => void }) {
  const [date, setDate] = useState("");
  const [opened, setOpened] = useState<string | null>(null);
  const submit = useSubmit();
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    setOpened(null);
    // The wave's id is its date, so two waves cannot share a day by accident.
    const path = healthPath(props.workspace, `assessments/${encodeURIComponent(props.id)}/waves`);
    const made = await submit.run(() =>
      apiFetch<WaveView>(path, {
        method: "POST",
        body: { id: date ? `wave-${date}` : "wave", date },
      }),
    );
    if (!made) return;
    setOpened(`The wave of ${formatDate(made.date)} is open for answers.`);
    setDate("");
    props.onOpened();
  };
  return (
    <form className="entity-form" onSubmit={send} noValidate aria-label="Open a wave">
      <h3>Open a wave</h3>
      <FormErrors errors={submit.errors} message={submit.message} />
      <TextField
        id={`${props.id}-wave-date`}
        label="Date of the wave"
        type="date"
        value={date}
        onChange={setDate}
        errorPath="$.date"
        error={submit.errors["$.date"] ?? submit.errors["$.id"]}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Opening…" : "Open wave"}
        </button>
      </div>
      {opened && (
        <p role="status" className="notice">
          {opened}
        </p>
      )}
    </form>
  );
}
