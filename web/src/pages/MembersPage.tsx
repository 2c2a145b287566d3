import { useState } from "react";
import type { Items } from "../../../src/shared/api-common.ts";
import type { Invitation, Member, WorkspaceRole } from "../../../src/shared/index.ts";
import { ApiError, apiFetch, resourcePath } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { ApiTokens } from "../components/people/ApiTokens.tsx";
import { InvitationsTable } from "../components/people/InvitationsTable.tsx";
import { InviteForm } from "../components/people/InviteForm.tsx";
import { OwnersOnly } from "../components/people/OwnersOnly.tsx";
import { WorkspaceMembers } from "../components/people/WorkspaceMembers.tsx";
import { useAccess } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";

/** Who may use this workspace and how (owners only): members, inviting, pending invitations. */
export function MembersPage({ workspace }: { workspace: string }) {
  return (
    <OwnersOnly title="Members">
      <Members workspace={workspace} />
    </OwnersOnly>
  );
}

function Members({ workspace }: { workspace: string }) {
  const members = useFetch<Items<Member>>(resourcePath(workspace, "members"));
  const invitations = useFetch<Items<Invitation>>(resourcePath(workspace, "invitations"));
  const names = useNames(workspace);
  const { reloadMe } = useAccess();
  const [error, setError] = useState<ApiError | null>(null);

  const act = async (path: string, method: string, body?: unknown) => {
    setError(null);
    try {
      await apiFetch(path, { method, body });
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
    members.reload();
    invitations.reload();
    reloadMe();
  };
  const memberPath = (m: Member) => resourcePath(workspace, "members", m.userId);
  const handleRole = (m: Member, role: WorkspaceRole) =>
    act(memberPath(m), "PUT", { role, organisation: m.organisation });
  const handleRemove = (m: Member) => act(memberPath(m), "DELETE");
  const handleRevoke = (id: string) => act(resourcePath(workspace, "invitations", id), "DELETE");

  return (
    <>
      <h1>Members</h1>
      <p className="muted">
        Everyone who can open this workspace and what their role lets them do. A workspace needs at
        least one owner.
      </p>
      {error && <ErrorNotice error={error} />}
      {members.error && <ErrorNotice error={members.error} />}
      {!members.data && !members.error && <Loading what="members" />}
      {members.data && (
        <WorkspaceMembers
          members={members.data.items}
          names={names}
          onRole={handleRole}
          onRemove={handleRemove}
        />
      )}
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite someone</h2>
        <InviteForm workspace={workspace} onInvited={invitations.reload} />
      </section>
      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Invitations</h2>
        {invitations.error && <ErrorNotice error={invitations.error} />}
        {invitations.data && (
          <InvitationsTable
            invitations={invitations.data.items}
            names={names}
            onRevoke={handleRevoke}
          />
        )}
      </section>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">API tokens</h2>
        <ApiTokens workspace={workspace} />
      </section>
    </>
  );
}
