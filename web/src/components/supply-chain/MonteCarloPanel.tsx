import { useState } from "react";
import type {
  JobOf as Job,
  JobStarted,
  MonteCarloResult,
} from "../../../../src/shared/supply-chain-views.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { pollJob, supplyChainPath } from "../../lib/supply-chain-api.ts";
import { money } from "../../lib/supply-chain-chart.ts";
import { Assumptions } from "./Assumptions.tsx";
import { NumField } from "./NumField.tsx";

/** Runs a Monte Carlo as a server job with a progress bar, then shows the spread of NPV and peak funding. */
export function MonteCarloPanel({ workspace, id }: { workspace: string; id: string }) {
  const [runs, setRuns] = useState(1000);
  const [seed, setSeed] = useState(1);
  const [job, setJob] = useState<Job<MonteCarloResult> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = job?.status === "running";

  const handleRun = async () => {
    setError(null);
    try {
      const started = await apiFetch<JobStarted<MonteCarloResult>>(
        supplyChainPath(workspace, id, "/monte-carlo"),
        {
          method: "POST",
          body: { runs, seed },
        },
      );
      setJob(started.job);
      const done = await pollJob<MonteCarloResult>(started.job.id, setJob);
      if (done.status === "failed") setError(done.error ?? "The run failed");
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    }
  };

  return (
    <div data-panel="monte-carlo">
      <div className="sc-grid sc-inline">
        <NumField label="Runs" value={runs} step={100} min={1} onChange={setRuns} />
        <NumField
          label="Seed"
          value={seed}
          step={1}
          min={0}
          onChange={setSeed}
          hint="Same seed, same numbers."
        />
        <button type="button" className="button primary" onClick={handleRun} disabled={running}>
          {running ? "Running…" : "Run Monte Carlo"}
        </button>
      </div>
      {job && (
        <div className="sc-progress">
          <progress max={1} value={job.progress} aria-label="Monte Carlo progress" />
          <span data-progress-text>
            {Math.round(job.progress * 100)}% — {job.message}
          </span>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {job?.result && <SpreadTable result={job.result} />}
    </div>
  );
}

function SpreadTable({ result }: { result: MonteCarloResult }) {
  return (
    <>
      <div className="table-scroll">
        <table className="sc-table" data-table="monte-carlo">
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col" className="num">
                NPV p10
              </th>
              <th scope="col" className="num">
                NPV p50
              </th>
              <th scope="col" className="num">
                NPV p90
              </th>
              <th scope="col" className="num">
                Peak funding p10
              </th>
              <th scope="col" className="num">
                p50
              </th>
              <th scope="col" className="num">
                p90
              </th>
            </tr>
          </thead>
          <tbody>
            {result.providers.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.name}</th>
                <td className="num">{money(p.npv.p10)}</td>
                <td className="num">{money(p.npv.p50)}</td>
                <td className="num">{money(p.npv.p90)}</td>
                <td className="num">{money(p.peakFunding.p10)}</td>
                <td className="num">{money(p.peakFunding.p50)}</td>
                <td className="num">{money(p.peakFunding.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Assumptions lines={result.assumptions} title="How the spread was found" />
    </>
  );
}
