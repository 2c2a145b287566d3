import { useEffect, useRef, useState } from "react";
import type { ImportJob, ImportResult } from "../../../src/shared/interop-views.ts";
import { JOB_STATE_LABELS, jobIsLive } from "../../../src/shared/jobs.ts";
import { ApiError, apiFetch } from "../api.ts";
import { Link } from "../router.tsx";

/** How often a running import job is read again. */
const POLL_MS = 700;

/** Files over this size are imported as a job unless the person chooses otherwise. */
export const LARGE_IMPORT_BYTES = 20_000_000;

/** The choice to import as a background job (into this workspace only: a job needs one). */
export function ImportAsJob(props: { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />{" "}
      Run in the background as a job (chosen for files over 20 MB)
    </label>
  );
}

/**
 * Follows an import running as a job: its progress bar and message, a cancel button while it can
 * still change, a link to the workspace's jobs page; hands over the import's report when done.
 */
export function ImportJobProgress(props: {
  workspace: string;
  job: ImportJob;
  onDone: (result: ImportResult) => void;
}) {
  const [job, setJob] = useState<ImportJob>(props.job);
  const [problem, setProblem] = useState<string | null>(null);
  // The latest callback, without restarting the polling when the form renders again.
  const onDone = useRef(props.onDone);
  onDone.current = props.onDone;
  const id = props.job.id;
  useEffect(() => {
    let stopped = false;
    const read = async () => {
      try {
        const next = await apiFetch<ImportJob>(`/jobs/${encodeURIComponent(id)}`);
        if (stopped) return;
        setJob(next);
        if (next.status === "done" && next.result) onDone.current(next.result);
        if (jobIsLive(next.status)) timer = setTimeout(read, POLL_MS);
      } catch (cause) {
        if (!stopped) setProblem(cause instanceof ApiError ? cause.message : String(cause));
      }
    };
    let timer = setTimeout(read, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [id]);

  const handleCancel = async () => {
    try {
      setJob(await apiFetch<ImportJob>(`/jobs/${encodeURIComponent(id)}`, { method: "DELETE" }));
    } catch (cause) {
      setProblem(cause instanceof ApiError ? cause.message : String(cause));
    }
  };
  const percent = Math.round(job.progress * 100);
  const state = JOB_STATE_LABELS[job.status];
  return (
    <div className="import-job" aria-live="polite">
      <p>
        <label htmlFor="import-job-progress">Import job</label>{" "}
        <progress
          id="import-job-progress"
          max={100}
          value={percent}
          aria-valuetext={`${percent}%: ${job.message}`}
        />{" "}
        {percent}% · {state}
        {job.message !== state && ` · ${job.message}`}
      </p>
      {job.error && (
        <p role="alert" className="error">
          The import job failed: {job.error}
        </p>
      )}
      {job.status === "cancelled" && (
        <p className="notice" role="status">
          The import was cancelled; nothing was written.
        </p>
      )}
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <p>
        {jobIsLive(job.status) && (
          <button type="button" onClick={() => void handleCancel()}>
            Cancel import
          </button>
        )}{" "}
        It runs in the background: you can leave this page and follow it on the{" "}
        <Link href={`/w/${encodeURIComponent(props.workspace)}/jobs`}>Jobs page</Link>.
      </p>
    </div>
  );
}
