import { type FormEvent, useState } from "react";
import { apiFetch } from "../api.ts";
import { TextField } from "../components/Fields.tsx";
import { PasswordForm } from "../components/people/PasswordForm.tsx";
import { ROLE_NAMES } from "../components/people/roles.ts";
import { SessionsList } from "../components/people/SessionsList.tsx";
import { SimulatedBadge } from "../components/SimulatedLabel.tsx";
import { useAccess } from "../hooks/useAccess.ts";
import { useSubmit } from "../hooks/useSubmit.ts";
import { Link, navigate } from "../router.tsx";

/** Your account: name and email, password, where you are signed in, and signing out. */
export function AccountPage() {
  const { me, reloadMe } = useAccess();
  const [round, setRound] = useState(0);
  if (!me) return null;
  const handleSignOut = async () => {
    await apiFetch("/session", { method: "DELETE" });
    navigate("/sign-in");
    reloadMe();
  };
  return (
    <>
      <div className="page-head">
        <h1>Your account</h1>
        <button type="button" onClick={handleSignOut}>
          Sign out
        </button>
      </div>
      {me.via === "token" && (
        <p className="notice notice-warning">
          You are using an API token: it acts for {me.name}. Sign in with a browser session to
          change these.
        </p>
      )}
      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Your details</h2>
        <DetailsForm
          key={`${me.name}|${me.email}`}
          name={me.name}
          email={me.email ?? ""}
          onSaved={reloadMe}
        />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <PasswordForm
          hasPassword={me.hasPassword}
          onChanged={() => {
            reloadMe();
            setRound((r) => r + 1);
          }}
        />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        <SessionsList key={round} />
      </section>
      <section aria-labelledby="workspaces-heading">
        <h2 id="workspaces-heading">Your workspaces</h2>
        <ul>
          {me.workspaces.map((w) => (
            <li key={w.slug}>
              <Link href={`/w/${encodeURIComponent(w.slug)}/organisations`}>{w.name}</Link>
              {w.simulated && (
                <>
                  {" "}
                  <SimulatedBadge />
                </>
              )}{" "}
              — {ROLE_NAMES[w.role]}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function DetailsForm(props: { name: string; email: string; onSaved: () => void }) {
  const [name, setName] = useState(props.name);
  const [email, setEmail] = useState(props.email);
  const [saved, setSaved] = useState(false);
  const submit = useSubmit();
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const body = { name, ...(email.trim() ? { email } : {}) };
    const ok = await submit.run(() => apiFetch("/me", { method: "PUT", body }));
    if (ok === null) return;
    setSaved(true);
    props.onSaved();
  };
  const fieldMessage = submit.errors["$.name"] ?? submit.errors["$.email"];
  return (
    <form className="narrow-form" onSubmit={handleSubmit} noValidate>
      {submit.message && !fieldMessage && (
        <div className="notice notice-error" role="alert">
          {submit.message}
        </div>
      )}
      {saved && (
        <p className="notice notice-ok" role="status">
          Saved.
        </p>
      )}
      <TextField
        id="account-name"
        label="Name"
        autoComplete="name"
        value={name}
        error={submit.errors["$.name"]}
        onChange={setName}
      />
      <TextField
        id="account-email"
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        error={submit.errors["$.email"]}
        onChange={setEmail}
      />
      <button type="submit" className="primary" disabled={submit.busy}>
        Save details
      </button>
    </form>
  );
}
