import { FORM_LABELS, type Partnership, ROLE_LABELS } from "../../../src/shared/index.ts";
import { type ListResult, resourcePath } from "../api.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { Link } from "../router.tsx";
import { ErrorNotice, Loading } from "./ErrorNotice.tsx";
import { StageBadge } from "./StageScale.tsx";

interface MembershipRow {
  key: string;
  partnership: Partnership;
  role: string;
  joined: string | null;
  left: string | null;
}

function rowsOf(partnerships: Partnership[], organisation: string): MembershipRow[] {
  return partnerships.flatMap((p) => {
    const own = p.members.filter((m) => m.organisation === organisation);
    const rows: MembershipRow[] = own.map((m, i) => ({
      key: `${p.id}-${i}`,
      partnership: p,
      role: m.role,
      joined: m.joined,
      left: m.left,
    }));
    // A commissioner need not be listed as a member; the API's filter still returns it.
    if (p.commissioner === organisation && !own.some((m) => m.role === "commissioner"))
      rows.push({
        key: `${p.id}-c`,
        partnership: p,
        role: "commissioner",
        joined: p.start,
        left: p.end,
      });
    return rows;
  });
}

/** The partnerships an organisation belongs to (or commissions), with its role in each. */
export function Memberships({
  workspace,
  organisation,
}: {
  workspace: string;
  organisation: string;
}) {
  const path = `${resourcePath(workspace, "partnerships")}?organisation=${encodeURIComponent(organisation)}&limit=500&sort=name`;
  const { data, error, loading } = useFetch<ListResult<Partnership>>(path);
  if (error) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading what="memberships" />;
  const rows = rowsOf(data?.items ?? [], organisation);
  if (rows.length === 0) return <p className="muted">Not a member of any partnership.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Partnership</th>
            <th scope="col">Form</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            <th scope="col">Left</th>
            <th scope="col">Continuum stage</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <Link
                  href={`/w/${encodeURIComponent(workspace)}/partnerships/${encodeURIComponent(row.partnership.id)}`}
                >
                  {row.partnership.name}
                </Link>
              </td>
              <td>{labelOf(FORM_LABELS, row.partnership.form)}</td>
              <td>{labelOf(ROLE_LABELS, row.role)}</td>
              <td className="nowrap">{formatDate(row.joined)}</td>
              <td className="nowrap">{formatDate(row.left)}</td>
              <td>
                <StageBadge stage={row.partnership.stage} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
