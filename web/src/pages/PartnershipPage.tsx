import {
  DIRECTION_LABELS,
  FORM_LABELS,
  FUNCTION_LABELS,
  ORIGIN_LABELS,
  type Partnership,
} from "../../../src/shared/index.ts";
import { apiFetch, resourcePath } from "../api.ts";
import { Can } from "../components/Can.tsx";
import { ConfirmDelete } from "../components/ConfirmDelete.tsx";
import { EntityLink } from "../components/EntityLink.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { DriversBarriers } from "../components/evidence/DriversBarriers.tsx";
import { MembersTable } from "../components/MembersTable.tsx";
import { ProvenanceSection } from "../components/ProvenanceSection.tsx";
import { HistoryPanel } from "../components/people/HistoryPanel.tsx";
import { RelatedSections } from "../components/RelatedSections.tsx";
import { StageScale } from "../components/StageScale.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { forgetNames, useOrganisationNames } from "../hooks/useNames.ts";
import { formatDate } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { Link, navigate } from "../router.tsx";

/** One partnership: its form, members and roles, continuum stage, integration and history. */
export function PartnershipPage({ workspace, id }: { workspace: string; id: string }) {
  const {
    data: p,
    error,
    loading,
  } = useFetch<Partnership>(resourcePath(workspace, "partnerships", id));
  const memberIds = p ? [...p.members.map((m) => m.organisation), p.commissioner ?? ""] : [];
  const names = useOrganisationNames(workspace, memberIds);
  const base = `/w/${encodeURIComponent(workspace)}/partnerships`;
  if (error) return <ErrorNotice error={error} />;
  if (loading || !p) return <Loading what="the partnership" />;

  const handleDelete = async () => {
    await apiFetch(resourcePath(workspace, "partnerships", id), { method: "DELETE" });
    forgetNames(workspace);
    navigate(base);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={base}>Partnerships</Link> /
      </p>
      <div className="page-head">
        <h1>{p.name}</h1>
        <div className="actions">
          <Link className="button" href={`${base}/${encodeURIComponent(id)}/outcomes`}>
            Outcomes
          </Link>
          <Link
            className="button"
            href={`/w/${encodeURIComponent(workspace)}/co-production?partnership=${encodeURIComponent(id)}`}
          >
            Co-production
          </Link>
          <Can atLeast="editor">
            <Link className="button" href={`${base}/${encodeURIComponent(id)}/edit`}>
              Edit
            </Link>
            <ConfirmDelete what={p.name} onDelete={handleDelete} />
          </Can>
        </div>
      </div>
      <StageScale stage={p.stage} />
      <dl className="facts-list">
        <dt>Form</dt>
        <dd>{labelOf(FORM_LABELS, p.form)}</dd>
        <dt>Direction</dt>
        <dd>{labelOf(DIRECTION_LABELS, p.direction)}</dd>
        <dt>Origin</dt>
        <dd>{labelOf(ORIGIN_LABELS, p.origin)}</dd>
        <dt>Functions</dt>
        <dd>
          {p.functions.length
            ? p.functions.map((f) => labelOf(FUNCTION_LABELS, f)).join(", ")
            : "—"}
        </dd>
        <dt>Commissioner</dt>
        <dd>
          <EntityLink
            workspace={workspace}
            resource="organisations"
            id={p.commissioner}
            names={names}
          />
        </dd>
        <dt>Start</dt>
        <dd>{formatDate(p.start)}</dd>
        <dt>End</dt>
        <dd>{formatDate(p.end)}</dd>
      </dl>
      {p.description && <p className="description">{p.description}</p>}
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members and roles</h2>
        <MembersTable partnership={p} workspace={workspace} names={names} />
      </section>
      <section aria-labelledby="integration-heading">
        <h2 id="integration-heading">Functional integration</h2>
        <IntegrationTable partnership={p} />
      </section>
      <DriversBarriers workspace={workspace} id={id} />
      <RelatedSections workspace={workspace} filter="partnership" id={id} names={names} />
      <ProvenanceSection workspace={workspace} collection="partnerships" id={id} />
      <HistoryPanel workspace={workspace} collection="partnerships" id={id} />
    </>
  );
}

function IntegrationTable({ partnership }: { partnership: Partnership }) {
  if (partnership.integration.length === 0)
    return <p className="muted">No functions recorded as integrated or kept separate.</p>;
  return (
    <div className="table-scroll compact">
      <table>
        <thead>
          <tr>
            <th scope="col">Function</th>
            <th scope="col">Integrated</th>
          </tr>
        </thead>
        <tbody>
          {partnership.integration.map((row) => (
            <tr key={row.function}>
              <td>{row.function}</td>
              <td>
                <span className={row.integrated ? "yes" : "no"}>
                  {row.integrated ? "Yes" : "No"}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
