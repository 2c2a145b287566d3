import { type CodedEvidence, codedEvidenceSchema } from "../../../src/shared/codebook.ts";
import { EVIDENCE_KIND_LABELS } from "../../../src/shared/index.ts";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { CodePicker } from "../components/evidence/CodePicker.tsx";
import { SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormShell, StoredEntity } from "../components/FormShell.tsx";
import { useCodebook } from "../hooks/useCodebook.ts";
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
  codes: string[];
  partnership: string;
  organisation: string;
  appraisal: string;
  assumption: string;
  outcomeFramework: string;
  outcome: string;
}

const EMPTY: EvidenceDraft = {
  id: "",
  kind: "quote",
  text: "",
  source: "",
  date: "",
  codes: [],
  partnership: "",
  organisation: "",
  appraisal: "",
  assumption: "",
  outcomeFramework: "",
  outcome: "",
};

const draftOf = (e: CodedEvidence): EvidenceDraft => ({
  id: e.id,
  kind: e.kind,
  text: e.text,
  source: e.source,
  date: e.date ?? "",
  // Older items' themes are codes of the default codebook, so they show as ticked codes.
  codes: [...new Set([...(e.codes ?? []), ...e.themes])],
  partnership: e.partnership ?? "",
  organisation: e.organisation ?? "",
  appraisal: e.appraisal ?? "",
  assumption: e.assumption ?? "",
  outcomeFramework: e.outcomeFramework ?? "",
  outcome: e.outcome ?? "",
});

// Themes are sent empty: the codes carry them (each theme is a code), so unticking one removes it.
const inputOf = (d: EvidenceDraft) => ({
  ...d,
  id: d.id || idFromName(d.source || "evidence"),
  themes: [],
  date: textOrNull(d.date),
  partnership: textOrNull(d.partnership),
  organisation: textOrNull(d.organisation),
  appraisal: textOrNull(d.appraisal),
  assumption: textOrNull(d.assumption),
  outcomeFramework: textOrNull(d.outcomeFramework),
  outcome: textOrNull(d.outcome),
});

/** Records a new evidence item (id null) or edits a stored one, coded with the codebook. */
export function EvidenceFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  return (
    <StoredEntity<CodedEvidence>
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
  const codebook = useCodebook(props.workspace);
  const form = useLogForm({
    schema: codedEvidenceSchema,
    workspace: props.workspace,
    resource: "evidence",
    id: props.id,
    initial: props.initial,
    toInput: inputOf,
  });
  const { draft, set, field, errors } = form;
  const codeError = Object.entries(errors).find(([path]) => path.startsWith("$.codes"))?.[1];
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
      {codebook.error && <ErrorNotice error={codebook.error} />}
      {codebook.data && (
        <CodePicker
          codes={codebook.data.codes}
          value={draft.codes}
          onChange={set("codes")}
          error={codeError}
        />
      )}
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
      <fieldset className="field">
        <legend>What it supports (optional)</legend>
        <TextField id="evidence-appraisal" label="Appraisal id" {...field("appraisal")} />
        <TextField
          id="evidence-assumption"
          label="Assumption (line id in that appraisal)"
          {...field("assumption")}
        />
        <TextField
          id="evidence-framework"
          label="Outcome framework id"
          {...field("outcomeFramework")}
        />
        <TextField
          id="evidence-outcome"
          label="Outcome id in that framework"
          {...field("outcome")}
        />
      </fieldset>
    </FormShell>
  );
}
