import type { ReactNode } from "react";
import { resourcePath } from "../api.ts";
import type { EntityForm } from "../hooks/useEntityForm.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { Link } from "../router.tsx";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";
import { FormErrors } from "./FormErrors.tsx";

/** An entity form's frame: title, error summary, the fields, and Create/Save and Cancel. */
export function FormShell<D>(props: {
  form: EntityForm<D>;
  title: string;
  /** The submit button's label when creating, e.g. "Create organisation". */
  createLabel: string;
  creating: boolean;
  children: ReactNode;
}) {
  const { form } = props;
  return (
    <form className="entity-form" onSubmit={form.handleSubmit} noValidate>
      <h1>{props.title}</h1>
      <FormErrors errors={form.errors} message={form.message} />
      {props.children}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.busy}>
          {form.busy ? "Saving…" : props.creating ? props.createLabel : "Save changes"}
        </button>
        <Link className="button" href={form.cancel}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** Loads the stored entity to edit (none when `id` is null), then renders its form. */
export function StoredEntity<T>(props: {
  workspace: string;
  resource: string;
  id: string | null;
  /** What is loading, e.g. "the organisation". */
  what: string;
  children: (stored: T | null) => ReactNode;
}) {
  const { id } = props;
  const stored = useFetch<T>(
    id === null ? null : resourcePath(props.workspace, props.resource, id),
  );
  if (stored.error) return <ErrorNotice error={stored.error} />;
  if (id !== null && !stored.data) return <Loading what={props.what} />;
  return <>{props.children(stored.data ?? null)}</>;
}
