import { type FormEvent, useState } from "react";
import type { PasswordResetInfo } from "../../../src/shared/index.ts";
import { apiFetch } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { NewPasswordField } from "../components/people/NewPasswordField.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useSubmit } from "../hooks/useSubmit.ts";
import { formatDateTime } from "../lib/people-format.ts";
import { Link, useLocation } from "../router.tsx";

/** Setting a new password through the one-time link an owner issued (valid 24 hours). */
export function PasswordResetPage() {
  const { search } = useLocation();
  const token = search.get("token") ?? "";
  const path = `/password-reset/${encodeURIComponent(token)}`;
  const info = useFetch<PasswordResetInfo>(token ? path : null);
  const submit = useSubmit();
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(() => apiFetch<void>(path, { method: "POST", body: { password } }));
    if (ok !== null) setDone(true);
  };

  if (!token)
    return (
      <>
        <h1>Set a new password</h1>
        <p>This address needs the whole link you were given, ending in ?token=….</p>
      </>
    );
  if (done)
    return (
      <>
        <h1>Your password is set</h1>
        <p>
          Every earlier session of your account has been signed out.{" "}
          <Link href="/sign-in">Sign in</Link> with your new password.
        </p>
      </>
    );
  if (info.error)
    return (
      <>
        <h1>Set a new password</h1>
        <ErrorNotice error={info.error} />
        <p>Ask an owner of your workspace for a new link.</p>
      </>
    );
  if (!info.data) return <Loading what="the link" />;
  return (
    <form className="narrow-form" onSubmit={handleSubmit} noValidate>
      <h1>Set a new password</h1>
      <p className="muted">
        For {info.data.name}
        {info.data.email ? ` (${info.data.email})` : ""}; the link works once, until{" "}
        {formatDateTime(info.data.expiresAt)}.
      </p>
      {submit.message && !submit.errors["$.password"] && (
        <div className="notice notice-error" role="alert">
          {submit.message}
        </div>
      )}
      <NewPasswordField
        id="reset-password"
        label="New password"
        value={password}
        error={submit.errors["$.password"]}
        onChange={setPassword}
      />
      <button type="submit" className="primary" disabled={submit.busy}>
        Set password
      </button>
    </form>
  );
}
