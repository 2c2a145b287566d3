import { useEffect, useState } from "react";
import {
  JOB_KIND_LABELS,
  JOB_STATE_LABELS,
  JOB_STATES,
  type JobList,
  type JobView,
  jobIsLive,
} from "../../../src/shared/jobs.ts";
import { ApiError, apiFetch, queryOf, resourcePath } from "../api.ts";
import { ErrorNotice, Loading } from "../components/ErrorNotice.tsx";
import { SelectField } from "../components/Fields.tsx";
import { useAccess, useCan } from "../hooks/useAccess.ts";
import { useFetch } from "../hooks/useFetch.ts";
import { formatDateTime } from "../lib/people-format.ts";
import { useQuery } from "../router.tsx";

type JobRow = JobList["items"][number];
const STATE_OPTIONS = JOB_STATES.map((value) => ({ value, label: JOB_STATE_LABELS[value] }));
/** How often the list is read again while any job on it can still change. */
const POLL_MS = 1500;

/** A job's progress as a bar with its percentage for assistive technology, and the job's message. */
function ProgressBar({ job, label }: { job: JobRow; label: string }) {
  const percent = Math.round(job.progress * 100);
  return (
    <div className="job-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%: ${job.message}`}
        style={{ border: "1px solid #555", borderRadius: 3, height: 10, width: "8rem" }}
      >
        <div style={{ background: "#1d5fa8", height: "100%", width: `${percent}%` }} />
      </div>
      <span>
        {percent}% · {job.message}
      </span>
    </div>
  );
}

function kindLabel(kind: string): string {
  return JOB_KIND_LABELS[kind] ?? kind;
}

/** Every job of the workspace: what it is, who started it, its state and progress; cancel your own. */
export function JobsPage({ workspace }: { workspace: string }) {
  const [query, setQuery] = useQuery();
  const { me } = useAccess();
  const isEditor = useCan("editor");
  const state = query.get("state") ?? "";
  const mine = query.get("mine") === "1";
  const path = `${resourcePath(workspace, "jobs")}${queryOf({ state, owner: mine ? (me?.id ?? "") : "" })}`;
  const list = useFetch<JobList>(path);
  const [problem, setProblem] = useState<string | null>(null);
  const live = (list.data?.items ?? []).some((job) => jobIsLive(job.status));
  const { reload } = list;
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [live, reload]);

  const handleCancel = async (job: JobRow) => {
    setProblem(null);
    try {
      await apiFetch<JobView>(`/jobs/${encodeURIComponent(job.id)}`, { method: "DELETE" });
      reload();
    } catch (cause) {
      setProblem(cause instanceof ApiError ? cause.message : String(cause));
    }
  };
  const canCancel = (job: JobRow) =>
    jobIsLive(job.status) && (isEditor || (me !== null && job.owner === me.id));

  return (
    <section className="page" data-page="jobs">
      <h1>Jobs</h1>
      <p className="muted">
        Long work (simulations, Monte Carlo runs, large imports) waits in a queue and runs in the
        background; results are kept with the job. Whoever started a job, or an editor, can cancel
        it.
      </p>
      <div className="filters">
        <SelectField
          id="jobs-state"
          label="State"
          value={state}
          options={STATE_OPTIONS}
          empty="Any state"
          onChange={(value) => setQuery({ state: value })}
        />
        <label className="field">
          <input
            type="checkbox"
            checked={mine}
            onChange={(e) => setQuery({ mine: e.target.checked ? "1" : null })}
          />{" "}
          Only jobs I started
        </label>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      {list.error && <ErrorNotice error={list.error} />}
      {!list.data && !list.error && <Loading what="jobs" />}
      {list.data && list.data.items.length === 0 && <p>No jobs yet.</p>}
      {list.data && list.data.items.length > 0 && (
        <table aria-label="Jobs of this workspace, newest first">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Started by</th>
              <th scope="col">Queued</th>
              <th scope="col">State</th>
              <th scope="col">Progress</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((job) => {
              const label = `${kindLabel(job.kind)} queued ${formatDateTime(job.createdAt)}`;
              return (
                <tr key={job.id} data-job={job.id}>
                  <td>{kindLabel(job.kind)}</td>
                  <td>{job.ownerName ?? "The operator (command line)"}</td>
                  <td>{formatDateTime(job.createdAt)}</td>
                  <td>
                    {JOB_STATE_LABELS[job.status]}
                    {job.attempts > 1 && ` (attempt ${job.attempts} of ${job.maxAttempts})`}
                    {job.error && <div className="muted">{job.error}</div>}
                  </td>
                  <td>
                    <ProgressBar job={job} label={`Progress of ${label}`} />
                  </td>
                  <td>
                    {canCancel(job) && (
                      <button
                        type="button"
                        aria-label={`Cancel ${label}`}
                        onClick={() => void handleCancel(job)}
                      >
                        Cancel
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
