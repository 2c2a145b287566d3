import { type Membership, type Partnership, ROLE_LABELS } from "../../../src/shared/index.ts";
import type { NameMap } from "../hooks/useNames.ts";
import { formatDate, formatShare } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { EntityLink } from "./EntityLink.tsx";

const SHARES: { key: "shareOfValue" | "shareOfTurnover" | "shareOfStaff"; label: string }[] = [
  { key: "shareOfValue", label: "Share of value" },
  { key: "shareOfTurnover", label: "Share of turnover" },
  { key: "shareOfStaff", label: "Share of staff" },
];

/** A partnership's members with their role labels, dates and (where any are known) shares. */
export function MembersTable(props: {
  partnership: Partnership;
  workspace: string;
  names: NameMap;
}) {
  const { members } = props.partnership;
  if (members.length === 0) return <p className="muted">No members recorded.</p>;
  const shares = SHARES.filter((s) => members.some((m: Membership) => m[s.key] !== null));
  return (
    <div className="table-scroll">
      <table className="members-table">
        <thead>
          <tr>
            <th scope="col">Organisation</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            <th scope="col">Left</th>
            {shares.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={`${m.organisation}|${m.role}|${m.joined ?? ""}`}>
              <td>
                <EntityLink
                  workspace={props.workspace}
                  resource="organisations"
                  id={m.organisation}
                  names={props.names}
                />
              </td>
              <td>{labelOf(ROLE_LABELS, m.role)}</td>
              <td className="nowrap">{formatDate(m.joined)}</td>
              <td className="nowrap">{formatDate(m.left)}</td>
              {shares.map((s) => (
                <td key={s.key} className="number">
                  {formatShare(m[s.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
