import { PASSWORD_MIN_LENGTH } from "../../../../src/shared/index.ts";
import { TextField } from "../Fields.tsx";

/** A field for choosing a password, with the rule the server applies (NIST: length, no composition). */
export function NewPasswordField(props: {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
  /** Said after the rule, e.g. which email the person signs in with. */
  extraHint?: string;
}) {
  const rule = `At least ${PASSWORD_MIN_LENGTH} characters; a phrase of several words is good.`;
  return (
    <TextField
      id={props.id}
      label={props.label}
      type="password"
      autoComplete="new-password"
      hint={props.extraHint ? `${rule} ${props.extraHint}` : rule}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
    />
  );
}
