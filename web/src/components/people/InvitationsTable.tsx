import type { Invitation } from "../../../../src/shared/index.ts";
import type { NameMap } from "../../hooks/useNames.ts";
import { formatDateTime } from "../../lib/people-format.ts";
import { ROLE_NAMES } from "./roles.ts";

const STATES: Record<Invitation["state"], string> = {
  pending: "Waiting",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

/** A workspace's invitations with their state; pending ones can be revoked. */
export function InvitationsTable(props: {
  invitations: Invitation[];
  names: NameMap;
  onRevoke: (id: string) => void;
}) {
  if (props.invitations.length === 0) return <p className="muted">No invitations yet.</p>;
  return (
    <div className="table-scroll">
      <table aria-label="Invitations">
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
            <th scope="col">State</th>
            <th scope="col">Link valid until</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.invitations.map((i) => (
            <tr key={i.id}>
              <td>{i.email}</td>
              <td>{ROLE_NAMES[i.role]}</td>
              <td>{i.organisation ? (props.names.get(i.organisation) ?? i.organisation) : "—"}</td>
              <td>{STATES[i.state]}</td>
              <td className="nowrap">{formatDateTime(i.expiresAt)}</td>
              <td>
                {i.state === "pending" && (
                  <button type="button" className="danger" onClick={() => props.onRevoke(i.id)}>
                    Revoke<span className="visually-hidden"> the invitation of {i.email}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
