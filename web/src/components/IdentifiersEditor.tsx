import type { Identifier } from "../../../src/shared/index.ts";
import type { FieldErrors } from "../lib/validation.ts";
import { TextField } from "./Fields.tsx";

/** Rows of identifiers in other registers (org-id.guide scheme and id), each removable. */
export function IdentifiersEditor(props: {
  identifiers: Identifier[];
  errors: FieldErrors;
  onChange: (identifiers: Identifier[]) => void;
}) {
  const { identifiers, errors } = props;
  const update = (i: number, key: keyof Identifier, value: string) =>
    props.onChange(identifiers.map((x, j) => (j === i ? { ...x, [key]: value } : x)));
  return (
    <fieldset>
      <legend>Identifiers in other registers</legend>
      {identifiers.map((identifier, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
        <div className="row-editor" key={i}>
          <TextField
            id={`identifier-${i}-scheme`}
            label="Scheme (e.g. GB-CHC)"
            value={identifier.scheme}
            onChange={(v) => update(i, "scheme", v)}
            error={errors[`$.identifiers[${i}].scheme`]}
            errorPath={`$.identifiers[${i}].scheme`}
          />
          <TextField
            id={`identifier-${i}-id`}
            label="Identifier"
            value={identifier.id}
            onChange={(v) => update(i, "id", v)}
            error={errors[`$.identifiers[${i}].id`]}
            errorPath={`$.identifiers[${i}].id`}
          />
          <button
            type="button"
            className="link-button"
            onClick={() => props.onChange(identifiers.filter((_, j) => j !== i))}
          >
            Remove identifier {i + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => props.onChange([...identifiers, { scheme: "", id: "" }])}
      >
        Add an identifier
      </button>
    </fieldset>
  );
}
