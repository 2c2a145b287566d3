import { type FormEvent, useState } from "react";
import {
  KIND_LABELS,
  NATION_LABELS,
  type Organisation,
  organisationSchema,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import { resourcePath } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FactsEditor } from "../components/FactsEditor.tsx";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormErrors } from "../components/FormErrors.tsx";
import { IdentifiersEditor } from "../components/IdentifiersEditor.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useSave } from "../hooks/useSave.ts";
import { optionsOf } from "../lib/options.ts";
import {
  draftOfOrganisation,
  EMPTY_ORGANISATION,
  inputOfOrganisationDraft,
  type OrganisationDraft,
} from "../lib/organisation-form.ts";
import { Link, navigate } from "../router.tsx";

/** Creates a new organisation (id null) or edits a stored one. */
export function OrganisationFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  const stored = useFetch<Organisation>(
    id === null ? null : resourcePath(workspace, "organisations", id),
  );
  if (stored.error) return <ErrorNotice error={stored.error} />;
  if (id !== null && !stored.data) return <Loading what="the organisation" />;
  const initial = stored.data ? draftOfOrganisation(stored.data) : EMPTY_ORGANISATION;
  return <OrganisationForm workspace={workspace} id={id} initial={initial} />;
}

function OrganisationForm(props: {
  workspace: string;
  id: string | null;
  initial: OrganisationDraft;
}) {
  const { workspace, id } = props;
  const [draft, setDraft] = useState(props.initial);
  const { errors, message, busy, save } = useSave(
    organisationSchema,
    workspace,
    "organisations",
    id,
  );
  const set =
    <K extends keyof OrganisationDraft>(key: K) =>
    (value: OrganisationDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const base = `/w/${encodeURIComponent(workspace)}/organisations`;
  const cancel = id === null ? base : `${base}/${encodeURIComponent(id)}`;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save(inputOfOrganisationDraft(draft, id === null));
    if (saved) navigate(`${base}/${encodeURIComponent(saved.id)}`);
  };

  return (
    <form className="entity-form" onSubmit={handleSubmit} noValidate>
      <h1>{id === null ? "New organisation" : `Edit ${props.initial.name}`}</h1>
      <FormErrors errors={errors} message={message} />
      <TextField
        id="org-name"
        label="Name"
        value={draft.name}
        onChange={set("name")}
        error={errors["$.name"]}
        required
      />
      {id === null && (
        <TextField
          id="org-id"
          label="Org-id identifier (optional)"
          value={draft.id}
          onChange={set("id")}
          error={errors["$.id"]}
          placeholder="GB-CHC-1234567"
          hint="The organisation's org-id.guide identifier, e.g. GB-CHC-1234567 for a registered charity. Leave empty to make one from the name."
        />
      )}
      <div className="field-row">
        <SelectField
          id="org-sector"
          label="Sector"
          value={draft.sector}
          onChange={set("sector")}
          options={optionsOf(SECTOR_LABELS)}
          error={errors["$.sector"]}
        />
        <SelectField
          id="org-kind"
          label="Kind"
          value={draft.kind}
          onChange={set("kind")}
          options={optionsOf(KIND_LABELS)}
          error={errors["$.kind"]}
        />
        <SelectField
          id="org-nation"
          label="Nation"
          value={draft.nation}
          onChange={set("nation")}
          options={optionsOf(NATION_LABELS)}
          empty="Not known"
          error={errors["$.nation"]}
        />
      </div>
      <TextAreaField
        id="org-other-names"
        label="Other names (one per line)"
        rows={2}
        value={draft.otherNames}
        onChange={set("otherNames")}
        error={errors["$.otherNames"] ?? firstUnder(errors, "$.otherNames[")}
      />
      <TextAreaField
        id="org-fields"
        label="Fields of work (one per line)"
        rows={2}
        value={draft.fields}
        onChange={set("fields")}
        error={errors["$.fields"] ?? firstUnder(errors, "$.fields[")}
      />
      <CheckboxField
        id="org-illustrative"
        label="Illustrative (made-up or anonymised data)"
        checked={draft.illustrative}
        onChange={set("illustrative")}
      />
      <IdentifiersEditor
        identifiers={draft.identifiers}
        errors={errors}
        onChange={set("identifiers")}
      />
      <FactsEditor facts={draft.facts} errors={errors} onChange={set("facts")} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Saving…" : id === null ? "Create organisation" : "Save changes"}
        </button>
        <Link className="button" href={cancel}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

/** The first error among a list's items (e.g. any of `$.otherNames[i]`). */
export function firstUnder(errors: Record<string, string>, prefix: string): string | undefined {
  return Object.entries(errors).find(([path]) => path.startsWith(prefix))?.[1];
}
