import {
  KIND_LABELS,
  NATION_LABELS,
  type Organisation,
  SECTOR_LABELS,
} from "../../../src/shared/index.ts";
import { apiFetch, resourcePath } from "../api.ts";
import { Can } from "../components/Can.tsx";
import { ConfirmDelete } from "../components/ConfirmDelete.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { FactsChart } from "../components/FactsChart.tsx";
import { Memberships } from "../components/Memberships.tsx";
import { ProvenanceSection } from "../components/ProvenanceSection.tsx";
import { HistoryPanel } from "../components/people/HistoryPanel.tsx";
import { RelatedSections } from "../components/RelatedSections.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { forgetNames, useNames } from "../hooks/useNames.ts";
import { formatMoney, formatNumber } from "../lib/format.ts";
import { labelOf } from "../lib/options.ts";
import { Link, navigate } from "../router.tsx";
import { IllustrativeBadge } from "./OrganisationsPage.tsx";

/** One organisation: identifiers, facts by year, memberships, timeline, contracts and evidence. */
export function OrganisationPage({ workspace, id }: { workspace: string; id: string }) {
  const {
    data: org,
    error,
    loading,
  } = useFetch<Organisation>(resourcePath(workspace, "organisations", id));
  const names = useNames(workspace);
  const base = `/w/${encodeURIComponent(workspace)}/organisations`;
  if (error) return <ErrorNotice error={error} />;
  if (loading || !org) return <Loading what="the organisation" />;

  const handleDelete = async () => {
    await apiFetch(resourcePath(workspace, "organisations", id), { method: "DELETE" });
    forgetNames(workspace);
    navigate(base);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={base}>Organisations</Link> /
      </p>
      <div className="page-head">
        <h1>
          {org.name} {org.illustrative && <IllustrativeBadge />}
        </h1>
        <div className="actions">
          <Link className="button" href={`${base}/${encodeURIComponent(id)}/portfolio`}>
            Portfolio
          </Link>
          <Can atLeast="editor">
            <Link className="button" href={`${base}/${encodeURIComponent(id)}/edit`}>
              Edit
            </Link>
            <ConfirmDelete what={org.name} onDelete={handleDelete} />
          </Can>
        </div>
      </div>
      <dl className="facts-list">
        <dt>Sector</dt>
        <dd>{labelOf(SECTOR_LABELS, org.sector)}</dd>
        <dt>Kind</dt>
        <dd>{labelOf(KIND_LABELS, org.kind)}</dd>
        <dt>Nation</dt>
        <dd>{labelOf(NATION_LABELS, org.nation)}</dd>
        <dt>Identifier</dt>
        <dd className="mono">{org.id}</dd>
        <dt>Other identifiers</dt>
        <dd>
          {org.identifiers.length === 0 && "—"}
          {org.identifiers.map((i) => (
            <span key={`${i.scheme}-${i.id}`} className="tag mono">
              {i.scheme}: {i.id}
            </span>
          ))}
        </dd>
        <dt>Other names</dt>
        <dd>{org.otherNames.length ? org.otherNames.join("; ") : "—"}</dd>
        {org.fields.length > 0 && (
          <>
            <dt>Fields of work</dt>
            <dd>{org.fields.join("; ")}</dd>
          </>
        )}
      </dl>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts by year</h2>
        <FactsTable org={org} />
      </section>
      <section aria-labelledby="memberships-heading">
        <h2 id="memberships-heading">Memberships</h2>
        <Memberships workspace={workspace} organisation={id} />
      </section>
      <RelatedSections workspace={workspace} filter="organisation" id={id} names={names} />
      <ProvenanceSection workspace={workspace} collection="organisations" id={id} />
      <HistoryPanel workspace={workspace} collection="organisations" id={id} />
    </>
  );
}

function FactsTable({ org }: { org: Organisation }) {
  if (org.facts.length === 0) return <p className="muted">No facts recorded.</p>;
  const facts = [...org.facts].sort((a, b) => a.year - b.year);
  return (
    <>
      <FactsChart facts={facts} />
      <div className="table-scroll compact">
        <table>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Homes</th>
              <th scope="col">Turnover</th>
              <th scope="col">Staff</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <tr key={f.year}>
                <td>{f.year}</td>
                <td className="number">{formatNumber(f.homes)}</td>
                <td className="number">{formatMoney(f.turnover)}</td>
                <td className="number">{formatNumber(f.staff)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
