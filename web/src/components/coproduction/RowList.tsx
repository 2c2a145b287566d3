import type { ReactNode } from "react";

/**
 * A list of repeated rows in a fieldset (people, costs, outputs…): each row's fields, a button
 * that removes that row (named by its number, for screen readers) and one that adds a blank row.
 */
export function RowList<T>(props: {
  /** The fieldset's legend, e.g. "Costs". */
  legend: string;
  /** One row's name with its number, e.g. (1) → "cost 1". */
  rowName: (n: number) => string;
  hint?: string;
  rows: T[];
  blank: () => T;
  addLabel: string;
  onChange: (rows: T[]) => void;
  children: (row: T, i: number, set: (next: T) => void) => ReactNode;
}) {
  const { rows, onChange } = props;
  const set = (i: number) => (next: T) => onChange(rows.map((r, j) => (j === i ? next : r)));
  return (
    <fieldset className="field stage-rows">
      <legend>{props.legend}</legend>
      {props.hint && <p className="field-hint">{props.hint}</p>}
      {rows.length === 0 && <p className="muted">None yet.</p>}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id
        <div className="field-row stage-row" key={i}>
          {props.children(row, i, set(i))}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove {props.rowName(i + 1)}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, props.blank()])}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
