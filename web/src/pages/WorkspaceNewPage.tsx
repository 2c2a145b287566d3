import { type FormEvent, useState } from "react";
import { type Workspace, workspaceSchema } from "../../../src/shared/index.ts";
import { ApiError, apiFetch } from "../api.ts";
import { TextField } from "../components/Fields.tsx";
import { FormErrors } from "../components/FormErrors.tsx";
import { useAccess } from "../hooks/useAccess.ts";
import { type FieldErrors, validateWith } from "../lib/validation.ts";
import { workspaceSlugOf } from "../lib/workspace-slug.ts";
import { Link, navigate } from "../router.tsx";

/** Creates a workspace (the signed-in person becomes its owner) and opens it. */
export function WorkspaceNewPage() {
  const { me, reloadMe } = useAccess();
  const taken = (me?.workspaces ?? []).map((w) => w.slug);
  const [name, setName] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const address = slug ?? workspaceSlugOf(name, taken);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const checked = validateWith(workspaceSchema, { slug: address, name });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      const created = await apiFetch<Workspace>("/workspaces", {
        method: "POST",
        body: checked.value,
      });
      reloadMe();
      navigate(`/w/${encodeURIComponent(created.slug)}/organisations`);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setMessage(`Not created: ${cause.message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="entity-form" onSubmit={handleSubmit} noValidate>
      <h1>New workspace</h1>
      <p>
        A workspace holds one set of organisations, partnerships, appraisals and imports. You will
        be its owner and can invite others.
      </p>
      <FormErrors errors={errors} message={message} />
      <TextField
        id="workspace-name"
        label="Name"
        value={name}
        onChange={setName}
        error={errors["$.name"]}
        errorPath="$.name"
        required
      />
      <TextField
        id="workspace-slug"
        label="Address"
        value={address}
        onChange={setSlug}
        error={errors["$.slug"]}
        errorPath="$.slug"
        hint={`Its pages will be at /w/${address || "…"}; lower-case letters, digits and dashes.`}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Creating…" : "Create workspace"}
        </button>
        <Link className="button" href="/">
          Cancel
        </Link>
      </div>
    </form>
  );
}
