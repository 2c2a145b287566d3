import { useState } from "react";
import type { CoproductionProjectView } from "../../../../src/shared/coproduction-results.ts";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { idFromName } from "../../lib/ids.ts";
import { navigate } from "../../router.tsx";
import { TextAreaField, TextField } from "../Fields.tsx";
import { FormErrors } from "../FormErrors.tsx";

/**
 * Starts a co-production project for a partnership: its title and what it is for; the stages are
 * recorded one by one on the project's page, where this opens.
 */
export function NewProject(props: {
  workspace: string;
  partnership: string;
  partnershipName: string;
}) {
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const submit = useSubmit();
  const { errors } = submit;
  const create = async (event: React.FormEvent) => {
    event.preventDefault();
    const body = {
      id: idFromName(title || "co-production"),
      title,
      description,
      partnership: props.partnership,
      currency: "GBP",
    };
    const made = await submit.run(() =>
      apiFetch<CoproductionProjectView>(
        `/workspaces/${encodeURIComponent(props.workspace)}/co-production-projects`,
        { method: "POST", body },
      ),
    );
    if (made)
      navigate(
        `/w/${encodeURIComponent(props.workspace)}/co-production/${encodeURIComponent(made.id)}`,
      );
  };
  return (
    <form
      className="entity-form"
      onSubmit={create}
      noValidate
      aria-label="New co-production project"
    >
      <h2>Start a co-production project with {props.partnershipName}</h2>
      <FormErrors errors={errors} message={submit.message} />
      <TextField
        id="new-coproduction-title"
        label="Title"
        errorPath="$.title"
        error={errors["$.title"]}
        value={title}
        onChange={setTitle}
        required
      />
      <TextAreaField
        id="new-coproduction-description"
        label="What the project is for"
        errorPath="$.description"
        error={errors["$.description"]}
        value={description}
        onChange={setDescription}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Starting…" : "Start the project"}
        </button>
      </div>
    </form>
  );
}
