import { lazy, Suspense, useCallback, useMemo, useRef } from "react";
import type { NetworkResult } from "../../../src/shared/index.ts";
import {
  FORM_LABELS,
  FUNCTION_LABELS,
  NATION_LABELS,
  ORIGIN_LABELS,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import { queryOf } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { SelectField } from "../components/Fields.tsx";
import { type FilterSpec, ListFilters } from "../components/ListFilters.tsx";
import type { MapHandle } from "../components/network/NetworkCanvas.tsx";
import { NetworkExports } from "../components/network/NetworkExports.tsx";
import { NetworkLegend, NetworkTable } from "../components/network/NetworkTable.tsx";
import { asOfYear, YearSlider } from "../components/network/YearSlider.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { formatDate } from "../lib/format.ts";
import { countOf, METRIC_LABELS } from "../lib/landscape-format.ts";
import { landscapePath, todayIso } from "../lib/landscape-paths.ts";
import { isWebGlAvailable } from "../lib/network-graph.ts";
import { optionsOf } from "../lib/options.ts";
import { useQuery } from "../router.tsx";
import "../landscape.css";

// sigma and graphology load only when the map is first shown (they are most of the app's size).
const NetworkCanvas = lazy(() =>
  import("../components/network/NetworkCanvas.tsx").then((m) => ({ default: m.NetworkCanvas })),
);

const FILTERS: FilterSpec[] = [
  { key: "forms", label: "Form", options: optionsOf(FORM_LABELS) },
  { key: "functions", label: "Function", options: optionsOf(FUNCTION_LABELS) },
  { key: "sectors", label: "Sector", options: optionsOf(SECTOR_LABELS) },
  { key: "nations", label: "Nation", options: optionsOf(NATION_LABELS) },
  { key: "origins", label: "Origin", options: optionsOf(ORIGIN_LABELS) },
];

/** The network map: who works with whom on a date, filtered, replayable through the years. */
export function NetworkPage({ workspace }: { workspace: string }) {
  const [search, setQuery] = useQuery();
  const today = todayIso();
  const last = Number(today.slice(0, 4));
  const year = Math.min(last, Math.max(1970, Number(search.get("year")) || last));
  const metric = (search.get("metric") ?? "homes") as NetworkResult["metric"];
  const filters = Object.fromEntries(FILTERS.map((f) => [f.key, search.get(f.key) ?? ""]));
  const asOf = asOfYear(year, today);
  const query = queryOf({ asOf, metric, ...filters });
  const { data, error, loading } = useFetch<NetworkResult>(
    landscapePath(workspace, "landscape/network", query),
  );
  const handle = useRef<MapHandle | null>(null);
  const canDraw = useMemo(isWebGlAvailable, []);
  const handleYear = useCallback(
    (y: number) => setQuery({ year: y === last ? null : String(y) }),
    [setQuery, last],
  );
  const csvPath = (part: "nodes" | "edges") =>
    `/api/v1${landscapePath(workspace, "landscape/network.csv", `${query}&part=${part}`)}`;
  const title = data
    ? `${countOf(data.nodes.length, "organisation")}, ${countOf(data.edges.length, "link")} as of ${formatDate(data.asOf)}`
    : "";

  return (
    <>
      <h1>Network map</h1>
      <p className="lead">
        Organisations linked by the partnerships they share on a date. Move the slider to travel
        through time; filter by the partnerships' form, function or origin and the organisations'
        sector or nation.
      </p>
      <YearSlider year={year} last={last} onChange={handleYear} />
      <div className="network-filters">
        <ListFilters filters={FILTERS} values={filters} onFilter={(k, v) => setQuery({ [k]: v })} />
        <SelectField
          id="map-metric"
          label="Size by"
          value={metric}
          onChange={(v) => setQuery({ metric: v === "homes" ? null : v })}
          options={optionsOf(METRIC_LABELS)}
        />
      </div>
      {error && <ErrorNotice error={error} />}
      {!data && loading && <Loading what="the network" />}
      {data && (
        <>
          <p className="network-count" aria-live="polite" data-loading={loading || undefined}>
            {title}
          </p>
          {data.empty && (
            <p className="notice notice-warning">
              No organisation existed as of {formatDate(data.asOf)} with these filters. Try a later
              year, or set a filter back to 'All'.
            </p>
          )}
          {!canDraw && (
            <p className="notice notice-warning" role="status">
              This browser cannot draw the map (no WebGL); the table below lists the organisations.
            </p>
          )}
          {canDraw && !data.empty && (
            <>
              <NetworkLegend metric={data.metric} />
              <Suspense fallback={<Loading what="the map" />}>
                <NetworkCanvas network={data} workspace={workspace} handle={handle} />
              </Suspense>
            </>
          )}
          <NetworkExports
            handle={handle}
            title={title}
            fileStem={`network-${data.asOf}`}
            csvPath={csvPath}
            canDraw={canDraw && !data.empty}
          />
          {!data.empty && (
            <details className="network-details" open={!canDraw}>
              <summary>The organisations on the map, as a table</summary>
              <NetworkTable network={data} workspace={workspace} />
            </details>
          )}
        </>
      )}
    </>
  );
}
