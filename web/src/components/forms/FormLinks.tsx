import { useState } from "react";
import type { Items } from "../../../../src/shared/api-common.ts";
import type { FormLink, FormLinkMade } from "../../../../src/shared/forms.ts";
import { apiFetch } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { formsPath } from "./form-api.ts";

const KINDS = [
  { value: "shared", label: "Shared: anyone with the link, many times" },
  { value: "single_use", label: "Single use: one person, once" },
  { value: "interview", label: "Interview: a community researcher enters many people's answers" },
];
const KIND_NAMES: Record<string, string> = {
  shared: "Shared",
  single_use: "Single use",
  interview: "Interview",
};
const STATES: Record<string, string> = {
  active: "Active",
  used: "Used",
  expired: "Expired",
  revoked: "Withdrawn",
};

/** A form's links: make one (its address is shown once), list them, withdraw one. */
export function FormLinks({ workspace, form }: { workspace: string; form: string }) {
  const list = useFetch<Items<FormLink>>(formsPath(workspace, form, "/links"));
  const [kind, setKind] = useState("shared");
  const [label, setLabel] = useState("");
  const [phase, setPhase] = useState("");
  const [made, setMade] = useState<string | null>(null);
  const submit = useSubmit();
  const make = async () => {
    const body = { kind, label: label || null, phase: phase || null };
    const res = await submit.run(() =>
      apiFetch<FormLinkMade>(formsPath(workspace, form, "/links"), { method: "POST", body }),
    );
    if (res) {
      setMade(res.link);
      list.reload();
    }
  };
  const withdraw = async (id: string) => {
    await submit.run(() =>
      apiFetch(
        `/workspaces/${encodeURIComponent(workspace)}/respondent-links/${encodeURIComponent(id)}`,
        { method: "DELETE" },
      ),
    );
    list.reload();
  };
  return (
    <section aria-labelledby="form-links-title">
      <h2 id="form-links-title">Links to answer</h2>
      <SelectField
        id="link-kind"
        label="Kind of link"
        value={kind}
        onChange={setKind}
        options={KINDS}
      />
      <TextField
        id="link-label"
        label={kind === "interview" ? "Community researcher" : "Label (optional)"}
        value={label}
        onChange={setLabel}
        error={submit.errors["$.label"]}
      />
      <SelectField
        id="link-phase"
        label="Before or after the service"
        value={phase}
        onChange={setPhase}
        empty="Neither (no paired change)"
        options={[
          { value: "before", label: "Before" },
          { value: "after", label: "After" },
        ]}
      />
      {submit.message && (
        <p role="alert" className="field-error">
          {submit.message}
        </p>
      )}
      <button type="button" onClick={make} disabled={submit.busy}>
        Make link
      </button>
      {made && (
        <div className="field">
          <label htmlFor="made-link">Form link (shown only now: copy it)</label>
          <input id="made-link" readOnly value={made} />
        </div>
      )}
      <div className="table-scroll">
        <table data-table="form-links">
          <caption>Links made for this form</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Label or researcher</th>
              <th scope="col">Phase</th>
              <th scope="col" className="num">
                Answers
              </th>
              <th scope="col">State</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {(list.data?.items ?? []).map((l) => (
              <tr key={l.id}>
                <td>{KIND_NAMES[l.kind]}</td>
                <td>{l.label ?? "—"}</td>
                <td>{l.phase ?? "—"}</td>
                <td className="num">{l.uses}</td>
                <td data-state={l.state}>{STATES[l.state]}</td>
                <td>
                  {l.state === "active" && (
                    <button type="button" onClick={() => withdraw(l.id)}>
                      Withdraw
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
