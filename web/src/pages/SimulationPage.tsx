import { useState } from "react";
import type { Items } from "../../../src/shared/api-common.ts";
import {
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioChange,
  SIMULATION_POLICY_IDS,
  SIMULATION_POLICY_LABELS,
  type SimulationSummary,
} from "../../../src/shared/simulation.ts";
import type { SimulationPresetView } from "../../../src/shared/simulation-presets.ts";
import type { JobOf as Job, JobStarted } from "../../../src/shared/supply-chain-views.ts";
import { ApiError, apiFetch } from "../api.ts";
import { CompareScenarios } from "../components/simulation/CompareScenarios.tsx";
import { PresetCalibration } from "../components/simulation/PresetCalibration.tsx";
import { SaveRunAsWorkspace } from "../components/simulation/SaveRunAsWorkspace.tsx";
import { SimulationResult } from "../components/simulation/SimulationResult.tsx";
import { useFetch } from "../hooks/useFetch.ts";
import { pollJob } from "../lib/supply-chain-api.ts";

const PRESETS = ["england-housing-2002", "ni-procurement-2008"];
/** A policy as the page edits it: the preset's own setting, forced on or off, and a start year. */
interface PolicyChoice {
  mode: "preset" | "on" | "off";
  from: string;
}

function changesOf(choices: Record<string, PolicyChoice>): ScenarioChange[] {
  return Object.entries(choices).flatMap(([policy, c]) => {
    const change: Record<string, unknown> = { policy };
    if (c.mode !== "preset") change.enabled = c.mode === "on";
    if (c.from.trim() !== "") change.from = Number(c.from);
    return Object.keys(change).length > 1 ? [change as ScenarioChange] : [];
  });
}

/** The sector simulation: choose a preset, change its policies, run it as a job, read the bands and calibration. */
export function SimulationPage({ workspace }: { workspace: string }) {
  const [preset, setPreset] = useState(PRESETS[0]!);
  const [runs, setRuns] = useState(20);
  const [seed, setSeed] = useState(1);
  const [choices, setChoices] = useState<Record<string, PolicyChoice>>({});
  const [job, setJob] = useState<Job<SimulationSummary> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const presets = useFetch<Items<SimulationPresetView>>("/simulations/presets");
  const running = job?.status === "running" || job?.status === "queued";
  const choice = (id: string) => choices[id] ?? { mode: "preset", from: "" };
  const setChoice = (id: string, change: Partial<PolicyChoice>) =>
    setChoices({ ...choices, [id]: { ...choice(id), ...change } });

  const current = (): Scenario => ({
    format: SCENARIO_FORMAT,
    preset,
    runs,
    seed,
    changes: changesOf(choices),
  });
  const handleRun = async () => {
    setError(null);
    try {
      const body = current();
      const started = await apiFetch<JobStarted<SimulationSummary>>(
        `/workspaces/${encodeURIComponent(workspace)}/simulations`,
        { method: "POST", body },
      );
      setJob(started.job);
      const done = await pollJob<SimulationSummary>(started.job.id, setJob);
      if (done.status === "failed") setError(done.error ?? "The simulation failed");
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    }
  };
  const handleCancel = async () => {
    if (!job) return;
    try {
      setJob(await apiFetch<Job<SimulationSummary>>(`/jobs/${job.id}`, { method: "DELETE" }));
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    }
  };

  const result = job?.status === "done" ? job.result : undefined;
  const view = presets.data?.items.find((p) => p.name === preset);
  const inPreset = (id: string) => {
    const entry = view?.timeline.find((e) => e.policy === id);
    if (!view) return "…";
    return entry ? `${entry.from}–${entry.to ?? "on"}` : "not in the preset";
  };
  return (
    <section className="page" data-page="simulation">
      <h1>Sector simulation</h1>
      <p>
        Simulated sectors are illustrative: each run is one possible history under the policies
        chosen.
      </p>
      <div className="sim-controls">
        <label>
          Preset{" "}
          <select value={preset} onChange={(e) => setPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          Runs{" "}
          <input
            type="number"
            min={1}
            value={runs}
            onChange={(e) => setRuns(Number(e.target.value))}
          />
        </label>
        <label>
          Seed{" "}
          <input
            type="number"
            min={0}
            value={seed}
            onChange={(e) => setSeed(Number(e.target.value))}
          />
        </label>
      </div>
      <PresetCalibration preset={view} />
      <table className="table" data-table="policies">
        <caption>Policies (leave 'as preset' to keep the preset's timeline)</caption>
        <thead>
          <tr>
            <th scope="col">Policy</th>
            <th scope="col">In the preset</th>
            <th scope="col">Setting</th>
            <th scope="col">Start year</th>
          </tr>
        </thead>
        <tbody>
          {SIMULATION_POLICY_IDS.map((id) => (
            <tr key={id}>
              <th scope="row">
                {SIMULATION_POLICY_LABELS[id]} <span className="muted">({id})</span>
              </th>
              <td data-cell="in-preset">{inPreset(id)}</td>
              <td>
                <select
                  aria-label={`${SIMULATION_POLICY_LABELS[id]}: setting`}
                  value={choice(id).mode}
                  onChange={(e) => setChoice(id, { mode: e.target.value as PolicyChoice["mode"] })}
                >
                  <option value="preset">as preset</option>
                  <option value="on">on</option>
                  <option value="off">off</option>
                </select>
              </td>
              <td>
                <input
                  aria-label={`${SIMULATION_POLICY_LABELS[id]}: start year`}
                  type="number"
                  placeholder="as preset"
                  value={choice(id).from}
                  onChange={(e) => setChoice(id, { from: e.target.value })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="button primary" onClick={handleRun} disabled={running}>
          {running ? "Running…" : "Run"}
        </button>{" "}
        {running && (
          <button type="button" className="button" onClick={handleCancel}>
            Cancel
          </button>
        )}
      </p>
      {job && (
        <div className="sc-progress">
          <progress max={1} value={job.progress} aria-label="Simulation progress" />
          <span data-progress-text>
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
      {result && <SimulationResult result={result} />}
      <SaveRunAsWorkspace workspace={workspace} current={current} />
      <CompareScenarios workspace={workspace} current={current} runs={runs} seed={seed} />
    </section>
  );
}
