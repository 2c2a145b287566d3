import { useState } from "react";

/** A file picker for a CSV that hands over its text (nothing leaves the browser until the caller sends it). */
export function CsvUpload(props: {
  label: string;
  hint: string;
  onText: (text: string, name: string) => void;
  name?: string;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <label className="sc-field sc-upload">
      <span>{props.label}</span>
      <input
        type="file"
        accept=".csv,text/csv"
        name={props.name}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setChosen(file.name);
          props.onText(await file.text(), file.name);
        }}
      />
      <small className="muted">
        {chosen ? `Chosen: ${chosen}. ` : ""}
        {props.hint}
      </small>
    </label>
  );
}
