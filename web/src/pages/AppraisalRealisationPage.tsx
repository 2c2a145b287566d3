import type { AppraisalDetail, RealisationView } from "../../../src/shared/appraisal-views.ts";
import { ActualsGrid } from "../components/appraisal/ActualsGrid.tsx";
import { RealisationSummary } from "../components/appraisal/RealisationSummary.tsx";
import { DateInput } from "../components/DateInput.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { appraisalApiPath, appraisalPagePath } from "../lib/appraisal-paths.ts";
import { formatDate } from "../lib/format.ts";
import { Link, useQuery } from "../router.tsx";

/** Benefits realisation of the decided option: record actuals, see planned against actual. */
export function AppraisalRealisationPage({ workspace, id }: { workspace: string; id: string }) {
  const [query, setQuery] = useQuery();
  const asOf = query.get("asOf");
  const detail = useFetch<AppraisalDetail>(appraisalApiPath(workspace, id));
  const decided = detail.data?.decided;
  const path = decided
    ? `${appraisalApiPath(workspace, id)}/realisation${asOf ? `?asOf=${asOf}` : ""}`
    : null;
  const realisation = useFetch<RealisationView>(path);
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <Loading what="the appraisal" />;
  const a = detail.data;
  const option = decided?.document.options.find((o) => o.id === decided.option);
  return (
    <>
      <p className="breadcrumb">
        <Link href={appraisalPagePath(workspace)}>Appraisals</Link> /{" "}
        <Link href={appraisalPagePath(workspace, id)}>{a.title}</Link> /
      </p>
      <h1>Benefits realisation</h1>
      {!decided ? (
        <p className="notice notice-warning">
          No option has been decided yet: decide one on the appraisal's page first.
        </p>
      ) : (
        <>
          <p>
            Decided option: <strong>{option?.name ?? decided.option}</strong>, compared with version{" "}
            {decided.version} (frozen).
          </p>
          <div className="field">
            <label htmlFor="as-of">As of</label>
            <DateInput
              id="as-of"
              value={asOf ?? ""}
              onChange={(value) => setQuery({ asOf: value || null })}
            />
            <p className="field-hint">
              Blank means today. A year of the plan is past once this date reaches the next year's
              start (year t starts t years after the base date,{" "}
              {formatDate(decided.document.baseDate)}).
            </p>
          </div>
          {realisation.error && <ErrorNotice error={realisation.error} />}
          {realisation.data && (
            <>
              <RealisationSummary r={realisation.data} currency={decided.document.currency} />
              <ActualsGrid
                workspace={workspace}
                id={id}
                realisation={realisation.data}
                currency={decided.document.currency}
                onSaved={realisation.reload}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
