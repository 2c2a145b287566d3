import { useId, useState } from "react";

/** Text to copy: selectable in a read-only box, with a button that copies it to the clipboard. */
export function CopyBox(props: { label: string; text: string; multiline?: boolean }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard here: the text stays selectable in the box
    }
  };
  return (
    <div className="sc-field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea id={id} readOnly value={props.text} onFocus={(e) => e.target.select()} />
      ) : (
        <input id={id} readOnly value={props.text} onFocus={(e) => e.target.select()} />
      )}
      <button type="button" onClick={handleCopy}>
        {copied ? "Copied" : "Copy"}
        <span className="sc-hidden"> {props.label}</span>
      </button>
    </div>
  );
}
