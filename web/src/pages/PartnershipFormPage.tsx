import { type FormEvent, useState } from "react";
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
import { resourcePath } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormErrors } from "../components/FormErrors.tsx";
import { IntegrationEditor } from "../components/IntegrationEditor.tsx";
import { MembersEditor } from "../components/MembersEditor.tsx";
import { OrganisationPicker } from "../components/OrganisationPicker.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useOrganisationNames } from "../hooks/useNames.ts";
import { useSave } from "../hooks/useSave.ts";
import { optionsOf } from "../lib/options.ts";
import {
  draftOfPartnership,
  EMPTY_PARTNERSHIP,
  inputOfPartnershipDraft,
  type PartnershipDraft,
} from "../lib/partnership-form.ts";
import { Link, navigate } from "../router.tsx";

const STAGE_OPTIONS = CONTINUUM_STAGES.map((s) => ({
  value: String(s),
  label: `${s} · ${STAGE_LABELS[s]}`,
}));

/** Creates a new partnership (id null) or edits a stored one, members included. */
export function PartnershipFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  const stored = useFetch<Partnership>(
    id === null ? null : resourcePath(workspace, "partnerships", id),
  );
  if (stored.error) return <ErrorNotice error={stored.error} />;
  if (id !== null && !stored.data) return <Loading what="the partnership" />;
  const initial = stored.data ? draftOfPartnership(stored.data) : EMPTY_PARTNERSHIP;
  return <PartnershipForm workspace={workspace} id={id} initial={initial} />;
}

function PartnershipForm(props: {
  workspace: string;
  id: string | null;
  initial: PartnershipDraft;
}) {
  const { workspace, id } = props;
  const [draft, setDraft] = useState(props.initial);
  const { errors, message, busy, save } = useSave(partnershipSchema, workspace, "partnerships", id);
  const names = useOrganisationNames(workspace, [
    ...props.initial.members.map((m) => m.organisation),
    props.initial.commissioner,
  ]);
  const set =
    <K extends keyof PartnershipDraft>(key: K) =>
    (value: PartnershipDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const base = `/w/${encodeURIComponent(workspace)}/partnerships`;
  const cancel = id === null ? base : `${base}/${encodeURIComponent(id)}`;

  const handleFunction = (fn: string, on: boolean) =>
    set("functions")(on ? [...draft.functions, fn] : draft.functions.filter((f) => f !== fn));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await save(inputOfPartnershipDraft(draft, id === null));
    if (saved) navigate(`${base}/${encodeURIComponent(saved.id)}`);
  };

  return (
    <form className="entity-form" onSubmit={handleSubmit} noValidate>
      <h1>{id === null ? "New partnership" : `Edit ${props.initial.name}`}</h1>
      <FormErrors errors={errors} message={message} />
      <TextField
        id="partnership-name"
        label="Name"
        value={draft.name}
        onChange={set("name")}
        error={errors["$.name"]}
        required
      />
      <div className="field-row">
        <SelectField
          id="partnership-form"
          label="Form"
          value={draft.form}
          onChange={set("form")}
          options={optionsOf(FORM_LABELS)}
          error={errors["$.form"]}
        />
        <SelectField
          id="partnership-stage"
          label="Continuum stage"
          value={draft.stage}
          onChange={set("stage")}
          options={STAGE_OPTIONS}
          error={errors["$.stage"]}
        />
      </div>
      <div className="field-row">
        <SelectField
          id="partnership-direction"
          label="Direction"
          value={draft.direction}
          onChange={set("direction")}
          options={optionsOf(DIRECTION_LABELS)}
          error={errors["$.direction"]}
        />
        <SelectField
          id="partnership-origin"
          label="Origin"
          value={draft.origin}
          onChange={set("origin")}
          options={optionsOf(ORIGIN_LABELS)}
          error={errors["$.origin"]}
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
        value={draft.commissioner}
        names={names}
        error={errors["$.commissioner"]}
        onChange={set("commissioner")}
      />
      <div className="field-row">
        <TextField
          id="partnership-start"
          label="Start"
          type="date"
          value={draft.start}
          onChange={set("start")}
          error={errors["$.start"]}
        />
        <TextField
          id="partnership-end"
          label="End"
          type="date"
          value={draft.end}
          onChange={set("end")}
          error={errors["$.end"]}
        />
      </div>
      <TextAreaField
        id="partnership-description"
        label="Description"
        value={draft.description}
        onChange={set("description")}
        error={errors["$.description"]}
      />
      <MembersEditor
        workspace={workspace}
        members={draft.members}
        names={names}
        errors={errors}
        onChange={set("members")}
      />
      <IntegrationEditor rows={draft.integration} errors={errors} onChange={set("integration")} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Saving…" : id === null ? "Create partnership" : "Save changes"}
        </button>
        <Link className="button" href={cancel}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
