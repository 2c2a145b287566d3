import type { Items } from "../../../src/shared/api-common.ts";
import type { CoproductionProjectSummary } from "../../../src/shared/coproduction-results.ts";
import { Can } from "../components/Can.tsx";
import { NewProject } from "../components/coproduction/NewProject.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { formatDate, formatMoney } from "../lib/format.ts";
import { Link, useQuery } from "../router.tsx";

/** The workspace's co-production projects (or one partnership's), with dates and cost. */
export function CoproductionProjectsPage({ workspace }: { workspace: string }) {
  const [query] = useQuery();
  const partnership = query.get("partnership");
  const filter = partnership ? `?partnership=${encodeURIComponent(partnership)}` : "";
  const { data, error } = useFetch<Items<CoproductionProjectSummary>>(
    `/workspaces/${workspace}/co-production-projects${filter}`,
  );
  const names = useNames(workspace);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="the co-production projects" />;
  const ws = encodeURIComponent(workspace);
  return (
    <>
      <h1>Co-production projects{partnership && ` of ${names.get(partnership) ?? partnership}`}</h1>
      <p className="muted">
        A steering group, the community's voice, trained community researchers, a research audit,
        co-design, delivery and evaluation: each stage with who took part, its dates and costs.
      </p>
      {data.items.length === 0 ? (
        <p>
          No co-production projects yet.
          {!partnership && " Open a partnership's Co-production page to start one."}
        </p>
      ) : (
        <section
          className="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: axe requires a scrollable region to take focus
          tabIndex={0}
          aria-label="Co-production projects"
        >
          <table>
            <caption>Co-production projects</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Partnership</th>
                <th scope="col">Stages</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Cost</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/w/${ws}/co-production/${encodeURIComponent(p.id)}`}>
                      {p.title}
                    </Link>
                  </th>
                  <td>{names.get(p.partnership) ?? p.partnership}</td>
                  <td className="number">{p.stages} of 7</td>
                  <td>{formatDate(p.start)}</td>
                  <td>{formatDate(p.end)}</td>
                  <td className="number">{formatMoney(p.cost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {partnership && (
        <Can atLeast="editor">
          <NewProject
            workspace={workspace}
            partnership={partnership}
            partnershipName={names.get(partnership) ?? "this partnership"}
          />
        </Can>
      )}
    </>
  );
}
