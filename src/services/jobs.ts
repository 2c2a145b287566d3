import { randomUUID } from "node:crypto";
import type { ServiceContext } from "./context.ts";
import { notFound } from "./errors.ts";

/** How long a job (and its result) is kept after it started. */
export const JOB_TTL_MS = 60 * 60 * 1000;

/** What a caller sees of a long job: status, progress 0–1 with a message, then result or error. */
export interface JobView {
  id: string;
  kind: string;
  status: "running" | "done" | "failed" | "cancelled";
  progress: number;
  message: string;
  result?: unknown;
  error?: string;
  startedAt: string;
}

/** Reports progress from inside a job: a fraction 0–1 and a message in plain words. */
export type JobProgress = (fraction: number, message: string) => void;

interface JobEntry extends JobView {
  started: number;
  /** The workspace the job works on: only its members may follow it. */
  workspace: string | null;
  controller: AbortController;
}

// One registry per service context: jobs live in this process only and vanish on restart, which is
// fine for results that can be recomputed from the same seed.
const registries = new WeakMap<ServiceContext, Map<string, JobEntry>>();

function registryOf(ctx: ServiceContext): Map<string, JobEntry> {
  let jobs = registries.get(ctx);
  if (!jobs) {
    jobs = new Map();
    registries.set(ctx, jobs);
  }
  const now = ctx.now().getTime();
  for (const [id, job] of jobs) if (now - job.started > JOB_TTL_MS) jobs.delete(id);
  return jobs;
}

function viewOf(job: JobEntry): JobView {
  const { started: _, workspace: __, controller: ___, ...view } = job;
  return view;
}

/** Starts `work` in the background and returns its job at once; poll it with `jobGet`. */
export function jobStart(
  ctx: ServiceContext,
  kind: string,
  work: (progress: JobProgress, signal: AbortSignal) => Promise<unknown>,
  workspace: string | null = null,
): JobView {
  const jobs = registryOf(ctx);
  const now = ctx.now();
  const job: JobEntry = {
    id: randomUUID(),
    kind,
    status: "running",
    progress: 0,
    message: "Starting",
    startedAt: now.toISOString(),
    started: now.getTime(),
    workspace,
    controller: new AbortController(),
  };
  jobs.set(job.id, job);
  const progress: JobProgress = (fraction, message) => {
    if (job.status !== "running") return;
    job.progress = Math.min(1, Math.max(0, fraction));
    job.message = message;
  };
  // A cancelled job keeps its 'cancelled' state whatever the work does after it was aborted.
  work(progress, job.controller.signal).then(
    (result) => {
      if (job.status === "running")
        Object.assign(job, { status: "done", progress: 1, message: "Done", result });
    },
    (error: unknown) => {
      if (job.status !== "running") return;
      Object.assign(job, {
        status: "failed",
        message: "Failed",
        error: error instanceof Error ? error.message : String(error),
      });
    },
  );
  return viewOf(job);
}

/** The job's current state, or a not-found error once it has expired (after an hour). */
export function jobGet(ctx: ServiceContext, id: string): JobView {
  const job = registryOf(ctx).get(id);
  if (!job) throw notFound(`There is no job '${id}' (jobs are kept for an hour)`);
  return viewOf(job);
}

/** The workspace a job works on (null for none), or a not-found error as `jobGet` gives. */
export function jobWorkspace(ctx: ServiceContext, id: string): string | null {
  const job = registryOf(ctx).get(id);
  if (!job) throw notFound(`There is no job '${id}' (jobs are kept for an hour)`);
  return job.workspace;
}

/** Cancels a running job: its work sees the abort signal; a finished job is left as it is. */
export function jobCancel(ctx: ServiceContext, id: string): JobView {
  const job = registryOf(ctx).get(id);
  if (!job) throw notFound(`There is no job '${id}' (jobs are kept for an hour)`);
  if (job.status === "running") {
    Object.assign(job, { status: "cancelled", message: "Cancelled" });
    job.controller.abort();
  }
  return viewOf(job);
}
