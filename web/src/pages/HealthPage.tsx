import type { HealthResult } from "../../../src/shared/health-results.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { HealthHeatmap } from "../components/health/HealthHeatmap.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useQuery } from "../router.tsx";

interface Summary {
  id: string;
  name: string;
  partnership: string | null;
  partners: string[];
  instrument: { id: string; version: number };
}

interface Results extends HealthResult {
  instrument: { id: string; version: number; name: string };
  partners: { id: string; name: string | null }[];
  full: boolean;
}

interface Instrument {
  scale: { min: number; max: number };
}

/** One assessment's results: a heatmap per wave, pairwise asymmetry, change, notes and CSV. */
function AssessmentResults({ workspace, id }: { workspace: string; id: string }) {
  const path = `/workspaces/${workspace}/assessments/${id}/results`;
  const results = useFetch<Results>(path);
  const r = results.data;
  const instrument = useFetch<Instrument>(
    r
      ? `/workspaces/${workspace}/instruments/${r.instrument.id}?version=${r.instrument.version}`
      : null,
  );
  if (results.error) return <ErrorNotice error={results.error} />;
  if (!r || !instrument.data) return <Loading what="the results" />;
  const name = (p: string) => r.partners.find((x) => x.id === p)?.name ?? p;
  return (
    <section aria-label="Results">
      <h2>
        {r.instrument.name} (version {r.instrument.version})
      </h2>
      {r.waves.map((w) => (
        <div key={w.id}>
          <HealthHeatmap wave={w} partners={r.partners} scale={instrument.data!.scale} />
          {w.total && (
            <p>
              Total: {w.total.mean.toFixed(1)}
              {w.total.band && ` — ${w.total.band}`}
            </p>
          )}
          {w.pairs.length > 0 && (
            <ul aria-label={`Pairwise ratings, wave ${w.id}`}>
              {w.pairs.map((p) => (
                <li key={`${p.a}-${p.b}`}>
                  {name(p.a)} rates {name(p.b)} {p.aRatesB.toFixed(1)}; {name(p.b)} rates{" "}
                  {name(p.a)} {p.bRatesA.toFixed(1)} (difference {p.difference.toFixed(1)})
                </li>
              ))}
            </ul>
          )}
          {w.largestGaps.length > 0 && (
            <p>
              To discuss:{" "}
              {w.largestGaps
                .map(
                  (g) =>
                    `${g.dimension} (${name(g.high)} ${g.gap.toFixed(1)} above ${name(g.low)})`,
                )
                .join("; ")}
            </p>
          )}
        </div>
      ))}
      {r.change.length > 0 && (
        <ul aria-label="Change between waves">
          {r.change.map((c) => (
            <li key={`${c.dimension}-${c.to}`}>
              {c.dimension}, {c.from} → {c.to}: {c.difference >= 0 ? "+" : ""}
              {c.difference.toFixed(2)}
              {c.low !== null &&
                c.high !== null &&
                ` (95% CI ${c.low.toFixed(2)} to ${c.high.toFixed(2)})`}
            </li>
          ))}
        </ul>
      )}
      {r.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      <p>
        <a href={`/api/v1${path}.csv`}>Results as CSV</a>
      </p>
    </section>
  );
}

/** The workspace's partnership health assessments and the results of the one selected. */
export function HealthPage({ workspace }: { workspace: string }) {
  const { data, error } = useFetch<{ items: Summary[] }>(`/workspaces/${workspace}/assessments`);
  const [query, setQuery] = useQuery();
  const selected = query.get("assessment");
  if (error) return <ErrorNotice error={error} />;
  if (!data) return <Loading what="assessments" />;
  return (
    <>
      <div className="page-head">
        <h1>Partnership health</h1>
      </div>
      <p className="muted">
        Each partner answers separately; the gaps between partners and the agreement within each are
        the agenda for a discussion, not a pass mark.
      </p>
      {data.items.length === 0 ? (
        <p>No assessments yet.</p>
      ) : (
        <ul>
          {data.items.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="link"
                aria-pressed={selected === a.id}
                onClick={() => setQuery({ assessment: a.id })}
              >
                {a.name}
              </button>{" "}
              <span className="muted">({a.partners.length} partners)</span>
            </li>
          ))}
        </ul>
      )}
      {selected && <AssessmentResults key={selected} workspace={workspace} id={selected} />}
    </>
  );
}
