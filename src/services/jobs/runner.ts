import {
  type JobProgressRow,
  jobBeat,
  jobClaim,
  jobFind,
  jobFinish,
  jobRelease,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import type { JobKind, JobProgress } from "./kinds.ts";

/** How a process runs jobs: its name, the kinds it knows, and the lease of a heartbeat. */
export interface RunnerSettings {
  /** This process, as recorded on the jobs it runs (host:pid:random). */
  worker: string;
  kinds: ReadonlyMap<string, JobKind>;
  /** A running job whose heartbeat is older than this is taken to have lost its worker. */
  leaseMs: number;
  /** Least time between two progress writes of one job (also its heartbeat and cancel check). */
  beatMs: number;
  /** Set when the process stops: jobs aborted then are put back in the queue, not abandoned. */
  stopping: boolean;
}

/** How a delivery ended: the job ran (to any end, or was not ours to run), or went back to the queue. */
export type DeliveryOutcome = "handled" | "released";

/** Thrown inside the finishing transaction when the job is no longer this attempt's: rolls back. */
class NotOurs extends Error {}

const iso = (ctx: ServiceContext, offsetMs = 0) =>
  new Date(ctx.now().getTime() + offsetMs).toISOString();

/** A job this attempt holds: what to run and with what. */
interface Claimed {
  id: string;
  attempt: number;
  kind: JobKind;
  input: unknown;
}

// Claims a queued job, or a running one whose worker stopped; a kind this process does not know
// fails the job at once, naming the kind (every worker runs the same code).
async function claim(ctx: ServiceContext, id: string, s: RunnerSettings): Promise<Claimed | null> {
  const found = await jobFind(ctx.store.db, id);
  if (!found || (found.state !== "queued" && found.state !== "running")) return null;
  const attempt = await jobClaim(ctx.store.db, id, s.worker, iso(ctx), iso(ctx, -s.leaseMs));
  if (attempt === null) return null;
  const kind = s.kinds.get(found.kind);
  if (kind) return { id, attempt, kind, input: JSON.parse(found.input) };
  const error = `No worker here runs jobs of kind '${found.kind}' (${s.worker})`;
  await jobFinish(ctx.store.db, id, attempt, iso(ctx), {
    state: "failed",
    error,
    message: "Failed",
  });
  return null;
}

// Writes the latest progress every `beatMs` (the heartbeat); aborts when the row is no longer
// this attempt's (cancelled, or taken over).
function heartbeat(ctx: ServiceContext, job: Claimed, beatMs: number, controller: AbortController) {
  let latest: JobProgressRow | null = null;
  const beat = async () => {
    const progress = latest;
    latest = null;
    if (!(await jobBeat(ctx.store.db, job.id, job.attempt, iso(ctx), progress))) controller.abort();
  };
  const timer = setInterval(() => void beat().catch(() => {}), beatMs);
  const progress: JobProgress = (fraction, message, counts) => {
    latest = { done: counts?.done ?? fraction, total: counts?.total ?? 1, message };
  };
  return { progress, stop: () => clearInterval(timer) };
}

// The result and the kind's effect in one transaction, rolled back if the job is no longer ours.
async function finishDone(ctx: ServiceContext, job: Claimed, worker: string, result: unknown) {
  await ctx.store.db.transaction().execute(async (trx) => {
    const outcome = { state: "done", result: JSON.stringify(result ?? null), message: "Done" };
    if (!(await jobFinish(trx, job.id, job.attempt, iso(ctx), outcome as never)))
      throw new NotOurs();
    await job.kind.persist?.(trx, job.id, result, worker);
  });
}

/**
 * Claims job `id` and runs it: progress (throttled) doubles as heartbeat and cancel check; the
 * result and the kind's effect are written in one transaction fenced by the attempt number, so a
 * job taken over by another worker, or cancelled, records nothing from this attempt. A job
 * aborted because this process is stopping goes back to the queue.
 */
export async function jobRunDelivery(
  ctx: ServiceContext,
  id: string,
  settings: RunnerSettings,
  running: Map<string, AbortController>,
): Promise<DeliveryOutcome> {
  const job = await claim(ctx, id, settings);
  if (!job) return "handled";
  const controller = new AbortController();
  running.set(id, controller);
  const beats = heartbeat(ctx, job, settings.beatMs, controller);
  const aborted = async (): Promise<DeliveryOutcome> =>
    settings.stopping && (await jobRelease(ctx.store.db, id, job.attempt)) ? "released" : "handled";
  try {
    const attempt = { id, attempt: job.attempt };
    const result = await job.kind.run(ctx, job.input, beats.progress, controller.signal, attempt);
    beats.stop();
    if (controller.signal.aborted) return await aborted();
    await finishDone(ctx, job, settings.worker, result);
  } catch (error) {
    if (error instanceof NotOurs) return "handled";
    if (controller.signal.aborted) return await aborted();
    const message = error instanceof Error ? error.message : String(error);
    const failed = { state: "failed" as const, error: message, message: "Failed" };
    await jobFinish(ctx.store.db, id, job.attempt, iso(ctx), failed);
  } finally {
    beats.stop();
    running.delete(id);
  }
  return "handled";
}
