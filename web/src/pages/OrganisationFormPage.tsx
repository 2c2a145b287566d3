import {
  KIND_LABELS,
  NATION_LABELS,
  type Organisation,
  organisationSchema,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import { FactsEditor } from "../components/FactsEditor.tsx";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormShell, StoredEntity } from "../components/FormShell.tsx";
import { IdentifiersEditor } from "../components/IdentifiersEditor.tsx";
import { useEntityForm } from "../hooks/useEntityForm.ts";
import { optionsOf } from "../lib/options.ts";
import {
  draftOfOrganisation,
  EMPTY_ORGANISATION,
  inputOfOrganisationDraft,
  type OrganisationDraft,
} from "../lib/organisation-form.ts";

/** Creates a new organisation (id null) or edits a stored one. */
export function OrganisationFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  return (
    <StoredEntity<Organisation>
      workspace={workspace}
      resource="organisations"
      id={id}
      what="the organisation"
    >
      {(stored) => (
        <OrganisationForm
          workspace={workspace}
          id={id}
          initial={stored ? draftOfOrganisation(stored) : EMPTY_ORGANISATION}
        />
      )}
    </StoredEntity>
  );
}

function OrganisationForm(props: {
  workspace: string;
  id: string | null;
  initial: OrganisationDraft;
}) {
  const { id } = props;
  const form = useEntityForm({
    schema: organisationSchema,
    workspace: props.workspace,
    resource: "organisations",
    id,
    initial: props.initial,
    toInput: inputOfOrganisationDraft,
  });
  const { draft, set, field, errors } = form;
  return (
    <FormShell
      form={form}
      title={id === null ? "New organisation" : `Edit ${props.initial.name}`}
      createLabel="Create organisation"
      creating={id === null}
    >
      <TextField id="org-name" label="Name" {...field("name")} required />
      {id === null && (
        <TextField
          id="org-id"
          label="Org-id identifier (optional)"
          {...field("id")}
          placeholder="GB-CHC-1234567"
          hint="The organisation's org-id.guide identifier, e.g. GB-CHC-1234567 for a registered charity. Leave empty to make one from the name."
        />
      )}
      <div className="field-row">
        <SelectField
          id="org-sector"
          label="Sector"
          {...field("sector")}
          options={optionsOf(SECTOR_LABELS)}
        />
        <SelectField
          id="org-kind"
          label="Kind"
          {...field("kind")}
          options={optionsOf(KIND_LABELS)}
        />
        <SelectField
          id="org-nation"
          label="Nation"
          {...field("nation")}
          options={optionsOf(NATION_LABELS)}
          empty="Not known"
        />
      </div>
      <TextAreaField
        id="org-other-names"
        label="Other names (one per line)"
        rows={2}
        {...field("otherNames")}
        error={errors["$.otherNames"] ?? firstUnder(errors, "$.otherNames[")}
      />
      <TextAreaField
        id="org-fields"
        label="Fields of work (one per line)"
        rows={2}
        {...field("fields")}
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
    </FormShell>
  );
}

/** The first error among a list's items (e.g. any of `$.otherNames[i]`). */
export function firstUnder(errors: Record<string, string>, prefix: string): string | undefined {
  return Object.entries(errors).find(([path]) => path.startsWith(prefix))?.[1];
}
