import { useState } from "react";
import type { CodeWithUse } from "../../../../src/shared/codebook.ts";
import { depthsOf } from "../../hooks/useCodebook.ts";

/**
 * Picks codes from the codebook: a filter box, then the tree as checkboxes (Tab and Space work
 * as anywhere), and the chosen codes listed above with a button each to take one off.
 */
export function CodePicker(props: {
  codes: readonly CodeWithUse[];
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const [filter, setFilter] = useState("");
  const depth = depthsOf(props.codes);
  const names = new Map(props.codes.map((c) => [c.id, c.name]));
  const wanted = filter.trim().toLowerCase();
  const shown = props.codes.filter((c) => !wanted || c.name.toLowerCase().includes(wanted));
  const toggle = (id: string, on: boolean) =>
    props.onChange(on ? [...props.value, id] : props.value.filter((c) => c !== id));
  return (
    <fieldset className={props.error ? "field field-invalid code-picker" : "field code-picker"}>
      <legend>Codes</legend>
      <ul className="code-chosen" aria-label="Chosen codes">
        {props.value.length === 0 && <li className="muted">None chosen yet</li>}
        {props.value.map((id) => (
          <li key={id} className="tag">
            {names.get(id) ?? id}{" "}
            <button type="button" className="link-button" onClick={() => toggle(id, false)}>
              <span className="visually-hidden">Remove code </span>×
              <span className="visually-hidden"> {names.get(id) ?? id}</span>
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor="code-filter">Find a code</label>
      <input
        id="code-filter"
        type="search"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <div className="code-tree">
        {shown.map((c) => (
          <div
            key={c.id}
            className="field-check"
            style={{ paddingInlineStart: `${(depth.get(c.id) ?? 0) * 1.25}rem` }}
          >
            <input
              id={`code-${c.id}`}
              type="checkbox"
              checked={props.value.includes(c.id)}
              onChange={(e) => toggle(c.id, e.target.checked)}
            />
            <label htmlFor={`code-${c.id}`} title={c.description ?? undefined}>
              {c.name}
            </label>
          </div>
        ))}
        {shown.length === 0 && <p className="muted">No code matches “{filter}”.</p>}
      </div>
      {props.error && <p className="field-error">Codes: {props.error}</p>}
    </fieldset>
  );
}
