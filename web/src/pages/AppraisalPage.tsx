import type { AppraisalDetail } from "../../../src/shared/appraisal-views.ts";
import { apiFetch } from "../api.ts";
import { DecisionPanel } from "../components/appraisal/DecisionPanel.tsx";
import { EvidenceCited } from "../components/appraisal/EvidenceCited.tsx";
import { ResultsPanel } from "../components/appraisal/ResultsPanel.tsx";
import { Can } from "../components/Can.tsx";
import { ConfirmDelete } from "../components/ConfirmDelete.tsx";
import { EntityLink, OrganisationLinks } from "../components/EntityLink.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { HistoryPanel } from "../components/people/HistoryPanel.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { useNames } from "../hooks/useNames.ts";
import { appraisalApiPath, appraisalPagePath } from "../lib/appraisal-paths.ts";
import { formatDate } from "../lib/format.ts";
import { Link, navigate } from "../router.tsx";

/** Every evidence id cited by the latest document: as a whole, by options and by lines. */
function citedOf(a: AppraisalDetail): string[] {
  const d = a.document;
  const ids = [
    ...(d.evidence ?? []),
    ...d.options.flatMap((o) => [
      ...(o.evidence ?? []),
      ...o.lines.flatMap((l) => l.evidence ?? []),
    ]),
  ];
  return [...new Set(ids)];
}

/** One appraisal: its links, decision, results with charts and ranking, and the way to realisation. */
export function AppraisalPage({ workspace, id }: { workspace: string; id: string }) {
  const {
    data: a,
    error,
    loading,
    reload,
  } = useFetch<AppraisalDetail>(appraisalApiPath(workspace, id));
  const names = useNames(workspace);
  if (error) return <ErrorNotice error={error} />;
  if (loading && !a) return <Loading what="the appraisal" />;
  if (!a) return null;
  const handleDelete = async () => {
    await apiFetch(appraisalApiPath(workspace, id), { method: "DELETE" });
    navigate(appraisalPagePath(workspace));
  };
  return (
    <>
      <p className="breadcrumb">
        <Link href={appraisalPagePath(workspace)}>Appraisals</Link> /
      </p>
      <div className="page-head">
        <h1>{a.title}</h1>
        <div className="actions">
          <Can atLeast="analyst" createdBy={a.createdBy ?? null}>
            <Link className="button" href={appraisalPagePath(workspace, id, "edit")}>
              Edit
            </Link>
          </Can>
          {a.decided && (
            <Link className="button" href={appraisalPagePath(workspace, id, "realisation")}>
              Benefits realisation
            </Link>
          )}
          <Can atLeast="analyst" createdBy={a.createdBy ?? null}>
            <ConfirmDelete what={a.title} onDelete={handleDelete} />
          </Can>
        </div>
      </div>
      <dl className="facts-list">
        <dt>Status</dt>
        <dd>
          <span className={`status-badge status-${a.status}`} data-testid="status">
            {a.status === "decided" ? "Decided" : "Draft"}
          </span>{" "}
          version {a.latestVersion} (base date {formatDate(a.document.baseDate)},{" "}
          {a.document.horizonYears} years)
        </dd>
        <dt>Partnership</dt>
        <dd>
          <EntityLink
            workspace={workspace}
            resource="partnerships"
            id={a.partnership}
            names={names}
          />
        </dd>
        <dt>Organisations</dt>
        <dd>
          <OrganisationLinks workspace={workspace} ids={a.organisations} names={names} />
        </dd>
        <dt>Evidence</dt>
        <dd>
          <EvidenceCited workspace={workspace} ids={citedOf(a)} />
        </dd>
      </dl>
      {a.document.notes && <p className="description">{a.document.notes}</p>}
      <DecisionPanel
        key={`${a.status}${a.latestVersion}`}
        workspace={workspace}
        appraisal={a}
        onDecided={reload}
      />
      <ResultsPanel key={`${a.latestVersion}-${a.updatedAt}`} workspace={workspace} appraisal={a} />
      <HistoryPanel workspace={workspace} collection="appraisals" id={id} />
    </>
  );
}
