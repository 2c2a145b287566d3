import type { Items } from "../../../../src/shared/api-common.ts";
import type { EvidenceItem } from "../../../../src/shared/index.ts";
import type { ValueMapSummary } from "../../../../src/shared/value-map-views.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import type { FieldErrors } from "../../lib/validation.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { RowList } from "./RowList.tsx";
import type { LinkDraft } from "./stage-draft.ts";

/** Ticks the partnership's evidence items that show the stage happened (minutes, reports, quotes). */
function EvidenceTicks(props: {
  workspace: string;
  partnership: string;
  prefix: string;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  const path =
    `/workspaces/${encodeURIComponent(props.workspace)}/evidence` +
    `?partnership=${encodeURIComponent(props.partnership)}&limit=200`;
  const { data } = useFetch<Items<EvidenceItem>>(path);
  const listed = data?.items ?? [];
  // An item recorded on the stage but not (or no longer) the partnership's is still shown, ticked.
  const extra = props.value.filter((id) => !listed.some((e) => e.id === id));
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((v) => v !== id));
  const tick = (id: string, label: string) => (
    <div className="field field-check" key={id}>
      <input
        id={`${props.prefix}-evidence-${id}`}
        type="checkbox"
        checked={props.value.includes(id)}
        onChange={(event) => toggle(id, event.target.checked)}
      />
      <label htmlFor={`${props.prefix}-evidence-${id}`}>{label}</label>
    </div>
  );
  return (
    <fieldset className="field" id={`${props.prefix}-evidence`} data-error-path="$.evidence">
      <legend>The partnership's evidence items</legend>
      {listed.length + extra.length === 0 && (
        <p className="muted">The partnership has no evidence items to choose yet.</p>
      )}
      {listed.map((e) => tick(e.id, `${e.text.slice(0, 120)} (${e.source})`))}
      {extra.map((id) => tick(id, `Evidence item ${id}`))}
    </fieldset>
  );
}

/** The stage's evidence: the partnership's evidence items and links to documents elsewhere. */
export function StageEvidence(props: {
  workspace: string;
  partnership: string;
  prefix: string;
  evidence: string[];
  links: LinkDraft[];
  errors: FieldErrors;
  onEvidence: (ids: string[]) => void;
  onLinks: (links: LinkDraft[]) => void;
}) {
  const { prefix, errors } = props;
  return (
    <>
      <EvidenceTicks
        workspace={props.workspace}
        partnership={props.partnership}
        prefix={prefix}
        value={props.evidence}
        onChange={props.onEvidence}
      />
      <RowList
        legend="Links to reports, minutes or photographs"
        rowName={(n) => `link ${n}`}
        rows={props.links}
        blank={() => ({ title: "", url: "" })}
        addLabel="Add a link"
        onChange={props.onLinks}
      >
        {(link, i, set) => {
          const field = (key: keyof LinkDraft, label: string) => (
            <TextField
              id={`${prefix}-link-${i}-${key}`}
              label={`Link ${i + 1}: ${label}`}
              errorPath={`$.links[${i}].${key}`}
              error={errors[`$.links[${i}].${key}`]}
              value={link[key]}
              onChange={(v) => set({ ...link, [key]: v })}
            />
          );
          return (
            <>
              {field("title", "title")}
              {field("url", "web address")}
            </>
          );
        }}
      </RowList>
    </>
  );
}

/** The evaluation stage's value map, chosen from the workspace's value maps (or none). */
export function ValueMapField(props: {
  workspace: string;
  prefix: string;
  value: string | null;
  error?: string | undefined;
  onChange: (id: string | null) => void;
}) {
  const path = `/workspaces/${encodeURIComponent(props.workspace)}/value-maps`;
  const { data } = useFetch<Items<ValueMapSummary>>(path);
  const maps = data?.items ?? [];
  // A stored choice stays selectable while the list loads.
  const options = maps.map((m) => ({ value: m.id, label: m.title }));
  if (props.value && !maps.some((m) => m.id === props.value))
    options.push({ value: props.value, label: props.value });
  return (
    <SelectField
      id={`${props.prefix}-value-map`}
      label="The evaluation's value map"
      hint="Its social value by perspective is shown on the value maps page."
      errorPath="$.valueMap"
      error={props.error}
      value={props.value ?? ""}
      empty="No value map yet"
      options={options}
      onChange={(id) => props.onChange(id === "" ? null : id)}
    />
  );
}
