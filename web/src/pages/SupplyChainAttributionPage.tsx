import { useState } from "react";
import type { AttributionView } from "../../../src/shared/supply-chain-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { RunNote } from "../components/people/RunNote.tsx";
import { Assumptions } from "../components/supply-chain/Assumptions.tsx";
import { CsvUpload } from "../components/supply-chain/CsvUpload.tsx";
import { SupplyChainTabs } from "../components/supply-chain/SupplyChainTabs.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { supplyChainHref, supplyChainPath } from "../lib/supply-chain-api.ts";
import { Link } from "../router.tsx";
import "../components/supply-chain/supply-chain.css";

const METHODS = [
  ["first", "First touch"],
  ["last", "Last touch"],
  ["linear", "Linear"],
  ["shapley", "Shapley"],
] as const;

/** Fair credit for joint outcomes: credits by four methods side by side, and partners' claims reconciled. */
export function SupplyChainAttributionPage({ workspace, id }: { workspace: string; id: string }) {
  const [journeys, setJourneys] = useState<string | null>(null);
  const canRun = useCan("analyst");
  const [claims, setClaims] = useState<string | null>(null);
  const [method, setMethod] = useState("shapley");
  const [result, setResult] = useState<AttributionView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const handleRun = async () => {
    if (!journeys) return;
    setError(null);
    try {
      const body = claims ? { journeys, claims } : { journeys };
      setResult(
        await apiFetch<AttributionView>(
          `${supplyChainPath(workspace, id, "/attribution")}?method=${method}`,
          { method: "POST", body },
        ),
      );
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={supplyChainHref(workspace)}>Supply chains</Link> /{" "}
        <Link href={supplyChainHref(workspace, id)}>{id}</Link> /
      </p>
      <h1>Attribution of joint outcomes</h1>
      <SupplyChainTabs workspace={workspace} id={id} current="/attribution" />
      <div className="sc-grid">
        <CsvUpload
          label="Journeys CSV"
          hint="Columns participant_id, provider, touch_date, outcome (0/1)."
          onText={(t) => setJourneys(t)}
        />
        <CsvUpload
          label="Claims CSV (optional)"
          hint="Columns provider, claimed."
          onText={(t) => setClaims(t)}
        />
        <label className="sc-field">
          <span>Reconcile claims against</span>
          <select value={method} onChange={(e) => setMethod(e.target.value)}>
            {METHODS.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {canRun ? (
        <button type="button" className="button primary" onClick={handleRun} disabled={!journeys}>
          Attribute outcomes
        </button>
      ) : (
        <RunNote />
      )}
      {error && <ErrorNotice error={error} />}
      {result && <AttributionResults result={result} />}
    </>
  );
}

// One decimal with a proper minus sign: Shapley credits can be negative.
const signed = (x: number) => (x < -0.05 ? `−${Math.abs(x).toFixed(1)}` : Math.abs(x).toFixed(1));

function AttributionResults({ result }: { result: AttributionView }) {
  const ids = Object.keys(result.credits.shapley ?? {});
  const name = (id: string) => result.names[id] ?? id;
  return (
    <>
      <p>
        {result.journeys} participant journeys, {result.outcomes} job outcomes. Each method shares
        those outcomes out between the providers on the journeys; every column adds up to{" "}
        {result.outcomes}.
      </p>
      <div className="table-scroll">
        <table className="sc-table" data-table="attribution">
          <thead>
            <tr>
              <th scope="col">Provider</th>
              {METHODS.map(([key, label]) => (
                <th key={key} scope="col" className="num">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id}>
                <th scope="row">{name(id)}</th>
                {METHODS.map(([key]) => (
                  <td key={key} className="num">
                    {signed(result.credits[key]?.[id] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {Object.values(result.credits.shapley ?? {}).some((x) => x < -0.05) && (
        <p className="muted">
          A negative Shapley credit means participants whose journeys included that provider got job
          outcomes less often than comparable journeys without it: on this evidence its part added
          nothing to the outcomes.
        </p>
      )}
      {result.claims && (
        <>
          <h2>Claims against credit ({result.method})</h2>
          <p data-over-claim>
            Partners claimed {result.claims.totalClaimed} outcomes for {result.outcomes} distinct
            ones: an over-claim factor of{" "}
            <strong>{result.claims.overClaimFactor?.toFixed(2) ?? "—"}</strong>. Above 1, the same
            job is being claimed more than once ('credit stealing').
          </p>
          <div className="table-scroll">
            <table className="sc-table">
              <thead>
                <tr>
                  <th scope="col">Provider</th>
                  <th scope="col" className="num">
                    Claimed
                  </th>
                  <th scope="col" className="num">
                    Attributed
                  </th>
                  <th scope="col" className="num">
                    Excess
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.claims.partners.map((c) => (
                  <tr key={c.provider}>
                    <th scope="row">{name(c.provider)}</th>
                    <td className="num">{c.claimed}</td>
                    <td className="num">{signed(c.attributed)}</td>
                    <td className={c.excess > 0.05 ? "num sc-flag" : "num"}>
                      {c.excess.toFixed(1)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Assumptions lines={result.assumptions} />
    </>
  );
}
