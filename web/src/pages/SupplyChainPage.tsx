import type { Partnership } from "../../../src/shared/index.ts";
import type { SupplyChain, SupplyChainAnalysis } from "../../../src/shared/supply-chain-views.ts";
import { apiFetch, resourcePath } from "../api.ts";
import { Can } from "../components/Can.tsx";
import { ConfirmDelete } from "../components/ConfirmDelete.tsx";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { HistoryPanel } from "../components/people/HistoryPanel.tsx";
import { RunNote } from "../components/people/RunNote.tsx";
import { Assumptions } from "../components/supply-chain/Assumptions.tsx";
import { BreakEvenTable } from "../components/supply-chain/BreakEvenTable.tsx";
import { CashCurvesChart } from "../components/supply-chain/CashCurvesChart.tsx";
import { MonteCarloPanel } from "../components/supply-chain/MonteCarloPanel.tsx";
import { PaysForUs } from "../components/supply-chain/PaysForUs.tsx";
import { ProviderTable } from "../components/supply-chain/ProviderTable.tsx";
import { RiskTransfer } from "../components/supply-chain/RiskTransfer.tsx";
import { SensitivityChart } from "../components/supply-chain/SensitivityChart.tsx";
import { SupplyChainDiagram } from "../components/supply-chain/SupplyChainDiagram.tsx";
import { SupplyChainTabs } from "../components/supply-chain/SupplyChainTabs.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { useOrganisationNames } from "../hooks/useNames.ts";
import { supplyChainHref, supplyChainPath } from "../lib/supply-chain-api.ts";
import { Link, navigate } from "../router.tsx";
import "../components/supply-chain/supply-chain.css";

/** One supply chain: diagram, cash curves, break-even, sensitivity, "does it pay for us?" and Monte Carlo. */
export function SupplyChainPage({ workspace, id }: { workspace: string; id: string }) {
  const canRun = useCan("analyst");
  const chain = useFetch<SupplyChain>(supplyChainPath(workspace, id));
  const analysis = useFetch<SupplyChainAnalysis>(supplyChainPath(workspace, id, "/analysis"));
  const partnershipId = chain.data?.partnership ?? null;
  const partnership = useFetch<Partnership>(
    partnershipId ? resourcePath(workspace, "partnerships", partnershipId) : null,
  );
  const p = partnership.data;
  const names = useOrganisationNames(
    workspace,
    p ? [...p.members.map((m) => m.organisation), p.commissioner ?? ""] : [],
  );
  const error = chain.error ?? analysis.error;
  if (error) return <ErrorNotice error={error} />;
  if (!chain.data || !analysis.data) return <Loading what="the supply chain" />;
  const c = chain.data;
  const a = analysis.data;
  const exportBase = `/api/v1${supplyChainPath(workspace, id, "/export")}`;

  const handleDelete = async () => {
    await apiFetch(supplyChainPath(workspace, id), { method: "DELETE" });
    navigate(supplyChainHref(workspace));
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={supplyChainHref(workspace)}>Supply chains</Link> /
      </p>
      <div className="page-head">
        <h1>{c.name}</h1>
        <div className="actions">
          <Can atLeast="analyst" createdBy={c.createdBy ?? null}>
            <Link className="button" href={supplyChainHref(workspace, id, "/edit")}>
              Edit the model
            </Link>
            <ConfirmDelete what={c.name} onDelete={handleDelete} />
          </Can>
        </div>
      </div>
      <SupplyChainTabs workspace={workspace} id={id} current="" />
      {c.partnership && (
        <p>
          Linked to the partnership{" "}
          <Link
            href={`/w/${encodeURIComponent(workspace)}/partnerships/${encodeURIComponent(c.partnership)}`}
          >
            {p?.name ?? c.partnership}
          </Link>
          {c.contract && <> and the contract {c.contract}</>}.
        </p>
      )}
      <section aria-labelledby="sc-diagram">
        <h2 id="sc-diagram">The chain</h2>
        <SupplyChainDiagram
          partnership={p ?? null}
          providers={c.document.providers}
          names={names}
        />
      </section>
      <section aria-labelledby="sc-money">
        <h2 id="sc-money">Money per provider</h2>
        <ProviderTable providers={a.providers} />
        <CashCurvesChart providers={a.providers} />
        <p className="sc-exports">
          Export: <a href={`${exportBase}.json`}>analysis (JSON)</a> ·{" "}
          <a href={`${exportBase}.providers.csv`}>provider table (CSV)</a> ·{" "}
          <a href={`${exportBase}.cash-curves.csv`}>cash curves (CSV)</a> ·{" "}
          <a href={`${exportBase}.xlsx`}>workbook (XLSX)</a>
        </p>
      </section>
      <section aria-labelledby="sc-pays">
        <h2 id="sc-pays">Does this contract pay for us?</h2>
        <PaysForUs analysis={a} model={c.document} />
      </section>
      <section aria-labelledby="sc-break-even">
        <h2 id="sc-break-even">Break-even performance</h2>
        <BreakEvenTable providers={a.providers} />
      </section>
      <section aria-labelledby="sc-sensitivity">
        <h2 id="sc-sensitivity">Sensitivity to outcome rates</h2>
        <SensitivityChart providers={a.providers} />
      </section>
      <section aria-labelledby="sc-risk">
        <h2 id="sc-risk">Who bears the risk</h2>
        <RiskTransfer risk={a.riskTransfer} />
      </section>
      <section aria-labelledby="sc-mc">
        <h2 id="sc-mc">Spread: Monte Carlo</h2>
        {canRun ? <MonteCarloPanel workspace={workspace} id={id} /> : <RunNote />}
      </section>
      <Assumptions lines={a.assumptions} />
      <HistoryPanel workspace={workspace} collection="supply-chains" id={id} />
    </>
  );
}
