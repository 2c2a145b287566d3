import { type FormEvent, useState } from "react";
import { apiFetch } from "../../api.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { TextField } from "../Fields.tsx";
import { NewPasswordField } from "./NewPasswordField.tsx";

/** Change your password: the current one (when there is one) and the new one. */
export function PasswordForm({
  hasPassword,
  onChanged,
}: {
  hasPassword: boolean;
  onChanged: () => void;
}) {
  const [current, setCurrent] = useState("");
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const submit = useSubmit();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const body = hasPassword ? { current, password } : { password };
    const ok = await submit.run(() => apiFetch("/me/password", { method: "PUT", body }));
    if (ok === null) return;
    setCurrent("");
    setPassword("");
    setDone(true);
    onChanged();
  };
  const fieldMessage = submit.errors["$.current"] ?? submit.errors["$.password"];

  return (
    <form className="narrow-form" onSubmit={handleSubmit} noValidate>
      {submit.message && !fieldMessage && (
        <div className="notice notice-error" role="alert">
          {submit.message}
        </div>
      )}
      {done && (
        <p className="notice notice-ok" role="status">
          Password changed. Your other sessions have been signed out.
        </p>
      )}
      {hasPassword && (
        <TextField
          id="password-current"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={current}
          error={submit.errors["$.current"]}
          onChange={setCurrent}
        />
      )}
      <NewPasswordField
        id="password-new"
        label="New password"
        value={password}
        error={submit.errors["$.password"]}
        onChange={setPassword}
      />
      <button type="submit" className="primary" disabled={submit.busy}>
        {hasPassword ? "Change password" : "Set password"}
      </button>
    </form>
  );
}
