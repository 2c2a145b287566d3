import { useState } from "react";
import {
  CONTINUUM_STAGES,
  DIRECTION_LABELS,
  FORM_LABELS,
  FUNCTION_LABELS,
  FUNCTIONS,
  ORIGIN_LABELS,
  type Partnership,
  partnershipSchema,
  STAGE_LABELS,
} from "../../../src/shared/index.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormShell, StoredEntity } from "../components/FormShell.tsx";
import { IntegrationEditor } from "../components/IntegrationEditor.tsx";
import { MembersEditor } from "../components/MembersEditor.tsx";
import { OrganisationPicker } from "../components/OrganisationPicker.tsx";
import { useEntityForm } from "../hooks/useEntityForm.ts";
import { useOrganisationNames } from "../hooks/useNames.ts";
import { recordFormedEvent } from "../lib/formed-event.ts";
import { optionsOf } from "../lib/options.ts";
import {
  draftOfPartnership,
  EMPTY_PARTNERSHIP,
  inputOfPartnershipDraft,
  type PartnershipDraft,
} from "../lib/partnership-form.ts";

const STAGE_OPTIONS = CONTINUUM_STAGES.map((s) => ({
  value: String(s),
  label: `${s} · ${STAGE_LABELS[s]}`,
}));

/** Creates a new partnership (id null) or edits a stored one, members included. */
export function PartnershipFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  return (
    <StoredEntity<Partnership>
      workspace={workspace}
      resource="partnerships"
      id={id}
      what="the partnership"
    >
      {(stored) => (
        <PartnershipForm
          workspace={workspace}
          id={id}
          initial={stored ? draftOfPartnership(stored) : EMPTY_PARTNERSHIP}
        />
      )}
    </StoredEntity>
  );
}

function PartnershipForm(props: {
  workspace: string;
  id: string | null;
  initial: PartnershipDraft;
}) {
  const { workspace, id } = props;
  // Offered on creation only: a new partnership's 'Formed' event, on its start date.
  const [withFormed, setWithFormed] = useState(true);
  const form = useEntityForm({
    schema: partnershipSchema,
    workspace,
    resource: "partnerships",
    id,
    initial: props.initial,
    toInput: inputOfPartnershipDraft,
    afterSave: async (saved, _draft, created) => {
      if (created && withFormed) await recordFormedEvent(workspace, saved);
    },
  });
  const { draft, set, field, errors } = form;
  const names = useOrganisationNames(workspace, [
    ...props.initial.members.map((m) => m.organisation),
    props.initial.commissioner,
  ]);

  const handleFunction = (fn: string, on: boolean) =>
    set("functions")(on ? [...draft.functions, fn] : draft.functions.filter((f) => f !== fn));

  return (
    <FormShell
      form={form}
      title={id === null ? "New partnership" : `Edit ${props.initial.name}`}
      createLabel="Create partnership"
      creating={id === null}
    >
      <TextField id="partnership-name" label="Name" {...field("name")} required />
      {id === null && (
        <CheckboxField
          id="partnership-formed"
          label="Record a 'Formed' life-cycle event on the start date"
          checked={withFormed}
          onChange={setWithFormed}
        />
      )}
      <div className="field-row">
        <SelectField
          id="partnership-form"
          label="Form"
          {...field("form")}
          options={optionsOf(FORM_LABELS)}
        />
        <SelectField
          id="partnership-stage"
          label="Continuum stage"
          {...field("stage")}
          options={STAGE_OPTIONS}
        />
      </div>
      <div className="field-row">
        <SelectField
          id="partnership-direction"
          label="Direction"
          {...field("direction")}
          options={optionsOf(DIRECTION_LABELS)}
        />
        <SelectField
          id="partnership-origin"
          label="Origin"
          {...field("origin")}
          options={optionsOf(ORIGIN_LABELS)}
        />
      </div>
      <fieldset>
        <legend>Functions (form follows function)</legend>
        <div className="checks">
          {FUNCTIONS.map((fn) => (
            <CheckboxField
              key={fn}
              id={`function-${fn}`}
              label={FUNCTION_LABELS[fn]}
              checked={draft.functions.includes(fn)}
              onChange={(on) => handleFunction(fn, on)}
            />
          ))}
        </div>
      </fieldset>
      <OrganisationPicker
        id="partnership-commissioner"
        label="Commissioner"
        workspace={workspace}
        names={names}
        {...field("commissioner")}
      />
      <div className="field-row">
        <TextField id="partnership-start" label="Start" type="date" {...field("start")} />
        <TextField id="partnership-end" label="End" type="date" {...field("end")} />
      </div>
      <TextAreaField id="partnership-description" label="Description" {...field("description")} />
      <MembersEditor
        workspace={workspace}
        members={draft.members}
        names={names}
        errors={errors}
        onChange={set("members")}
      />
      <IntegrationEditor rows={draft.integration} errors={errors} onChange={set("integration")} />
    </FormShell>
  );
}
