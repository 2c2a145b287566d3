import { type FormEvent, useState } from "react";
import { apiFetch } from "../../api.ts";
import { useAccess } from "../../hooks/useAccess.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { TextField } from "../Fields.tsx";
import { NewPasswordField } from "./NewPasswordField.tsx";

const SKIP_KEY = "partnerscope:setup-skipped";

function skipped(userId: string): boolean {
  try {
    return window.localStorage.getItem(`${SKIP_KEY}:${userId}`) === "yes";
  } catch {
    return false; // storage refused (private browsing): ask again next time
  }
}

/**
 * The first owner's set-up: they came in by the printed link with no name, email or password.
 * Setting them lets others be invited and lets them sign in again; a solo install may skip it.
 */
export function SetupPanel() {
  const { me, reloadMe } = useAccess();
  const [hidden, setHidden] = useState(false);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const submit = useSubmit();
  if (!me?.needsSetup || hidden || skipped(me.id)) return null;

  const handleSkip = () => {
    try {
      window.localStorage.setItem(`${SKIP_KEY}:${me.id}`, "yes");
    } catch {
      // Not remembered: the panel comes back on the next visit, which is harmless.
    }
    setHidden(true);
  };
  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await submit.run(async () => {
      await apiFetch("/me", { method: "PUT", body: { name, email } });
      await apiFetch("/me/password", { method: "PUT", body: { password } });
      return true;
    });
    if (done) reloadMe();
  };

  return (
    <section className="setup-panel" aria-labelledby="setup-heading">
      <h2 id="setup-heading">Set up your owner account</h2>
      <p>
        You came in with the one-time login link. Give yourself a name, an email and a password so
        you can sign in again and invite the people you work with.
      </p>
      {!open && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            Set up my account
          </button>
          <button type="button" onClick={handleSkip}>
            Skip (solo install on this computer)
          </button>
        </div>
      )}
      {open && (
        <form onSubmit={handleSubmit} noValidate>
          {submit.message && (
            <div className="notice notice-error" role="alert">
              Not saved: {submit.message}
            </div>
          )}
          <div className="form-row">
            <TextField
              id="setup-name"
              label="Your name"
              autoComplete="name"
              value={name}
              error={submit.errors["$.name"]}
              onChange={setName}
            />
            <TextField
              id="setup-email"
              label="Email"
              type="email"
              autoComplete="email"
              value={email}
              error={submit.errors["$.email"]}
              onChange={setEmail}
            />
            <NewPasswordField
              id="setup-password"
              label="Password"
              value={password}
              error={submit.errors["$.password"]}
              onChange={setPassword}
            />
          </div>
          <div className="actions">
            <button type="submit" className="primary" disabled={submit.busy}>
              Save my account
            </button>
            <button type="button" onClick={handleSkip}>
              Skip (solo install on this computer)
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
