import { useEffect, useState } from "react";
import { isoOfUkDate, ukDateOf } from "../lib/uk-date.ts";

/**
 * A date typed day/month/year as in the UK, whatever the browser's language (the browser's own
 * date input follows its language); hands on YYYY-MM-DD, or the text as typed when it is not yet
 * a real date when the field is left, so that validation can name the field (filters are not
 * refreshed on every half-typed digit).
 */
export function DateInput(props: {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  "aria-label"?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  "aria-required"?: boolean;
  "data-error-path"?: string;
  disabled?: boolean;
  className?: string;
}) {
  const { value, onChange, ...rest } = props;
  const [text, setText] = useState(() => ukDateOf(value));
  // A value changed from outside (a reset, a loaded record) replaces what is shown.
  useEffect(() => {
    setText((shown) => ((isoOfUkDate(shown) ?? shown) === value ? shown : ukDateOf(value)));
  }, [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        const iso = typed.trim() === "" ? "" : isoOfUkDate(typed);
        if (iso !== null) onChange(iso);
      }}
      onBlur={() => {
        // Left half-typed or impossible: handed on as typed, so that checking it names the field.
        if (text.trim() !== "" && isoOfUkDate(text) === null) onChange(text);
      }}
    />
  );
}
