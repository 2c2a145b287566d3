import { useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { Instrument } from "../../../../src/shared/instruments.ts";
import { apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { idFromName } from "../../lib/ids.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";
import { healthPath, type InstrumentSummary } from "./health-setup-types.ts";
import { InstrumentWording } from "./InstrumentWording.tsx";

/**
 * Copies an instrument (shipped or the workspace's) under a new name, or picks one of the
 * workspace's own copies, then edits its wording as a new version.
 */
export function InstrumentCopy({ workspace }: { workspace: string }) {
  const list = useFetch<Items<InstrumentSummary>>(healthPath(workspace, "instruments"));
  const [from, setFrom] = useState("");
  const [name, setName] = useState("");
  const [editing, setEditing] = useState<Instrument | null>(null);
  const submit = useSubmit();
  const items = list.data?.items ?? [];
  const copy = async (event: React.FormEvent) => {
    event.preventDefault();
    const made = await submit.run(() =>
      apiFetch<Instrument>(healthPath(workspace, "instruments"), {
        method: "POST",
        body: { from, id: idFromName(name || "instrument"), ...(name ? { name } : {}) },
      }),
    );
    if (!made) return;
    setName("");
    setEditing(made);
    list.reload();
  };
  const edit = async (id: string) => {
    const path = healthPath(workspace, `instruments/${encodeURIComponent(id)}`);
    const found = await submit.run(() => apiFetch<Instrument>(path));
    if (found) setEditing(found);
  };
  const own = items.filter((i) => !i.shipped);
  return (
    <section aria-label="Instruments">
      <form className="entity-form" onSubmit={copy} noValidate aria-label="Copy an instrument">
        <h2>Copy an instrument to change its wording</h2>
        <p className="muted">
          Shipped instruments stay as they are; a copy is yours to edit, and each save is a new
          version so that waves answered on an older one stay comparable.
        </p>
        <FormErrors errors={submit.errors} message={submit.message} />
        <SelectField
          id="instrument-from"
          label="Instrument to copy"
          empty="Choose an instrument"
          options={items.map((i) => ({ value: i.id, label: i.name }))}
          value={from}
          onChange={setFrom}
          errorPath="$.from"
          error={submit.errors["$.from"]}
        />
        <TextField
          id="instrument-copy-name"
          label="Name of the copy"
          value={name}
          onChange={setName}
          errorPath="$.name"
          error={submit.errors["$.name"]}
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={submit.busy}>
            Copy instrument
          </button>
        </div>
      </form>
      {own.length > 0 && (
        <p>
          Your workspace's instruments:{" "}
          {own.map((i) => (
            <button key={i.id} type="button" className="link" onClick={() => edit(i.id)}>
              Edit {i.name} (version {Math.max(...i.versions)})
            </button>
          ))}
        </p>
      )}
      {editing && (
        <InstrumentWording
          key={`${editing.id}:${editing.version}`}
          workspace={workspace}
          instrument={editing}
          onSaved={() => list.reload()}
        />
      )}
    </section>
  );
}
