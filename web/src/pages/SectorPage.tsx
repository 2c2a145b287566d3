import type { ReactNode } from "react";
import type {
  ConstitutionalChangeResult,
  MergerWavesResult,
  NetworkResult,
  SectorNetworkResult,
  SectorStatsResult,
  TransitionsResult,
} from "../../../src/shared/index.ts";
import { DEMO_SECTOR_FILTER } from "../../../src/shared/index.ts";
import { queryOf } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { TextField } from "../components/Fields.tsx";
import { SimulatedBanner } from "../components/SimulatedLabel.tsx";
import { ConstitutionalChange } from "../components/sector/ConstitutionalChange.tsx";
import { MergerWavesChart } from "../components/sector/MergerWavesChart.tsx";
import { NetworkMeasures } from "../components/sector/NetworkMeasures.tsx";
import { PolicyMarkersEditor } from "../components/sector/PolicyMarkersEditor.tsx";
import { SectorControls, type SectorSettings } from "../components/sector/SectorControls.tsx";
import { SectorStatsCards } from "../components/sector/SectorStatsCards.tsx";
import { SizeHistogram } from "../components/sector/SizeHistogram.tsx";
import { TransitionMatrix } from "../components/sector/TransitionMatrix.tsx";
import { useAccess } from "../hooks/useAccess.ts";
import { type FetchState, useFetch } from "../hooks/useFetch.ts";
import { usePolicyMarkers } from "../hooks/usePolicyMarkers.ts";
import { landscapePath, todayIso } from "../lib/landscape-paths.ts";
import { useQuery } from "../router.tsx";
import "../landscape.css";

/** The paper's period for constitutional change (Pawson & Sosenko 2012: 2002–2010). */
const PERIOD = { from: "2002-04-01", to: "2010-03-31", large: "10000" };

/** The demo workspace's slug (src/services/demo.ts): its sector page starts on England's housing associations. */
const DEMO_WORKSPACE = "demo";
/** The simulated demo (src/services/demo/simulated-demo.ts) opens on 1 April 2010, the end of the paper's period. */
const SIMULATED_DEMO = { slug: "england-housing-simulated", asOf: "2010-04-01" };

/** The API's nation and kind parameters for a setting, leaving out "all". */
function setQueryOf(s: Pick<SectorSettings, "nation" | "kind">): Record<string, string> {
  return {
    ...(s.nation !== "all" ? { nation: s.nation } : {}),
    ...(s.kind !== "all" ? { kind: s.kind } : {}),
  };
}

/** Shows a section's answer, its error, or a loading line. */
function Answer<T>(props: {
  state: FetchState<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (props.state.error) return <ErrorNotice error={props.state.error} />;
  if (!props.state.data) return <Loading what={props.what} />;
  return <>{props.children(props.state.data)}</>;
}

/** Sector analytics: size and concentration, merger waves, constitutional change, transitions, network. */
export function SectorPage({ workspace }: { workspace: string }) {
  const [search, setQuery] = useQuery();
  const get = (key: string, fallback: string) => search.get(key) || fallback;
  const demo = workspace === DEMO_WORKSPACE;
  const simulated = useAccess().me?.workspaces.find((w) => w.slug === workspace)?.simulated;
  const settings: SectorSettings = {
    asOf: get("asOf", workspace === SIMULATED_DEMO.slug ? SIMULATED_DEMO.asOf : todayIso()),
    metric: get("metric", "homes"),
    top: get("top", "20"),
    level: get("level", "entity"),
    nation: get("nation", demo ? DEMO_SECTOR_FILTER.nation : "all"),
    kind: get("kind", demo ? DEMO_SECTOR_FILTER.kind : "all"),
  };
  const set = setQueryOf(settings);
  const period = {
    from: get("from", PERIOD.from),
    to: get("to", PERIOD.to),
    large: get("large", PERIOD.large),
  };
  const path = (rest: string, query: Record<string, string>) =>
    landscapePath(workspace, rest, queryOf(query));
  const { nation: _n, kind: _k, ...measure } = settings;
  const stats = useFetch<SectorStatsResult>(path("sector/stats", { ...measure, ...set }));
  const sizes = useFetch<NetworkResult>(
    path("landscape/network", {
      asOf: settings.asOf,
      metric: settings.metric,
      ...(set.nation ? { nations: set.nation } : {}),
      ...(set.kind ? { kinds: set.kind } : {}),
    }),
  );
  const waves = useFetch<MergerWavesResult>(path("sector/waves", set));
  const change = useFetch<ConstitutionalChangeResult>(
    path("sector/changes", { ...period, metric: settings.metric, ...set }),
  );
  const transitions = useFetch<TransitionsResult>(
    path("sector/transitions", { to: settings.asOf }),
  );
  const measures = useFetch<SectorNetworkResult>(path("sector/network", { asOf: settings.asOf }));
  const markers = usePolicyMarkers(workspace, waves.data?.markers ?? []);
  const handleSetting = (key: string, value: string) => setQuery({ [key]: value });

  return (
    <>
      <h1>Sector</h1>
      {simulated && <SimulatedBanner />}
      <p className="lead">
        How big, how concentrated and how the sector changes: each number says the date, size
        measure, level and k it was computed with, and which organisations it covers.
        {demo &&
          " The demo starts on England's housing associations, the set the paper's concentration figures describe; choose all nations and kinds to see every organisation."}
      </p>
      <SectorControls settings={settings} onChange={handleSetting} />
      <h2>Size and concentration</h2>
      <Answer state={stats} what="the sector statistics">
        {(s) => <SectorStatsCards stats={s} />}
      </Answer>
      <h2>Size distribution</h2>
      <Answer state={sizes} what="the sizes">
        {(n) => <SizeHistogram network={n} />}
      </Answer>
      <h2>Merger waves</h2>
      <Answer state={waves} what="the merger waves">
        {(w) => (
          <>
            <p className="muted" data-set="waves">
              {w.assumptions[0]}
            </p>
            <MergerWavesChart waves={w} markers={markers.markers} />
            <PolicyMarkersEditor
              markers={markers.markers}
              edited={markers.edited}
              onAdd={markers.add}
              onRemove={markers.remove}
              onReset={markers.reset}
            />
          </>
        )}
      </Answer>
      <h2>Constitutional change</h2>
      <div className="network-filters">
        <TextField
          id="change-from"
          label="From"
          type="date"
          value={period.from}
          onChange={(v) => handleSetting("from", v)}
        />
        <TextField
          id="change-to"
          label="To"
          type="date"
          value={period.to}
          onChange={(v) => handleSetting("to", v)}
        />
        <TextField
          id="change-large"
          label={`'Large' from (${settings.metric})`}
          type="number"
          value={period.large}
          onChange={(v) => handleSetting("large", v)}
        />
      </div>
      <Answer state={change} what="the constitutional change">
        {(c) => (
          <>
            <p className="muted" data-set="changes">
              {c.assumptions.join(" ")}
            </p>
            <ConstitutionalChange change={c} />
          </>
        )}
      </Answer>
      <h2>Life-cycle transitions</h2>
      <Answer state={transitions} what="the transitions">
        {(t) => <TransitionMatrix transitions={t} />}
      </Answer>
      <h2>Network measures</h2>
      <Answer state={measures} what="the network measures">
        {(m) => <NetworkMeasures result={m} workspace={workspace} />}
      </Answer>
    </>
  );
}
