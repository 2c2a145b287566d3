import {
  EVENT_TYPE_LABELS,
  type LifecycleEvent,
  lifecycleEventSchema,
  STAGE_LABELS,
} from "../../../src/shared/index.ts";
import { SelectField, TextAreaField, TextField } from "../components/Fields.tsx";
import { FormShell, StoredEntity } from "../components/FormShell.tsx";
import { useLogForm } from "../hooks/useLogForm.ts";
import { idFromName } from "../lib/ids.ts";
import { optionsOf } from "../lib/options.ts";
import { numberOrNull, textOrNull } from "../lib/validation.ts";
import { firstUnder } from "./OrganisationFormPage.tsx";

interface EventDraft {
  id: string;
  date: string;
  type: string;
  partnership: string;
  organisations: string;
  dissolves: string[];
  stage: string;
  note: string;
}

const EMPTY: EventDraft = {
  id: "",
  date: "",
  type: "formed",
  partnership: "",
  organisations: "",
  dissolves: [],
  stage: "",
  note: "",
};

const lines = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const draftOf = (e: LifecycleEvent): EventDraft => ({
  ...e,
  partnership: e.partnership ?? "",
  organisations: e.organisations.join("\n"),
  stage: e.stage === null ? "" : String(e.stage),
  note: e.note ?? "",
});

const inputOf = (d: EventDraft) => ({
  ...d,
  id: d.id || idFromName(`${d.type} ${d.date}`),
  partnership: textOrNull(d.partnership),
  organisations: lines(d.organisations),
  stage: numberOrNull(d.stage),
  note: textOrNull(d.note),
});

const STAGES = Object.entries(STAGE_LABELS).map(([value, label]) => ({
  value,
  label: `${value} · ${label}`,
}));

/** Records a new life-cycle event (id null) or edits a stored one. */
export function EventFormPage({ workspace, id }: { workspace: string; id: string | null }) {
  return (
    <StoredEntity<LifecycleEvent> workspace={workspace} resource="events" id={id} what="the event">
      {(stored) => (
        <EventForm workspace={workspace} id={id} initial={stored ? draftOf(stored) : EMPTY} />
      )}
    </StoredEntity>
  );
}

function EventForm(props: { workspace: string; id: string | null; initial: EventDraft }) {
  const form = useLogForm({
    schema: lifecycleEventSchema,
    workspace: props.workspace,
    resource: "events",
    id: props.id,
    initial: props.initial,
    toInput: inputOf,
  });
  const { field, errors } = form;
  return (
    <FormShell
      form={form}
      title={props.id === null ? "New life-cycle event" : "Edit life-cycle event"}
      createLabel="Add event"
      creating={props.id === null}
    >
      <div className="field-row">
        <TextField id="event-date" label="Date" type="date" {...field("date")} required />
        <SelectField
          id="event-type"
          label="Event"
          {...field("type")}
          options={optionsOf(EVENT_TYPE_LABELS)}
        />
        <SelectField
          id="event-stage"
          label="Continuum stage"
          {...field("stage")}
          options={STAGES}
          empty="None"
        />
      </div>
      <TextField
        id="event-partnership"
        label="Partnership id (optional)"
        {...field("partnership")}
      />
      <TextAreaField
        id="event-organisations"
        label="Organisation ids (one per line)"
        rows={2}
        {...field("organisations")}
        error={errors["$.organisations"] ?? firstUnder(errors, "$.organisations[")}
      />
      <TextAreaField id="event-note" label="Note" rows={2} {...field("note")} />
    </FormShell>
  );
}
