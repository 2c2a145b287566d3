import type { ListResult } from "../../api.ts";
import { useFetch } from "../../hooks/useFetch.ts";
import { optionsOf } from "../../lib/options.ts";
import type { FieldErrors } from "../../lib/validation.ts";
import { SelectField } from "../Fields.tsx";
import { type FrameworkTarget, TARGET_LABELS } from "./framework-draft.ts";

const RESOURCE: Record<FrameworkTarget["kind"], string> = {
  partnership: "partnerships",
  contract: "contracts",
  supplyChain: "supply-chains",
};

/** Chooses what a new framework is attached to: a partnership, a contract or a supply chain. */
export function TargetPicker(props: {
  workspace: string;
  value: FrameworkTarget;
  errors: FieldErrors;
  onChange: (target: FrameworkTarget) => void;
}) {
  const { kind } = props.value;
  const path = `/workspaces/${encodeURIComponent(props.workspace)}/${RESOURCE[kind]}?limit=500`;
  const list = useFetch<ListResult<{ id: string; name?: string; title?: string }>>(path);
  const options = (list.data?.items ?? []).map((i) => ({
    value: i.id,
    label: i.name ?? i.title ?? i.id,
  }));
  // The server names the missing or doubled target at $.partnership, or at the target's own field.
  const error = props.errors["$.partnership"] ?? props.errors[`$.${kind}`];
  return (
    <>
      <SelectField
        id="framework-target-kind"
        label="What the framework is for"
        value={kind}
        options={optionsOf(TARGET_LABELS)}
        onChange={(k) => props.onChange({ kind: k as FrameworkTarget["kind"], id: "" })}
      />
      <SelectField
        id="framework-target"
        label={`Which ${TARGET_LABELS[kind].replace(/^An? /, "").toLowerCase()}`}
        empty="Choose one"
        errorPath={props.errors[`$.${kind}`] ? `$.${kind}` : "$.partnership"}
        error={error}
        value={props.value.id}
        options={options}
        onChange={(id) => props.onChange({ kind, id })}
      />
    </>
  );
}
