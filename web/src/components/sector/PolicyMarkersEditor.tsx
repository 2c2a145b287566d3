import { type FormEvent, useState } from "react";
import type { PolicyMarker } from "../../../../src/shared/index.ts";

/** The list of policy markers with remove buttons, a small form to add one, and a reset. */
export function PolicyMarkersEditor(props: {
  markers: PolicyMarker[];
  edited: boolean;
  onAdd: (marker: PolicyMarker) => void;
  onRemove: (index: number) => void;
  onReset: () => void;
}) {
  const [year, setYear] = useState("");
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);

  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    const y = Number(year);
    if (!Number.isInteger(y) || y < 1800 || y > 2200)
      return setError("Year: give a year such as 2012.");
    if (!label.trim()) return setError("Label: say what changed, e.g. 'Welfare Reform Act'.");
    props.onAdd({ year: y, label: label.trim() });
    setYear("");
    setLabel("");
    setError(null);
  };

  return (
    <details className="markers-editor">
      <summary>
        Policy markers ({props.edited ? "your own, kept in this browser" : "defaults"})
      </summary>
      <ul>
        {props.markers.map((m, i) => (
          <li key={`${m.year}-${m.label}`}>
            <strong>{m.year}</strong> {m.label}{" "}
            <button type="button" className="link-button" onClick={() => props.onRemove(i)}>
              Remove<span className="visually-hidden"> {m.year}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="network-filters" onSubmit={handleAdd}>
        <div className="field">
          <label htmlFor="marker-year">Year</label>
          <input
            id="marker-year"
            inputMode="numeric"
            size={6}
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="marker-label">What changed</label>
          <input id="marker-label" value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <button type="submit">Add marker</button>
        {props.edited && (
          <button type="button" onClick={props.onReset}>
            Back to the defaults
          </button>
        )}
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
