import type { Items } from "../../../src/shared/api-common.ts";
import type { AppraisalSummary } from "../../../src/shared/appraisal-views.ts";
import { Can } from "../components/Can.tsx";
import { EntityLink } from "../components/EntityLink.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { appraisalApiPath, appraisalPagePath } from "../lib/appraisal-paths.ts";
import { formatDate } from "../lib/format.ts";
import { Link } from "../router.tsx";

/** The appraisals (business cases) of a workspace, with their status and the partnership that resulted. */
export function AppraisalsPage({ workspace }: { workspace: string }) {
  const { data, error, loading } = useFetch<Items<AppraisalSummary>>(appraisalApiPath(workspace));
  const names = useNames(workspace);
  return (
    <>
      <div className="page-head">
        <h1>Appraisals</h1>
        <div className="actions">
          <Can atLeast="analyst">
            <Link className="button primary" href={`${appraisalPagePath(workspace)}/new`}>
              New appraisal
            </Link>
          </Can>
        </div>
      </div>
      <p className="muted">
        Business cases for partnership options: savings by source and difficulty, barrier costs,
        discounting, Monte Carlo and multi-criteria ranking; then, after the decision, planned
        against actual.
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="appraisals" />}
      {data && data.items.length === 0 && <p className="muted">No appraisals yet.</p>}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Appraisal</th>
                <th scope="col">Status</th>
                <th scope="col">Partnership</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={appraisalPagePath(workspace, a.id)}>{a.title}</Link>
                  </td>
                  <td>
                    <span className={`status-badge status-${a.status}`}>
                      {a.status === "decided"
                        ? `Decided (v${a.decidedVersion})`
                        : `Draft v${a.latestVersion}`}
                    </span>
                  </td>
                  <td>
                    <EntityLink
                      workspace={workspace}
                      resource="partnerships"
                      id={a.partnership}
                      names={names}
                    />
                  </td>
                  <td className="nowrap">{formatDate(a.updatedAt.slice(0, 10))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
