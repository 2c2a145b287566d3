import { jobFilesPrune, jobRecover, jobsPrune, jobsStale } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { UPLOAD_ORPHAN_MS } from "./import-upload.ts";

/** How long a finished job and its result are kept. */
export const JOB_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

/** What a sweep did: jobs put back in the queue, failed for want of attempts, and pruned. */
export interface SweepResult {
  requeued: string[];
  failed: string[];
  pruned: number;
}

/**
 * Finds running jobs whose worker stopped (no heartbeat for `leaseMs`) and puts each back in the
 * queue, through `send`, while attempts remain, or fails it naming the reason: never silently lost.
 * Safe to run from several processes at once (each job is acted on by one of them). Finished jobs
 * older than `JOB_RETENTION_MS` are deleted.
 */
export async function jobsSweep(
  ctx: ServiceContext,
  leaseMs: number,
  send: (id: string) => Promise<void>,
): Promise<SweepResult> {
  const now = ctx.now();
  const staleBefore = new Date(now.getTime() - leaseMs).toISOString();
  const out: SweepResult = { requeued: [], failed: [], pruned: 0 };
  for (const job of await jobsStale(ctx.store.db, staleBefore)) {
    const stopped = `its worker (${job.worker ?? "unknown"}) stopped: no heartbeat since ${job.heartbeat_at}`;
    const reason =
      job.attempts < job.max_attempts
        ? stopped
        : `${stopped}; gave up after ${job.attempts} attempt${job.attempts === 1 ? "" : "s"}`;
    const outcome = await jobRecover(ctx.store.db, job, staleBefore, now.toISOString(), reason);
    if (outcome === "queued") {
      out.requeued.push(job.id);
      await send(job.id);
    } else if (outcome === "failed") out.failed.push(job.id);
  }
  out.pruned = await jobsPrune(
    ctx.store.db,
    new Date(now.getTime() - JOB_RETENTION_MS).toISOString(),
  );
  // Uploaded files of import jobs that ended (cancelled, or failed above) go with them.
  await jobFilesPrune(ctx.store.db, new Date(now.getTime() - UPLOAD_ORPHAN_MS).toISOString());
  return out;
}
