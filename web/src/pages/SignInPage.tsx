import { type FormEvent, useState } from "react";
import type { AuthOptions } from "../../../src/shared/index.ts";
import { apiFetch } from "../api.ts";
import { TextField } from "../components/Fields.tsx";
import { useAccess } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { useSubmit } from "../hooks/useSubmit.ts";
import { Link } from "../router.tsx";

/** Sign in with email and password (or single sign-on when configured), or by the printed link. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const options = useFetch<AuthOptions>("/auth/options");
  const { me } = useAccess();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSubmit();
  const sso = options.data?.sso ?? null;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run(() =>
      apiFetch("/session", { method: "POST", body: { email, password } }),
    );
    if (done !== null) onSignedIn();
  };

  if (me)
    return (
      <>
        <h1>You are signed in</h1>
        <p>
          You are signed in as {me.name}. <Link href="/">Go to your workspace</Link> or see{" "}
          <Link href="/account">your account</Link>.
        </p>
      </>
    );
  return (
    <>
      <h1>Sign in to partnerscope</h1>
      <form className="narrow-form" onSubmit={handleSubmit} noValidate>
        {submit.message && (
          <div className="notice notice-error" role="alert">
            {submit.message}
          </div>
        )}
        <TextField
          id="sign-in-email"
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <TextField
          id="sign-in-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <button type="submit" className="primary" disabled={submit.busy}>
          {submit.busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso && (
        <p className="sso">
          <a className="button" href={sso.start}>
            {sso.label}
          </a>
        </p>
      )}
      <h2>First time here?</h2>
      <p>
        Open the login link printed by the server: <code>partnerscope serve</code> prints a one-time
        link on start, and <code>partnerscope login</code> prints a new one. It signs this browser
        in as the owner, who can then set an email and password and invite others.
      </p>
      <p className="muted">
        It looks like <code>http://127.0.0.1:8080/login?token=…</code>. Invited? Open the link in
        your invitation instead.
      </p>
    </>
  );
}
