import { type FormEvent, useState } from "react";
import {
  type InvitationMade,
  WORKSPACE_ROLE_LABELS,
  WORKSPACE_ROLES,
  type WorkspaceRole,
} from "../../../../src/shared/index.ts";
import { apiFetch, resourcePath } from "../../api.ts";
import { useNames } from "../../hooks/useNames.ts";
import { useSubmit } from "../../hooks/useSubmit.ts";
import { SelectField, TextField } from "../Fields.tsx";
import { OrganisationPicker } from "../OrganisationPicker.tsx";
import { ROLE_NAMES } from "./roles.ts";

const ROLE_OPTIONS = WORKSPACE_ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }));

/** Invite someone by email to a role (and perhaps an organisation); shows the one-time link. */
export function InviteForm({ workspace, onInvited }: { workspace: string; onInvited: () => void }) {
  const names = useNames(workspace);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<WorkspaceRole>("viewer");
  const [organisation, setOrganisation] = useState("");
  const [made, setMade] = useState<InvitationMade | null>(null);
  const submit = useSubmit();

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setMade(null);
    const body = { email, role, organisation: organisation || null };
    const answer = await submit.run(() =>
      apiFetch<InvitationMade>(resourcePath(workspace, "invitations"), { method: "POST", body }),
    );
    if (!answer) return;
    setMade(answer);
    setEmail("");
    setOrganisation("");
    onInvited();
  };

  return (
    <>
      <form className="narrow-form" onSubmit={handleSubmit} noValidate>
        {submit.message && !submit.errors["$.email"] && (
          <div className="notice notice-error" role="alert">
            Not invited: {submit.message}
          </div>
        )}
        <TextField
          id="invite-email"
          label="Email"
          type="email"
          autoComplete="off"
          value={email}
          error={submit.errors["$.email"]}
          onChange={setEmail}
        />
        <SelectField
          id="invite-role"
          label="Role"
          value={role}
          options={ROLE_OPTIONS}
          hint={WORKSPACE_ROLE_LABELS[role]}
          onChange={(value) => setRole(value as WorkspaceRole)}
        />
        <OrganisationPicker
          id="invite-organisation"
          label="Organisation (optional)"
          workspace={workspace}
          value={organisation}
          names={names}
          error={submit.errors["$.organisation"]}
          onChange={setOrganisation}
        />
        <p className="field-hint">
          Tie them to an organisation when they speak for it: its survey answers are then shown to
          the other partners only as totals of three or more.
        </p>
        <button type="submit" className="primary" disabled={submit.busy}>
          Invite
        </button>
      </form>
      {made && <InvitationLink made={made} />}
    </>
  );
}

function InvitationLink({ made }: { made: InvitationMade }) {
  const [copied, setCopied] = useState(false);
  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(made.link);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard here: the link stays selectable in the box
    }
  };
  return (
    <div className="notice notice-ok invite-link" role="status">
      <p>
        <strong>Invitation made for {made.invitation.email}.</strong> Send them this link; it works
        once and for 7 days, and is not shown again.
      </p>
      <label htmlFor="invite-link">One-time invitation link</label>
      <div className="copy-row">
        <input
          id="invite-link"
          readOnly
          value={made.link}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={handleCopy}>
          {copied ? "Copied" : "Copy link"}
        </button>
      </div>
    </div>
  );
}
