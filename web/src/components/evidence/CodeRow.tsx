import { useState } from "react";
import type { CodeWithUse } from "../../../../src/shared/codebook.ts";
import type { Option } from "../../lib/options.ts";

/** One code of the codebook page: its name (indented by depth), uses, and the editor's actions. */
export function CodeRow(props: {
  code: CodeWithUse;
  depth: number;
  canEdit: boolean;
  parents: Option[];
  onChange: (id: string, change: { name?: string; parent?: string | null }) => void;
  onRemove: (id: string) => void;
}) {
  const { code } = props;
  const [name, setName] = useState(code.name);
  const [parent, setParent] = useState(code.parent ?? "");
  const moveTargets = props.parents.filter((p) => p.value !== code.id);
  return (
    <tr>
      <th scope="row" style={{ paddingInlineStart: `${0.5 + props.depth * 1.25}rem` }}>
        {props.canEdit ? (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              props.onChange(code.id, { name });
            }}
          >
            <label
              className="visually-hidden"
              htmlFor={`name-${code.id}`}
            >{`Name of ${code.name}`}</label>
            <input id={`name-${code.id}`} value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit" disabled={name.trim() === code.name}>
              Rename<span className="visually-hidden">{` ${code.name}`}</span>
            </button>
          </form>
        ) : (
          code.name
        )}
      </th>
      <td>{code.description ?? <span className="muted">—</span>}</td>
      <td className="number">{code.uses}</td>
      {props.canEdit && (
        <td>
          <label
            className="visually-hidden"
            htmlFor={`parent-${code.id}`}
          >{`Move ${code.name} under`}</label>
          <select
            id={`parent-${code.id}`}
            value={parent}
            onChange={(e) => setParent(e.target.value)}
          >
            <option value="">(top level)</option>
            {moveTargets.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={parent === (code.parent ?? "")}
            onClick={() => props.onChange(code.id, { parent: parent || null })}
          >
            Move<span className="visually-hidden">{` ${code.name}`}</span>
          </button>{" "}
          <button type="button" className="danger" onClick={() => props.onRemove(code.id)}>
            Remove<span className="visually-hidden">{` ${code.name}`}</span>
          </button>
        </td>
      )}
    </tr>
  );
}
