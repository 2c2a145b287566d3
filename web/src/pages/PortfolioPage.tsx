import type { Organisation, PortfolioResult } from "../../../src/shared/index.ts";
import { queryOf, resourcePath } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { EventsTimeline } from "../components/EventsTimeline.tsx";
import { TextField } from "../components/Fields.tsx";
import { DependencyPanel } from "../components/portfolio/DependencyPanel.tsx";
import { PortfolioChart } from "../components/portfolio/PortfolioChart.tsx";
import { PortfolioGroups } from "../components/portfolio/PortfolioGroups.tsx";
import { PortfolioTable } from "../components/portfolio/PortfolioTable.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { countOf } from "../lib/landscape-format.ts";
import { landscapePath, todayIso } from "../lib/landscape-paths.ts";
import { Link, useQuery } from "../router.tsx";
import "../landscape.css";

/** One organisation's portfolio on a date: its partnerships, how deep, how dependent, what is due. */
export function PortfolioPage({ workspace, id }: { workspace: string; id: string }) {
  const [search, setQuery] = useQuery();
  const asOf = search.get("asOf") || todayIso();
  const org = useFetch<Organisation>(resourcePath(workspace, "organisations", id));
  const path = landscapePath(
    workspace,
    `landscape/portfolio/${encodeURIComponent(id)}`,
    queryOf({ asOf }),
  );
  const { data, error, loading } = useFetch<PortfolioResult>(path);
  const names = useNames(workspace);
  const orgPath = `/w/${encodeURIComponent(workspace)}/organisations/${encodeURIComponent(id)}`;
  const name = org.data?.name ?? id;

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/w/${encodeURIComponent(workspace)}/organisations`}>Organisations</Link> /{" "}
        <Link href={orgPath}>{name}</Link> /
      </p>
      <h1>Portfolio of {name}</h1>
      <div className="network-filters">
        <TextField
          id="portfolio-as-of"
          label="As of"
          type="date"
          value={asOf}
          onChange={(value) => setQuery({ asOf: value === todayIso() ? null : value })}
          hint="Partnerships active on this date, at the stage they had reached."
        />
      </div>
      {(error ?? org.error) && <ErrorNotice error={(error ?? org.error)!} />}
      {!data && loading && <Loading what="the portfolio" />}
      {data && <PortfolioBody portfolio={data} workspace={workspace} names={names} />}
    </>
  );
}

function PortfolioBody(props: {
  portfolio: PortfolioResult;
  workspace: string;
  names: ReturnType<typeof useNames>;
}) {
  const { portfolio: p, workspace } = props;
  const when = formatDate(p.asOf);
  if (!p.exists)
    return (
      <p className="notice notice-warning">
        This organisation did not exist on {when} (not yet registered, or already dissolved).
      </p>
    );
  return (
    <>
      <p className="network-count">
        {countOf(p.partnerships.length, "active partnership")} on {when}
      </p>
      {p.partnerships.length === 0 ? (
        <p className="muted">It was in no partnership on {when}: stand-alone (stage 0).</p>
      ) : (
        <>
          <PortfolioChart entries={p.partnerships} />
          <h2>Dependency</h2>
          <DependencyPanel portfolio={p} />
          <h2>Partnerships</h2>
          <PortfolioTable entries={p.partnerships} workspace={workspace} />
          <PortfolioGroups byForm={p.byForm} byFunction={p.byFunction} workspace={workspace} />
        </>
      )}
      <h2>Renewals within 12 months</h2>
      {p.renewals.length === 0 ? (
        <p className="muted">No partnership is due to end in the 12 months after {when}.</p>
      ) : (
        <PortfolioTable entries={p.renewals} workspace={workspace} />
      )}
      <h2>Life-cycle history</h2>
      <p className="muted">Events naming this organisation, up to {when}.</p>
      <EventsTimeline events={p.history} workspace={workspace} names={props.names} />
    </>
  );
}
