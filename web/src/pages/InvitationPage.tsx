import { type FormEvent, useState } from "react";
import {
  type InvitationAccepted,
  type InvitationOffer,
  WORKSPACE_ROLE_LABELS,
} from "../../../src/shared/index.ts";
import { apiFetch } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { TextField } from "../components/Fields.tsx";
import { NewPasswordField } from "../components/people/NewPasswordField.tsx";
import { useAccess } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { useSubmit } from "../hooks/useSubmit.ts";
import { formatDateTime } from "../lib/people-format.ts";
import { navigate, useLocation } from "../router.tsx";

/** Accepting an invitation: make an account (name and password), or join as the person signed in. */
export function InvitationPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { search } = useLocation();
  const token = search.get("token") ?? "";
  const offer = useFetch<InvitationOffer>(
    token ? `/invitations/${encodeURIComponent(token)}` : null,
  );
  const { me } = useAccess();
  const submit = useSubmit();

  const accept = async (body: { name?: string; password?: string }) => {
    const joined = await submit.run(() =>
      apiFetch<InvitationAccepted>(`/invitations/${encodeURIComponent(token)}/accept`, {
        method: "POST",
        body,
      }),
    );
    if (!joined) return;
    onSignedIn();
    navigate(`/w/${encodeURIComponent(joined.workspace)}/organisations`);
  };

  if (!token)
    return (
      <>
        <h1>Invitation</h1>
        <p>This address needs the whole link from your invitation, ending in ?token=….</p>
      </>
    );
  if (offer.error)
    return (
      <>
        <h1>Invitation</h1>
        <ErrorNotice error={offer.error} />
        <p>Ask the owner who invited you for a new invitation.</p>
      </>
    );
  if (!offer.data) return <Loading what="the invitation" />;
  const o = offer.data;
  return (
    <>
      <h1>Join {o.workspace.name}</h1>
      <p>
        You are invited to the workspace <strong>{o.workspace.name}</strong> as{" "}
        <strong>{WORKSPACE_ROLE_LABELS[o.role]}</strong>.
      </p>
      <p className="muted">
        The invitation is for {o.email} and can be used until {formatDateTime(o.expiresAt)}.
      </p>
      {me ? (
        <JoinAsMe
          name={me.name}
          busy={submit.busy}
          message={submit.message}
          onJoin={() => accept({})}
        />
      ) : (
        <NewAccountForm email={o.email} submit={submit} onAccept={accept} />
      )}
    </>
  );
}

function JoinAsMe(props: {
  name: string;
  busy: boolean;
  message: string | null;
  onJoin: () => void;
}) {
  return (
    <>
      {props.message && (
        <div className="notice notice-error" role="alert">
          {props.message}
        </div>
      )}
      <p>You are signed in as {props.name}.</p>
      <button type="button" className="primary" disabled={props.busy} onClick={props.onJoin}>
        Join
      </button>
    </>
  );
}

function NewAccountForm(props: {
  email: string;
  submit: ReturnType<typeof useSubmit>;
  onAccept: (body: { name: string; password: string }) => void;
}) {
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const { submit } = props;
  const fieldMessage = submit.errors["$.name"] ?? submit.errors["$.password"];
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    props.onAccept({ name, password });
  };
  return (
    <form className="narrow-form" onSubmit={handleSubmit} noValidate>
      <h2>Create your account</h2>
      {submit.message && !fieldMessage && (
        <div className="notice notice-error" role="alert">
          {submit.message}
        </div>
      )}
      <TextField
        id="invite-name"
        label="Your name"
        autoComplete="name"
        value={name}
        error={submit.errors["$.name"]}
        onChange={setName}
      />
      <NewPasswordField
        id="invite-password"
        label="Choose a password"
        extraHint={`You will sign in with ${props.email}.`}
        value={password}
        error={submit.errors["$.password"]}
        onChange={setPassword}
      />
      <button type="submit" className="primary" disabled={submit.busy}>
        Create account and join
      </button>
    </form>
  );
}
