import { useEffect, useState } from "react";

/** A compact number input that keeps what is typed until it is a number, then reports it. */
export function NumField(props: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  step?: number;
  min?: number;
  max?: number;
  hint?: string;
  hideLabel?: boolean;
  invalid?: boolean;
}) {
  const [text, setText] = useState(String(props.value));
  // Follow outside changes (a preset loaded, a row renamed) unless they match what is typed.
  useEffect(() => {
    if (Number(text) !== props.value) setText(String(props.value));
  }, [props.value, text]);
  const input = (
    <input
      type="number"
      inputMode="decimal"
      value={text}
      step={props.step ?? "any"}
      min={props.min}
      max={props.max}
      aria-label={props.hideLabel ? props.label : undefined}
      aria-invalid={props.invalid || undefined}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== "" && Number.isFinite(n)) props.onChange(n);
      }}
    />
  );
  if (props.hideLabel) return input;
  return (
    <label className="sc-field">
      <span>{props.label}</span>
      {input}
      {props.hint && <small className="muted">{props.hint}</small>}
    </label>
  );
}
