import {
  EVIDENCE_KIND_LABELS,
  type EvidenceItem,
  evidenceItemSchema,
  THEME_LABELS,
  type Theme,
} from "../../../src/shared/index.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormShell, StoredEntity } from "../components/FormShell.tsx";
import { useLogForm } from "../hooks/useLogForm.ts";
import { idFromName } from "../lib/ids.ts";
import { optionsOf } from "../lib/options.ts";
import { textOrNull } from "../lib/validation.ts";

interface EvidenceDraft {
  id: string;
  kind: string;
  text: string;
  source: string;
  date: string;
  themes: Theme[];
  partnership: string;
  organisation: string;
}

const EMPTY: EvidenceDraft = {
  id: "",
  kind: "quote",
  text: "",
  source: "",
  date: "",
  themes: [],
  partnership: "",
  organisation: "",
};

const draftOf = (e: EvidenceItem): EvidenceDraft => ({
  ...e,
  date: e.date ?? "",
  partnership: e.partnership ?? "",
  organisation: e.organisation ?? "",
});

const inputOf = (d: EvidenceDraft) => ({
  ...d,
  id: d.id || idFromName(d.source || "evidence"),
  date: textOrNull(d.date),
  partnership: textOrNull(d.partnership),
  organisation: textOrNull(d.organisation),
});

/** Records a new evidence item (id null) or edits a stored one, coded to themes. */
export function EvidenceFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  return (
    <StoredEntity<EvidenceItem>
      workspace={workspace}
      resource="evidence"
      id={id}
      what="the evidence"
    >
      {(stored) => (
        <EvidenceForm workspace={workspace} id={id} initial={stored ? draftOf(stored) : EMPTY} />
      )}
    </StoredEntity>
  );
}

function EvidenceForm(props: { workspace: string; id: string | null; initial: EvidenceDraft }) {
  const form = useLogForm({
    schema: evidenceItemSchema,
    workspace: props.workspace,
    resource: "evidence",
    id: props.id,
    initial: props.initial,
    toInput: inputOf,
  });
  const { draft, set, field, errors } = form;
  const toggle = (theme: Theme) => (on: boolean) =>
    set("themes")(on ? [...draft.themes, theme] : draft.themes.filter((t) => t !== theme));
  return (
    <FormShell
      form={form}
      title={props.id === null ? "New evidence item" : "Edit evidence item"}
      createLabel="Add evidence"
      creating={props.id === null}
    >
      <SelectField
        id="evidence-kind"
        label="Kind"
        {...field("kind")}
        options={optionsOf(EVIDENCE_KIND_LABELS)}
      />
      <TextAreaField id="evidence-text" label="Evidence" rows={3} {...field("text")} />
      <TextField id="evidence-source" label="Source" {...field("source")} required />
      <TextField id="evidence-date" label="Date" type="date" {...field("date")} />
      <fieldset className="field">
        <legend>Themes</legend>
        {Object.entries(THEME_LABELS).map(([theme, label]) => (
          <CheckboxField
            key={theme}
            id={`evidence-theme-${theme}`}
            label={label}
            checked={draft.themes.includes(theme as Theme)}
            onChange={toggle(theme as Theme)}
          />
        ))}
        {errors["$.themes"] && <p className="field-error">Themes: {errors["$.themes"]}</p>}
      </fieldset>
      <TextField
        id="evidence-partnership"
        label="Partnership id (optional)"
        {...field("partnership")}
      />
      <TextField
        id="evidence-organisation"
        label="Organisation id (optional)"
        {...field("organisation")}
      />
    </FormShell>
  );
}
