import type { ReactNode } from "react";
import type { Option } from "../lib/options.ts";
import { DateInput } from "./DateInput.tsx";

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  /** The path its errors are reported at (`$.date`), so the error summary can link to the field. */
  errorPath?: string;
}

function FieldFrame({ id, label, error, hint, children }: FieldProps & { children: ReactNode }) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {label}: {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/** A labelled text (or date, number, search) input with its error message beside it. */
export function TextField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    type?: string;
    placeholder?: string;
    required?: boolean;
    /** The browser's autofill hint (`email`, `current-password`, `new-password`…). */
    autoComplete?: string;
  },
) {
  const { id, error } = props;
  if (props.type === "date") return <DateField {...props} />;
  const { hint } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={id}
        data-error-path={props.errorPath}
        type={props.type ?? "text"}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete}
        aria-required={props.required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/** A date field typed day/month/year (the UK's order whatever the browser's language). */
function DateField(
  props: FieldProps & { value: string; onChange: (value: string) => void; required?: boolean },
) {
  const { id, error } = props;
  const hint = props.hint ?? "Day, month and year, for example 17/07/2012";
  return (
    <FieldFrame {...props} hint={hint}>
      <DateInput
        id={id}
        data-error-path={props.errorPath}
        value={props.value}
        aria-required={props.required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={props.onChange}
      />
    </FieldFrame>
  );
}

/** A labelled multi-line text input with its error message beside it. */
export function TextAreaField(
  props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number },
) {
  const { id, error, hint } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={id}
        data-error-path={props.errorPath}
        rows={props.rows ?? 4}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/** A labelled select over options with people's labels; `empty` adds a first 'none/all' choice. */
export function SelectField(
  props: FieldProps & {
    value: string;
    onChange: (value: string) => void;
    options: Option[];
    empty?: string;
  },
) {
  const { id, error, hint } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        data-error-path={props.errorPath}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.empty !== undefined && <option value="">{props.empty}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label to the right. */
export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="field field-check">
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
    </div>
  );
}
