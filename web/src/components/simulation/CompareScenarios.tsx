import { useState } from "react";
import { type Scenario, SIMULATION_POLICY_LABELS } from "../../../../src/shared/simulation.ts";
import {
  SIMULATION_COMPARE_MAX,
  type SimulationComparison,
} from "../../../../src/shared/simulation-compare.ts";
import type { JobOf as Job, JobStarted } from "../../../../src/shared/supply-chain-views.ts";
import { ApiError, apiFetch } from "../../api.ts";
import { pollJob } from "../../lib/supply-chain-api.ts";
import { ComparisonView } from "./ComparisonView.tsx";

/** A scenario waiting to be compared: its label and document. */
interface Pending {
  /** A key that stays with the scenario while others are removed. */
  id: number;
  label: string;
  scenario: Scenario;
}

function describeChanges(s: Scenario): string {
  if (s.changes.length === 0) return `${s.preset} as preset`;
  const words = s.changes.map((c) =>
    c.enabled === false
      ? `${SIMULATION_POLICY_LABELS[c.policy]} off`
      : `${SIMULATION_POLICY_LABELS[c.policy]}${c.enabled ? " on" : ""}${c.from !== undefined ? ` from ${c.from}` : ""}`,
  );
  return `${s.preset}: ${words.join("; ")}`;
}

/**
 * Scenario comparison: add the page's current settings as a scenario (then change a policy above
 * and add again), up to four; run them all with the same seed and runs as one job; read the result.
 */
export function CompareScenarios({
  workspace,
  current,
  runs,
  seed,
}: {
  workspace: string;
  current: () => Scenario;
  runs: number;
  seed: number;
}) {
  const [pending, setPending] = useState<Pending[]>([]);
  const [job, setJob] = useState<Job<SimulationComparison> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = job?.status === "running" || job?.status === "queued";
  const full = pending.length >= SIMULATION_COMPARE_MAX;

  const add = () => {
    const scenario = current();
    let n = pending.length + 1;
    while (pending.some((p) => p.label === `Scenario ${n}`)) n++;
    const id = Math.max(0, ...pending.map((p) => p.id)) + 1;
    setPending([...pending, { id, label: `Scenario ${n}`, scenario }]);
  };
  const rename = (k: number, label: string) =>
    setPending(pending.map((p, i) => (i === k ? { ...p, label } : p)));
  const compare = async () => {
    setError(null);
    try {
      const started = await apiFetch<JobStarted<SimulationComparison>>(
        `/workspaces/${encodeURIComponent(workspace)}/simulations/compare`,
        {
          method: "POST",
          body: {
            runs,
            seed,
            scenarios: pending.map(({ label, scenario }) => ({ label, scenario })),
          },
        },
      );
      setJob(started.job);
      const done = await pollJob<SimulationComparison>(started.job.id, setJob);
      if (done.status === "failed") setError(done.error ?? "The comparison failed");
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    }
  };

  const cancel = async () => {
    if (!job) return;
    try {
      setJob(await apiFetch<Job<SimulationComparison>>(`/jobs/${job.id}`, { method: "DELETE" }));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    }
  };

  return (
    <section className="sim-compare" aria-labelledby="sim-compare-title">
      <h2 id="sim-compare-title">Compare scenarios</h2>
      <p>
        Add the settings above as a scenario, change a policy and add again (up to{" "}
        {SIMULATION_COMPARE_MAX}). All scenarios run {runs} times with seed {seed}: run k of each
        uses the same random draws, so differences come from the policies.
      </p>
      {pending.length > 0 && (
        <ol data-list="scenarios">
          {pending.map((p, k) => (
            <li key={p.id}>
              <input
                aria-label={`Scenario ${k + 1} name`}
                value={p.label}
                onChange={(e) => rename(k, e.target.value)}
              />{" "}
              <span>{describeChanges(p.scenario)}</span>{" "}
              <button
                type="button"
                className="button"
                onClick={() => setPending(pending.filter((_, i) => i !== k))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <p>
        <button type="button" className="button" onClick={add} disabled={full || running}>
          Add current settings as a scenario
        </button>{" "}
        <button
          type="button"
          className="button primary"
          onClick={compare}
          disabled={pending.length === 0 || running}
        >
          {running
            ? "Comparing…"
            : `Compare ${pending.length} scenario${pending.length === 1 ? "" : "s"}`}
        </button>
        {running && (
          <>
            {" "}
            <button type="button" className="button" onClick={cancel}>
              Cancel comparison
            </button>
          </>
        )}
      </p>
      {job && (
        <div className="sc-progress">
          <progress max={1} value={job.progress} aria-label="Comparison progress" />
          <span data-progress-text="comparison">
            {Math.round(job.progress * 100)}% —{" "}
            {job.status === "cancelled" ? "Cancelled" : job.message}
          </span>
        </div>
      )}
      {error && (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      )}
      {job?.status === "done" && job.result && <ComparisonView comparison={job.result} />}
    </section>
  );
}
