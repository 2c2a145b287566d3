import { useState } from "react";
import type { ProviderPerformance } from "../../../src/shared/index.ts";
import type { PerformanceView } from "../../../src/shared/supply-chain-views.ts";
import { ApiError } from "../api.ts";
import { ErrorNotice } from "../components/ErrorNotice.tsx";
import { RunNote } from "../components/people/RunNote.tsx";
import { Assumptions } from "../components/supply-chain/Assumptions.tsx";
import { CsvUpload } from "../components/supply-chain/CsvUpload.tsx";
import { FunnelPlot } from "../components/supply-chain/FunnelPlot.tsx";
import { SupplyChainTabs } from "../components/supply-chain/SupplyChainTabs.tsx";
import { useCan } from "../hooks/useAccess.ts";
import { formatDate } from "../lib/format.ts";
import { postCsv, supplyChainHref, supplyChainPath } from "../lib/supply-chain-api.ts";
import { pct } from "../lib/supply-chain-chart.ts";
import { Link } from "../router.tsx";
import "../components/supply-chain/supply-chain.css";

const FUNNEL_WORDS: Record<ProviderPerformance["funnel"], string> = {
  "above-99.8": "far above the chain",
  "above-95": "above the chain",
  within: "in line",
  "below-95": "below the chain",
  "below-99.8": "far below the chain",
};

/** Performance management from a participants CSV: O, E and O/E per provider, funnel plot, creaming and parking. */
export function SupplyChainPerformancePage({ workspace, id }: { workspace: string; id: string }) {
  const [result, setResult] = useState<PerformanceView | null>(null);
  const canRun = useCan("analyst");
  const [error, setError] = useState<ApiError | null>(null);
  const handleText = async (csv: string) => {
    setError(null);
    try {
      setResult(
        await postCsv<PerformanceView>(supplyChainPath(workspace, id, "/performance"), csv),
      );
    } catch (cause) {
      setResult(null);
      setError(cause instanceof ApiError ? cause : new ApiError(0, "error", String(cause)));
    }
  };
  return (
    <>
      <p className="breadcrumb">
        <Link href={supplyChainHref(workspace)}>Supply chains</Link> /{" "}
        <Link href={supplyChainHref(workspace, id)}>{id}</Link> /
      </p>
      <h1>Performance</h1>
      <SupplyChainTabs workspace={workspace} id={id} current="/performance" />
      {!canRun && <RunNote />}
      <CsvUpload
        label="Participants CSV"
        hint="Columns participant_id, provider, group, referral_date, job_start_date, outcome (0/1), support_hours — see examples/pbr/participants.csv."
        onText={handleText}
      />
      {error && <ErrorNotice error={error} />}
      {error?.problems.map((p) => (
        <p key={p.path} className="field-error">
          {p.path}: {p.message}
        </p>
      ))}
      {result && <PerformanceResults result={result} />}
    </>
  );
}

function PerformanceResults({ result }: { result: PerformanceView }) {
  const name = (id: string) => result.names[id] ?? id;
  return (
    <>
      <p>
        {result.chain.participants.toLocaleString("en-GB")} participants,{" "}
        {result.chain.outcomes.toLocaleString("en-GB")} job outcomes: {pct(result.chain.rate)}{" "}
        chain-wide.
      </p>
      <div className="table-scroll">
        <table className="sc-table" data-table="performance">
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col" className="num">
                Participants
              </th>
              <th scope="col" className="num">
                Observed (O)
              </th>
              <th scope="col" className="num">
                Expected (E)
              </th>
              <th scope="col" className="num">
                O/E
              </th>
              <th scope="col">Funnel</th>
              <th scope="col">Parking</th>
              <th scope="col">Creaming</th>
            </tr>
          </thead>
          <tbody>
            {result.providers.map((p) => (
              <tr key={p.id}>
                <th scope="row">{name(p.id)}</th>
                <td className="num">{p.participants}</td>
                <td className="num">{p.observed}</td>
                <td className="num">{p.expected.toFixed(1)}</td>
                <td className="num">{p.ratio === null ? "—" : p.ratio.toFixed(2)}</td>
                <td className={p.funnel === "within" ? undefined : "sc-flag"}>
                  {FUNNEL_WORDS[p.funnel]}
                </td>
                <td className={p.parking.flagged ? "sc-flag" : undefined}>
                  {p.parking.flagged ? "signal" : "no signal"}
                  {p.parking.ratio !== null && ` (hard/easy hours ${p.parking.ratio.toFixed(2)})`}
                </td>
                <td className={p.creaming.flagged ? "sc-flag" : undefined}>
                  {p.creaming.flagged ? "signal" : "no signal"}
                  {p.creaming.rise !== null &&
                    ` (easy share ${p.creaming.rise >= 0 ? "+" : "−"}${pct(Math.abs(p.creaming.rise))})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        O/E compares each provider's job outcomes with what its own mix of participants would get at
        the chain's rate for each group: above 1 is better than its case mix predicts.{" "}
        <strong>Parking</strong> is when hard-to-help participants get much less support than easy
        ones (the signal compares mean support hours). <strong>Creaming</strong> is when a provider
        takes more of the easy groups over time (the signal compares the share of easy-group
        referrals before and after {formatDate(result.chain.splitDate)}). Both are prompts for a
        conversation, not proof.
      </p>
      <FunnelPlot result={result} />
      <Assumptions lines={result.assumptions} />
    </>
  );
}
