import { COPRODUCTION_STAGE_LABELS } from "../../../src/shared/coproduction.ts";
import type { CoproductionProjectView } from "../../../src/shared/coproduction-results.ts";
import { csvTextOf } from "../../../src/shared/csv-text.ts";
import { Can } from "../components/Can.tsx";
import { CostComparison } from "../components/coproduction/CostComparison.tsx";
import { ProposalEditing } from "../components/coproduction/ProposalEditing.tsx";
import { ProposalRanking } from "../components/coproduction/ProposalRanking.tsx";
import { RankEditor } from "../components/coproduction/RankEditor.tsx";
import { StageDetails } from "../components/coproduction/StageDetails.tsx";
import { StageEditing } from "../components/coproduction/StageEditing.tsx";
import { StageTimeline } from "../components/coproduction/StageTimeline.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { Link } from "../router.tsx";
import "../components/appraisal/appraisal.css";
import "../components/coproduction/coproduction.css";

/** The stages as CSV text: one row per stage with its dates, length and cost. */
function stagesCsv(p: CoproductionProjectView): string {
  return csvTextOf(
    ["stage", "from", "to", "days", `cost (${p.currency})`],
    p.analysis.timeline.stages.map((s) => [
      COPRODUCTION_STAGE_LABELS[s.stage],
      s.start,
      s.end,
      s.days,
      s.cost,
    ]),
  );
}

const download = (text: string, type: string) =>
  `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

/** The evaluation stage's value map, linked to the value maps page where its results are shown. */
function EvaluationMap({ workspace, p }: { workspace: string; p: CoproductionProjectView }) {
  return (
    <section aria-labelledby="evaluation-heading">
      <h2 id="evaluation-heading">Evaluation: the project's value map</h2>
      {p.valueMap ? (
        <p>
          The evaluation holds the value map{" "}
          <Link
            href={`/w/${encodeURIComponent(workspace)}/value-maps?map=${encodeURIComponent(p.valueMap.id)}`}
          >
            {p.valueMap.title}
          </Link>
          : its ratios by perspective, sensitivity and reports are on the value maps page.
        </p>
      ) : (
        <p className="muted">The evaluation stage holds no value map yet.</p>
      )}
    </section>
  );
}

/** One co-production project: its timeline, cost and duration against the typical project, rankings and value map. */
export function CoproductionPage({ workspace, id }: { workspace: string; id: string }) {
  const path = `/workspaces/${workspace}/co-production-projects/${id}`;
  const { data: p, error, reload } = useFetch<CoproductionProjectView>(path);
  const names = useNames(workspace);
  if (error) return <ErrorNotice error={error} />;
  if (!p) return <Loading what="the co-production project" />;
  const ws = encodeURIComponent(workspace);
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/w/${ws}/partnerships/${encodeURIComponent(p.partnership)}`}>
          {p.partnershipName}
        </Link>{" "}
        /{" "}
        <Link href={`/w/${ws}/co-production?partnership=${encodeURIComponent(p.partnership)}`}>
          Co-production
        </Link>{" "}
        /
      </p>
      <h1>{p.title}</h1>
      {p.description && <p className="muted">{p.description}</p>}
      <StageTimeline timeline={p.analysis.timeline} currency={p.currency} />
      <CostComparison c={p.analysis.comparison} currency={p.currency} />
      <ProposalRanking ranking={p.analysis.ranking} />
      <Can atLeast="editor">
        <RankEditor key={p.updatedAt} path={path} proposals={p.proposals} onSaved={reload} />
      </Can>
      <ProposalEditing
        path={path}
        proposals={p.proposals}
        updatedAt={p.updatedAt}
        onChanged={reload}
      />
      <EvaluationMap workspace={workspace} p={p} />
      <StageDetails
        workspace={workspace}
        stages={p.stages}
        timeline={p.analysis.timeline}
        currency={p.currency}
        names={names}
      />
      <Can atLeast="editor">
        <StageEditing
          workspace={workspace}
          path={path}
          project={p}
          names={names}
          onChanged={reload}
        />
      </Can>
      <p>
        Export:{" "}
        <a href={download(stagesCsv(p), "text/csv")} download={`${id}-stages.csv`}>
          stages (CSV)
        </a>{" "}
        ·{" "}
        <a href={download(JSON.stringify(p, null, 2), "application/json")} download={`${id}.json`}>
          project and analysis (JSON)
        </a>
      </p>
    </>
  );
}
