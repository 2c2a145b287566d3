import { useState } from "react";
import { type Member, WORKSPACE_ROLES, type WorkspaceRole } from "../../../../src/shared/index.ts";
import { useAccess } from "../../hooks/useAccess.ts";
import type { NameMap } from "../../hooks/useNames.ts";
import { formatDateTime } from "../../lib/people-format.ts";
import { ROLE_NAMES } from "./roles.ts";

/** The members of a workspace: role (changed in place), organisation, and a way to remove them. */
export function WorkspaceMembers(props: {
  members: Member[];
  names: NameMap;
  onRole: (member: Member, role: WorkspaceRole) => void;
  onRemove: (member: Member) => void;
}) {
  const { me } = useAccess();
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <div className="table-scroll">
      <table aria-label="Members">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Organisation</th>
            <th scope="col">Member since</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <tr key={m.userId}>
              <td>
                {m.name}
                {m.userId === me?.id && <span className="muted"> (you)</span>}
              </td>
              <td>{m.email ?? "—"}</td>
              <td>
                <select
                  aria-label={`Role of ${m.name}`}
                  value={m.role}
                  onChange={(e) => props.onRole(m, e.target.value as WorkspaceRole)}
                >
                  {WORKSPACE_ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_NAMES[r]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{m.organisation ? (props.names.get(m.organisation) ?? m.organisation) : "—"}</td>
              <td className="nowrap">{formatDateTime(m.since)}</td>
              <td>
                {asking === m.userId ? (
                  <span className="actions">
                    <button type="button" className="danger" onClick={() => props.onRemove(m)}>
                      Yes, remove {m.name}
                    </button>
                    <button type="button" onClick={() => setAsking(null)}>
                      Cancel
                    </button>
                  </span>
                ) : (
                  <button type="button" className="danger" onClick={() => setAsking(m.userId)}>
                    Remove<span className="visually-hidden"> {m.name}</span>
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
