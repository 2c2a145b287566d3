import { useCallback, useState } from "react";
import type { Items } from "../../../src/shared/api-common.ts";
import type {
  AssessmentView,
  AssessmentResults as Results,
} from "../../../src/shared/health-views.ts";
import type { Instrument } from "../../../src/shared/instruments.ts";
import { Can } from "../components/Can.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { AssessmentAnswering } from "../components/health/AssessmentAnswering.tsx";
import { DiscussionPrompts } from "../components/health/DiscussionPrompts.tsx";
import { HealthCompare } from "../components/health/HealthCompare.tsx";
import { HealthHeatmap } from "../components/health/HealthHeatmap.tsx";
import { HealthRadars } from "../components/health/HealthRadar.tsx";
import { HealthTrends } from "../components/health/HealthTrends.tsx";
import { InstrumentCopy } from "../components/health/InstrumentCopy.tsx";
import { MemberAnswerForm } from "../components/health/MemberAnswerForm.tsx";
import { OpenWave } from "../components/health/OpenWave.tsx";
import { PairwiseMatrix } from "../components/health/PairwiseMatrix.tsx";
import { StartAssessment } from "../components/health/StartAssessment.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { formatDate } from "../lib/format.ts";
import { useQuery } from "../router.tsx";

type Summary = AssessmentView;

/** One assessment: who has answered, then per wave the heatmap, radars, pairs and prompts. */
function AssessmentResults({ workspace, id }: { workspace: string; id: string }) {
  const path = `/workspaces/${workspace}/assessments/${id}/results`;
  const results = useFetch<Results>(path);
  const r = results.data;
  // A new answer or a closed wave: the results, and whether a member may still answer, change.
  const [version, setVersion] = useState(0);
  const { reload } = results;
  const changed = useCallback(() => {
    reload();
    setVersion((v) => v + 1);
  }, [reload]);
  const instrument = useFetch<Instrument>(
    r
      ? `/workspaces/${workspace}/instruments/${r.instrument.id}?version=${r.instrument.version}`
      : null,
  );
  if (results.error) return <ErrorNotice error={results.error} />;
  const ins = instrument.data;
  if (!r || !ins) return <Loading what="the results" />;
  return (
    <section aria-label="Results">
      <h2>
        {r.instrument.name} (version {r.instrument.version})
      </h2>
      <Can atLeast="analyst">
        <OpenWave workspace={workspace} id={id} onOpened={changed} />
      </Can>
      <AssessmentAnswering workspace={workspace} id={id} onChange={changed} />
      <MemberAnswerForm workspace={workspace} id={id} refresh={version} onAnswered={changed} />
      <p className="muted">
        A partner's numbers are shown only from {r.minGroupSize} respondents (your own
        organisation's always), to everyone including owners; smaller groups are marked withheld.
      </p>
      {r.waves.map((w) => (
        <div key={w.id}>
          <h3>Wave of {formatDate(w.date)}</h3>
          {ins.kind === "rating" && (
            <HealthHeatmap wave={w} partners={r.partners} scale={ins.scale} />
          )}
          {w.total && (
            <p>
              Total (sum of a complete respondent's item scores, mean of {w.total.n}):{" "}
              {w.total.mean.toFixed(1)}
              {w.total.band && ` — ${w.total.band}`}
            </p>
          )}
          <HealthRadars
            wave={w}
            partners={r.partners}
            scale={ins.scale}
            minGroupSize={r.minGroupSize}
          />
          {ins.kind === "pairwise" && <PairwiseMatrix wave={w} partners={r.partners} />}
          <DiscussionPrompts
            wave={w.id}
            items={r.prompts.find((p) => p.wave === w.id)?.items ?? []}
          />
        </div>
      ))}
      <HealthTrends waves={r.waves} change={r.change} scale={ins.scale} />
      {ins.dimensions.length > 0 && (
        <HealthCompare
          workspace={workspace}
          instrument={r.instrument.id}
          dimensions={ins.dimensions}
        />
      )}
      {r.notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      <p>
        Export the results (under the same rule): <a href={`/api/v1${path}.csv`}>CSV</a> ·{" "}
        <a href={`/api/v1${path}.json`}>JSON</a>
      </p>
    </section>
  );
}

/** The workspace's partnership health assessments and the results of the one selected. */
export function HealthPage({ workspace }: { workspace: string }) {
  const { data, error, reload } = useFetch<Items<Summary>>(`/workspaces/${workspace}/assessments`);
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
      <Can atLeast="analyst">
        <StartAssessment
          workspace={workspace}
          onCreated={(id) => {
            reload();
            setQuery({ assessment: id });
          }}
        />
        <InstrumentCopy workspace={workspace} />
      </Can>
    </>
  );
}
