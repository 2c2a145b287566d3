import type { EvidenceItem } from "../../../../src/shared/index.ts";

/** Checkboxes over the workspace's evidence items: which ones back this assumption. */
export function EvidencePicker(props: {
  id: string;
  label: string;
  items: EvidenceItem[];
  value: string[] | undefined;
  onChange: (ids: string[] | undefined) => void;
}) {
  const chosen = new Set(props.value ?? []);
  const handleToggle = (id: string, on: boolean) => {
    const next = props.items.map((e) => e.id).filter((x) => (x === id ? on : chosen.has(x)));
    props.onChange(next.length ? next : undefined);
  };
  if (props.items.length === 0) return <p className="muted">No evidence in this workspace yet.</p>;
  return (
    <details className="field">
      <summary>
        {props.label} ({chosen.size} linked)
      </summary>
      <fieldset className="evidence-picker">
        <legend className="visually-hidden">{props.label}</legend>
        {props.items.map((e) => (
          <div key={e.id} className="field-check">
            <input
              id={`${props.id}-${e.id}`}
              type="checkbox"
              checked={chosen.has(e.id)}
              onChange={(ev) => handleToggle(e.id, ev.target.checked)}
            />
            <label htmlFor={`${props.id}-${e.id}`}>
              {e.text.slice(0, 110)}
              {e.text.length > 110 ? "…" : ""} <span className="muted">({e.source})</span>
            </label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
